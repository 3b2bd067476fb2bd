package org.diplograph.query;

import static org.diplograph.query.NamedQueryResultsTest.A1;
import static org.diplograph.query.NamedQueryResultsTest.A2;
import static org.diplograph.query.NamedQueryResultsTest.A3;
import static org.diplograph.query.NamedQueryResultsTest.CHINA_KIM;
import static org.diplograph.query.NamedQueryResultsTest.CHOE_LAVROV;
import static org.diplograph.query.NamedQueryResultsTest.KCNA;
import static org.diplograph.query.NamedQueryResultsTest.KIM_LAVROV;
import static org.diplograph.query.NamedQueryResultsTest.KIM_PUTIN;
import static org.diplograph.query.NamedQueryResultsTest.KIM_SHOIGU;
import static org.diplograph.query.NamedQueryResultsTest.KIM_VLADIVOSTOK;
import static org.diplograph.query.NamedQueryResultsTest.LAVROV_VISIT;
import static org.diplograph.query.TestStore.ID;
import static org.diplograph.query.TestStore.load;
import static org.diplograph.query.TestStore.row;
import static org.diplograph.query.TestStore.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rows of the three queries the explorer page reads ({@code explore-pairs}, {@code explore-network},
 * {@code explore-events}) on {@code world.trig}, worked out by hand, their pages, and the way the page binds its
 * values: a VALUES block on the line each query marks inside its page.
 */
class ExplorerQueriesTest {
    private static final String KIM = ID + "person/Q56226";
    private static final String CHOE = ID + "person/choe-son-hui";
    private static final String NORTH_KOREA = ID + "country/Q423";

    static Dataset world;

    @BeforeAll
    static void loadWorld() {
        world = load("world.trig");
    }

    @Test
    void the_top_pairs_are_co_participations_with_each_partys_kind_and_country_as_the_network_gives_them() {
        QueryResult pairs = run(world, "explore-pairs");
        List<String> coParticipation = run(world, "co-participation", "limit", "0").textRows().stream()
                .map(r -> r.get("a") + " " + r.get("b") + " " + r.get("sharedEvents") + " " + r.get("firstDate") + " " + r.get("lastDate"))
                .toList();
        assertEquals(coParticipation, pairs.textRows().stream()
                .map(r -> r.get("a") + " " + r.get("b") + " " + r.get("sharedEvents") + " " + r.get("firstDate") + " " + r.get("lastDate"))
                .toList());
        Map<String, String> described = new java.util.TreeMap<>();
        run(world, "explore-network").textRows().forEach(r ->
                described.put(r.get("party"), r.get("label") + " " + r.get("kind") + " " + r.get("country") + " " + r.get("countryLabel")));
        for (Map<String, String> r : pairs.textRows()) {
            for (String side : List.of("a", "b")) {
                assertEquals(described.get(r.get(side)), r.get(side + "Label") + " " + r.get(side + "Kind") + " "
                        + r.get(side + "Country") + " " + r.get(side + "CountryLabel"), r.get(side));
            }
        }
        assertEquals(pairs.textRows().subList(0, 1), run(world, "explore-pairs", "limit", "1").textRows());
    }

    @Test
    void the_network_has_a_row_per_party_of_each_dated_event_that_happened_oldest_first() {
        QueryResult r = run(world, "explore-network");
        // Nine dated events with two parties each; the planned Moscow trip and the undated meeting are not among them.
        assertEquals(18, r.size());
        assertEquals(List.of(ID + "event/phonecall/putin-xi-2023", KIM_PUTIN, KIM_SHOIGU, KIM_VLADIVOSTOK, LAVROV_VISIT,
                CHOE_LAVROV, ID + "event/meeting/lavrov-wang-yi-202311", ID + "event/phonecall/erdogan-putin-20231128", CHINA_KIM),
                r.column("event").stream().distinct().toList());
        assertEquals(Set.of(KIM, CHOE, ID + "person/sergei-shoigu", ID + "person/Q7747", ID + "person/sergey-lavrov",
                ID + "person/Q15031", ID + "person/Q39259", ID + "person/wang-yi", ID + "country/Q148"),
                Set.copyOf(r.column("party")));
        assertTrue(r.column("event").stream().noneMatch(e -> e.contains("/unrealised/") || e.equals(KIM_LAVROV)));
    }

