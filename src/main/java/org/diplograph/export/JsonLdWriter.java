package org.diplograph.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

/**
 * Compacted JSON-LD 1.1 written as the quads stream in, with the prefixes given as its context: the document
 * {@code {"@context": {...}, "@graph": [...]}} that Titanium's compaction (Jena's JSON-LD 1.1 writer) makes of the same
 * quads in the same order, without building the expanded document first (RdfExportTest holds the two equal as JSON).
 * Default-graph nodes come as top-level node objects, each named graph as {@code {"@id": graph, "@graph": [nodes]}}.
 * <p>
 * As Titanium does unordered, nodes come in the order their IRI is first met in the graph (as subject or object), a
 * node's keys in the order first met, values in the order given. The quads of a graph must come together, as the
 * writer holds one graph at a time, and prefixes before the first quad. Refused with an {@link ExportException}, as
 * Diplograph mints none: objects {@code rdf:nil}, which Titanium turns into lists; {@code rdf:JSON} literals and
 * literals with a base direction or an i18n datatype, which it turns into other structures; triple terms.
 *
 * <pre>
 * StreamRDF out = StreamRDFWriter.getWriterStream(stream, RdfExport.JSONLD_COMPACT);
 * out.start();
 * out.prefix("dip", Dip.NS);
 * quads.forEach(out::quad);
 * out.finish();
 * </pre>
 */
final class JsonLdWriter implements StreamRDF {
    /** What ends an IRI that JSON-LD 1.1 lets a term abbreviate as a prefix. */
    private static final String GEN_DELIMS = ":/?#[]@";
    private static final String TYPE = "@type";
    private static final String I18N = "https://www.w3.org/ns/i18n#";

    private final Writer out;
    private final JsonWriter json;
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    /** The prefix each prefix IRI compacts to as a key or type: of several, the least (JSON-LD's inverse context). */
    private final Map<String, String> terms = new HashMap<>();
    private boolean begun;
    private Node graph;
    private final Set<Node> graphsDone = new HashSet<>();
    /** The current graph's nodes by IRI in the order first met; a node's entries by "@type" or property IRI. */
    private final Map<Node, Map<String, List<Node>>> nodes = new LinkedHashMap<>();

    JsonLdWriter(Writer out) {
        this.out = out;
        this.json = new JsonWriter(out);
        json.setIndent("  ");
        json.setHtmlSafe(false);
    }

    @Override
    public void start() {}

    @Override
    public void base(String base) {}

    @Override
    public void prefix(String name, String iri) {
        if (begun) throw new ExportException("JSON-LD prefix " + name + " comes after the context was written");
        if (name.isEmpty() || name.contains(":") || name.contains("/") || iri.isEmpty()
                || GEN_DELIMS.indexOf(iri.charAt(iri.length() - 1)) < 0) {
            throw new ExportException("Not a JSON-LD prefix: " + name + " for <" + iri + ">");
        }
        prefixes.put(name, iri);
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
        if (!g.equals(graph)) {
            writeGraph();
            if (!graphsDone.add(g)) throw new ExportException("The quads of graph " + g + " do not come together");
            graph = g;
        }
        Node o = quad.getObject();
        Map<String, List<Node>> node = nodes.computeIfAbsent(resource(quad.getSubject()), s -> new LinkedHashMap<>());
        if (o.isLiteral()) checkLiteral(o);
        else nodes.computeIfAbsent(resource(o), n -> new LinkedHashMap<>());
        String key = quad.getPredicate().equals(RDF.type.asNode()) && !o.isLiteral() ? TYPE : quad.getPredicate().getURI();
        node.computeIfAbsent(key, k -> new ArrayList<>(1)).add(o);
    }

