package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.diplograph.nlp.Dependency;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.TimeMention;
import org.diplograph.nlp.Token;

/**
 * The date of a contact from its trigger: the time expression tied to the trigger's clause in the parse, else the one
 * date of a sentence that no reporting verb claims, "a day after he held talks" counted from the clause it hangs on,
 * and the publication date for a present-perfect lead. {@link DateResolver} turns the words into a value.
 */
final class DateRules {

    private final ArticleState st;

    DateRules(ArticleState st) {
        this.st = st;
    }

    /** The trigger and the clauses tied to it that can carry its date or place (not reporting verbs). */
    List<Integer> cluster(Sentence s, int trigger) {
        List<Integer> out = new ArrayList<>(List.of(trigger));
        Dependency up = Deps.governor(s, trigger);
        if (up != null && up.gov() >= 0) {
            String gl = s.token(up.gov()).lemma().toLowerCase(Locale.ROOT);
            boolean tied = up.rel().equals("obj") || up.rel().startsWith("nsubj") || up.rel().startsWith("obl")
                    || up.rel().startsWith("xcomp") || up.rel().startsWith("advcl") || up.rel().startsWith("conj");
            // Coordinated verbs share a time: "landed in Tel Aviv on Wednesday and met Netanyahu".
            if (tied && !Words.REPORT_VERBS.contains(gl) && !s.token(trigger).isVerb() || tied && s.token(trigger).isVerb()
                    && (up.rel().startsWith("xcomp") || up.rel().startsWith("conj")) && !Words.REPORT_VERBS.contains(gl)) {
                out.add(up.gov());
                // "who travelled to New Delhi on Thursday, arrived in Islamabad on Friday and held talks with Dar": the
                // verb a noun hangs on shares the time of the verb it is coordinated with.
                Dependency conj = s.token(trigger).isVerb() ? null : Deps.governor(s, up.gov());
                if (conj != null && conj.gov() >= 0 && conj.rel().startsWith("conj")
                        && !Words.REPORT_VERBS.contains(s.token(conj.gov()).lemma().toLowerCase(Locale.ROOT))) out.add(conj.gov());
            }
        }
        for (Dependency d : s.children(trigger, null)) {
            if ((d.rel().startsWith("advcl") || d.rel().startsWith("xcomp")) && !Words.REPORT_VERBS.contains(s.token(d.dep()).lemma().toLowerCase(Locale.ROOT))) {
                out.add(d.dep());
            }
        }
        // "visited Sofia, where he met X": the clause shares the visit's time.
        int clauseVerb = s.token(trigger).isNoun() && up != null && up.gov() >= 0 ? up.gov() : trigger;
        Dependency rel = Deps.governor(s, clauseVerb);
        if (rel != null && rel.gov() >= 0 && rel.rel().startsWith("acl") && st.entity(s, rel.gov()) != null) {
            Dependency placeUp = Deps.governor(s, rel.gov());
            if (placeUp != null && placeUp.gov() >= 0 && !Words.REPORT_VERBS.contains(s.token(placeUp.gov()).lemma().toLowerCase(Locale.ROOT))) {
                out.add(placeUp.gov());
                if (!out.contains(clauseVerb)) out.add(clauseVerb);
            }
        }
        return out;
    }

