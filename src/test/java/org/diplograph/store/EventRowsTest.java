package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.diplograph.bench.SyntheticGraph;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryResult;
import org.diplograph.query.QueryRunner;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event rows the store keeps give the columns the queries worked out with a subquery per column and event: each
 * query that reads rows is run beside its earlier text (kept under {@code columns-by-subquery/}) after ingest,
 * re-ingest of changed articles, label and link changes in other graphs, a SPARQL update and a bulk load, and the rows
 * kept equal the rows of a fresh recount.
 */
class EventRowsTest {

    // One meeting stated by two articles that name its people differently (one with a language tag), a host, two
    // sources, one of them unnamed in b1; reports with and without a sentence index.
    private static final String B1 = """
            art:b1 a dip:Article ; dip:articleId "b1" .
            ev:meeting-x a dip:Meeting ; dip:participant pe:kim, pe:lavrov ; dip:host pe:kim ; dip:location pl:vladivostok ;
                dip:date "2023-09-16"^^xsd:date ; dip:dateText "on Saturday" ; dip:reportedBy org:kcna, org:tass .
            rep:b1-0 a dip:Report ; dip:reports ev:meeting-x ; dip:inArticle art:b1 ; dip:evidence "Kim met Lavrov." ; dip:sentenceIndex 3 .
            rep:b1-1 a dip:Report ; dip:reports ev:meeting-x ; dip:inArticle art:b1 ; dip:evidence "They talked." .
            pe:kim a dip:Person ; rdfs:label "Kim Jong Un"@en ; owl:sameAs wd:Q56226 .
            pe:lavrov a dip:Person ; rdfs:label "Sergei Lavrov" .
            pl:vladivostok a dip:Place ; rdfs:label "Vladivostok"@en ; owl:sameAs wd:Q959 .
            org:kcna a dip:Organization ; rdfs:label "KCNA" .
            org:tass a dip:Organization .
            """;
    private static final String B2 = """
            art:b2 a dip:Article ; dip:articleId "b2" .
            ev:meeting-x a dip:Meeting ; dip:participant pe:kim, pe:choe ; dip:dateText "at the weekend" ; dip:location pl:khasan .
            rep:b2-0 a dip:Report ; dip:reports ev:meeting-x ; dip:inArticle art:b2 ; dip:evidence "Kim met Lavrov." ; dip:sentenceIndex 1 .
            ev:call-y a dip:PhoneCall ; dip:participant pe:choe, pe:lavrov .
            rep:b2-1 a dip:Report ; dip:reports ev:call-y ; dip:inArticle art:b2 ; dip:evidence "Choe called Lavrov." ; dip:sentenceIndex 5 .
            pe:kim a dip:Person ; rdfs:label "Kim Jong-un" .
            pe:choe a dip:Person ; rdfs:label "Choe Son Hui" .
            pl:khasan a dip:Place .
            """;
    // Names and links stated only elsewhere: TASS's name, Lavrov's and Khasan's links, a second name for Choe; and the
    // facts the lists depend on: two affiliations, two countries, Khasan's country, a publisher.
    private static final String ELSEWHERE = """
            art:b3 a dip:Article ; dip:articleId "b3" .
            org:tass a dip:Organization ; rdfs:label "TASS" .
            pe:lavrov owl:sameAs wd:Q80137 .
            pl:khasan rdfs:label "Khasan" ; owl:sameAs wd:Q1 .
            pe:choe rdfs:label "Ch'oe Son-hui" ; dip:affiliation <https://w3id.org/diplograph/id/country/Q423> .
            pe:lavrov dip:affiliation <https://w3id.org/diplograph/id/country/Q159> .
            <https://w3id.org/diplograph/id/country/Q423> a dip:Country .
            <https://w3id.org/diplograph/id/country/Q159> a dip:Country .
            <https://w3id.org/diplograph/id/country/Q884> a dip:Country .
            pl:khasan dip:inCountry <https://w3id.org/diplograph/id/country/Q159> .
            art:b3 dip:publisher org:tass .
            """;
    // An affiliation to a country typed earlier, in an article that names none of Kim's events.
    private static final String LATER = """
            art:b4 a dip:Article ; dip:articleId "b4" .
            pe:kim dip:affiliation <https://w3id.org/diplograph/id/country/Q884> .
            """;
    private static final String B2_CHANGED = """
            art:b2 a dip:Article ; dip:articleId "b2" .
            ev:call-y a dip:PhoneCall ; dip:participant pe:choe ; dip:date "2023-10"^^xsd:gYearMonth .
            rep:b2-1 a dip:Report ; dip:reports ev:call-y ; dip:inArticle art:b2 ; dip:evidence "Choe called." .
            pe:choe a dip:Person ; rdfs:label "Choe Son Hui" .
            """;

