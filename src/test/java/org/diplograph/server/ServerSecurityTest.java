package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.Iris;
import org.diplograph.store.RemoteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with an admin and a read-only reader login, a one-second query timeout and a result ceiling of 50:
 * each endpoint answers 401 without a login, 403 to the reader where it writes, and 200 to whoever may use it.
 */
class ServerSecurityTest {
    private static final String ADMIN_PW = "admin-Secret-4711";
    private static final String READER_PW = "reader-Secret-0815";
    private static final String ID = "https://w3id.org/diplograph/id/";

    @TempDir static Path dir;
    private static DiplographServer server;
    private static String dataset;
    private static final Login ADMIN = new Login(Credentials.USER, ADMIN_PW);
    private static final Login READER = new Login(Credentials.READER, READER_PW);

    private record Login(String user, String password) {}

    @BeforeAll
    static void start() {
        server = DiplographServer.create().store(dir).port(0)
                .environment(Map.of(Credentials.PASSWORD_ENV, ADMIN_PW, Credentials.READER_PASSWORD_ENV, READER_PW))
                .queryTimeout(Duration.ofSeconds(1)).maxResults(50).build().start();
        dataset = server.url() + "/diplomacy";
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 120; i++) m.add(m.createResource(ID + "person/p" + i), RDFS.label, "Person " + i);
        server.store().replaceGraph(ID + "article/many", m);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void query_needs_a_login_once_a_reader_exists_and_both_logins_may_read() throws Exception {
        String ask = "/sparql?query=" + Http.encode("ASK {}");
        assertEquals(401, get(dataset + ask, null).statusCode());
        assertEquals(200, get(dataset + ask, READER).statusCode());
        assertEquals(200, get(dataset + ask, ADMIN).statusCode());
        assertEquals(401, get(dataset + ask, new Login(Credentials.READER, "wrong")).statusCode());
        String graph = "/get?graph=" + Http.encode(ID + "article/many");
        assertEquals(401, get(dataset + graph, null).statusCode());
        assertEquals(200, get(dataset + graph, READER).statusCode());
    }

    @Test
    void update_is_401_without_login_403_for_the_reader_and_done_for_the_admin() throws Exception {
        String update = "INSERT DATA { GRAPH <" + ID + "article/u> { <" + ID + "x> <" + RDFS.label + "> \"x\" } }";
        assertEquals(401, send(post(dataset + "/update", "application/sparql-update", update), null).statusCode());
        assertEquals(403, send(post(dataset + "/update", "application/sparql-update", update), READER).statusCode());
        assertEquals(204, send(post(dataset + "/update", "application/sparql-update", update), ADMIN).statusCode());
    }

