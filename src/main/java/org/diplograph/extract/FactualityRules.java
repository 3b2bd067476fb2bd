package org.diplograph.extract;

import java.util.Locale;
import java.util.Set;
import org.diplograph.nlp.Dependency;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Whether a contact happened, read from the clause around its trigger: modals, negation, "to"-infinitives, and
 * governors that plan, cancel or deny it. Planned, hypothetical, denied, cancelled and in-progress contacts are
 * kept but never asserted as events.
 */
final class FactualityRules {
    private FactualityRules() {}

    static Factuality factuality(Sentence s, int verb) {
        int first = firstToDo(s, verb);
        if (first >= 0) {
            // "became the first French head of state to visit Mongolia": as factual as the becoming.
            Dependency up = Deps.governor(s, first);
            return factuality(s, up != null && up.gov() >= 0 && s.token(up.gov()).isVerb() ? up.gov() : first);
        }
        // "Had the two ministers met, it would have been ...": an auxiliary before its subject makes a condition.
        if (s.children(verb, "nsubj").stream().anyMatch(sub -> s.children(verb, "aux").stream()
                .anyMatch(a -> a.dep() < sub.dep() && s.token(a.dep()).word().matches("(?i)had|were|should")))) return Factuality.HYPOTHETICAL;
        Factuality f = Factuality.HAPPENED;
        int v = verb;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            Token t = s.token(v);
            for (Dependency d : s.children(v, null)) {
                String w = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
                if (d.rel().equals("aux") || d.rel().equals("aux:pass")) {
                    if (Words.MODALS.contains(w)) return w.equals("could") || w.equals("might") || w.equals("would") || w.equals("may")
                            ? Factuality.HYPOTHETICAL : Factuality.PLANNED;
                    if (w.equals("to") && depth == 0) f = Factuality.PLANNED;
                }
                if (d.rel().equals("advmod") && Words.NEGATIONS.contains(w) || d.rel().equals("neg")) return Factuality.DENIED;
                if (d.rel().equals("mark") && (w.equals("if") || w.equals("whether") || w.equals("unless"))) return Factuality.HYPOTHETICAL;
                if (d.rel().equals("mark") && w.equals("to") && depth == 0) f = Factuality.PLANNED;
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (depth > 0) {
                if (Words.DENY_GOVERNORS.contains(lemma)) return Factuality.DENIED;
                if (Words.CANCEL_GOVERNORS.contains(lemma)) return Factuality.CANCELLED;
                if (Words.NEGATIVE_GOVERNORS.contains(lemma)) return Factuality.DENIED;
                if (Words.PLAN_GOVERNORS.contains(lemma)) return Factuality.PLANNED;
            }
            if (depth == 0 && t.pos().equals("VBG") && (lemma.equals("head") || lemma.equals("travel") || lemma.equals("fly"))
                    && !s.children(v, "aux").isEmpty()) return Factuality.IN_PROGRESS;
            Dependency up = Deps.governor(s, v);
            if (up == null || up.gov() < 0) break;
            String r = up.rel();
            // "is due to address parliament before travelling to Madrid": the later step is as planned as the first ("agreed
            // to pause tariffs after the two leaders spoke" is no such step: what came before it happened).
            if (!(r.startsWith("xcomp") || r.startsWith("ccomp") || r.startsWith("obj") || r.startsWith("csubj") || r.startsWith("advcl:to")
                    || r.equals("advcl:before")
                    // "is due to address": the parse may leave the infinitive a bare dep of "due"
                    || r.equals("dep") && Words.PLAN_GOVERNORS.contains(s.token(up.gov()).lemma().toLowerCase(Locale.ROOT))
                    || r.startsWith("acl") && !r.startsWith("acl:relcl")
                    // "denied reports that the two ministers had held a meeting", the clause left as a bare dep of the noun
                    || r.equals("dep") && s.token(up.gov()).isNoun())) break;
            if (r.startsWith("ccomp") && s.token(up.gov()).isVerb() && Words.REPORT_VERBS.contains(s.token(up.gov()).lemma().toLowerCase(Locale.ROOT))) {
                // "X denied reports" vs "KCNA reported": only negations of the report verb matter.
                Factuality g = negatedHere(s, up.gov());
                return g != null ? g : f;
            }
            v = up.gov();
        }
        return f;
    }

