package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.diplograph.Pipeline;
import org.diplograph.source.Article;
import org.diplograph.source.Sources;
import org.diplograph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL and checks what the store holds afterwards: every graph is whole (the same as a
 * clean ingest of that article) or absent, and running the batch again completes it with nothing twice. TDB2 write
 * transactions are what give this; these tests prove it for the local store, for a big single write, and for a server
 * killed while {@code ingest --server} sends it articles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyIT {
    @TempDir static Path tmp;
    private static final int ARTICLES = 12;
    private Path articles;
    private final Map<String, Model> reference = new TreeMap<>();

    @BeforeAll
    void reference_ingest() throws Exception {
        articles = ShortArticles.write(tmp.resolve("articles"), 0, ARTICLES);
        List<Article> list = new ArrayList<>();
        Sources.create().read(List.of(articles.toString()), list::add);
        Pipeline pipeline = Pipelines.standard();
        for (Article a : list) {
            Pipeline.Result r = pipeline.process(a);
            reference.put(r.graphIri(), r.graph());
        }
        assertEquals(ARTICLES, reference.size());
    }

    @Test
    void sigkill_during_an_ingest_batch_leaves_whole_articles_and_a_rerun_completes() throws Exception {
        Path store = tmp.resolve("killed-ingest");
        try (ChildJvm child = ChildJvm.start(TellingIngest.class, Map.of(), "3g", tmp.resolve("ingest.err"),
                store.toString(), articles.toString())) {
            for (int stored = 0; stored < 5; stored++) child.await(line -> line.startsWith("STORED "), Duration.ofMinutes(3));
            Thread.sleep(60); // lands anywhere in the next article: annotating it or writing it
            child.kill();
        }
        assertWholeThenRerunCompletes(store);
    }

    @Test
    void sigkill_in_the_middle_of_a_big_write_leaves_that_graph_whole_or_absent() throws Exception {
        Path store = tmp.resolve("killed-write");
        for (int delay : new int[] {5, 250}) {
            int writing;
            try (ChildJvm child = ChildJvm.start(BigWrites.class, Map.of(), "1g", tmp.resolve("big.err"), store.toString())) {
                child.await(line -> line.equals("STORED 0"), Duration.ofMinutes(2));
                writing = Integer.parseInt(child.await(line -> line.startsWith("WRITING "), Duration.ofMinutes(1)).substring(8));
                Thread.sleep(delay);
                child.kill();
            }
            try (Store s = Store.open(store, null)) {
                Txn.executeRead(s.dataset(), () -> {
                    for (int g = 0; g <= writing; g++) {
                        long size = s.dataset().getNamedModel(BigWrites.GRAPH + g).size();
                        if (g < writing) assertEquals(BigWrites.TRIPLES, size, "graph " + g);
                        else assertTrue(size == 0 || size == BigWrites.TRIPLES, "graph " + g + " was being written: " + size + " triples");
                    }
                    assertEquals(0, s.dataset().getNamedModel(BigWrites.GRAPH + (writing + 1)).size());
                });
            }
        }
    }

    @Test
    void server_killed_during_http_ingest_leaves_whole_articles_and_a_rerun_completes() throws Exception {
        Path store = tmp.resolve("killed-server");
        String password = "crash-test-password";
        CliRun client;
        try (ChildJvm server = ChildJvm.start(org.diplograph.cli.Main.class, Map.of("DIPLOGRAPH_PASSWORD", password), "1g",
                tmp.resolve("server.err"), "serve", "--store", store.toString(), "--port", "0")) {
            String line = server.await(l -> l.startsWith("Diplograph console: "), Duration.ofMinutes(1));
            String url = line.substring("Diplograph console: ".length(), line.indexOf("/ "));
            CompletableFuture<CliRun> ingest = CompletableFuture.supplyAsync(() ->
                    CliRun.of("ingest", "--store", store.toString(), "--server", url, "--threads", "1", articles.toString()));
            HttpClient http = HttpClient.newHttpClient();
            String countGraphs = url + "/diplomacy/sparql?query=" + URLEncoder.encode(
                    "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",   // the summary is in the default graph
                    StandardCharsets.UTF_8);
            long stored = 0;
            while (stored < 5 && !ingest.isDone()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(countGraphs)).header("Accept", "text/csv").build(),
                        HttpResponse.BodyHandlers.ofString());
                stored = Long.parseLong(r.body().lines().skip(1).findFirst().orElse("0").strip());
                Thread.sleep(20);
            }
            server.kill();
            client = ingest.get();
        }
        assertEquals(3, client.exit(), client.out() + client.err());
        assertTrue(client.err().contains("cannot reach the server"), client.err());
        String serverLog = Files.readString(tmp.resolve("server.err"));
        assertTrue(serverLog.contains("/diplomacy/data"), "the server logged the writes");
        for (String output : List.of(client.out(), client.err(), serverLog)) {
            assertFalse(output.contains(password), "no password in the output: " + output);
        }

        assertWholeThenRerunCompletes(store);
    }

    /** Killed mid-batch: the graphs left are whole; ingesting the batch again gives every graph once. */
    private void assertWholeThenRerunCompletes(Path store) {
        Map<String, Model> left = graphs(store);
        assertTrue(left.size() >= 5 && left.size() < ARTICLES, "killed mid-batch: " + left.size() + " graphs");
        assertWhole(left);
        CliRun rerun = CliRun.of("ingest", "--store", store.toString(), articles.toString());
        assertEquals(0, rerun.exit(), rerun.err());
        Map<String, Model> all = graphs(store);
        assertEquals(reference.keySet(), all.keySet());
        assertWhole(all);
        long expected = reference.values().stream().mapToLong(Model::size).sum();
        try (Store s = Store.open(store, null)) {
            assertEquals(expected, s.quadCount(), "no quad twice");
        }
    }

    private void assertWhole(Map<String, Model> stored) {
        stored.forEach((g, m) -> assertTrue(m.isIsomorphicWith(reference.get(g)),
                "graph " + g + " is whole: " + m.size() + " of " + reference.get(g).size() + " triples"));
    }

    private static Map<String, Model> graphs(Path storeDir) {
        try (Store s = Store.open(storeDir, null)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Map<String, Model> out = new TreeMap<>();
                s.dataset().listModelNames().forEachRemaining(name -> {
                    // Article graphs only: the store's own counts (store/CountingDataset, in the default graph) are
                    // checked elsewhere.
                    Model copy = ModelFactory.createDefaultModel();
                    copy.add(s.dataset().getNamedModel(name));
                    out.put(name.getURI(), copy);
                });
                return out;
            });
        }
    }
}
