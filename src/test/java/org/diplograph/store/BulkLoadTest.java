package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.bench.SyntheticGraph;
import org.diplograph.cli.CliRun;
import org.diplograph.rdf.Dip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoadTest {
    private static final String A_LABEL = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dip:  <https://w3id.org/diplograph/ontology#>
            SELECT ?s ?l WHERE { ?s a dip:Person ; rdfs:label ?l } ORDER BY ?s LIMIT 1
            """;
    private static final String BY_LABEL = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?s WHERE { ?s text:query (rdfs:label ?words) }
            """;

    @Test
    void the_summary_the_loader_writes_is_the_one_a_recount_in_a_transaction_writes(@TempDir Path tmp) throws Exception {
        Path nq = tmp.resolve("events.nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            new SyntheticGraph(7).writeNQuads(400, out);
        }
        Path dir = tmp.resolve("store");
        BulkLoad.into(dir, nq);
        Set<String> loaded = summary(dir);

        BulkLoad.writeSummary(dir);   // counts again, writing in a write transaction

        assertTrue(loaded.size() > 400 * 10, "a summary of rows, lists and pairs: " + loaded.size());
        assertTrue(loaded.stream().anyMatch(t -> t.contains("summaryFormat")), "its format is stated");
        assertEquals(summary(dir), loaded);
    }

    private static Set<String> summary(Path dir) {
        try (Store store = Store.open(dir, null)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return Txn.calculateRead(dsg, () -> {
                Set<String> out = new TreeSet<>();
                dsg.find(CountingDataset.SUMMARY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple().toString()));
                return out;
            });
        }
    }

    @Test
    void every_quad_lands_the_labels_are_searchable_and_statistics_are_written(@TempDir Path tmp) throws Exception {
        Path nq = tmp.resolve("events.nq");
        long written;
        try (OutputStream out = Files.newOutputStream(nq)) {
            written = new SyntheticGraph(42).writeNQuads(300, out);
        }
        Path dir = tmp.resolve("store");

        long read = BulkLoad.into(dir, nq);

        assertEquals(written, read);
        try (Store store = Store.open(dir, null)) {
            assertEquals(written, store.quadCount());
            Dataset ds = store.dataset();
            List<String> hits = new ArrayList<>();
            String[] person = new String[2];
            Txn.executeRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(A_LABEL).build()) {
                    var row = qe.execSelect().next();
                    person[0] = row.getResource("s").getURI();
                    person[1] = row.getLiteral("l").getString();
                }
                try (QueryExecution qe = QueryExecution.dataset(ds).query(BY_LABEL)
                        .substitution("words", org.apache.jena.rdf.model.ResourceFactory.createStringLiteral("\"" + person[1] + "\""))
                        .build()) {
                    qe.execSelect().forEachRemaining(r -> hits.add(r.getResource("s").getURI()));
                }
            });
            assertEquals(List.of(person[0]), hits, "text search for " + person[1]);
        }
        Path stats = dir.resolve("tdb2/Data-0001").resolve(BulkLoad.STATISTICS_FILE);
        assertTrue(Files.exists(stats), "written after loading");
        Files.delete(stats);
        CliRun refresh = CliRun.of("bench", "--statistics", dir.toString());
        assertEquals(0, refresh.exit(), refresh.err());
        String text = Files.readString(stats);
        // The loaded quads and the store's counts (CountingDataset), which the statistics see like any other graph.
        long counts;
        long numbers;
        try (Store store = Store.open(dir, null)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            counts = Txn.calculateRead(store.dataset(), () -> Iter.count(dsg.find(CountingDataset.SUMMARY, Node.ANY, Node.ANY, Node.ANY)));
            numbers = Txn.calculateRead(store.dataset(),
                    () -> Iter.count(dsg.find(CountingDataset.SUMMARY, Node.ANY, Dip.instanceCount.asNode(), Node.ANY))
                            + Iter.count(dsg.find(CountingDataset.SUMMARY, Node.ANY, Dip.linkedCount.asNode(), Node.ANY)));
        }
        assertEquals(17, numbers, "ten classes counted, five of them with their links, and entities of any kind");
        // The recount writes the summary below the text dataset, which is right only while the index takes none of it.
        try (Store store = Store.open(dir, null)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            while (!(dsg instanceof DatasetGraphText) && dsg instanceof DatasetGraphWrapper w) dsg = w.getWrapped();
            EntityDefinition definition = ((DatasetGraphText) dsg).getTextIndex().getDocDef();
            DatasetGraph all = store.dataset().asDatasetGraph();
            List<Quad> indexed = Txn.calculateRead(store.dataset(), () -> Iter.toList(Iter.filter(
                    all.find(CountingDataset.SUMMARY, Node.ANY, Node.ANY, Node.ANY), q -> TextQueryFuncs.entityFromQuad(definition, q) != null)));
            assertEquals(List.of(), indexed);
            Quad label = Quad.create(CountingDataset.SUMMARY, NodeFactory.createURI("urn:x"), RDFS.label.asNode(), NodeFactory.createLiteralString("x"));
            assertTrue(TextQueryFuncs.entityFromQuad(definition, label) != null, "the check can see an indexed quad");
        }
        assertTrue(text.contains("(count " + (written + counts) + ")"), text);
        assertTrue(text.contains("<https://w3id.org/diplograph/ontology#participant>"), text);
    }
}