    /**
     * "became the first French head of state to visit Mongolia", "Fidan, the first foreign minister to visit Syria",
     * "was the last Pakistani minister to visit India": an infinitive that says what made someone the first, last or
     * only one of a kind tells a contact that happened. Returns that noun ("head"), or -1 when the verb is no such infinitive.
     */
    static int firstToDo(Sentence s, int verb) {
        if (!s.token(verb).isVerb() || s.children(verb, "mark").stream().noneMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("to"))) return -1;
        Dependency up = Deps.governor(s, verb);
        if (up == null || up.gov() < 0) return -1;
        // "became the first head of government to visit Brunei", parsed with both as complements of "became".
        if (up.rel().startsWith("xcomp") && s.token(up.gov()).lemma().equalsIgnoreCase("become")) {
            // ... or with the noun as its object: "became the first French head of state to visit Mongolia".
            for (Dependency x : s.deps()) {
                if (x.gov() != up.gov() || !(x.rel().equals("xcomp") || x.rel().equals("obj"))) continue;
                if (x.dep() != verb && s.children(x.dep(), "amod").stream().anyMatch(d -> s.token(d.dep()).word().matches("(?i)first|last|only"))) return x.dep();
            }
            return -1;
        }
        if (!up.rel().startsWith("acl") || up.rel().startsWith("acl:relcl")) return -1;
        int noun = up.gov();
        // "the first French head of state to visit": the infinitive can hang on "state" or "government".
        Dependency of = Deps.governor(s, noun);
        if (s.children(noun, "amod").isEmpty() && of != null && of.gov() >= 0 && of.rel().equals("nmod:of")) noun = of.gov();
        if (s.children(noun, "amod").stream().noneMatch(d -> s.token(d.dep()).word().matches("(?i)first|last|only"))) return -1;
        // Who the noun is: a copula's subject, the one who became it, or the name it is set beside.
        Dependency role = Deps.governor(s, noun);
        boolean copular = !s.children(noun, "cop").isEmpty();
        boolean became = role != null && role.gov() >= 0 && s.token(role.gov()).lemma().equalsIgnoreCase("become");
        boolean apposed = role != null && role.rel().startsWith("appos");
        return copular || became || apposed ? noun : -1;
    }

    static Factuality negatedHere(Sentence s, int v) {
        for (Dependency d : s.children(v, null)) {
            String w = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
            if (d.rel().equals("advmod") && Words.NEGATIONS.contains(w)) return Factuality.DENIED;
        }
        return null;
    }

    static Factuality nounFactuality(Sentence s, int noun) {
        for (Dependency d : s.children(noun, null)) {
            String w = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
            if ((d.rel().equals("amod") || d.rel().equals("compound")) && Words.PLANNED_ADJ.contains(w)) return Factuality.PLANNED;
            if (d.rel().equals("det") && (w.equals("no") || w.equals("any"))) return Factuality.DENIED;
            if (d.rel().startsWith("acl") && Words.PLANNED_ADJ.contains(w)) return Factuality.PLANNED;
        }
        Dependency up = Deps.governor(s, noun);
        if (up != null && up.gov() >= 0) {
            Token g = s.token(up.gov());
            String gl = g.lemma().toLowerCase(Locale.ROOT);
            if (Words.CANCEL_GOVERNORS.contains(gl) || gl.equals("call") && Deps.hasChildWord(s, up.gov(), "compound:prt", "off")) return Factuality.CANCELLED;
            if (Words.DENY_GOVERNORS.contains(gl)) return Factuality.DENIED;
            // "agreed on Monday to send the bid to parliament, after a meeting with X": what a past sentence
            // places its news after has happened, whatever the clause in between says of the future.
            if ((up.rel().equals("obl:after") || up.rel().equals("obl:following")) && pastRoot(s)) return Factuality.HAPPENED;
            // "agreed on Sunday during talks in Kuala Lumpur to ...": the setting of a past act took place,
            // even when the act is a plan.
            if (up.rel().equals("obl:during") && g.pos().equals("VBD") && negatedHere(s, up.gov()) == null
                    && s.children(up.gov(), null).stream().noneMatch(d -> d.rel().startsWith("aux")
                    && Words.MODALS.contains(s.token(d.dep()).word().toLowerCase(Locale.ROOT)))) return Factuality.HAPPENED;
            if (g.isVerb() && !Words.REPORT_VERBS.contains(gl)) {
                Factuality f = factuality(s, up.gov());
                if (f != Factuality.HAPPENED) return f;
            }
            if (up.rel().startsWith("nsubj") || up.rel().startsWith("obl")) {
                for (Dependency d : s.children(up.gov(), null)) {
                    String w = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
                    if (d.rel().startsWith("aux") && Words.MODALS.contains(w)) return Factuality.PLANNED;
                    if (d.rel().equals("xcomp") && Set.of("take", "happen", "begin", "start").contains(s.token(d.dep()).lemma())) {
                        if (Words.PLAN_GOVERNORS.contains(gl)) return Factuality.PLANNED;
                    }
                }
                if (Words.PLAN_GOVERNORS.contains(gl) || gl.equals("due") || gl.equals("scheduled")) return Factuality.PLANNED;
            }
        }
        return Factuality.HAPPENED;
    }

    /** The sentence's main verb is a plain past, neither negated nor modal: "agreed", "said". */
    static boolean pastRoot(Sentence s) {
        for (Dependency d : s.deps()) {
            if (d.gov() >= 0 || !d.rel().equals("root")) continue;
            Token root = s.token(d.dep());
            return root.pos().equals("VBD") && factuality(s, root.index()) == Factuality.HAPPENED;
        }
        return false;
    }
}
