package org.diplograph.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Writes a dataset out in one of the export formats. Formats are found by name in {@link Format}; RDF formats
 * use Jena's RIOT writers, the event table uses Gson and Commons CSV.
 */
public final class Exporter {
    /** The export formats by their command-line name. */
    public enum Format {
        EVENTS_JSONL("events-jsonl"), EVENTS_CSV("events-csv"), TRIG("trig"), NQUADS("nquads");

        private final String cliName;

        Format(String cliName) { this.cliName = cliName; }

        public String cliName() { return cliName; }

        public static Format byName(String name) {
            for (Format f : values()) if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) return f;
            throw new IllegalArgumentException("Unknown export format: " + name + " (known: "
                    + Arrays.stream(values()).map(Format::cliName).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Exporter() {}

    /** Writes the dataset; the caller holds a read transaction. Returns the number of rows or quads written. */
    public static long write(Dataset ds, Format format, OutputStream out) throws IOException {
        switch (format) {
            case TRIG -> {
                RDFDataMgr.write(out, ds, Lang.TRIG);
                return ds.asDatasetGraph().stream().count();
            }
            case NQUADS -> {
                RDFDataMgr.write(out, ds, Lang.NQUADS);
                return ds.asDatasetGraph().stream().count();
            }
            default -> {
                List<EventRow> rows = EventTable.rows(ds.getUnionModel());
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                if (format == Format.EVENTS_JSONL) writeJsonLines(rows, w);
                else writeCsv(rows, w);
                w.flush();
                return rows.size();
            }
        }
    }

    public static void writeJsonLines(List<EventRow> rows, Writer w) throws IOException {
        for (EventRow r : rows) {
            w.write(GSON.toJson(json(r)));
            w.write('\n');
        }
    }

    /** One row as the event-table JSON object, fields in the documented order. */
    public static JsonObject json(EventRow r) {
        JsonObject o = new JsonObject();
        o.addProperty("event", r.event());
        o.addProperty("type", r.type());
        JsonArray ps = new JsonArray();
        for (EventRow.Ref p : r.participants()) ps.add(ref(p));
        o.add("participants", ps);
        o.add("location", r.location() == null ? JsonNull.INSTANCE : ref(r.location()));
        o.addProperty("date", r.date());
        o.addProperty("dateText", r.dateText());
        o.add("reportedBy", strings(r.reportedBy()));
        o.add("articles", strings(r.articles()));
        o.add("evidence", strings(r.evidence()));
        return o;
    }

    private static JsonObject ref(EventRow.Ref p) {
        JsonObject o = new JsonObject();
        o.addProperty("label", p.label());
        o.addProperty("wikidata", p.wikidata());
        return o;
    }

    private static JsonArray strings(List<String> list) {
        JsonArray a = new JsonArray();
        list.forEach(a::add);
        return a;
    }

    public static void writeCsv(List<EventRow> rows, Writer w) throws IOException {
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader("event", "type", "participants", "participant_qids", "location",
                "location_qid", "date", "dateText", "reportedBy", "articles", "evidence").get();
        try (CSVPrinter p = new CSVPrinter(w, fmt)) {
            for (EventRow r : rows) {
                p.printRecord(r.event(), r.type(),
                        r.participants().stream().map(EventRow.Ref::label).collect(Collectors.joining("; ")),
                        r.participants().stream().map(x -> x.wikidata() == null ? "" : x.wikidata()).collect(Collectors.joining("; ")),
                        r.location() == null ? "" : r.location().label(),
                        r.location() == null || r.location().wikidata() == null ? "" : r.location().wikidata(),
                        r.date() == null ? "" : r.date(), r.dateText() == null ? "" : r.dateText(),
                        String.join("; ", r.reportedBy()), String.join("; ", r.articles()), String.join(" | ", r.evidence()));
            }
        }
    }
}
