package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How {@code positions} cells become dated offices of a country. */
class PositionParserTest {
    private static PositionParser parser;

    @BeforeAll
    static void load() {
        Map<String, String> countries = Map.of("russia", "Q159", "united kingdom", "Q145", "uk", "Q145",
                "united states", "Q30", "china", "Q148", "australia", "Q408", "peoples republic of china", "Q148");
        Map<String, String> demonyms = Map.of("russian", "Q159", "chinese", "Q148", "italian", "Q38");
        parser = new PositionParser(countries, demonyms, Set.of("european commission", "nato"),
                Titles.load("/gazetteer/titles.tsv"));
    }

    private static Position one(String cell, String holderCountry) {
        List<Position> ps = parser.parse(cell, holderCountry);
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    @Test
    void a_closed_year_range_gives_title_office_country_and_years() {
        Position p = one("Minister of Defence of Russia 2012-2024", "Q159");
        assertEquals(new Position("Minister of Defence of Russia", "DEFENCE_MINISTER", "Q159", "2012", "2024"), p);
    }

    @Test
    void an_open_range_has_no_end() {
        Position p = one("Minister of Defence of Russia 2024-", "Q159");
        assertTrue(p.open());
        assertTrue(p.surelyCovers(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void a_single_year_is_a_term_within_that_year() {
        Position p = one("Prime Minister of France 2024", "Q142");
        assertEquals("2024", p.from());
        assertEquals("2024", p.to());
        assertTrue(p.mayCover(LocalDate.of(2024, 6, 1)));
        assertFalse(p.surelyCovers(LocalDate.of(2024, 6, 1)));
    }

    @Test
    void day_precise_intervals_use_a_slash() {
        Position p = one("President of the United States 2021-01-20/2025-01-20", "Q30");
        assertEquals("2021-01-20", p.from());
        assertEquals("2025-01-20", p.to());
        assertTrue(p.surelyCovers(LocalDate.of(2025, 1, 20)));
        assertFalse(p.mayCover(LocalDate.of(2025, 1, 21)));
        assertTrue(one("Minister of Defence of Russia 2024-05-14/", "Q159").open());
    }

    @Test
    void several_ranges_give_several_terms() {
        List<Position> ps = parser.parse("President of Russia 2000-2008, 2012-", "Q159");
        assertEquals(2, ps.size());
        assertEquals("2008", ps.get(0).to());
        assertNull(ps.get(1).to());
    }

    @Test
    void a_joined_title_gives_one_position_per_office() {
        List<Position> ps = parser.parse("Deputy Prime Minister and Minister for Defence of Australia 2022-", "Q408");
        assertEquals(List.of("DEPUTY_HEAD_OF_GOVERNMENT", "DEFENCE_MINISTER"),
                ps.stream().map(Position::officeKey).toList());
        assertEquals(List.of("Q408", "Q408"), ps.stream().map(Position::countryQid).toList());
    }

    @Test
    void the_country_comes_from_the_title_where_it_names_one() {
        assertEquals("Q145", one("Foreign Secretary (UK) 2016-2018", null).countryQid());
        assertEquals("Q30", one("United States Secretary of Defense (Secretary of War) 2025-", "Q30").countryQid());
        assertEquals("DEFENCE_MINISTER", one("United States Secretary of Defense (Secretary of War) 2025-", "Q30").officeKey());
        assertEquals("Q145", one("Monarch of the United Kingdom and other Commonwealth realms 1952-2022", "Q145").countryQid());
        assertEquals("Q148", one("General Secretary of the Chinese Communist Party 2012-", "Q148").countryQid());
        assertEquals("Q148", one("President of the People's Republic of China 2013-", "Q148").countryQid());
        assertEquals("Q38", one("Italian Minister of Foreign Affairs (Italy)", "Q38").countryQid());
    }

    @Test
    void offices_of_organisations_and_sub_national_bodies_have_no_country() {
        assertNull(one("President of the European Commission 2019-", "Q183").countryQid());
        assertNull(one("Secretary General of NATO 2014-2024", "Q20").countryQid());
        assertNull(one("Chief Minister of Sarawak", "Q833").countryQid());
        assertNull(one("Prime Minister of Sarawak 2018-", "Q833").countryQid());
        assertNull(one("Minister of Foreign Affairs (Faroe Islands) 2019-", "Q35").countryQid());
    }

    @Test
    void a_title_of_the_holder_s_own_country_needs_no_country_words() {
        Position p = one("Chief Cabinet Secretary 2023-2025", "Q17");
        assertEquals("Q17", p.countryQid());
        assertEquals("GOVERNMENT_SPOKESPERSON", p.officeKey());
    }

    @Test
    void unreadable_dates_are_an_error() {
        assertThrows(IllegalArgumentException.class, () -> parser.parse("Prime Minister (per source, 2026-)", "Q881"));
        assertThrows(IllegalArgumentException.class, () -> parser.parse("Minister 2024-05-14-2025-01-01", "Q881"));
    }
}
