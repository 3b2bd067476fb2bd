package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.Iris;
import org.diplograph.store.BulkLoad;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compact} gives back the blocks earlier transactions left behind and keeps every quad, count and statistic. */
class CompactCommandTest {
    private static final int ROUNDS = 60;
    @TempDir Path store;

    @Test
    void gives_back_the_space_earlier_writes_left_and_keeps_every_quad() throws IOException {
        TwoArticles.write(store);
        try (Store s = Store.open(store, null)) {
            // Transactions that each replace the same graph of 2,000 quads: every one leaves the blocks it replaced
            // behind, more than the few megabytes TDB2 allocates a file at a time.
            for (int round = 0; round < ROUNDS; round++) {
                Model m = ModelFactory.createDefaultModel();
                for (int i = 0; i < 2000; i++) m.add(m.createResource(Iris.BASE + "person/p" + i), RDFS.comment, "Person " + i + " v" + round);
                s.replaceGraph(Iris.article("churn"), m);
            }
        }
        BulkLoad.writeStatistics(store);
        Set<String> quadsBefore = quads();
        String statsBefore = CliRun.of("stats", "--store", store.toString()).out();
        long before = size(store.resolve("tdb2"));

        CliRun r = CliRun.of("compact", "--store", store.toString());

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)Compacted .+: [0-9,.]+ MiB -> [0-9,.]+ MiB in [0-9.]+ s\\n"), r.out());
        long after = size(store.resolve("tdb2"));
        assertTrue(after < before * 3 / 4, "the database shrank: " + before + " -> " + after + " bytes");
        assertFalse(Files.exists(store.resolve("tdb2/Data-0001")), "the old data folder is gone");
        assertTrue(Files.exists(store.resolve("tdb2/Data-0002/" + BulkLoad.STATISTICS_FILE)), "statistics were counted again");
        assertEquals(quadsBefore, quads(), "the same quads, the summary's included");
        assertEquals(statsBefore, CliRun.of("stats", "--store", store.toString()).out());
        assertTrue(quadsBefore.stream().anyMatch(q -> q.contains("Person 7 v" + (ROUNDS - 1))), "the last version of the graph is there");
    }

    @Test
    void a_folder_without_a_store_is_one_clear_message(@TempDir Path empty) {
        CliRun r = CliRun.of("compact", "--store", empty.resolve("nothing").toString());

        assertEquals(Main.FAILED, r.exit());
        assertTrue(r.err().contains("No store at " + empty.resolve("nothing")), r.err());
        assertFalse(Files.exists(empty.resolve("nothing")), "nothing was created");
    }

    private Set<String> quads() {
        try (Store s = Store.open(store, null)) {
            DatasetGraph dsg = s.dataset().asDatasetGraph();
            return Txn.calculateRead(dsg, () -> {
                Set<String> out = new TreeSet<>();
                dsg.find().forEachRemaining(q -> out.add(q.toString()));
                return out;
            });
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
