package org.diplograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.diplograph.cli.CliRun;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over the bundled examples, through the real CLI, CoreNLP models, TDB2 store and Fuseki server.
 * Slow (loads the models once), so it runs in the integration-test phase.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestIT {
    @TempDir static Path tmp;
    Path store;

    @BeforeAll
    void ingest_examples() {
        store = tmp.resolve("store");
        CliRun r = CliRun.of("ingest", "--store", store.toString(), "examples");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)\\d+ articles, \\d+ events, \\d+ triples, 0 failures, .*"), r.out());
    }

    private List<JsonObject> events() throws Exception {
        Path file = tmp.resolve("events.jsonl");
        CliRun r = CliRun.of("export", "--store", store.toString(), "--format", "events-jsonl", "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonObject> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) out.add(JsonParser.parseString(line).getAsJsonObject());
        return out;
    }

    private static List<String> qids(JsonObject e) {
        List<String> q = new ArrayList<>();
        e.getAsJsonArray("participants").forEach(p -> q.add(p.getAsJsonObject().get("wikidata").isJsonNull() ? null
                : p.getAsJsonObject().get("wikidata").getAsString()));
        return q;
    }

    @Test
    void golden_reference_facts_give_the_kim_shoigu_meeting_in_vladivostok_reported_by_kcna() throws Exception {
        List<JsonObject> mine = events().stream()
                .filter(e -> e.getAsJsonArray("articles").get(0).getAsString().equals("001-kim-shoigu-vladivostok")).toList();
        JsonObject meeting = mine.stream().filter(e -> e.get("type").getAsString().equals("Meeting")
                && qids(e).containsAll(List.of("Q56226", "Q32024")) && "2023-09-16".equals(str(e, "date"))).findFirst().orElse(null);
        assertNotNull(meeting, "Kim-Shoigu meeting on 2023-09-16 in " + mine);
        assertEquals("Q959", meeting.getAsJsonObject("location").get("wikidata").getAsString());
        assertTrue(meeting.getAsJsonArray("reportedBy").toString().contains("KCNA"), meeting.toString());
        assertTrue(meeting.getAsJsonArray("evidence").size() >= 1);
        assertTrue(mine.stream().anyMatch(e -> e.get("type").getAsString().equals("Visit") && qids(e).equals(List.of("Q56226"))
                && !e.get("location").isJsonNull() && "Q959".equals(str(e.getAsJsonObject("location"), "wikidata"))), mine.toString());
    }

    @Test
    void planned_meeting_and_denied_call_yield_no_happened_event() throws Exception {
        List<String> articles = new ArrayList<>();
        for (JsonObject e : events()) e.getAsJsonArray("articles").forEach(a -> articles.add(a.getAsString()));
        assertTrue(articles.stream().noneMatch(a -> a.startsWith("004-")), articles.toString());
        assertTrue(articles.stream().noneMatch(a -> a.startsWith("005-")), articles.toString());
    }

    @Test
    void ingesting_the_same_files_twice_gives_the_same_triples() {
        long before = quads();
        CliRun again = CliRun.of("ingest", "--store", store.toString(), "examples");
        assertEquals(0, again.exit(), again.err());
        assertEquals(before, quads());
    }

    private long quads() {
        try (Store s = Store.open(store, null)) {
            return s.quadCount();
        }
    }

    @Test
    void ingested_store_conforms_to_the_shapes() {
        Graph shapes = RDFDataMgr.loadGraph("ontology/shapes.ttl");
        try (Store s = Store.open(store, null)) {
            ValidationReport report = Txn.calculateRead(s.dataset(),
                    () -> ShaclValidator.get().validate(shapes, s.dataset().getUnionModel().getGraph()));
            assertTrue(report.conforms(), () -> report.getEntries().toString());
        }
    }

    @Test
    void bad_input_is_reported_by_file_and_line_and_the_rest_still_goes_in() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(Path.of("examples/009-putin-lukashenko-minsk.txt"), dir.resolve("good.txt"));
        Files.writeString(dir.resolve("nodate.txt"), "Kim met Putin.\n");
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 3});
        Path other = tmp.resolve("other-store");
        CliRun r = CliRun.of("ingest", "--store", other.toString(), dir.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("nodate.txt:1: missing date line"), r.err());
        assertTrue(r.err().contains("binary.txt:1: binary data"), r.err());
        assertTrue(r.out().startsWith("1 articles"), r.out());
        try (Store s = Store.open(other, null)) {
            assertTrue(s.quadCount() > 0);
        }
    }

    @Test
    void server_on_port_zero_answers_a_named_query_guards_updates_and_serves_the_console() throws Exception {
        DiplographServer server = DiplographServer.create().store(store).port(0).build().start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String q = Files.readString(Path.of("queries/co-participation.rq"));
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/diplomacy/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, res.statusCode());
            assertTrue(res.body().contains("Sergei Shoigu") && res.body().contains("Kim Jong"), res.body());
            String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }";
            HttpRequest anonymous = HttpRequest.newBuilder(URI.create(server.url() + "/diplomacy/update"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build();
            assertEquals(401, http.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode());
            String auth = java.util.Base64.getEncoder().encodeToString(("admin:" + server.credentials().password()).getBytes(StandardCharsets.UTF_8));
            // The form encoding of the SPARQL protocol answers 200 with a body (the raw update type answers 204).
            HttpRequest loggedIn = HttpRequest.newBuilder(URI.create(server.url() + "/diplomacy/update")).header("Authorization", "Basic " + auth)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8))).build();
            assertEquals(200, http.send(loggedIn, HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> console = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, console.statusCode());
            assertTrue(console.body().toLowerCase().contains("<html"));
        } finally {
            server.stop();
        }
    }

    @Test
    void query_verb_binds_a_person_by_qid_or_label() {
        CliRun byQid = CliRun.of("query", "--store", store.toString(), "meetings-of-person", "--param", "person=Q56226", "--format", "csv");
        assertEquals(0, byQid.exit(), byQid.err());
        assertTrue(byQid.out().contains("Shoigu"), byQid.out());
        CliRun byLabel = CliRun.of("query", "--store", store.toString(), "meetings-of-person", "--param", "person=Kim Jong-un", "--format", "csv");
        assertEquals(0, byLabel.exit(), byLabel.err());
        assertEquals(byQid.out(), byLabel.out());
    }

    @Test
    void three_spellings_of_the_russian_defence_minister_are_one_entity_with_his_qid() {
        String q = """
                PREFIX dip: <https://w3id.org/diplograph/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT DISTINCT ?person ?id WHERE {
                  ?r dip:reports ?e ; dip:inArticle/dip:articleId ?id .
                  ?e dip:participant ?person .
                  ?person owl:sameAs <http://www.wikidata.org/entity/Q32024> .
                }""";
        java.util.Set<String> people = new java.util.TreeSet<>(), articles = new java.util.TreeSet<>();
        try (Store s = Store.open(store, null)) {
            Txn.executeRead(s.dataset(), () -> org.apache.jena.query.QueryExecution.dataset(s.dataset()).query(q).build().execSelect()
                    .forEachRemaining(row -> {
                        people.add(row.getResource("person").getURI());
                        articles.add(row.getLiteral("id").getString());
                    }));
        }
        assertEquals(java.util.Set.of("https://w3id.org/diplograph/id/person/Q32024"), people);
        assertTrue(articles.containsAll(List.of("001-kim-shoigu-vladivostok", "007-shoygu-li-shangfu-moscow",
                "008-russian-defence-minister-pyongyang")), articles.toString());
    }

    @Test
    void an_office_resolves_to_its_holder_on_the_article_date() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("offices"));
        Files.writeString(dir.resolve("y2023.txt"), " date 2023-10-19 Minister in Beijing\n\nThe Russian defence minister arrived in Beijing on Tuesday for a security forum.\n");
        Files.writeString(dir.resolve("y2025.txt"), " date 2025-03-12 Minister in Beijing\n\nThe Russian defence minister arrived in Beijing on Tuesday for a security forum.\n");
        Path other = tmp.resolve("office-store");
        assertEquals(0, CliRun.of("ingest", "--store", other.toString(), dir.toString()).exit());
        Path out = tmp.resolve("office-events.jsonl");
        assertEquals(0, CliRun.of("export", "--store", other.toString(), "--format", "events-jsonl", "--out", out.toString()).exit());
        java.util.Map<String, String> visitorByArticle = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(out)) {
            JsonObject e = JsonParser.parseString(line).getAsJsonObject();
            visitorByArticle.put(e.getAsJsonArray("articles").get(0).getAsString(), qids(e).get(0));
        }
        assertEquals(java.util.Map.of("y2023", "Q32024", "y2025", "Q4082839"), visitorByArticle);
    }

    @Test
    void meetings_near_moscow_include_moscow_and_leave_out_beijing() {
        CliRun r = CliRun.of("query", "--store", store.toString(), "meetings-near", "--param", "place=Moscow", "--param", "km=500", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("007-shoygu-li-shangfu-moscow") && r.out().contains("013-xi-putin-moscow"), r.out());
        assertTrue(!r.out().contains("006-xi-lula-beijing-xinhua"), r.out());
        CliRun wide = CliRun.of("query", "--store", store.toString(), "meetings-near", "--param", "place=Moscow", "--param", "km=6000", "--format", "csv");
        assertTrue(wide.out().contains("006-xi-lula-beijing-xinhua"), wide.out());
    }

    private static String str(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }
}
