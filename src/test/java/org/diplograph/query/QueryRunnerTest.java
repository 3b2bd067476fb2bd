package org.diplograph.query;

import static org.diplograph.query.TestStore.ID;
import static org.diplograph.query.TestStore.QUERIES;
import static org.diplograph.query.TestStore.load;
import static org.diplograph.query.TestStore.params;
import static org.diplograph.query.TestStore.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parameter binding and its errors, run through real queries on the world fixture. */
class QueryRunnerTest {
    private static final List<String> KIM_MEETINGS = List.of(ID + "event/meeting/china-kim-20231130",
            ID + "event/meeting/kim-shoigu-20230916", ID + "event/meeting/kim-putin-202309", ID + "event/meeting/kim-lavrov-none");

    private static Dataset world;

    @BeforeAll
    static void loadWorld() {
        world = load("world.trig", "labels.trig");
    }

    @ParameterizedTest(name = "person = {0}")
    @ValueSource(strings = {"Q56226", "q56226", "Kim Jong Un", "kim jong un", "  KIM JONG-UN ",
            "https://w3id.org/diplograph/id/person/Q56226", "<https://w3id.org/diplograph/id/person/Q56226>",
            "http://www.wikidata.org/entity/Q56226"})
    void a_person_given_by_qid_label_or_iri_finds_the_same_meetings(String person) {
        assertEquals(KIM_MEETINGS, run(world, "meetings-of-person", "person", person).column("event"));
    }

    @Test
    void a_label_matches_without_its_accents() {
        QueryResult r = run(world, "timeline", "entity", "recep tayyip erdogan");
        assertEquals(List.of(ID + "event/phonecall/erdogan-putin-20231128"), r.column("event"));
    }

    @Test
    void an_unlinked_person_is_found_by_label() {
        QueryResult r = run(world, "meetings-of-person", "person", "Sergei Shoigu");
        assertEquals(List.of(ID + "event/meeting/kim-shoigu-20230916"), r.column("event"));
    }

    @Test
    void an_unknown_label_names_the_label_and_the_parameter_and_suggests_close_labels() {
        QueryException e = assertThrows(QueryException.class, () -> run(world, "meetings-of-person", "person", "Kim"));
        assertEquals("Query 'meetings-of-person': no person labelled 'Kim' for parameter 'person' (did you mean: Kim Jong Un?)",
                e.getMessage());
    }

    @Test
    void a_label_of_the_wrong_kind_is_not_found() {
        QueryException e = assertThrows(QueryException.class, () -> run(world, "meetings-of-person", "person", "North Korea"));
        assertEquals("Query 'meetings-of-person': no person labelled 'North Korea' for parameter 'person'", e.getMessage());
    }

    @Test
    void an_ambiguous_label_lists_the_candidates() {
        QueryException e = assertThrows(QueryException.class, () -> run(world, "visits-to", "place", "georgia"));
        assertEquals("Query 'visits-to': label 'georgia' for parameter 'place' is ambiguous: "
                + "<" + ID + "country/Q230> (Georgia), <" + ID + "place/Q1428> (Georgia); give a QID or an IRI instead",
                e.getMessage());
    }

    @Test
    void labels_that_differ_only_in_accents_and_hyphens_are_ambiguous() {
        QueryException e = assertThrows(QueryException.class,
                () -> run(world, "meetings-of-person", "person", "Jose Maria Alvarez"));
        assertTrue(e.getMessage().contains("is ambiguous: <" + ID + "person/jose-maria-alvarez> (José María Álvarez), <"
                + ID + "person/jose-maria-alvarez-2> (Jose-Maria Alvarez)"), e.getMessage());
    }

    @Test
    void the_kind_narrows_a_label_a_place_shares_with_a_country() {
        // "Georgia" is both a country and a US state; as a country parameter only the country qualifies.
        QueryResult r = run(world, "contacts-between-countries", "countryA", "Georgia", "countryB", "Russia");
        assertEquals(0, r.size());
    }

    @Test
    void a_sparql_injection_attempt_is_just_an_unknown_label() {
        long before = quadCount(world);
        String attack = "Kim\" } ; DROP ALL ; #";
        QueryException e = assertThrows(QueryException.class, () -> run(world, "meetings-of-person", "person", attack));
        assertEquals("Query 'meetings-of-person': no person labelled '" + attack + "' for parameter 'person'", e.getMessage());
        assertEquals(before, quadCount(world));
    }

    @Test
    void an_iri_that_would_break_out_of_angle_brackets_is_refused() {
        String attack = "https://w3id.org/x> } ; DROP ALL ; #";
        QueryException e = assertThrows(QueryException.class, () -> run(world, "meetings-of-person", "person", attack));
        assertTrue(e.getMessage().startsWith("Query 'meetings-of-person': no person labelled"), e.getMessage());
        QueryException bad = assertThrows(QueryException.class,
                () -> run(world, "meetings-of-person", "person", "https://w3id.org/x>"));
        assertEquals("Query 'meetings-of-person': parameter 'person' is not a valid IRI: 'https://w3id.org/x>'", bad.getMessage());
    }

    @Test
    void missing_parameters_are_named() {
        QueryException e = assertThrows(QueryException.class,
                () -> run(world, "contacts-between-countries", "countryA", "Russia"));
        assertEquals("Query 'contacts-between-countries' needs parameter(s) countryB", e.getMessage());
        QueryException blank = assertThrows(QueryException.class, () -> run(world, "meetings-of-person", "person", " "));
        assertEquals("Query 'meetings-of-person' needs parameter(s) person", blank.getMessage());
    }