    private static final List<String> QUERIES = List.of("events-table", "explore-events");

    @TempDir
    Path dir;

    @Test
    void rows_give_the_columns_of_the_subqueries_through_ingest_reingest_and_changes_elsewhere() {
        try (Store store = Store.open(dir, null)) {
            new SyntheticGraph(11).articles(90, store::replaceGraph);
            store.replaceGraph(article("b1"), model(B1));
            store.replaceGraph(article("b2"), model(B2));
            assertRowsGiveTheSubqueryColumns(store);
            assertEquals("KCNA; " + TestGraphs.ID + "org/tass", column(store, "reportedBy", "meeting-x"));

            // A label and links in another article reach the rows that read those resources everywhere.
            store.replaceGraph(article("b3"), model(ELSEWHERE));
            assertRowsGiveTheSubqueryColumns(store);
            assertEquals("KCNA; TASS", column(store, "reportedBy", "meeting-x"));
            store.replaceGraph(article("b4"), model(LATER));
            assertRowsGiveTheSubqueryColumns(store);

            // b2 changed: the meeting loses Choe and Khasan, the call a participant, a report and its index.
            store.replaceGraph(article("b2"), model(B2_CHANGED));
            assertRowsGiveTheSubqueryColumns(store);

            // Some synthetic articles replaced by others, some emptied, and the names stated elsewhere gone.
            Map<String, Model> again = new LinkedHashMap<>();
            new SyntheticGraph(12).articles(30, (iri, m) -> again.put(iri, m));
            store.replaceGraphs(again);
            Map<String, Model> emptied = new LinkedHashMap<>();
            new SyntheticGraph(11).articles(90, (iri, m) -> {
                if (emptied.size() < 5) emptied.put(iri, ModelFactory.createDefaultModel());
            });
            store.replaceGraphs(emptied);
            store.replaceGraph(article("b3"), model("art:b3 a dip:Article ; dip:articleId \"b3\" ."));
            assertRowsGiveTheSubqueryColumns(store);
            assertEquals("KCNA; " + TestGraphs.ID + "org/tass", column(store, "reportedBy", "meeting-x"));
        }
    }

    @Test
    void a_sparql_update_that_removes_one_label_moves_the_rows_that_showed_it() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(article("b1"), model(B1));
            store.replaceGraph(article("b2"), model(B2));
            Dataset ds = store.dataset();
            Txn.executeWrite(ds, () -> UpdateExecution.dataset(ds).update(TestGraphs.PREFIXES + """
                    DELETE DATA { GRAPH art:b1 { pe:lavrov rdfs:label "Sergei Lavrov" } } ;
                    INSERT DATA { GRAPH art:b2 { pe:lavrov rdfs:label "S. Lavrov" } }
                    """).execute());

