package org.diplograph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;

/**
 * The contact pairs of the summary graph, for {@link CountingDataset}: for each two parties (participants) of some
 * meeting, visit or call, a pair node ({@link Iris#summaryPair}) with both as {@code dip:party}, the number of distinct
 * such events they share ({@code dip:sharedEvents}) and the least and greatest of those events' dates as strings
 * ({@code dip:firstDate}, {@code dip:lastDate}). The pairs are listed by count: {@link Iris#SUMMARY_PAIRS} has
 * {@code dip:member} to one count node per number shared ({@link Iris#summaryPairCount}), which carries that number and
 * has {@code dip:member} to its pairs, so the most frequent pairs are found without reading the others. Every labelled
 * resource also gets a label node ({@link Iris#summaryLabel}, {@code dip:labelOf} the resource) with its least
 * {@code rdfs:label} as {@code dip:displayLabel}, the one the queries sort and show.
 *
 * <p>One instance serves one dataset's writer. During a write transaction it only notes what the writes touch: each
 * event that gains or loses a party, a contact type or a date, with its state before the first such write
 * ({@link #touch}), and the labels added or removed. Just before the commit, {@link #flush} compares each touched
 * event's state then with now and moves its pairs once, however many of its quads the transaction wrote; an added label
 * can only lower a display label, and only a removed one that was the display label, and is stated nowhere now, makes
 * the resource's labels be read again. Counts move by one per event gained or lost; a first or last date is widened by
 * a new date and worked out again only when the date it holds goes.
 */
final class ContactPairs {

    static final Node PAIRS = NodeFactory.createURI(Iris.SUMMARY_PAIRS);
    static final Set<Node> CONTACT_CLASSES = Set.of(Dip.Meeting.asNode(), Dip.Visit.asNode(), Dip.PhoneCall.asNode());
    static final Node PARTICIPANT = Dip.participant.asNode();
    static final Node DATE = CountingDataset.DATE;
    static final Node LABEL = RDFS.label.asNode();

    private static final Node SUMMARY = CountingDataset.SUMMARY;
    private static final Node TYPE_P = CountingDataset.TYPE_P;
    private static final Node MEMBER = CountingDataset.MEMBER;
    private static final Node PARTY = Dip.party.asNode();
    private static final Node SHARED = Dip.sharedEvents.asNode();
    private static final Node FIRST = Dip.firstDate.asNode();
    private static final Node LAST = Dip.lastDate.asNode();
    private static final Node DISPLAY = Dip.displayLabel.asNode();
    private static final Node LABEL_OF = Dip.labelOf.asNode();

    private final DatasetGraph dsg;
    // What the open write transaction touched (only its writer thread gets here): events with their state before it,
    // each resource's least label added, and the labels removed.
    private final Map<Node, EventState> touched = new LinkedHashMap<>();
    private final Map<Node, Node> labelled = new LinkedHashMap<>();
    private final Set<Triple> unlabelled = new LinkedHashSet<>();

