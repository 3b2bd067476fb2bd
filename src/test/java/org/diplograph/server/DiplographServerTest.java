package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.store.RemoteStore;
import org.diplograph.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One server on a free port over a fresh store, exercised over real HTTP. */
class DiplographServerTest {

    private static final String ID = "https://w3id.org/diplograph/id/";
    private static final String DIP = "https://w3id.org/diplograph/ontology#";

    @TempDir
    static Path dir;

    private static DiplographServer server;
    private static String dataset;

    @BeforeAll
    static void start() {
        server = DiplographServer.create().store(dir).port(0).environment(Map.of()).build().start();
        dataset = server.url() + "/diplomacy";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void console_page_is_served_at_root() throws Exception {
        HttpResponse<String> response = Http.get(server.url() + "/");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().toLowerCase().contains("<html"), "an HTML page");
    }

    @Test
    void ping_answers() throws Exception {
        assertEquals(200, Http.get(server.url() + "/$/ping").statusCode());
    }

    @Test
    void port_zero_listens_on_a_real_port() {
        assertTrue(server.port() > 0);
        assertEquals("http://localhost:" + server.port(), server.url());
    }

    @Test
    void fuseki_work_area_is_inside_the_store() {
        assertTrue(Files.isDirectory(dir.resolve("run")), "run/ inside the store");
        assertFalse(Files.exists(Path.of("run", "shiro.ini")), "no ./run in the working directory");
    }

    @Test
    void query_finds_a_graph_written_through_the_store() throws Exception {
        server.store().replaceGraph(article("s1"), person("Q7747", "Vladimir Putin"));

        for (String endpoint : List.of("/sparql", "/query")) {
            HttpResponse<String> response = Http.query(dataset + endpoint,
                    "SELECT ?p WHERE { ?p <" + RDFS.label + "> \"Vladimir Putin\"@en }");
            assertEquals(200, response.statusCode(), endpoint);
            assertEquals(List.of("p", ID + "person/Q7747"), rows(response), endpoint);
        }
    }

    @Test
    void update_without_login_is_refused() throws Exception {
        String update = "INSERT DATA { GRAPH <" + article("u0") + "> { <" + ID + "x> <" + RDFS.label + "> \"x\" } }";

        assertEquals(401, Http.update(dataset + "/update", update, null).statusCode());
        assertEquals(List.of("n", "0"), rows(Http.query(dataset + "/sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + article("u0") + "> { ?s ?p ?o } }")));
    }

    @Test
    void update_with_login_writes_a_named_graph_seen_through_the_union_default_graph() throws Exception {
        String update = "INSERT DATA { GRAPH <" + article("u1") + "> { <" + ID + "person/choe-son-hui> <"
                + RDFS.label + "> \"Choe Son Hui\"@en } }";

        HttpResponse<String> response = Http.update(dataset + "/update", update, server.credentials());

        assertEquals(204, response.statusCode(), "success, no content");
        assertEquals(List.of("g", article("u1")), rows(Http.query(dataset + "/sparql",
                "SELECT ?g WHERE { GRAPH ?g { <" + ID + "person/choe-son-hui> ?p ?o } }")));
        assertEquals(List.of("s", ID + "person/choe-son-hui"), rows(Http.query(dataset + "/sparql",
                "SELECT ?s WHERE { ?s <" + RDFS.label + "> \"Choe Son Hui\"@en }")));
    }

    @Test
    void graph_store_put_without_login_is_refused() throws Exception {
        String url = dataset + "/data?graph=" + Http.encode(article("p0"));
        String turtle = "<" + ID + "x> <" + RDFS.label + "> \"x\" .";

        assertEquals(401, Http.put(url, "text/turtle", turtle, null).statusCode());
        assertEquals(404, Http.get(dataset + "/get?graph=" + Http.encode(article("p0"))).statusCode());
    }

    @Test
    void remote_store_replaces_a_graph_rather_than_adding_to_it() throws Exception {
        RemoteStore remote = RemoteStore.to(server.url(), Credentials.USER, server.credentials().password());
        Model model = person("Q56226", "Kim Jong Un");
        model.add(model.createResource(ID + "person/Q56226"), RDFS.label, "김정은", "ko");

        remote.replaceGraph(article("r1"), model);
        assertEquals(3, triplesIn(article("r1")));
        remote.replaceGraph(article("r1"), model);
        assertEquals(3, triplesIn(article("r1")));

        Model served = ModelFactory.createDefaultModel().read(dataset + "/get?graph=" + Http.encode(article("r1")));
        assertTrue(served.isIsomorphicWith(model), "the graph served is the graph sent");
    }

    @Test
    void remote_store_with_wrong_password_names_the_endpoint_and_status() {
        RemoteStore remote = RemoteStore.to(server.url(), Credentials.USER, "not-the-password");

        StoreException e = assertThrows(StoreException.class,
                () -> remote.replaceGraph(article("r2"), person("Q7747", "Vladimir Putin")));

        assertTrue(e.getMessage().contains(dataset + "/data"), e.getMessage());
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertTrue(e.getMessage().contains("password is wrong or missing"), e.getMessage());
    }

    @Test
    void text_query_finds_a_label_sent_to_the_server() throws Exception {
        RemoteStore.to(server.url(), Credentials.USER, server.credentials().password())
                .replaceGraph(article("t1"), person("Q56226", "Kim Jong Un"));

        HttpResponse<String> response = Http.query(dataset + "/sparql", """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?s WHERE { ?s text:query (rdfs:label "jong") }
                """);

        assertEquals(200, response.statusCode());
        assertEquals(List.of("s", ID + "person/Q56226"), rows(response));
    }

    @Test
    void admin_pages_are_guarded_by_shiro() throws Exception {
        // Local requests may use the admin API (the console needs it); remote ones get 403, see ServerNetworkTest.
        assertEquals(200, Http.get(server.url() + "/$/server").statusCode());
    }

    private static long triplesIn(String graph) throws Exception {
        List<String> rows = rows(Http.query(dataset + "/sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"));
        return Long.parseLong(rows.get(1));
    }

    // CSV results, one line per row, header first; our values never need quoting.
    private static List<String> rows(HttpResponse<String> response) {
        return response.body().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String article(String id) {
        return ID + "article/" + id;
    }

    private static Model person(String qid, String label) {
        Model model = ModelFactory.createDefaultModel();
        Resource person = model.createResource(ID + "person/" + qid);
        person.addProperty(RDF.type, model.createResource(DIP + "Person"));
        person.addProperty(RDFS.label, label, "en");
        return model;
    }
}
