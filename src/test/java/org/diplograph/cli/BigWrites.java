package org.diplograph.cli;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.store.Store;

/**
 * Test helper run in a child JVM: writes graphs {@code g0, g1, ...} of {@value #TRIPLES} triples each into the store
 * {@code args[0]}, one write transaction each, printing {@code WRITING i} before and {@code STORED i} after.
 */
public final class BigWrites {
    static final int TRIPLES = 20_000;
    static final String GRAPH = "https://w3id.org/diplograph/id/article/big-";

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]), null)) {
            for (int g = 0; g < 1000; g++) {
                System.out.println("WRITING " + g);
                store.replaceGraph(GRAPH + g, graph(g));
                System.out.println("STORED " + g);
            }
        }
    }

    static Model graph(int g) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < TRIPLES; i++) {
            Resource s = m.createResource("https://w3id.org/diplograph/id/person/g" + g + "-" + i);
            m.add(s, RDFS.comment, "triple " + i + " of graph " + g);
        }
        return m;
    }
}
