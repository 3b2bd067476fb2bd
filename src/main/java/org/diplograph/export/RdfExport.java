package org.diplograph.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.compaction.Compaction;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.google.gson.stream.JsonWriter;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.GraphMapper;
import org.diplograph.rdf.Iris;

/**
 * The RDF exports (TriG, N-Quads, JSON-LD), written in sorted order so two exports of one store are identical:
 * graphs by IRI (the default graph first), and within a graph the quads in {@link #TERM_ORDER}. TriG and
 * N-Quads stream graph by graph through Jena's streaming writers; JSON-LD is compacted in batches of graphs by
 * Titanium (Jena's JSON-LD 1.1 library), with the prefixes below as its context.
 * <p>
 * The calling thread, which holds the store's read transaction, reads and sorts the quads; other threads format them
 * ({@link InOrder}), so on more than one core reading and writing overlap. The output is the same either way.
 * <p>
 * Unfiltered, every quad of the store is written. Filtered, only the article graphs that report a kept event, and
 * the reconciliation graph, are written, and of those only the triples about the kept events, their reports, the
 * articles and the entities they lead to (participants, places, countries, sources, geometries).
 */
final class RdfExport {
    /** Quads handed to the writing thread at a time: enough to keep it busy, few enough to keep the heap small. */
    private static final int STREAM_BATCH = 20_000;
    /** Quads compacted at a time: Titanium's cost per quad grows with the document, past about ten article graphs. */
    private static final int JSONLD_BATCH = 1_500;
    /** Compaction threads for JSON-LD: its compaction costs more than reading the store, so every core helps. */
    private static final int COMPACTORS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /**
     * Quads within a graph: by subject, predicate and object in SPARQL's total order of RDF terms. It needs no
     * string per quad, which made sorting by N-Quads lines the larger part of an export's time.
     */
    static final Comparator<Quad> TERM_ORDER = (a, b) -> {
        int c = NodeCmp.compareRDFTerms(a.getSubject(), b.getSubject());
        if (c == 0) c = NodeCmp.compareRDFTerms(a.getPredicate(), b.getPredicate());
        return c != 0 ? c : NodeCmp.compareRDFTerms(a.getObject(), b.getObject());
    };

    /** The context of the JSON-LD export and the prefixes of the TriG one. */
    static final Map<String, String> PREFIXES = prefixes();
    private static final JsonObject CONTEXT = context();

    private RdfExport() {}

    /**
     * TriG or N-Quads through a streaming writer, which one other thread feeds batch by batch in order; returns the
     * number of quads.
     */
    static long stream(DatasetGraph dsg, Set<String> events, RDFFormat format, OutputStream out) {
        StreamRDF w = writer(format, out);
        w.start();
        PREFIXES.forEach(w::prefix);
        long n;
        try (InOrder<Void> feed = new InOrder<>(1, done -> {})) {
            n = forEachBatch(dsg, events, STREAM_BATCH, quads -> feed.submit(() -> {
                quads.forEach(w::quad);
                return null;
            }));
            feed.finish();
        }
        w.finish();
        return n;
    }

    /**
     * Jena's streaming writer for {@code format}. TriG's is made here with the same arguments RIOT's registry would
     * give it, but over an {@link UnlockedWriter}; N-Quads' already buffers without locks.
     */
    private static StreamRDF writer(RDFFormat format, OutputStream out) {
        if (!format.equals(RDFFormat.TRIG_BLOCKS)) return StreamRDFWriter.getWriterStream(out, format);
        return new WriterStreamRDFBlocks(RiotLib.create(new UnlockedWriter(out)), RIOT.getContext().copy());
    }

    /**
     * Compacted JSON-LD 1.1, a batch of named graphs at a time so a large store fits in the heap: Titanium compacts
     * each batch with the shared context on a worker thread, and Gson streams the pieces, in order, into one document,
     * {@code {"@context": {...}, "@graph": [{"@id": graph, "@graph": [...]}, ...]}}. Returns the number of quads.
     */
    static long jsonld(DatasetGraph dsg, Set<String> events, OutputStream out) throws IOException {
        return jsonld(dsg, events, JSONLD_BATCH, out);
    }

    /** JSON-LD compacted about {@code batchSize} quads at a time; the output does not depend on it. */
    static long jsonld(DatasetGraph dsg, Set<String> events, int batchSize, OutputStream out) throws IOException {
        JsonWriter json = new JsonWriter(new UnlockedWriter(out));
        json.setIndent("  ");
        json.setHtmlSafe(false);
        json.beginObject().name("@context");
        write(CONTEXT, json);
        json.name("@graph").beginArray();
        long n;
        // Writing takes a thread of its own, so the one reading the store does nothing else.
        try (InOrder<Void> writer = new InOrder<>(1, done -> {});
                InOrder<List<JsonValue>> compacted = new InOrder<>(COMPACTORS, items -> writer.submit(() -> {
                    items.forEach(item -> write(item, json));
                    return null;
                }))) {
            n = forEachBatch(dsg, events, batchSize, quads -> compacted.submit(() -> compact(quads)));
            compacted.finish();
            writer.finish();
        }
        json.endArray().endObject();
        json.flush();
        out.write('\n');
        out.flush();
        return n;
    }

