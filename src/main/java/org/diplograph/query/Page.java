package org.diplograph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The page of a paged named query: the one outermost query level, the query itself or a subquery, that has a LIMIT
 * (a LIMIT nested inside the page, such as "any one copy" lookups, belongs to the page's own work). A paged
 * query selects and orders its events there, so its columns are worked out for the page's rows alone; the
 * {@link ParamKind#LIMIT limit} and {@link ParamKind#OFFSET offset} parameters move that LIMIT and OFFSET.
 */
final class Page {
    private Page() {}

    /** The levels of {@code query} (itself and its subqueries, however deep) that have a LIMIT and no LIMIT above them. */
    static List<Query> levelsWithLimit(Query query) {
        List<Query> found = new ArrayList<>();
        collect(query, found);
        return found;
    }

    private static void collect(Query level, List<Query> found) {
        if (level.hasLimit()) {
            found.add(level);
            return;
        }
        if (level.getQueryPattern() == null) return;
        ElementWalker.walk(level.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery sub) {
                collect(sub.getQuery(), found);
            }
        });
    }

    /**
     * Sets the page of {@code query}, which must have exactly one level with a LIMIT (checked when the named query
     * is read). A null leaves the query's own value; a limit of 0 lifts the LIMIT, so every row comes back.
     */
    static void apply(Query query, Long limit, Long offset) {
        Query page = levelsWithLimit(query).get(0);
        if (limit != null) page.setLimit(limit == 0 ? Query.NOLIMIT : limit);
        if (offset != null) page.setOffset(offset == 0 ? Query.NOLIMIT : offset);
    }
}