            assertRowsGiveTheSubqueryColumns(store);
            assertTrue(column(store, "participants", "meeting-x").endsWith("; S. Lavrov"));
        }
    }

    @Test
    void a_bulk_load_gets_its_rows_from_the_recount_and_later_writes_keep_them(@TempDir Path tmp) throws IOException {
        Path nq = tmp.resolve("events.nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            new SyntheticGraph(5).writeNQuads(150, out);
        }
        BulkLoad.into(dir, nq);

        try (Store store = Store.open(dir, null)) {
            assertRowsGiveTheSubqueryColumns(store);
            store.replaceGraph(article("b1"), model(B1));
            assertRowsGiveTheSubqueryColumns(store);
        }
    }

    /** Each query gives, on the store as it is, the rows of its text that worked out each column with a subquery. */
    private static void assertRowsGiveTheSubqueryColumns(Store store) {
        for (String name : QUERIES) {
            NamedQuery now = NamedQueries.fromClasspath().get(name);
            NamedQuery before = NamedQuery.parse(name, reference(name));
            // Every row of each, on the earlier text's columns (explore-events has since gained some from the row node).
            List<String> expected = rows(QueryRunner.run(before, whole(before), store.dataset()), before, before.columns());
            List<String> actual = rows(QueryRunner.run(now, whole(now), store.dataset()), now, before.columns());
            assertTrue(expected.size() > 1, name + " returned too little to compare: " + expected);
            assertEquals(expected, actual, name);
        }
        assertListsGiveTheSelection(store);
        assertRowsAreFresh(store);
    }

    /**
     * The list queries give the events their earlier texts selected by reading every candidate event (as sets: ties on a
     * date are ordered differently), for every entity, source and pair of countries, in date order, and the same
     * events a page at a time as all at once.
     */
    private static void assertListsGiveTheSelection(Store store) {
        Dataset ds = store.dataset();
        // Every resource the hand-written articles name, and some of the synthetic ones.
        TreeSet<String> written = new TreeSet<>();
        TreeSet<String> synthetic = new TreeSet<>();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            String o = q.getObject().isURI() ? q.getObject().getURI() : "";
            if (q.getGraph().equals(CountingDataset.SUMMARY) || !o.startsWith(TestGraphs.ID) || o.contains("/event/") || o.contains("/report/")) return;
            (q.getGraph().getURI().contains("syn-") ? synthetic : written).add(o);
        }));
        synthetic.removeAll(written);
        List<Node> entities = new ArrayList<>(written.stream().map(NodeFactory::createURI).toList());
        entities.addAll(spread(synthetic.stream().map(NodeFactory::createURI).toList(), 16));
        List<Node> countries = new ArrayList<>(written.stream().filter(e -> e.contains("/country/")).map(NodeFactory::createURI).toList());
        countries.addAll(spread(synthetic.stream().filter(e -> e.contains("/country/")).map(NodeFactory::createURI).toList(), 5));
        int compared = 0;
        for (Node e : entities) {
            compared += assertSameSelection(store, "timeline", Map.of("entity", e.getURI()), true);
            compared += assertSameSelection(store, "source-reported", Map.of("source", e.getURI()), false);
        }
        for (Node a : countries) {
            for (Node b : countries) {
                compared += assertSameSelection(store, "contacts-between-countries", Map.of("countryA", a.getURI(), "countryB", b.getURI()), false);
            }
        }
        assertTrue(compared > 5, "too few rows to compare: " + compared);
    }

    // At most n of the resources, spread over the list (every pair of a hundred countries would take minutes).
    private static List<Node> spread(List<Node> all, int n) {
        if (all.size() <= n) return all;
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(all.get(i * all.size() / n));
        return out;
    }

    private static int assertSameSelection(Store store, String name, Map<String, String> params, boolean oldestFirst) {
        NamedQuery now = NamedQueries.fromClasspath().get(name);
        NamedQuery before = NamedQuery.parse(name, selection(name));
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("limit", "0");
        List<Map<String, String>> actual = QueryRunner.run(now, all, store.dataset()).textRows();
        List<Map<String, String>> expected = QueryRunner.run(before, all, store.dataset()).textRows();
        assertEquals(new TreeSet<>(strings(expected)), new TreeSet<>(strings(actual)), name + " " + params);
        assertEquals(expected.size(), actual.size(), name + " " + params);
        // In date order (as text; undated last), cited before published.
        for (int i = 1; i < actual.size(); i++) {
            Map<String, String> a = actual.get(i - 1), b = actual.get(i);
            if (!Objects.equals(a.get("capacity"), b.get("capacity"))) continue;
            String da = a.get("date"), db = b.get("date");
            if (db == null) continue;
            assertNotNull(da, name + " " + params + ": undated before dated at row " + i);
            assertTrue(oldestFirst ? da.compareTo(db) <= 0 : da.compareTo(db) >= 0, name + " " + params + " out of order at row " + i + ": " + actual);
        }
        // Page by page (four rows a page) gives the same rows in the same order.
        if (actual.size() < 2) return actual.size();
        List<Map<String, String>> paged = new ArrayList<>();
        for (int offset = 0; offset < actual.size(); offset += 4) {
            Map<String, String> page = new LinkedHashMap<>(params);
            page.put("limit", "4");
            page.put("offset", Integer.toString(offset));
            paged.addAll(QueryRunner.run(now, page, store.dataset()).textRows());
        }
        assertEquals(strings(actual), strings(paged), name + " " + params + " page by page");
        return actual.size();
    }

    private static List<String> strings(List<Map<String, String>> rows) {
        return rows.stream().map(r -> new TreeMap<>(r).toString()).toList();
    }

    private static Map<String, String> whole(NamedQuery q) {
        return q.isPaged() ? Map.of("limit", "0") : Map.of();
    }

    /** The rows kept equal those a recount writes for the article graphs as they are now. */
    static void assertRowsAreFresh(Store store) {
        Dataset ds = store.dataset();
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> {
            if (!q.getGraph().equals(CountingDataset.SUMMARY)) copy.add(q);
        }));
        Txn.executeWrite(copy, () -> EventRows.recount(copy));
        assertEquals(rowQuads(copy), Txn.calculateRead(ds, () -> rowQuads(ds.asDatasetGraph())));
    }

    // The rows and lists, with each sequence number (which depends on the order events were written) replaced by its
    // event; a number used by two rows fails.
    private static TreeSet<String> rowQuads(DatasetGraph dsg) {
        Map<Long, Node> events = new HashMap<>();
        dsg.find(CountingDataset.SUMMARY, Node.ANY, Dip.rowSeq.asNode(), Node.ANY).forEachRemaining(q -> {
            Node event = dsg.find(CountingDataset.SUMMARY, q.getSubject(), EventRows.ROW_OF, Node.ANY).next().getObject();
            Node other = events.put(((Number) q.getObject().getLiteralValue()).longValue(), event);
            assertNull(other, "two rows numbered " + q.getObject());
        });
        TreeSet<String> out = new TreeSet<>();
        dsg.find(CountingDataset.SUMMARY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            String subject = q.getSubject().getURI();
            if (subject.startsWith(Iris.SUMMARY_GRAPH + "/rows/") && !q.getPredicate().equals(Dip.rowSeq.asNode())) out.add(text(q));
            if (subject.startsWith(Iris.SUMMARY_GRAPH + "/lists/")) {
                if (!q.getPredicate().equals(EventLists.ENTRY)) {
                    out.add(text(q));
                    return;
                }
                long key = ((Number) q.getObject().getLiteralValue()).longValue();
                Node event = events.get(key % EventLists.SEQ_SPAN);
                assertNotNull(event, "an entry of no row: " + text(q));
                out.add(subject + " entry " + event + " on " + key / EventLists.SEQ_SPAN);
            }
        });
        return out;
    }

    private static String text(Quad q) {
        return q.getSubject() + " " + q.getPredicate() + " " + q.getObject();
    }

    // Each row with its terms (a language tag or datatype counts), in the query's order; explore-events has ties, so sorted.
    private static List<String> rows(QueryResult result, NamedQuery q, List<String> columns) {
        List<String> out = new ArrayList<>();
        for (Map<String, Node> row : result.rows()) {
            Map<String, Node> kept = new LinkedHashMap<>(row);
            kept.keySet().retainAll(columns);
            out.add(kept.toString());
        }
        if (q.name().equals("explore-events")) out.sort(null);
        return out;
    }

    private static String column(Store store, String column, String event) {
        QueryResult table = QueryRunner.run(NamedQueries.fromClasspath().get("events-table"), Map.of("limit", "0"), store.dataset());
        for (Map<String, String> row : table.textRows()) {
            if (row.get("event").endsWith("/" + event)) return row.get(column);
        }
        throw new AssertionError("no row for " + event);
    }

    private static String selection(String name) {
        return resource("selection-by-scan/" + name + ".rq");
    }

    private static String reference(String name) {
        return resource("columns-by-subquery/" + name + ".rq");
    }

    private static String resource(String path) {
        try (InputStream in = EventRowsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String article(String id) {
        return TestGraphs.articleIri(id);
    }

    private static Model model(String turtle) {
        return TestGraphs.model(turtle);
    }
}
