package org.diplograph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.system.Txn;

/**
 * Checks graphs against the SHACL shapes of {@code ontology/shapes.ttl}: one article's graph before it is
 * stored, or the whole store (the union of its graphs) for {@code diplograph validate}.
 *
 * <pre>{@code
 * ShapeCheck shapes = ShapeCheck.bundled();
 * List<ShapeCheck.Violation> problems = shapes.check(articleGraph);
 * problems.forEach(v -> System.err.println(v.line()));
 * }</pre>
 */
public final class ShapeCheck {

    /** The packaged shapes, as the build copies {@code ontology/} into the jar. */
    public static final String PACKAGED_SHAPES = "ontology/shapes.ttl";

    private static ShapeCheck bundled;

    private final Graph shapesGraph;
    private final Shapes shapes;

    private ShapeCheck(Graph shapesGraph) {
        this.shapesGraph = shapesGraph;
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The shapes packaged with Diplograph, read once. */
    public static synchronized ShapeCheck bundled() {
        if (bundled == null) {
            try (InputStream in = ShapeCheck.class.getClassLoader().getResourceAsStream(PACKAGED_SHAPES)) {
                if (in == null) throw new StoreException("Packaged " + PACKAGED_SHAPES + " is missing from the classpath");
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                bundled = new ShapeCheck(g);
            } catch (IOException | RiotException e) {
                throw new StoreException("Cannot read packaged " + PACKAGED_SHAPES + ": " + e.getMessage(), e);
            }
        }
        return bundled;
    }

    /** Shapes read from a Turtle file. */
    public static ShapeCheck fromFile(java.nio.file.Path file) {
        if (!Files.isRegularFile(file)) throw new StoreException("Shapes file not found: " + file);
        try {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(file).lang(Lang.TURTLE).parse(g);
            return new ShapeCheck(g);
        } catch (RiotException e) {
            throw new StoreException("Cannot read shapes " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * One result of the check.
     *
     * @param focus   the node that breaks a shape
     * @param path    the property path, shortened with the shapes' prefixes ({@code dip:location}), or "" for the node itself
     * @param message what the shape says is wrong
     * @param graphs  the article graphs that describe the focus node (empty when one graph was checked)
     */
    public record Violation(String focus, String path, String message, Set<String> graphs) {
        /** One line: {@code <focus> dip:location: message (graph <g>)}. */
        public String line() {
            String where = graphs.isEmpty() ? "" : " (graph " + String.join(", ", graphs.stream().map(g -> "<" + g + ">").toList()) + ")";
            return focus + (path.isEmpty() ? "" : " " + path) + ": " + message + where;
        }
    }

    /** The violations in one graph, such as an article graph about to be stored. */
    public List<Violation> check(Model graph) {
        return violations(ShaclValidator.get().validate(shapes, graph.getGraph()), null);
    }

    /** The violations in the store's union graph, each with the article graphs that describe its focus node. */
    public List<Violation> check(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return violations(ShaclValidator.get().validate(shapes, dsg.getUnionGraph()), dsg);
        });
    }

    private List<Violation> violations(ValidationReport report, DatasetGraph dsg) {
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            Set<String> graphs = new TreeSet<>();
            if (dsg != null) dsg.find(Node.ANY, focus, Node.ANY, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph().toString()));
            String message = e.message() == null ? "" : e.message().lines().findFirst().orElse("");
            out.add(new Violation(focus.isURI() ? "<" + focus.getURI() + ">" : focus.toString(), path(e.resultPath()), message, graphs));
        }
        return out;
    }

    private String path(org.apache.jena.sparql.path.Path path) {
        if (path == null) return "";
        if (path instanceof P_Link link && link.getNode().isURI()) return shapesGraph.getPrefixMapping().shortForm(link.getNode().getURI());
        return path.toString();
    }
}
