package org.diplograph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.diplograph.link.wikidata.StubEndpoint.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikidataClientTest {
    static final String QUERY = "SELECT ?item WHERE { ?item ?p \"Charles Michel\"@en }";

    @TempDir Path cache;

    private WikidataClient client(String endpoint) {
        return WikidataClient.create().endpoint(endpoint).cache(cache).minInterval(Duration.ZERO)
                .timeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void sends_a_get_with_the_query_json_accept_and_user_agent_and_reads_the_rows() throws IOException {
        try (StubEndpoint stub = StubEndpoint.replying(Reply.ok(StubEndpoint.ONE_PERSON))) {
            SparqlResults rows = client(stub.endpoint()).select(QUERY);

            StubEndpoint.Request sent = stub.requests().get(0);
            assertEquals("GET", sent.method());
            assertEquals(QUERY, sent.query());
            assertEquals("application/sparql-results+json", sent.accept());
            assertEquals("Diplograph/0.1 (offline-first news knowledge graph; https://w3id.org/diplograph)", sent.userAgent());
            assertEquals(List.of("item", "description", "country", "office"), rows.vars());
            assertEquals(Map.of("item", "http://www.wikidata.org/entity/Q900000001",
                    "description", "stand-in Belgian politician",
                    "country", "http://www.wikidata.org/entity/Q31",
                    "office", "true"), rows.rows().get(0));
        }
    }

    @Test
    void an_answer_is_kept_on_disk_by_query_hash_so_a_new_client_sends_no_request() throws IOException {
        try (StubEndpoint stub = StubEndpoint.replying(Reply.ok(StubEndpoint.ONE_PERSON))) {
            SparqlResults first = client(stub.endpoint()).select(QUERY);
            WikidataClient second = client(stub.endpoint());
            SparqlResults again = second.select(QUERY);

            assertEquals(1, stub.requests().size());
            assertEquals(first, again);
            assertEquals(0, second.requests());
            assertEquals(1, second.cacheHits());
            String key = ResponseCache.key(QUERY);
            assertEquals(64, key.length());
            assertEquals(QUERY, Files.readString(cache.resolve(key + ".rq")));
            assertTrue(Files.readString(cache.resolve(key + ".json")).contains("Q900000001"));
        }
    }

    @Test
    void a_429_with_retry_after_is_retried_after_waiting_that_long() throws IOException {
        try (StubEndpoint stub = StubEndpoint.replying(Reply.status(429, Map.of("Retry-After", "1")),
                Reply.ok(StubEndpoint.ONE_PERSON))) {
            WikidataClient client = client(stub.endpoint());
            SparqlResults rows = client.select(QUERY);

            assertEquals(1, rows.rows().size());
            List<StubEndpoint.Request> sent = stub.requests();
            assertEquals(2, sent.size());
            assertEquals(2, client.requests());
            long gapMillis = (sent.get(1).nanos() - sent.get(0).nanos()) / 1_000_000;
            assertTrue(gapMillis >= 950, "waited only " + gapMillis + " ms");
        }
    }

    @Test
    void a_503_that_never_ends_fails_after_the_bounded_retries_naming_endpoint_and_status() throws IOException {
        try (StubEndpoint stub = StubEndpoint.replying(Reply.status(503, Map.of("Retry-After", "0")))) {
            WikidataClient client = WikidataClient.create().endpoint(stub.endpoint()).cache(cache)
                    .minInterval(Duration.ZERO).maxRetries(2).build();
            WikidataException e = assertThrows(WikidataException.class, () -> client.select(QUERY));

            assertEquals("Wikidata endpoint " + stub.endpoint() + " still answered HTTP 503 after 2 retries", e.getMessage());
            assertEquals(3, stub.requests().size());
            assertFalse(Files.exists(cache.resolve(ResponseCache.key(QUERY) + ".json")), "an error is never cached");
        }
    }

    @Test
    void a_retry_after_beyond_the_wait_budget_fails_at_once() throws IOException {
        try (StubEndpoint stub = StubEndpoint.replying(Reply.status(429, Map.of("Retry-After", "3600")))) {
            WikidataClient client = WikidataClient.create().endpoint(stub.endpoint()).cache(cache)
                    .maxRetryWait(Duration.ofSeconds(10)).build();
            long t0 = System.nanoTime();
            WikidataException e = assertThrows(WikidataException.class, () -> client.select(QUERY));

            assertEquals("Wikidata endpoint " + stub.endpoint() + " answered HTTP 429 and asked to wait 3600 s, beyond the 10 s"
                    + " this run may spend waiting", e.getMessage());
            assertEquals(1, stub.requests().size());
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        }
    }

    @Test
    void a_stalled_endpoint_times_out_with_one_line_naming_it() throws IOException {
        try (StubEndpoint stub = StubEndpoint.replying(Reply.stalled())) {
            WikidataClient client = WikidataClient.create().endpoint(stub.endpoint()).cache(cache)
                    .timeout(Duration.ofSeconds(1)).build();
            WikidataException e = assertThrows(WikidataException.class, () -> client.select(QUERY));

            assertEquals("Wikidata endpoint " + stub.endpoint() + " did not answer within 1 s", e.getMessage());
        }
    }

    @Test
    void requests_start_at_least_the_minimum_interval_apart() throws IOException {
        try (StubEndpoint stub = StubEndpoint.replying(Reply.ok(StubEndpoint.ONE_PERSON))) {
            WikidataClient client = WikidataClient.create().endpoint(stub.endpoint()).cache(cache)
                    .minInterval(Duration.ofMillis(400)).build();
            client.select(QUERY);
            client.select(QUERY + " LIMIT 1");
            client.select(QUERY + " LIMIT 2");

            List<StubEndpoint.Request> sent = stub.requests();
            assertEquals(3, sent.size());
            for (int i = 1; i < sent.size(); i++) {
                long gap = (sent.get(i).nanos() - sent.get(i - 1).nanos()) / 1_000_000;
                assertTrue(gap >= 390, "request " + i + " came " + gap + " ms after the one before");
            }
        }
    }

    @Test
    void an_http_error_names_the_status_and_the_first_line_of_the_body() throws IOException {
        try (StubEndpoint stub = StubEndpoint.replying(new Reply(400, Map.of(), "Parse error: line 1\nmore detail", false))) {
            WikidataException e = assertThrows(WikidataException.class, () -> client(stub.endpoint()).select(QUERY));

            assertEquals("Wikidata endpoint " + stub.endpoint() + " answered HTTP 400: Parse error: line 1", e.getMessage());
        }
    }

    @Test
    void an_answer_that_is_not_sparql_json_is_refused_and_not_cached() throws IOException {
        try (StubEndpoint stub = StubEndpoint.replying(Reply.ok("<html>maintenance</html>"))) {
            WikidataException e = assertThrows(WikidataException.class, () -> client(stub.endpoint()).select(QUERY));

            assertTrue(e.getMessage().startsWith("Not a SPARQL JSON result from " + stub.endpoint()), e.getMessage());
            assertFalse(Files.exists(cache.resolve(ResponseCache.key(QUERY) + ".json")));
        }
    }

    @Test
    void an_endpoint_nobody_listens_on_is_named() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port + "/sparql";
        WikidataException e = assertThrows(WikidataException.class, () -> client(endpoint).select(QUERY));

        assertTrue(e.getMessage().startsWith("Cannot reach Wikidata endpoint " + endpoint), e.getMessage());
    }

    @Test
    void an_endpoint_that_is_not_http_is_refused_by_name() {
        WikidataException e = assertThrows(WikidataException.class,
                () -> WikidataClient.create().endpoint("ftp://example.org/sparql"));

        assertEquals("Not an http(s) SPARQL endpoint URL: ftp://example.org/sparql", e.getMessage());
    }
}
