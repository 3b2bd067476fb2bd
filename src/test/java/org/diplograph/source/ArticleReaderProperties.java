package org.diplograph.source;

import static org.diplograph.testing.RandomCases.anyBytes;
import static org.diplograph.testing.RandomCases.anyString;
import static org.diplograph.testing.RandomCases.forAll;
import static org.diplograph.testing.RandomCases.oneOf;
import static org.diplograph.testing.RandomCases.stringOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any input to the article reader ends, quickly, in articles or in problems that name file and line: random bytes,
 * random text after a date line, and random JSON-ish lines.
 */
class ArticleReaderProperties {
    private static final List<String> NAMES = List.of("a.txt", "b.jsonl", "c.ndjson", "d.TXT");

    @TempDir Path dir;

    @Test
    void any_bytes_give_articles_or_located_problems() {
        forAll(300, r -> outcome(oneOf(r, NAMES), anyBytes(r, 400)));
    }

    @Test
    void any_text_after_a_date_line_gives_an_article_or_a_located_problem() {
        forAll(300, r -> outcome("a.txt", (" date " + date(r) + " Title\n\n" + anyString(r, 300)).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void any_json_lines_give_articles_or_located_problems() {
        forAll(300, r -> {
            List<String> lines = new ArrayList<>();
            for (int i = 1 + r.nextInt(8); i > 0; i--) lines.add(jsonLine(r));
            List<Article> articles = outcome("feed.jsonl", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            assertTrue(articles.size() <= lines.size());
        });
    }

    private List<Article> outcome(String name, byte[] bytes) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Path file = dir.resolve(name);
            write(file, bytes);
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

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String date(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> stringOf(r, "0123456789", 4) + "-02-30";
            case 1 -> String.format("%04d-06-15", 1 + r.nextInt(9999));
            default -> anyString(r, 12);
        };
    }

    private static String jsonLine(Random r) {
        String object = "{\"id\":" + new JsonPrimitive(anyString(r, 30)) + ",\"date\":\"" + date(r).replace("\"", "")
                + "\",\"text\":" + new JsonPrimitive(anyString(r, 30)) + "}";
        return switch (r.nextInt(3)) {
            case 0 -> object;
            case 1 -> stringOf(r, "{}[]\":,0123456789abc \\", 40);
            default -> object.substring(0, object.length() / 2);
        };
    }
}
