package org.diplograph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;

/**
 * The row nodes of the summary graph, for {@link CountingDataset}: for each meeting, visit or call, a row node
 * ({@link Iris#summaryRow}, {@code dip:rowOf} the event) with the display columns the list queries show, as plain
 * strings: its date words, participants, their ids, hosts, place, place id, sources, articles and evidence
 * ({@code dip:rowDateText} ... {@code dip:rowEvidence}). A page of 100 events then reads a few literals an event
 * instead of running a grouped, sorted subquery per column and event.
 *
 * <p>Each column is what the queries' column subqueries gave (and {@code EventRowsTest} holds them equal): a name is
 * the least {@code rdfs:label} stated in an article graph that states the link, or, when one such graph states none,
 * the least label in any graph, else the IRI; an id is read the same way from {@code owl:sameAs} Wikidata links. Values
 * are ordered and compared as SPARQL orders them. When a row reads a resource's labels or links from every graph, it
 * says so ({@code dip:rowReadsEverywhere}), so that a label or link written anywhere for that resource moves it.
 *
 * <p>Like {@link ContactPairs}, one instance serves one dataset's writer: a write only notes what it may move (an
 * event, a report, an article id, or a resource's label or link in a graph), and {@link #flush} works out each noted
 * event's row once, just before the transaction commits, and writes only the literals that changed.
 */
final class EventRows {

    static final Node ROW_OF = Dip.rowOf.asNode();
    static final Node READS_EVERYWHERE = Dip.rowReadsEverywhere.asNode();

    private static final Node SUMMARY = CountingDataset.SUMMARY;
    private static final Node TYPE_P = CountingDataset.TYPE_P;
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node PARTICIPANT = Dip.participant.asNode();
    private static final Node HOST = Dip.host.asNode();
    private static final Node LOCATION = Dip.location.asNode();
    private static final Node REPORTED_BY = Dip.reportedBy.asNode();
    private static final Node DATE_TEXT = Dip.dateText.asNode();
    private static final Node REPORTS = Dip.reports.asNode();
    private static final Node IN_ARTICLE = Dip.inArticle.asNode();
    private static final Node EVIDENCE = Dip.evidence.asNode();
    private static final Node SENTENCE_INDEX = Dip.sentenceIndex.asNode();
    private static final Node ARTICLE_ID = Dip.articleId.asNode();
    private static final Node DATE = Dip.date.asNode();
    private static final Node ATTRIBUTED_TO = Dip.attributedTo.asNode();
    private static final Node PUBLISHER = Dip.publisher.asNode();
    private static final Node SEQ = Dip.rowSeq.asNode();
    private static final Node ROW_DATE = Dip.rowDate.asNode();
    private static final Node NEXT_SEQ = Dip.nextSeq.asNode();
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** What an event states that its row shows by name. */
    private static final Set<Node> NAMED = Set.of(PARTICIPANT, HOST, LOCATION, REPORTED_BY);
    private static final Set<Node> EVENT_PREDICATES = Set.of(PARTICIPANT, HOST, LOCATION, REPORTED_BY, DATE_TEXT, DATE);
    private static final Set<Node> REPORT_PREDICATES = Set.of(IN_ARTICLE, EVIDENCE, SENTENCE_INDEX, ATTRIBUTED_TO);
    /** Facts about a resource that move the lists of every event naming it, when the first or last graph states them. */
    static final Set<Node> FACTS = Set.of(EventLists.AFFILIATION, EventLists.IN_COUNTRY);

    private static final Comparator<NodeValue> SPARQL_ORDER = BindingComparator::compareNodesRaw;

    private final DatasetGraph dsg;
    // What the open write transaction may have moved (only its writer thread gets here).
    private final Set<Node> events = new LinkedHashSet<>();
    private final Set<Node> reports = new LinkedHashSet<>();
    private final Set<Node> articles = new LinkedHashSet<>();
    private final Map<Node, Set<Node>> described = new LinkedHashMap<>();
    // Resources whose affiliation, country or being a country changed in any graph (predicate: affiliation, inCountry, type).
    private final Map<Node, Set<Node>> facts = new LinkedHashMap<>();

