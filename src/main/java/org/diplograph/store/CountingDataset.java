package org.diplograph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sparql.core.assembler.DatasetAssemblerVocab;
import org.apache.jena.sparql.core.assembler.NamedDatasetAssembler;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;
import org.slf4j.LoggerFactory;

/**
 * The store's dataset with its counts kept up to date: for each event type, entity kind and for articles, how many
 * distinct resources carry that class in any graph ({@code dip:instanceCount}), and for the entity kinds how many of
 * those have an {@code owl:sameAs} ({@code dip:linkedCount}); the same two over entities of any kind hang on
 * {@link Iris#SUMMARY_ENTITIES}, with the entities that have no link ({@code dip:unlinkedEntity}), and the members of
 * the listed classes ({@code dip:Place dip:member ?place}), and the events of each date value: a date node per value
 * ({@link Iris#summaryDate}, listed by {@link Iris#SUMMARY_DATES} with {@code dip:member}, carrying the value as its
 * {@code dip:date}) with {@code dip:member} to every event that has that date in some graph, and the contact pairs with
 * their counts, dates and the parties' labels ({@link ContactPairs}). They live in the graph {@link Iris#SUMMARY_GRAPH},
 * which the stats queries read instead of counting a million events, meetings-near instead of every article's copy of
 * every place, events-in-range and events-table to find events by date, and co-participation instead of pairing the
 * parties of every event.
 *
 * <p>Every add and delete passes through here, whoever makes it (the local store, the server's graph-store and
 * update endpoints), inside the writer's transaction. Only a quad typing a counted class or giving an
 * {@code owl:sameAs} can change a count, and only when it is the first (or last) graph to state that type or a link
 * for its subject, which one lookup before and one after the write tell. Then the wrapper looks up which counted
 * classes the subject has anywhere and whether it is linked, and adds the difference (and lists or unlists it as
 * unlinked). A {@code dip:date} quad likewise moves its event onto or off its date node only when it is the first (or
 * last) graph to give the event that date. A participant, contact type, date or label quad is only noted; the pairs and
 * display labels follow once per transaction, at its commit ({@link ContactPairs}), so a batch of articles moves each
 * event's pairs once. Replacing an article graph thus leaves the counts as if the store had been counted afresh. A
 * store without a summary (new, written before the counts existed, or filled by {@link BulkLoad}'s loader, which
 * bypasses this class) is counted in full at its first counted write, or by {@link #recount}.
 *
 * <pre>{@code
 * DatasetGraph counted = CountingDataset.wrap(textDataset);
 * Txn.executeWrite(counted, () -> counted.getGraph(article).add(triple));   // counts follow
 * }</pre>
 */
public final class CountingDataset extends DatasetGraphWrapper {

    /** The assembler type that wraps another dataset description ({@code ja:dataset}) in counts. */
    public static final Resource TYPE = ResourceFactory.createResource("https://w3id.org/diplograph/config#CountedDataset");

    /**
     * Where the summary is stored: the store's own default graph, which TDB2 keeps in three triple indexes instead of
     * six quad indexes, so writing it costs a third less (at 20k events, a bulk load's summary took 4.4 s instead of
     * 7.0 s). Queries read it as {@code GRAPH <urn:x-arq:DefaultGraph>}; their default graph is the articles' union,
     * which leaves it out. Exports and messages still call it {@link Iris#SUMMARY_GRAPH}.
     */
    static final Node SUMMARY = Quad.defaultGraphIRI;
    /** Why a write into the summary from outside is refused. */
    public static final String REFUSAL = "The store's default graph holds its own counts (" + Iris.SUMMARY_GRAPH
            + "); it is not written from outside, articles go into named graphs";
    /** The summary's own node, which carries its format and next row number; also the named graph format 3 kept it in. */
    static final Node SUMMARY_NODE = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
    static final Node ENTITIES = NodeFactory.createURI(Iris.SUMMARY_ENTITIES);
    static final Node DATES = NodeFactory.createURI(Iris.SUMMARY_DATES);
    static final List<Node> ENTITY_CLASSES = nodes(Dip.Person, Dip.Country, Dip.Place, Dip.Organization, Dip.NewsOutlet);
    static final List<Node> OTHER_CLASSES = nodes(Dip.Meeting, Dip.Visit, Dip.PhoneCall, Dip.UnrealisedContact, Dip.Article);
    /** Counted classes whose members are listed too: a few hundred places, against a copy in each article. */
    static final List<Node> LISTED_CLASSES = nodes(Dip.Place);

