package org.diplograph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What scrapers hand us, file by file: each input is either accepted as an article or refused with one printable
 * line naming file and line. Accepted on purpose: a byte-order mark, CRLF or CR line ends, right-to-left text,
 * emoji, control characters inside the text (turned into spaces), and SPARQL or Turtle look-alikes in ids and
 * titles (they are literals and percent-encoded IRIs, never query text). Refused: everything else below.
 */
class HostileInputTest {
    @TempDir Path dir;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String GOOD = " date 2023-09-17 Leaders meet\n\nKim met Putin on Saturday.\n";
    private static final String INJECTION = "\"> } ; DROP ALL #";

    private final List<Article> articles = new ArrayList<>();

    private List<Problem> read(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return Sources.create().today(TODAY).read(List.of(p.toString()), articles::add);
    }

    private List<Problem> read(String name, String text) throws IOException {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String id, String date, String text) {
        return "{\"id\":" + quote(id) + ",\"date\":\"" + date + "\",\"title\":\"T\",\"text\":" + quote(text) + "}";
    }

    private static String quote(String s) {
        return new com.google.gson.JsonPrimitive(s).toString();
    }

    /** Exactly one problem, on this line, saying this, printed as one line with the file name. */
    private static void refused(List<Problem> problems, String file, int line, String reason) {
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertTrue(p.origin().endsWith(file), p.toString());
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.reason().contains(reason), p.toString());
        String printed = p.toString();
        assertTrue(printed.startsWith(p.origin() + (line > 0 ? ":" + line + ": " : ": ")), printed);
        assertEquals(1, printed.lines().count(), printed);
        assertTrue(printed.codePoints().noneMatch(Sources::isUnsafe), printed);
    }

    @Test
    void empty_and_whitespace_only_files_are_refused_as_empty() throws IOException {
        refused(read("empty.txt", ""), "empty.txt", 1, "empty file");
        refused(read("blank.txt", "  \n\t\r\n  \n"), "blank.txt", 1, "empty file");
        refused(read("bom-only.jsonl", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}), "bom-only.jsonl", 1, "empty file");
        assertTrue(articles.isEmpty());
    }

    @Test
    void binary_files_are_refused_at_the_first_bad_byte() throws IOException {
        refused(read("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}), "image.txt", 3, "binary data");
        refused(read("noise.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x81, 'a', (byte) 0xC0}), "noise.txt", 1, "invalid UTF-8");
    }

    @Test
    void invalid_utf8_is_refused_with_its_line() throws IOException {
        byte[] good = " date 2023-09-17 T\n\nline three is fine\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        refused(read("latin.txt", bytes), "latin.txt", 4, "invalid UTF-8");
    }

    @Test
    void byte_order_mark_is_accepted_and_dropped() throws IOException {
        assertTrue(read("bom.txt", "\uFEFF" + GOOD).isEmpty());
        assertTrue(read("bom.jsonl", "\uFEFF" + json("b1", "2023-09-17", "Kim met Putin.")).isEmpty());
        assertEquals(List.of("bom", "b1"), articles.stream().map(Article::id).toList());
        assertEquals("Leaders meet", articles.get(0).title());
        assertTrue(articles.stream().noneMatch(a -> a.text().contains("\uFEFF")));
    }

    @Test
    void crlf_and_cr_line_ends_are_accepted_as_newlines() throws IOException {
        assertTrue(read("crlf.txt", GOOD.replace("\n", "\r\n")).isEmpty());
        assertTrue(read("cr.txt", GOOD.replace("\n", "\r")).isEmpty());
        assertEquals(2, articles.size());
        for (Article a : articles) {
            assertEquals("Leaders meet", a.title());
            assertEquals("Kim met Putin on Saturday.", a.text());
        }
    }

    @Test
    void a_50_mb_file_is_refused_by_the_size_cap_without_being_read() throws IOException {
        Path big = dir.resolve("huge.txt");
        byte[] block = "Kim met Putin. ".repeat(70_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(" date 2023-09-17 Huge\n\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50_000_000; written += block.length) out.write(block);
        }
        long t0 = System.nanoTime();
        List<Problem> problems = Sources.create().read(List.of(big.toString()), articles::add);
        refused(problems, "huge.txt", 0, "larger than the size cap of 1000000 bytes");
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "refused by its size, not after reading it");
    }

    @Test
    void a_5_mb_line_in_a_feed_is_refused_and_the_other_lines_go_in() throws IOException {
        String feed = json("f1", "2023-09-17", "Kim met Putin.") + "\n"
                + json("f2", "2023-09-17", "Kim met Putin. ".repeat(350_000)) + "\n"
                + json("f3", "2023-09-18", "Xi met Lula.") + "\n";
        refused(read("feed.jsonl", feed), "feed.jsonl", 2, "line longer than the size cap");
        assertEquals(List.of("f1", "f3"), articles.stream().map(Article::id).toList());
    }

    @Test
    void text_without_sentence_breaks_is_refused_before_it_can_stall_annotation() throws IOException {
        refused(read("run-on.txt", " date 2023-09-17 T\n\n" + "word ".repeat(4_000)), "run-on.txt", 1, "no sentence break");
    }

    @Test
    void missing_impossible_and_far_future_dates_are_refused() throws IOException {
        refused(read("nodate.txt", "Kim met Putin.\n\nMore.\n"), "nodate.txt", 1, "missing date line");
        refused(read("feb30.txt", " date 2023-02-30 T\n\nBody.\n"), "feb30.txt", 1, "invalid date '2023-02-30'");
        refused(read("future.txt", " date 2999-01-01 T\n\nBody.\n"), "future.txt", 1, "publication date 2999-01-01 is in the future");
        refused(read("future.jsonl", json("ok", "2023-09-17", "Fine.") + "\n" + json("fut", "2999-01-01", "Later.")),
                "future.jsonl", 2, "in the future");
        refused(read("badday.jsonl", json("x", "2023-02-30", "Body.")), "badday.jsonl", 1, "invalid date '2023-02-30'");
        assertEquals(List.of("ok"), articles.stream().map(Article::id).toList());
    }

    @Test
    void a_date_with_a_time_of_day_is_accepted_as_its_day() throws IOException {
        assertTrue(read("timed.jsonl", json("t1", "2023-09-17T08:30:00Z", "Kim met Putin.")).isEmpty());
        assertEquals(LocalDate.of(2023, 9, 17), articles.get(0).date());
    }

    @Test
    void a_title_without_a_body_is_refused() throws IOException {
        refused(read("title.txt", " date 2023-09-17 Only a title\n"), "title.txt", 2, "no body");
        refused(read("title.jsonl", "{\"id\":\"t\",\"date\":\"2023-09-17\",\"title\":\"Only a title\"}"), "title.jsonl", 1, "missing \"text\"");
    }

    @Test
    void an_html_page_or_markup_is_refused() throws IOException {
        refused(read("page.txt", "<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>Kim met Putin.</p></body></html>\n"),
                "page.txt", 1, "an HTML page");
        refused(read("markup.txt", " date 2023-09-17 T\n\n<div><p>Kim met Putin.</p><p>They talked.</p><br/></div>\n"),
                "markup.txt", 1, "HTML markup");
        refused(read("markup.jsonl", json("h", "2023-09-17", "<html><body><p>Kim met Putin.</p><p>Talks.</p></body></html>")),
                "markup.jsonl", 1, "HTML markup");
    }

    @Test
    void broken_json_lines_are_refused_one_by_one() throws IOException {
        List<Problem> problems = read("broken.jsonl", String.join("\n",
                json("j1", "2023-09-17", "Kim met Putin."),
                "{\"id\":\"j2\",\"date\":\"2023-09-17\",\"text\":",
                "[1, 2, 3]",
                "\"just a string\"",
                "{\"id\":{\"nested\":true},\"date\":\"2023-09-17\",\"text\":\"x.\"}",
                "not json at all",
                json("j7", "2023-09-18", "Xi met Lula.")));
        assertEquals(List.of("j1", "j7"), articles.stream().map(Article::id).toList());
        assertEquals(List.of(2, 3, 4, 5, 6), problems.stream().map(Problem::line).toList(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.reason().startsWith("malformed JSON line")), problems.toString());
    }

    @Test
    void deeply_nested_json_is_refused_without_overflowing_the_stack() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        List<Problem> problems = read("nested.jsonl", String.join("\n",
                "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000),
                "{\"id\":\"n\",\"date\":\"2023-09-17\",\"text\":" + deep + "}",
                json("ok", "2023-09-17", "Kim met Putin.")));
        assertEquals(List.of(1, 2), problems.stream().map(Problem::line).toList(), problems.toString());
        assertEquals(List.of("ok"), articles.stream().map(Article::id).toList());
    }

    @Test
    void a_second_article_with_the_same_id_is_refused_and_the_first_kept() throws IOException {
        List<Problem> problems = read("dupes.jsonl", json("same", "2023-09-17", "Kim met Putin.") + "\n"
                + json("same", "2023-09-18", "Xi met Lula.") + "\n");
        refused(problems, "dupes.jsonl", 2, "article id 'same' was already read from");
        assertEquals("Kim met Putin.", articles.get(0).text());
    }

    @Test
    void ids_that_try_to_leave_their_name_are_refused() throws IOException {
        for (String id : List.of("../../etc/passwd", "..", ".", "a\\b", "x".repeat(201), "evil\u202Etxt.exe", "a\u001B[2Jb")) {
            articles.clear();
            List<Problem> problems = read("ids.jsonl", json(id, "2023-09-17", "Kim met Putin."));
            assertTrue(articles.isEmpty(), id + " " + articles);
            refused(problems, "ids.jsonl", 1, "is refused: ids may not contain");
        }
        refused(read("..txt", GOOD), "..txt", 1, "article id '.' is refused");
    }

    @Test
    void sparql_and_turtle_injection_strings_are_kept_as_plain_values() throws IOException {
        assertTrue(read("inject.jsonl", "{\"id\":" + quote(INJECTION) + ",\"date\":\"2023-09-17\",\"title\":" + quote(INJECTION)
                + ",\"text\":" + quote("Kim met " + INJECTION + " in Moscow.") + "}").isEmpty());
        assertEquals(INJECTION, articles.get(0).id());
        assertEquals(INJECTION, articles.get(0).title());
    }

    @Test
    void control_characters_in_text_become_spaces_and_offsets_stay() throws IOException {
        String body = "Kim met \u0007Putin\u001B[31m in Moscow.\u0000";
        List<Problem> problems = read("control.jsonl", json("c1", "2023-09-17", body));
        assertTrue(problems.isEmpty(), problems.toString());
        String text = articles.get(0).text();
        assertEquals(body.strip().length(), text.length());
        assertTrue(text.codePoints().noneMatch(c -> c < 0x20), text);
        assertTrue(text.startsWith("Kim met  Putin [31m in Moscow."), text);
    }

    @Test
    void right_to_left_text_and_emoji_are_accepted_as_they_are() throws IOException {
        String arabic = "التقى الرئيس بوتين بالرئيس شي في موسكو يوم الثلاثاء.";
        String hebrew = "ראש הממשלה נפגש עם השגריר בירושלים.";
        String emoji = "Kim 🤝 Putin met in Vladivostok 🇷🇺🇰🇵 on Saturday.";
        assertTrue(read("rtl.txt", " date 2023-09-17 قمة\n\n" + arabic + "\n" + hebrew + "\n").isEmpty());
        assertTrue(read("emoji.txt", " date 2023-09-17 Handshake 🤝\n\n" + emoji + "\n").isEmpty());
        assertEquals(arabic + "\n" + hebrew, articles.get(0).text());
        assertEquals("قمة", articles.get(0).title());
        assertEquals(emoji, articles.get(1).text());
        assertEquals("Handshake 🤝", articles.get(1).title());
    }

    @Test
    void missing_paths_and_non_files_are_named() throws IOException {
        List<Problem> problems = Sources.create().read(List.of(dir.resolve("nope.txt").toString(), "/dev/null"), articles::add);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().endsWith("nope.txt: no such file or folder"), problems.toString());
        assertEquals("/dev/null: not a regular file", problems.get(1).toString());
    }

    @Test
    void empty_stdin_is_refused_as_empty() {
        List<Problem> problems = Sources.create().stdin(new ByteArrayInputStream(new byte[0])).read(List.of("-"), articles::add);
        refused(problems, "stdin", 1, "empty file");
    }

    @Test
    void a_problem_never_prints_raw_control_characters() {
        String printed = new Problem("feed\u001B[2J.jsonl", 3, "bad id 'x\u202Ey'\nsecond line").toString();
        assertEquals("feed\\u001B[2J.jsonl:3: bad id 'x\\u202Ey'\\u000Asecond line", printed);
        assertFalse(printed.contains("\n"));
    }
}
