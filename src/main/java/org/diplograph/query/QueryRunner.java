package org.diplograph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.diplograph.query.NamedQuery.Param;

/**
 * Runs a named query against a dataset. Parameter values are checked against the query's header, turned into
 * RDF nodes (entities by QID, IRI or label) and bound with {@code substitution}; no user text is ever pasted into
 * SPARQL. The dataset is expected to expose the union of its article graphs as the default graph, as the
 * Diplograph TDB2 store does.
 * <pre>
 * NamedQuery q = NamedQueries.fromClasspath().get("meetings-of-person");
 * QueryResult result = QueryRunner.run(q, Map.of("person", "Kim Jong Un"), dataset);
 * result.textRows().forEach(System.out::println);
 * </pre>
 */
public final class QueryRunner {
    private QueryRunner() {}

    /**
     * Binds {@code params} and runs {@code q} inside a read transaction.
     *
     * @param params parameter name → value as the user typed it; optional parameters may be left out
     * @return every row, copied out of the store
     * @throws QueryException when a parameter is missing, unknown or cannot be resolved (an unknown or ambiguous
     *                        label, a malformed date), naming the query and the parameter
     */
    public static QueryResult run(NamedQuery q, Map<String, String> params, Dataset ds) {
        checkNames(q, params);
        Query query = q.toQuery();
        if (q.isPaged()) Page.apply(query, pageValue(q, params, ParamKind.LIMIT), pageValue(q, params, ParamKind.OFFSET));
        DatasetGraph dsg = ds.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            ParamBinder binder = new ParamBinder(q.name(), dsg.getUnionGraph());
            QueryExecBuilder exec = QueryExec.dataset(dsg).query(query);
            for (Param p : q.params()) {
                if (p.kind().isPaging()) continue;
                String value = params.get(p.name());
                if (value != null && !value.isBlank()) exec = exec.substitution(p.name(), binder.bind(p, value));
            }
            try (QueryExec qe = exec.build()) {
                RowSet rows = qe.select();
                List<Var> vars = q.columns().stream().map(Var::alloc).toList();
                List<Binding> copied = new ArrayList<>();
                // Copy node by node: TDB2 bindings resolve their nodes lazily and must not escape the transaction.
                rows.forEachRemaining(b -> copied.add(copy(b, vars)));
                return new QueryResult(q.name(), q.columns(), copied, query.getPrefixMapping().getNsPrefixMap());
            }
        });
    }

    private static void checkNames(NamedQuery q, Map<String, String> params) {
        TreeSet<String> unknown = new TreeSet<>(params.keySet());
        q.params().forEach(p -> unknown.remove(p.name()));
        if (!unknown.isEmpty()) {
            throw new QueryException("Query '" + q.name() + "' has no parameter(s) " + String.join(", ", unknown)
                    + " (its parameters: " + paramNames(q) + ")");
        }
        List<String> missing = q.params().stream()
                .filter(p -> !p.optional())
                .map(Param::name)
                .filter(n -> params.get(n) == null || params.get(n).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new QueryException("Query '" + q.name() + "' needs parameter(s) " + String.join(", ", missing));
        }
    }

    private static String paramNames(NamedQuery q) {
        return q.params().isEmpty() ? "none" : String.join(", ", q.params().stream().map(Param::name).toList());
    }

    /** The value given for the query's parameter of this paging kind, or null when none was given. */
    private static Long pageValue(NamedQuery q, Map<String, String> params, ParamKind kind) {
        for (Param p : q.params()) {
            String value = params.get(p.name());
            if (p.kind() != kind || value == null || value.isBlank()) continue;
            try {
                long n = Long.parseLong(value.strip());
                if (n >= 0) return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new QueryException("Query '" + q.name() + "': parameter '" + p.name()
                    + "' must be a whole number, 0 or more, got '" + value.strip() + "'");
        }
        return null;
    }

    private static Binding copy(Binding b, List<Var> vars) {
        BindingBuilder out = Binding.builder();
        for (Var v : vars) {
            Node n = b.get(v);
            if (n != null) out.add(v, n);
        }
        return out.build();
    }
}
