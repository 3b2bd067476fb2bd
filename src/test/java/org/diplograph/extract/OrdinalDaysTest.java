package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.TimeMention;
import org.diplograph.nlp.Token;
import org.junit.jupiter.api.Test;

class OrdinalDaysTest {
    private static final LocalDate PUB = LocalDate.of(2024, 1, 12);

    /** A sentence of "word/POS" items, with SUTime's expressions as given. */
    private static Sentence sentence(String tagged, TimeMention... times) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : tagged.split(" ")) {
            int slash = item.lastIndexOf('/');
            String word = item.substring(0, slash);
            if (text.length() > 0) text.append(' ');
            int at = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(), item.substring(slash + 1), "O", at, at + word.length()));
        }
        return new Sentence(0, 0, text.length(), text.toString(), tokens, List.of(), List.of(times));
    }

    @Test
    void the_ordinal_before_a_month_sutime_found_names_that_day_of_it() {
        Sentence s = sentence("Anwar/NNP met/VBD Prabowo/NNP on/IN the/DT 16th/NN of/IN last/JJ month/NN ./.",
                new TimeMention(7, 9, "last month", "DATE", "2023-12"));
        List<TimeMention> times = OrdinalDays.apply(s, PUB).times();
        assertEquals(List.of(new TimeMention(4, 9, "the 16th of last month", "DATE", "2023-12-16")), times);
    }

    @Test
    void a_bare_ordinal_day_is_in_the_publication_month_or_the_one_before_when_still_to_come() {
        Sentence early = sentence("They/PRP spoke/VBD on/IN the/DT 9th/NN ,/, officials/NNS said/VBD");
        assertEquals("2024-01-09", OrdinalDays.apply(early, PUB).times().get(0).value());
        Sentence late = sentence("They/PRP spoke/VBD on/IN the/DT 19th/NN in/IN Islamabad/NNP");
        assertEquals("2023-12-19", OrdinalDays.apply(late, PUB).times().get(0).value());
    }

    @Test
    void an_ordinal_that_counts_something_or_has_no_on_gives_no_day() {
        Sentence summit = sentence("They/PRP met/VBD on/IN the/DT 37th/JJ summit/NN");
        assertSame(summit, OrdinalDays.apply(summit, PUB));
        Sentence count = sentence("They/PRP met/VBD on/IN the/DT 19th/JJ anniversary/NN");
        assertSame(count, OrdinalDays.apply(count, PUB));
        Sentence noOn = sentence("It/PRP was/VBD the/DT 9th/JJ ,/, a/DT Tuesday/NNP");
        assertSame(noOn, OrdinalDays.apply(noOn, PUB));
        Sentence impossible = sentence("They/PRP met/VBD on/IN the/DT 31st/NN of/IN last/JJ month/NN",
                new TimeMention(6, 8, "last month", "DATE", "2023-11"));
        assertEquals("2023-11", OrdinalDays.apply(impossible, PUB).times().get(0).value());
    }
}
