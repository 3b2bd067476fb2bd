package org.diplograph.query;

import static org.diplograph.query.TestStore.ID;
import static org.diplograph.query.TestStore.load;
import static org.diplograph.query.TestStore.row;
import static org.diplograph.query.TestStore.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rows each named query returns on small fixtures ({@code world.trig}: three articles; other files for
 * single behaviours). Expected rows are worked out by hand from the fixtures.
 */
class NamedQueryResultsTest {
    static final String KIM_SHOIGU = ID + "event/meeting/kim-shoigu-20230916";
    static final String KIM_VLADIVOSTOK = ID + "event/visit/kim-vladivostok-20230916";
    static final String KIM_PUTIN = ID + "event/meeting/kim-putin-202309";
    static final String LAVROV_VISIT = ID + "event/visit/lavrov-pyongyang-20231018";
    static final String CHOE_LAVROV = ID + "event/meeting/choe-lavrov-20231019";
    static final String PUTIN_XI = ID + "event/phonecall/putin-xi-2023";
    static final String ERDOGAN_PUTIN = ID + "event/phonecall/erdogan-putin-20231128";
    static final String CHINA_KIM = ID + "event/meeting/china-kim-20231130";
    static final String LAVROV_WANG = ID + "event/meeting/lavrov-wang-yi-202311";
    static final String KIM_LAVROV = ID + "event/meeting/kim-lavrov-none";
    static final String A1 = "000_1329b8f86764d7c3";
    static final String A2 = "a2-lavrov-pyongyang";
    static final String A3 = "a3-year-end";
    static final String KCNA = "Korean Central News Agency";

    static Dataset world;

    @BeforeAll
    static void loadWorld() {
        world = load("world.trig");
    }

    @Nested
    class MeetingsOfPerson {
        @Test
        void lists_the_persons_meetings_newest_first_with_undated_last() {
            QueryResult r = run(world, "meetings-of-person", "person", "Kim Jong Un");
            assertEquals(List.of(
                    row("event", CHINA_KIM, "date", "2023-11-30", "dateText", "on Thursday",
                            "participants", "China; Kim Jong Un", "location", "Pyongyang", "articles", A3),
                    row("event", KIM_SHOIGU, "date", "2023-09-16", "dateText", "on Saturday",
                            "participants", "Kim Jong Un; Sergei Shoigu", "location", "Vladivostok", "reportedBy", KCNA, "articles", A1),
                    row("event", KIM_PUTIN, "date", "2023-09", "dateText", "last month; last week",
                            "participants", "Kim Jong Un; Vladimir Putin", "location", "Vostochny Cosmodrome", "reportedBy", KCNA,
                            "articles", A1 + "; " + A2),
                    row("event", KIM_LAVROV, "participants", "Kim Jong Un; Sergey Lavrov", "articles", A3)),
                    r.textRows());
        }

        @Test
        void dates_keep_their_precision() {
            List<Map<String, Node>> rows = run(world, "meetings-of-person", "person", "Q56226").rows();
            assertEquals(XSDDatatype.XSDdate, rows.get(0).get("date").getLiteralDatatype());
            assertEquals(XSDDatatype.XSDgYearMonth, rows.get(2).get("date").getLiteralDatatype());
        }

        @Test
        void visits_and_calls_are_not_meetings() {
            assertEquals(List.of(), run(world, "meetings-of-person", "person", "Recep Tayyip Erdoğan").textRows());
        }
    }

    @Nested
    class ContactsBetweenCountries {
        @Test
        void finds_events_with_a_party_from_each_country_through_affiliation_and_hosting() {
            QueryResult r = run(world, "contacts-between-countries", "countryA", "North Korea", "countryB", "Q159");
            assertEquals(List.of(CHOE_LAVROV, LAVROV_VISIT, KIM_SHOIGU, KIM_VLADIVOSTOK, KIM_PUTIN, KIM_LAVROV), r.column("event"));
            // Lavrov's visit counts through its host, who is not a participant.
            assertEquals(row("event", LAVROV_VISIT, "type", "Visit", "date", "2023-10-18", "dateText", "on Wednesday",
                    "participants", "Sergey Lavrov", "location", "Pyongyang", "reportedBy", "TASS", "articles", A2),
                    r.textRows().get(1));
        }