    TimeValue dateFor(Sentence s, int trigger, Factuality f) {
        TimeValue relative = daysFromClause(s, trigger, f);
        if (relative != null) return relative;
        TimeValue afterArrival = daysAfterArrival(s);
        if (afterArrival != null) return afterArrival;
        boolean past = f == Factuality.HAPPENED;
        List<Integer> cluster = cluster(s, trigger);
        TimeMention best = null;
        // The trigger's own time before a coordinated clause's: "visited Tehran in June, and X travelled to Riyadh in August".
        for (int member = 0; member < cluster.size() && best == null; member++) {
            for (TimeMention tm : s.times()) {
                if (tm.start() < s.tokens().size() && st.inDateline(s, tm.start())) continue;
                // "their first talks in five years": a span of time says how long since, not when; "on a Saturday" is no day.
                if ("DURATION".equals(tm.type()) || tm.start() > 0 && s.token(tm.start() - 1).word().matches("(?i)an?") || describesSomeone(s, tm)) continue;
                if (tiedTo(s, tm, cluster.get(member)) && !sinceWhat(s, tm, cluster.get(member))) {
                    best = tm;
                    break;
                }
            }
        }
        if (best == null) best = whenClauseTime(s, trigger);
        if (best == null) best = onlyEventTime(s, cluster);
        if (best != null) {
            TimeValue tv = thatYear(s, best, st.resolve(withPreposition(s, best), best.value(), past));
            if (tv.value() != null || tv.text() != null) return tv;
        }
        // "agreed on Monday evening ..., after a meeting with X": the news and what led to it share the day.
        Dependency anchor = Deps.governor(s, trigger);
        if (anchor != null && anchor.rel().equals("obl:after") && !s.token(trigger).isVerb()) {
            for (Dependency d : s.deps()) {
                if (d.gov() < 0 && d.rel().equals("root") && d.dep() != trigger && s.token(d.dep()).isVerb()) {
                    TimeValue rootDate = dateFor(s, d.dep(), f);
                    if (rootDate.value() != null && rootDate.value().length() == 10) return rootDate;
                }
            }
        }
        // A present-perfect lead with no time word takes the publication date: "has met".
        Token t = s.token(trigger);
        int verb = t.isVerb() ? trigger : Deps.governorVerb(s, trigger);
        // Only the lead: "has met X three times since 2019" further down is no report of today.
        if (verb >= 0 && st.isLead(s) && (s.token(verb).pos().equals("VBN") || s.token(verb).pos().equals("VBD"))) {
            for (Dependency a : s.children(verb, "aux")) {
                String w = s.token(a.dep()).word().toLowerCase(Locale.ROOT);
                if (w.equals("has") || w.equals("have")) return new TimeValue(st.pub.toString(), null);
            }
        }
        // "Scholz later held talks with Li Qiang", "Later, at the palace, ...", "He then met X": the day of the contact told before.
        List<Integer> adverbs = new ArrayList<>(List.of(0));
        if (verb >= 0) s.children(verb, "advmod").forEach(a -> adverbs.add(a.dep()));
        for (int a : adverbs) {
            String w = s.token(a).word();
            if (DateResolver.anaphoricOffset(w).isPresent()) return new TimeValue(null, w);
        }
        // "received Dendias later that day": SUTime keeps only "day", as a length of time; the phrase points back.
        if (verb >= 0) {
            for (Dependency tmod : s.children(verb, "obl:tmod")) {
                int[] range = Deps.subtreeRange(s, tmod.dep());
                String words = s.span(range[0], range[1]);
                if (DateResolver.anaphoricOffset(words).isPresent()) return new TimeValue(null, words);
            }
        }
        // "He also met X, the chairman of the upper house, that day": the parse may hang the words on a name instead.
        for (TimeMention tm : s.times()) {
            if (!"DURATION".equals(tm.type())) continue;
            for (int back = 1; back <= 2 && tm.start() - back >= 0; back++) {
                String words = s.span(tm.start() - back, tm.end());
                if (DateResolver.anaphoricOffset(words).isPresent()) return new TimeValue(null, words);
            }
        }
        return new TimeValue(null, null);
    }

    /**
     * "arrived on Wednesday, a day after he held talks with Biden": a clause marked "after" or "before" with a
     * count of days is dated from the clause it hangs on. Null when the sentence says no such thing.
     */
    private TimeValue daysFromClause(Sentence s, int trigger, Factuality f) {
        int verb = s.token(trigger).isVerb() ? trigger : Deps.governorVerb(s, trigger);
        if (verb < 0) return null;
        String mark = null;
        for (Dependency m : s.children(verb, "mark")) {
            String w = s.token(m.dep()).word().toLowerCase(Locale.ROOT);
            if (w.equals("after") || w.equals("before")) mark = w;
        }
        Dependency up = Deps.governor(s, verb);
        if (mark == null || up == null || up.gov() < 0 || !(up.rel().startsWith("advcl") || up.rel().equals("dep"))) return null;
        // The clause may hang on a noun of the main clause ("for a summit ..., a day after"): climb to its verb.
        int anchorVerb = up.gov();
        for (int depth = 0; depth < 4 && anchorVerb >= 0 && !s.token(anchorVerb).isVerb(); depth++) {
            Dependency next = Deps.governor(s, anchorVerb);
            anchorVerb = next == null ? -1 : next.gov();
        }
        if (anchorVerb < 0) return null;
        // "two days after Wang received Bagheri Kani in Beijing on Thursday": the clause's own day wins.
        for (TimeMention tm : s.times()) {
            if ("DATE".equals(tm.type()) && tiedTo(s, tm, verb)) return null;
        }
        for (TimeMention tm : s.times()) {
            if (!"DURATION".equals(tm.type()) || tm.value() == null || !tm.value().matches("P\\d+D")) continue;
            Dependency on = Deps.governor(s, tm.end() - 1);
            if (on == null || on.gov() != verb) continue;
            TimeValue anchor = dateFor(s, anchorVerb, f);
            if (anchor.value() == null || anchor.value().length() != 10) return null;
            int days = Integer.parseInt(tm.value().substring(1, tm.value().length() - 1));
            LocalDate d = LocalDate.parse(anchor.value()).plusDays(mark.equals("after") ? -days : days);
            return TimeValue.day(d, tm.text() + " " + mark);
        }
        return null;
    }

