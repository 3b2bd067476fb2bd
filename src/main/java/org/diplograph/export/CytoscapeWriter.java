package org.diplograph.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.diplograph.export.ContactNetwork.Edge;
import org.diplograph.export.ContactNetwork.GraphNode;

/**
 * Writes the contact network as Cytoscape.js JSON, {@code {"elements": {"nodes": [{"data": {...}}], "edges": [...]}}},
 * ready for {@code cytoscape({elements: json.elements})}. Node ids are IRIs; edge ids {@code e0, e1, ...}; edge data
 * keeps lists as JSON arrays. Direction as in GraphML: visits carry {@code directed: true}, source the visitor.
 * Streams through Gson's {@link JsonWriter}.
 */
final class CytoscapeWriter {
    private CytoscapeWriter() {}

    /** Returns the number of edges written. */
    static long write(ContactNetwork net, OutputStream out) throws IOException {
        JsonWriter j = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        j.setIndent(" ");
        j.setHtmlSafe(false);
        j.beginObject().name("elements").beginObject();
        j.name("nodes").beginArray();
        for (GraphNode n : net.nodes()) {
            j.beginObject().name("data").beginObject();
            j.name("id").value(n.id()).name("label").value(n.label()).name("type").value(n.type());
            if (n.country() != null) j.name("country").value(n.country());
            if (n.qid() != null) j.name("qid").value(n.qid());
            j.name("iri").value(n.id());
            j.endObject().endObject();
        }
        j.endArray();
        j.name("edges").beginArray();
        int i = 0;
        for (Edge e : net.edges()) {
            j.beginObject().name("data").beginObject();
            j.name("id").value("e" + i++).name("source").value(e.source()).name("target").value(e.target());
            j.name("eventType").value(e.eventType()).name("directed").value(e.directed()).name("weight").value(e.weight());
            if (!e.spans().isEmpty()) {
                j.name("start").value(e.spans().get(0).start().toString());
                j.name("end").value(e.spans().get(e.spans().size() - 1).end().toString());
            }
            array(j, "dates", e.dates());
            array(j, "places", e.places());
            array(j, "sources", e.sources());
            array(j, "articles", e.articles());
            array(j, "events", e.events());
            j.endObject().endObject();
        }
        j.endArray();
        j.endObject().endObject();
        j.flush();
        out.write('\n');
        out.flush();
        return net.edges().size();
    }

    private static void array(JsonWriter j, String name, List<String> values) throws IOException {
        j.name(name).beginArray();
        for (String v : values) j.value(v);
        j.endArray();
    }
}
