package org.diplograph.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.source.Sources;
import org.diplograph.store.GraphSink;
import org.diplograph.store.RemoteStore;
import org.diplograph.store.Store;
import org.diplograph.server.Credentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph ingest PATH...}: articles into the store, or into a running server with {@code --server}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles into the store, one named graph per article.",
                "PATH is a file, a folder (read recursively) or '-' for stdin.",
                "Formats: the reference format (' date YYYY-MM-DD Title', blank line, body), JSON Lines",
                "(id, url, date, title, text, outlet) and plain text with --date.",
                "Each refused input is one line 'file:line: reason' on stderr; the others are stored.",
                "Exit status: 0 all stored, 3 some inputs refused, 1 the ingest failed, 2 usage error."})
final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or '-' (stdin).")
    List<String> paths;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for plain text without a date line.")
    LocalDate date;

    @Option(names = "--server", paramLabel = "URL", description = "Send graphs to a running server (one authenticated PUT per article); "
            + "the password comes from $" + Credentials.PASSWORD_ENV + " or the store's passwd file.")
    String server;

    @Option(names = "--max-bytes", defaultValue = "" + Sources.DEFAULT_MAX_BYTES, description = "Size cap per input file (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--threads", defaultValue = "2", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--batch", defaultValue = "" + Ingestion.DEFAULT_BATCH,
            description = "Articles per store transaction; each article is stored whole or not at all (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (GraphSink sink = sink()) {
            Ingestion.Summary s = new Ingestion(Pipelines.standard(), out, err, threads, batch).run(paths, date, maxBytes, sink);
            return s.failures() == 0 ? Main.OK : Main.DATA_PROBLEMS;
        } catch (Exception e) {
            if (e instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private GraphSink sink() {
        if (server == null) return Store.open(options.store, null);
        String password = Credentials.lookup(org.diplograph.store.StoreLayout.of(options.store), System.getenv())
                .map(Credentials::password)
                .orElseThrow(() -> new IllegalArgumentException("No password for " + server + ": set " + Credentials.PASSWORD_ENV));
        return RemoteStore.to(server, Credentials.USER, password);
    }
}
