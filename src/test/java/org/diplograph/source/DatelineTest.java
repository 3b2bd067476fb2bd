package org.diplograph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void wire_dateline_with_agency_names_city_and_agency() {
        Dateline d = Dateline.find("SEOUL (Reuters) - North Korean leader Kim Jong Un met ...").orElseThrow();
        assertEquals("SEOUL", d.city());
        assertEquals("Reuters", d.agency());
        assertEquals("SEOUL (Reuters) - ".length(), d.end());
    }

    @Test
    void dateline_with_date_and_double_dash() {
        Dateline d = Dateline.find("BEIJING, April 9 (Xinhua) -- Wang Yi held talks ...").orElseThrow();
        assertEquals("Xinhua", d.agency());
    }

    @Test
    void capitalised_city_and_dash_without_agency_is_a_dateline() {
        Dateline d = Dateline.find("TEHRAN - Sergei Shoigu met ...").orElseThrow();
        assertEquals("TEHRAN", d.city());
        assertEquals(null, d.agency());
    }

    @Test
    void an_ordinary_first_sentence_is_not_a_dateline() {
        assertTrue(Dateline.find("North Korean leader Kim Jong Un met Russian Defence Minister Sergei Shoigu.").isEmpty());
        assertTrue(Dateline.find("Kim - the leader - met Shoigu.").isEmpty());
    }

    @Test
    void masking_blanks_the_dateline_and_keeps_offsets() {
        String body = "MOSCOW, Dec 28 (PTI) External Affairs Minister S Jaishankar held talks.";
        String masked = Dateline.mask(body);
        assertEquals(body.length(), masked.length());
        assertTrue(masked.startsWith("                     External Affairs"), masked);
    }
}