    @Test
    void unknown_parameters_are_named_with_the_real_ones() {
        QueryException e = assertThrows(QueryException.class,
                () -> run(world, "meetings-of-person", "person", "Q56226", "persn", "Q7747"));
        assertEquals("Query 'meetings-of-person' has no parameter(s) persn (its parameters: person, limit, offset)", e.getMessage());
        QueryException none = assertThrows(QueryException.class, () -> run(world, "stats-events", "limit", "3"));
        assertEquals("Query 'stats-events' has no parameter(s) limit (its parameters: none)", none.getMessage());
    }

    @Test
    void an_optional_parameter_may_be_left_out() {
        assertEquals(11, run(world, "who-reported").size());
        assertEquals(2, run(world, "who-reported", "event", "meeting/kim-putin-202309").size());
        assertEquals(2, run(world, "who-reported", "event", ID + "event/meeting/kim-putin-202309").size());
    }

    @Test
    void limit_and_offset_choose_a_page_of_the_ordered_rows_and_limit_0_gives_them_all() {
        List<String> all = run(world, "meetings-of-person", "person", "Q56226").column("event");
        assertEquals(4, all.size());
        assertEquals(all.subList(1, 3), run(world, "meetings-of-person", "person", "Q56226", "limit", "2", "offset", "1").column("event"));
        assertEquals(all.subList(0, 1), run(world, "meetings-of-person", "person", "Q56226", "limit", "1").column("event"));
        assertEquals(all.subList(3, 4), run(world, "meetings-of-person", "person", "Q56226", "offset", "3").column("event"));
        assertEquals(all, run(world, "meetings-of-person", "person", "Q56226", "limit", "0").column("event"));
        assertEquals(List.of(), run(world, "meetings-of-person", "person", "Q56226", "offset", "4").column("event"));
    }

    @ParameterizedTest(name = "limit = {0}")
    @ValueSource(strings = {"-1", "ten", "1.5"})
    void a_page_size_that_is_not_a_count_is_refused_by_parameter(String limit) {
        QueryException e = assertThrows(QueryException.class,
                () -> run(world, "meetings-of-person", "person", "Q56226", "limit", limit));
        assertEquals("Query 'meetings-of-person': parameter 'limit' must be a whole number, 0 or more, got '" + limit + "'",
                e.getMessage());
    }

    @ParameterizedTest(name = "from = {0}")
    @ValueSource(strings = {"2023-02-30", "2023-13", "last week", "16/09/2023"})
    void a_malformed_date_is_refused_by_parameter(String from) {
        QueryException e = assertThrows(QueryException.class,
                () -> run(world, "events-in-range", "from", from, "to", "2023-12-31"));
        assertEquals("Query 'events-in-range': parameter 'from' must be a date (2023-09-16), month (2023-09) or year (2023), got '"
                + from + "'", e.getMessage());
    }

    @Test
    void a_malformed_integer_is_refused_by_parameter() {
        QueryException e = assertThrows(QueryException.class,
                () -> run(world, "meetings-near", "place", "Vladivostok", "km", "ten"));
        assertEquals("Query 'meetings-near': parameter 'km' must be a whole number, got 'ten'", e.getMessage());
    }

    @Test
    void an_unknown_qid_of_a_typed_kind_stands_for_the_iri_diplograph_would_mint() {
        assertEquals(0, run(world, "meetings-of-person", "person", "Q1").size());
    }

    @Test
    void an_unknown_qid_for_any_entity_is_an_error() {
        QueryException e = assertThrows(QueryException.class, () -> run(world, "timeline", "entity", "Q1"));
        assertEquals("Query 'timeline': no entity with QID Q1 for parameter 'entity'", e.getMessage());
    }

    @Test
    void a_qid_for_any_entity_finds_the_linked_country() {
        assertEquals(7, run(world, "timeline", "entity", "Q423").size());
    }

    @Test
    void rows_outlive_the_read_transaction_and_the_caller_may_already_hold_one() {
        QueryResult outside = run(world, "meetings-of-person", "person", "Q56226");
        assertFalse(world.isInTransaction());
        assertEquals("Kim Jong Un; Sergei Shoigu", outside.column("participants").get(1));

        QueryResult inside = Txn.calculateRead(world, () -> run(world, "meetings-of-person", "person", "Q56226"));
        assertEquals(outside.textRows(), inside.textRows());
    }

    @Test
    void results_come_back_with_the_declared_columns_in_order() {
        NamedQuery q = QUERIES.get("visits-to");
        QueryResult r = QueryRunner.run(q, params("place", "Q959"), world);
        assertEquals(q.columns(), r.columns());
        assertEquals(List.of("event", "date", "dateText", "visitors", "location", "hosts", "reportedBy", "articles"),
                List.copyOf(r.textRows().get(0).keySet()));
    }

    @Test
    void asking_for_a_column_the_query_lacks_is_an_error() {
        QueryResult r = run(world, "unrealised-contacts");
        QueryException e = assertThrows(QueryException.class, () -> r.column("type"));
        assertTrue(e.getMessage().startsWith("Query 'unrealised-contacts' has no column 'type'"), e.getMessage());
    }

    private static long quadCount(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            long n = 0;
            var it = ds.asDatasetGraph().find();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

}