    /**
     * "Two days after his arrival, the Pope flew to Erbil": counted from the day of the first visit told before.
     * Null when the sentence says no such thing or no arrival before it has a day.
     */
    private TimeValue daysAfterArrival(Sentence s) {
        for (TimeMention tm : s.times()) {
            if (!"DURATION".equals(tm.type()) || tm.value() == null || !tm.value().matches("P\\d+D") || tm.end() + 1 >= s.tokens().size()) continue;
            if (!s.token(tm.end()).word().equalsIgnoreCase("after")) continue;
            int k = tm.end() + 1;
            if (s.token(k).word().matches("(?i)his|her|their|the")) k++;
            if (k >= s.tokens().size() || !s.token(k).word().matches("(?i)arrival|arriving")) continue;
            int days = Integer.parseInt(tm.value().substring(1, tm.value().length() - 1));
            // The arrival is the trip's first dated visit, not its latest stop.
            for (Draft d : st.drafts) {
                if (d.type != EventType.VISIT || d.factuality != Factuality.HAPPENED || d.date.value() == null || d.date.value().length() != 10) continue;
                return TimeValue.day(LocalDate.parse(d.date.value()).plusDays(days), s.span(tm.start(), k + 1));
            }
        }
        return null;
    }

    /**
     * "visited Seoul in December 2022, and Yoon first met Tokayev in New York in September that year": the year is the one
     * stated before it, in this sentence or the one before, not the year SUTime takes from the publication.
     */
    private TimeValue thatYear(Sentence s, TimeMention tm, TimeValue tv) {
        // SUTime takes "September" and leaves "that year" as a length of its own.
        String around = s.span(tm.start(), Math.min(s.tokens().size(), tm.end() + 3)).toLowerCase(Locale.ROOT);
        if (tv.value() == null || !around.matches(".*\\b(that|the same) year\\b.*")) return tv;
        String before = s.text().substring(0, Math.max(0, s.token(tm.start()).begin() - s.begin()));
        if (s.index() > 0) before = st.doc.sentences().get(s.index() - 1).text() + " " + before;
        Matcher year = DateResolver.YEAR_IN_TEXT.matcher(before);
        String last = null;
        while (year.find()) last = year.group();
        return last == null ? new TimeValue(null, tv.text()) : new TimeValue(last + tv.value().substring(4), tv.text());
    }

    /** "The tour began on Tuesday, when Orbán made his first visit to Kyiv": the day the clause describes. */
    private TimeMention whenClauseTime(Sentence s, int trigger) {
        int verb = s.token(trigger).isVerb() ? trigger : Deps.governorVerb(s, trigger);
        Dependency up = verb < 0 ? null : Deps.governor(s, verb);
        if (up == null || up.gov() < 0 || !up.rel().startsWith("acl:relcl")) return null;
        // "when" hangs on the clause's first verb; a verb coordinated with it ("and held talks") shares it. The parse
        // also hangs a "where" clause on the day before it: "began in Istanbul on Sunday, where he was hosted by".
        boolean when = whenOrWhere(s, verb) || s.deps().stream()
                .anyMatch(c -> c.rel().startsWith("conj") && c.dep() == verb && whenOrWhere(s, c.gov()));
        if (!when) return null;
        for (TimeMention tm : s.times()) {
            if ("DATE".equals(tm.type()) && tm.covers(up.gov()) && !st.inDateline(s, tm.start())) return tm;
        }
        return null;
    }

    private static boolean whenOrWhere(Sentence s, int verb) {
        return Deps.hasChildWord(s, verb, "advmod", "when") || Deps.hasChildWord(s, verb, "advmod", "where");
    }

