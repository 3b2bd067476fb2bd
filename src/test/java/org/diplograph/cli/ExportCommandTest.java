package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir static Path storeDir;

    /** The export fixture, written into a real store graph by graph. */
    @BeforeAll
    static void store() {
        Dataset fixture = DatasetFactory.create();
        RDFDataMgr.read(fixture, ExportCommandTest.class.getResource("/export/contacts.trig").toString());
        try (Store store = Store.open(storeDir, null)) {
            fixture.listModelNames().forEachRemaining(g -> store.replaceGraph(g.getURI(), fixture.getNamedModel(g)));
        }
    }

    private static CliRun export(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("export", "--store", storeDir.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void gexf_export_with_filters_writes_the_kept_contacts_and_says_how_many(@TempDir Path out) throws Exception {
        Path file = out.resolve("visits.gexf");
        CliRun run = export("--format", "gexf", "--out", file.toString(), "--type", "visit", "--from", "2023-07", "--country", "North Korea");
        assertEquals(0, run.exit(), run.err());
        assertEquals("Wrote 2 contacts to " + file, run.err().strip());
        String gexf = Files.readString(file);
        assertTrue(gexf.contains("<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">"), gexf);
        assertEquals(2, gexf.lines().filter(l -> l.contains("<spell start=\"2023-07-01\" end=\"2023-07-31\"/>")).count());
    }

    @Test
    void two_exports_of_one_store_are_identical(@TempDir Path out) throws Exception {
        for (String format : List.of("trig", "nquads", "jsonld", "graphml", "gexf", "cytoscape", "events-jsonl", "events-csv")) {
            assertEquals(0, export("--format", format, "--out", out.resolve("a." + format).toString()).exit(), format);
            assertEquals(0, export("--format", format, "--out", out.resolve("b." + format).toString()).exit(), format);
            assertEquals(-1L, Files.mismatch(out.resolve("a." + format), out.resolve("b." + format)), format);
        }
    }

    @Test
    void neo4j_export_writes_nodes_and_relationships_into_the_out_directory(@TempDir Path out) throws Exception {
        Path dir = out.resolve("neo4j");
        CliRun run = export("--format", "neo4j", "--out", dir.toString(), "--person", "Q15031");
        assertEquals(0, run.exit(), run.err());
        assertEquals("Wrote 2 contacts to " + dir, run.err().strip());
        assertEquals(List.of("nodes.csv", "relationships.csv"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(3, Files.readAllLines(dir.resolve("relationships.csv")).size());
    }

    @Test
    void neo4j_to_stdout_and_unknown_filter_values_fail_with_one_line_naming_them() {
        CliRun stdout = export("--format", "neo4j", "--out", "-");
        assertEquals(1, stdout.exit());
        assertEquals("diplograph: Format neo4j writes a directory of files; give --out DIR, not '-'", stdout.err().strip());
        CliRun type = export("--format", "graphml", "--out", "-", "--type", "Lunch");
        assertEquals(1, type.exit());
        assertEquals("diplograph: Unknown event type for --type: Lunch (known: Meeting, Visit, PhoneCall)", type.err().strip());
        CliRun format = export("--format", "dot", "--out", "-");
        assertEquals(1, format.exit());
        assertTrue(format.err().startsWith("diplograph: Unknown export format: dot (known: events-jsonl, events-csv, trig, nquads, jsonld, graphml, gexf, cytoscape, neo4j)"), format.err());
    }
}
