package org.diplograph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.WarmUp;
import org.diplograph.server.DiplographServer;
import org.diplograph.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph serve}: the embedded Fuseki with its console over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store with the embedded Fuseki and its web console.",
                "The console is at http://HOST:PORT/ and the dataset at /diplomacy.",
                "Queries are public (with $DIPLOGRAPH_READER_PASSWORD set they need the reader or admin login);",
                "updates, graph-store writes and admin actions need the admin login, and the reader gets 403 there.",
                "A generated admin password is printed once on standard output, never logged."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions options;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = DiplographServer.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}). Other than loopback needs $DIPLOGRAPH_PASSWORD.")
    String host;

    @Option(names = "--config", paramLabel = "FILE", description = "Fuseki configuration (default: the packaged fuseki-config.ttl).")
    Path config;

    @Option(names = "--ingest", paramLabel = "PATH", description = "Ingest these files or folders before serving.")
    List<String> ingest;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for plain text ingested with --ingest.")
    LocalDate date;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop a query after this long and answer 503 (default: ${DEFAULT-VALUE}).")
    long queryTimeoutSeconds;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "" + DiplographServer.DEFAULT_MAX_RESULTS,
            description = "Cut any query result at N rows or triples (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--warm-up", paramLabel = "ROUNDS", defaultValue = "3",
            description = "Once listening, run every named query this many times in the background with values from the store,"
                    + " so that the first queries are answered as fast as later ones; 0 turns it off (default: ${DEFAULT-VALUE}).")
    int warmUpRounds;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        DiplographServer server = DiplographServer.create().store(options.store).config(config).host(host).port(port)
                .queryTimeout(java.time.Duration.ofSeconds(queryTimeoutSeconds)).maxResults(maxResults).build();
        int failures = 0;
        if (ingest != null && !ingest.isEmpty()) {
            failures = new Ingestion(Pipelines.standard(), out, err, 2).run(ingest, date, Sources.DEFAULT_MAX_BYTES, server.store()).failures();
        }
        server.start();
        if (server.credentials().generated()) {
            out.println("Generated admin password (shown once, stored in " + options.store.resolve("passwd") + "): "
                    + server.credentials().password());
        }
        out.println("Diplograph console: " + server.url() + "/   dataset: " + server.url() + "/diplomacy"
                + (failures > 0 ? "   (" + failures + " input failures, see above)" : ""));
        out.flush();
        WarmUp warmUp = warmUpRounds > 0 ? WarmUp.start(server.store().dataset(), NamedQueries.fromClasspath(), warmUpRounds) : null;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (warmUp != null) warmUp.close();
            server.stop();
        }));
        server.join();
        return 0;
    }
}
