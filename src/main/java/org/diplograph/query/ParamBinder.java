package org.diplograph.query;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.query.NamedQuery.Param;
import org.diplograph.rdf.Iris;

/**
 * Turns the text a user gives for a parameter into the RDF node bound to the query variable. Entity values are
 * looked up in the graph through Jena's graph API, never through SPARQL text, so nothing a user types can become
 * part of a query. Must be used inside a read transaction on the graph's dataset.
 */
final class ParamBinder {
    private static final Pattern QID = Pattern.compile("[Qq][1-9][0-9]*");
    private static final Pattern WEB_IRI = Pattern.compile("<?(https?|urn):\\S+>?");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern EVENT_PATH = Pattern.compile("[a-z]+/[A-Za-z0-9_.-]+");
    private static final int SUGGESTIONS = 5;

    private final String queryName;
    private final Graph graph;

    /** @param graph the union of all article graphs */
    ParamBinder(String queryName, Graph graph) {
        this.queryName = queryName;
        this.graph = graph;
    }

    Node bind(Param p, String raw) {
        String value = raw.strip();
        return switch (p.kind()) {
            case STRING -> NodeFactory.createLiteralString(raw);
            case INTEGER -> integer(p, value);
            case DATE -> date(p, value);
            case EVENT -> event(p, value);
            case PERSON, COUNTRY, PLACE, ENTITY -> entity(p, value);
            case LIMIT, OFFSET -> throw fail("parameter '" + p.name() + "' chooses a page and binds no variable");
        };
    }

    private Node integer(Param p, String value) {
        try {
            return NodeFactory.createLiteralDT(new BigInteger(value).toString(), XSDDatatype.XSDinteger);
        } catch (NumberFormatException e) {
            throw fail("parameter '" + p.name() + "' must be a whole number, got '" + value + "'");
        }
    }

    // A day, month or year keeps its own datatype: the queries compare dates at the precision both sides have.
    private Node date(Param p, String value) {
        if (DATE.matcher(value).matches()) {
            RDFDatatype type = switch (value.length()) {
                case 10 -> XSDDatatype.XSDdate;
                case 7 -> XSDDatatype.XSDgYearMonth;
                default -> XSDDatatype.XSDgYear;
            };
            if (type.isValid(value)) return NodeFactory.createLiteralDT(value, type);
        }
        throw fail("parameter '" + p.name() + "' must be a date (2023-09-16), month (2023-09) or year (2023), got '"
                + value + "'");
    }

    private Node event(Param p, String value) {
        if (WEB_IRI.matcher(value).matches()) return iri(p, value);
        if (EVENT_PATH.matcher(value).matches()) return NodeFactory.createURI(Iris.BASE + "event/" + value);
        throw fail("parameter '" + p.name() + "' must be an event IRI or its path such as 'meeting/3fa1c2d4e5f60718', got '"
                + value + "'");
    }

    private Node entity(Param p, String value) {
        if (QID.matcher(value).matches()) return byQid(p, value.toUpperCase());
        if (WEB_IRI.matcher(value).matches()) {
            Node iri = iri(p, value);
            String s = iri.getURI();
            if (s.startsWith(Iris.WIKIDATA) && QID.matcher(s.substring(Iris.WIKIDATA.length())).matches()) {
                return byQid(p, s.substring(Iris.WIKIDATA.length()));
            }
            return iri;
        }
        return byLabel(p, value);
    }

    private Node iri(Param p, String value) {
        String s = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
        try {
            return NodeFactory.createURI(IRIx.create(s).str());
        } catch (IRIException e) {
            throw fail("parameter '" + p.name() + "' is not a valid IRI: '" + value + "'");
        }
    }

    /** The entity linked to the Wikidata item, else the IRI Diplograph mints for that QID. */
    private Node byQid(Param p, String qid) {
        Node item = NodeFactory.createURI(Iris.wikidata(qid));
        Set<Node> found = new LinkedHashSet<>();
        for (Triple t : graph.find(Node.ANY, OWL.sameAs.asNode(), item).toList()) {
            if (hasKind(t.getSubject(), p.kind())) found.add(t.getSubject());
        }
        if (found.size() > 1) throw fail("QID " + qid + " for parameter '" + p.name() + "' names several "
                + p.kind().keyword() + " entities: " + describe(found));
        if (found.size() == 1) return found.iterator().next();
        if (p.kind().segment() != null) return NodeFactory.createURI(Iris.BASE + p.kind().segment() + "/" + qid);
        throw fail("no " + p.kind().keyword() + " with QID " + qid + " for parameter '" + p.name() + "'");
    }

    /**
     * The one entity of the right kind whose label matches, ignoring case, accents and punctuation (the same
     * normalisation that mints IRIs for unlinked entities).
     */
    private Node byLabel(Param p, String label) {
        String wanted = Iris.slug(label);
        Set<Node> matches = new TreeSet<>(Comparator.comparing(Node::toString));
        Set<String> near = new TreeSet<>();
        for (Resource cls : p.kind().classes()) {
            for (Triple typed : graph.find(Node.ANY, RDF.type.asNode(), cls.asNode()).toList()) {
                Node entity = typed.getSubject();
                for (Triple l : graph.find(entity, RDFS.label.asNode(), Node.ANY).toList()) {
                    if (!l.getObject().isLiteral()) continue;
                    String text = l.getObject().getLiteralLexicalForm();
                    String slug = Iris.slug(text);
                    if (slug.equals(wanted)) matches.add(entity);
                    else if (("-" + slug + "-").contains("-" + wanted + "-")) near.add(text);
                }
            }
        }
        if (matches.size() == 1) return matches.iterator().next();
        if (matches.isEmpty()) {
            String hint = near.isEmpty() ? "" : " (did you mean: "
                    + near.stream().limit(SUGGESTIONS).collect(Collectors.joining(", ")) + "?)";
            throw fail("no " + kindWords(p) + " labelled '" + label + "' for parameter '" + p.name() + "'" + hint);
        }
        throw fail("label '" + label + "' for parameter '" + p.name() + "' is ambiguous: " + describe(matches)
                + "; give a QID or an IRI instead");
    }

    private boolean hasKind(Node entity, ParamKind kind) {
        return kind.classes().stream().anyMatch(c -> graph.contains(entity, RDF.type.asNode(), c.asNode()));
    }

    private String describe(Set<Node> entities) {
        List<String> parts = new ArrayList<>();
        for (Node e : entities) {
            String label = graph.find(e, RDFS.label.asNode(), Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                    .sorted().findFirst().orElse("no label");
            parts.add("<" + e.getURI() + "> (" + label + ")");
        }
        return String.join(", ", parts);
    }

    private static String kindWords(Param p) {
        return p.kind() == ParamKind.PLACE ? "place or country" : p.kind().keyword();
    }

    private QueryException fail(String message) {
        return new QueryException("Query '" + queryName + "': " + message);
    }
}
