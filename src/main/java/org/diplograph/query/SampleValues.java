package org.diplograph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Values for the named queries' parameters that exist in a store, keyed by parameter name: one meeting's two people
 * ({@code person}), their countries ({@code entity}, {@code countryA}, {@code countryB}), its place, a source that
 * reported it and the event itself, beside a fixed radius ({@code km}) and period ({@code from}, {@code to}, March
 * 2020). Found by {@code query/sample-values.rq}; a store with no such meeting gives only the fixed ones.
 *
 * <pre>{@code
 * Map<String, Node> values = SampleValues.of(dataset);
 * Node person = values.get("person");   // null in a store without meetings
 * }</pre>
 */
public final class SampleValues {
    private static final String QUERY = "/query/sample-values.rq";

    private SampleValues() {}

    /** Reads the sample from {@code ds} in a read transaction of its own. */
    public static Map<String, Node> of(Dataset ds) {
        String probe = text();
        Map<String, Node> v = new HashMap<>();
        v.put("km", NodeFactory.createLiteralDT("500", XSDDatatype.XSDinteger));
        v.put("from", NodeFactory.createLiteralDT("2020-03-01", XSDDatatype.XSDdate));
        v.put("to", NodeFactory.createLiteralDT("2020-03-31", XSDDatatype.XSDdate));
        Txn.executeRead(ds, () -> {
            try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(probe).build()) {
                RowSet rows = qe.select();
                if (!rows.hasNext()) return;
                Binding r = rows.next();
                v.put("person", r.get("a"));
                v.put("entity", r.get("ca"));
                v.put("place", r.get("place"));
                v.put("countryA", r.get("ca"));
                v.put("countryB", r.get("cb"));
                v.put("source", r.get("src"));
                v.put("event", r.get("e"));
            }
        });
        return v;
    }

    private static String text() {
        try (InputStream in = SampleValues.class.getResourceAsStream(QUERY)) {
            if (in == null) throw new QueryException("Missing resource " + QUERY);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + QUERY, e);
        }
    }
}
