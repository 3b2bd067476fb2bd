package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One hostile batch through the real CLI and CoreNLP, into a store that already holds articles: every refused input
 * is one {@code file:line: reason} line on stderr, every good or legitimate-but-odd article is stored, the graphs stored
 * before are byte for byte the same, and the exit status is 3. The cases, and why each is accepted or refused, are the
 * table in the README ("Input formats").
 */
class HostileBatchIT {
    @TempDir Path tmp;

    private static final String INJECTION = "\"> } ; DROP ALL #";

    /** A refused input: the file, the line reported, and words of the reason. */
    private record Refused(String file, int line, String reason) {}

    @Test
    void hostile_batch_stores_the_good_articles_reports_each_bad_one_and_changes_nothing_stored() throws IOException {
        Path store = tmp.resolve("store");
        Path before = Files.createDirectories(tmp.resolve("before"));
        for (String name : List.of("001-kim-shoigu-vladivostok.txt", "009-putin-lukashenko-minsk.txt")) {
            Files.copy(Path.of("examples", name), before.resolve(name));
        }
        CliRun first = CliRun.of("ingest", "--store", store.toString(), before.toString());
        assertEquals(0, first.exit(), first.err());
        Map<String, String> stored = snapshot(store);
        assertEquals(2, stored.size(), stored.keySet().toString());

        Path batch = Files.createDirectories(tmp.resolve("batch"));
        List<String> accepted = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (String name : List.of("002-xi-zelenskyy-phone-call.txt", "010-kishida-yoon-seoul.txt", "013-xi-putin-moscow.txt")) {
            Files.copy(Path.of("examples", name), batch.resolve(name));
            accepted.add(name.substring(0, name.length() - 4));
        }
        String good = " date 2023-09-17 Leaders meet\n\nRussian President Vladimir Putin met Belarusian President Alexander Lukashenko in Minsk on Saturday.\n";
        // Accepted on purpose.
        write(batch, "bom.txt", "\uFEFF" + good);
        write(batch, "crlf.txt", good.replace("\n", "\r\n"));
        write(batch, "rtl.txt", " date 2023-09-17 قمة في موسكو\n\nالتقى الرئيس بوتين بالرئيس شي في موسكو يوم الثلاثاء. Vladimir Putin met Xi Jinping in Moscow on Tuesday.\n");
        write(batch, "emoji.txt", " date 2023-09-17 Handshake 🤝\n\nKim Jong Un 🤝 met Vladimir Putin in Vladivostok 🇷🇺 on Wednesday.\n");
        write(batch, "control.txt", " date 2023-09-17 Bell\n\nVladimir Putin met \u0007Xi Jinping\u001B[31m in Moscow on Tuesday.\n");
        write(batch, "inject.jsonl", "{\"id\":" + quote(INJECTION) + ",\"date\":\"2023-09-17\",\"title\":" + quote(INJECTION)
                + ",\"text\":" + quote("Vladimir Putin met " + INJECTION + " in Moscow on Tuesday.") + "}\n");
        accepted.addAll(List.of("bom", "crlf", "rtl", "emoji", "control", INJECTION));

        // Refused, one line each.
        refused.add(write(batch, "empty.txt", "", 1, "empty file"));
        refused.add(write(batch, "blank.txt", "  \n\t \r\n", 1, "empty file"));
        refused.add(write(batch, "binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\n', 0, 1, 2}, 2, "binary data"));
        refused.add(write(batch, "latin1.txt", " date 2023-09-17 Caf\u00e9\n\nPutin met Lukashenko.\n".getBytes(StandardCharsets.ISO_8859_1), 1, "invalid UTF-8"));
        refused.add(write(batch, "nodate.txt", "Vladimir Putin met Xi Jinping.\n", 1, "missing date line"));
        refused.add(write(batch, "feb30.txt", " date 2023-02-30 T\n\nPutin met Xi.\n", 1, "invalid date '2023-02-30'"));
        refused.add(write(batch, "future.txt", " date 2999-01-01 T\n\nPutin met Xi.\n", 1, "publication date 2999-01-01 is in the future"));
        refused.add(write(batch, "title-only.txt", " date 2023-09-17 Only a title\n", 2, "no body"));
        refused.add(write(batch, "page.txt", "<!DOCTYPE html><html><body><p>Putin met Xi.</p></body></html>\n", 1, "an HTML page"));
        refused.add(write(batch, "markup.txt", " date 2023-09-17 T\n\n<div><p>Putin met Xi.</p><p>Talks.</p></div>\n", 1, "HTML markup"));
        refused.add(write(batch, "run-on.txt", " date 2023-09-17 T\n\n" + "word ".repeat(3_000) + "\n", 1, "no sentence break"));
        refused.add(hugeFile(batch.resolve("huge.txt")));
        String feed = String.join("\n",
                json("feed-ok", "2023-09-17", "Vladimir Putin met Xi Jinping in Moscow on Tuesday."),
                "{\"id\":\"cut\",\"date\":\"2023-09-17\",\"text\":",
                "[1, 2, 3]",
                "{\"id\":\"deep\",\"date\":\"2023-09-17\",\"text\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}",
                json("feed-ok", "2023-09-18", "Xi Jinping met Lula in Beijing."),
                json("../../etc/passwd", "2023-09-17", "Putin met Xi."),
                json("..", "2023-09-17", "Putin met Xi."),
                json("evil\u202Etxt", "2023-09-17", "Putin met Xi."),
                json("esc\u001B[2J", "2023-09-17", "Putin met Xi."),
                "{\"id\":\"no-text\",\"date\":\"2023-09-17\",\"title\":\"Only a title\"}",
                "{\"id\":\"no-date\",\"text\":\"Putin met Xi.\"}",
                json("long-line", "2023-09-17", "Putin met Xi. ".repeat(360_000)),
                json("far", "3023-01-01", "Putin met Xi."),
                json("html", "2023-09-17", "<html><body><p>Putin met Xi.</p><p>x</p></body></html>"));
        write(batch, "feed.jsonl", feed + "\n");
        accepted.add("feed-ok");
        refused.add(new Refused("feed.jsonl", 2, "malformed JSON line"));
        refused.add(new Refused("feed.jsonl", 3, "malformed JSON line"));
        refused.add(new Refused("feed.jsonl", 4, "malformed JSON line"));
        refused.add(new Refused("feed.jsonl", 5, "article id 'feed-ok' was already read from"));
        refused.add(new Refused("feed.jsonl", 6, "article id '../../etc/passwd' is refused"));
        refused.add(new Refused("feed.jsonl", 7, "article id '..' is refused"));
        refused.add(new Refused("feed.jsonl", 8, "article id 'evil\\u202Etxt' is refused"));
        refused.add(new Refused("feed.jsonl", 9, "article id 'esc\\u001B[2J' is refused"));
        refused.add(new Refused("feed.jsonl", 10, "missing \"text\""));
        refused.add(new Refused("feed.jsonl", 11, "missing \"date\""));
        refused.add(new Refused("feed.jsonl", 12, "line longer than the size cap"));
        refused.add(new Refused("feed.jsonl", 13, "in the future"));
        refused.add(new Refused("feed.jsonl", 14, "HTML markup"));
        assertTrue(accepted.size() + refused.size() >= 30, "at least 30 inputs");

        CliRun r = CliRun.of("ingest", "--store", store.toString(), batch.toString());

        assertEquals(3, r.exit(), r.err());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        for (Refused x : refused) {
            String prefix = batch.resolve(x.file()) + (x.line() > 0 ? ":" + x.line() + ": " : ": ");
            List<String> mine = lines.stream().filter(l -> l.startsWith(prefix)).toList();
            assertEquals(1, mine.size(), prefix + " in\n" + r.err());
            assertTrue(mine.get(0).contains(x.reason()), mine.get(0));
        }
        assertEquals(refused.size(), lines.size(), "one line per refused input and nothing else:\n" + r.err());
        assertTrue(r.out().startsWith(accepted.size() + " articles, "), r.out());
        assertTrue(r.out().contains(", " + refused.size() + " failures, "), r.out());

        Map<String, String> after = snapshot(store);
        for (Map.Entry<String, String> old : stored.entrySet()) {
            assertEquals(old.getValue(), after.get(old.getKey()), "graph " + old.getKey() + " unchanged");
        }
        Map<String, String> expected = new TreeMap<>();
        accepted.forEach(id -> expected.put(Iris.article(id), id));
        stored.keySet().forEach(g -> expected.put(g, g));
        assertEquals(expected.keySet(), after.keySet());
        try (Store s = Store.open(store, null)) {
            Txn.executeRead(s.dataset(), () -> {
                var article = s.dataset().getNamedModel(Iris.article(INJECTION)).getResource(Iris.article(INJECTION));
                assertEquals(INJECTION, article.getProperty(Dip.articleId).getString());
                assertEquals(INJECTION, article.getProperty(Dip.title).getString());
            });
        }
        CliRun validate = CliRun.of("validate", "--store", store.toString());
        assertEquals(0, validate.exit(), validate.out());
    }

    /** Each named graph as its sorted N-Quads lines: equal strings mean byte-identical content. */
    static Map<String, String> snapshot(Path storeDir) {
        try (Store s = Store.open(storeDir, null)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Map<String, List<String>> lines = new TreeMap<>();
                // The article graphs; the store's own counts (store/CountingDataset, in the default graph) change with
                // every good article.
                s.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!Quad.isDefaultGraph(q.getGraph())) {
                        lines.computeIfAbsent(q.getGraph().getURI(), g -> new ArrayList<>()).add(NodeFmtLib.str(q.asTriple()));
                    }
                });
                Map<String, String> out = new LinkedHashMap<>();
                lines.forEach((g, l) -> out.put(g, String.join("\n", l.stream().sorted().toList())));
                return out;
            });
        }
    }

    private static Refused hugeFile(Path file) throws IOException {
        byte[] block = "Vladimir Putin met Xi Jinping. ".repeat(30_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(" date 2023-09-17 Huge\n\n".getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < 50_000_000; n += block.length) out.write(block);
        }
        return new Refused("huge.txt", 0, "larger than the size cap of 1000000 bytes");
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Refused write(Path dir, String name, String text, int line, String reason) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8), line, reason);
    }

    private static Refused write(Path dir, String name, byte[] bytes, int line, String reason) throws IOException {
        Files.write(dir.resolve(name), bytes);
        return new Refused(name, line, reason);
    }

    private static String json(String id, String date, String text) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("date", date);
        o.addProperty("text", text);
        return o.toString();
    }

    private static String quote(String s) {
        return new com.google.gson.JsonPrimitive(s).toString();
    }
}
