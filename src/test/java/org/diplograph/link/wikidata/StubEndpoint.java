package org.diplograph.link.wikidata;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A scripted HTTP endpoint on a free loopback port, for what a real SPARQL server will not do on demand: answer
 * 429 or 503, stall, or send garbage. Each request takes the next scripted reply (the last one repeats) and is
 * recorded with its arrival time, query and headers.
 */
public final class StubEndpoint implements AutoCloseable {

    /** A reply: status, headers, body; {@code stall} keeps the request waiting until the endpoint closes. */
    public record Reply(int status, Map<String, String> headers, String body, boolean stall) {
        public static Reply ok(String body) {
            return new Reply(200, Map.of("Content-Type", "application/sparql-results+json"), body, false);
        }

        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, "", false);
        }

        public static Reply stalled() {
            return new Reply(200, Map.of(), "", true);
        }
    }

    /** One request as it arrived. */
    public record Request(long nanos, String query, String accept, String userAgent, String method) {}

    /** A SPARQL JSON answer with one human item. */
    public static final String ONE_PERSON = """
            {"head":{"vars":["item","description","country","office"]},
             "results":{"bindings":[{"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q900000001"},
               "description":{"type":"literal","xml:lang":"en","value":"stand-in Belgian politician"},
               "country":{"type":"uri","value":"http://www.wikidata.org/entity/Q31"},
               "office":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#boolean","value":"true"}}]}}
            """;

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stub-endpoint");
        t.setDaemon(true);
        return t;
    });
    private final Queue<Reply> script;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch closing = new CountDownLatch(1);

    private StubEndpoint(List<Reply> replies) throws IOException {
        this.script = new ConcurrentLinkedQueue<>(replies);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sparql", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    public static StubEndpoint replying(Reply... replies) throws IOException {
        return new StubEndpoint(List.of(replies));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawQuery();
        String query = raw == null || !raw.startsWith("query=") ? null
                : URLDecoder.decode(raw.substring("query=".length()), StandardCharsets.UTF_8);
        requests.add(new Request(System.nanoTime(), query, exchange.getRequestHeaders().getFirst("Accept"),
                exchange.getRequestHeaders().getFirst("User-Agent"), exchange.getRequestMethod()));
        Reply reply = script.size() > 1 ? script.poll() : script.peek();
        try (exchange) {
            if (reply.stall()) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