    /**
     * The top-level objects of a batch's compacted JSON-LD, graph by graph in the batch's order. Compacting several
     * named graphs at once gives the same objects as compacting each alone: Titanium keeps graphs apart and lists
     * them in the order it first sees them. The default graph always comes as a batch of its own, as its nodes
     * would otherwise merge with the graph objects.
     * <p>
     * Titanium's own compaction API would expand its input first; what it turns RDF into is already expanded, so that
     * form goes straight to the compaction algorithm. Unordered, it keeps the order of the sorted quads.
     */
    private static List<JsonValue> compact(List<Quad> quads) {
        QuadsToJsonld expanded = JsonLd.fromRdf().mode(JsonLdVersion.V1_1);
        Node graph = null;
        try {
            for (Quad q : quads) {
                graph = q.getGraph();
                add(q, expanded);
            }
            ActiveContext context = new ActiveContext(ProcessingRuntime.of(new JsonLdOptions())).newContext().create(CONTEXT, null);
            JsonValue items = Compaction.with(context).compactArrays(true).ordered(false).compact(expanded.toJsonLd());
            return items.getValueType() == JsonValue.ValueType.ARRAY ? items.asJsonArray() : List.of(items);
        } catch (JsonLdError | RdfConsumerException e) {
            throw new ExportException("JSON-LD compaction failed in the batch ending with graph " + graph + ": " + e.getMessage(), e);
        }
    }

    /** Hands one quad to Titanium as its RDF terms: IRIs and blank nodes as strings, literals with their parts. */
    private static void add(Quad q, QuadsToJsonld expanded) throws RdfConsumerException {
        String g = q.isDefaultGraph() ? null : resource(q.getGraph());
        Node o = q.getObject();
        if (!o.isLiteral()) {
            expanded.quad(resource(q.getSubject()), resource(q.getPredicate()), resource(o), null, null, null, g);
            return;
        }
        String lang = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
        String dir = o.getLiteralBaseDirection() == null ? null : o.getLiteralBaseDirection().toString();
        expanded.quad(resource(q.getSubject()), resource(q.getPredicate()), o.getLiteralLexicalForm(),
                o.getLiteralDatatypeURI(), lang, dir, g);
    }

    private static String resource(Node term) {
        if (term.isURI()) return term.getURI();
        if (term.isBlank()) return "_:" + term.getBlankNodeLabel();
        throw new ExportException("JSON-LD cannot hold the RDF term " + term);
    }

