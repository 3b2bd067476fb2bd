package org.diplograph.export;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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
 * N-Quads stream graph by graph through Jena's streaming writers; JSON-LD is compacted graph by graph by Jena's
 * JSON-LD 1.1 writer (Titanium), with the prefixes below as its context.
 * <p>
 * Unfiltered, every quad of the store is written. Filtered, only the article graphs that report a kept event, and
 * the reconciliation graph, are written, and of those only the triples about the kept events, their reports, the
 * articles and the entities they lead to (participants, places, countries, sources, geometries).
 */
final class RdfExport {
    private static final Gson GSON = new Gson();
    private static final Comparator<Node> GRAPH_ORDER = Comparator.comparing(NodeFmtLib::strNT);
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

    private RdfExport() {}

    /** TriG or N-Quads through a streaming writer; returns the number of quads. */
    static long stream(DatasetGraph dsg, Set<String> events, RDFFormat format, OutputStream out) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
        w.start();
        PREFIXES.forEach(w::prefix);
        long n = forEachQuad(dsg, events, w::quad);
        w.finish();
        return n;
    }

    /**
     * Compacted JSON-LD 1.1, one named graph at a time so a large store fits in the heap: Jena's writer compacts each
     * graph with the shared context, and Gson streams the pieces into one document,
     * {@code {"@context": {...}, "@graph": [{"@id": graph, "@graph": [...]}, ...]}}. Returns the number of quads.
     */
    static long jsonld(DatasetGraph dsg, Set<String> events, OutputStream out) throws IOException {
        JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        json.setIndent("  ");
        json.setHtmlSafe(false);
        json.beginObject().name("@context").beginObject();
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) json.name(p.getKey()).value(p.getValue());
        json.endObject().name("@graph").beginArray();
        DatasetGraph[] graph = {null};
        Node[] graphName = {null};
        long n = forEachQuad(dsg, events, q -> {
            if (!q.getGraph().equals(graphName[0])) {
                writeCompacted(graph[0], json);
                graphName[0] = q.getGraph();
                graph[0] = DatasetGraphFactory.createGeneral();
                PREFIXES.forEach(graph[0].prefixes()::add);
            }
            graph[0].add(q);
        });
        writeCompacted(graph[0], json);
        json.endArray().endObject();
        json.flush();
        out.write('\n');
        out.flush();
        return n;
    }

    /** Appends the top-level objects of one graph's compacted JSON-LD to the open {@code @graph} array. */
    private static void writeCompacted(DatasetGraph one, JsonWriter json) {
        if (one == null) return;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFWriter.source(one).format(RDFFormat.JSONLD11_PRETTY).output(buffer);
        JsonObject doc = JsonParser.parseString(buffer.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        doc.remove("@context");
        // Compaction drops the outer @graph when the document holds one object (one named graph, one node).
        JsonElement items = doc.has("@graph") && !doc.has("@id") ? doc.get("@graph") : doc;
        for (JsonElement item : items.isJsonArray() ? items.getAsJsonArray() : List.of(items)) GSON.toJson(item, json);
    }

    /**
     * Hands every quad to export to {@code sink}, in order.
     *
     * @param events the kept event IRIs, or null for the whole store
     */
    static long forEachQuad(DatasetGraph dsg, Set<String> events, Consumer<Quad> sink) {
        Collection<Node> graphs;
        Set<Node> subjects = null;
        if (events == null) {
            graphs = new TreeSet<>(GRAPH_ORDER);
            Iter.forEach(dsg.listGraphNodes(), graphs::add);
        } else {
            graphs = new TreeSet<>(GRAPH_ORDER);
            subjects = closure(dsg, events, graphs);
        }
        long n = writeGraph(Iter.toList(dsg.getDefaultGraph().find()).stream()
                .map(t -> Quad.create(Quad.defaultGraphIRI, t)).toList(), subjects, sink);
        for (Node g : graphs) n += writeGraph(Iter.toList(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)), subjects, sink);
        return n;
    }

    /** Sorts a graph's quads in {@link #TERM_ORDER} and hands them on. */
    private static long writeGraph(List<Quad> quads, Set<Node> subjects, Consumer<Quad> sink) {
        List<Quad> kept = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            if (subjects == null || subjects.contains(q.getSubject())) kept.add(q);
        }
        kept.sort(TERM_ORDER);
        kept.forEach(sink);
        return kept.size();
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
}
