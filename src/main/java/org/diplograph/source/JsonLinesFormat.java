package org.diplograph.source;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * JSON Lines: one object a line with {@code id, url, date, title, text, outlet}. {@code id}, {@code date}
 * and {@code text} are required; a bad line is reported with its line number and the others still go in.
 */
public final class JsonLinesFormat implements ArticleFormat {
    private final long maxLineBytes;

    /** @param maxLineBytes the size cap of one line, that is of one article */
    public JsonLinesFormat(long maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public String name() { return "jsonl"; }

    @Override
    public boolean accepts(String fileName, String head) {
        return fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson") || head.stripLeading().startsWith("{");
    }

    @Override
    public void read(String origin, String text, Consumer<Article> articles, Consumer<Problem> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            int lineNo = i + 1;
            if (line.length() > maxLineBytes) {
                problems.accept(new Problem(origin, lineNo, "line longer than the size cap of " + maxLineBytes + " bytes (see --max-bytes)"));
                continue;
            }
            try {
                JsonElement parsed = JsonParser.parseString(line);
                if (!parsed.isJsonObject()) {
                    problems.accept(new Problem(origin, lineNo, "malformed JSON line: not an object"));
                    continue;
                }
                JsonObject o = parsed.getAsJsonObject();
                String id = string(o, "id");
                String dateText = string(o, "date");
                String body = string(o, "text");
                if (id == null || id.isBlank()) { problems.accept(new Problem(origin, lineNo, "missing \"id\"")); continue; }
                if (dateText == null) { problems.accept(new Problem(origin, lineNo, "missing \"date\" (article " + id + ")")); continue; }
                if (body == null || body.isBlank()) { problems.accept(new Problem(origin, lineNo, "missing \"text\" (article " + id + ")")); continue; }
                LocalDate date = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
                articles.accept(new Article(id, date, string(o, "title"), body.strip(), string(o, "url"),
                        string(o, "outlet"), origin + ":" + lineNo));
            } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
                problems.accept(new Problem(origin, lineNo, "malformed JSON line: " + firstLine(String.valueOf(e.getMessage()))));
            } catch (DateTimeParseException e) {
                problems.accept(new Problem(origin, lineNo, "invalid date '" + e.getParsedString() + "' (expected YYYY-MM-DD)"));
            }
        }
    }

    private static String string(JsonObject o, String key) {
        JsonElement v = o.get(key);
        if (v == null || v.isJsonNull()) return null;
        if (v.isJsonPrimitive()) return v.getAsString();
        throw new IllegalStateException("\"" + key + "\" is not a string");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