    @Test
    void the_default_graph_holding_the_summary_is_not_written_even_by_the_admin() throws Exception {
        String update = "INSERT DATA { <" + ID + "intruder> <" + RDFS.label + "> \"intruder\" }";
        HttpResponse<String> inserted = send(post(dataset + "/update", "application/sparql-update", update), ADMIN);
        assertEquals(403, inserted.statusCode(), inserted.body());
        assertTrue(inserted.body().contains("holds its own counts"), inserted.body());
        String pattern = "INSERT { <" + ID + "intruder> <" + RDFS.label + "> \"intruder\" } WHERE {}";
        assertEquals(403, send(post(dataset + "/update", "application/sparql-update", pattern), ADMIN).statusCode());
        int put = send(put(dataset + "/data?default", "<" + ID + "intruder> <" + RDFS.label + "> \"intruder\" ."), ADMIN).statusCode();
        assertEquals(403, put);
        String named = dataset + "/data?graph=" + Http.encode(Iris.SUMMARY_GRAPH);
        assertEquals(403, send(put(named, "<" + ID + "intruder> <" + RDFS.label + "> \"intruder\" ."), ADMIN).statusCode());
        // Quads for the whole dataset, one of them in the default graph: refused, and the article graph beside it
        // is not written either.
        String trig = "<" + ID + "intruder> <" + RDFS.label + "> \"intruder\" . <" + ID + "article/beside> { <" + ID
                + "x> <" + RDFS.label + "> \"beside\" }";
        HttpResponse<String> quads = send(HttpRequest.newBuilder(URI.create(dataset + "/data")).header("Content-Type", "application/trig")
                .POST(HttpRequest.BodyPublishers.ofString(trig)), ADMIN);
        assertEquals(403, quads.statusCode(), quads.body());
        HttpResponse<String> beside = send(HttpRequest.newBuilder(URI.create(dataset + "/sparql?query="
                + Http.encode("ASK { GRAPH <" + ID + "article/beside> { ?s ?p ?o } }"))).header("Accept", "text/csv").GET(), READER);
        assertEquals("false", beside.body().lines().skip(1).findFirst().orElse("").strip(), beside.body());
        String ask = "ASK { GRAPH <urn:x-arq:DefaultGraph> { ?s <" + RDFS.label + "> \"intruder\" } }";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(dataset + "/sparql?query=" + Http.encode(ask)))
                .header("Accept", "text/csv").GET(), READER);
        assertEquals("false", answer.body().lines().skip(1).findFirst().orElse("").strip(), answer.body());
    }

    @Test
    void graph_store_write_is_401_without_login_403_for_the_reader_and_done_for_the_admin() throws Exception {
        String url = dataset + "/data?graph=" + Http.encode(ID + "article/w");
        String turtle = "<" + ID + "y> <" + RDFS.label + "> \"y\" .";
        assertEquals(401, send(put(url, turtle), null).statusCode());
        assertEquals(403, send(put(url, turtle), READER).statusCode());
        int status = send(put(url, turtle), ADMIN).statusCode();
        assertTrue(status == 200 || status == 201 || status == 204, "written: " + status);
    }

    @Test
    void admin_actions_are_401_without_login_403_for_the_reader_and_done_for_the_admin() throws Exception {
        // Setting the dataset active (as it is) is an admin action that changes nothing and finishes at once.
        String activate = server.url() + "/$/datasets/diplomacy?state=active";
        assertEquals(401, send(post(activate, "text/plain", ""), null).statusCode());
        assertEquals(403, send(post(activate, "text/plain", ""), READER).statusCode());
        assertEquals(200, send(post(activate, "text/plain", ""), ADMIN).statusCode());
        assertEquals(401, send(post(server.url() + "/$/backup/diplomacy", "text/plain", ""), null).statusCode());
        assertEquals(200, get(server.url() + "/$/ping", null).statusCode());
    }

    @Test
    void passwd_file_holds_both_logins_for_the_owner_only() throws Exception {
        Path passwd = dir.resolve("passwd");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwd)));
        String content = Files.readString(passwd);
        assertTrue(content.contains("admin: " + ADMIN_PW + "\n") && content.contains("reader: " + READER_PW + "\n"));
    }

    @Test
    void a_pathological_query_is_stopped_by_the_timeout_while_others_are_answered() throws Exception {
        String cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p1 ?b . ?c ?p2 ?d . ?e ?p3 ?f . ?g ?p4 ?h . ?i ?p5 ?j }";
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> query(cartesian));
        List<Integer> during = new ArrayList<>();
        while (!slow.isDone() && during.size() < 50) {
            during.add(query("SELECT ?s WHERE { ?s ?p \"Person 7\" }").statusCode());
        }
        HttpResponse<String> stopped = slow.get();
        double seconds = (System.nanoTime() - t0) / 1e9;

        assertEquals(503, stopped.statusCode(), stopped.body());
        assertTrue(seconds < 10, "stopped after " + seconds + " s");
        assertFalse(during.isEmpty(), "other queries ran meanwhile");
        assertTrue(during.stream().allMatch(s -> s == 200), during.toString());
        assertEquals(200, query("ASK { ?s ?p ?o }").statusCode());
    }

    @Test
    void results_are_cut_at_the_ceiling_and_smaller_limits_are_kept() throws Exception {
        assertEquals(50, rows(query("SELECT ?s ?o WHERE { ?s <" + RDFS.label + "> ?o }")));
        assertEquals(50, rows(query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1000")));
        assertEquals(7, rows(query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 7")));
        HttpResponse<String> construct = send(HttpRequest.newBuilder(URI.create(dataset + "/sparql?query="
                + Http.encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))).header("Accept", "application/n-triples").GET(), READER);
        assertEquals(50, construct.body().lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    void another_site_gets_no_cross_origin_permission() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(dataset + "/sparql?query=" + Http.encode("ASK {}")))
                .header("Origin", "http://evil.example").GET(), READER);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().map().toString());
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(dataset + "/update"))
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), null);
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().map().toString());
    }

    @Test
    void no_password_reaches_the_log_or_the_console() throws Exception {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        Path other = Files.createTempDirectory("secret-log");
        System.setOut(both);
        System.setErr(both);
        String generated;
        try (DiplographServer s = DiplographServer.create().store(other).port(0).environment(Map.of()).build().start()) {
            generated = s.credentials().password();
            Login admin = new Login(Credentials.USER, generated);
            RemoteStore.to(s.url(), Credentials.USER, generated).replaceGraph(ID + "article/log",
                    ModelFactory.createDefaultModel().add(ModelFactory.createDefaultModel().createResource(ID + "z"), RDFS.label, "z"));
            send(post(s.url() + "/diplomacy/update", "application/sparql-update", "CLEAR GRAPH <" + ID + "article/none>"), admin);
            send(post(s.url() + "/diplomacy/update", "application/sparql-update", "CLEAR GRAPH <" + ID + "article/none>"),
                    new Login(Credentials.USER, generated + "x"));
            send(post(s.url() + "/$/datasets/diplomacy?state=active", "text/plain", ""), admin);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("/diplomacy/data"), "the requests were logged: " + log);
        assertFalse(log.contains(generated), log);
        assertFalse(log.contains(Base64.getEncoder().encodeToString(("admin:" + generated).getBytes(StandardCharsets.UTF_8))), log);
    }

    private static HttpResponse<String> query(String q) {
        try {
            return send(HttpRequest.newBuilder(URI.create(dataset + "/sparql?query=" + Http.encode(q)))
                    .header("Accept", "text/csv").GET(), READER);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long rows(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv.body());
        return csv.body().lines().filter(l -> !l.isBlank()).count() - 1;
    }

    private static HttpResponse<String> get(String url, Login login) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), login);
    }

    private static HttpRequest.Builder post(String url, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder put(String url, String turtle) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Login login) throws Exception {
        if (login != null) {
            String pair = login.user() + ":" + login.password();
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        // A client of its own, so a fresh connection: a POST is not retried on a kept-alive connection the
        // server has just closed, and the test would fail on the connection instead of on the status.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
