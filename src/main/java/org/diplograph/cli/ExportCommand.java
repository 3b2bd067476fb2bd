package org.diplograph.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.diplograph.export.Exporter;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph export}: the store in an analyst format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store out in an analyst format.",
                "events-jsonl and events-csv give the event table of contacts that happened;",
                "trig and nquads give every article graph with its name."})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions options;

    @Option(names = "--format", required = true, description = "events-jsonl, events-csv, trig or nquads.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file ('-' for stdout).")
    String out;

    @Override
    public Integer call() throws Exception {
        Exporter.Format fmt = Exporter.Format.byName(format);
        try (Store store = Store.open(options.store, null)) {
            long n;
            if (out.equals("-")) {
                n = Txn.calculateRead(store.dataset(), () -> write(store, fmt, System.out));
                System.out.flush();
            } else {
                Path file = Path.of(out);
                if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
                try (OutputStream os = Files.newOutputStream(file)) {
                    n = Txn.calculateRead(store.dataset(), () -> write(store, fmt, os));
                }
            }
            spec.commandLine().getErr().println("Wrote " + n + (fmt.cliName().startsWith("events") ? " events" : " quads") + " to " + out);
        }
        return 0;
    }

    private static long write(Store store, Exporter.Format fmt, OutputStream os) {
        try {
            return Exporter.write(store.dataset(), fmt, os);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
