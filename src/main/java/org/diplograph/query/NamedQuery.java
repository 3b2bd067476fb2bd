package org.diplograph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * A SPARQL SELECT query from {@code queries/NAME.rq}, with the header that opens the file:
 * <pre>
 * # purpose: Meetings a person took part in, newest first.
 * # param: person (person) — the person, as a QID (Q56226) or a label ("Kim Jong Un")
 * # columns: event, date, dateText, participants, location, reportedBy, articles
 * </pre>
 * A parameter that may be left out is written {@code (kind, optional)}. A paged query declares
 * {@code limit (limit)} and {@code offset (offset)}, which are always optional and move the LIMIT and OFFSET of its
 * page, the outermost query level with a LIMIT ({@link Page}). Other comment lines in the header are notes for readers.
 * Parsing checks that the text is standard SPARQL 1.1 apart from Jena's {@code LATERAL}, that the columns are exactly
 * the query's result variables in order, that every other parameter is a variable of the query, and that a paged
 * query has exactly one LIMIT.
 *
 * @param name    the file name without {@code .rq}; the name the CLI uses
 * @param purpose one sentence saying what the query answers
 * @param params  the parameters, in header order
 * @param columns the result columns, in order
 * @param text    the whole file, header included
 */
public record NamedQuery(String name, String purpose, List<Param> params, List<String> columns, String text) {

    /**
     * One parameter of a named query. Its value is bound to the query variable of the same name.
     *
     * @param name        the variable name, without {@code ?}
     * @param kind        what values it accepts
     * @param description what it means, for help output
     * @param optional    true when the query also runs with the variable left unbound
     */
    public record Param(String name, ParamKind kind, String description, boolean optional) {
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            description = description == null ? "" : description;
        }
    }

    private static final Pattern KEY_LINE = Pattern.compile("#\\s*(purpose|param|columns)\\s*:\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*([a-z]+)\\s*(,\\s*optional\\s*)?\\)\\s*(?:[—–-]\\s*(.*))?");

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(purpose, "purpose");
        params = List.copyOf(params);
        columns = List.copyOf(columns);
        Objects.requireNonNull(text, "text");
    }

    /**
     * The SPARQL 1.1 that named queries are written in, plus Jena's {@code LATERAL} (ARQ syntax): SPARQL 1.1 has no
     * lateral join, so without it each column would have to repeat the selection of its rows and aggregate over
     * it, and Jena hash-joins such subqueries instead of evaluating them per row. Fuseki parses ARQ syntax, so the
     * texts still run in the console. {@link #check} refuses every other ARQ extension.
     */
    static final Syntax SYNTAX = Syntax.syntaxARQ;

    private static final Pattern LATERAL = Pattern.compile("\\bLATERAL\\b", Pattern.CASE_INSENSITIVE);

    /** The query, parsed afresh (callers may change the copy, e.g. its page). */
    public Query toQuery() {
        try {
            return QueryFactory.create(text, SYNTAX);
        } catch (QueryParseException e) {
            throw new QueryException("Query '" + name + "' is not valid SPARQL: " + e.getMessage(), e);
        }
    }

    /** True when the query calls a remote endpoint ({@code SERVICE}), such as Wikidata's: it needs the network. */
    public boolean callsService() {
        boolean[] found = {false};
        ElementWalker.walk(toQuery().getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** True when the query declares the paging parameters. */
    public boolean isPaged() {
        return params.stream().anyMatch(p -> p.kind().isPaging());
    }

    /** The number of rows in a page when no limit is given (the LIMIT of the page in the text); 0 when not paged. */
    public long pageSize() {
        return isPaged() ? Page.levelsWithLimit(toQuery()).get(0).getLimit() : 0;
    }

    /** The parameter with this name, if the query has one. */
    public Optional<Param> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /**
     * Reads a query file's header and checks the query against it.
     *
     * @throws QueryException naming the query and the line when the header or the SPARQL is malformed
     */
    public static NamedQuery parse(String name, String text) {
        String purpose = null;
        List<String> columns = null;
        List<Param> params = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            if (!line.startsWith("#")) break;
            Matcher m = KEY_LINE.matcher(line);
            if (!m.matches()) continue;
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "purpose" -> purpose = value;
                case "columns" -> columns = splitColumns(value);
                default -> params.add(parseParam(name, i + 1, value));
            }
        }
        if (purpose == null || purpose.isEmpty()) throw error(name, "has no '# purpose:' line in its header");
        if (columns == null || columns.isEmpty()) throw error(name, "has no '# columns:' line in its header");
        NamedQuery q = new NamedQuery(name, purpose, params, columns, text);
        q.check();
        return q;
    }

    private static Param parseParam(String name, int lineNo, String value) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw error(name, "line " + lineNo + ": a param line reads 'name (kind) — description', got '" + value + "'");
        }
        ParamKind kind;
        try {
            kind = ParamKind.forKeyword(m.group(2));
        } catch (QueryException e) {
            throw error(name, "line " + lineNo + ": " + e.getMessage());
        }
        // A page is always optional: left out, the query's own LIMIT and OFFSET hold.
        return new Param(m.group(1), kind, m.group(4) == null ? "" : m.group(4).strip(), m.group(3) != null || kind.isPaging());
    }

    private static List<String> splitColumns(String value) {
        return List.of(value.split("\\s*,\\s*")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void check() {
        Query query = toQuery();
        try {
            // Without the word LATERAL the text is plain SPARQL 1.1 exactly when LATERAL is its only extension.
            QueryFactory.create(LATERAL.matcher(text).replaceAll(""), Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new QueryException("Query '" + name + "' is not valid SPARQL 1.1 (LATERAL aside): " + e.getMessage(), e);
        }
        if (!query.isSelectType()) throw error(name, "is not a SELECT query");
        if (!query.getResultVars().equals(columns)) {
            throw error(name, "declares columns " + columns + " but selects " + query.getResultVars());
        }
        for (Param p : params) {
            if (p.kind().isPaging()) continue;
            if (!Pattern.compile("[?$]" + Pattern.quote(p.name()) + "\\b").matcher(query.toString()).find()) {
                throw error(name, "declares parameter '" + p.name() + "' but never uses ?" + p.name());
            }
        }
        long distinct = params.stream().map(Param::name).distinct().count();
        if (distinct != params.size()) throw error(name, "declares a parameter twice");
        if (isPaged()) {
            int limits = Page.levelsWithLimit(query).size();
            if (limits != 1) throw error(name, "declares a page but has " + limits + " LIMITs (its page needs exactly one)");
        }
    }

    private static QueryException error(String name, String message) {
        return new QueryException("Query '" + name + "' " + message);
    }
}
