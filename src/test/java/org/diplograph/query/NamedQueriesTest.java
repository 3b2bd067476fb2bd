package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedQueriesTest {
    private static final List<String> EXPECTED = List.of("co-participation", "contacts-between-countries",
            "enrich-birth-dates", "enrich-coordinates", "enrich-positions", "events-in-range", "events-table",
            "explore-events", "explore-network", "explore-pairs",
            "meetings-near", "meetings-of-person", "source-reported", "stats-articles", "stats-entities", "stats-events",
            "stats-linked", "timeline", "unlinked-entities", "unrealised-contacts", "visits-to", "who-reported");

    @Test
    void the_project_folder_holds_every_named_query_sorted_by_name() {
        NamedQueries queries = NamedQueries.fromDirectory(Path.of("queries"));
        assertEquals(EXPECTED, queries.list().stream().map(NamedQuery::name).toList());
    }

    @Test
    void the_classpath_copy_has_the_same_queries_as_the_folder() {
        NamedQueries folder = NamedQueries.fromDirectory(Path.of("queries"));
        NamedQueries classpath = NamedQueries.load(null);
        assertEquals("queries/", classpath.source());
        assertEquals(folder.list(), classpath.list());
    }

    @Test
    void queries_packaged_in_a_jar_are_found(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("packaged.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("queries/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("queries/count.rq"));
            out.write("# purpose: Count triples.\n# columns: n\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            NamedQueries queries = NamedQueries.fromClasspath(loader);
            assertEquals(List.of("count"), queries.list().stream().map(NamedQuery::name).toList());
            assertEquals(List.of("n"), queries.get("count").columns());
        }
    }

    @Test
    void an_unknown_name_is_reported_with_the_known_ones() {
        NamedQueries queries = NamedQueries.fromClasspath();
        QueryException e = assertThrows(QueryException.class, () -> queries.get("meetings-of"));
        assertEquals("No query named 'meetings-of' in queries/ (known: " + String.join(", ", EXPECTED) + ")", e.getMessage());
    }

    @Test
    void every_query_opens_with_purpose_and_columns_and_is_plain_sparql_but_for_lateral() throws IOException {
        for (NamedQuery q : NamedQueries.fromDirectory(Path.of("queries")).list()) {
            List<String> lines = Files.readAllLines(Path.of("queries", q.name() + ".rq"));
            assertTrue(lines.get(0).startsWith("# purpose: "), q.name() + " does not open with its purpose");
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("# columns: ")), q.name() + " has no columns line");
            // Standard SPARQL 1.1 apart from Jena's LATERAL, which Fuseki's console parses too.
            QueryFactory.create(q.text().replace("LATERAL", ""), Syntax.syntaxSPARQL_11);
            QueryFactory.create(q.text(), Syntax.syntaxARQ);
        }
    }

    @Test
    void a_folder_of_queries_is_read_and_a_broken_file_is_named(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("count.rq"), "# purpose: Count triples.\n# columns: n\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        NamedQueries queries = NamedQueries.fromDirectory(dir);
        assertEquals(List.of("count"), queries.list().stream().map(NamedQuery::name).toList());
        assertEquals("Count triples.", queries.get("count").purpose());

        Files.writeString(dir.resolve("zzz.rq"), "# purpose: Broken.\n# columns: n\nSELECT ?m WHERE { ?s ?p ?m }\n");
        QueryException e = assertThrows(QueryException.class, () -> NamedQueries.fromDirectory(dir));
        assertEquals("Query 'zzz' declares columns [n] but selects [m]", e.getMessage());
    }

    @Test
    void a_missing_folder_is_named(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        QueryException e = assertThrows(QueryException.class, () -> NamedQueries.fromDirectory(missing));
        assertEquals("No query folder at " + missing, e.getMessage());
    }

    @Test
    void every_parameter_bound_by_substitution_still_gives_a_query_that_parses() {
        // QueryExecHTTP substitutes the values into the query and sends its text; the server must parse that text.
        List<String> failures = new ArrayList<>();
        for (NamedQuery q : NamedQueries.fromDirectory(Path.of("queries")).list()) {
            for (NamedQuery.Param p : q.params()) {
                if (p.kind().isPaging()) continue;
                Node value = switch (p.kind()) {
                    case DATE -> NodeFactory.createLiteralDT("2020-03-01", XSDDatatype.XSDdate);
                    case INTEGER -> NodeFactory.createLiteralDT("500", XSDDatatype.XSDinteger);
                    case STRING -> NodeFactory.createLiteralString("x");
                    default -> NodeFactory.createURI("https://w3id.org/diplograph/id/" + p.name() + "/x");
                };
                Query bound = QueryTransformOps.transform(q.toQuery(),
                        Map.of(Var.alloc(p.name()), value));
                String sent = bound.toString();
                try {
                    QueryFactory.create(sent, Syntax.syntaxARQ);
                } catch (QueryParseException e) {
                    failures.add(q.name() + " with " + p.name() + " bound: " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures);
    }
}
