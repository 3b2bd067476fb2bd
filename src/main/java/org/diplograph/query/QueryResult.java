package org.diplograph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;

/**
 * The rows of one named-query run, held in memory so they outlive the read transaction they came from.
 *
 * @param queryName the named query that produced them
 * @param columns   the result columns, in order
 * @param bindings  one binding per row; a column with no value is simply absent from the binding
 * @param prefixes  the query's prefixes, used to shorten IRIs in table output
 */
public record QueryResult(String queryName, List<String> columns, List<Binding> bindings, Map<String, String> prefixes) {
    public QueryResult {
        Objects.requireNonNull(queryName, "queryName");
        columns = List.copyOf(columns);
        bindings = List.copyOf(bindings);
        prefixes = Map.copyOf(prefixes);
    }

    public int size() {
        return bindings.size();
    }

    /** The rows as column → node, in column order; unbound columns are left out. */
    public List<Map<String, Node>> rows() {
        List<Map<String, Node>> out = new ArrayList<>(bindings.size());
        for (Binding b : bindings) {
            Map<String, Node> row = new LinkedHashMap<>();
            for (String c : columns) {
                Node n = b.get(Var.alloc(c));
                if (n != null) row.put(c, n);
            }
            out.add(Collections.unmodifiableMap(row));
        }
        return List.copyOf(out);
    }

    /**
     * The rows as column → text: an IRI as its string, a literal as its lexical form. Unbound columns are left out.
     */
    public List<Map<String, String>> textRows() {
        return rows().stream().map(row -> {
            Map<String, String> text = new LinkedHashMap<>();
            row.forEach((c, n) -> text.put(c, text(n)));
            return Collections.unmodifiableMap(text);
        }).toList();
    }

    /** One column's values as text, top to bottom, with null where a row has no value. */
    public List<String> column(String name) {
        if (!columns.contains(name)) {
            throw new QueryException("Query '" + queryName + "' has no column '" + name + "' (columns: "
                    + String.join(", ", columns) + ")");
        }
        Var v = Var.alloc(name);
        return bindings.stream().map(b -> b.get(v) == null ? null : text(b.get(v))).toList();
    }

    /** A fresh Jena result set over the rows, for Jena's result writers. */
    public ResultSet asResultSet() {
        List<Var> vars = columns.stream().map(Var::alloc).toList();
        return ResultSet.adapt(RowSetStream.create(vars, bindings.iterator()));
    }

    /** The usual prefixes plus the query's own, for shortening IRIs and datatypes in tables. */
    PrefixMapping prefixMapping() {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("dip", Dip.NS)
                .setNsPrefix("wd", Iris.WIKIDATA)
                .setNsPrefixes(prefixes)
                .lock();
    }

    private static String text(Node n) {
        if (n.isURI()) return n.getURI();
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        return n.toString();
    }
}
