package org.diplograph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Compacts a store's TDB2 database: TDB2 never overwrites a block a committed transaction wrote, so every write
 * transaction leaves the blocks it replaced behind until the database is compacted (at 100k events, written 100
 * articles a transaction, the database took 37 GB where the bulk loader's took 2 GB). Compaction copies what is live
 * into a new data folder ({@code tdb2/Data-000N}) and deletes the old one; the store's optimizer statistics, kept
 * in that folder, are counted again when there were any. The Lucene label index is not touched. The server must be
 * stopped.
 *
 * <pre>{@code
 * Compaction.Result r = Compaction.compact(Path.of("data"));
 * System.out.println(r.bytesBefore() + " -> " + r.bytesAfter() + " bytes");
 * }</pre>
 *
 * @see <a href="https://jena.apache.org/documentation/tdb2/tdb2_admin.html">TDB2 database administration</a>
 */
public final class Compaction {
    /**
     * What a compaction did.
     *
     * @param bytesBefore the database folder's size before
     * @param bytesAfter  its size after
     * @param seconds     how long it took, statistics included
     */
    public record Result(long bytesBefore, long bytesAfter, double seconds) {}

    private Compaction() {}

    /**
     * Compacts the TDB2 database of the store in {@code dir}.
     *
     * @throws StoreException if there is no store there, or it cannot be compacted
     * @throws StoreLockedException if another process has it open
     */
    public static Result compact(Path dir) {
        StoreLayout layout = StoreLayout.of(dir);
        if (!Files.isDirectory(layout.tdb2())) throw new StoreException("No store at " + dir + " (no " + layout.tdb2() + ")");
        long t0 = System.nanoTime();
        long before = StoreLayout.bytesUnder(layout.tdb2());
        DatasetGraph database = Store.lockDatabase(layout);
        boolean statistics;
        try {
            statistics = Files.exists(statisticsFile(database));
            DatabaseMgr.compact(database, true);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot compact store " + dir + ": " + e.getMessage(), e);
        } finally {
            Store.release(database);
        }
        if (statistics) BulkLoad.writeStatistics(dir);
        return new Result(before, StoreLayout.bytesUnder(layout.tdb2()), (System.nanoTime() - t0) / 1e9);
    }

    private static Path statisticsFile(DatasetGraph database) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(database);
        return Path.of(tdb.getLocation().getPath(BulkLoad.STATISTICS_FILE));
    }
}
