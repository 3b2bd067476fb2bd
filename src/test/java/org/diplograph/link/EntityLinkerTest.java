package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.extract.Actor;
import org.diplograph.extract.EntityType;
import org.diplograph.link.GazetteerEntry.Kind;
import org.junit.jupiter.api.Test;

/**
 * The linker against the bundled gazetteer. Sergei Shoigu is Q32024 here: that is the QID the verified
 * people.tsv pairs with him (russia-cabinet wikidata.csv).
 */
class EntityLinkerTest {
    private static final Gazetteer G = Gazetteer.bundled();
    private static final EntityLinker LINKER = new EntityLinker(G);
    private static final LocalDate SEPT_2023 = LocalDate.of(2023, 9, 17);
    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);
    private static final String SHOIGU = "Q32024";
    private static final String BELOUSOV = "Q4082839";

    private static Entity person(String name, String affiliation, LocalDate date) {
        return LINKER.link(new Actor(name, EntityType.PERSON, null, affiliation), date);
    }

    private static String qid(String name, EntityType type) {
        return LINKER.link(Actor.of(name, type), SEPT_2023).qid();
    }

    @Test
    void every_spelling_of_shoigu_links_to_one_qid() {
        for (String name : List.of("Sergei Shoigu", "Sergey Shoygu", "Sergei Shoygu", "Sergey Shoigu", "Shoigu",
                "Shoygu", "Russian Defence Minister Sergei Shoigu", "Shoigu's")) {
            assertEquals(SHOIGU, person(name, "Russia", SEPT_2023).qid(), name);
        }
        assertEquals(SHOIGU, person("Shoigu", null, SEPT_2023).qid());
    }

    @Test
    void an_entry_without_a_qid_keeps_the_fuller_name_the_article_writes() {
        // people-unverified.tsv lists "Asim Munir" and "Abbas Araghchi" with no QID.
        assertEquals("Syed Asim Munir", person("Syed Asim Munir", "Pakistan", SEPT_2023).label());
        assertEquals("Seyed Abbas Araghchi", person("Seyed Abbas Araghchi", "Iran", MARCH_2025).label());
        assertEquals("Asim Munir", person("Asim Munir", "Pakistan", SEPT_2023).label());
        assertEquals("Abbas Araghchi", person("Abbas Araqchi", "Iran", MARCH_2025).label());
        // A linked person keeps the gazetteer's label.
        assertEquals("Q39259", person("Recep Tayyip Erdogan", "Turkey", SEPT_2023).qid());
    }

    @Test
    void erdogan_with_or_without_the_breve_is_one_person() {
        String a = qid("Erdoğan", EntityType.PERSON);
        assertEquals("Q39259", a);
        assertEquals(a, qid("Erdogan", EntityType.PERSON));
        assertEquals(a, qid("Recep Tayyip Erdogan", EntityType.PERSON));
    }

    @Test
    void zelensky_spellings_are_one_person() {
        for (String name : List.of("Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "Volodymyr Zelensky")) {
            assertEquals("Q3874799", qid(name, EntityType.PERSON), name);
        }
    }

    @Test
    void a_name_written_family_name_first_links_like_the_usual_order() {
        assertEquals("Q359480", qid("Kishida Fumio", EntityType.PERSON));
        assertEquals("Q359480", qid("Fumio Kishida", EntityType.PERSON));
    }

    @Test
    void a_titled_full_name_under_another_given_name_links_to_the_one_office_holder_of_that_surname() {
        LocalDate jan2024 = LocalDate.of(2024, 1, 30);
        Entity tinubu = LINKER.link(new Actor("Asiwaju Ahmed Tinubu", EntityType.PERSON, "President", null), jan2024);
        assertEquals("Q3510872", tinubu.qid());
        // Without the title nothing ties the name to the office: it stays unlinked.
        assertNull(LINKER.link(new Actor("Asiwaju Ahmed Tinubu", EntityType.PERSON, null, null), jan2024).qid());
        // The same name before he took office is not him.
        assertNull(LINKER.link(new Actor("Asiwaju Ahmed Tinubu", EntityType.PERSON, "President", null), LocalDate.of(2019, 1, 1)).qid());
    }

    @Test
    void the_names_news_reports_give_bongbong_marcos_link_to_him_without_a_title() {
        Entity marcos = LINKER.link(new Actor("Ferdinand Marcos Jr.", EntityType.PERSON, null, null), LocalDate.of(2024, 1, 30));
        assertEquals("Q983324", marcos.qid());
    }

    @Test
    void the_leading_words_of_a_long_known_name_link_to_it_but_two_words_are_too_few() {
        assertEquals("Q12250314", qid("Haitham bin Tarik", EntityType.PERSON));
        assertEquals("Q12250314", qid("Sultan Haitham bin Tarik", EntityType.PERSON));
        assertEquals(null, qid("Haitham bin", EntityType.PERSON));
    }

    @Test
    void two_given_names_known_as_someone_else_do_not_link_a_longer_name_that_adds_a_family_name() {
        assertNull(qid("Abdul Hamid Dbeibah", EntityType.PERSON));
        assertEquals("Q3246667", person("Abdul Hamid", "Bangladesh", SEPT_2023).qid());
        assertEquals("Q16193885", qid("Samia Suluhu Hassan", EntityType.PERSON));
        assertEquals("Q718601", qid("Nana Addo Dankwa Akufo-Addo", EntityType.PERSON));
    }

    @Test
    void sheikh_and_a_given_name_is_the_gulf_ruler_of_that_name_not_someone_with_it_as_surname() {
        LocalDate aug2024 = LocalDate.of(2024, 8, 6);
        assertEquals("Q1951896", LINKER.link(new Actor("Mohamed", EntityType.PERSON, "President Sheikh", null), aug2024).qid());
        assertEquals("Q1951896", LINKER.link(new Actor("Sheikh Mohamed", EntityType.PERSON, "President", null), aug2024).qid());
        assertEquals("Q52183", LINKER.link(new Actor("Hasina", EntityType.PERSON, "Prime Minister Sheikh", "Bangladesh"), aug2024.minusYears(1)).qid());
    }

    @Test
    void kim_jong_un_links_however_the_given_name_is_split() {
        for (String name : List.of("Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim Jongun", "North Korean leader Kim Jong Un")) {
            assertEquals("Q56226", qid(name, EntityType.PERSON), name);
        }
    }

    @Test
    void russian_defence_minister_resolves_to_the_holder_on_the_article_date() {
        Actor office = new Actor("the Russian defence minister", EntityType.PERSON, "defence minister", "Russia");
        Entity in2023 = LINKER.link(office, SEPT_2023);
        Entity in2025 = LINKER.link(office, MARCH_2025);
        assertEquals(SHOIGU, in2023.qid());
        assertEquals("Sergei Shoigu", in2023.label());
        assertEquals("Q159", in2023.countryQid());
        assertEquals(BELOUSOV, in2025.qid());
        assertEquals("Andrei Belousov", in2025.label());
    }

    @Test
    void office_phrase_without_role_or_affiliation_fields_still_resolves() {
        Entity e = LINKER.link(Actor.of("Russia's defence chief", EntityType.PERSON), SEPT_2023);
        assertEquals(SHOIGU, e.qid());
    }

    @Test
    void office_phrase_of_an_unknown_country_stays_unlinked() {
        Entity e = LINKER.link(Actor.of("the defence minister", EntityType.PERSON), SEPT_2023);
        assertFalse(e.linked());
        assertEquals("the defence minister", e.label());
    }

    @Test
    void other_office_phrases_resolve_by_country_and_date() {
        assertEquals("Q7821917", qid("the U.S. secretary of state", EntityType.PERSON));
        assertEquals("Q15031", qid("Chinese President", EntityType.PERSON));
        assertEquals("Q324546", LINKER.link(Actor.of("the U.S. secretary of state", EntityType.PERSON), MARCH_2025).qid());
    }

    @Test
    void an_organisation_before_a_name_gives_the_country_not_the_person() {
        Entity e = LINKER.link(Actor.of("Kremlin spokesman Dmitry Peskov", EntityType.PERSON), SEPT_2023);
        assertEquals("Dmitry Peskov", e.label());
        assertEquals("Q159", e.countryQid());
        assertNull(e.qid(), "added by hand without a verified QID");
    }

    @Test
    void a_bare_surname_of_someone_out_of_office_on_the_date_stays_unlinked() {
        // "Austin" is no alias of Lloyd Austin, only his surname; his term ended on 2025-01-20.
        assertEquals("Q941013", person("Austin", "US", SEPT_2023).qid());
        assertFalse(person("Austin", "US", MARCH_2025).linked());
    }

    @Test
    void north_korean_leader_is_kim_jong_un() {
        Actor leader = new Actor("North Korean leader", EntityType.PERSON, "leader", "North Korea");
        assertEquals("Q56226", LINKER.link(leader, SEPT_2023).qid());
    }

    @Test
    void a_bare_surname_shared_by_several_people_of_the_country_stays_unlinked() {
        Entity kim = person("Kim", "North Korea", SEPT_2023);
        assertFalse(kim.linked());
        assertEquals("Kim", kim.label());
    }

    @Test
    void a_bare_surname_with_a_role_picks_the_holder_of_that_role() {
        Actor kim = new Actor("Kim", EntityType.PERSON, "leader", "North Korea");
        assertEquals("Q56226", LINKER.link(kim, SEPT_2023).qid());
    }

    @Test
    void country_names_and_demonyms_link_to_their_qids() {
        for (String name : List.of("DPRK", "North Korea", "N. Korea", "N. Korea's", "North Korean",
                "Democratic People's Republic of Korea")) {
            assertEquals("Q423", qid(name, EntityType.COUNTRY), name);
        }
        for (String name : List.of("U.S.", "US", "United States", "American", "the United States")) {
            assertEquals("Q30", qid(name, EntityType.COUNTRY), name);
        }
        assertEquals("Q145", qid("UK", EntityType.COUNTRY));
        assertEquals("Q145", qid("Britain", EntityType.COUNTRY));
    }

    @Test
    void an_ambiguous_demonym_stays_unlinked() {
        assertNull(qid("Congolese", EntityType.COUNTRY));
    }

    @Test
    void kcna_and_its_full_name_are_one_organisation() {
        Entity short_ = LINKER.link(Actor.of("KCNA", EntityType.ORGANIZATION), SEPT_2023);
        Entity full = LINKER.link(Actor.of("Korean Central News Agency", EntityType.ORGANIZATION), SEPT_2023);
        assertEquals("Korean Central News Agency", short_.label());
        assertEquals(full, short_);
        assertEquals("Q423", full.countryQid());
    }

    @Test
    void places_carry_coordinates_and_country() {
        Entity v = LINKER.link(Actor.of("Vladivostok", EntityType.PLACE), SEPT_2023);
        assertEquals("Q959", v.qid());
        assertEquals(EntityType.PLACE, v.type());
        assertEquals("Q159", v.countryQid());
        assertEquals(43.1155, v.lat(), 0.01);
        assertEquals(131.8855, v.lon(), 0.01);
    }

    @Test
    void a_place_that_is_a_country_links_as_a_country() {
        Entity e = LINKER.link(Actor.of("Russia", EntityType.PLACE), SEPT_2023);
        assertEquals(EntityType.COUNTRY, e.type());
        assertEquals("Q159", e.qid());
    }

    @Test
    void a_place_with_its_country_after_a_comma_links_to_the_place() {
        Entity e = LINKER.link(Actor.of("Vladivostok, Russia", EntityType.PLACE), SEPT_2023);
        assertEquals("Q959", e.qid());
    }

    @Test
    void no_city_name_links_to_a_person() {
        List<String> wrong = new ArrayList<>();
        for (GazetteerEntry city : G.entries()) {
            if (city.kind() != Kind.CITY) continue;
            Entity e = LINKER.link(Actor.of(city.name(), EntityType.PERSON), SEPT_2023);
            if (e.linked() || !e.label().equals(city.name())) wrong.add(city.name() + " -> " + e);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void a_person_is_never_linked_as_a_place_or_a_city_as_a_person() {
        Entity asPlace = LINKER.link(Actor.of("Sergei Shoigu", EntityType.PLACE), SEPT_2023);
        Entity asPerson = LINKER.link(Actor.of("Vladivostok", EntityType.PERSON), SEPT_2023);
        assertFalse(asPlace.linked());
        assertFalse(asPerson.linked());
        assertEquals(EntityType.PERSON, asPerson.type());
    }

    @Test
    void an_unknown_person_stays_unlinked_with_the_article_name() {
        Entity e = person("Ivan Nobody-Known", "Russia", SEPT_2023);
        assertEquals(Entity.unlinked(EntityType.PERSON, "Ivan Nobody-Known"), e);
    }

    @Test
    void recognise_types_a_phrase() {
        assertEquals(Kind.CITY, LINKER.recognise("Vladivostok").orElseThrow().kind());
        assertEquals("Q423", LINKER.recognise("North Korean").orElseThrow().qid());
        assertEquals(Kind.NEWS_AGENCY, LINKER.recognise("KCNA").orElseThrow().kind());
        assertTrue(LINKER.recognise("us").isEmpty(), "a lower-case pronoun is no country");
        assertNotEquals(Kind.PERSON, LINKER.recognise("Singapore").orElseThrow().kind());
    }
}