        @Test
        void the_order_of_the_two_countries_does_not_matter() {
            assertEquals(run(world, "contacts-between-countries", "countryA", "Q423", "countryB", "Q159").textRows(),
                    run(world, "contacts-between-countries", "countryA", "Q159", "countryB", "Q423").textRows());
        }

        @Test
        void a_country_that_takes_part_itself_counts_for_its_side() {
            QueryResult r = run(world, "contacts-between-countries", "countryA", "China", "countryB", "North Korea");
            assertEquals(List.of(row("event", CHINA_KIM, "type", "Meeting", "date", "2023-11-30", "dateText", "on Thursday",
                    "participants", "China; Kim Jong Un", "location", "Pyongyang", "articles", A3)), r.textRows());
        }

        @Test
        void calls_count_as_contacts() {
            assertEquals(List.of(LAVROV_WANG, PUTIN_XI),
                    run(world, "contacts-between-countries", "countryA", "China", "countryB", "Russia").column("event"));
            assertEquals(List.of(ERDOGAN_PUTIN),
                    run(world, "contacts-between-countries", "countryA", "Turkey", "countryB", "Russia").column("event"));
        }
    }

    @Nested
    class VisitsTo {
        private final Map<String, String> kimInVladivostok = row("event", KIM_VLADIVOSTOK, "date", "2023-09-16",
                "dateText", "on Saturday", "visitors", "Kim Jong Un", "location", "Vladivostok", "hosts", "Sergei Shoigu",
                "reportedBy", KCNA, "articles", A1);

        @Test
        void a_place_matches_visits_to_it() {
            assertEquals(List.of(kimInVladivostok), run(world, "visits-to", "place", "Vladivostok").textRows());
        }

        @Test
        void a_country_matches_visits_to_places_inside_it() {
            assertEquals(List.of(kimInVladivostok), run(world, "visits-to", "place", "Russia").textRows());
            assertEquals(List.of(LAVROV_VISIT), run(world, "visits-to", "place", "North Korea").column("event"));
        }

        @Test
        void a_meeting_abroad_is_not_a_visit() {
            assertEquals(0, run(world, "visits-to", "place", "Beijing").size());
        }
    }

    @Nested
    class Timeline {
        @Test
        void a_country_timeline_covers_its_people_its_hosts_and_its_territory_oldest_first() {
            QueryResult r = run(world, "timeline", "entity", "North Korea");
            assertEquals(List.of(KIM_PUTIN, KIM_SHOIGU, KIM_VLADIVOSTOK, LAVROV_VISIT, CHOE_LAVROV, CHINA_KIM, KIM_LAVROV),
                    r.column("event"));
            assertEquals(List.of("2023-09", "2023-09-16", "2023-09-16", "2023-10-18", "2023-10-19", "2023-11-30"),
                    r.column("date").subList(0, 6));
            assertEquals(row("type", "Meeting", "event", KIM_LAVROV, "participants", "Kim Jong Un; Sergey Lavrov",
                    "articles", A3), r.textRows().get(6));
        }

        @Test
        void a_person_timeline_lists_what_they_took_part_in() {
            QueryResult r = run(world, "timeline", "entity", "Sergey Lavrov");
            assertEquals(List.of(
                    row("date", "2023-10-18", "dateText", "on Wednesday", "type", "Visit", "event", LAVROV_VISIT,
                            "participants", "Sergey Lavrov", "location", "Pyongyang", "reportedBy", "TASS", "articles", A2),
                    row("date", "2023-10-19", "dateText", "on Thursday", "type", "Meeting", "event", CHOE_LAVROV,
                            "participants", "Choe Son Hui; Sergey Lavrov", "location", "Pyongyang",
                            "reportedBy", KCNA + "; TASS", "articles", A2),
                    row("date", "2023-11", "dateText", "in November", "type", "Meeting", "event", LAVROV_WANG,
                            "participants", "Sergey Lavrov; Wang Yi", "location", "Beijing", "reportedBy", "TASS", "articles", A3),
                    row("type", "Meeting", "event", KIM_LAVROV, "participants", "Kim Jong Un; Sergey Lavrov", "articles", A3)),
                    r.textRows());
        }

        @Test
        void unrealised_contacts_stay_off_the_timeline() {
            // Kim's planned Moscow trip is in world.trig, but only as an UnrealisedContact.
            assertTrue(run(world, "timeline", "entity", "Moscow").textRows().isEmpty());
        }
    }