    EventRows(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Whether a quad with this predicate and object can move some event's row. */
    static boolean moves(Node p, Node o) {
        return EVENT_PREDICATES.contains(p) || REPORTS.equals(p) || REPORT_PREDICATES.contains(p) || ARTICLE_ID.equals(p)
                || PUBLISHER.equals(p) || LABEL.equals(p) || SAME_AS.equals(p) || TYPE_P.equals(p) && ContactPairs.CONTACT_CLASSES.contains(o);
    }

    /** The predicates of {@link #moves}, for a delete by pattern. */
    static List<Node> predicates() {
        List<Node> all = new ArrayList<>(EVENT_PREDICATES);
        all.addAll(REPORT_PREDICATES);
        all.addAll(List.of(REPORTS, ARTICLE_ID, PUBLISHER, LABEL, SAME_AS, TYPE_P));
        return all;
    }

    /** Notes a quad being added or deleted; the rows it may move are worked out at {@link #flush}. */
    void note(Node g, Node s, Node p, Node o) {
        if (EVENT_PREDICATES.contains(p) || TYPE_P.equals(p) && ContactPairs.CONTACT_CLASSES.contains(o)) events.add(s);
        else if (REPORTS.equals(p)) events.add(o);
        else if (REPORT_PREDICATES.contains(p)) reports.add(s);
        else if (ARTICLE_ID.equals(p) || PUBLISHER.equals(p)) articles.add(s);
        else if (LABEL.equals(p) || SAME_AS.equals(p)) described.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(g);
    }

    /**
     * Notes that the first graph now states, or the last no longer states, a fact the lists depend on: a resource's
     * affiliation ({@link #FACTS}) or its being a country ({@code rdf:type dip:Country}).
     */
    void factChanged(Node s, Node p) {
        facts.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(p);
    }

    boolean pending() {
        return !events.isEmpty() || !reports.isEmpty() || !articles.isEmpty() || !described.isEmpty() || !facts.isEmpty();
    }

    void clear() {
        events.clear();
        reports.clear();
        articles.clear();
        described.clear();
        facts.clear();
    }

    /** Brings the rows of every event the transaction may have moved up to date; call before it commits. */
    void flush() {
        Set<Node> todo = new LinkedHashSet<>(events);
        for (Node article : articles) {
            dsg.find(Node.ANY, Node.ANY, IN_ARTICLE, article).forEachRemaining(q -> reports.add(q.getSubject()));
        }
        for (Node report : reports) {
            dsg.find(Node.ANY, report, REPORTS, Node.ANY).forEachRemaining(q -> todo.add(q.getObject()));
        }
        described.forEach((resource, graphs) -> {
            // Events that name it in a graph whose label or link of it moved, and rows that read it everywhere.
            for (Node g : graphs) {
                dsg.find(g, Node.ANY, Node.ANY, resource).forEachRemaining(q -> {
                    if (NAMED.contains(q.getPredicate())) todo.add(q.getSubject());
                });
            }
            dsg.find(SUMMARY, Node.ANY, READS_EVERYWHERE, resource).forEachRemaining(q ->
                    dsg.find(SUMMARY, q.getSubject(), ROW_OF, Node.ANY).forEachRemaining(r -> todo.add(r.getObject())));
        });
        facts.forEach((resource, predicates) -> {
            Set<Node> parties = new LinkedHashSet<>();
            if (predicates.contains(EventLists.AFFILIATION) || predicates.contains(TYPE_P)) parties.add(resource);
            // A new country: the parties affiliated to it now stand for it in contacts.
            if (predicates.contains(TYPE_P)) {
                dsg.find(Node.ANY, Node.ANY, EventLists.AFFILIATION, resource).forEachRemaining(q -> parties.add(q.getSubject()));
            }
            for (Node party : parties) {
                for (Node p : List.of(PARTICIPANT, HOST)) {
                    dsg.find(Node.ANY, Node.ANY, p, party).forEachRemaining(q -> todo.add(q.getSubject()));
                }
            }
            if (predicates.contains(EventLists.IN_COUNTRY)) {
                dsg.find(Node.ANY, Node.ANY, LOCATION, resource).forEachRemaining(q -> todo.add(q.getSubject()));
            }
        });
        Everywhere everywhere = new Everywhere(dsg);
        EventLists.Facts known = new EventLists.Facts(dsg);
        Sequence sequence = new Sequence(dsg);
        for (Node event : todo) write(dsg, event, Row.of(dsg, event, everywhere, known), sequence);
        sequence.save();
        clear();
    }

    /** Writes every contact event's row afresh into the summary graph (whose old rows are gone already). */
    static void recount(DatasetGraph dsg) {
        Set<Node> events = new LinkedHashSet<>();
        for (Node c : ContactPairs.CONTACT_CLASSES) {
            dsg.find(Node.ANY, Node.ANY, TYPE_P, c).forEachRemaining(q -> events.add(q.getSubject()));
        }
        Everywhere everywhere = new Everywhere(dsg);
        EventLists.Facts known = new EventLists.Facts(dsg);
        Set<Node> described = new HashSet<>();
        long seq = 0;
        for (Node event : events) {
            Row row = Row.of(dsg, event, everywhere, known);
            if (row == null) continue;
            row.quads(rowNode(event), event, seq).forEach(dsg::add);
            for (EventLists.Membership m : row.lists().values()) {
                dsg.add(SUMMARY, m.list(), EventLists.ENTRY, EventLists.keyNode(m.kind(), row.date(), seq));
                if (described.add(m.list())) m.descriptor().forEach(dsg::add);
            }
            seq++;
        }
        dsg.add(SUMMARY, CountingDataset.SUMMARY_NODE, NEXT_SEQ, CountingDataset.integer(seq));
    }

    /** The next free row sequence number, kept in the summary graph ({@code dip:nextSeq}). */
    private static final class Sequence {
        private final DatasetGraph dsg;
        private final long start;
        private long next;

        Sequence(DatasetGraph dsg) {
            this.dsg = dsg;
            long found = 0;
            var it = dsg.find(SUMMARY, CountingDataset.SUMMARY_NODE, NEXT_SEQ, Node.ANY);
            while (it.hasNext()) found = Math.max(found, number(it.next().getObject()));
            this.start = found;
            this.next = found;
        }

        long take() {
            return next++;
        }

        void save() {
            if (next == start) return;
            dsg.deleteAny(SUMMARY, CountingDataset.SUMMARY_NODE, NEXT_SEQ, Node.ANY);
            dsg.add(SUMMARY, CountingDataset.SUMMARY_NODE, NEXT_SEQ, CountingDataset.integer(next));
        }
    }

    private static long number(Node n) {
        return ((Number) n.getLiteralValue()).longValue();
    }

    static Node rowNode(Node event) {
        return NodeFactory.createURI(Iris.summaryRow(event.isURI() ? event.getURI() : event.toString()));
    }

    // Replaces what the row node holds with `row` (none: the event is no contact now), and its list entries, touching
    // only what differs. The row keeps its sequence number as long as it exists.
    private static void write(DatasetGraph dsg, Node event, Row row, Sequence sequence) {
        Node node = rowNode(event);
        Set<Quad> now = new HashSet<>();
        dsg.find(SUMMARY, node, Node.ANY, Node.ANY).forEachRemaining(now::add);
        Long seq = null;
        Node oldDate = null;
        for (Quad q : now) {
            if (SEQ.equals(q.getPredicate())) seq = number(q.getObject());
            else if (ROW_DATE.equals(q.getPredicate())) oldDate = q.getObject();
        }
        Map<Node, Node> oldEntries = seq == null ? Map.of() : entries(dsg, oldDate, seq);
        if (row != null && seq == null) seq = sequence.take();
        Set<Quad> wanted = row == null ? Set.of() : new HashSet<>(row.quads(node, event, seq));
        for (Quad q : now) {
            if (!wanted.contains(q)) dsg.delete(q);
        }
        for (Quad q : wanted) {
            if (!now.contains(q)) dsg.add(q);
        }
        if (seq == null) return;   // no row before or after
        Map<Node, EventLists.Membership> lists = row == null ? Map.of() : row.lists();
        for (Map.Entry<Node, Node> old : oldEntries.entrySet()) {
            EventLists.Membership m = lists.get(old.getKey());
            Node key = m == null ? null : EventLists.keyNode(m.kind(), row.date(), seq);
            if (old.getValue().equals(key)) continue;
            dsg.delete(SUMMARY, old.getKey(), EventLists.ENTRY, old.getValue());
            if (m == null && !dsg.find(SUMMARY, old.getKey(), EventLists.ENTRY, Node.ANY).hasNext()) {
                dsg.deleteAny(SUMMARY, old.getKey(), Node.ANY, Node.ANY);   // the list is empty now
            }
        }
        for (EventLists.Membership m : lists.values()) {
            Node key = EventLists.keyNode(m.kind(), row.date(), seq);
            if (key.equals(oldEntries.get(m.list()))) continue;
            if (!dsg.find(SUMMARY, m.list(), EventLists.LIST_KIND, Node.ANY).hasNext()) m.descriptor().forEach(dsg::add);
            dsg.add(SUMMARY, m.list(), EventLists.ENTRY, key);
        }
    }

    // The lists that hold the row with this date and sequence number, with its key on each. A key belongs to one row
    // and one sort order (oldest or newest first), so a lookup per order finds them all; dip:entry's objects are
    // indexed.
    private static Map<Node, Node> entries(DatasetGraph dsg, Node date, long seq) {
        Set<Long> keys = new LinkedHashSet<>();
        for (EventLists.Kind kind : EventLists.Kind.values()) keys.add(EventLists.key(kind, date, seq));
        Map<Node, Node> out = new HashMap<>();
        for (long key : keys) {
            dsg.find(SUMMARY, Node.ANY, EventLists.ENTRY, CountingDataset.integer(key)).forEachRemaining(q -> {
                if (EventLists.key(EventLists.Kind.ofList(q.getSubject()), date, seq) == key) out.put(q.getSubject(), q.getObject());
            });
        }
        return out;
    }

    /** The labels and Wikidata links of resources in any graph, read once per flush or recount. */
    private static final class Everywhere {
        private final DatasetGraph dsg;
        private final Map<Node, List<Node>> labels = new HashMap<>();
        private final Map<Node, List<Node>> links = new HashMap<>();

        Everywhere(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        List<Node> labels(Node resource) {
            return labels.computeIfAbsent(resource, r -> distinctObjects(dsg, Node.ANY, r, LABEL));
        }

        List<Node> links(Node resource) {
            return links.computeIfAbsent(resource, r -> wikidata(distinctObjects(dsg, Node.ANY, r, SAME_AS)));
        }
    }

    // The distinct objects of (s p ?) in graph g (ANY: the article graphs merged, as the union default graph has them).
    private static List<Node> distinctObjects(DatasetGraph dsg, Node g, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> {
            if (!Quad.isDefaultGraph(q.getGraph())) out.add(q.getObject());
        });
        return List.copyOf(out);
    }

    private static List<Node> wikidata(List<Node> items) {
        return items.stream().filter(i -> str(i).startsWith(WIKIDATA)).toList();
    }

    /** One event's columns, or null for an event that is no meeting, visit or call. */
    record Row(String dateText, String participants, String participantIds, String hosts, Node location, String locationId,
               String reportedBy, String articles, String evidence, Set<Node> readsEverywhere, Node date,
               Map<Node, EventLists.Membership> lists) {

        static Row of(DatasetGraph dsg, Node event, Everywhere everywhere, EventLists.Facts facts) {
            boolean contact = false;
            Map<Node, Map<Node, Set<Node>>> named = new HashMap<>();   // predicate -> resource -> graphs stating it
            Set<Node> words = new HashSet<>();
            NodeValue date = null;
            var quads = dsg.find(Node.ANY, event, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (Quad.isDefaultGraph(q.getGraph())) continue;
                Node p = q.getPredicate();
                if (TYPE_P.equals(p) && ContactPairs.CONTACT_CLASSES.contains(q.getObject())) contact = true;
                else if (DATE_TEXT.equals(p)) words.add(q.getObject());
                else if (DATE.equals(p) && q.getObject().isLiteral()) date = leastAsText(date, q.getObject());
                else if (NAMED.contains(p)) {
                    named.computeIfAbsent(p, k -> new LinkedHashMap<>()).computeIfAbsent(q.getObject(), k -> new LinkedHashSet<>())
                            .add(q.getGraph());
                }
            }
            if (!contact) return null;
            Reader reader = new Reader(dsg, everywhere);
            List<Named> participants = reader.names(named.get(PARTICIPANT), true);
            List<Named> hosts = reader.names(named.get(HOST), false);
            List<Named> places = reader.names(named.get(LOCATION), true);
            List<Named> sources = reader.names(named.get(REPORTED_BY), false);
            Reports reports = Reports.of(dsg, event);
            return new Row(join(sorted(words), "; "), join(participants, Named::name), join(participants, Named::id),
                    join(hosts, Named::name), places.isEmpty() ? null : least(places, Named::name).asNode(),
                    places.isEmpty() ? null : least(places, Named::id).asString(), join(sources, Named::name),
                    join(reports.articleIds(), "; "), join(reports.evidence(), " | "), reader.everywhere,
                    date == null ? null : date.asNode(), EventLists.of(dsg, event, named, facts));
        }

        // The date that sorts first as text (the queries order by STR(?date)).
        private static NodeValue leastAsText(NodeValue least, Node date) {
            NodeValue v = NodeValue.makeNode(date);
            return least == null || least.asNode().getLiteralLexicalForm().compareTo(date.getLiteralLexicalForm()) > 0 ? v : least;
        }

        /**
         * The row node's quads: the event, its sequence number, sort date and lists, each column it has, and the
         * resources it read in every graph.
         */
        List<Quad> quads(Node node, Node event, long seq) {
            List<Quad> out = new ArrayList<>();
            out.add(Quad.create(SUMMARY, node, ROW_OF, event));
            out.add(Quad.create(SUMMARY, node, SEQ, CountingDataset.integer(seq)));
            if (date != null) out.add(Quad.create(SUMMARY, node, ROW_DATE, date));
            column(out, node, Dip.rowDateText.asNode(), dateText);
            column(out, node, Dip.rowParticipants.asNode(), participants);
            column(out, node, Dip.rowParticipantIds.asNode(), participantIds);
            column(out, node, Dip.rowHosts.asNode(), hosts);
            if (location != null) out.add(Quad.create(SUMMARY, node, Dip.rowLocation.asNode(), location));
            column(out, node, Dip.rowLocationId.asNode(), locationId);
            column(out, node, Dip.rowReportedBy.asNode(), reportedBy);
            column(out, node, Dip.rowArticles.asNode(), articles);
            column(out, node, Dip.rowEvidence.asNode(), evidence);
            readsEverywhere.forEach(r -> out.add(Quad.create(SUMMARY, node, READS_EVERYWHERE, r)));
            return out;
        }

        private static void column(List<Quad> out, Node node, Node property, String value) {
            if (value != null) out.add(Quad.create(SUMMARY, node, property, NodeFactory.createLiteralString(value)));
        }
    }

    private static String join(List<Named> named, Function<Named, NodeValue> column) {
        return named.isEmpty() ? null : join(named.stream().map(column).toList(), "; ");
    }

    // MIN: the least value itself (a place's name keeps its language tag, as MIN over the labels had it).
    private static NodeValue least(List<Named> named, Function<Named, NodeValue> column) {
        return named.stream().map(column).min(SPARQL_ORDER).orElseThrow();
    }

    // GROUP_CONCAT: the values' strings; no values, no column.
    private static String join(List<NodeValue> values, String separator) {
        if (values.isEmpty()) return null;
        StringBuilder out = new StringBuilder();
        for (NodeValue v : values) {
            if (out.length() > 0) out.append(separator);
            out.append(v.asString());
        }
        return out.toString();
    }

    // DISTINCT terms in SPARQL's order.
    private static List<NodeValue> sorted(Set<Node> terms) {
        List<NodeValue> out = new ArrayList<>(terms.stream().map(NodeValue::makeNode).toList());
        out.sort(SPARQL_ORDER);
        return out;
    }

    private static NodeValue min(NodeValue least, NodeValue v) {
        return least == null || NodeValue.compareAlways(least, v) > 0 ? v : least;
    }

    /** A resource the event names, with its name and id as the column subqueries work them out. */
    private record Named(Node resource, NodeValue name, NodeValue id) {}

    /** Reads names and ids, noting the resources it had to read in every graph. */
    private static final class Reader {
        private final DatasetGraph dsg;
        private final Everywhere all;
        final Set<Node> everywhere = new LinkedHashSet<>();

        Reader(DatasetGraph dsg, Everywhere all) {
            this.dsg = dsg;
            this.all = all;
        }

        // Sorted by name, then resource, as ORDER BY ?name ?p.
        List<Named> names(Map<Node, Set<Node>> stated, boolean withIds) {
            if (stated == null) return List.of();
            List<Named> out = new ArrayList<>();
            stated.forEach((resource, graphs) -> out.add(new Named(resource, name(resource, graphs), withIds ? id(resource, graphs) : null)));
            out.sort(Comparator.comparing(Named::name, SPARQL_ORDER)
                    .thenComparing(n -> NodeValue.makeNode(n.resource()), SPARQL_ORDER));
            return out;
        }

        // MIN(COALESCE(?label, ?elsewhere, STR(?x))) over the graphs that state the link.
        private NodeValue name(Node resource, Set<Node> graphs) {
            NodeValue least = null;
            for (Node g : graphs) {
                List<Node> labels = distinctObjects(dsg, g, resource, LABEL);
                if (labels.isEmpty()) {
                    everywhere.add(resource);
                    labels = all.labels(resource);
                }
                if (labels.isEmpty()) least = min(least, NodeValue.makeString(str(resource)));
                for (Node l : labels) least = min(least, NodeValue.makeNode(l));
            }
            return least;
        }

        // MIN(COALESCE(STRAFTER(STR(COALESCE(?item, ?itemElsewhere)), wd), STR(?x))), read like the name.
        private NodeValue id(Node resource, Set<Node> graphs) {
            NodeValue least = null;
            for (Node g : graphs) {
                List<Node> items = wikidata(distinctObjects(dsg, g, resource, SAME_AS));
                if (items.isEmpty()) {
                    everywhere.add(resource);
                    items = all.links(resource);
                }
                if (items.isEmpty()) least = min(least, NodeValue.makeString(str(resource)));
                for (Node i : items) least = min(least, NodeValue.makeString(str(i).substring(WIKIDATA.length())));
            }
            return least;
        }
    }

    /** The articles and evidence sentences of an event's reports, in the merged graph. */
    private record Reports(List<NodeValue> articleIds, List<NodeValue> evidence) {

        static Reports of(DatasetGraph dsg, Node event) {
            Set<Node> ids = new HashSet<>();
            // Per sentence: the least article id and the least sentence index of the reports giving it.
            Map<Node, Evidence> sentences = new LinkedHashMap<>();
            for (Node report : subjects(dsg, REPORTS, event)) {
                Set<Node> docs = new LinkedHashSet<>();
                Set<Node> said = new LinkedHashSet<>();
                Set<Node> indexes = new LinkedHashSet<>();
                dsg.find(Node.ANY, report, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (Quad.isDefaultGraph(q.getGraph())) return;
                    if (IN_ARTICLE.equals(q.getPredicate())) docs.add(q.getObject());
                    else if (EVIDENCE.equals(q.getPredicate())) said.add(q.getObject());
                    else if (SENTENCE_INDEX.equals(q.getPredicate())) indexes.add(q.getObject());
                });
                for (Node doc : docs) {
                    for (Node id : distinctObjects(dsg, Node.ANY, doc, ARTICLE_ID)) {
                        NodeValue idValue = NodeValue.makeNode(id);
                        ids.add(id);
                        for (Node sentence : said) sentences.computeIfAbsent(sentence, Evidence::new).add(idValue, indexes);
                    }
                }
            }
            List<Evidence> ordered = new ArrayList<>(sentences.values());
            ordered.sort(Comparator.comparing((Evidence e) -> e.firstArticle, SPARQL_ORDER)
                    .thenComparing(e -> e.firstIndex(), SPARQL_ORDER)
                    .thenComparing(e -> NodeValue.makeNode(e.sentence), SPARQL_ORDER));
            return new Reports(sorted(ids), ordered.stream().map(e -> NodeValue.makeNode(e.sentence)).toList());
        }

        private static Set<Node> subjects(DatasetGraph dsg, Node p, Node o) {
            Set<Node> out = new LinkedHashSet<>();
            dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> {
                if (!Quad.isDefaultGraph(q.getGraph())) out.add(q.getSubject());
            });
            return out;
        }
    }

    /** MIN(?id) and MIN(?index) over one sentence's reports; a report without an index leaves the least unbound. */
    private static final class Evidence {
        final Node sentence;
        NodeValue firstArticle;
        NodeValue leastIndex;
        boolean unindexed;

        Evidence(Node sentence) {
            this.sentence = sentence;
        }

        void add(NodeValue articleId, Set<Node> indexes) {
            firstArticle = min(firstArticle, articleId);
            if (indexes.isEmpty()) unindexed = true;
            for (Node i : indexes) leastIndex = min(leastIndex, NodeValue.makeNode(i));
        }

        NodeValue firstIndex() {
            return unindexed ? null : leastIndex;
        }
    }

    static String str(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
