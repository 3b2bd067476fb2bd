package org.diplograph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Any input to the article reader ends, quickly, in articles or in problems that name file and line: random bytes,
 * random text after a date line, and random JSON-ish lines.
 */
class ArticleReaderProperties {
    private Path dir;

    @BeforeProperty
    void folder() throws IOException {
        dir = Files.createTempDirectory("reader-props");
    }

    @AfterProperty
    void cleanUp() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(dir);
    }

    @Property(tries = 300)
    void any_bytes_give_articles_or_located_problems(@ForAll byte[] bytes, @ForAll("names") String name) {
        outcome(name, bytes);
    }

    @Property(tries = 300)
    void any_text_after_a_date_line_gives_an_article_or_a_located_problem(@ForAll("dates") String date, @ForAll String text) {
        outcome("a.txt", (" date " + date + " Title\n\n" + text).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void any_json_lines_give_articles_or_located_problems(@ForAll("jsonLines") List<String> lines) {
        List<Article> articles = outcome("feed.jsonl", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertTrue(articles.size() <= lines.size());
    }

    private List<Article> outcome(String name, byte[] bytes) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            List<Article> articles = new ArrayList<>();
            List<Problem> problems = Sources.create().read(List.of(file.toString()), articles::add);
            for (Problem p : problems) {
                assertTrue(p.origin().endsWith(name), p.toString());
                assertTrue(p.line() >= 0, p.toString());
                assertFalse(p.reason().isBlank(), p.toString());
                assertEquals(1, p.toString().lines().count(), p.toString());
            }
            for (Article a : articles) {
                assertFalse(a.id().isBlank());
                assertTrue(a.text().codePoints().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'), a.text());
            }
            assertTrue(!articles.isEmpty() || !problems.isEmpty(), "neither an article nor a problem");
            return articles;
        });
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a.txt", "b.jsonl", "c.ndjson", "d.TXT");
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(4).map(y -> y + "-02-30"),
                Arbitraries.integers().between(1, 9999).map(y -> String.format("%04d-06-15", y)),
                Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<List<String>> jsonLines() {
        Arbitrary<String> field = Arbitraries.strings().ofMaxLength(30).map(s -> new com.google.gson.JsonPrimitive(s).toString());
        Arbitrary<String> object = net.jqwik.api.Combinators.combine(field, dates(), field)
                .as((id, date, text) -> "{\"id\":" + id + ",\"date\":\"" + date + "\",\"text\":" + text + "}");
        Arbitrary<String> junk = Arbitraries.strings().withChars("{}[]\":,0123456789abc \\").ofMaxLength(40);
        return Arbitraries.oneOf(object, junk, object.map(o -> o.substring(0, o.length() / 2))).list().ofMinSize(1).ofMaxSize(8);
    }
}
