package org.diplograph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    @TempDir Path dir;

    private static final String GOOD = " date 2023-09-17 Leaders meet\n\nKim met Putin on Saturday.\n";

    private List<Article> articles = new ArrayList<>();

    private List<Problem> read(Sources sources, String... paths) {
        return sources.read(List.of(paths), articles::add);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reference_format_gives_id_date_title_and_body() throws IOException {
        Path p = write("042-leaders.txt", GOOD);
        assertTrue(read(Sources.create(), p.toString()).isEmpty());
        Article a = articles.get(0);
        assertEquals("042-leaders", a.id());
        assertEquals(LocalDate.of(2023, 9, 17), a.date());
        assertEquals("Leaders meet", a.title());
        assertEquals("Kim met Putin on Saturday.", a.text());
    }

    @Test
    void each_bad_file_gives_one_problem_with_file_and_line_and_the_good_one_still_goes_in() throws IOException {
        write("a-good.txt", GOOD);
        write("b-empty.txt", "");
        write("c-nodate.txt", "Kim met Putin.\n\nMore text.\n");
        write("d-baddate.txt", " date 2023-13-45 Title\n\nBody.\n");
        write("e-binary.txt", new byte[] {' ', 'd', 'a', 't', 'e', 0, 1, 2});
        write("f-utf8.txt", concat(" date 2023-09-17 T\n\nline two\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28}));
        write("g-big.txt", " date 2023-09-17 T\n\n" + "x".repeat(2000) + "\n");
        List<Problem> problems = read(Sources.create().maxBytes(1000), dir.toString());
        assertEquals(1, articles.size());
        assertEquals("a-good", articles.get(0).id());
        assertEquals(6, problems.size(), problems.toString());
        assertProblem(problems, "b-empty.txt", 1, "empty file");
        assertProblem(problems, "c-nodate.txt", 1, "missing date line");
        assertProblem(problems, "d-baddate.txt", 1, "invalid date");
        assertProblem(problems, "e-binary.txt", 1, "binary data");
        assertProblem(problems, "f-utf8.txt", 4, "invalid UTF-8");
        assertProblem(problems, "g-big.txt", 0, "size cap");
    }

    @Test
    void jsonl_bad_line_is_reported_by_line_number_and_other_lines_go_in() throws IOException {
        Path p = write("feed.jsonl", String.join("\n",
                "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"date\":\"2023-09-17\",\"title\":\"T\",\"text\":\"Kim met Putin.\",\"outlet\":\"Reuters\"}",
                "{\"id\":\"a2\",\"date\":\"2023-09-17\",\"text\":",
                "{\"id\":\"a3\",\"text\":\"No date here.\"}",
                "{\"id\":\"a4\",\"date\":\"2023-09-18\",\"text\":\"Xi met Lula.\"}"));
        List<Problem> problems = read(Sources.create(), p.toString());
        assertEquals(List.of("a1", "a4"), articles.stream().map(Article::id).toList());
        assertEquals("Reuters", articles.get(0).outlet());
        assertEquals(2, problems.size());
        assertProblem(problems, "feed.jsonl", 2, "malformed JSON");
        assertProblem(problems, "feed.jsonl", 3, "missing \"date\"");
    }

    @Test
    void plain_text_needs_a_date_and_takes_it_when_given() throws IOException {
        Path p = write("note.txt", "Kim met Putin in Moscow.\n");
        List<Problem> refused = read(Sources.create(), p.toString());
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).toString().contains("--date"));
        assertTrue(read(Sources.create().plainTextDate(LocalDate.of(2024, 1, 2)), p.toString()).isEmpty());
        assertEquals(LocalDate.of(2024, 1, 2), articles.get(0).date());
    }

    @Test
    void stdin_is_read_with_dash() {
        Sources s = Sources.create().stdin(new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)));
        assertTrue(read(s, "-").isEmpty());
        assertEquals("stdin", articles.get(0).id());
    }

    private static void assertProblem(List<Problem> problems, String file, int line, String reason) {
        boolean found = problems.stream().anyMatch(p -> p.origin().endsWith(file) && p.line() == line && p.reason().contains(reason));
        assertTrue(found, "expected " + file + ":" + line + " " + reason + " in " + problems);
        Problem p = problems.stream().filter(x -> x.origin().endsWith(file) && x.line() == line).findFirst().orElseThrow();
        assertTrue(p.toString().startsWith(p.origin() + (line > 0 ? ":" + line + ": " : ": ")));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
