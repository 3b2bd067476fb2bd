package org.diplograph.server;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.rdf.Iris;
import org.diplograph.store.CountingDataset;
import org.diplograph.store.RefusedWriteException;

/**
 * Fuseki's SPARQL Update and read-write graph-store operations, answering 403 with the store's message when the store
 * refuses a write ({@link RefusedWriteException}, a write into the default graph that holds its counts). Fuseki turns
 * an exception from the dataset into a 500, and an {@code INSERT DATA}, applied while it is parsed, cannot be told
 * apart from a server fault any other way.
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

    /**
     * The read-write graph-store operation. Its handlers report a failed write without the exception, so a write
     * addressed to the default graph ({@code ?default}, or the graph named as Jena names it or as exports name the
     * summary) is refused before it runs.
     */
    static final class GraphStore extends GSP_RW {
        @Override
        public void execute(HttpAction action) {
            forbiddingRefused(() -> super.execute(action));
        }

        @Override
        protected void execPutGSP(HttpAction action) {
            refuseDefaultGraph(action);
            super.execPutGSP(action);
        }

        @Override
        protected void execPostGSP(HttpAction action) {
            refuseDefaultGraph(action);
            super.execPostGSP(action);
        }

        @Override
        protected void execDeleteGSP(HttpAction action) {
            refuseDefaultGraph(action);
            super.execDeleteGSP(action);
        }

        private static void refuseDefaultGraph(HttpAction action) {
            String graph = action.getRequestParameter(HttpNames.paramGraph);
            boolean summary = action.getRequestParameter(HttpNames.paramGraphDefault) != null
                    || graph != null && (Quad.isDefaultGraph(NodeFactory.createURI(graph)) || graph.equals(Iris.SUMMARY_GRAPH));
            if (summary) ServletOps.errorForbidden(CountingDataset.REFUSAL);
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

    private static RuntimeException forbiddenIfRefused(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedWriteException refused) {
                return new ActionErrorException(403, refused.getMessage(), null);
            }
        }
        return e;
    }
}
