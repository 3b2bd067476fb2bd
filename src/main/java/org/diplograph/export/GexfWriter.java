package org.diplograph.export;

import java.io.OutputStream;
import org.diplograph.export.ContactNetwork.Edge;
import org.diplograph.export.ContactNetwork.GraphNode;

/**
 * Writes the contact network as dynamic GEXF 1.3 for Gephi's timeline. Each edge has one spell per stretch of days
 * its events cover (a month-precise date covers the whole month, a year the whole year; overlapping stretches are
 * joined), so the edge appears when the contact happened. An edge with no dated event has no spell and is always
 * shown. Direction is encoded as in GraphML: the graph is undirected, visits run visitor to host and carry the
 * attribute {@code directed=true}.
 */
final class GexfWriter {
    static final String NS = "http://gexf.net/1.3";

    private GexfWriter() {}

    /** Returns the number of edges written. */
    static long write(ContactNetwork net, OutputStream out) {
        try (XmlOut x = new XmlOut(out, "GEXF", "gexf", NS, NS + "/gexf.xsd", "version", "1.3")) {
            x.start("meta").text("creator", "Diplograph").text("description", "Diplomatic contacts reported in the news").end();
            x.start("graph", "mode", "dynamic", "defaultedgetype", "undirected", "timeformat", "date");
            x.start("attributes", "class", "node", "mode", "static");
            for (String a : new String[] {"type", "country", "qid", "iri"}) attribute(x, a, "string");
            x.end();
            x.start("attributes", "class", "edge", "mode", "static");
            attribute(x, "eventType", "string");
            attribute(x, "directed", "boolean");
            for (String a : new String[] {"dates", "places", "sources", "articles", "events"}) attribute(x, a, "string");
            x.end();
            x.start("nodes");
            for (GraphNode n : net.nodes()) {
                x.start("node", "id", n.id(), "label", n.label()).start("attvalues");
                value(x, "type", n.type());
                value(x, "country", n.country());
                value(x, "qid", n.qid());
                value(x, "iri", n.id());
                x.end().end();
            }
            x.end();
            x.start("edges");
            int i = 0;
            for (Edge e : net.edges()) {
                x.start("edge", "id", "e" + i++, "source", e.source(), "target", e.target(), "label", e.eventType(),
                        "weight", Integer.toString(e.weight()));
                x.start("attvalues");
                value(x, "eventType", e.eventType());
                value(x, "directed", Boolean.toString(e.directed()));
                value(x, "dates", GraphMLWriter.joined(e.dates()));
                value(x, "places", GraphMLWriter.joined(e.places()));
                value(x, "sources", GraphMLWriter.joined(e.sources()));
                value(x, "articles", GraphMLWriter.joined(e.articles()));
                value(x, "events", GraphMLWriter.joined(e.events()));
                x.end();
                if (!e.spans().isEmpty()) {
                    x.start("spells");
                    for (DateSpan s : e.spans()) x.empty("spell", "start", s.start().toString(), "end", s.end().toString());
                    x.end();
                }
                x.end();
            }
            x.end();
            x.end();
        }
        return net.edges().size();
    }

    private static void attribute(XmlOut x, String id, String type) {
        x.empty("attribute", "id", id, "title", id, "type", type);
    }

    private static void value(XmlOut x, String attribute, String value) {
        if (value != null) x.empty("attvalue", "for", attribute, "value", value);
    }
}
