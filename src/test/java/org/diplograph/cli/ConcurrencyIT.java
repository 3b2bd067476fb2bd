package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysts query while articles go in through the server: several clients run named queries in a loop, first on an
 * idle server, then during {@code ingest --server}. No query may fail, no article may be lost, and the 95th percentile
 * latency under ingest stays within three times the idle one. 40 articles by default;
 * {@code -Dsoak.articles=1000} for the soak run in the README. Figures go to stdout and {@code target/soak-report.txt}.
 */
class ConcurrencyIT {
    @TempDir Path tmp;

    private static final int CLIENTS = 3;
    private static final List<String> QUERIES = List.of("co-participation", "events-table", "unrealised-contacts",
            "stats-events", "who-reported", "meetings-of-person");

    @Test
    void queries_keep_answering_without_errors_while_articles_are_ingested_through_the_server() throws Exception {
        int articles = Integer.getInteger("soak.articles", 40);
        Path store = tmp.resolve("store");
        CliRun base = CliRun.of("ingest", "--store", store.toString(), "examples");
        assertEquals(0, base.exit(), base.err());
        Path batch = ShortArticles.write(tmp.resolve("batch"), 0, articles);
        NamedQueries named = NamedQueries.fromDirectory(Path.of("queries"));

        try (DiplographServer server = DiplographServer.create().store(store).port(0)
                .environment(Map.of("DIPLOGRAPH_PASSWORD", "soak-password")).build().start()) {
            String endpoint = server.url() + "/diplomacy/sparql";
            for (int warm = 0; warm < 3; warm++) for (String q : QUERIES) run(endpoint, named.get(q));

            Load idle = load(endpoint, named, clientsUntil(System.nanoTime() + 15_000_000_000L));
            CompletableFuture<CliRun> ingest = CompletableFuture.supplyAsync(() -> CliRun.of("ingest", "--store", store.toString(),
                    "--server", server.url(), batch.toString()));
            Load busy = load(endpoint, named, ingest::isDone);
            CliRun r = ingest.get();
            assertEquals(0, r.exit(), r.err());
            // The store has grown, and so has the work of each query: idle again, on the store the last queries saw.
            Load after = load(endpoint, named, clientsUntil(System.nanoTime() + 15_000_000_000L));
            double baseline = Math.max(idle.p(95), after.p(95));

            String report = String.format(Locale.ROOT,
                    "soak: %d articles ingested through the server in %.1f s (%s); %d clients, named queries %s%n"
                    + "idle before:  %5d queries, p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms, errors %d%n"
                    + "under ingest: %5d queries, p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms, errors %d%n"
                    + "idle after:   %5d queries, p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms, errors %d%n"
                    + "p95 ratio under ingest / idle before: %.2f, / idle after: %.2f%n",
                    articles, busy.seconds, r.out().strip(), CLIENTS, QUERIES,
                    idle.count(), idle.p(50), idle.p(95), idle.p(100), idle.errors.size(),
                    busy.count(), busy.p(50), busy.p(95), busy.p(100), busy.errors.size(),
                    after.count(), after.p(50), after.p(95), after.p(100), after.errors.size(),
                    busy.p(95) / idle.p(95), busy.p(95) / after.p(95));
            System.out.print(report);
            Files.writeString(Path.of("target", "soak-report.txt"), report);

            assertEquals(List.of(), idle.errors);
            assertEquals(List.of(), busy.errors);
            assertEquals(List.of(), after.errors);
            assertTrue(busy.count() >= CLIENTS * 5L, report);
            assertTrue(busy.p(95) <= 3 * baseline, report);
        }
        try (Store s = Store.open(store, null)) {
            long graphs = org.apache.jena.system.Txn.calculateRead(s.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(s.dataset().listNames()));
            // The article graphs; the store's own counts are in its default graph (store/CountingDataset).
            assertEquals(13 + articles, graphs, "no article lost");
        }
    }

    /** Latencies in milliseconds and the errors of one phase. */
    private record Load(List<Double> millis, List<String> errors, double seconds) {
        long count() {
            return millis.size();
        }

        double p(int percentile) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }
    }

    private static BooleanSupplier clientsUntil(long deadline) {
        return () -> System.nanoTime() >= deadline;
    }

    private static Load load(String endpoint, NamedQueries named, BooleanSupplier stop) throws Exception {
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long t0 = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            clients.add(pool.submit(() -> {
                for (int i = offset; !stop.getAsBoolean(); i++) {
                    NamedQuery q = named.get(QUERIES.get(i % QUERIES.size()));
                    long start = System.nanoTime();
                    try {
                        run(endpoint, q);
                        millis.add((System.nanoTime() - start) / 1e6);
                    } catch (RuntimeException e) {
                        errors.add(q.name() + ": " + e.getMessage());
                    }
                }
            }));
        }
        for (Future<?> f : clients) f.get();
        pool.shutdown();
        return new Load(new ArrayList<>(millis), new ArrayList<>(errors), (System.nanoTime() - t0) / 1e9);
    }

    // Parameters are bound by substitution, as the CLI does; the rows are read to the end.
    private static void run(String endpoint, NamedQuery q) {
        var builder = QueryExec.service(endpoint).query(q.text());
        if (q.name().equals("meetings-of-person")) {
            builder.substitution("person", NodeFactory.createURI("https://w3id.org/diplograph/id/person/Q7747"));
        }
        try (QueryExec exec = builder.build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) rows.next();
        }
    }
}