    @Test
    void a_visits_host_is_a_party_with_its_country_and_the_venues_country() {
        List<Map<String, String>> lavrovVisit = rowsOf(run(world, "explore-network"), LAVROV_VISIT);
        assertEquals(List.of(
                row("event", LAVROV_VISIT, "type", "Visit", "date", "2023-10-18", "location", "Pyongyang",
                        "venueCountry", NORTH_KOREA, "party", CHOE, "label", "Choe Son Hui", "kind", "Person",
                        "country", NORTH_KOREA, "countryLabel", "North Korea"),
                row("event", LAVROV_VISIT, "type", "Visit", "date", "2023-10-18", "location", "Pyongyang",
                        "venueCountry", NORTH_KOREA, "party", ID + "person/sergey-lavrov", "label", "Sergey Lavrov",
                        "kind", "Person", "country", ID + "country/Q159", "countryLabel", "Russia")),
                lavrovVisit);
    }

    @Test
    void a_country_taking_part_is_its_own_country() {
        QueryResult r = run(world, "explore-network");
        assertEquals(row("event", CHINA_KIM, "type", "Meeting", "date", "2023-11-30", "location", "Pyongyang",
                "venueCountry", NORTH_KOREA, "party", ID + "country/Q148", "label", "China", "kind", "Country",
                "country", ID + "country/Q148", "countryLabel", "China"), rowsOf(r, CHINA_KIM).get(0));
    }

    @Test
    void a_period_keeps_the_events_whose_date_overlaps_it_at_any_precision() {
        QueryResult r = run(world, "explore-network", "from", "2023-09-16", "to", "2023-10");
        // The year 2023 and the month 2023-09 overlap the period, as events-in-range counts them; November does not.
        assertEquals(List.of(ID + "event/phonecall/putin-xi-2023", KIM_PUTIN, KIM_SHOIGU, KIM_VLADIVOSTOK, LAVROV_VISIT, CHOE_LAVROV),
                r.column("event").stream().distinct().toList());
        assertEquals(run(world, "events-in-range", "from", "2023-09-16", "to", "2023-10").column("event"),
                r.column("event").stream().distinct().toList());
    }

