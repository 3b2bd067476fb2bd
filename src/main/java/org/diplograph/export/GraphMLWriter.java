package org.diplograph.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.export.ContactNetwork.Edge;
import org.diplograph.export.ContactNetwork.GraphNode;

/**
 * Writes the contact network as GraphML. The graph is {@code edgedefault="undirected"}; a visit edge runs from the
 * visitor (source) to the host or host country (target) and carries the data key {@code directed=true}. The XML
 * attribute {@code directed} is not used, because readers such as NetworkX refuse graphs that mix directed and
 * undirected edges. GraphML ids are XML name tokens, which IRIs are not, so nodes are {@code n0, n1, ...} in IRI order
 * with the IRI in the {@code iri} key, and edges {@code e0, e1, ...} in edge order. Multi-valued edge data
 * (dates, places, sources, articles, events) is joined with {@code "; "}.
 */
final class GraphMLWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMLWriter() {}

    /** Returns the number of edges written. */
    static long write(ContactNetwork net, OutputStream out) {
        try (XmlOut x = new XmlOut(out, "GraphML", "graphml", NS, NS + "/1.0/graphml.xsd")) {
            for (String k : List.of("label", "type", "country", "qid", "iri")) key(x, k, "node", "string");
            key(x, "eventType", "edge", "string");
            key(x, "directed", "edge", "boolean");
            key(x, "weight", "edge", "int");
            for (String k : List.of("dates", "start", "end", "places", "sources", "articles", "events")) key(x, k, "edge", "string");
            x.start("graph", "id", "diplograph", "edgedefault", "undirected");
            Map<String, String> ids = new HashMap<>();
            for (GraphNode n : net.nodes()) {
                String id = "n" + ids.size();
                ids.put(n.id(), id);
                x.start("node", "id", id);
                data(x, "label", n.label());
                data(x, "type", n.type());
                data(x, "country", n.country());
                data(x, "qid", n.qid());
                data(x, "iri", n.id());
                x.end();
            }
            int i = 0;
            for (Edge e : net.edges()) {
                x.start("edge", "id", "e" + i++, "source", ids.get(e.source()), "target", ids.get(e.target()));
                data(x, "eventType", e.eventType());
                data(x, "directed", Boolean.toString(e.directed()));
                data(x, "weight", Integer.toString(e.weight()));
                data(x, "dates", joined(e.dates()));
                data(x, "start", e.spans().isEmpty() ? null : e.spans().get(0).start().toString());
                data(x, "end", e.spans().isEmpty() ? null : e.spans().get(e.spans().size() - 1).end().toString());
                data(x, "places", joined(e.places()));
                data(x, "sources", joined(e.sources()));
                data(x, "articles", joined(e.articles()));
                data(x, "events", joined(e.events()));
                x.end();
            }
            x.end();
        }
        return net.edges().size();
    }

    private static void key(XmlOut x, String name, String on, String type) {
        x.empty("key", "id", name, "for", on, "attr.name", name, "attr.type", type);
    }

    private static void data(XmlOut x, String key, String value) {
        if (value != null) x.text("data", value, "key", key);
    }

    static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }
}
