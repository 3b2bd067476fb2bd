package org.diplograph.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL query operation with a ceiling on result size: a query without a LIMIT, or with a larger one, runs
 * with {@code LIMIT max}. Fuseki has no such setting; this takes the query as Fuseki parsed it and bounds it before
 * it runs, so a careless {@code SELECT * { ?s ?p ?o }} cannot stream the whole store.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long max;

    CappedQuery(long max) {
        this.max = max;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= max)) return decided;
        Query capped = q.cloneQuery();
        capped.setLimit(max);
        return Pair.create(decided.getLeft(), capped);
    }
}
