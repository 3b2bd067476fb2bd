package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryResult;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultFormat;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph query NAME}: runs one of the analyst questions in queries/. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a named analyst query (queries/NAME.rq) against the store.",
                "Parameters are bound, never pasted into the query;",
                "a person, place or country may be given as a QID (Q56226) or a label (\"Kim Jong Un\").",
                "Without NAME, lists the queries."})
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions options;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "Query name (file name without .rq).")
    String name;

    @Option(names = "--param", paramLabel = "K=V", description = "A parameter value; repeat for several.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of .rq files (default: ./queries if present, else the packaged ones).")
    Path queriesDir;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        NamedQueries queries = queriesDir != null ? NamedQueries.fromDirectory(queriesDir)
                : Files.isDirectory(Path.of("queries")) ? NamedQueries.fromDirectory(Path.of("queries")) : NamedQueries.fromClasspath();
        if (name == null) {
            for (NamedQuery q : queries.list()) out.printf("%-28s %s%n", q.name(), q.purpose());
            out.flush();
            return 0;
        }
        NamedQuery q = queries.get(name);
        ResultFormat fmt = ResultFormat.forName(format);
        try (Store store = Store.open(options.store, null)) {
            QueryResult result = QueryRunner.run(q, params, store.dataset());
            var buffer = new java.io.ByteArrayOutputStream();
            fmt.write(result, buffer);
            out.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            if (q.isPaged()) notePage(q, result.size());
        }
        return 0;
    }

    // A full page may have more behind it: say how to read on, on stderr so the rows stay clean.
    private void notePage(NamedQuery q, int rows) {
        long limit = params.containsKey("limit") ? Long.parseLong(params.get("limit").strip()) : q.pageSize();
        if (limit == 0 || rows < limit) return;
        long offset = params.containsKey("offset") ? Long.parseLong(params.get("offset").strip()) : 0;
        var err = spec.commandLine().getErr();
        err.printf("A page of %d rows; the next one: --param offset=%d (every row: --param limit=0)%n", rows, offset + rows);
        err.flush();
    }
}
