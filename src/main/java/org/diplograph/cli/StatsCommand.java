package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.QueryResult;
import org.diplograph.query.QueryRunner;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph stats}: what the store holds, one line per thing, from the {@code queries/stats-*.rq} queries. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Prints what the store holds, one line each: articles, events by type,",
                "entities by type, and the share of entities linked to Wikidata",
                "(owl:sameAs). The counts come from queries/stats-*.rq, which",
                "'diplograph query' also runs.",
                ""})
final class StatsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions options;

    private static final List<String> EVENT_TYPES = List.of("Meeting", "Visit", "PhoneCall");
    private static final List<String> ENTITY_TYPES = List.of("Person", "Country", "Place", "Organization", "NewsOutlet");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        NamedQueries queries = NamedQueries.fromClasspath();
        try (Store store = options.openAlone("stats reads the store directly, so ask the server instead (diplograph query stats-linked runs there too) or stop it")) {
            long articles = number(run(queries, "stats-articles", store).column("articles").get(0));
            Map<String, Long> events = counts(run(queries, "stats-events", store), "events");
            Map<String, Long> entities = counts(run(queries, "stats-entities", store), "entities");
            Map<String, String> linked = run(queries, "stats-linked", store).textRows().get(0);
            long all = number(linked.get("entities"));
            long withLink = number(linked.get("linked"));

            out.println("articles: " + articles);
            out.println("events: " + EVENT_TYPES.stream().mapToLong(t -> events.getOrDefault(t, 0L)).sum()
                    + " (" + breakdown(EVENT_TYPES, events) + "); unrealised contacts: "
                    + events.getOrDefault("UnrealisedContact", 0L));
            out.println("entities: " + all + " (" + breakdown(ENTITY_TYPES, entities) + ")");
            out.printf(Locale.ROOT, "linked entities: %d of %d (%.1f%%)%n", withLink, all, all == 0 ? 0.0 : 100.0 * withLink / all);
            out.flush();
        }
        return 0;
    }

    private static QueryResult run(NamedQueries queries, String name, Store store) {
        return QueryRunner.run(queries.get(name), Map.of(), store.dataset());
    }

    private static Map<String, Long> counts(QueryResult result, String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, String> row : result.textRows()) counts.put(row.get("type"), number(row.get(column)));
        return counts;
    }

    private static String breakdown(List<String> types, Map<String, Long> counts) {
        return types.stream().map(t -> t + " " + counts.getOrDefault(t, 0L)).collect(Collectors.joining(", "));
    }

    private static long number(String s) {
        return s == null ? 0 : Long.parseLong(s);
    }
}