    @Test
    void pages_of_the_network_are_rows_that_read_one_after_the_other_give_the_whole_network() {
        List<Map<String, String>> whole = run(world, "explore-network").textRows();
        List<Map<String, String>> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 5) {
            List<Map<String, String>> page = run(world, "explore-network", "limit", "5", "offset", String.valueOf(offset)).textRows();
            assertEquals(Math.min(5, whole.size() - offset), page.size());
            paged.addAll(page);
        }
        assertEquals(whole, paged);
    }

    @Test
    void the_page_binds_the_period_on_the_line_the_query_marks_as_it_does_by_substitution() {
        String text = TestStore.QUERIES.get("explore-network").text()
                .replace("# explorer: bindings", "VALUES ?from { \"2023-11\" } VALUES ?to { \"2023-12-31\" }");
        List<String> events = new ArrayList<>();
        Txn.executeRead(world, () -> QueryExecution.dataset(world).query(text).build().execSelect()
                .forEachRemaining(s -> events.add(s.getResource("event").getURI())));
        assertEquals(run(world, "explore-network", "from", "2023-11", "to", "2023-12-31").column("event"), events);
        assertEquals(List.of(ID + "event/phonecall/putin-xi-2023", ID + "event/phonecall/putin-xi-2023",
                ID + "event/meeting/lavrov-wang-yi-202311", ID + "event/meeting/lavrov-wang-yi-202311",
                ID + "event/phonecall/erdogan-putin-20231128", ID + "event/phonecall/erdogan-putin-20231128",
                CHINA_KIM, CHINA_KIM), events);
    }

    @Test
    void a_partys_events_come_one_row_per_statement_oldest_first_undated_last() {
        QueryResult r = run(world, "explore-events", "entity", "Kim Jong Un");
        assertEquals(List.of(KIM_PUTIN, KIM_PUTIN, KIM_SHOIGU, KIM_VLADIVOSTOK, CHINA_KIM, KIM_LAVROV), r.column("event"));
        assertEquals(List.of(A1, A2, A1, A1, A3, A3), r.column("article"));
        assertEquals(row("entity", KIM, "event", KIM_SHOIGU, "type", "Meeting", "date", "2023-09-16", "dateText", "on Saturday",
                "participants", "Kim Jong Un; Sergei Shoigu", "hosts", "Sergei Shoigu", "location", "Vladivostok", "reportedBy", KCNA, "article", A1,
                "title", "N. Korea's Kim, Russian defence chief discuss deeper ties", "sentence", "1",
                "evidence", "North Korean leader Kim Jong Un discussed \"practical issues\" related to the deepening of "
                        + "military cooperation with Russia when meeting with Russian Defense Minister Sergei Shoigu in "
                        + "Vladivostok, North Korean state media reported Sunday."),
                r.textRows().get(2));
    }

    @Test
    void a_host_gets_the_visit_it_hosted() {
        QueryResult r = run(world, "explore-events", "entity", "Choe Son Hui");
        assertEquals(List.of(
                row("entity", CHOE, "event", LAVROV_VISIT, "type", "Visit", "date", "2023-10-18", "dateText", "on Wednesday",
                        "participants", "Sergey Lavrov", "hosts", "Choe Son Hui", "location", "Pyongyang", "reportedBy", "TASS", "article", A2,
                        "title", "Russia's Lavrov holds talks in Pyongyang", "sentence", "0",
                        "evidence", "Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Wednesday, TASS said."),
                row("entity", CHOE, "event", CHOE_LAVROV, "type", "Meeting", "date", "2023-10-19", "dateText", "on Thursday",
                        "participants", "Choe Son Hui; Sergey Lavrov", "hosts", "Choe Son Hui", "location", "Pyongyang", "reportedBy", KCNA + "; TASS", "article", A2,
                        "title", "Russia's Lavrov holds talks in Pyongyang", "sentence", "1",
                        "evidence", "Lavrov held talks with his North Korean counterpart Choe Son Hui on Thursday, "
                                + "according to TASS and KCNA.")),
                r.textRows());
    }

    @Test
    void without_a_party_every_partys_statements_are_listed() {
        QueryResult r = run(world, "explore-events");
        // Twenty (party, event) pairs with one statement each, plus the second statement of Kim and Putin's summit.
        assertEquals(22, r.size());
        assertEquals(9, Set.copyOf(r.column("entity")).size());
    }

    @Test
    void the_page_binds_the_party_on_the_line_the_query_marks_as_it_does_by_substitution() {
        String text = TestStore.QUERIES.get("explore-events").text()
                .replace("# explorer: bindings", "VALUES ?entity { <" + KIM + "> }");
        List<String> events = new ArrayList<>();
        Txn.executeRead(world, () -> QueryExecution.dataset(world).query(text).build().execSelect()
                .forEachRemaining(s -> events.add(s.getResource("event").getURI())));
        assertEquals(run(world, "explore-events", "entity", "Q56226").column("event"), events);
        assertEquals(6, events.size());
    }

    @Test
    void a_partys_events_come_a_page_of_events_at_a_time_with_all_their_statements() {
        // Kim's events: the summit (two statements), the Shoigu meeting, the Vladivostok visit, China, the undated one.
        assertEquals(List.of(KIM_PUTIN, KIM_PUTIN, KIM_SHOIGU), run(world, "explore-events", "entity", "Kim Jong Un", "limit", "2").column("event"));
        assertEquals(List.of(KIM_VLADIVOSTOK, CHINA_KIM), run(world, "explore-events", "entity", "Kim Jong Un", "limit", "2", "offset", "2").column("event"));
        assertEquals(List.of(KIM_LAVROV), run(world, "explore-events", "entity", "Kim Jong Un", "limit", "2", "offset", "4").column("event"));
    }

    @Test
    void with_another_party_only_the_events_both_take_part_in_are_listed() {
        // Kim and Shoigu: the meeting in Vladivostok, and the visit there that Shoigu hosted.
        assertEquals(List.of(KIM_SHOIGU, KIM_VLADIVOSTOK),
                run(world, "explore-events", "entity", "Kim Jong Un", "other", "Sergei Shoigu").column("event"));
        assertEquals(List.of(LAVROV_VISIT, CHOE_LAVROV),
                run(world, "explore-events", "entity", "Choe Son Hui", "other", "Sergey Lavrov").column("event"));
        assertEquals(List.of(), run(world, "explore-events", "entity", "Choe Son Hui", "other", "Kim Jong Un").column("event"));
    }

    @Test
    void the_network_lists_each_partys_country_once() {
        Set<String> countries = new TreeSet<>();
        run(world, "explore-network").textRows().forEach(row -> countries.add(row.get("party") + " " + row.get("country")));
        assertEquals(9, countries.size());
    }

    private static List<Map<String, String>> rowsOf(QueryResult r, String event) {
        return r.textRows().stream().filter(row -> event.equals(row.get("event"))).toList();
    }
}
