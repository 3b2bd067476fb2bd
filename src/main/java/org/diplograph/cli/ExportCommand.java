package org.diplograph.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.diplograph.export.ExportException;
import org.diplograph.export.ExportFilter;
import org.diplograph.export.Exporter;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph export}: the store, or the events a filter keeps, in an analyst format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store out in an analyst format.",
                "events-jsonl and events-csv give the event table of contacts that happened;",
                "trig, nquads and jsonld give the article graphs (filtered: the kept events with their reports,",
                "articles and entities); graphml, gexf (dynamic, for Gephi's timeline), cytoscape and neo4j",
                "(a directory of CSV files for neo4j-admin) give the contact network.",
                "Output is sorted, so two exports of one store are identical."})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions options;

    @Option(names = "--format", required = true,
            description = "events-jsonl, events-csv, trig, nquads, jsonld, graphml, gexf, cytoscape or neo4j.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Output file ('-' for stdout); a directory for neo4j.")
    String out;

    @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this day, month or year (YYYY[-MM[-DD]]).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this day, month or year.")
    String to;

    @Option(names = "--country", description = "A participant's or host's country, or the location's country: QID or label.")
    String country;

    @Option(names = "--person", description = "A participant or host: QID, or part of the name.")
    String person;

    @Option(names = "--type", description = "Meeting, Visit or PhoneCall.")
    String type;

    @Override
    public Integer call() throws Exception {
        Exporter.Format fmt = Exporter.Format.byName(format);
        ExportFilter filter = new ExportFilter(from, to, country, person, type);
        if (fmt.writesDirectory() && out.equals("-")) {
            throw new ExportException("Format " + fmt.cliName() + " writes a directory of files; give --out DIR, not '-'");
        }
        try (Store store = options.openAlone("stop the server to export")) {
            long n;
            if (fmt.writesDirectory()) {
                n = write(store, fmt, filter, Exporter.Target.directory(Path.of(out)));
            } else if (out.equals("-")) {
                PrintStream stdout = System.out;
                n = write(store, fmt, filter, Exporter.Target.of(stdout));
                stdout.flush();
            } else {
                Path file = Path.of(out).toAbsolutePath();
                if (file.getParent() != null) Files.createDirectories(file.getParent());
                try (OutputStream os = Files.newOutputStream(file)) {
                    n = write(store, fmt, filter, Exporter.Target.of(os));
                }
            }
            spec.commandLine().getErr().println("Wrote " + n + " " + fmt.unit() + " to " + out);
        }
        return 0;
    }

    private static long write(Store store, Exporter.Format fmt, ExportFilter filter, Exporter.Target target) {
        return Txn.calculateRead(store.dataset(), () -> {
            try {
                return Exporter.write(store.dataset(), fmt, filter, target);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