    static final Node TYPE_P = RDF.type.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node INSTANCES = Dip.instanceCount.asNode();
    private static final Node LINKED = Dip.linkedCount.asNode();
    private static final Node UNLINKED = Dip.unlinkedEntity.asNode();
    static final Node MEMBER = Dip.member.asNode();
    static final Node DATE = Dip.date.asNode();
    // What the summary holds: 2 since it has the event rows, 3 since it has the event lists, 4 since it is kept in the
    // default graph (format 3 kept it in the named graph SUMMARY_NODE, which the recount deletes); a summary without
    // this is counted afresh on open or at the next write.
    private static final Node FORMAT = Dip.summaryFormat.asNode();
    private static final Node FORMAT_ROWS = integer(4);
    private static final Set<Node> COUNTED = new LinkedHashSet<>();

    static {
        COUNTED.addAll(ENTITY_CLASSES);
        COUNTED.addAll(OTHER_CLASSES);
    }

    // The pairs and labels the open write transaction touched, brought up to date at its commit.
    private final ContactPairs pairs;
    // The events whose display rows the open write transaction may have moved, worked out at its commit.
    private final EventRows rows;

    private CountingDataset(DatasetGraph dsg) {
        super(dsg);
        this.pairs = new ContactPairs(dsg);
        this.rows = new EventRows(dsg);
    }

    /** Wraps {@code dsg}, typically the text dataset over TDB2; a dataset wrapped already is returned as it is. */
    public static DatasetGraph wrap(DatasetGraph dsg) {
        return dsg instanceof CountingDataset ? dsg : new CountingDataset(dsg);
    }

    /** Lets the config name {@link #TYPE}; called before a config is assembled. */
    public static void registerAssembler() {
        AssemblerUtils.registerDataset(TYPE, new NamedDatasetAssembler() {
            @Override
            public DatasetGraph createDataset(Assembler a, Resource root) {
                DatasetGraph inner = createBaseDataset(root, DatasetAssemblerVocab.pDataset);
                return wrap(inner);
            }
        });
    }

