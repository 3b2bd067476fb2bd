package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.junit.jupiter.api.Test;

class TriggersTest {

    /** Words with their lemmas, as the light annotation pass gives them: "was/be". */
    private static Sentence sentence(String... wordsAndLemmas) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < wordsAndLemmas.length; i++) {
            String[] wl = wordsAndLemmas[i].split("/");
            String lemma = wl.length > 1 ? wl[1] : wl[0].toLowerCase();
            tokens.add(new Token(i, wl[0], lemma, "NN", "O", at, at + wl[0].length()));
            text.append(wl[0]).append(' ');
            at += wl[0].length() + 1;
        }
        return new Sentence(0, 0, at, text.toString().strip(), tokens, List.of(), List.of());
    }

    @Test
    void contact_verbs_and_nouns_make_a_sentence_worth_parsing() {
        assertTrue(Triggers.mayHoldContact(sentence("Kim", "met/meet", "Putin", "on", "Saturday")));
        assertTrue(Triggers.mayHoldContact(sentence("The", "talks", "lasted/last", "two", "hours")));
        assertTrue(Triggers.mayHoldContact(sentence("Macron", "flew/fly", "to", "Luanda")));
        assertTrue(Triggers.mayHoldContact(sentence("They", "spoke/speak", "by", "telephone")));
    }

    @Test
    void being_in_a_place_counts_as_presence() {
        assertTrue(Triggers.mayHoldContact(sentence("Zelensky", "was/be", "in", "Bratislava")));
    }

    @Test
    void background_without_contact_words_is_left_out() {
        assertFalse(Triggers.mayHoldContact(sentence("Markets", "were/be", "little", "changed", "after", "the", "announcement")));
        assertFalse(Triggers.mayHoldContact(sentence("Trade", "grew/grow", "to", "68", "billion", "dollars", "last", "year")));
    }
}
