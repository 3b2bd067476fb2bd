package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void key_folds_case_diacritics_dots_hyphens_and_possessives() {
        assertEquals("erdogan", Names.key("Erdoğan"));
        assertEquals("us", Names.key("U.S."));
        assertEquals("usa", Names.key("U.S.A."));
        assertEquals("north korea", Names.key("N. Korea's"));
        assertEquals("south korea", Names.key("S. Korea"));
        assertEquals("kim jong un", Names.key("Kim Jong-un"));
        assertEquals("united states", Names.key("the United States"));
        assertEquals("lloyd j austin iii", Names.key("Lloyd J. Austin III"));
        assertEquals(Names.key("Korean People's Army"), Names.key("Korean People’s Army"));
        assertEquals("korean people army", Names.key("Korean People's Army"));
        assertEquals("workers party of korea", Names.key("Workers' Party of Korea"));
    }

    @Test
    void loose_key_folds_transliteration_variants() {
        assertEquals(Names.looseKey("Sergei Shoigu"), Names.looseKey("Sergey Shoygu"));
        assertEquals(Names.looseKey("Zelensky"), Names.looseKey("Zelenskyy"));
        assertEquals(Names.looseKey("Zelensky"), Names.looseKey("Zelenskiy"));
        assertEquals(Names.looseKey("Yury Borisov"), Names.looseKey("Yuri Borisov"));
        assertEquals(Names.looseKey("Alexei"), Names.looseKey("Aleksey"));
        assertEquals(Names.looseKey("Khamenei"), Names.looseKey("Hamenei"));
        assertEquals(Names.looseKey("Kim Jong Un"), Names.looseKey("Kim Jongun"));
    }

    @Test
    void loose_key_leaves_short_abbreviations_and_different_names_apart() {
        assertNotEquals(Names.looseKey("EU"), Names.looseKey("EEU"));
        assertNotEquals(Names.looseKey("AP"), Names.looseKey("APP"));
        assertNotEquals(Names.looseKey("Sergei Lavrov"), Names.looseKey("Sergei Shoigu"));
        assertNotEquals(Names.looseKey("Niger"), Names.looseKey("Nigeria"));
    }
}
