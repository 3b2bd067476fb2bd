package org.diplograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFFormatVariant;
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
 * graphs by IRI (the store's summary, kept in its default graph, written as the graph {@link Iris#SUMMARY_GRAPH}),
 * and within a graph the quads in {@link #TERM_ORDER}. All three stream graph by graph through a streaming writer:
 * TriG and N-Quads through Jena's, JSON-LD through {@link JsonLdWriter}, compacted with the prefixes below as its
 * context.
 * <p>
 * The calling thread, which holds the store's read transaction, reads and sorts the quads; another thread writes them
 * ({@link InOrder}), so on more than one core reading and writing overlap. The output is the same either way.
 * <p>
 * Unfiltered, every quad of the store is written. Filtered, only the article graphs that report a kept event, and
 * the reconciliation graph, are written, and of those only the triples about the kept events, their reports, the
 * articles and the entities they lead to (participants, places, countries, sources, geometries).
 */
final class RdfExport {
    /** The name under which the store's summary, its default graph, is written. */
    private static final Node SUMMARY = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
    /** Quads handed to the writing thread at a time: enough to keep it busy, few enough to keep the heap small. */
    private static final int STREAM_BATCH = 20_000;
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
    /** Compacted JSON-LD with {@link #PREFIXES} as its context, written by {@link JsonLdWriter}. */
    static final RDFFormat JSONLD_COMPACT = new RDFFormat(Lang.JSONLD11, new RDFFormatVariant("diplograph-compact"));

    static {
        StreamRDFWriter.register(JSONLD_COMPACT, (out, format, context) -> new JsonLdWriter(new UnlockedWriter(out)));
    }

    private RdfExport() {}

    /**
     * TriG, N-Quads or {@link #JSONLD_COMPACT} through a streaming writer, which one other thread feeds batch by batch
     * in order; returns the number of quads.
     */
    static long stream(DatasetGraph dsg, Set<String> events, RDFFormat format, OutputStream out) {
        StreamRDF w = writer(format, out);
        w.start();
        PREFIXES.forEach(w::prefix);
        long n;
        try (InOrder feed = new InOrder()) {
            n = forEachBatch(dsg, events, STREAM_BATCH, quads -> feed.submit(() -> quads.forEach(w::quad)));
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
     * Hands every quad to export to {@code sink}, in order, in batches of whole graphs of about {@code batchSize}
     * quads; the store's summary, unfiltered, under its name. Returns the number of quads.
     *
     * @param events the kept event IRIs, or null for the whole store
     */
    static long forEachBatch(DatasetGraph dsg, Set<String> events, int batchSize, Consumer<List<Quad>> sink) {
        Set<Node> graphs = new HashSet<>();
        Set<Node> subjects = null;
        if (events == null) {
            Iter.forEach(dsg.listGraphNodes(), graphs::add);
            if (!dsg.getDefaultGraph().isEmpty()) graphs.add(SUMMARY);
        } else {
            subjects = closure(dsg, events, graphs);
        }
        List<Quad> batch = new ArrayList<>();
        long n = 0;
        for (Node g : inIriOrder(graphs)) {
            if (batch.size() >= batchSize) {
                sink.accept(batch);
                batch = new ArrayList<>();
            }
            n += addSorted(quads(dsg, g), subjects, batch);
        }
        if (!batch.isEmpty()) sink.accept(batch);
        return n;
    }

    // The store keeps its summary in its default graph (store/CountingDataset); a file names it, so that a reader of
    // the file does not take it for part of the articles' union.
    private static Iterator<Quad> quads(DatasetGraph dsg, Node g) {
        if (g.equals(SUMMARY)) return Iter.map(dsg.getDefaultGraph().find(), t -> Quad.create(SUMMARY, t));
        return dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
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

    /**
     * Runs tasks one after another, in the order submitted, on a thread of its own, so they may share a writer. At
     * most two wait or run, which bounds the heap; {@link #submit} blocks until the oldest is done.
     */
    private static final class InOrder implements AutoCloseable {
        private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "diplograph-export");
            t.setDaemon(true);
            return t;
        });
        private final Deque<Future<?>> pending = new ArrayDeque<>();

        void submit(Runnable task) {
            pending.add(worker.submit(task));
            while (pending.size() > 2) next();
        }

        /** Waits for every task. */
        void finish() {
            while (!pending.isEmpty()) next();
        }

        private void next() {
            try {
                pending.poll().get();
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
         * Stops the thread; after a failure, the tasks still pending are dropped. Waits for a running task, so none
         * writes to the output after the caller closes it.
         */
        @Override
        public void close() {
            worker.shutdownNow();
            try {
                worker.awaitTermination(1, TimeUnit.MINUTES);
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
