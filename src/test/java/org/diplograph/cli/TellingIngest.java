package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.diplograph.source.Sources;
import org.diplograph.store.GraphSink;
import org.diplograph.store.Store;

/**
 * Test helper run in a child JVM: ingests the folder {@code args[1]} into the store {@code args[0]} as the CLI does,
 * printing {@code STORED <graph>} after each committed write, so the parent knows when to kill it.
 */
public final class TellingIngest {
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        try (Store store = Store.open(Path.of(args[0]), null)) {
            GraphSink telling = new GraphSink() {
                @Override
                public void replaceGraph(String graphIri, Model model) {
                    store.replaceGraph(graphIri, model);
                    out.println("STORED " + graphIri);
                }

                @Override
                public void replaceGraphs(Map<String, Model> graphs) {
                    store.replaceGraphs(graphs);
                    graphs.keySet().forEach(g -> out.println("STORED " + g));
                }
            };
            new Ingestion(Pipelines.standard(), out, new PrintWriter(System.err, true), 1)
                    .run(List.of(args[1]), null, Sources.DEFAULT_MAX_BYTES, telling);
        }
    }
}
