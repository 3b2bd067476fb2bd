package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplograph.query.NamedQuery.Param;
import org.junit.jupiter.api.Test;

class NamedQueryTest {
    private static final String BODY = """
            PREFIX dip: <https://w3id.org/diplograph/ontology#>
            SELECT ?event ?date WHERE { ?event dip:participant ?person ; dip:date ?date . FILTER(?date >= ?since) }
            """;

    @Test
    void header_gives_purpose_params_and_columns() {
        NamedQuery q = NamedQuery.parse("demo", """
                # purpose: Meetings a person took part in, newest first.
                # param: person (person) — the person, as a QID (Q56226) or a label ("Kim Jong Un")
                # param: since (date, optional) - only events on or after this day
                # columns: event, date
                #
                # A free note that is not part of the header keys.
                """ + BODY);

        assertEquals("demo", q.name());
        assertEquals("Meetings a person took part in, newest first.", q.purpose());
        assertEquals(List.of(
                new Param("person", ParamKind.PERSON, "the person, as a QID (Q56226) or a label (\"Kim Jong Un\")", false),
                new Param("since", ParamKind.DATE, "only events on or after this day", true)), q.params());
        assertEquals(List.of("event", "date"), q.columns());
        assertTrue(q.param("since").isPresent());
        assertFalse(q.param("until").isPresent());
    }

    @Test
    void a_service_call_is_found_in_the_query_not_in_its_comments() {
        NamedQuery remote = NamedQuery.parse("remote", """
                # purpose: Birth dates from Wikidata.
                # columns: event, date
                PREFIX dip: <https://w3id.org/diplograph/ontology#>
                SELECT ?event ?date WHERE {
                  ?event dip:participant ?person .
                  OPTIONAL { SERVICE <https://query.wikidata.org/sparql> { ?person <x:born> ?date } }
                }
                """);
        NamedQuery local = NamedQuery.parse("local", """
                # purpose: Meetings, without any SERVICE call.
                # columns: event, date
                """ + BODY);

        assertTrue(remote.callsService());
        assertFalse(local.callsService());
        assertTrue(NamedQueries.fromClasspath().get("enrich-birth-dates").callsService());
    }

    @Test
    void a_query_without_purpose_is_rejected_by_name() {
        QueryException e = assertThrows(QueryException.class,
                () -> NamedQuery.parse("nopurpose", "# columns: event, date\n" + BODY.replace("?person", "<x:p>").replace("?since", "1")));
        assertEquals("Query 'nopurpose' has no '# purpose:' line in its header", e.getMessage());
    }

    @Test
    void a_malformed_param_line_is_reported_with_its_line_number() {
        QueryException e = assertThrows(QueryException.class, () -> NamedQuery.parse("bad", """
                # purpose: p
                # param: person is the person
                # columns: event, date
                """ + BODY));
        assertTrue(e.getMessage().startsWith("Query 'bad' line 2: a param line reads 'name (kind) — description'"), e.getMessage());
    }

    @Test
    void an_unknown_param_kind_is_rejected_listing_the_known_kinds() {
        QueryException e = assertThrows(QueryException.class, () -> NamedQuery.parse("kind", """
                # purpose: p
                # param: person (human) — who
                # columns: event, date
                """ + BODY));
        assertEquals("Query 'kind' line 2: Unknown parameter kind 'human' (known: person, country, place, entity, "
                + "event, date, string, integer, limit, offset)", e.getMessage());
    }

    @Test
    void columns_must_be_the_selected_variables_in_order() {
        QueryException e = assertThrows(QueryException.class, () -> NamedQuery.parse("cols", """
                # purpose: p
                # param: person (person) — who
                # param: since (date) — from
                # columns: date, event
                """ + BODY));
        assertEquals("Query 'cols' declares columns [date, event] but selects [event, date]", e.getMessage());
    }

    @Test
    void a_declared_param_the_query_never_uses_is_rejected() {
        QueryException e = assertThrows(QueryException.class, () -> NamedQuery.parse("unused", """
                # purpose: p
                # param: person (person) — who
                # param: since (date) — from
                # param: place (place) — where; ?place appears only in this comment
                # columns: event, date
                """ + BODY));
        assertEquals("Query 'unused' declares parameter 'place' but never uses ?place", e.getMessage());
    }

    @Test
    void text_that_is_not_sparql_is_rejected_by_name() {
        QueryException e = assertThrows(QueryException.class, () -> NamedQuery.parse("broken", """
                # purpose: p
                # columns: event
                SELECT ?event WHERE { ?event ?p
                """));
        assertTrue(e.getMessage().startsWith("Query 'broken' is not valid SPARQL"), e.getMessage());
    }

    @Test
    void arq_only_syntax_is_rejected_so_queries_stay_portable() {
        QueryException e = assertThrows(QueryException.class, () -> NamedQuery.parse("arq", """
                # purpose: p
                # columns: n
                SELECT ?n WHERE { LET (?n := 1) }
                """));
        assertTrue(e.getMessage().startsWith("Query 'arq' is not valid SPARQL"), e.getMessage());
    }

    @Test
    void a_paged_query_declares_limit_and_offset_which_are_always_optional() {
        NamedQuery q = NamedQuery.parse("paged", """
                # purpose: p
                # param: person (person) — who
                # param: limit (limit) — rows per page
                # param: offset (offset) — rows to skip
                # columns: event, n
                PREFIX dip: <https://w3id.org/diplograph/ontology#>
                SELECT ?event ?n WHERE {
                  { SELECT ?event WHERE { ?event dip:participant ?person } ORDER BY ?event LIMIT 100 }
                  LATERAL { SELECT ?event (COUNT(*) AS ?n) WHERE { ?event ?p ?o } GROUP BY ?event }
                }
                """);
        assertTrue(q.isPaged());
        assertEquals(List.of(new Param("limit", ParamKind.LIMIT, "rows per page", true),
                new Param("offset", ParamKind.OFFSET, "rows to skip", true)), q.params().subList(1, 3));
    }

    @Test
    void a_paged_query_needs_exactly_one_limit() {
        String header = """
                # purpose: p
                # param: limit (limit) — rows per page
                # columns: event
                """;
        QueryException none = assertThrows(QueryException.class, () -> NamedQuery.parse("nolimit",
                header + "SELECT ?event WHERE { ?event ?p ?o }\n"));
        assertEquals("Query 'nolimit' declares a page but has 0 LIMITs (its page needs exactly one)", none.getMessage());
        QueryException two = assertThrows(QueryException.class, () -> NamedQuery.parse("twolimits",
                header + "SELECT ?event WHERE { { SELECT ?event WHERE { ?event ?p ?o } LIMIT 5 } { SELECT ?event WHERE { ?event ?q ?r } LIMIT 9 } }\n"));
        assertEquals("Query 'twolimits' declares a page but has 2 LIMITs (its page needs exactly one)", two.getMessage());
        // A LIMIT inside the page is part of the page's own work.
        NamedQuery nested = NamedQuery.parse("nested",
                header + "SELECT ?event WHERE { { SELECT ?event WHERE { { SELECT ?event WHERE { ?event ?p ?o } LIMIT 1 } } LIMIT 5 } }\n");
        assertTrue(nested.isPaged());
    }
}
