package org.diplograph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty store directory from an N-Quads file: Jena's phased TDB2 loader writes the quads while a second
 * thread puts the labels in the store's Lucene index, as ingestion would have left it; then the store's summary is
 * counted ({@link CountingDataset#recountBeside}, reading and writing on two threads), and last the optimizer
 * statistics ({@code stats.opt}) are written. For building large stores for benchmarks and for bulk imports, not for
 * updating a live store.
 *
 * <pre>{@code
 * long quads = BulkLoad.into(Path.of("/tmp/store-1m"), Path.of("events.nq"));
 * BulkLoad.writeStatistics(Path.of("/tmp/store-1m"));   // again, after the store has changed a lot
 * }</pre>
 */
public final class BulkLoad {
    /** The file TDB2 reads its BGP reordering statistics from, in the database's current data folder. */
    public static final String STATISTICS_FILE = "stats.opt";

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);

    private BulkLoad() {}

    /** Loads {@code nquads} into the store in {@code dir}; returns the number of quads read. */
    public static long into(Path dir, Path nquads) {
        StoreLayout layout = StoreLayout.of(dir);
        layout.createDirectories();
        long count;
        long t0 = System.nanoTime();
        long loaded;
        try (Store store = Store.open(dir, null, false)) {
            DatasetGraph tdb = Store.lockDatabase(layout);   // the connection the store's dataset is over
            LabelIndexer labels = new LabelIndexer(textIndex(store, dir));
            try {
                count = load(tdb, nquads, labels, dir);
            } catch (RuntimeException e) {
                labels.abandon();
                throw e;
            }
            labels.finish();
            loaded = System.nanoTime();
            CountingDataset.recountBeside(store.dataset().asDatasetGraph());
        }
        long counted = System.nanoTime();
        writeStatistics(dir);
        LOG.info(String.format(Locale.ROOT, "Loaded %d quads into %s in %.1f s: quads and labels %.1f s, summary %.1f s, statistics %.1f s",
                count, dir, (System.nanoTime() - t0) / 1e9, (loaded - t0) / 1e9, (counted - loaded) / 1e9,
                (System.nanoTime() - counted) / 1e9));
        return count;
    }

    // Jena's phased loader writes the quads; each label also goes to the indexer, which puts it in Lucene meanwhile.
    private static long load(DatasetGraph tdb, Path nquads, LabelIndexer labels, Path dir) {
        long[] count = {0};
        // The phased loader builds the secondary indexes after the primary ones; the basic loader's random
        // inserts had left them 5-10 times larger (8.9 GB against 1.6 GB at 100k events).
        DataLoader loader = LoaderFactory.phasedLoader(tdb, (fmt, args) -> { });
        StreamRDF bulk = loader.stream();
        StreamRDF split = new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                count[0]++;
                if (q.getPredicate().equals(RDFS.label.asNode())) labels.add(q);
                bulk.quad(q);
            }
        };
        loader.startBulk();
        try {
            RDFParser.source(nquads).parse(split);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("Cannot load " + nquads + " into " + dir + ": " + e.getMessage(), e);
        }
        return count[0];
    }

    private static TextIndex textIndex(Store store, Path dir) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        while (!(dsg instanceof DatasetGraphText) && dsg instanceof DatasetGraphWrapper wrapper) dsg = wrapper.getWrapped();
        if (!(dsg instanceof DatasetGraphText text)) throw new StoreException("Store " + dir + " has no text index to put labels in");
        return text.getTextIndex();
    }

    /**
     * Puts label quads into the store's Lucene index on a thread of its own, as the text dataset does on each add, while
     * the loader writes TDB2 (which the labels are not added to again: added one by one after the bulk load, they had
     * grown the indexes by 0.9 GB at 100k events). The index commits once, at {@link #finish}.
     */
    private static final class LabelIndexer {
        private static final int BATCH = 1024;
        private final TextIndex index;
        private final EntityDefinition definition;
        private final Handover<Quad> handover = new Handover<>(256);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread thread;
        private List<Quad> batch = new ArrayList<>(BATCH);

        LabelIndexer(TextIndex index) {
            this.index = index;
            this.definition = index.getDocDef();
            this.thread = new Thread(this::run, "diplograph-labels");
            thread.setDaemon(true);
            thread.start();
        }

        void add(Quad q) {
            batch.add(q);
            if (batch.size() == BATCH) hand();
        }

        /** Waits for the labels handed over so far and commits them to the index. */
        void finish() {
            if (!batch.isEmpty()) hand();
            handover.end();
            Handover.join(thread);
            if (failure.get() != null) {
                index.rollback();
                throw new StoreException("Cannot index labels: " + failure.get().getMessage(), failure.get());
            }
            index.prepareCommit();
            index.commit();
        }

        /** Stops the indexer and leaves the index as it was. */
        void abandon() {
            failure.compareAndSet(null, new IllegalStateException("abandoned"));
            handover.abandon();
            thread.interrupt();
            Handover.join(thread);
            index.rollback();
        }

        private void hand() {
            try {
                handover.put(batch);
            } catch (CancellationException e) {
                // the indexer failed; finish reports it, and the load goes on without its labels meanwhile
            }
            batch = new ArrayList<>(BATCH);
        }

        private void run() {
            try {
                for (List<Quad> quads = handover.take(); quads != null; quads = handover.take()) {
                    for (Quad q : quads) {
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, q);
                        if (entity != null) index.addEntity(entity);
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                handover.abandon();
            }
        }
    }

    /**
     * Counts the store afresh into its summary graph (see {@link CountingDataset}), which the loader, writing TDB2
     * directly, did not keep; also for stores written before the counts were kept. The server must be stopped.
     */
    public static void writeSummary(Path dir) {
        try (Store store = Store.open(dir, null, false)) {
            CountingDataset.recountBeside(store.dataset().asDatasetGraph());
        }
    }

    /**
     * Counts the store's quads, and the triples of its default graph (the summary), by predicate and type into
     * {@code stats.opt}, which TDB2 reads when it opens the database and uses to order the patterns of a query. Counts
     * are over quads, so a triple repeated in many article graphs counts once per graph. Returns the file written.
     */
    public static Path writeStatistics(Path dir) {
        StoreLayout layout = StoreLayout.of(dir);
        DatasetGraph database = Store.lockDatabase(layout);
        try {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(database);
            Path file = Path.of(tdb.getLocation().getPath(STATISTICS_FILE));
            Txn.executeRead(database, () -> {
                StatsCollectorNodeId stats = new StatsCollectorNodeId(tdb.getQuadTable().getNodeTupleTable().getNodeTable());
                Iterator<Tuple<NodeId>> quads = tdb.getQuadTable().getNodeTupleTable().findAll();
                while (quads.hasNext()) {
                    Tuple<NodeId> q = quads.next();
                    stats.record(q.get(0), q.get(1), q.get(2), q.get(3));
                }
                // The default graph, where the summary is (as tdb2.tdbstats records it: no graph).
                Iterator<Tuple<NodeId>> triples = tdb.getTripleTable().getNodeTupleTable().findAll();
                while (triples.hasNext()) {
                    Tuple<NodeId> t = triples.next();
                    stats.record(null, t.get(0), t.get(1), t.get(2));
                }
                Stats.write(file.toString(), stats.results());
            });
            return file;
        } finally {
            Store.release(database);
        }
    }
}
