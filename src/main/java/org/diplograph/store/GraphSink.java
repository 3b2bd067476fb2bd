package org.diplograph.store;

import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * Somewhere article graphs can be written: the local store ({@link Store}) or a running server
 * ({@link RemoteStore}). Ingestion writes through this interface and does not care which.
 */
public interface GraphSink extends AutoCloseable {

    /** Replaces the named graph {@code graphIri} with the triples of {@code model}. */
    void replaceGraph(String graphIri, Model model);

    /** Replaces several named graphs; the default sends them one by one. */
    default void replaceGraphs(Map<String, Model> graphs) {
        graphs.forEach(this::replaceGraph);
    }

    @Override
    default void close() {}
}
