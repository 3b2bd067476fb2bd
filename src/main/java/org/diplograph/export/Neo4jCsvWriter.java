package org.diplograph.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.diplograph.export.ContactNetwork.Edge;
import org.diplograph.export.ContactNetwork.GraphNode;

/**
 * Writes the contact network as two CSV files for {@code neo4j-admin database import full}: {@code nodes.csv}
 * (one row a party; label {@code Entity} plus its type) and {@code relationships.csv} (one row an edge; type
 * {@code MEETING}, {@code VISIT} or {@code PHONE_CALL}). Headers carry the import tool's types. Neo4j relationships
 * always have a direction: a visit runs visitor to host, a meeting or call from the lesser IRI to the greater, with
 * {@code directed=false}. {@code start}/{@code end} are the first and last day the events cover; {@code dates}
 * keeps the dates at their own precision. Arrays use the tool's default delimiter {@code ;}.
 */
final class Neo4jCsvWriter {
    static final String NODES = "nodes.csv";
    static final String RELATIONSHIPS = "relationships.csv";
    static final String[] NODE_HEADER = {"iri:ID", "name:string", ":LABEL", "country:string", "qid:string"};
    static final String[] RELATIONSHIP_HEADER = {":START_ID", ":END_ID", ":TYPE", "weight:int", "directed:boolean",
            "start:date", "end:date", "dates:string[]", "places:string[]", "sources:string[]", "articles:string[]",
            "events:string[]"};

    private Neo4jCsvWriter() {}

    /** Returns the number of relationships written. */
    static long write(ContactNetwork net, Exporter.Target target) throws IOException {
        try (CSVPrinter p = printer(target, NODES, NODE_HEADER)) {
            for (GraphNode n : net.nodes()) {
                p.printRecord(n.id(), n.label(), "Entity;" + n.type(), blank(n.country()), blank(n.qid()));
            }
        }
        try (CSVPrinter p = printer(target, RELATIONSHIPS, RELATIONSHIP_HEADER)) {
            for (Edge e : net.edges()) {
                boolean dated = !e.spans().isEmpty();
                p.printRecord(e.source(), e.target(), relationshipType(e.eventType()), e.weight(), e.directed(),
                        dated ? e.spans().get(0).start() : "", dated ? e.spans().get(e.spans().size() - 1).end() : "",
                        array(e.dates()), array(e.places()), array(e.sources()), array(e.articles()), array(e.events()));
            }
        }
        return net.edges().size();
    }

    /** PhoneCall becomes PHONE_CALL, as Neo4j names relationship types. */
    static String relationshipType(String eventType) {
        return eventType.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static CSVPrinter printer(Exporter.Target target, String file, String[] header) throws IOException {
        Writer w = new OutputStreamWriter(target.open(file), StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
    }

    private static String array(List<String> values) {
        return String.join(";", values);
    }

    private static String blank(String v) {
        return v == null ? "" : v;
    }
}