    /**
     * Counts the whole store afresh and replaces the summary graph; call inside a write transaction on the
     * underlying dataset. Used after a bulk load and for stores written before the counts were kept.
     */
    public static void recount(DatasetGraph store) {
        if (store instanceof CountingDataset counting) {   // the recount takes them in
            counting.pairs.clear();
            counting.rows.clear();
        }
        DatasetGraph dsg = store instanceof CountingDataset counting ? counting.get() : store;
        dsg.deleteAny(SUMMARY_NODE, Node.ANY, Node.ANY, Node.ANY);   // a format 3 summary
        Map<Node, Long> instances = new LinkedHashMap<>();
        Map<Node, Long> linked = new LinkedHashMap<>();
        Set<Node> entities = new HashSet<>();
        Map<Node, Set<Node>> listed = new LinkedHashMap<>();
        for (Node c : COUNTED) {
            Set<Node> members = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, TYPE_P, c).forEachRemaining(q -> members.add(q.getSubject()));
            instances.put(c, (long) members.size());
            if (LISTED_CLASSES.contains(c)) listed.put(c, members);
            if (ENTITY_CLASSES.contains(c)) {
                linked.put(c, members.stream().filter(s -> isLinked(dsg, s)).count());
                entities.addAll(members);
            }
        }
        List<Node> unlinked = entities.stream().filter(s -> !isLinked(dsg, s)).toList();
        instances.put(ENTITIES, (long) entities.size());
        linked.put(ENTITIES, entities.size() - (long) unlinked.size());
        dsg.deleteAny(SUMMARY, Node.ANY, Node.ANY, Node.ANY);
        dsg.add(SUMMARY, SUMMARY_NODE, FORMAT, FORMAT_ROWS);
        instances.forEach((node, n) -> dsg.add(SUMMARY, node, INSTANCES, integer(n)));
        linked.forEach((node, n) -> dsg.add(SUMMARY, node, LINKED, integer(n)));
        unlinked.forEach(entity -> dsg.add(SUMMARY, ENTITIES, UNLINKED, entity));
        listed.forEach((c, members) -> members.forEach(m -> dsg.add(SUMMARY, c, MEMBER, m)));
        ContactPairs.recount(dsg);
        EventRows.recount(dsg);
        Set<Node> dates = new HashSet<>();
        List<Quad> dated = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, DATE, Node.ANY).forEachRemaining(q -> {
            if (!isSummary(q.getGraph())) dated.add(q);
        });
        for (Quad q : dated) {
            Node bucket = dateNode(q.getObject());
            if (dates.add(q.getObject())) {
                dsg.add(SUMMARY, DATES, MEMBER, bucket);
                dsg.add(SUMMARY, bucket, DATE, q.getObject());
            }
            dsg.add(SUMMARY, bucket, MEMBER, q.getSubject());
        }
    }

    /**
     * Counts the whole store afresh as {@link #recount} does, in a write transaction of its own, while a second thread
     * reads the store in a read transaction and hands the summary's quads over in batches: TDB2 lets readers run beside
     * its writer, so the reading (about a quarter of a recount) overlaps the writing. The reader sees the store as it
     * was before, without its summary graph. Only for a store that nothing else writes to meanwhile: after a bulk load,
     * or when a summary an older version wrote is replaced on open.
     */
    static void recountBeside(DatasetGraph store) {
        recountBeside(store, Aside.BATCH);
    }

    /** As {@link #recountBeside(DatasetGraph)}, handing the quads over {@code batchSize} at a time. */
    static void recountBeside(DatasetGraph store, int batchSize) {
        if (store instanceof CountingDataset counting) {
            counting.pairs.clear();
            counting.rows.clear();
        }
        DatasetGraph below = store instanceof CountingDataset counting ? counting.get() : store;
        // The summary holds nothing the text index takes (it names things with dip:displayLabel, not rdfs:label), so
        // it is written below the text dataset, whose checks on each add cost 15% of the summary's time at 20k events.
        DatasetGraph dsg = below instanceof DatasetGraphText text ? text.getWrapped() : below;
        Handover<Quad> handover = new Handover<>(64);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                Txn.executeRead(dsg, () -> {
                    Aside aside = new Aside(dsg, handover, batchSize);
                    recount(aside);
                    aside.flush();
                });
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                handover.end();
            }
        }, "diplograph-recount");
        reader.setDaemon(true);
        reader.start();
        try {
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(SUMMARY, Node.ANY, Node.ANY, Node.ANY);
                dsg.deleteAny(SUMMARY_NODE, Node.ANY, Node.ANY, Node.ANY);   // a format 3 summary
                for (List<Quad> batch = handover.take(); batch != null; batch = handover.take()) batch.forEach(dsg::add);
                Throwable t = failure.get();
                if (t != null) throw new StoreException("Cannot count the store: " + t.getMessage(), t);
            });
        } finally {
            handover.abandon();   // a writer that failed lets the reader go, which then ends its read transaction
            Handover.join(reader);
        }
    }

    /** The store as a recount reads it, without its summary graph, taking the quads the recount writes aside. */
    private static final class Aside extends DatasetGraphWrapper {
        private static final int BATCH = 4096;
        private final Handover<Quad> handover;
        private final int size;
        private List<Quad> batch = new ArrayList<>();

        Aside(DatasetGraph dsg, Handover<Quad> handover, int size) {
            super(dsg);
            this.handover = handover;
            this.size = size;
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            return isSummary(g) ? Collections.emptyIterator() : Iter.filter(super.find(g, s, p, o), q -> !isSummary(q.getGraph()));
        }

        @Override
        public Iterator<Quad> find(Quad q) {
            return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            return find(g, s, p, o).hasNext();
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            add(Quad.create(g, s, p, o));
        }

        @Override
        public void add(Quad quad) {
            batch.add(quad);
            if (batch.size() >= size) flush();
        }

        @Override
        public void deleteAny(Node g, Node s, Node p, Node o) {
            // the writer empties the summary graph before the first batch
        }

        void flush() {
            if (batch.isEmpty()) return;
            handover.put(batch);
            batch = new ArrayList<>();
        }
    }

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Quad quad) {
        delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        write(g, s, p, o, true, () -> super.add(g, s, p, o));
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        write(g, s, p, o, false, () -> super.delete(g, s, p, o));
    }

    // Pairs, display labels and event rows move once per transaction, here, not once per quad written.
    @Override
    public void commit() {
        if (isWriter() && (pairs.pending() || rows.pending())) {
            if (hasSummary()) {
                pairs.flush();
                rows.flush();
            } else {
                recount(this);
            }
        }
        super.commit();
    }

    @Override
    public void abort() {
        if (isWriter()) forgetNotes();
        super.abort();
    }

    @Override
    public void end() {
        if (isWriter()) forgetNotes();   // a write transaction ended without a commit is aborted
        super.end();
    }

    private void forgetNotes() {
        pairs.clear();
        rows.clear();
    }

    // Readers share this wrapper: only the thread in the write transaction may touch what it noted.
    private boolean isWriter() {
        return isInTransaction() && transactionMode() == ReadWrite.WRITE;
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        refuseSummary(g);
        Set<Node> subjects = new HashSet<>();
        if (matches(p, TYPE_P) || matches(p, SAME_AS)) {
            for (Node pred : List.of(TYPE_P, SAME_AS)) {
                if (!matches(p, pred)) continue;
                get().find(g, s, pred, o).forEachRemaining(q -> {
                    if (counts(q.getPredicate(), q.getObject())) subjects.add(q.getSubject());
                });
            }
        }
        List<Quad> dated = new ArrayList<>();
        if (matches(p, DATE)) get().find(g, s, DATE, o).forEachRemaining(dated::add);
        // The events whose pairs may move and the labels that may go; both are settled at the commit.
        Set<Node> events = new LinkedHashSet<>();
        List<Triple> labels = new ArrayList<>();
        for (Node pred : List.of(TYPE_P, ContactPairs.PARTICIPANT, DATE, ContactPairs.LABEL)) {
            if (!matches(p, pred)) continue;
            get().find(g, s, pred, o).forEachRemaining(q -> {
                if (pred.equals(ContactPairs.LABEL)) labels.add(q.asTriple());
                else if (ContactPairs.moves(q.getPredicate(), q.getObject())) events.add(q.getSubject());
            });
        }
        // The facts the event lists depend on, checked again once they are deleted.
        Set<List<Node>> facts = new LinkedHashSet<>();
        for (Node pred : List.of(EventLists.AFFILIATION, EventLists.IN_COUNTRY, TYPE_P)) {
            if (matches(p, pred)) get().find(g, s, pred, o).forEachRemaining(q -> {
                if (isFact(q.getPredicate(), q.getObject())) facts.add(List.of(q.getSubject(), q.getPredicate(), q.getObject()));
            });
        }
        // The quads that may move an event's row.
        List<Quad> shown = new ArrayList<>();
        for (Node pred : EventRows.predicates()) {
            if (matches(p, pred)) get().find(g, s, pred, o).forEachRemaining(q -> {
                if (!isSummary(q.getGraph()) && EventRows.moves(q.getPredicate(), q.getObject())) shown.add(q);
            });
        }
        // A recount after the notes would drop them, so it comes first.
        if (!(subjects.isEmpty() && events.isEmpty() && labels.isEmpty() && shown.isEmpty() && facts.isEmpty()) && !hasSummary()) recount(this);
        events.forEach(pairs::touch);
        labels.forEach(t -> pairs.labelRemoved(t.getSubject(), t.getObject()));
        shown.forEach(q -> rows.note(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        change(new ArrayList<>(subjects), () -> super.deleteAny(g, s, p, o));
        for (List<Node> f : facts) {
            if (!get().find(Node.ANY, f.get(0), f.get(1), f.get(2)).hasNext()) rows.factChanged(f.get(0), f.get(1));
        }
        if (dated.isEmpty() || !hasSummary()) return;
        Set<List<Node>> seen = new HashSet<>();
        for (Quad q : dated) {
            if (!seen.add(List.of(q.getSubject(), q.getObject()))) continue;
            if (!get().find(Node.ANY, q.getSubject(), DATE, q.getObject()).hasNext()) moveDate(q.getSubject(), q.getObject(), false);
        }
    }

    private static boolean matches(Node pattern, Node p) {
        return pattern == null || pattern.equals(Node.ANY) || pattern.equals(p);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    // Views on this wrapper, so writes through a graph (the graph-store protocol's PUT does that) are counted too.
    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    // One quad: only a typing of a counted class or an owl:sameAs can move a count, and only when no other graph
    // states the same type (or any link) for the subject; that is the common case, two lookups and nothing else.
    // A party, contact type or date of an event, or a label, is only noted for the commit.
    private void write(Node g, Node s, Node p, Node o, boolean adding, Runnable write) {
        refuseSummary(g);
        if (ContactPairs.moves(p, o)) pairs.touch(s);
        if (EventRows.moves(p, o)) rows.note(g, s, p, o);
        if (ContactPairs.LABEL.equals(p)) {
            if (adding) pairs.labelAdded(s, o); else pairs.labelRemoved(s, o);
        }
        if (DATE.equals(p)) {
            dated(s, o, write);
            return;
        }
        if (EventRows.FACTS.contains(p)) {
            boolean before = get().find(Node.ANY, s, p, o).hasNext();
            write.run();
            if (before != get().find(Node.ANY, s, p, o).hasNext()) rows.factChanged(s, p);
            return;
        }
        if (!counts(p, o)) {
            write.run();
            return;
        }
        boolean link = SAME_AS.equals(p);
        Node stated = link ? Node.ANY : o;
        boolean before = get().find(Node.ANY, s, p, stated).hasNext();
        write.run();
        boolean after = get().find(Node.ANY, s, p, stated).hasNext();
        if (before == after) return;
        if (!hasSummary()) {
            recount(this);   // counts this write too
            return;
        }
        if (isFact(p, o)) rows.factChanged(s, p);
        // An event's or article's type touches only its own count; an entity's, or a link, all the entity counts.
        boolean entityCounts = link || ENTITY_CLASSES.contains(o);
        Membership now = Membership.of(get(), s, entityCounts ? ENTITY_CLASSES : List.of(o), entityCounts);
        Membership was = link ? new Membership(now.classes(), before) : now.toggled(o);
        Deltas deltas = new Deltas();
        deltas.add(s, was, now);
        deltas.write();
    }

    // One dip:date quad: the event joins or leaves its date node when it is the first or last graph to give that date.
    private void dated(Node event, Node date, Runnable write) {
        boolean before = get().find(Node.ANY, event, DATE, date).hasNext();
        write.run();
        boolean after = get().find(Node.ANY, event, DATE, date).hasNext();
        if (before == after) return;
        if (!hasSummary()) {
            recount(this);
            return;
        }
        moveDate(event, date, after);
    }

    private void moveDate(Node event, Node date, boolean on) {
        DatasetGraph dsg = get();
        Node bucket = dateNode(date);
        if (on) {
            if (!dsg.contains(SUMMARY, DATES, MEMBER, bucket)) {
                dsg.add(SUMMARY, DATES, MEMBER, bucket);
                dsg.add(SUMMARY, bucket, DATE, date);
            }
            dsg.add(SUMMARY, bucket, MEMBER, event);
            return;
        }
        dsg.delete(SUMMARY, bucket, MEMBER, event);
        if (!dsg.find(SUMMARY, bucket, MEMBER, Node.ANY).hasNext()) {
            dsg.delete(SUMMARY, DATES, MEMBER, bucket);
            dsg.delete(SUMMARY, bucket, DATE, date);
        }
    }

    static Node dateNode(Node date) {
        return NodeFactory.createURI(Iris.summaryDate(date.isLiteral() ? date.getLiteralLexicalForm() : date.toString()));
    }

    /** Applies {@code write}, which may remove any number of the {@code subjects}' types and links. */
    private void change(List<Node> subjects, Runnable write) {
        if (subjects.isEmpty()) {
            write.run();
            return;
        }
        if (!hasSummary()) recount(this);
        List<Membership> before = new ArrayList<>();
        for (Node s : subjects) before.add(Membership.of(get(), s, COUNTED, true));
        write.run();
        Deltas deltas = new Deltas();
        for (int i = 0; i < subjects.size(); i++) {
            deltas.add(subjects.get(i), before.get(i), Membership.of(get(), subjects.get(i), COUNTED, true));
        }
        deltas.write();
    }

    /**
     * Recounts a store that holds articles but no summary of the current format (written by an older version), so
     * the list queries read its event rows from the start instead of after its next write. Returns whether it did.
     */
    public static boolean upgrade(DatasetGraph store) {
        if (!(store instanceof CountingDataset counting)) return false;
        boolean old = Txn.calculateRead(store, () -> !counting.hasSummary() && hasArticles(counting.get()));
        if (old) {
            LoggerFactory.getLogger(CountingDataset.class).info("Recounting the store's summary: an older version wrote it (minutes at a million events)");
            recountBeside(counting);
        }
        return old;
    }

    private static boolean hasArticles(DatasetGraph dsg) {
        var graphs = dsg.listGraphNodes();
        while (graphs.hasNext()) if (!isSummary(graphs.next())) return true;
        return false;
    }

    // A store without a summary is new, or was written before the counts (or the event rows) were kept, or bulk loaded;
    // recount writes every count, zeros included.
    private boolean hasSummary() {
        return get().contains(SUMMARY, SUMMARY_NODE, FORMAT, FORMAT_ROWS);
    }

    /** What some writes changed: count differences, written at the end; the unlinked list, at once. */
    private final class Deltas {
        private final Map<Node, Long> instances = new HashMap<>();
        private final Map<Node, Long> linked = new HashMap<>();

        void add(Node subject, Membership was, Membership now) {
            was.difference(now, instances, linked);
            if (was.isUnlinked() != now.isUnlinked()) {
                Quad listed = Quad.create(SUMMARY, ENTITIES, UNLINKED, subject);
                if (now.isUnlinked()) get().add(listed); else get().delete(listed);
            }
            for (Node c : LISTED_CLASSES) {
                boolean member = now.classes().contains(c);
                if (member == was.classes().contains(c)) continue;
                Quad listed = Quad.create(SUMMARY, c, MEMBER, subject);
                if (member) get().add(listed); else get().delete(listed);
            }
        }

        void write() {
            instances.forEach((node, d) -> bump(node, INSTANCES, d));
            linked.forEach((node, d) -> bump(node, LINKED, d));
        }
    }

    private void bump(Node node, Node property, long delta) {
        if (delta == 0) return;
        DatasetGraph dsg = get();
        long current = 0;
        var found = dsg.find(SUMMARY, node, property, Node.ANY);
        List<Quad> old = new ArrayList<>();
        while (found.hasNext()) {
            Quad q = found.next();
            old.add(q);
            current = ((Number) q.getObject().getLiteralValue()).longValue();
        }
        old.forEach(dsg::delete);
        dsg.add(SUMMARY, node, property, integer(current + delta));
    }

    private void refuseSummary(Node g) {
        if (isSummary(g)) {
            throw new RefusedWriteException(REFUSAL);
        }
    }

    /**
     * Whether quads of graph {@code g} are the summary's: the default graph (under either of Jena's names for it), or
     * the named graph a format 3 summary was kept in.
     */
    static boolean isSummary(Node g) {
        return g != null && (Quad.isDefaultGraph(g) || SUMMARY_NODE.equals(g));
    }

    // A fact the event lists depend on: an affiliation, a place's country, or being a country.
    private static boolean isFact(Node p, Node o) {
        return EventRows.FACTS.contains(p) || TYPE_P.equals(p) && EventLists.COUNTRY.equals(o);
    }

    private static boolean counts(Node p, Node o) {
        return SAME_AS.equals(p) || TYPE_P.equals(p) && COUNTED.contains(o);
    }

    private static boolean isLinked(DatasetGraph dsg, Node s) {
        return dsg.find(Node.ANY, s, SAME_AS, Node.ANY).hasNext();
    }

    /** An xsd:integer literal, as the summary graph writes its counts, numbers and keys. */
    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static List<Node> nodes(Resource... classes) {
        List<Node> out = new ArrayList<>();
        for (Resource c : classes) out.add(c.asNode());
        return List.copyOf(out);
    }

    /**
     * Which of some counted classes a subject has in any graph, and whether any graph links it (when asked). Existence
     * checks only. Classes left out count as absent before and after, so they move nothing.
     */
    private record Membership(Set<Node> classes, boolean linked) {

        static Membership of(DatasetGraph dsg, Node s, Collection<Node> among, boolean links) {
            Set<Node> classes = new HashSet<>();
            for (Node c : among) {
                if (dsg.find(Node.ANY, s, TYPE_P, c).hasNext()) classes.add(c);
            }
            return new Membership(classes, links && isLinked(dsg, s));
        }

        boolean isEntity() {
            return ENTITY_CLASSES.stream().anyMatch(classes::contains);
        }

        boolean isUnlinked() {
            return isEntity() && !linked;
        }

        /** The same with {@code c} added or taken away. */
        Membership toggled(Node c) {
            Set<Node> other = new HashSet<>(classes);
            if (!other.remove(c)) other.add(c);
            return new Membership(other, linked);
        }

        void difference(Membership after, Map<Node, Long> instances, Map<Node, Long> linkedCounts) {
            for (Node c : COUNTED) {
                add(instances, c, flag(after.classes.contains(c)) - flag(classes.contains(c)));
                if (ENTITY_CLASSES.contains(c)) {
                    add(linkedCounts, c, flag(after.classes.contains(c) && after.linked) - flag(classes.contains(c) && linked));
                }
            }
            add(instances, ENTITIES, flag(after.isEntity()) - flag(isEntity()));
            add(linkedCounts, ENTITIES, flag(after.isEntity() && after.linked) - flag(isEntity() && linked));
        }

        private static void add(Map<Node, Long> deltas, Node node, long d) {
            if (d != 0) deltas.merge(node, d, Long::sum);
        }

        private static long flag(boolean b) {
            return b ? 1 : 0;
        }
    }
}