    ContactPairs(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Whether a quad with this predicate and object can change an event's pairs. */
    static boolean moves(Node p, Node o) {
        return PARTICIPANT.equals(p) || DATE.equals(p) || TYPE_P.equals(p) && CONTACT_CLASSES.contains(o);
    }

    /** Call before a write that {@link #moves} {@code event}'s pairs: keeps its state from before the transaction. */
    void touch(Node event) {
        touched.computeIfAbsent(event, e -> EventState.of(dsg, e));
    }

    /** Notes that some graph now states {@code label} for {@code s}. */
    void labelAdded(Node s, Node label) {
        if (!label.isLiteral()) return;
        labelled.merge(s, label, (a, b) -> lesser(a, b));
    }

    /** Notes that some graph no longer states {@code label} for {@code s}. */
    void labelRemoved(Node s, Node label) {
        unlabelled.add(Triple.create(s, LABEL, label));
    }

    /** Whether a write in the open transaction touched pairs or labels. */
    boolean pending() {
        return !touched.isEmpty() || !labelled.isEmpty() || !unlabelled.isEmpty();
    }

    /** Forgets what the transaction touched: it was aborted, or a recount took it all in. */
    void clear() {
        touched.clear();
        labelled.clear();
        unlabelled.clear();
    }

    /** Brings the pairs and display labels up to date with what the transaction wrote; call before it commits. */
    void flush() {
        touched.forEach((event, was) -> apply(event, was, EventState.of(dsg, event)));
        Set<Node> reread = new LinkedHashSet<>();
        for (Triple t : unlabelled) {
            if (reread.contains(t.getSubject()) || dsg.find(Node.ANY, t.getSubject(), LABEL, t.getObject()).hasNext()) continue;
            if (t.getObject().equals(display(t.getSubject()))) reread.add(t.getSubject());
        }
        reread.forEach(this::relabel);
        labelled.forEach((s, label) -> {
            if (reread.contains(s)) return;
            Node current = display(s);
            if (current == null || lesser(current, label) != current) {
                dsg.deleteAny(SUMMARY, labelNode(s), DISPLAY, Node.ANY);
                addLabel(dsg, s, label);
            }
        });
        clear();
    }

    private Node display(Node s) {
        var found = dsg.find(SUMMARY, labelNode(s), DISPLAY, Node.ANY);
        return found.hasNext() ? found.next().getObject() : null;
    }

    /** Moves {@code event}'s pairs from what {@code was} gives to what {@code now} gives. */
    void apply(Node event, EventState was, EventState now) {
        Set<Pair> before = was.pairs();
        Set<Pair> after = now.pairs();
        for (Pair pair : before) {
            if (!after.contains(pair)) leave(pair, was.dates());
        }
        for (Pair pair : after) {
            if (!before.contains(pair)) join(pair, now.dates());
            else if (!was.dates().equals(now.dates())) redate(pair, was.dates(), now.dates());
        }
    }

    // Sets s's display label to its least label in any graph (none when it has none): reads every graph's copy.
    private void relabel(Node s) {
        Node least = null;
        var labels = dsg.find(Node.ANY, s, LABEL, Node.ANY);
        while (labels.hasNext()) least = lesser(least, labels.next());
        Node node = labelNode(s);
        dsg.deleteAny(SUMMARY, node, Node.ANY, Node.ANY);
        if (least != null) addLabel(dsg, s, least);
    }

    // On a node of its own, so that no graph but the articles has the resource as a subject.
    private static void addLabel(DatasetGraph dsg, Node s, Node label) {
        Node node = labelNode(s);
        dsg.add(SUMMARY, node, LABEL_OF, s);
        dsg.add(SUMMARY, node, DISPLAY, label);
    }

    static Node labelNode(Node s) {
        return NodeFactory.createURI(Iris.summaryLabel(str(s)));
    }

    // The label with the least text, as MIN over rdfs:label had it.
    private static Node lesser(Node least, Quad q) {
        if (CountingDataset.isSummary(q.getGraph()) || !q.getObject().isLiteral()) return least;
        return lesser(least, q.getObject());
    }

    private static Node lesser(Node least, Node l) {
        return least == null || l.getLiteralLexicalForm().compareTo(least.getLiteralLexicalForm()) < 0 ? l : least;
    }

    private void join(Pair pair, Set<String> dates) {
        Node node = pair.node();
        long n = count(node);
        if (n == 0) {
            dsg.add(SUMMARY, node, PARTY, pair.a());
            dsg.add(SUMMARY, node, PARTY, pair.b());
        }
        setCount(node, n, n + 1);
        widen(node, dates);
    }

    private void leave(Pair pair, Set<String> dates) {
        Node node = pair.node();
        long n = count(node);
        if (n == 0) return;
        setCount(node, n, n - 1);
        if (n == 1) {
            dsg.deleteAny(SUMMARY, node, Node.ANY, Node.ANY);
        } else if (holdsBound(node, dates)) {
            refreshDates(pair);
        }
    }

    private void redate(Pair pair, Set<String> was, Set<String> now) {
        Set<String> gone = new HashSet<>(was);
        gone.removeAll(now);
        if (holdsBound(pair.node(), gone)) refreshDates(pair);
        else widen(pair.node(), now);
    }

    private boolean holdsBound(Node node, Set<String> dates) {
        if (dates.isEmpty()) return false;
        return dates.contains(string(node, FIRST)) || dates.contains(string(node, LAST));
    }

    private void widen(Node node, Set<String> dates) {
        if (dates.isEmpty()) return;
        Bounds bounds = new Bounds(string(node, FIRST), string(node, LAST));
        dates.forEach(bounds::add);
        setDates(node, bounds);
    }

    // The dates of the events both parties share now, read afresh: only when a bound the pair holds has gone.
    private void refreshDates(Pair pair) {
        Set<Node> ofA = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, PARTICIPANT, pair.a()).forEachRemaining(q -> ofA.add(q.getSubject()));
        Set<Node> shared = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, PARTICIPANT, pair.b()).forEachRemaining(q -> {
            if (ofA.contains(q.getSubject())) shared.add(q.getSubject());
        });
        Bounds bounds = new Bounds(null, null);
        for (Node event : shared) {
            if (isContact(dsg, event)) dates(dsg, event).forEach(bounds::add);
        }
        setDates(pair.node(), bounds);
    }

    private void setDates(Node node, Bounds bounds) {
        dsg.deleteAny(SUMMARY, node, FIRST, Node.ANY);
        dsg.deleteAny(SUMMARY, node, LAST, Node.ANY);
        bounds.write(dsg, node);
    }

    private long count(Node node) {
        var found = dsg.find(SUMMARY, node, SHARED, Node.ANY);
        return found.hasNext() ? ((Number) found.next().getObject().getLiteralValue()).longValue() : 0;
    }

    // Moves the pair from the count node of `from` to that of `to` (0: none), listing and unlisting count nodes.
    private void setCount(Node node, long from, long to) {
        if (from > 0) {
            Node bucket = countNode(from);
            dsg.delete(SUMMARY, node, SHARED, CountingDataset.integer(from));
            dsg.delete(SUMMARY, bucket, MEMBER, node);
            if (!dsg.find(SUMMARY, bucket, MEMBER, Node.ANY).hasNext()) {
                dsg.delete(SUMMARY, PAIRS, MEMBER, bucket);
                dsg.delete(SUMMARY, bucket, SHARED, CountingDataset.integer(from));
            }
        }
        if (to > 0) {
            Node bucket = countNode(to);
            dsg.add(SUMMARY, node, SHARED, CountingDataset.integer(to));
            if (!dsg.contains(SUMMARY, PAIRS, MEMBER, bucket)) {
                dsg.add(SUMMARY, PAIRS, MEMBER, bucket);
                dsg.add(SUMMARY, bucket, SHARED, CountingDataset.integer(to));
            }
            dsg.add(SUMMARY, bucket, MEMBER, node);
        }
    }

    private String string(Node node, Node property) {
        var found = dsg.find(SUMMARY, node, property, Node.ANY);
        return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : null;
    }

    /** Counts every pair and display label afresh into the summary graph (whose old pairs are gone already). */
    static void recount(DatasetGraph dsg) {
        Set<Node> events = new HashSet<>();
        for (Node c : CONTACT_CLASSES) {
            dsg.find(Node.ANY, Node.ANY, TYPE_P, c).forEachRemaining(q -> events.add(q.getSubject()));
        }
        Map<Pair, Tally> tallies = new HashMap<>();
        for (Node event : events) {
            Set<String> dates = dates(dsg, event);
            for (Pair pair : pairsOf(parties(dsg, event))) {
                Tally t = tallies.computeIfAbsent(pair, k -> new Tally());
                t.count++;
                dates.forEach(t::add);
            }
        }
        Set<Long> counts = new HashSet<>();
        tallies.forEach((pair, t) -> {
            Node node = pair.node();
            dsg.add(SUMMARY, node, PARTY, pair.a());
            dsg.add(SUMMARY, node, PARTY, pair.b());
            dsg.add(SUMMARY, node, SHARED, CountingDataset.integer(t.count));
            t.write(dsg, node);
            Node bucket = countNode(t.count);
            if (counts.add(t.count)) {
                dsg.add(SUMMARY, PAIRS, MEMBER, bucket);
                dsg.add(SUMMARY, bucket, SHARED, CountingDataset.integer(t.count));
            }
            dsg.add(SUMMARY, bucket, MEMBER, node);
        });
        Map<Node, Node> least = new HashMap<>();
        List<Quad> labels = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, LABEL, Node.ANY).forEachRemaining(labels::add);
        for (Quad q : labels) {
            Node l = lesser(least.get(q.getSubject()), q);
            if (l != null) least.put(q.getSubject(), l);
        }
        least.forEach((s, l) -> addLabel(dsg, s, l));
    }

    /** The least and greatest of some dates, compared as strings (as MIN and MAX over STR(?date) do). */
    private static class Bounds {
        String first;
        String last;

        Bounds(String first, String last) {
            this.first = first;
            this.last = last;
        }

        void add(String d) {
            if (first == null || d.compareTo(first) < 0) first = d;
            if (last == null || d.compareTo(last) > 0) last = d;
        }

        void write(DatasetGraph dsg, Node node) {
            if (first != null) dsg.add(SUMMARY, node, FIRST, NodeFactory.createLiteralString(first));
            if (last != null) dsg.add(SUMMARY, node, LAST, NodeFactory.createLiteralString(last));
        }
    }

    private static final class Tally extends Bounds {
        long count;

        Tally() {
            super(null, null);
        }
    }

    static boolean isContact(DatasetGraph dsg, Node event) {
        for (Node c : CONTACT_CLASSES) {
            if (dsg.find(Node.ANY, event, TYPE_P, c).hasNext()) return true;
        }
        return false;
    }

    static Set<Node> parties(DatasetGraph dsg, Node event) {
        Set<Node> parties = new HashSet<>();
        dsg.find(Node.ANY, event, PARTICIPANT, Node.ANY).forEachRemaining(q -> parties.add(q.getObject()));
        return parties;
    }

    static Set<String> dates(DatasetGraph dsg, Node event) {
        Set<String> dates = new HashSet<>();
        dsg.find(Node.ANY, event, DATE, Node.ANY).forEachRemaining(q -> {
            if (!CountingDataset.isSummary(q.getGraph())) dates.add(str(q.getObject()));
        });
        return dates;
    }

    private static Set<Pair> pairsOf(Set<Node> parties) {
        List<Node> list = new ArrayList<>(parties);
        Set<Pair> pairs = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) pairs.add(Pair.of(list.get(i), list.get(j)));
        }
        return pairs;
    }

    static Node countNode(long n) {
        return NodeFactory.createURI(Iris.summaryPairCount(n));
    }


    // STR() of a term, as the queries compare parties and dates.
    private static String str(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    /** Two parties, {@code a} the one whose string is smaller (as co-participation orders them). */
    record Pair(Node a, Node b) {
        static Pair of(Node x, Node y) {
            return str(x).compareTo(str(y)) < 0 ? new Pair(x, y) : new Pair(y, x);
        }

        Node node() {
            return NodeFactory.createURI(Iris.summaryPair(str(a), str(b)));
        }
    }

    /** What decides an event's pairs: whether it is a contact, its parties and its dates (as strings). */
    record EventState(boolean contact, Set<Node> parties, Set<String> dates) {

        // One lookup over the event's quads (a dozen per graph that states it) rather than one per property and class.
        static EventState of(DatasetGraph dsg, Node event) {
            boolean contact = false;
            Set<Node> parties = new HashSet<>();
            Set<String> dates = new HashSet<>();
            var quads = dsg.find(Node.ANY, event, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (CountingDataset.isSummary(q.getGraph())) continue;
                Node p = q.getPredicate();
                if (PARTICIPANT.equals(p)) parties.add(q.getObject());
                else if (DATE.equals(p)) dates.add(str(q.getObject()));
                else if (TYPE_P.equals(p) && CONTACT_CLASSES.contains(q.getObject())) contact = true;
            }
            return new EventState(contact, parties, dates);
        }

        Set<Pair> pairs() {
            return contact ? pairsOf(parties) : Set.of();
        }
    }
}
