package org.diplograph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * Fills an empty store directory from an N-Quads file: Jena's TDB2 loader writes the quads, then the label
 * quads go through the store's text dataset once more so the Lucene index holds them, as ingestion would
 * have left it. For building large stores for benchmarks and for bulk imports, not for updating a live store.
 *
 * <pre>{@code
 * long quads = BulkLoad.into(Path.of("/tmp/store-1m"), Path.of("events.nq"));
 * }</pre>
 */
public final class BulkLoad {
    private BulkLoad() {}

    /** Loads {@code nquads} into the store in {@code dir}; returns the number of quads read. */
    public static long into(Path dir, Path nquads) {
        StoreLayout layout = StoreLayout.of(dir);
        layout.createDirectories();
        List<Quad> labels = new ArrayList<>();
        long[] count = {0};
        DatasetGraph tdb = Store.lockDatabase(layout);
        try {
            DataLoader loader = LoaderFactory.basicLoader(tdb, (fmt, args) -> { });
            StreamRDF bulk = loader.stream();
            // Labels wait for the text dataset, which indexes them as it adds them.
            StreamRDF split = new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    count[0]++;
                    if (q.getPredicate().equals(RDFS.label.asNode())) labels.add(q);
                    else bulk.quad(q);
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
        } finally {
            Store.release(tdb);
        }
        try (Store store = Store.open(dir, null)) {
            Dataset ds = store.dataset();
            Txn.executeWrite(ds, () -> labels.forEach(q -> ds.asDatasetGraph().add(q)));
        }
        return count[0];
    }
}
