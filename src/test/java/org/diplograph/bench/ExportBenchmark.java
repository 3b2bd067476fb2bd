package org.diplograph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.export.ExportFilter;
import org.diplograph.export.Exporter;

/**
 * Export benchmark (not a test): loads N synthetic events ({@link SyntheticGraph}, default 100,000) into a TDB2
 * store in a temporary directory, then writes every export format to disk, one after another in the same JVM, and
 * prints for each the wall time, the process CPU time (the honest figure on a shared machine), the peak heap in use
 * during it and the output size. A format that runs out of heap is reported as such and the next one runs. The load is reused when the
 * store directory already holds one. Run with the heap the target allows:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.diplograph.bench.ExportBenchmark 100000 /tmp/export-bench
 * </pre>
 */
public final class ExportBenchmark {
    private static final int BATCH = 500;

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("diplograph-export-bench");
        Path storeDir = dir.resolve("tdb2-" + events);
        boolean fresh = !Files.isDirectory(storeDir);
        Dataset ds = TDB2Factory.connectDataset(storeDir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (fresh) load(ds, events);
        long quads = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
        System.out.printf("%d events, %d quads in %s; max heap %d MB%n", events, quads, storeDir,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%-13s %9s %9s %12s %10s %12s%n", "format", "wall s", "cpu s", "written", "peak MB", "output MB");
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Exporter.Format> formats = args.length > 2
                ? Stream.of(args[2].split(",")).map(Exporter.Format::byName).toList() : List.of(Exporter.Format.values());
        for (Exporter.Format f : formats) {
            Path out = dir.resolve("out." + f.cliName());
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            try {
                long n = Txn.calculateRead(ds, () -> write(ds, f, out));
                System.out.printf("%-13s %9.2f %9.2f %12d %10d %12.1f%n", f.cliName(), (System.nanoTime() - t0) / 1e9,
                        (os.getProcessCpuTime() - c0) / 1e9, n, peakHeap() >> 20, size(out) / 1e6);
            } catch (OutOfMemoryError | RuntimeException e) {
                // Writers may wrap the heap failure (Jena's JSON-LD writer does).
                System.out.printf("%-13s failed after %.1f s: %s%n", f.cliName(), (System.nanoTime() - t0) / 1e9, rootCause(e));
            }
        }
    }

    private static void load(Dataset ds, int events) {
        long t0 = System.nanoTime();
        List<Object[]> batch = new ArrayList<>();
        new SyntheticGraph(42).articles(events, (graph, model) -> {
            batch.add(new Object[] {graph, model});
            if (batch.size() == BATCH) flush(ds, batch);
        });
        flush(ds, batch);
        System.out.printf("loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void flush(Dataset ds, List<Object[]> batch) {
        Txn.executeWrite(ds, () -> {
            for (Object[] gm : batch) {
                Node g = NodeFactory.createURI((String) gm[0]);
                ((Model) gm[1]).getGraph().find().forEachRemaining(t -> ds.asDatasetGraph().add(Quad.create(g, t)));
            }
        });
        batch.clear();
    }

    private static long write(Dataset ds, Exporter.Format f, Path out) {
        try {
            if (f.writesDirectory()) return Exporter.write(ds, f, ExportFilter.create(), Exporter.Target.directory(out));
            try (OutputStream os = Files.newOutputStream(out)) {
                return Exporter.write(ds, f, ExportFilter.create(), Exporter.Target.of(os));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        return e.getCause() == null ? e : rootCause(e.getCause());
    }

    private static long size(Path out) throws IOException {
        if (!Files.isDirectory(out)) return Files.size(out);
        try (Stream<Path> files = Files.list(out)) {
            long total = 0;
            for (Path p : files.toList()) total += Files.size(p);
            return total;
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