    /** Streams a Titanium JSON value as Gson tokens. */
    private static void write(JsonValue value, JsonWriter json) {
        try {
            switch (value.getValueType()) {
                case OBJECT -> {
                    json.beginObject();
                    for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
                        json.name(e.getKey());
                        write(e.getValue(), json);
                    }
                    json.endObject();
                }
                case ARRAY -> {
                    json.beginArray();
                    for (JsonValue v : value.asJsonArray()) write(v, json);
                    json.endArray();
                }
                case STRING -> json.value(((JsonString) value).getString());
                case NUMBER -> json.value(((JsonNumber) value).bigDecimalValue());
                case TRUE -> json.value(true);
                case FALSE -> json.value(false);
                case NULL -> json.nullValue();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands every quad to export to {@code sink}, in order, in batches of whole graphs of about {@code batchSize}
     * quads; the default graph comes alone. Returns the number of quads.
     *
     * @param events the kept event IRIs, or null for the whole store
     */
    static long forEachBatch(DatasetGraph dsg, Set<String> events, int batchSize, Consumer<List<Quad>> sink) {
        Set<Node> graphs = new HashSet<>();
        Set<Node> subjects = null;
        if (events == null) Iter.forEach(dsg.listGraphNodes(), graphs::add);
        else subjects = closure(dsg, events, graphs);
        List<Quad> batch = new ArrayList<>();
        long n = addSorted(Iter.map(dsg.getDefaultGraph().find(), t -> Quad.create(Quad.defaultGraphIRI, t)), subjects, batch);
        for (Node g : inIriOrder(graphs)) {
            if (!batch.isEmpty() && (batch.get(0).isDefaultGraph() || batch.size() >= batchSize)) {
                sink.accept(batch);
                batch = new ArrayList<>();
            }
            n += addSorted(dsg.find(g, Node.ANY, Node.ANY, Node.ANY), subjects, batch);
        }
        if (!batch.isEmpty()) sink.accept(batch);
        return n;
    }

    /** Appends one graph's quads about {@code subjects} (all when null), sorted in {@link #TERM_ORDER}; returns how many. */
    private static int addSorted(Iterator<Quad> graph, Set<Node> subjects, List<Quad> batch) {
        int start = batch.size();
        graph.forEachRemaining(q -> {
            if (subjects == null || subjects.contains(q.getSubject())) batch.add(q);
        });
        batch.subList(start, batch.size()).sort(TERM_ORDER);
        return batch.size() - start;
    }

    /**
     * Graph names sorted as N-Triples terms. Each name is formatted once: formatting inside the comparison took
     * longer than writing all of N-Quads' prefixless lines.
     */
    private static List<Node> inIriOrder(Collection<Node> graphs) {
        Map<Node, String> key = new HashMap<>();
        for (Node g : graphs) key.put(g, NodeFmtLib.strNT(g));
        List<Node> sorted = new ArrayList<>(graphs);
        sorted.sort(Comparator.comparing(key::get));
        return sorted;
    }

    /**
     * The subjects a filtered export describes: the events, their reports and articles, and every Diplograph IRI
     * reachable from those. Adds to {@code graphs} the graphs to write.
     */
    private static Set<Node> closure(DatasetGraph dsg, Set<String> events, Collection<Node> graphs) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        for (String e : events) {
            Node event = NodeFactory.createURI(e);
            todo.add(event);
            dsg.find(Node.ANY, Node.ANY, Dip.reports.asNode(), event).forEachRemaining(q -> {
                graphs.add(q.getGraph());
                todo.add(q.getSubject());
            });
        }
        Node reconciliation = NodeFactory.createURI(Iris.RECONCILIATION_GRAPH);
        if (dsg.containsGraph(reconciliation)) graphs.add(reconciliation);
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!seen.add(s)) continue;
            dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                Node o = q.getObject();
                if (o.isURI() && o.getURI().startsWith(Iris.BASE) && !seen.contains(o)) todo.add(o);
            });
        }
        return seen;
    }

    /** In a fixed order: the writers emit prefixes in the order given. */
    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dip", Dip.NS);
        p.put("id", Iris.BASE);
        p.put("cameo", Iris.CAMEO);
        p.put("wd", Iris.WIKIDATA);
        p.put("rdf", RDF.uri);
        p.put("rdfs", RDFS.uri);
        p.put("owl", OWL.NS);
        p.put("xsd", XSD.NS);
        p.put("schema", SchemaDO.NS);
        p.put("geo", GraphMapper.GEO);
        return Collections.unmodifiableMap(p);
    }

    /** The JSON-LD context: the prefixes, as Titanium reads it. */
    private static JsonObject context() {
        JsonObjectBuilder context = Json.createObjectBuilder();
        PREFIXES.forEach(context::add);
        return context.build();
    }

    /**
     * Runs tasks on worker threads and hands their results to a sink on the submitting thread, in the order the tasks
     * were submitted. At most two tasks a thread wait or run, which bounds the heap; {@link #submit} blocks until the
     * oldest is done. With one thread, tasks also run one after another in order, so they may share a writer.
     */
    private static final class InOrder<T> implements AutoCloseable {
        private final ExecutorService workers;
        private final int limit;
        private final Consumer<T> sink;
        private final Deque<Future<T>> pending = new ArrayDeque<>();

        InOrder(int threads, Consumer<T> sink) {
            AtomicInteger count = new AtomicInteger();
            this.workers = Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(task, "diplograph-export-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            this.limit = 2 * threads;
            this.sink = sink;
        }

        void submit(Callable<T> task) {
            pending.add(workers.submit(task));
            while (pending.size() > limit) sink.accept(next());
        }

        /** Waits for every task and hands on the results left. */
        void finish() {
            while (!pending.isEmpty()) sink.accept(next());
        }

        private T next() {
            try {
                return pending.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExportException("Export interrupted", e);
            } catch (ExecutionException e) {
                // The worker's own failure, as if it had happened on this thread (Jena's writers throw unchecked).
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error r) throw r;
                throw new ExportException("Export failed: " + e.getCause(), e.getCause());
            }
        }

        /**
         * Stops the workers; after a failure, the tasks still pending are dropped. Waits for a running task, so none
         * writes to the output after the caller closes it.
         */
        @Override
        public void close() {
            workers.shutdownNow();
            try {
                workers.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A buffered UTF-8 writer that takes no lock per call. Jena's TriG writer writes one character at a time and Gson
     * one token at a time; through a {@link java.io.BufferedWriter} each paid for a lock.
     */
    private static final class UnlockedWriter extends Writer {
        private final Writer out;
        private final char[] buffer = new char[1 << 14];
        private int size;

        UnlockedWriter(OutputStream out) {
            this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        }

        @Override
        public void write(int c) throws IOException {
            if (size == buffer.length) drain();
            buffer[size++] = (char) c;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (len > buffer.length - size) drain();
            if (len > buffer.length) {
                out.write(chars, off, len);
                return;
            }
            System.arraycopy(chars, off, buffer, size, len);
            size += len;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            if (len > buffer.length - size) drain();
            if (len > buffer.length) {
                out.write(s, off, len);
                return;
            }
            s.getChars(off, off + len, buffer, size);
            size += len;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        /** Flushes only: the stream belongs to the caller. */
        @Override
        public void close() throws IOException {
            flush();
        }

        private void drain() throws IOException {
            out.write(buffer, 0, size);
            size = 0;
        }
    }
}
