package org.diplograph.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.diplograph.query.NamedQuery;

/** The exporter's own SPARQL, kept in {@code export/*.rq} on the classpath with the usual header. */
final class ExportQueries {
    private ExportQueries() {}

    /** Runs {@code export/NAME.rq} over the dataset's default graph (the union of article graphs), row by row. */
    static void select(String name, DatasetGraph dsg, Consumer<Binding> row) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(load(name)).build()) {
            qe.select().forEachRemaining(row);
        }
    }

    private static Query load(String name) {
        String path = "export/" + name + ".rq";
        try (InputStream in = ExportQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new ExportException("No query " + path + " on the classpath");
            NamedQuery q = NamedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return q.toQuery();
        } catch (IOException e) {
            throw new ExportException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
