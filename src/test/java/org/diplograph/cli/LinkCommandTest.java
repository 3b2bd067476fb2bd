package org.diplograph.cli;

import static org.diplograph.cli.TwoArticles.A1;
import static org.diplograph.cli.TwoArticles.BNS;
import static org.diplograph.cli.TwoArticles.CBSS;
import static org.diplograph.cli.TwoArticles.FIREFLY;
import static org.diplograph.cli.TwoArticles.FREEDONIA;
import static org.diplograph.cli.TwoArticles.HASSAN;
import static org.diplograph.cli.TwoArticles.MICHEL;
import static org.diplograph.cli.TwoArticles.NOBODY;
import static org.diplograph.cli.TwoArticles.OLIVEIRA;
import static org.diplograph.cli.TwoArticles.SMITH;
import static org.diplograph.cli.TwoArticles.UGLEGORSK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SchemaDO;
import org.diplograph.link.wikidata.StandIn;
import org.diplograph.link.wikidata.StubEndpoint;
import org.diplograph.link.wikidata.StubEndpoint.Reply;
import org.diplograph.rdf.Iris;
import org.diplograph.store.OtherProcess;
import org.diplograph.store.Reconciliation;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diplograph link} end to end: a store written by hand, the local Wikidata stand-in, no network. */
class LinkCommandTest {
    static final String RECONCILIATION = "https://w3id.org/diplograph/graph/reconciliation";
    static StandIn wikidata;

    @TempDir Path store;

    @BeforeAll
    static void start() {
        wikidata = StandIn.start();
    }

    @AfterAll
    static void stop() {
        wikidata.close();
    }

    @BeforeEach
    void twoArticles() {
        TwoArticles.write(store);
    }

