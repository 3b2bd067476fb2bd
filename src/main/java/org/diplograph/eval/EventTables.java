package org.diplograph.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads event tables (the events-jsonl shape) into {@link GoldEvent}s, one per article each event names. */
public final class EventTables {
    private EventTables() {}

    /** Every *.jsonl file under a folder (or one file). */
    public static List<GoldEvent> read(Path path) throws IOException {
        List<GoldEvent> out = new ArrayList<>();
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.walk(path)) {
                files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
            }
        } else {
            files = List.of(path);
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) continue;
                try {
                    out.addAll(parse(JsonParser.parseString(line).getAsJsonObject()));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(f + ":" + (i + 1) + ": bad event line: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    public static List<GoldEvent> parse(JsonObject o) {
        List<GoldEvent.Name> participants = new ArrayList<>();
        for (JsonElement p : array(o, "participants")) participants.add(name(p));
        GoldEvent.Name location = o.has("location") && !o.get("location").isJsonNull() ? name(o.get("location")) : null;
        List<String> reportedBy = new ArrayList<>();
        for (JsonElement r : array(o, "reportedBy")) reportedBy.add(r.getAsString());
        String date = o.has("date") && !o.get("date").isJsonNull() ? o.get("date").getAsString() : null;
        JsonArray ev = array(o, "evidence");
        String evidence = ev.isEmpty() ? "" : ev.get(0).getAsString();
        List<GoldEvent> out = new ArrayList<>();
        for (JsonElement a : array(o, "articles")) {
            out.add(new GoldEvent(o.get("event").getAsString(), a.getAsString(), o.get("type").getAsString(), participants,
                    location, date, reportedBy, evidence));
        }
        return out;
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonArray() ? o.getAsJsonArray(key) : new JsonArray();
    }

    private static GoldEvent.Name name(JsonElement e) {
        if (e.isJsonPrimitive()) return new GoldEvent.Name(e.getAsString(), null);
        JsonObject o = e.getAsJsonObject();
        String qid = o.has("wikidata") && !o.get("wikidata").isJsonNull() ? o.get("wikidata").getAsString() : null;
        return new GoldEvent.Name(o.get("label").getAsString(), qid);
    }
}
