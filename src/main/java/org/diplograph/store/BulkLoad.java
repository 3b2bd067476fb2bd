package org.diplograph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
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

/**
 * Fills an empty store directory from an N-Quads file: Jena's phased TDB2 loader writes the quads, then the labels
 * are put in the store's Lucene index, as ingestion would have left it, the store's counts are taken
 * ({@link CountingDataset}), and last the optimizer statistics ({@code stats.opt}) are written. For building large stores for benchmarks and for
 * bulk imports, not for updating a live store.
 *
 * <pre>{@code
 * long quads = BulkLoad.into(Path.of("/tmp/store-1m"), Path.of("events.nq"));
 * BulkLoad.writeStatistics(Path.of("/tmp/store-1m"));   // again, after the store has changed a lot
 * }</pre>
 */
public final class BulkLoad {
    /** The file TDB2 reads its BGP reordering statistics from, in the database's current data folder. */
    public static final String STATISTICS_FILE = "stats.opt";

    private BulkLoad() {}

    /** Loads {@code nquads} into the store in {@code dir}; returns the number of quads read. */
    public static long into(Path dir, Path nquads) {
        StoreLayout layout = StoreLayout.of(dir);
        layout.createDirectories();
        Path labels = layout.dir().resolve("labels.nq.tmp");
        long[] count = {0};
        DatasetGraph tdb = Store.lockDatabase(layout);
        try (OutputStream labelOut = new BufferedOutputStream(Files.newOutputStream(labels), 1 << 20)) {
            // The phased loader builds the secondary indexes after the primary ones; the basic loader's random
            // inserts had left them 5-10 times larger (8.9 GB against 1.6 GB at 100k events).
            DataLoader loader = LoaderFactory.phasedLoader(tdb, (fmt, args) -> { });
            StreamRDF bulk = loader.stream();
            StreamRDF labelStream = StreamRDFWriter.getWriterStream(labelOut, Lang.NQUADS);
            labelStream.start();
            // Labels are also kept aside in a file (not the heap) for the Lucene index, which is filled afterwards.
            StreamRDF split = new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    count[0]++;
                    if (q.getPredicate().equals(RDFS.label.asNode())) labelStream.quad(q);
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
            labelStream.finish();
        } catch (IOException e) {
            throw new StoreException("Cannot write " + labels + ": " + e.getMessage(), e);
        } finally {
            Store.release(tdb);
        }
        indexLabels(dir, labels);
        writeSummary(dir);
        try {
            Files.delete(labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeStatistics(dir);
        return count[0];
    }

    /**
     * Puts the label quads into the store's Lucene index the way the text dataset does on each add, without adding
     * them to TDB2 again: added one by one after the bulk load, they had grown the indexes by 0.9 GB at 100k events.
     */
    private static void indexLabels(Path dir, Path labels) {
        try (Store store = Store.open(dir, null, false)) {
            Dataset ds = store.dataset();
            DatasetGraph dsg = ds.asDatasetGraph();
            while (!(dsg instanceof DatasetGraphText) && dsg instanceof DatasetGraphWrapper wrapper) dsg = wrapper.getWrapped();
            if (!(dsg instanceof DatasetGraphText text)) {
                throw new StoreException("Store " + dir + " has no text index to put labels in");
            }
            TextIndex index = text.getTextIndex();
            EntityDefinition definition = index.getDocDef();
            Txn.executeWrite(ds, () -> RDFParser.source(labels).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    Entity entity = TextQueryFuncs.entityFromQuad(definition, q);
                    if (entity != null) index.addEntity(entity);
                }
            }));
        }
    }

    /**
     * Counts the store afresh into its summary graph (see {@link CountingDataset}), which the loader, writing TDB2
     * directly, did not keep; also for stores written before the counts were kept. The server must be stopped.
     */
    public static void writeSummary(Path dir) {
        try (Store store = Store.open(dir, null, false)) {
            Txn.executeWrite(store.dataset(), () -> CountingDataset.recount(store.dataset().asDatasetGraph()));
        }
    }

    /**
     * Counts the store's quads by predicate and type into {@code stats.opt}, which TDB2 reads when it opens the
     * database and uses to order the patterns of a query. Counts are over quads, so a triple repeated in many article
     * graphs counts once per graph. Returns the file written.
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
                Stats.write(file.toString(), stats.results());
            });
            return file;
        } finally {
            Store.release(database);
        }
    }
}
