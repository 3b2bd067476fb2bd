package org.diplograph.query;

import static org.diplograph.query.TestStore.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The server's warm-up runs every named query it can bind, reports what it left out, and stops when closed. */
class WarmUpTest {
    private static final List<String> REMOTE = List.of("enrich-birth-dates", "enrich-coordinates", "enrich-positions");

    @Test
    void runs_every_named_query_without_a_remote_service_each_round() throws Exception {
        Dataset world = load("world.trig");
        try (WarmUp warm = WarmUp.start(world, TestStore.QUERIES, 2)) {
            WarmUp.Report r = warm.await(Duration.ofSeconds(60));
            assertNotNull(r, "ended within a minute");
            assertEquals(List.of(), r.failures());
            assertEquals(REMOTE, r.left());
            assertEquals(2 * (TestStore.QUERIES.list().size() - REMOTE.size()), r.runs());
        }
    }

    @Test
    void samples_a_meeting_that_is_in_the_store() {
        Dataset world = load("world.trig");
        Map<String, Node> v = SampleValues.of(world);
        for (String name : List.of("person", "entity", "place", "countryA", "countryB", "source", "event", "km", "from", "to")) {
            assertNotNull(v.get(name), name);
        }
        assertNotEquals(v.get("countryA"), v.get("countryB"));
        String ask = "PREFIX dip: <https://w3id.org/diplograph/ontology#> ASK { ?e a dip:Meeting ; dip:participant ?p ;"
                + " dip:location ?place ; dip:reportedBy ?src . ?p dip:affiliation ?c }";
        boolean found = Txn.calculateRead(world, () -> QueryExec.dataset(world.asDatasetGraph()).query(ask)
                .substitution("e", v.get("event")).substitution("p", v.get("person")).substitution("place", v.get("place"))
                .substitution("src", v.get("source")).substitution("c", v.get("countryA")).ask());
        assertTrue(found, "the sampled event, person, place, source and country belong together: " + v);
    }

    @Test
    void an_empty_store_leaves_out_the_queries_that_need_a_value() throws Exception {
        Dataset empty = load();
        try (WarmUp warm = WarmUp.start(empty, TestStore.QUERIES, 1)) {
            WarmUp.Report r = warm.await(Duration.ofSeconds(60));
            assertNotNull(r);
            assertEquals(List.of(), r.failures());
            assertTrue(r.left().containsAll(List.of("meetings-of-person", "visits-to", "contacts-between-countries", "timeline")), r.left().toString());
            assertTrue(r.left().containsAll(REMOTE), r.left().toString());
            assertTrue(r.runs() > 0 && r.runs() == TestStore.QUERIES.list().size() - r.left().size(),
                    "the queries without required values still ran: " + r);
        }
    }

    @Test
    void close_stops_it_between_two_queries() throws Exception {
        Dataset world = load("world.trig");
        int rounds = 10_000;
        WarmUp warm = WarmUp.start(world, TestStore.QUERIES, rounds);
        Thread.sleep(200);
        warm.close();
        WarmUp.Report r = warm.await(Duration.ofSeconds(30));
        assertNotNull(r, "ended soon after close");
        int planned = rounds * (TestStore.QUERIES.list().size() - REMOTE.size());
        assertTrue(r.runs() < planned / 100, "stopped early: " + r.runs() + " of " + planned + " runs");
    }
}
