package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplograph.extract.Lexicon;
import org.junit.jupiter.api.Test;

class GazetteerLexiconTest {
    private static final GazetteerLexicon LEXICON = new GazetteerLexicon(Gazetteer.bundled());

    @Test
    void a_country_code_counts_only_in_capitals() {
        assertEquals("Dominican Republic", LEXICON.lookup("DR").orElseThrow().canonical());
        assertTrue(LEXICON.lookup("Dr").isEmpty(), "Dr is a title");
        assertEquals(Lexicon.Kind.COUNTRY, LEXICON.lookup("UK").orElseThrow().kind());
        assertEquals(Lexicon.Kind.COUNTRY, LEXICON.lookup("Peru").orElseThrow().kind());
    }
}
