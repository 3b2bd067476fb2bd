package org.diplograph.server;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.diplograph.store.CountingDataset;
import org.diplograph.store.RefusedWriteException;

/**
 * Fuseki's SPARQL Update and read-write graph-store operations, answering 403 with the store's message when the store
 * refuses a write ({@link RefusedWriteException}, a write into the default graph that holds its counts). Fuseki turns
 * an exception from the dataset into a 500, and an {@code INSERT DATA}, applied while it is parsed, or a graph-store
 * upload cannot be told apart from a server fault any other way.
 */
final class RefusalAware {

    private RefusalAware() {}

    /** The SPARQL Update operation. */
    static final class Update extends SPARQL_Update {
        @Override
        public void execute(HttpAction action) {
            forbiddingRefused(() -> super.execute(action));
        }
    }

    /** The read-write graph-store operation. */
    static final class GraphStore extends GSP_RW {
        @Override
        public void execute(HttpAction action) {
            forbiddingRefused(() -> super.execute(action));
        }
    }

    // Fuseki has aborted the transaction by the time the exception arrives here; only the answer changes.
    private static void forbiddingRefused(Runnable execute) {
        try {
            execute.run();
        } catch (RuntimeException e) {
            throw forbiddenIfRefused(e);
        }
    }

    // The update operation keeps the store's exception as a cause; the graph-store uploads keep only its message.
    private static RuntimeException forbiddenIfRefused(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedWriteException || CountingDataset.REFUSAL.equals(cause.getMessage())) {
                return new ActionErrorException(403, CountingDataset.REFUSAL, null);
            }
        }
        return e;
    }
}
