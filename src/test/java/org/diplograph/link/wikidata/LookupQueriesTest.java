package org.diplograph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.diplograph.extract.EntityType;
import org.junit.jupiter.api.Test;

class LookupQueriesTest {

    @Test
    void name_forms_cover_the_usual_casings_without_repeats() {
        assertEquals(List.of("COUNCIL OF THE BALTIC SEA STATES", "Council Of The Baltic Sea States",
                        "Council of the Baltic Sea States", "council of the baltic sea states"),
                List.copyOf(LookupQueries.nameForms("  COUNCIL  OF THE BALTIC SEA STATES ")));
        assertEquals(List.of("kim jong-un", "Kim Jong-Un", "KIM JONG-UN"), List.copyOf(LookupQueries.nameForms("kim jong-un")));
    }

    @Test
    void a_label_with_quotes_backslashes_and_newlines_stays_one_literal_in_the_values_block() {
        String nasty = "Evil\" } ; DROP ALL ; { \\\"x\nY";
        String text = LookupQueries.bindNames(LookupQueries.PERSON, Set.of(nasty));
        Query q = QueryFactory.create(text, Syntax.syntaxSPARQL_11);

        ElementData values = (ElementData) ((ElementGroup) q.getQueryPattern()).get(0);
        assertEquals(1, values.getRows().size());
        assertEquals(nasty, values.getRows().get(0).get(values.getVars().get(0)).getLiteralLexicalForm());
        assertEquals("en", values.getRows().get(0).get(values.getVars().get(0)).getLiteralLanguage());
    }

    @Test
    void every_type_has_a_select_query_that_parses_with_the_label_bound() {
        List<String> vars = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            String text = LookupQueries.forEntity(UnlinkedEntity.of("urn:x", type, "Uglegorsk"));
            Query q = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
            assertTrue(q.isSelectType());
            assertTrue(text.contains("VALUES ?name { \"Uglegorsk\"@en \"uglegorsk\"@en \"UGLEGORSK\"@en }"), text);
            vars.add(type + "=" + q.getResultVars());
        }
        assertEquals(List.of("PERSON=[item, description, country, office]", "COUNTRY=[item, description]",
                "PLACE=[item, description]", "ORGANIZATION=[item, description]", "OUTLET=[item, description]"), vars);
    }
}