    private CliRun link(String endpoint, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("link", "--store", store.toString(),
                "--wikidata-endpoint", endpoint, "--min-interval-ms", "0"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The links the stand-in supports: every entity but the ambiguous Ahmed Hassan and the unknown Nadia Nobody. */
    static Map<String, String> expectedLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put(FREEDONIA, "Q900000301");
        links.put(UGLEGORSK, "Q900000201");
        links.put(CBSS, "Q900000401");
        links.put(BNS, "Q900000402");
        links.put(MICHEL, "Q900000001");
        links.put(SMITH, "Q900000005");
        links.put(FIREFLY, "Q900000011");
        links.put(OLIVEIRA, "Q900000007");
        return links;
    }

    private static Model sameAs(Map<String, String> links) {
        Model m = ModelFactory.createDefaultModel();
        links.forEach((iri, qid) -> {
            var wd = m.createResource(Iris.wikidata(qid));
            m.createResource(iri).addProperty(OWL.sameAs, wd).addProperty(SchemaDO.sameAs, wd);
        });
        return m;
    }

    private Model reconciliationGraph() {
        try (Store s = Store.open(store, null)) {
            return Reconciliation.of(s).graph();
        }
    }

    private List<String> unlinked() {
        CliRun r = CliRun.of("query", "--store", store.toString(), "--queries", "queries", "unlinked-entities", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        return r.out().lines().skip(1).map(l -> l.split(",")[0]).toList();
    }

    @Test
    void unique_matches_are_linked_in_the_reconciliation_graph_and_the_ambiguous_one_is_reported_and_left() {
        CliRun r = link(wikidata.endpoint());

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("linked     Country 'Freedonia' (" + FREEDONIA + ") -> Q900000301 (stand-in country)\n"), r.out());
        assertTrue(r.out().contains("linked     Person 'Rufus Firefly' (" + FIREFLY + ") -> Q900000011 (stand-in president of Freedonia)\n"), r.out());
        assertTrue(r.out().contains("ambiguous  Person 'Ahmed Hassan' (" + HASSAN + "): Q900000003 (stand-in Egyptian diplomat), "
                + "Q900000004 (stand-in Egyptian footballer and MP)\n"), r.out());
        assertEquals("looked up 10 entities: 8 linked, 1 ambiguous, 1 not found; 10 requests, 0 cache hits; 8 new links in "
                + RECONCILIATION, r.out().lines().reduce((a, b) -> b).orElseThrow());

        Model links = reconciliationGraph();
        assertTrue(links.isIsomorphicWith(sameAs(expectedLinks())), () -> "reconciliation graph: " + links);
        assertEquals(List.of(HASSAN, NOBODY), unlinked().stream().sorted().toList());
    }

    @Test
    void article_graphs_are_left_as_ingestion_wrote_them_and_links_go_to_a_graph_of_their_own() {
        link(wikidata.endpoint());

        try (Store s = Store.open(store, null)) {
            Txn.executeRead(s.dataset(), () -> {
                assertTrue(s.dataset().getNamedModel(A1).isIsomorphicWith(TwoArticles.a1()));
                assertTrue(s.dataset().getNamedModel(TwoArticles.A2).isIsomorphicWith(TwoArticles.a2()));
                // Beside them no other named graph: the store's own counts are in its default graph (store/CountingDataset).
                assertEquals(List.of(RECONCILIATION, A1, TwoArticles.A2),
                        Iter.toList(s.dataset().listNames()).stream().sorted().toList());
            });
        }
    }

    @Test
    void links_survive_reingesting_an_article() {
        link(wikidata.endpoint());
        try (Store s = Store.open(store, null)) {
            s.replaceGraph(A1, TwoArticles.a1());
        }

        assertEquals(List.of(HASSAN, NOBODY), unlinked().stream().sorted().toList());
        CliRun stats = CliRun.of("stats", "--store", store.toString());
        assertTrue(stats.out().contains("linked entities: 11 of 13 (84.6%)\n"), stats.out());
    }

    @Test
    void a_dry_run_writes_nothing_and_fills_the_cache_so_the_next_runs_need_no_endpoint() throws IOException {
        CliRun dry = link(wikidata.endpoint(), "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("would link Place 'Uglegorsk' (" + UGLEGORSK + ") -> Q900000201"), dry.out());
        assertEquals("dry run, nothing written: looked up 10 entities: 8 linked, 1 ambiguous, 1 not found; 10 requests, 0 cache hits",
                dry.out().lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(reconciliationGraph().isEmpty());
        try (Stream<Path> files = Files.list(store.resolve("wikidata-cache"))) {
            assertEquals(10, files.filter(f -> f.toString().endsWith(".json")).count());
        }

        String nobodyListens = closedPortEndpoint();
        CliRun real = link(nobodyListens);
        assertEquals(0, real.exit(), real.err());
        assertEquals("looked up 10 entities: 8 linked, 1 ambiguous, 1 not found; 0 requests, 10 cache hits; 8 new links in "
                + RECONCILIATION, real.out().lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(reconciliationGraph().isIsomorphicWith(sameAs(expectedLinks())));

        CliRun again = link(nobodyListens);
        assertEquals(0, again.exit(), again.err());
        assertEquals("looked up 2 entities: 0 linked, 1 ambiguous, 1 not found; 0 requests, 2 cache hits; 0 new links in "
                + RECONCILIATION, again.out().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void a_cache_folder_can_be_named() {
        Path cache = store.resolveSibling(store.getFileName() + "-cache");
        CliRun r = link(wikidata.endpoint(), "--cache", cache.toString(), "--dry-run");

        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isDirectory(cache));
        assertTrue(Files.notExists(store.resolve("wikidata-cache")));
    }

    @Test
    void a_stalled_endpoint_fails_with_one_line_and_keeps_the_links_found_before() throws IOException {
        String freedonia = """
                {"head":{"vars":["item","description"]},
                 "results":{"bindings":[{"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q900000301"}}]}}
                """;
        try (StubEndpoint stub = StubEndpoint.replying(Reply.ok(freedonia), Reply.stalled())) {
            CliRun r = link(stub.endpoint(), "--timeout-seconds", "1");

            assertEquals(1, r.exit());
            assertEquals("diplograph: Wikidata endpoint " + stub.endpoint() + " did not answer within 1 s, looking up Place"
                    + " 'Uglegorsk' (" + UGLEGORSK + "); 1 links found before that were saved\n", r.err());
            assertTrue(reconciliationGraph().isIsomorphicWith(sameAs(Map.of(FREEDONIA, "Q900000301"))));
        }
    }

    @Test
    void a_store_held_by_a_running_server_is_refused_in_one_line_before_any_request() throws Exception {
        try (StubEndpoint stub = StubEndpoint.replying(Reply.ok(StubEndpoint.ONE_PERSON));
             OtherProcess server = OtherProcess.holding(store)) {
            CliRun r = link(stub.endpoint());

            assertEquals(1, r.exit());
            assertEquals("diplograph: Store " + store + " is locked by a running server; link writes to the store directly,"
                    + " so stop the server, run link, and serve again\n", r.err());
            assertEquals(List.of(), stub.requests());
        }
    }

    @Test
    void a_malformed_endpoint_url_is_named() {
        CliRun r = link("not a url");

        assertEquals(1, r.exit());
        assertEquals("diplograph: Not a SPARQL endpoint URL: not a url\n", r.err());
    }

    @Test
    void help_marks_the_verb_as_online_and_shows_the_defaults() {
        CliRun r = CliRun.of("link", "--help");

        assertEquals(0, r.exit());
        assertTrue(r.out().contains("ONLINE and optional: the only verb that uses the network."), r.out());
        assertTrue(r.out().contains("--timeout-seconds=N"), r.out());
        assertTrue(r.out().contains("(default: 30)"), r.out());
        assertTrue(r.out().contains("(default: 1000)"), r.out());
    }

    private static String closedPortEndpoint() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
        }
    }
}
