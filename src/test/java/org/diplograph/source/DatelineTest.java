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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "ABU DHABI, 16th January, 2024 (WAM) -- President His Highness met | WAM | President",
            "ABUJA, Nigeria, Wednesday - President Bola Tinubu on Tuesday | | President",
            "ALMATY. KAZINFORM – President of Kazakhstan | KAZINFORM | President",
            "Bogor, W Java (ANTARA) - President Joko Widodo | ANTARA | President",
            "CARACAS/BOGOTA, Nov 1 (Reuters) - Colombian President | Reuters | Colombian",
            "Hà Nội (VNA) – President Võ Văn Thưởng | VNA | President",
            "ISLAMABAD, Jul 12 (APP): Prime Minister Muhammad | APP | Prime",
            "MOSCOW, April 22. /TASS/. Russian President Vladimir Putin | TASS | Russian",
            "NEW DELHI: Prime Minister Narendra Modi | | Prime",
            "NEW YORK — Prime Minister Phạm Minh Chính | | Prime",
            "Samarkand [Uzbekistan], September 16 (ANI): Prime Minister | ANI | Prime",
            "Tehran, IRNA – Iranian President Seyyed Ebrahim Raisi | IRNA | Iranian",
            "Lima, Nov. 12 (ANDINA). Chinese President Xi Jinping | ANDINA | Chinese",
            "SAN FRANCISCO (AP) — President Joe Biden | AP | President",
            "Addis Ababa, July 14/2018 (ENA) Eritrean President Isaias | ENA | Eritrean"})
    void datelines_of_many_outlets_are_recognised(String text, String agency, String next) {
        Dateline d = Dateline.find(text).orElseThrow(() -> new AssertionError("no dateline in " + text));
        assertEquals(agency, d.agency());
        assertTrue(text.substring(d.end()).startsWith(next), text.substring(d.end()));
    }

    @Test
    void a_place_name_and_a_spaced_en_dash_is_a_dateline_but_a_hyphen_is_not() {
        Dateline d = Dateline.find("Rabat \u2013 King Mohammed VI received ...").orElseThrow();
        assertEquals("Rabat", d.city());
        assertEquals(null, d.agency());
        assertTrue(Dateline.find("Rabat - King Mohammed VI received ...").isEmpty());
        assertTrue(Dateline.find("Ukraine and Russia \u2013 the two sides met ...").isEmpty());
    }

    @Test
    void a_byline_above_the_dateline_is_passed_over_and_masked_with_it() {
        String body = "By Morocco World News\n\nRabat \u2013 King Mohammed VI received ...";
        Dateline d = Dateline.find(body).orElseThrow();
        assertEquals("Rabat", d.city());
        assertEquals(body.indexOf("King"), d.end());
        assertTrue(Dateline.mask(body).startsWith(" ".repeat(d.end()) + "King"));
    }

    @Test
    void a_byline_and_a_time_stamp_above_the_dateline_are_passed_over() {
        String body = "By Ruth Abbey Gita-Carlos\n\nJanuary 30, 2024, 7:21 pm\n\nHANOI, Vietnam \u2013 President Ferdinand R. Marcos Jr. held talks ...";
        Dateline d = Dateline.find(body).orElseThrow();
        assertEquals("HANOI", d.city());
        assertEquals(body.indexOf("President"), d.end());
        assertTrue(Dateline.find("30 Jan 2024 14:05\nNEW DELHI: Jaishankar met ...").isPresent());
        assertTrue(Dateline.find("January 30, 2024. Marcos held talks in Hanoi.").isEmpty());
    }

    @Test
    void a_dateline_with_two_calendars_and_the_agency_last_is_recognised() {
        String body = "Riyadh, Jumada I 14, 1444, December 08, 2022, SPA -- The Custodian of the Two Holy Mosques received ...";
        Dateline d = Dateline.find(body).orElseThrow();
        assertEquals("Riyadh", d.city());
        assertEquals("SPA", d.agency());
        assertEquals(body.indexOf("The Custodian"), d.end());
    }

    @Test
    void an_agency_before_the_city_and_a_month_in_capitals_make_a_dateline() {
        String body = "(ANSA) - TUNIS, JUN 11 - Premier Giorgia Meloni on Sunday returned to Tunis ...";
        Dateline d = Dateline.find(body).orElseThrow();
        assertEquals("TUNIS", d.city());
        assertEquals("ANSA", d.agency());
        assertEquals(body.indexOf("Premier"), d.end());
    }

    @Test
    void an_ordinary_first_sentence_is_not_a_dateline() {
        assertTrue(Dateline.find("By Park Min-seo").isEmpty());
        assertTrue(Dateline.find("Rishi Sunak travelled to Paris on Friday for the first UK-France summit.").isEmpty());
        assertTrue(Dateline.find("Egypt's President Abdel-Fattah El-Sisi has received Qatar's Emir.").isEmpty());
        assertTrue(Dateline.find("Foreign Minister Nikos Dendias and his Turkish counterpart met.").isEmpty());
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