    /**
     * When the parse ties no time to the trigger, a sentence with exactly one date that no reporting verb
     * governs ("said on Sunday") is taken to date its contact.
     */
    private TimeMention onlyEventTime(Sentence s, List<Integer> cluster) {
        TimeMention only = null;
        for (TimeMention tm : s.times()) {
            if (!(tm.type().equals("DATE") || tm.type().equals("TIME")) || tm.value() == null) continue;
            if (st.inDateline(s, tm.start()) || describesSomeone(s, tm)) continue;
            // "the first held since 2019": where a span starts, not when the contact was.
            if (tm.start() > 0 && s.token(tm.start() - 1).word().equalsIgnoreCase("since")) continue;
            boolean reporting = false;
            for (int k = tm.start(); k < tm.end(); k++) {
                // "on Wednesday before bringing ...": the preposition SUTime took in marks the next clause, not this time.
                if (s.token(k).pos().equals("IN")) continue;
                Dependency up = Deps.governor(s, k);
                if (up == null || up.gov() < 0 || tm.covers(up.gov())) continue;
                Token g = s.token(up.gov());
                // A date of another clause ("since Russia launched ... in February") or of the report is not the contact's.
                if (Words.REPORT_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT)) && !beforeReportTail(s, tm, up.gov(), cluster)
                        || g.isVerb() && !Words.REPORT_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT)) && !cluster.contains(up.gov())) {
                    reporting = true;
                }
            }
            if (reporting) continue;
            if (only != null) return null;
            only = tm;
        }
        return only;
    }

    /** "the current chair of the African Union", "the former president": a word of time that describes a person, not a contact. */
    private static boolean describesSomeone(Sentence s, TimeMention tm) {
        return tm.value() != null && tm.value().endsWith("_REF") && s.token(tm.start()).pos().startsWith("JJ");
    }

    /** "his first meeting with Putin since his re-election in May": the time of what came before, not of the contact. */
    private static boolean sinceWhat(Sentence s, TimeMention tm, int head) {
        // The parse may hang the time beside the "since" phrase it belongs to.
        for (Dependency c : s.children(head, null)) {
            if (c.rel().endsWith(":since") && c.dep() < tm.start() && tm.start() - c.dep() <= 3) return true;
        }
        int at = tm.end() - 1;
        for (int depth = 0; depth < 2 && at >= 0; depth++) {
            int here = at;
            // "since his re-election in May", "since taking office in January"
            if (s.children(here, null).stream().anyMatch(c -> (c.rel().equals("case") || c.rel().equals("mark"))
                    && s.token(c.dep()).word().equalsIgnoreCase("since"))) return true;
            Dependency up = Deps.governor(s, here);
            at = up == null ? -1 : up.gov();
        }
        return false;
    }

    /** Whether the parse hangs a time expression on this token (from outside the expression). */
    static boolean tiedTo(Sentence s, TimeMention tm, int token) {
        if (tm.covers(token)) return false;
        for (int k = tm.start(); k < tm.end(); k++) {
            Dependency up = Deps.governor(s, k);
            if (up != null && up.gov() == token) return true;
        }
        return false;
    }

    /**
     * "met X in Abu Dhabi the same day, the Armenian government said": the parse may hang a time before the comma on
     * the report tail, but words ahead of the tail's subject belong to the contact's clause.
     */
    private static boolean beforeReportTail(Sentence s, TimeMention tm, int report, List<Integer> cluster) {
        Dependency tail = Deps.governor(s, report);
        if (tail == null || !tail.rel().equals("parataxis") || !cluster.contains(tail.gov()) || report < tm.end()) return false;
        for (Dependency subj : s.children(report, "nsubj")) {
            if (subj.dep() < tm.end()) return false;
            int from = subj.dep();
            for (Dependency mod : s.children(subj.dep(), null)) from = Math.min(from, mod.dep());
            return from >= tm.end();
        }
        return false;
    }

    private String withPreposition(Sentence s, TimeMention tm) {
        int start = tm.start();
        if (start > 0) {
            String prev = s.token(start - 1).word().toLowerCase(Locale.ROOT);
            if (Set.of("on", "in", "during", "since", "by", "at", "early", "late", "earlier").contains(prev)) {
                start--;
                // "Earlier in the day", "later in the day"
                if (start > 0 && s.token(start - 1).word().matches("(?i)earlier|later")) start--;
            }
            // "since the Oct. 7 attack"
            else if (prev.equals("the") && start >= 2 && s.token(start - 2).word().equalsIgnoreCase("since")) start -= 2;
            // "held talks that evening": the day of the contact told before, not of publication.
            else if (prev.equals("that") && s.token(start).word().matches("(?i)day|morning|afternoon|evening|night")) start--;
            // "landed in Tripoli in the morning": the day of the contact told before, not of publication.
            else if (prev.equals("the") && start >= 2 && s.token(start - 2).word().matches("(?i)in|during")
                    && tm.end() - tm.start() == 1 && s.token(start).word().matches("(?i)morning|afternoon|evening|night")) start -= 2;
        }
        return s.span(start, tm.end());
    }
}
