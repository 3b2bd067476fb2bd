package org.diplograph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Which sentences may state a diplomatic contact, judged from words and lemmas alone (before NER and
 * parsing), so the annotator can spend its costly passes on those. It errs on the side of keeping a sentence:
 * every word a trigger rule of {@link Extractor} starts from is here.
 */
public final class Triggers {
    private Triggers() {}

    private static final Set<String> WORDS = Stream.of(Words.MEET_VERBS, Words.TALK_VERBS, Words.CALL_VERBS,
                    Words.VISIT_OBJ_VERBS, Words.VISIT_MOTION_VERBS, Words.MEET_NOUNS, Words.VISIT_NOUNS, Words.CALL_NOUNS,
                    Set.of("shake", "meets", "meeting", "teleconference", "videoconference", "phone", "spend", "attend",
                            "participate", "join", "guest", "visiting"))
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** True when a word or lemma of {@code s} can start a contact, or it says someone "was in" or "at" a place. */
    public static boolean mayHoldContact(Sentence s) {
        Token previous = null;
        for (Token t : s.tokens()) {
            String word = t.word().toLowerCase(Locale.ROOT);
            String lemma = t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT);
            if (WORDS.contains(lemma) || WORDS.contains(word)) return true;
            // "Zelensky was in Bratislava": presence is a visit (Extractor.presence).
            if (previous != null && "be".equalsIgnoreCase(previous.lemma()) && (word.equals("in") || word.equals("at"))) return true;
            previous = t;
        }
        return false;
    }
}