    @Override
    public void finish() {
        writeGraph();
        try {
            begin();
            json.endArray().endObject();
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node resource(Node term) {
        if (term.isURI() || term.isBlank()) {
            if (term.equals(RDF.nil.asNode())) throw new ExportException("JSON-LD export writes no RDF lists: " + term);
            return term;
        }
        throw new ExportException("JSON-LD export cannot write the RDF term " + term);
    }

    private static void checkLiteral(Node literal) {
        String type = literal.getLiteralDatatypeURI();
        if (literal.getLiteralBaseDirection() != null || type.equals(RDF.JSON.getURI()) || type.startsWith(I18N)) {
            throw new ExportException("JSON-LD export cannot write the literal " + literal);
        }
    }

    /** The context and the opening of the top-level "@graph", once. */
    private void begin() throws IOException {
        if (begun) return;
        begun = true;
        prefixes.forEach((name, iri) -> terms.merge(iri, name, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        json.beginObject().name("@context").beginObject();
        for (Map.Entry<String, String> p : prefixes.entrySet()) json.name(p.getKey()).value(p.getValue());
        json.endObject().name("@graph").beginArray();
    }

    /** Writes the graph held and empties the holder; the default graph's nodes go to the top level. */
    private void writeGraph() {
        if (graph == null) return;
        try {
            begin();
            boolean named = !Quad.isDefaultGraph(graph);
            if (named) json.beginObject().name("@id").value(id(graph)).name("@graph").beginArray();
            for (Map.Entry<Node, Map<String, List<Node>>> n : nodes.entrySet()) {
                // A node only ever met as an object has nothing but its "@id"; Titanium leaves it out.
                if (!n.getValue().isEmpty()) writeNode(n.getKey(), n.getValue());
            }
            if (named) json.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nodes.clear();
        graph = null;
    }

    private void writeNode(Node subject, Map<String, List<Node>> entries) throws IOException {
        json.beginObject().name("@id").value(id(subject));
        for (Map.Entry<String, List<Node>> e : entries.entrySet()) {
            List<Node> values = e.getValue();
            boolean types = e.getKey().equals(TYPE);
            json.name(types ? TYPE : compact(e.getKey(), true));
            if (values.size() > 1) json.beginArray();
            for (Node v : values) {
                if (types) json.value(v.isBlank() ? id(v) : compact(v.getURI(), true));
                else writeValue(v);
            }
            if (values.size() > 1) json.endArray();
        }
        json.endObject();
    }

    /** A property's value as compaction leaves it when the context gives the property no type or language. */
    private void writeValue(Node v) throws IOException {
        if (!v.isLiteral()) {
            json.beginObject().name("@id").value(id(v)).endObject();
        } else if (!v.getLiteralLanguage().isEmpty()) {
            json.beginObject().name("@language").value(v.getLiteralLanguage()).name("@value").value(v.getLiteralLexicalForm()).endObject();
        } else if (v.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
            json.value(v.getLiteralLexicalForm());
        } else {
            json.beginObject().name("@value").value(v.getLiteralLexicalForm())
                    .name(TYPE).value(compact(v.getLiteralDatatypeURI(), true)).endObject();
        }
    }

    private String id(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : compact(node.getURI(), false);
    }

    /**
     * An IRI compacted as Titanium does with a context of prefixes only: where {@code vocab} (keys and types), the
     * prefix whose IRI it is; else the least {@code prefix:rest} of the prefixes it starts with; else the IRI itself.
     */
    private String compact(String iri, boolean vocab) {
        if (vocab && terms.containsKey(iri)) return terms.get(iri);
        String best = null;
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String ns = p.getValue();
            if (iri.length() > ns.length() && iri.startsWith(ns)) {
                String candidate = p.getKey() + ":" + iri.substring(ns.length());
                if (best == null || candidate.compareTo(best) < 0) best = candidate;
            }
        }
        if (best != null) return best;
        int colon = iri.indexOf(':');
        if (colon > 0 && prefixes.containsKey(iri.substring(0, colon)) && hasNoAuthority(iri)) {
            throw new ExportException("JSON-LD would read the IRI " + iri + " as a compact IRI");
        }
        return iri;
    }

    private static boolean hasNoAuthority(String iri) {
        try {
            return URI.create(iri).getAuthority() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
