package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.nlp.AnnotatedArticle;
import org.diplograph.nlp.Sentence;
import org.diplograph.source.Article;
import org.junit.jupiter.api.Test;

class ArticleStateTest {
    private static ArticleState state(String... sentences) {
        List<Sentence> list = new ArrayList<>();
        int at = 0;
        for (String text : sentences) {
            list.add(new Sentence(list.size(), at, at + text.length(), text, List.of(), List.of(), List.of()));
            at += text.length() + 1;
        }
        Article a = new Article("t", LocalDate.of(2024, 1, 1), "T", String.join(" ", sentences), null, null, "test");
        return new ArticleState(new AnnotatedArticle(a, list), Lexicon.NONE);
    }

    @Test
    void a_pronoun_looks_back_past_photo_captions_but_not_past_ordinary_sentences() {
        ArticleState st = state(
                "Ruto arrived in Addis Ababa on Friday.",
                "Talks covered trade and/or security.",
                "Abiy Ahmed and his guest at the airport. Photo: Staff Reporter",
                "President Joe Biden at the White House. REUTERS/Evelyn Hockstein",
                "He then met Tinubu.");
        Sentence last = new Sentence(4, 0, 0, "He then met Tinubu.", List.of(), List.of(), List.of());
        assertEquals(List.of(1, 0), st.sentencesBefore(last, 2));
    }
}
