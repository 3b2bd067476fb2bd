package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.bench.SyntheticGraph;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.QueryRunner;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;
import org.diplograph.server.Credentials;
import org.diplograph.server.DiplographServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountingDatasetTest {

    // Two articles stating the same meeting; a news outlet is also an Organization.
    private static final String A1 = """
            art:a1 a dip:Article .
            ev:meeting-m1 a dip:Meeting ; dip:participant pe:kim, pe:shoigu ; dip:location pl:vladivostok ;
                dip:date "2023-09-16"^^xsd:date .
            ev:visit-v1 a dip:Visit ; dip:participant pe:kim ; dip:location pl:moscow ; dip:date "2023-09"^^xsd:gYearMonth .
            pl:vladivostok a dip:Place ; owl:sameAs wd:Q959 .
            pl:moscow a dip:Place ; owl:sameAs wd:Q649 .
            pe:kim a dip:Person ; owl:sameAs wd:Q56226 ; rdfs:label "Kim Jong Un" .
            pe:shoigu a dip:Person ; rdfs:label "Sergei Shoigu" .
            """;
    private static final String A2 = """
            art:a2 a dip:Article .
            ev:meeting-m1 a dip:Meeting ; dip:participant pe:kim, pe:putin .
            ev:call-c1 a dip:PhoneCall ; dip:participant pe:putin ; dip:reportedBy out:tass ; dip:date "2023-09"^^xsd:gYearMonth .
            ev:meeting-m1 dip:location pl:vladivostok ; dip:date "2023-09-16"^^xsd:date, "2023-09-15"^^xsd:date .
            pl:vladivostok a dip:Place ; owl:sameAs wd:Q959 .
            pe:kim a dip:Person ; rdfs:label "Kim Jong-un" .
            pe:putin a dip:Person ; owl:sameAs wd:Q7747 ; rdfs:label "Vladimir Putin" .
            out:tass a dip:NewsOutlet, dip:Organization .
            """;
    // a1 again, changed: the meeting and the visit are gone from it, Shoigu is now linked, a planned visit appears.
    private static final String A1_CHANGED = """
            art:a1 a dip:Article .
            ev:planned-p1 a dip:UnrealisedContact ; dip:participant pe:shoigu ; dip:date "2023"^^xsd:gYear .
            pe:shoigu a dip:Person ; owl:sameAs wd:Q32024 .
            """;

    @TempDir
    Path dir;

    @Test
    void counts_follow_ingest_and_the_reingest_of_a_changed_article() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(article("a1"), model(A1));
            store.replaceGraphs(Map.of(article("a2"), model(A2)));

            assertEquals(Map.of("Meeting", 1L, "Visit", 1L, "PhoneCall", 1L, "UnrealisedContact", 0L), events(store.dataset()));
            assertEquals("2", only(store.dataset(), "stats-articles", "articles"));
            assertEquals("Person 3/2, NewsOutlet 1/0, Organization 1/0, Place 2/2", entities(store.dataset()));
            assertEquals("6/4", linked(store.dataset()));
            // One row per kind: TASS is a news outlet and an organisation.
            assertEquals(List.of("outlet/tass 1 1", "outlet/tass 1 1", "person/shoigu 1 1"), unlinked(store.dataset()));
            // The meeting's parties come from both articles; its two dates from a2 and one of them from a1 too.
            assertEquals(List.of("Kim Jong Un|Sergei Shoigu|1|2023-09-15|2023-09-16", "Kim Jong Un|Vladimir Putin|1|2023-09-15|2023-09-16",
                    "Vladimir Putin|Sergei Shoigu|1|2023-09-15|2023-09-16"), pairs(store.dataset()));
            assertCountsAreFresh(store);

            store.replaceGraph(article("a1"), model(A1_CHANGED));

            // The meeting is still stated by a2, Kim and Vladivostok too, but only a1 linked Kim; the visit and
            // Moscow were only in a1.
            assertEquals(Map.of("Meeting", 1L, "Visit", 0L, "PhoneCall", 1L, "UnrealisedContact", 1L), events(store.dataset()));
            assertEquals("Person 3/2, NewsOutlet 1/0, Organization 1/0, Place 1/1", entities(store.dataset()));
            assertEquals("5/3", linked(store.dataset()));
            assertEquals(List.of("outlet/tass 1 1", "outlet/tass 1 1", "person/kim 1 1"), unlinked(store.dataset()));
            // Shoigu took part only through a1; Kim's least label is now a2's.
            assertEquals(List.of("Kim Jong-un|Vladimir Putin|1|2023-09-15|2023-09-16"), pairs(store.dataset()));
            assertCountsAreFresh(store);

            store.replaceGraph(article("a2"), model("art:a2 a dip:Article ."));

            assertEquals(Map.of("Meeting", 0L, "Visit", 0L, "PhoneCall", 0L, "UnrealisedContact", 1L), events(store.dataset()));
            assertEquals("Person 1/1, NewsOutlet 0/0, Organization 0/0", entities(store.dataset()));
            assertEquals("1/1", linked(store.dataset()));
            assertEquals(List.of(), pairs(store.dataset()));
            assertCountsAreFresh(store);
        }
    }

    @Test
    void pairs_follow_a_batch_that_states_one_meeting_in_two_articles_and_then_replaces_both() {
        try (Store store = Store.open(dir, null)) {
            Map<String, Model> both = new LinkedHashMap<>();
            both.put(article("a1"), model(A1));
            both.put(article("a2"), model(A2));
            store.replaceGraphs(both);

            assertEquals(List.of("Kim Jong Un|Sergei Shoigu|1|2023-09-15|2023-09-16", "Kim Jong Un|Vladimir Putin|1|2023-09-15|2023-09-16",
                    "Vladimir Putin|Sergei Shoigu|1|2023-09-15|2023-09-16"), pairs(store.dataset()));
            assertCountsAreFresh(store);

            // One transaction drops the meeting from a1 and Kim's lesser label with it, and states a2 again.
            Map<String, Model> again = new LinkedHashMap<>();
            again.put(article("a1"), model(A1_CHANGED));
            again.put(article("a2"), model(A2));
            store.replaceGraphs(again);

            assertEquals(List.of("Kim Jong-un|Vladimir Putin|1|2023-09-15|2023-09-16"), pairs(store.dataset()));
            assertCountsAreFresh(store);
        }
    }

    @Test
    void an_aborted_write_moves_no_pair_and_leaves_nothing_for_the_next_commit() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(article("a1"), model(A1));
            Dataset ds = store.dataset();
            DatasetGraph dsg = ds.asDatasetGraph();
            Node a2 = NodeFactory.createURI(article("a2"));
            Node meeting = NodeFactory.createURI(TestGraphs.ID + "event/meeting-m1");
            Node putin = NodeFactory.createURI(TestGraphs.ID + "person/putin");

            ds.begin(ReadWrite.WRITE);
            dsg.add(a2, meeting, Dip.participant.asNode(), putin);
            dsg.add(a2, putin, RDFS.label.asNode(), NodeFactory.createLiteralString("A Putin"));
            ds.abort();
            ds.end();

            assertEquals(List.of("Kim Jong Un|Sergei Shoigu|1|2023-09-16|2023-09-16"), pairs(ds));
            store.replaceGraph(article("a3"), model("art:a3 a dip:Article ."));
            assertEquals(List.of("Kim Jong Un|Sergei Shoigu|1|2023-09-16|2023-09-16"), pairs(ds));
            assertCountsAreFresh(store);
        }
    }

    @Test
    void counts_follow_graphs_put_to_a_running_server() {
        try (DiplographServer server = DiplographServer.create().store(dir).port(0).environment(Map.of()).build().start()) {
            RemoteStore remote = RemoteStore.to(server.url(), Credentials.USER, server.credentials().password());
            remote.replaceGraph(article("a1"), model(A1));
            remote.replaceGraph(article("a2"), model(A2));
            remote.replaceGraph(article("a1"), model(A1_CHANGED));

            Dataset served = server.store().dataset();
            assertEquals(Map.of("Meeting", 1L, "Visit", 0L, "PhoneCall", 1L, "UnrealisedContact", 1L), events(served));
            assertEquals("Person 3/2, NewsOutlet 1/0, Organization 1/0, Place 1/1", entities(served));
            assertEquals(List.of("Kim Jong-un|Vladimir Putin|1|2023-09-15|2023-09-16"), pairs(served));
            assertCountsAreFresh(server.store());
        }
    }

    @Test
    void bulk_load_counts_what_it_loaded_and_a_later_ingest_keeps_counting(@TempDir Path tmp) throws Exception {
        Path nq = tmp.resolve("events.nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            new SyntheticGraph(7).writeNQuads(120, out);
        }

        BulkLoad.into(dir, nq);

        try (Store store = Store.open(dir, null)) {
            Map<String, Long> loaded = events(store.dataset());
            assertEquals(120, loaded.get("Meeting") + loaded.get("Visit") + loaded.get("PhoneCall"));
            assertEquals(true, pairs(store.dataset()).size() > 10);
            assertCountsAreFresh(store);
            store.replaceGraph(article("a1"), model(A1));
            assertEquals(loaded.get("Meeting") + 1, events(store.dataset()).get("Meeting"));
            assertCountsAreFresh(store);
        }
    }

    @Test
    void a_store_written_before_the_counts_were_kept_is_counted_at_its_first_write() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(article("a2"), model(A2));
            DatasetGraph inner = ((CountingDataset) store.dataset().asDatasetGraph()).getWrapped();
            Txn.executeWrite(store.dataset(), () -> inner.deleteAny(CountingDataset.SUMMARY, Node.ANY, Node.ANY, Node.ANY));
            assertEquals(0L, events(store.dataset()).get("PhoneCall"));

            store.replaceGraph(article("a1"), model(A1));

            assertEquals(Map.of("Meeting", 1L, "Visit", 1L, "PhoneCall", 1L, "UnrealisedContact", 0L), events(store.dataset()));
            assertCountsAreFresh(store);
        }
    }

    @Test
    void a_store_an_older_version_wrote_is_counted_when_it_is_opened() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(article("a1"), model(A1));
            DatasetGraph inner = ((CountingDataset) store.dataset().asDatasetGraph()).getWrapped();
            Txn.executeWrite(store.dataset(), () -> inner.deleteAny(CountingDataset.SUMMARY, Node.ANY, Node.ANY, Node.ANY));
            assertEquals(0L, events(store.dataset()).get("Meeting"));
        }
        try (Store store = Store.open(dir, null)) {
            assertEquals(Map.of("Meeting", 1L, "Visit", 1L, "PhoneCall", 0L, "UnrealisedContact", 0L), events(store.dataset()));
            assertCountsAreFresh(store);
        }
    }

    @Test
    void a_summary_an_older_version_wrote_is_replaced_when_the_store_is_opened() {
        Node rowIn = NodeFactory.createURI(Dip.NS + "rowIn");   // what summaries of format 3 once tied each row to
        Node named = NodeFactory.createURI(Iris.SUMMARY_GRAPH);   // where format 3 kept the summary
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(article("a1"), model(A1));
            DatasetGraph inner = ((CountingDataset) store.dataset().asDatasetGraph()).getWrapped();
            Node row = EventRows.rowNode(NodeFactory.createURI("https://w3id.org/diplograph/id/event/meeting-m1"));
            Txn.executeWrite(store.dataset(), () -> {
                inner.deleteAny(CountingDataset.SUMMARY, Node.ANY, Node.ANY, Node.ANY);
                inner.add(named, named, Dip.summaryFormat.asNode(), CountingDataset.integer(3));
                inner.add(named, Dip.Meeting.asNode(), Dip.instanceCount.asNode(), CountingDataset.integer(7));
                inner.add(named, row, rowIn, NodeFactory.createURI(Iris.SUMMARY_GRAPH + "/lists/timeline/x"));
            });
        }
        try (Store store = Store.open(dir, null)) {
            assertEquals(Map.of("Meeting", 1L, "Visit", 1L, "PhoneCall", 0L, "UnrealisedContact", 0L), events(store.dataset()));
            assertCountsAreFresh(store);
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            assertEquals(false, Txn.calculateRead(store.dataset(), () -> dsg.find(Node.ANY, Node.ANY, rowIn, Node.ANY).hasNext()));
            assertEquals(false, Txn.calculateRead(store.dataset(), () -> dsg.containsGraph(named)), "the old summary graph is gone");
        }
    }

    @Test
    void a_recount_that_fails_while_reading_leaves_the_summary_as_it_was() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(article("a1"), model(A1));
            store.replaceGraph(article("a2"), model(A2));
            DatasetGraph inner = ((CountingDataset) store.dataset().asDatasetGraph()).getWrapped();
            Set<org.apache.jena.sparql.core.Quad> before = summary(store.dataset());
            // Reading the dates comes last, after most of the summary has been handed to the writer.
            DatasetGraph failing = new org.apache.jena.sparql.core.DatasetGraphWrapper(inner) {
                @Override
                public java.util.Iterator<org.apache.jena.sparql.core.Quad> find(Node g, Node s, Node p, Node o) {
                    if (Dip.date.asNode().equals(p) && Node.ANY.equals(s)) throw new IllegalStateException("disk gone");
                    return super.find(g, s, p, o);
                }
            };

            StoreException e = assertThrows(StoreException.class, () -> CountingDataset.recountBeside(failing));

            assertEquals("Cannot count the store: disk gone", e.getMessage());
            assertEquals(before, summary(store.dataset()));
            assertCountsAreFresh(store);
        }
    }

    @Test
    void a_recount_whose_writer_fails_leaves_the_summary_as_it_was_and_lets_its_reader_go(@TempDir Path tmp) throws Exception {
        Path nq = tmp.resolve("events.nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            new SyntheticGraph(7).writeNQuads(60, out);   // a summary of some thousand quads
        }
        BulkLoad.into(dir, nq);
        try (Store store = Store.open(dir, null)) {
            DatasetGraph inner = ((CountingDataset) store.dataset().asDatasetGraph()).getWrapped();
            Set<org.apache.jena.sparql.core.Quad> before = summary(store.dataset());
            int[] adds = {0};
            DatasetGraph failing = new org.apache.jena.sparql.core.DatasetGraphWrapper(inner) {
                @Override
                public void add(org.apache.jena.sparql.core.Quad q) {
                    if (++adds[0] > 3) throw new IllegalStateException("disk full");
                    super.add(q);
                }
            };

            assertEquals(true, before.size() > 1000, "summary quads: " + before.size());
            // One quad a batch: the reader fills the queue (64 batches) long before it is done, and waits on it.
            IllegalStateException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> assertThrows(IllegalStateException.class, () -> CountingDataset.recountBeside(failing, 1)));

            assertEquals("disk full", e.getMessage());
            assertEquals(before, summary(store.dataset()));
            assertEquals(false, Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("diplograph-recount")),
                    "the reading thread has ended");
            store.replaceGraph(article("a1"), model(A1_CHANGED));   // the store takes writes again
            assertCountsAreFresh(store);
        }
    }

    private static Set<org.apache.jena.sparql.core.Quad> summary(Dataset ds) {
        Set<org.apache.jena.sparql.core.Quad> out = new HashSet<>();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find(CountingDataset.SUMMARY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add));
        return out;
    }

    @Test
    void the_summary_is_not_written_from_outside() {
        String refused = "The store's default graph holds its own counts (" + Iris.SUMMARY_GRAPH
                + "); it is not written from outside, articles go into named graphs";
        try (Store store = Store.open(dir, null)) {
            StoreException named = assertThrows(StoreException.class,
                    () -> store.replaceGraph(Iris.SUMMARY_GRAPH, model("ev:x a dip:Meeting .")));
            assertEquals(refused, named.getMessage());
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            org.apache.jena.graph.Triple typed = org.apache.jena.graph.Triple.create(NodeFactory.createURI("urn:x"), RDF.type.asNode(), Dip.Meeting.asNode());
            StoreException dflt = assertThrows(StoreException.class,
                    () -> Txn.executeWrite(store.dataset(), () -> dsg.getDefaultGraph().add(typed)));
            assertEquals(refused, dflt.getMessage());
            assertEquals(0L, events(store.dataset()).get("Meeting"));
        }
    }

    /** The kept counts equal those of counting the union of the article graphs afresh. */
    private static void assertCountsAreFresh(Store store) {
        Dataset ds = store.dataset();
        DatasetGraph dsg = ds.asDatasetGraph();
        Map<String, Long> fresh = new LinkedHashMap<>();
        Txn.executeRead(ds, () -> {
            Set<Node> entities = new HashSet<>();
            Set<Node> linkedEntities = new HashSet<>();
            for (Node c : List.of(Dip.Meeting.asNode(), Dip.Visit.asNode(), Dip.PhoneCall.asNode(), Dip.UnrealisedContact.asNode(),
                    Dip.Article.asNode(), Dip.Person.asNode(), Dip.Country.asNode(), Dip.Place.asNode(), Dip.Organization.asNode(),
                    Dip.NewsOutlet.asNode())) {
                Set<Node> members = new HashSet<>();
                dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), c).forEachRemaining(q -> members.add(q.getSubject()));
                fresh.put(c.getLocalName(), (long) members.size());
                if (c.equals(Dip.Place.asNode())) members.forEach(m -> fresh.put("member " + m.getURI(), 1L));
                if (CountingDataset.ENTITY_CLASSES.contains(c)) {
                    long linked = members.stream().filter(s -> dsg.find(Node.ANY, s, OWL.sameAs.asNode(), Node.ANY).hasNext()).count();
                    fresh.put(c.getLocalName() + " linked", linked);
                    entities.addAll(members);
                    members.stream().filter(s -> dsg.find(Node.ANY, s, OWL.sameAs.asNode(), Node.ANY).hasNext()).forEach(linkedEntities::add);
                }
            }
            // Each event under each date it has in some article graph.
            dsg.find(Node.ANY, Node.ANY, Dip.date.asNode(), Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().equals(CountingDataset.SUMMARY)) fresh.put("date " + q.getObject() + " " + q.getSubject().getURI(), 1L);
            });
            fresh.put("entities", (long) entities.size());
            fresh.put("entities linked", (long) linkedEntities.size());
            entities.stream().filter(e -> !linkedEntities.contains(e)).forEach(e -> fresh.put("unlinked " + e.getURI(), 1L));
        });
        Map<String, Long> kept = new LinkedHashMap<>();
        Txn.executeRead(ds, () -> dsg.find(CountingDataset.SUMMARY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getPredicate().equals(Dip.unlinkedEntity.asNode())) {
                kept.put("unlinked " + q.getObject().getURI(), 1L);
                return;
            }
            if (q.getPredicate().equals(Dip.member.asNode()) && q.getSubject().equals(Dip.Place.asNode())) {
                kept.put("member " + q.getObject().getURI(), 1L);
                return;
            }
            if (q.getSubject().getURI().startsWith(Iris.SUMMARY_PAIRS) || q.getPredicate().equals(Dip.displayLabel.asNode())
                    || q.getPredicate().equals(Dip.labelOf.asNode())) {
                return;   // the pairs and labels, checked below
            }
            if (q.getSubject().equals(CountingDataset.DATES) || q.getPredicate().equals(Dip.date.asNode())) {
                return;   // the date nodes, checked below through their members
            }
            if (q.getSubject().getURI().startsWith(Iris.SUMMARY_GRAPH + "/rows/") || q.getSubject().getURI().startsWith(Iris.SUMMARY_GRAPH + "/lists/")
                    || q.getPredicate().equals(Dip.summaryFormat.asNode()) || q.getPredicate().equals(Dip.nextSeq.asNode())) {
                return;   // the event rows and lists, checked below against a recount, and the summary's format and row numbering
            }
            if (q.getPredicate().equals(Dip.member.asNode())) {
                Node date = dsg.find(CountingDataset.SUMMARY, q.getSubject(), Dip.date.asNode(), Node.ANY).next().getObject();
                assertEquals(CountingDataset.dateNode(date), q.getSubject());
                assertEquals(true, dsg.contains(CountingDataset.SUMMARY, CountingDataset.DATES, Dip.member.asNode(), q.getSubject()));
                kept.put("date " + date + " " + q.getObject().getURI(), 1L);
                return;
            }
            String node = q.getSubject().equals(CountingDataset.ENTITIES) ? "entities" : q.getSubject().getLocalName();
            String key = q.getPredicate().equals(Dip.linkedCount.asNode()) ? node + " linked" : node;
            kept.put(key, ((Number) q.getObject().getLiteralValue()).longValue());
        }));
        assertEquals(new java.util.TreeMap<>(fresh), new java.util.TreeMap<>(kept));
        assertEquals(freshPairs(ds), keptPairs(ds));
        EventRowsTest.assertRowsAreFresh(store);
    }

    /** Each pair of parties of a meeting, visit or call counted afresh: "a b count first last", and each least label. */
    private static Set<String> freshPairs(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Map<String, List<String>> shared = new java.util.TreeMap<>();
        Set<String> out = new java.util.TreeSet<>();
        Txn.executeRead(ds, () -> {
            Set<Node> events = new HashSet<>();
            for (Node c : List.of(Dip.Meeting.asNode(), Dip.Visit.asNode(), Dip.PhoneCall.asNode())) {
                dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), c).forEachRemaining(q -> events.add(q.getSubject()));
            }
            for (Node e : events) {
                Set<String> parties = new java.util.TreeSet<>();
                dsg.find(Node.ANY, e, Dip.participant.asNode(), Node.ANY).forEachRemaining(q -> parties.add(q.getObject().getURI()));
                List<String> dates = new java.util.ArrayList<>();
                dsg.find(Node.ANY, e, Dip.date.asNode(), Node.ANY).forEachRemaining(q -> {
                    if (!q.getGraph().equals(CountingDataset.SUMMARY)) dates.add(q.getObject().getLiteralLexicalForm());
                });
                for (String a : parties) {
                    for (String b : parties) {
                        if (a.compareTo(b) >= 0) continue;
                        List<String> tally = shared.computeIfAbsent(a + " " + b, k -> new java.util.ArrayList<>(List.of("0")));
                        tally.set(0, Long.toString(Long.parseLong(tally.get(0)) + 1));
                        tally.addAll(dates);
                    }
                }
            }
            shared.forEach((pair, tally) -> {
                List<String> dates = new java.util.ArrayList<>(tally.subList(1, tally.size()));
                java.util.Collections.sort(dates);
                out.add(pair + " " + tally.get(0) + (dates.isEmpty() ? "" : " " + dates.get(0) + " " + dates.get(dates.size() - 1)));
            });
            Map<Node, String> least = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(q ->
                    least.merge(q.getSubject(), q.getObject().getLiteralLexicalForm(), (x, y) -> x.compareTo(y) <= 0 ? x : y));
            least.forEach((node, l) -> out.add("label " + node.getURI() + " " + l));
        });
        return out;
    }

    /** The pairs and labels the summary keeps, in the same form; each pair listed under the count node of its count. */
    private static Set<String> keptPairs(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node summary = CountingDataset.SUMMARY;
        Set<String> out = new java.util.TreeSet<>();
        Txn.executeRead(ds, () -> {
            dsg.find(summary, Node.ANY, Dip.labelOf.asNode(), Node.ANY).forEachRemaining(q -> {
                assertEquals(ContactPairs.labelNode(q.getObject()), q.getSubject());
                Node label = dsg.find(summary, q.getSubject(), Dip.displayLabel.asNode(), Node.ANY).next().getObject();
                out.add("label " + q.getObject().getURI() + " " + label.getLiteralLexicalForm());
            });
            dsg.find(summary, ContactPairs.PAIRS, Dip.member.asNode(), Node.ANY).forEachRemaining(bucket -> {
                long n = ((Number) dsg.find(summary, bucket.getObject(), Dip.sharedEvents.asNode(), Node.ANY).next()
                        .getObject().getLiteralValue()).longValue();
                assertEquals(ContactPairs.countNode(n), bucket.getObject());
                assertEquals(true, dsg.find(summary, bucket.getObject(), Dip.member.asNode(), Node.ANY).hasNext());
                dsg.find(summary, bucket.getObject(), Dip.member.asNode(), Node.ANY).forEachRemaining(member -> {
                    Node pair = member.getObject();
                    Set<String> parties = new java.util.TreeSet<>();
                    dsg.find(summary, pair, Dip.party.asNode(), Node.ANY).forEachRemaining(q -> parties.add(q.getObject().getURI()));
                    String a = parties.iterator().next();
                    String b = List.copyOf(parties).get(1);
                    assertEquals(Iris.summaryPair(a, b), pair.getURI());
                    assertEquals(n, ((Number) dsg.find(summary, pair, Dip.sharedEvents.asNode(), Node.ANY).next()
                            .getObject().getLiteralValue()).longValue());
                    var first = dsg.find(summary, pair, Dip.firstDate.asNode(), Node.ANY);
                    var last = dsg.find(summary, pair, Dip.lastDate.asNode(), Node.ANY);
                    out.add(a + " " + b + " " + n + (first.hasNext() ? " " + first.next().getObject().getLiteralLexicalForm()
                            + " " + last.next().getObject().getLiteralLexicalForm() : ""));
                });
            });
            // Every pair node is listed under a count node.
            dsg.find(summary, Node.ANY, Dip.party.asNode(), Node.ANY).forEachRemaining(q -> assertEquals(true,
                    dsg.find(summary, Node.ANY, Dip.member.asNode(), q.getSubject()).hasNext(), q.getSubject().getURI()));
        });
        return out;
    }

    /** co-participation's rows as "aLabel|bLabel|sharedEvents|firstDate|lastDate". */
    private static List<String> pairs(Dataset ds) {
        return run(ds, "co-participation").textRows().stream()
                .map(r -> r.get("aLabel") + "|" + r.get("bLabel") + "|" + r.get("sharedEvents") + "|" + r.get("firstDate") + "|" + r.get("lastDate"))
                .toList();
    }

    private static Map<String, Long> events(Dataset ds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (var row : run(ds, "stats-events").textRows()) counts.put(row.get("type"), Long.parseLong(row.get("events")));
        return counts;
    }

    private static String entities(Dataset ds) {
        StringBuilder out = new StringBuilder();
        for (var row : run(ds, "stats-entities").textRows()) {
            if ("0".equals(row.get("entities")) && !List.of("NewsOutlet", "Organization").contains(row.get("type"))) continue;
            if (out.length() > 0) out.append(", ");
            out.append(row.get("type")).append(' ').append(row.get("entities")).append('/').append(row.get("linked"));
        }
        return sortedLike(out.toString());
    }

    // Person first, then the rest in the query's order: the assertions read better that way.
    private static String sortedLike(String s) {
        List<String> parts = new java.util.ArrayList<>(List.of(s.split(", ")));
        parts.sort((a, b) -> a.startsWith("Person") ? -1 : b.startsWith("Person") ? 1 : a.compareTo(b));
        return String.join(", ", parts);
    }

    /** unlinked-entities as "kind/name events articles". */
    private static List<String> unlinked(Dataset ds) {
        return run(ds, "unlinked-entities").textRows().stream()
                .map(r -> r.get("entity").replace(TestGraphs.ID, "") + " " + r.get("events") + " " + r.get("articles"))
                .toList();
    }

    private static String linked(Dataset ds) {
        var row = run(ds, "stats-linked").textRows().get(0);
        return row.get("entities") + "/" + row.get("linked");
    }

    private static String only(Dataset ds, String query, String column) {
        return run(ds, query).textRows().get(0).get(column);
    }

    private static org.diplograph.query.QueryResult run(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> QueryRunner.run(NamedQueries.fromClasspath().get(query), Map.of(), ds));
    }

    private static String article(String id) {
        return TestGraphs.articleIri(id);
    }

    private static Model model(String turtle) {
        return TestGraphs.model(turtle);
    }
}
