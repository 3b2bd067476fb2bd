package org.diplograph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;

/**
 * The event lists of the summary graph, for {@link EventRows}: for each resource, the events it takes part in (its
 * timeline), the events a source is cited for and those in articles it published, and for each two countries the
 * contacts between them. A list node ({@link Iris#summaryList}, {@code dip:listOf} its resource or two countries,
 * {@code dip:listKind}) holds one {@code dip:entry} per event: an xsd:integer key, the event's sort code times
 * {@link #SEQ_SPAN} plus the sequence number of its row ({@code dip:rowSeq}).
 *
 * <p>TDB2 keeps such integers inline in its indexes, in numeric order, so a query that reads one list's entries
 * without an ORDER BY gets them in key order and a LIMIT stops after the page: a page costs its own rows, not the
 * list's length (a news agency is cited for tens of thousands of events). {@code EventRowsTest} holds a page read
 * that way equal to the sorted list.
 *
 * <p>The sort code keeps the order of the event's date as text (the least one, when articles give it several):
 * {@code yyyymmdd} with 00 for a month or day the date does not give, so "2023" comes before "2023-01-01"; undated
 * events come last. A timeline is oldest first, the other lists newest first; events on the same date in the order
 * the store first wrote them.
 */
final class EventLists {

    /** Keys are a sort code times this plus a sequence number, so the number can be read back with decimal arithmetic. */
    static final long SEQ_SPAN = 100_000_000L;
    private static final long UNDATED = 99_999_999L;

    private static final Node PARTICIPANT = Dip.participant.asNode();
    private static final Node HOST = Dip.host.asNode();
    private static final Node LOCATION = Dip.location.asNode();
    private static final Node REPORTED_BY = Dip.reportedBy.asNode();
    private static final Node REPORTS = Dip.reports.asNode();
    private static final Node ATTRIBUTED_TO = Dip.attributedTo.asNode();
    private static final Node PUBLISHER = Dip.publisher.asNode();
    private static final Node ARTICLE_ID = Dip.articleId.asNode();
    static final Node AFFILIATION = Dip.affiliation.asNode();
    static final Node IN_COUNTRY = Dip.inCountry.asNode();
    static final Node COUNTRY = Dip.Country.asNode();
    static final Node LIST_OF = Dip.listOf.asNode();
    static final Node LIST_KIND = Dip.listKind.asNode();
    static final Node ENTRY = Dip.entry.asNode();

    /** The kinds of list; only a timeline is oldest first. */
    enum Kind {
        TIMELINE("timeline", true), CITED("cited", false), PUBLISHED("published", false), CONTACTS("contacts", false);

        final String name;
        final boolean oldestFirst;

        Kind(String name, boolean oldestFirst) {
            this.name = name;
            this.oldestFirst = oldestFirst;
        }

        static Kind ofList(Node list) {
            String iri = list.getURI();
            for (Kind k : values()) {
                if (iri.startsWith(Iris.SUMMARY_GRAPH + "/lists/" + k.name + "/")) return k;
            }
            throw new IllegalArgumentException("Not a list node: " + iri);
        }
    }

    /** A list an event belongs on: its node, kind and the resources it is of. */
    record Membership(Node list, Kind kind, List<Node> of) {
        static Membership of(Kind kind, Node resource, Node other) {
            String iri = Iris.summaryList(kind.name, EventRows.str(resource), other == null ? null : EventRows.str(other));
            List<Node> of = other == null || other.equals(resource) ? List.of(resource) : List.of(resource, other);
            return new Membership(NodeFactory.createURI(iri), kind, of);
        }

        List<Quad> descriptor() {
            List<Quad> out = new ArrayList<>();
            for (Node r : of) out.add(Quad.create(CountingDataset.SUMMARY, list, LIST_OF, r));
            out.add(Quad.create(CountingDataset.SUMMARY, list, LIST_KIND, NodeFactory.createLiteralString(kind.name)));
            return out;
        }
    }

    private EventLists() {}