    @Nested
    class WhoReported {
        @Test
        void one_row_per_statement_with_sources_article_and_sentence() {
            QueryResult r = run(world, "who-reported", "event", "meeting/kim-putin-202309");
            assertEquals(List.of(
                    row("event", KIM_PUTIN, "type", "Meeting", "date", "2023-09", "reportedBy", KCNA, "article", A1,
                            "publisher", "Reuters", "sentence", "5",
                            "evidence", "When Kim and Putin met last week at a space launch centre, KCNA reported the two leaders "
                                    + "talked about \"immediate cooperation matters arising in defending the sovereignty\" and vowed "
                                    + "to further strengthen bilateral \"strategic and tactical cooperation\".",
                            "attributedTo", KCNA),
                    row("event", KIM_PUTIN, "type", "Meeting", "date", "2023-09", "reportedBy", KCNA, "article", A2,
                            "sentence", "2",
                            "evidence", "The trip follows Kim's summit with Putin at the Vostochny Cosmodrome last month.")),
                    r.textRows());
        }

        @Test
        void without_an_event_every_statement_of_every_event_is_listed() {
            QueryResult r = run(world, "who-reported");
            assertEquals(List.of(CHINA_KIM, ERDOGAN_PUTIN, LAVROV_WANG, CHOE_LAVROV, LAVROV_VISIT, KIM_SHOIGU,
                    KIM_VLADIVOSTOK, KIM_PUTIN, KIM_PUTIN, PUTIN_XI, KIM_LAVROV), r.column("event"));
            assertEquals(KCNA + "; TASS", r.column("attributedTo").get(3));
        }
    }

    @Nested
    class CoParticipation {
        @Test
        void counts_shared_events_per_pair_most_frequent_first() {
            QueryResult r = run(load("co-participation.trig"), "co-participation");
            assertEquals(List.of(
                    row("a", ID + "person/alpha", "aLabel", "Alpha", "b", ID + "person/bravo", "bLabel", "Bravo",
                            "sharedEvents", "3", "firstDate", "2024-01-15", "lastDate", "2024-02"),
                    row("a", ID + "person/alpha", "aLabel", "Alpha", "b", ID + "person/charlie", "bLabel", "Charlie",
                            "sharedEvents", "1"),
                    row("a", ID + "person/bravo", "aLabel", "Bravo", "b", ID + "person/charlie", "bLabel", "Charlie",
                            "sharedEvents", "1")),
                    r.textRows());
        }

