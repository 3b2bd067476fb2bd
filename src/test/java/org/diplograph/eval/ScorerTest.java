package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static GoldEvent.Name n(String label, String qid) {
        return new GoldEvent.Name(label, qid);
    }

    private static GoldEvent event(String type, List<GoldEvent.Name> people, GoldEvent.Name place, String date) {
        return new GoldEvent("e", "a1", type, people, place, date, List.of("KCNA"), "");
    }

    @Test
    void a_meeting_matches_on_two_participants_by_qid_or_surname() {
        GoldEvent gold = event("Meeting", List.of(n("Kim Jong Un", "Q56226"), n("Sergei Shoigu", null)), null, "2023-09-16");
        GoldEvent got = event("Meeting", List.of(n("Kim Jong-un", "Q56226"), n("Shoigu", null)), null, "2023-09-16");
        Scorer.Report r = Scorer.score(List.of(gold), List.of(got));
        assertEquals(1, r.matched());
        assertEquals(1.0, r.f1());
        assertEquals(1.0, r.dateAccuracy());
    }

    @Test
    void a_visit_needs_the_destination_gold_names() {
        GoldEvent gold = event("Visit", List.of(n("Kim Jong Un", "Q56226")), n("Vladivostok", "Q959"), "2023-09-16");
        GoldEvent elsewhere = event("Visit", List.of(n("Kim Jong Un", "Q56226")), n("Moscow", "Q649"), "2023-09-16");
        assertEquals(0, Scorer.score(List.of(gold), List.of(elsewhere)).matched());
    }

    @Test
    void dates_must_match_with_their_precision() {
        GoldEvent gold = event("Meeting", List.of(n("Kim Jong Un", "Q56226"), n("Vladimir Putin", "Q7747")), null, "2023-09");
        GoldEvent got = event("Meeting", List.of(n("Kim Jong Un", "Q56226"), n("Vladimir Putin", "Q7747")), null, "2023-09-13");
        Scorer.Report r = Scorer.score(List.of(gold), List.of(got));
        assertEquals(1, r.matched());
        assertEquals(0.0, r.dateAccuracy());
    }

    @Test
    void a_wrong_qid_loses_the_participant_and_so_the_event() {
        GoldEvent gold = event("Meeting", List.of(n("Kim Jong Un", "Q56226"), n("Vladimir Putin", "Q7747")), null, "2023-09");
        GoldEvent got = event("Meeting", List.of(n("Kim Jong Un", "Q56226"), n("Putin", "Q1")), null, "2023-09");
        Scorer.Report r = Scorer.score(List.of(gold), List.of(got));
        assertEquals(0, r.matched());
        assertEquals(1, r.extras().size());
    }
}
