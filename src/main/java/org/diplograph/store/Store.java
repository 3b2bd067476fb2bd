package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The local store: the dataset that {@code fuseki-config.ttl} describes (a jena-text dataset with a
 * Lucene label index over TDB2), opened on one store directory. Writes go through the text dataset,
 * so the index follows every replaced graph.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("data"), null)) {
 *     store.replaceGraph(articleIri, articleModel);
 *     long quads = store.quadCount();
 * }
 * }</pre>
 *
 * TDB2 admits one process at a time: when a server holds the directory, {@link #open} throws
 * {@link StoreLockedException} and writes have to go to the server ({@link RemoteStore}).
 */
public final class Store implements GraphSink {

    private final Dataset dataset;
    private final boolean owned;

    private Store(Dataset dataset, boolean owned) {
        this.dataset = dataset;
        this.owned = owned;
    }

    /**
     * Opens the store in {@code dir} as the configuration describes it.
     *
     * @param configFile the config file, or null for the packaged {@code fuseki-config.ttl}
     * @throws StoreLockedException if another process has the store open
     */
    public static Store open(Path dir, Path configFile) {
        return open(dir, configFile, true);
    }

    /**
     * Opens the store; {@code upgrade} recounts the summary of a store an older version wrote (see
     * {@link CountingDataset#upgrade}). The bulk loader opens without it: it recounts once, after its labels are in.
     */
    static Store open(Path dir, Path configFile, boolean upgrade) {
        StoreLayout layout = StoreLayout.of(dir);
        layout.createDirectories();
        Model config = StoreConfig.load(configFile, layout);
        DatasetGraph database = lockDatabase(layout);
        try {
            Dataset dataset = DatasetFactory.assemble(StoreConfig.dataset(config));
            if (upgrade) CountingDataset.upgrade(dataset.asDatasetGraph());
            return new Store(dataset, true);
        } catch (RuntimeException e) {
            release(database);
            throw translate(e, layout);
        }
    }

    /**
     * A store view of a dataset someone else owns, such as the one a running server serves.
     * Closing the view leaves the dataset open.
     */
    public static Store wrap(Dataset dataset) {
        return new Store(Objects.requireNonNull(dataset, "dataset"), false);
    }

    /**
     * Opens the store's TDB2 database in this JVM, taking its lock, before anything else is opened
     * or written; the config's assembler later picks up this same connection. A lock already held
     * by this JVM (a server running in-process) is fine.
     *
     * @throws StoreLockedException if another process has the store open
     */
    public static DatasetGraph lockDatabase(StoreLayout layout) {
        try {
            return DatabaseMgr.connectDatasetGraph(layout.tdb2().toAbsolutePath().normalize().toString());
        } catch (RuntimeException e) {
            throw translate(e, layout);
        }
    }

    /**
     * Turns a failure to open the dataset into a {@link StoreException}; a lock held by another
     * process becomes a {@link StoreLockedException} that names the lock file and the way around it.
     */
    public static StoreException translate(RuntimeException failure, StoreLayout layout) {
        if (failure instanceof StoreException known) {
            return known;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isLockFailure(cause)) {
                return new StoreLockedException(lockedMessage(layout), failure);
            }
        }
        return new StoreException("Cannot open store " + layout.dir() + ": " + failure.getMessage(), failure);
    }

    /** Replaces the named graph {@code graphIri} with {@code model}, in one write transaction. */
    @Override
    public void replaceGraph(String graphIri, Model model) {
        Node graph = graphNode(graphIri);
        Objects.requireNonNull(model, "model");
        Txn.executeWrite(dataset, () -> replace(graph, model));
    }

    /** Replaces several named graphs in one write transaction: all of them change, or none. */
    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        graphs.forEach((iri, model) -> {
            graphNode(iri);
            Objects.requireNonNull(model, () -> "model for " + iri);
        });
        Txn.executeWrite(dataset, () -> graphs.forEach((iri, model) -> replace(graphNode(iri), model)));
    }

    /** The dataset, for queries; write to it only inside a transaction and only into named graphs. */
    public Dataset dataset() {
        return dataset;
    }

    /** The number of quads stored, in all graphs but the store's own counts ({@link CountingDataset}). */
    public long quadCount() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dataset, () -> Iter.count(dsg.find())
                - Iter.count(dsg.find(CountingDataset.SUMMARY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Closes the dataset and releases the TDB2 database, so another process can open it. */
    @Override
    public void close() {
        if (owned) {
            release(dataset.asDatasetGraph());
        }
    }

    /**
     * Closes a dataset assembled from the config (or the database from {@link #lockDatabase}) and
     * lets go of its TDB2 database and lock. Releasing twice does no harm.
     */
    public static void release(DatasetGraph dsg) {
        DatasetGraph tdb2 = dsg;
        while (!DatabaseMgr.isTDB2(tdb2) && tdb2 instanceof DatasetGraphWrapper wrapper) {
            tdb2 = wrapper.getWrapped();
        }
        dsg.close();
        if (DatabaseMgr.isTDB2(tdb2)) {
            TDBInternal.expel(tdb2);
        }
    }

    // Quad by quad, so the text dataset sees each change and updates the label index.
    private void replace(Node graph, Model model) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        model.getGraph().find().forEach(triple -> dsg.add(graph, triple.getSubject(), triple.getPredicate(), triple.getObject()));
    }

    private static Node graphNode(String graphIri) {
        if (graphIri == null || graphIri.isBlank()) {
            throw new StoreException("An article graph needs a name; the default graph is not written");
        }
        Node graph = NodeFactory.createURI(graphIri);
        if (Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph)) {
            throw new StoreException("Graph " + graphIri + " is not a named graph; articles go into named graphs");
        }
        return graph;
    }

    // TDB2 reports "Failed to get a lock"; Lucene fails on its write.lock if it is opened first.
    private static boolean isLockFailure(Throwable cause) {
        return cause instanceof LockObtainFailedException
                || cause instanceof DBOpEnvException && String.valueOf(cause.getMessage()).contains("lock");
    }

    private static String lockedMessage(StoreLayout layout) {
        String process = lockingProcess(layout).map(pid -> ", process " + pid).orElse("");
        return "Store " + layout.tdb2() + " is locked by a running server (" + layout.lockFile() + process
                + "); send articles to it with --server " + RunningServer.url(layout);
    }

    private static Optional<String> lockingProcess(StoreLayout layout) {
        try {
            String pid = Files.readString(layout.lockFile()).trim();
            return pid.matches("\\d+") ? Optional.of(pid) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