        @Test
        void an_event_met_in_two_articles_counts_once() {
            QueryResult r = run(world, "co-participation");
            assertEquals(8, r.size());
            Map<String, String> kimPutin = r.textRows().stream()
                    .filter(row -> "Kim Jong Un".equals(row.get("aLabel")) && "Vladimir Putin".equals(row.get("bLabel")))
                    .findFirst().orElseThrow();
            assertEquals("1", kimPutin.get("sharedEvents"));
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"world.trig", "co-participation.trig"})
        void the_kept_pairs_give_the_rows_of_the_aggregate_over_the_whole_store(String fixture) throws Exception {
            Dataset ds = load(fixture);
            String aggregate = new String(NamedQueryResultsTest.class.getResourceAsStream("/query/co-participation-aggregate.rq").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            List<Map<String, String>> reference = org.apache.jena.system.Txn.calculateRead(ds, () -> {
                List<Map<String, String>> rows = new java.util.ArrayList<>();
                try (var exec = org.apache.jena.query.QueryExecutionFactory.create(aggregate, ds)) {
                    exec.execSelect().forEachRemaining(s -> {
                        Map<String, String> row = new java.util.LinkedHashMap<>();
                        for (String v : List.of("a", "aLabel", "b", "bLabel", "sharedEvents", "firstDate", "lastDate")) {
                            if (s.contains(v)) row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI());
                        }
                        rows.add(row);
                    });
                }
                return rows;
            });
            List<Map<String, String>> kept = run(ds, "co-participation", "limit", "0").textRows();
            assertTrue(reference.size() >= 3, fixture);
            // The same rows in the same order; the aggregate leaves the order of pairs with equal labels open.
            assertEquals(reference.size(), kept.size());
            assertEquals(new java.util.HashSet<>(reference), new java.util.HashSet<>(kept));
            java.util.function.Function<Map<String, String>, String> key = r -> r.get("sharedEvents") + " " + r.get("aLabel") + " " + r.get("bLabel");
            assertEquals(reference.stream().map(key).toList(), kept.stream().map(key).toList());
        }
    }

    @Nested
    class EventsInRange {
        @Test
        void a_month_or_year_overlapping_the_range_is_included_and_undated_events_are_not() {
            QueryResult r = run(world, "events-in-range", "from", "2023-09-17", "to", "2023-10-18");
            assertEquals(List.of(PUTIN_XI, KIM_PUTIN, LAVROV_VISIT), r.column("event"));
            assertEquals(List.of("2023", "2023-09", "2023-10-18"), r.column("date"));
        }

        @Test
        void both_ends_are_inclusive() {
            QueryResult r = run(world, "events-in-range", "from", "2023-09-16", "to", "2023-09-16");
            assertEquals(List.of(PUTIN_XI, KIM_PUTIN, KIM_SHOIGU, KIM_VLADIVOSTOK), r.column("event"));
        }

        @Test
        void the_range_itself_may_be_given_as_months() {
            QueryResult r = run(world, "events-in-range", "from", "2023-11", "to", "2023-11");
            assertEquals(List.of(
                    row("event", PUTIN_XI, "type", "PhoneCall", "date", "2023", "dateText", "earlier this year",
                            "participants", "Vladimir Putin; Xi Jinping", "reportedBy", "Xinhua", "articles", A3),
                    row("event", LAVROV_WANG, "type", "Meeting", "date", "2023-11", "dateText", "in November",
                            "participants", "Sergey Lavrov; Wang Yi", "location", "Beijing", "reportedBy", "TASS", "articles", A3),
                    row("event", ERDOGAN_PUTIN, "type", "PhoneCall", "date", "2023-11-28", "dateText", "on Tuesday",
                            "participants", "Recep Tayyip Erdoğan; Vladimir Putin", "articles", A3),
                    row("event", CHINA_KIM, "type", "Meeting", "date", "2023-11-30", "dateText", "on Thursday",
                            "participants", "China; Kim Jong Un", "location", "Pyongyang", "articles", A3)),
                    r.textRows());
        }

        @Test
        void a_range_with_nothing_in_it_is_empty() {
            assertEquals(0, run(world, "events-in-range", "from", "2024-01-01", "to", "2024-12-31").size());
            assertEquals(0, run(world, "events-in-range", "from", "2023-09-01", "to", "2023-08-31").size());
        }
    }

    @Nested
    class SourceReported {
        @Test
        void a_cited_source_gets_the_events_credited_to_it_in_the_articles_that_credit_it() {
            QueryResult r = run(world, "source-reported", "source", "Korean Central News Agency");
            assertEquals(List.of(
                    row("event", CHOE_LAVROV, "type", "Meeting", "date", "2023-10-19", "dateText", "on Thursday",
                            "participants", "Choe Son Hui; Sergey Lavrov", "location", "Pyongyang", "capacity", "cited", "articles", A2),
                    row("event", KIM_SHOIGU, "type", "Meeting", "date", "2023-09-16", "dateText", "on Saturday",
                            "participants", "Kim Jong Un; Sergei Shoigu", "location", "Vladivostok", "capacity", "cited", "articles", A1),
                    row("event", KIM_VLADIVOSTOK, "type", "Visit", "date", "2023-09-16", "dateText", "on Saturday",
                            "participants", "Kim Jong Un", "location", "Vladivostok", "capacity", "cited", "articles", A1),
                    // Article 2 restates this meeting without crediting KCNA, so only article 1 is listed.
                    row("event", KIM_PUTIN, "type", "Meeting", "date", "2023-09", "dateText", "last month; last week",
                            "participants", "Kim Jong Un; Vladimir Putin", "location", "Vostochny Cosmodrome",
                            "capacity", "cited", "articles", A1)),
                    r.textRows());
        }

        @Test
        void a_publisher_gets_everything_in_the_articles_it_published() {
            QueryResult r = run(world, "source-reported", "source", "reuters");
            assertEquals(List.of(CHINA_KIM, ERDOGAN_PUTIN, LAVROV_WANG, KIM_SHOIGU, KIM_VLADIVOSTOK, KIM_PUTIN, PUTIN_XI, KIM_LAVROV),
                    r.column("event"));
            assertTrue(r.column("capacity").stream().allMatch("publisher"::equals));
            assertEquals(A1, r.column("articles").get(5));
        }

        @Test
        void a_source_may_be_given_by_iri() {
            assertEquals(List.of(LAVROV_WANG, CHOE_LAVROV, LAVROV_VISIT),
                    run(world, "source-reported", "source", ID + "org/tass").column("event"));
        }
    }

    @Nested
    class EventsTable {
        @Test
        void every_happened_event_once_oldest_first_undated_last() {
            QueryResult r = run(world, "events-table");
            assertEquals(List.of(PUTIN_XI, KIM_PUTIN, KIM_SHOIGU, KIM_VLADIVOSTOK, LAVROV_VISIT, CHOE_LAVROV, LAVROV_WANG,
                    ERDOGAN_PUTIN, CHINA_KIM, KIM_LAVROV), r.column("event"));
        }

        @Test
        void rows_gather_everything_the_articles_say_about_an_event() {
            List<Map<String, String>> rows = run(world, "events-table").textRows();
            assertEquals(row("event", KIM_PUTIN, "type", "Meeting", "date", "2023-09", "dateText", "last month; last week",
                    "participants", "Kim Jong Un; Vladimir Putin", "participantIds", "Q56226; Q7747", "hosts", "Vladimir Putin",
                    "location", "Vostochny Cosmodrome", "locationId", ID + "place/vostochny-cosmodrome", "reportedBy", KCNA,
                    "articles", A1 + "; " + A2,
                    "evidence", "When Kim and Putin met last week at a space launch centre, KCNA reported the two leaders "
                            + "talked about \"immediate cooperation matters arising in defending the sovereignty\" and vowed "
                            + "to further strengthen bilateral \"strategic and tactical cooperation\". | "
                            + "The trip follows Kim's summit with Putin at the Vostochny Cosmodrome last month."),
                    rows.get(1));
            assertEquals(row("event", CHOE_LAVROV, "type", "Meeting", "date", "2023-10-19", "dateText", "on Thursday",
                    "participants", "Choe Son Hui; Sergey Lavrov",
                    "participantIds", ID + "person/choe-son-hui; " + ID + "person/sergey-lavrov", "hosts", "Choe Son Hui",
                    "location", "Pyongyang", "locationId", "Q18808", "reportedBy", KCNA + "; TASS", "articles", A2,
                    "evidence", "Lavrov held talks with his North Korean counterpart Choe Son Hui on Thursday, according to TASS and KCNA."),
                    rows.get(5));
        }

        @Test
        void participant_ids_run_parallel_to_participant_labels() {
            for (Map<String, String> row : run(world, "events-table").textRows()) {
                assertEquals(row.get("participants").split("; ").length, row.get("participantIds").split("; ").length,
                        row.get("event"));
            }
        }

        @Test
        void the_same_store_exports_the_same_bytes() {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            ByteArrayOutputStream second = new ByteArrayOutputStream();
            ResultFormat.CSV.write(run(world, "events-table"), first);
            ResultFormat.CSV.write(run(load("world.trig"), "events-table"), second);
            assertEquals(first.toString(), second.toString());
        }
    }

    @Nested
    class UnlinkedEntities {
        @Test
        void entities_without_a_wikidata_link_with_event_and_article_counts() {
            QueryResult r = run(world, "unlinked-entities");
            assertEquals(List.of(
                    row("entity", ID + "org/korean-central-news-agency", "type", "Organization", "label", KCNA, "events", "4", "articles", "2"),
                    row("entity", ID + "person/sergey-lavrov", "type", "Person", "label", "Sergey Lavrov", "events", "4", "articles", "2"),
                    row("entity", ID + "org/tass", "type", "Organization", "label", "TASS", "events", "3", "articles", "1"),
                    row("entity", ID + "person/choe-son-hui", "type", "Person", "label", "Choe Son Hui", "events", "2", "articles", "1"),
                    row("entity", ID + "person/sergei-shoigu", "type", "Person", "label", "Sergei Shoigu", "events", "2", "articles", "1"),
                    row("entity", ID + "place/vostochny-cosmodrome", "type", "Place", "label", "Vostochny Cosmodrome", "events", "1", "articles", "2"),
                    row("entity", ID + "person/wang-yi", "type", "Person", "label", "Wang Yi", "events", "1", "articles", "1"),
                    row("entity", ID + "org/xinhua", "type", "Organization", "label", "Xinhua", "events", "1", "articles", "1"),
                    row("entity", ID + "outlet/reuters", "type", "NewsOutlet", "label", "Reuters", "events", "0", "articles", "2")),
                    r.textRows());
        }
    }

    @Nested
    class UnrealisedContacts {
        @Test
        void contacts_that_did_not_happen_are_listed_apart() {
            assertEquals(List.of(row("event", ID + "event/unrealised/kim-moscow-planned", "contactType", "Visit",
                    "factuality", "planned", "dateText", "at an early convenient time", "participants", "Kim Jong Un",
                    "location", "Moscow", "articles", A2)), run(world, "unrealised-contacts").textRows());
        }

        @Test
        void they_never_enter_the_event_table() {
            assertTrue(run(world, "events-table").column("event").stream().noneMatch(e -> e.contains("/unrealised/")));
        }
    }

    @Nested
    class MeetingsNear {
        @Test
        void meetings_within_the_radius_nearest_first_with_their_distance() {
            QueryResult r = run(world, "meetings-near", "place", "Vladivostok", "km", "800");
            assertEquals(List.of(KIM_SHOIGU, CHINA_KIM, CHOE_LAVROV), r.column("event"));
            assertEquals(row("event", KIM_SHOIGU, "date", "2023-09-16", "dateText", "on Saturday",
                    "participants", "Kim Jong Un; Sergei Shoigu", "location", "Vladivostok", "distanceKm", "0.0",
                    "reportedBy", KCNA, "articles", A1), r.textRows().get(0));
            // Vladivostok (131.8855 E, 43.1155 N) to Pyongyang (125.7625 E, 39.0392 N) on a sphere.
            double expected = haversineKm(43.1155, 131.8855, 39.0392, 125.7625);
            double actual = Double.parseDouble(r.column("distanceKm").get(1));
            assertEquals(expected, actual, 1.0, "great-circle distance Vladivostok-Pyongyang");
        }

        @Test
        void the_radius_cuts_off_farther_meetings() {
            assertEquals(List.of(KIM_SHOIGU), run(world, "meetings-near", "place", "Q959", "km", "100").column("event"));
            // The cosmodrome meeting is about 1000 km from Vladivostok.
            assertEquals(List.of(KIM_SHOIGU, CHINA_KIM, CHOE_LAVROV, KIM_PUTIN),
                    run(world, "meetings-near", "place", "Q959", "km", "1100").column("event"));
        }

        @Test
        void a_centre_without_geometry_matches_nothing() {
            assertEquals(0, run(world, "meetings-near", "place", "Russia", "km", "5000").size());
        }

        private static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
            double dLat = Math.toRadians(lat2 - lat1);
            double dLon = Math.toRadians(lon2 - lon1);
            double h = Math.pow(Math.sin(dLat / 2), 2)
                    + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
            return 2 * 6371.0 * Math.asin(Math.sqrt(h));
        }
    }

    /**
     * Pages of two rows, read one after the other, give the rows a single page of everything (limit 0) gives.
     * (visits-to pages like meetings-of-person; no place in the fixture has three visits.)
     */
    @Nested
    class Paging {
        @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
                "meetings-of-person | person=Kim Jong Un",
                "timeline | entity=North Korea",
                "contacts-between-countries | countryA=Q423,countryB=Q159",
                "events-in-range | from=2023,to=2023",
                "source-reported | source=Korean Central News Agency",
                "meetings-near | place=Q959,km=1100",
                "events-table | ",
                "co-participation | "})
        void pages_read_in_turn_add_up_to_the_whole_result(String query, String params) {
            java.util.List<String> given = new java.util.ArrayList<>();
            if (params != null) {
                for (String kv : params.split(",")) given.addAll(List.of(kv.split("=", 2)));
            }
            List<Map<String, String>> all = run(world, query, with(given, "limit", "0")).textRows();
            assertTrue(all.size() >= 3, query + " has too few rows to page: " + all.size());
            java.util.List<Map<String, String>> paged = new java.util.ArrayList<>();
            for (int offset = 0; offset <= all.size(); offset += 2) {
                paged.addAll(run(world, query, with(given, "limit", "2", "offset", Integer.toString(offset))).textRows());
            }
            assertEquals(all, paged);
        }

        private static String[] with(java.util.List<String> given, String... more) {
            java.util.List<String> all = new java.util.ArrayList<>(given);
            all.addAll(List.of(more));
            return all.toArray(String[]::new);
        }
    }
}
