package org.diplograph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplograph.eval.EventTables;
import org.diplograph.eval.GoldEvent;
import org.diplograph.source.Article;
import org.diplograph.source.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @Test
    void same_seed_gives_the_same_corpus_and_another_seed_a_different_one() {
        List<CorpusGenerator.Synthetic> a = CorpusGenerator.create(7).generate(30);
        List<CorpusGenerator.Synthetic> b = CorpusGenerator.create(7).generate(30);
        List<CorpusGenerator.Synthetic> c = CorpusGenerator.create(8).generate(30);
        assertEquals(a, b);
        assertNotEquals(a.get(0).text(), c.get(0).text());
    }

    @Test
    void written_corpus_reads_as_reference_articles_with_gold_for_each(@TempDir Path dir) throws Exception {
        CorpusGenerator.write(CorpusGenerator.create(3).generate(40), dir);
        List<Article> articles = new ArrayList<>();
        List<?> problems = Sources.create().read(List.of(dir.resolve("articles").toString()), articles::add);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(40, articles.size());
        List<GoldEvent> gold = EventTables.read(dir.resolve("gold"));
        assertTrue(gold.size() >= 40, "every template states at least one event, got " + gold.size());
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        for (GoldEvent g : gold) {
            Article a = byId.get(g.article());
            assertTrue(a != null, "gold names a missing article " + g.article());
            assertTrue(a.text().contains(g.evidence()), g.id() + ": evidence is not a sentence of the article");
            for (GoldEvent.Name p : g.participants()) assertTrue(a.text().contains(p.label()), g.id() + ": " + p.label());
            if (g.location() != null) assertTrue(g.evidence().contains(g.location().label()), g.id() + ": place not in evidence");
        }
    }

    @Test
    void gold_dates_resolve_the_words_against_the_publication_date() {
        for (CorpusGenerator.Synthetic s : CorpusGenerator.create(11).generate(200)) {
            LocalDate pub = LocalDate.parse(s.text().substring(6, 16));
            for (String line : s.gold()) {
                GoldEvent g = EventTables.parse(com.google.gson.JsonParser.parseString(line).getAsJsonObject()).get(0);
                String words = com.google.gson.JsonParser.parseString(line).getAsJsonObject().get("dateText").getAsString();
                assertTrue(g.evidence().contains(words), g.id() + ": date words not in the evidence");
                if (words.startsWith("on ")) {
                    LocalDate d = LocalDate.parse(g.date());
                    DayOfWeek named = DayOfWeek.valueOf(words.substring(3).toUpperCase(Locale.ROOT));
                    assertEquals(named, d.getDayOfWeek(), g.id());
                    assertTrue(!d.isAfter(pub) && d.isAfter(pub.minusDays(7)), g.id() + ": most recent " + named + " on or before " + pub);
                } else if (words.equals("yesterday")) {
                    assertEquals(pub.minusDays(1).toString(), g.date(), g.id());
                } else if (words.equals("last month")) {
                    assertEquals(pub.minusMonths(1).toString().substring(0, 7), g.date(), g.id());
                } else {
                    assertTrue(g.date().matches("\\d{4}-\\d{2}") && g.date().compareTo(pub.toString()) < 0, g.id() + ": " + g.date());
                }
            }
        }
    }
}