    /**
     * The lists an event belongs on. {@code named} holds, per predicate (participant, host, location, reportedBy),
     * each resource the event names and the graphs that state it.
     */
    static Map<Node, Membership> of(DatasetGraph dsg, Node event, Map<Node, Map<Node, Set<Node>>> named, Facts facts) {
        Map<Node, Membership> out = new LinkedHashMap<>();
        Set<Node> parties = new LinkedHashSet<>();
        parties.addAll(named.getOrDefault(PARTICIPANT, Map.of()).keySet());
        parties.addAll(named.getOrDefault(HOST, Map.of()).keySet());
        for (Node p : parties) {
            add(out, Membership.of(Kind.TIMELINE, p, null));
            for (Node home : facts.affiliations(p)) add(out, Membership.of(Kind.TIMELINE, home, null));
        }
        for (Node venue : named.getOrDefault(LOCATION, Map.of()).keySet()) {
            add(out, Membership.of(Kind.TIMELINE, venue, null));
            for (Node country : facts.countries(venue)) add(out, Membership.of(Kind.TIMELINE, country, null));
        }
        // Contacts: two different parties, a country on each side (the party itself or the country it is affiliated to).
        List<Node> list = new ArrayList<>(parties);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                for (Node a : facts.sides(list.get(i))) {
                    for (Node b : facts.sides(list.get(j))) add(out, Membership.of(Kind.CONTACTS, a, b));
                }
            }
        }
        // Sources: credited in an article graph (on the event or one of its reports), or publishing an article stating it.
        named.getOrDefault(REPORTED_BY, Map.of()).forEach((source, graphs) -> {
            if (graphs.stream().anyMatch(facts::isArticle)) add(out, Membership.of(Kind.CITED, source, null));
        });
        dsg.find(Node.ANY, Node.ANY, REPORTS, event).forEachRemaining(q -> {
            Node g = q.getGraph();
            if (Quad.isDefaultGraph(g) || !facts.isArticle(g)) return;
            dsg.find(g, q.getSubject(), ATTRIBUTED_TO, Node.ANY).forEachRemaining(a -> add(out, Membership.of(Kind.CITED, a.getObject(), null)));
            dsg.find(g, g, PUBLISHER, Node.ANY).forEachRemaining(a -> add(out, Membership.of(Kind.PUBLISHED, a.getObject(), null)));
        });
        return out;
    }

    private static void add(Map<Node, Membership> out, Membership m) {
        out.putIfAbsent(m.list(), m);
    }

    /** The key of an event with this date (null: undated) and sequence number on a list of this kind. */
    static long key(Kind kind, Node date, long seq) {
        long code = date == null ? UNDATED : kind.oldestFirst ? code(date) : UNDATED - 1 - code(date);
        return code * SEQ_SPAN + seq;
    }

    static Node keyNode(Kind kind, Node date, long seq) {
        return CountingDataset.integer(key(kind, date, seq));
    }

    // yyyymmdd from the lexical form, 00 for what it does not give; in the order of the forms as text.
    static long code(Node date) {
        String s = date.isLiteral() ? date.getLiteralLexicalForm() : date.toString();
        try {
            long year = Long.parseLong(s.substring(0, Math.min(4, s.length())));
            long month = s.length() >= 7 ? Long.parseLong(s.substring(5, 7)) : 0;
            long day = s.length() >= 10 ? Long.parseLong(s.substring(8, 10)) : 0;
            return Math.max(0, Math.min(9999, year)) * 10_000 + Math.min(99, month) * 100 + Math.min(99, day);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return UNDATED - 1;   // not a date we can order: after every date, before the undated
        }
    }


    /** The facts about resources the lists depend on, read once per flush or recount. */
    static final class Facts {
        private final DatasetGraph dsg;
        private final Map<Node, List<Node>> affiliations = new HashMap<>();
        private final Map<Node, List<Node>> countries = new HashMap<>();
        private final Map<Node, Boolean> isCountry = new HashMap<>();
        private final Map<Node, Boolean> isArticle = new HashMap<>();

        Facts(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        List<Node> affiliations(Node party) {
            return affiliations.computeIfAbsent(party, p -> objects(p, AFFILIATION));
        }

        List<Node> countries(Node place) {
            return countries.computeIfAbsent(place, p -> objects(p, IN_COUNTRY));
        }

        boolean isCountry(Node r) {
            return isCountry.computeIfAbsent(r, x -> dsg.find(Node.ANY, x, CountingDataset.TYPE_P, COUNTRY).hasNext());
        }

        // As the queries' `?doc dip:articleId ?article`: a graph counts as an article when it has an id.
        boolean isArticle(Node graph) {
            return isArticle.computeIfAbsent(graph, g -> dsg.find(Node.ANY, g, ARTICLE_ID, Node.ANY).hasNext());
        }

        /** The countries a party stands for: itself when it is one, and those it is affiliated to. */
        List<Node> sides(Node party) {
            List<Node> out = new ArrayList<>();
            if (isCountry(party)) out.add(party);
            for (Node home : affiliations(party)) {
                if (isCountry(home) && !out.contains(home)) out.add(home);
            }
            return out;
        }

        private List<Node> objects(Node s, Node p) {
            Set<Node> out = new LinkedHashSet<>();
            dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> {
                if (!CountingDataset.isSummary(q.getGraph())) out.add(q.getObject());
            });
            return List.copyOf(out);
        }
    }
}
