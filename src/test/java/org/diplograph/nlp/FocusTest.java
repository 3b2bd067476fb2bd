package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FocusTest {

    private static Sentence sentence(int index, String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], words[i].toLowerCase(), "NN", "O", at, at + words[i].length()));
            at += words[i].length() + 1;
        }
        return new Sentence(index, 0, at, String.join(" ", words), tokens, List.of(), List.of());
    }

    private static final List<Sentence> ARTICLE = List.of(
            sentence(0, "Markets", "rose"),
            sentence(1, "Prices", "fell"),
            sentence(2, "Trade", "grew"),
            sentence(3, "Leaders", "meet"),
            sentence(4, "Analysts", "spoke"),
            sentence(5, "Rain", "fell"),
            sentence(6, "Nothing", "happened"));

    @Test
    void trigger_sentences_keep_their_neighbours_and_the_lead() {
        boolean[] keep = Annotator.Focus.around(s -> s.text().contains("meet"), 1, 1).select(ARTICLE);
        assertArrayEquals(new boolean[] {true, false, true, true, true, false, false}, keep);
    }

    @Test
    void a_window_can_look_back_further_than_forward() {
        boolean[] keep = Annotator.Focus.around(s -> s.text().contains("meet"), 2, 0).select(ARTICLE);
        assertArrayEquals(new boolean[] {true, true, true, true, false, false, false}, keep);
    }

    @Test
    void all_selects_every_sentence() {
        boolean[] keep = Annotator.Focus.ALL.select(ARTICLE);
        assertArrayEquals(new boolean[] {true, true, true, true, true, true, true}, keep);
    }
}
