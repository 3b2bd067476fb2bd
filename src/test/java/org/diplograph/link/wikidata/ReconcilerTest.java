package org.diplograph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.EntityType;
import org.diplograph.link.wikidata.Resolution.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups against the local stand-in ({@code stand-in.ttl}), whose items are all made up. */
class ReconcilerTest {
    static StandIn wikidata;

    @TempDir Path cache;
    Reconciler reconciler;

    @BeforeAll
    static void start() {
        wikidata = StandIn.start();
    }

    @AfterAll
    static void stop() {
        wikidata.close();
    }

    @BeforeEach
    void client() {
        reconciler = new Reconciler(WikidataClient.create().endpoint(wikidata.endpoint()).cache(cache)
                .minInterval(Duration.ZERO).build());
    }

    private static UnlinkedEntity person(String label, Set<String> countries, boolean role) {
        return new UnlinkedEntity("urn:test:" + label.replace(' ', '-'), EntityType.PERSON, label, countries, role);
    }

    private Resolution resolve(EntityType type, String label) {
        return reconciler.resolve(UnlinkedEntity.of("urn:test:" + label.replace(' ', '-'), type, label));
    }

    @Test
    void a_person_with_one_human_item_of_that_label_is_linked_and_the_disambiguation_page_is_ignored() {
        Resolution r = resolve(EntityType.PERSON, "Charles Michel");

        assertEquals(Outcome.LINKED, r.outcome());
        assertEquals("Q900000001", r.qid());
        assertEquals(List.of(new Match("Q900000001", "stand-in Belgian politician", Set.of("Q31"), true)), r.matches());
    }

    @Test
    void an_alias_matches_like_a_label() {
        assertEquals("Q900000001", resolve(EntityType.PERSON, "Charles Yvon Michel").qid());
        assertEquals("Q900000201", resolve(EntityType.PLACE, "Uglegorsk").qid());
    }

    @Test
    void two_people_of_the_same_label_and_country_both_in_office_are_ambiguous_and_left_unlinked() {
        Resolution r = reconciler.resolve(person("Ahmed Hassan", Set.of("Q79"), true));

        assertEquals(Outcome.AMBIGUOUS, r.outcome());
        assertEquals(null, r.qid());
        assertEquals(List.of("Q900000003", "Q900000004"), r.matches().stream().map(Match::qid).toList());
    }

    @Test
    void the_affiliation_country_picks_among_people_of_the_same_label() {
        assertEquals(Outcome.AMBIGUOUS, reconciler.resolve(person("John Smith", Set.of(), false)).outcome());
        assertEquals("Q900000005", reconciler.resolve(person("John Smith", Set.of("Q145"), false)).qid());
        assertEquals("Q900000006", reconciler.resolve(person("John Smith", Set.of("Q30"), false)).qid());
        assertEquals(Outcome.NOT_FOUND, reconciler.resolve(person("John Smith", Set.of("Q79"), false)).outcome());
    }

    @Test
    void among_people_of_the_same_label_the_one_holding_a_position_wins_only_when_the_article_gives_a_role() {
        assertEquals(Outcome.AMBIGUOUS, reconciler.resolve(person("Maria Oliveira", Set.of("Q155"), false)).outcome());
        Resolution withRole = reconciler.resolve(person("Maria Oliveira", Set.of("Q155"), true));

        assertEquals(Outcome.LINKED, withRole.outcome());
        assertEquals("Q900000007", withRole.qid());
    }

    @Test
    void types_never_cross_a_city_and_a_person_sharing_a_label() {
        assertEquals("Q900000201", resolve(EntityType.PLACE, "Tsiolkovsky").qid());
        assertEquals("Q900000010", resolve(EntityType.PERSON, "Tsiolkovsky").qid());
        assertEquals("Q900000301", resolve(EntityType.COUNTRY, "Freedonia").qid());
        assertEquals("Q900000302", resolve(EntityType.PLACE, "Freedonia").qid());
    }

    @Test
    void organisation_labels_match_whatever_their_case_and_an_outlet_is_looked_up_as_an_organisation() {
        assertEquals("Q900000401", resolve(EntityType.ORGANIZATION, "COUNCIL OF THE BALTIC SEA STATES").qid());
        assertEquals("Q900000401", resolve(EntityType.ORGANIZATION, "cbss").qid());
        assertEquals("Q900000402", resolve(EntityType.OUTLET, "Baltic News Service").qid());
    }

    @Test
    void an_organisation_lookup_never_returns_a_person() {
        assertEquals(Outcome.NOT_FOUND, resolve(EntityType.ORGANIZATION, "Charles Michel").outcome());
    }

    @Test
    void a_label_wikidata_does_not_have_is_not_found() {
        Resolution r = resolve(EntityType.PERSON, "Nadia Nobody");

        assertEquals(Outcome.NOT_FOUND, r.outcome());
        assertEquals(List.of(), r.matches());
    }
}
