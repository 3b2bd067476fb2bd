package org.diplograph.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes a dataset out in one of the export formats, keeping the events an {@link ExportFilter} lets through.
 * Formats are found by name in {@link Format}: RDF formats use Jena's RIOT writers ({@link RdfExport}), the event
 * table Gson and Commons CSV, and the network formats render one {@link ContactNetwork}.
 * <pre>
 * Exporter.Format f = Exporter.Format.byName("gexf");
 * try (OutputStream out = Files.newOutputStream(Path.of("contacts.gexf"))) {
 *     long edges = Txn.calculateRead(ds, () -&gt; Exporter.write(ds, f, ExportFilter.create().from("2023"), Exporter.Target.of(out)));
 * }
 * </pre>
 */
public final class Exporter {
    /** The export formats by their command-line name, each with what it counts and how it writes. */
    public enum Format {
        EVENTS_JSONL("events-jsonl", "events", (d, f, t) -> eventTable(d, f, t, Exporter::writeJsonLines)),
        EVENTS_CSV("events-csv", "events", (d, f, t) -> eventTable(d, f, t, Exporter::writeCsv)),
        TRIG("trig", "quads", (d, f, t) -> oneFile(t, out -> RdfExport.stream(d, kept(d, f), RDFFormat.TRIG_BLOCKS, out))),
        NQUADS("nquads", "quads", (d, f, t) -> oneFile(t, out -> RdfExport.stream(d, kept(d, f), RDFFormat.NQUADS, out))),
        JSONLD("jsonld", "quads", (d, f, t) -> oneFile(t, out -> RdfExport.stream(d, kept(d, f), RdfExport.JSONLD_COMPACT, out))),
        GRAPHML("graphml", "contacts", (d, f, t) -> network(d, f, net -> oneFile(t, out -> GraphMLWriter.write(net, out)))),
        GEXF("gexf", "contacts", (d, f, t) -> network(d, f, net -> oneFile(t, out -> GexfWriter.write(net, out)))),
        CYTOSCAPE("cytoscape", "contacts", (d, f, t) -> network(d, f, net -> oneFile(t, out -> CytoscapeWriter.write(net, out)))),
        NEO4J("neo4j", "contacts", (d, f, t) -> network(d, f, net -> Neo4jCsvWriter.write(net, t)));

        private final String cliName;
        private final String unit;
        private final Writing writing;

        Format(String cliName, String unit, Writing writing) {
            this.cliName = cliName;
            this.unit = unit;
            this.writing = writing;
        }

        public String cliName() { return cliName; }

        /** What the count {@link Exporter#write} returns counts: events, quads or contacts (edges). */
        public String unit() { return unit; }

        /** True when the output is a directory of files rather than one file. */
        public boolean writesDirectory() { return this == NEO4J; }

        /** @throws ExportException naming the format and listing the known ones */
        public static Format byName(String name) {
            for (Format f : values()) if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) return f;
            throw new ExportException("Unknown export format: " + name + " (known: "
                    + Arrays.stream(values()).map(Format::cliName).collect(Collectors.joining(", ")) + ")");
        }
    }

    /** Where a format writes: one stream, or named files in a directory. */
    @FunctionalInterface
    public interface Target {
        /** The stream for {@code fileName} (null for a one-file format); the writer closes it when done. */
        OutputStream open(String fileName) throws IOException;

        /**
         * One stream for every file; closing what it hands out only flushes, so {@code out} stays open. Buffered:
         * the XML writer writes element by element.
         */
        static Target of(OutputStream out) {
            return fileName -> new BufferedOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, BUFFER);
        }

        /** One file a name in {@code dir}, created as needed. */
        static Target directory(Path dir) {
            return fileName -> {
                Files.createDirectories(dir);
                return new BufferedOutputStream(Files.newOutputStream(dir.resolve(fileName)), BUFFER);
            };
        }
    }

    private static final int BUFFER = 1 << 16;

    @FunctionalInterface
    private interface Writing {
        long write(DatasetGraph dsg, ExportFilter filter, Target target) throws IOException;
    }

    @FunctionalInterface
    private interface StreamWriting {
        long write(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    private interface NetworkWriting {
        long write(ContactNetwork net) throws IOException;
    }

    @FunctionalInterface
    private interface RowWriting {
        void write(List<EventRow> rows, Writer w) throws IOException;
    }

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Exporter() {}

    /**
     * Writes the events {@code filter} keeps; the caller holds a read transaction.
     *
     * @return how many {@link Format#unit()}s were written
     */
    public static long write(Dataset ds, Format format, ExportFilter filter, Target target) throws IOException {
        return format.writing.write(ds.asDatasetGraph(), filter, target);
    }

    /** Writes everything in a one-file format; the caller holds a read transaction. */
    public static long write(Dataset ds, Format format, OutputStream out) throws IOException {
        return write(ds, format, ExportFilter.create(), Target.of(out));
    }

    /** Runs {@code writing} on the target's one stream and closes it, which flushes the buffer; returns its count. */
    private static long oneFile(Target target, StreamWriting writing) throws IOException {
        try (OutputStream out = target.open(null)) {
            return writing.write(out);
        }
    }

    private static long network(DatasetGraph dsg, ExportFilter filter, NetworkWriting writing) throws IOException {
        return writing.write(ContactNetwork.read(dsg, filter));
    }

    /** The IRIs of the events the filter keeps, or null when it keeps all. */
    private static Set<String> kept(DatasetGraph dsg, ExportFilter filter) {
        if (filter.keepsAll()) return null;
        Set<String> out = new HashSet<>();
        for (ContactEvent e : ContactNetwork.read(dsg, filter).events()) out.add(e.iri());
        return out;
    }

    private static long eventTable(DatasetGraph dsg, ExportFilter filter, Target target, RowWriting writing) throws IOException {
        Set<String> kept = kept(dsg, filter);
        List<EventRow> rows = EventTable.rows(ModelFactory.createModelForGraph(dsg.getUnionGraph()), kept == null ? e -> true : kept::contains);
        try (Writer w = new OutputStreamWriter(target.open(null), StandardCharsets.UTF_8)) {
            writing.write(rows, w);
        }
        return rows.size();
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
        // Not closed here: the writer belongs to the caller, who may write on after the table.
        CSVPrinter p = new CSVPrinter(w, fmt);
        for (EventRow r : rows) {
            p.printRecord(r.event(), r.type(),
                    r.participants().stream().map(EventRow.Ref::label).collect(Collectors.joining("; ")),
                    r.participants().stream().map(x -> x.wikidata() == null ? "" : x.wikidata()).collect(Collectors.joining("; ")),
                    r.location() == null ? "" : r.location().label(),
                    r.location() == null || r.location().wikidata() == null ? "" : r.location().wikidata(),
                    r.date() == null ? "" : r.date(), r.dateText() == null ? "" : r.dateText(),
                    String.join("; ", r.reportedBy()), String.join("; ", r.articles()), String.join(" | ", r.evidence()));
        }
        p.flush();
    }
}
