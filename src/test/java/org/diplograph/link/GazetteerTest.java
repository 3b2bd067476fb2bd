package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.link.GazetteerEntry.Kind;
import org.junit.jupiter.api.Test;

/** Lookups and office resolution on the bundled gazetteer. */
class GazetteerTest {
    private static final Gazetteer G = Gazetteer.bundled();

    private static String holder(String office, String country, String day) {
        return G.officeHolder(office, country, LocalDate.parse(day)).map(GazetteerEntry::name).orElse(null);
    }

    @Test
    void lookup_ignores_case_dots_diacritics_and_possessives() {
        assertEquals("Q423", G.lookup("n. korea's").get(0).qid());
        assertEquals("Q30", G.lookup("U.S.A.").get(0).qid());
        assertEquals("Q39259", G.lookup("ERDOGAN").get(0).qid());
        assertEquals("Q43", G.lookup("Türkiye").get(0).qid());
    }

    @Test
    void demonyms_find_their_country_only_through_the_demonym_index() {
        assertEquals("Q423", G.countryByDemonym("North Korean").orElseThrow().qid());
        assertTrue(G.countryByName("North Korean").isEmpty());
        assertEquals("Q159", G.country("Russian").orElseThrow().qid());
        assertEquals("Q159", G.country("Russia's").orElseThrow().qid());
    }

    @Test
    void by_qid_prefers_the_country_row_of_a_city_state() {
        assertEquals(Kind.COUNTRY, G.byQid("Q334").orElseThrow().kind());
        assertTrue(G.byQid("Q999999999").isEmpty());
    }

    @Test
    void surname_index_folds_romanisations_and_knows_family_name_first_countries() {
        assertEquals(List.of("Sergei Shoigu"), G.bySurname("Shoygu").stream().map(GazetteerEntry::name).toList());
        assertTrue(G.bySurname("Kim").stream().anyMatch(e -> "Q56226".equals(e.qid())), "Kim is Kim Jong-un's family name");
        assertTrue(G.bySurname("von der Leyen").stream().anyMatch(e -> e.name().equals("Ursula von der Leyen")));
        assertTrue(G.bySurname("Austin").stream().anyMatch(e -> e.name().equals("Lloyd Austin")));
    }

    @Test
    void title_words_give_office_keys() {
        assertEquals("DEFENCE_MINISTER", G.officeKey("the Russian defence minister").orElseThrow());
        assertEquals("DEFENCE_MINISTER", G.officeKey("Defense Secretary").orElseThrow());
        assertEquals("FOREIGN_MINISTER", G.officeKey("Minister of Foreign Affairs").orElseThrow());
        assertEquals("FOREIGN_MINISTER", G.officeKey("U.S. Secretary of State").orElseThrow());
        assertEquals("FOREIGN_MINISTER", G.officeKey("foreign minister").orElseThrow());
        assertEquals("LEADER", G.officeKey("North Korean leader").orElseThrow());
        assertEquals("HEAD_OF_GOVERNMENT", G.officeKey("Chancellor").orElseThrow());
        assertEquals("FINANCE_MINISTER", G.officeKey("Chancellor of the Exchequer").orElseThrow());
        assertEquals("CROWN_PRINCE", G.officeKey("Saudi Crown Prince").orElseThrow());
        assertTrue(G.officeKey("fisherman").isEmpty());
    }

    @Test
    void russian_defence_ministry_changes_hands_in_2024() {
        assertEquals("Sergei Shoigu", holder("DEFENCE_MINISTER", "Q159", "2023-09-17"));
        assertEquals("Andrei Belousov", holder("DEFENCE_MINISTER", "Q159", "2025-03-01"));
        // people.tsv pairs Shoigu with Q32024 and Belousov with Q4082839.
        assertEquals("Q32024", G.officeHolder("DEFENCE_MINISTER", "Q159", LocalDate.of(2023, 9, 17)).orElseThrow().qid());
        assertEquals("Q4082839", G.officeHolder("DEFENCE_MINISTER", "Q159", LocalDate.of(2025, 3, 1)).orElseThrow().qid());
    }

    @Test
    void an_open_term_ends_when_the_next_holder_starts() {
        // people.tsv lists Colonna as "2022-" (a snapshot taken in her term); Séjourné and Barrot followed in 2024.
        assertEquals("Catherine Colonna", holder("FOREIGN_MINISTER", "Q142", "2023-06-01"));
        assertEquals("Jean-Noël Barrot", holder("FOREIGN_MINISTER", "Q142", "2025-03-01"));
    }

    @Test
    void a_year_of_change_without_a_day_stays_in_doubt() {
        // Shoigu's end is written as 2024 and Belousov's start by day (2024-05-14): before the day is still Shoigu's
        // year of doubt, after it only Belousov is sure.
        assertEquals("Andrei Belousov", holder("DEFENCE_MINISTER", "Q159", "2024-06-01"));
        assertEquals(null, holder("DEFENCE_MINISTER", "Q159", "2024-03-01"));
    }

    @Test
    void leader_follows_the_country_s_leading_office() {
        assertEquals("Vladimir Putin", holder("LEADER", "Q159", "2023-09-17"));
        assertEquals("Kim Jong-un", holder("LEADER", "Q423", "2023-09-17"));
        assertEquals("Xi Jinping", holder("LEADER", "Q148", "2023-09-17"));
        assertEquals("Olaf Scholz", holder("LEADER", "Q183", "2023-09-17"));
    }

    @Test
    void offices_with_many_holders_never_resolve() {
        assertTrue(G.officeHolder("AMBASSADOR", "Q159", LocalDate.of(2023, 9, 17)).isEmpty());
        assertTrue(G.officeHolder("SPOKESPERSON", "Q159", LocalDate.of(2023, 9, 17)).isEmpty());
    }

    @Test
    void max_alias_tokens_covers_the_longest_name() {
        int longest = G.entries().stream().flatMap(e -> e.names().stream())
                .mapToInt(n -> Names.tokens(Names.key(n)).size()).max().orElseThrow();
        assertEquals(longest, G.maxAliasTokens());
    }
}
