package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** RemoteStore failures that need no Diplograph server; writing to a real one is tested in the server package. */
class RemoteStoreTest {

    @Test
    void endpoint_is_the_read_write_graph_store_of_the_diplomacy_dataset() {
        assertEquals("http://localhost:3030/diplomacy/data",
                RemoteStore.to("http://localhost:3030/", "admin", "pw").endpoint());
    }

    @Test
    void url_that_is_not_http_is_refused() {
        StoreException e = assertThrows(StoreException.class, () -> RemoteStore.to("localhost:3030", "admin", "pw"));

        assertEquals("Not an http(s) server URL: localhost:3030", e.getMessage());
    }

    @Test
    void unreachable_server_is_named_in_the_error() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            port = free.getLocalPort();
        }
        String url = "http://localhost:" + port;
        RemoteStore remote = RemoteStore.to(url, "admin", "pw");

        StoreException e = assertThrows(StoreException.class,
                () -> remote.replaceGraph(TestGraphs.articleIri("a1"), TestGraphs.personGraph("Q56226", "Kim Jong Un")));

        assertTrue(e.getMessage().startsWith("PUT " + url + "/diplomacy/data?graph="), e.getMessage());
        assertTrue(e.getMessage().contains("cannot reach the server at " + url), e.getMessage());
    }

    @Test
    void a_put_on_a_kept_alive_connection_the_server_closed_is_sent_again_on_a_new_one() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("localhost"))) {
            // The stand-in answers the first PUT and keeps the connection; the second PUT on it gets no answer, only
            // the close, as when the server's idle timeout falls just as the request goes out. A new connection is
            // answered.
            CompletableFuture<List<String>> seen = CompletableFuture.supplyAsync(() -> {
                List<String> requestLines = new ArrayList<>();
                try (Socket first = server.accept()) {
                    InputStream in = new BufferedInputStream(first.getInputStream());
                    requestLines.add(readRequest(in));
                    created(first.getOutputStream());
                    requestLines.add(readRequest(in));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                try (Socket second = server.accept()) {
                    requestLines.add(readRequest(new BufferedInputStream(second.getInputStream())));
                    created(second.getOutputStream());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return requestLines;
            });
            RemoteStore remote = RemoteStore.to("http://localhost:" + server.getLocalPort(), "admin", "pw");

            remote.replaceGraph(TestGraphs.articleIri("a1"), TestGraphs.personGraph("Q56226", "Kim Jong Un"));
            remote.replaceGraph(TestGraphs.articleIri("a2"), TestGraphs.personGraph("Q1124", "Bill Clinton"));

            List<String> requestLines = seen.get(30, TimeUnit.SECONDS);
            assertEquals(3, requestLines.size(), requestLines.toString());
            assertTrue(requestLines.get(0).startsWith("PUT /diplomacy/data?graph=") && requestLines.get(0).contains("a1"),
                    requestLines.toString());
            assertEquals(requestLines.get(1), requestLines.get(2), "the same PUT, sent again");
            assertTrue(requestLines.get(2).contains("a2"), requestLines.toString());
        }
    }

    /** Reads one request, its body included, and returns its request line. */
    private static String readRequest(InputStream in) throws IOException {
        String requestLine = line(in);
        long length = 0;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(header.indexOf(':') + 1).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).strip(), 16); size > 0; size = Long.parseLong(line(in).strip(), 16)) {
                in.readNBytes((int) size);
                line(in);
            }
            line(in);
        } else {
            in.readNBytes((int) length);
        }
        return requestLine;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection ended inside a request");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    private static void created(OutputStream out) throws IOException {
        out.write("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
