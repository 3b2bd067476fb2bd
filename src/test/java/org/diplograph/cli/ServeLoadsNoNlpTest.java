package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} without {@code --ingest} must start, and warm up, without loading a single CoreNLP class. */
class ServeLoadsNoNlpTest {

    @Test
    void serve_answers_queries_and_warms_up_without_loading_any_corenlp_class(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("serve.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-verbose:class", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--store", dir.resolve("store").toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            int status = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (status != 200 && System.nanoTime() < deadline && p.isAlive()) {
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/diplomacy/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertEquals(200, status, "server did not answer; log: " + log);
            // The warm-up runs the named queries in the background; it must not need CoreNLP either.
            while (System.nanoTime() < deadline && p.isAlive() && !Files.readString(log).contains("Warm-up: ")) Thread.sleep(100);
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.stream().anyMatch(l -> l.contains("org.diplograph.server.DiplographServer")), "class loading was not logged");
        assertEquals(List.of(), lines.stream().filter(l -> l.contains("edu.stanford.nlp.")).limit(5).toList(), "serve loaded CoreNLP classes");
        assertEquals(1, lines.stream().filter(l -> l.contains("WarmUp - Warm-up: ") && !l.contains("failed")).count(),
                "serve warmed up once, without failures: " + lines.stream().filter(l -> l.contains("Warm-up")).toList());
    }
}
