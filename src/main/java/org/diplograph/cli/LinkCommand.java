package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.diplograph.extract.EntityType;
import org.diplograph.link.wikidata.Match;
import org.diplograph.link.wikidata.Reconciler;
import org.diplograph.link.wikidata.Resolution;
import org.diplograph.link.wikidata.UnlinkedEntity;
import org.diplograph.link.wikidata.WikidataClient;
import org.diplograph.link.wikidata.WikidataException;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.QueryRunner;
import org.diplograph.rdf.Iris;
import org.diplograph.store.Reconciliation;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code diplograph link --wikidata-endpoint URL}: the one verb that goes online. Looks up the entities ingestion
 * left unlinked on a Wikidata SPARQL endpoint and records the unique matches in the store's reconciliation graph.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"ONLINE and optional: the only verb that uses the network.",
                "Every other verb works offline.",
                "",
                "Looks up the entities still unlinked after ingestion",
                "(queries/unlinked-entities.rq) on a Wikidata SPARQL endpoint, by exact",
                "English label or alias, filtered by type:",
                "  people         P31 Q5, and P27 their country when the store knows it",
                "  countries      P31 Q6256 or Q3624078",
                "  places         P31 a city, capital, town or settlement class",
                "  organisations  anything but a human or a disambiguation page",
                "Only a unique candidate is linked. Among several people, the one holding",
                "a position (P39) wins when an article gives the person a role.",
                "Ambiguous entities are listed and left unlinked.",
                "",
                "Links (owl:sameAs, schema:sameAs) go to the named graph",
                "<" + Reconciliation.GRAPH + ">,",
                "which re-ingesting articles keeps. Answers are cached on disk, so a",
                "rerun sends no requests. HTTP 429/503 are retried up to "
                        + WikidataClient.DEFAULT_MAX_RETRIES + " times,",
                "waiting as Retry-After says, at most " + WikidataClient.DEFAULT_MAX_RETRY_WAIT_SECONDS
                        + " s in all. Needs the store to",
                "itself: stop the server first.",
                ""})
final class LinkCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions options;

    @Option(names = "--wikidata-endpoint", required = true, paramLabel = "URL",
            description = "The SPARQL endpoint, such as https://query.wikidata.org/sparql.")
    String endpoint;

    @Option(names = "--cache", paramLabel = "DIR", description = "Folder of cached answers (default: wikidata-cache in the store dir).")
    Path cache;

    @Option(names = "--timeout-seconds", paramLabel = "N", defaultValue = "" + WikidataClient.DEFAULT_TIMEOUT_SECONDS,
            description = "Connect and request timeout (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--min-interval-ms", paramLabel = "N", defaultValue = "" + WikidataClient.DEFAULT_MIN_INTERVAL_MS,
            description = "Least time from one answer to the next request (default: ${DEFAULT-VALUE}).")
    long minIntervalMs;

    @Option(names = "--dry-run", description = "Look up and report, but write nothing to the store.")
    boolean dryRun;

    /** Order of lookups: countries first, so people affiliated with a newly linked country can use it. */
    private static final List<EntityType> ORDER = List.of(EntityType.COUNTRY, EntityType.PLACE, EntityType.ORGANIZATION,
            EntityType.OUTLET, EntityType.PERSON);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (timeoutSeconds < 1) throw new IllegalArgumentException("--timeout-seconds must be at least 1, got " + timeoutSeconds);
        if (minIntervalMs < 0) throw new IllegalArgumentException("--min-interval-ms must not be negative, got " + minIntervalMs);
        WikidataClient client = WikidataClient.create()
                .endpoint(endpoint)
                .cache(cache != null ? cache : options.store.resolve("wikidata-cache"))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .minInterval(Duration.ofMillis(minIntervalMs))
                .build();
        try (Store store = options.openAlone("link writes to the store directly, so stop the server, run link, and serve again")) {
            Reconciliation reconciliation = Reconciliation.of(store);
            Reconciler reconciler = new Reconciler(client);
            Map<String, String> links = new LinkedHashMap<>();
            int ambiguous = 0, notFound = 0, lookedUp = 0;
            try {
                for (UnlinkedEntity entity : unlinked(store, out)) {
                    Resolution r = reconciler.resolve(withFacts(entity, reconciliation, links));
                    lookedUp++;
                    switch (r.outcome()) {
                        case LINKED -> {
                            links.put(entity.iri(), r.qid());
                            out.println((dryRun ? "would link " : "linked     ") + Reconciler.describe(entity) + " -> "
                                    + r.matches().get(0).describe());
                        }
                        case AMBIGUOUS -> {
                            ambiguous++;
                            out.println("ambiguous  " + Reconciler.describe(entity) + ": "
                                    + r.matches().stream().map(Match::describe).collect(Collectors.joining(", ")));
                        }
                        case NOT_FOUND -> notFound++;
                    }
                }
            } catch (WikidataException e) {
                out.flush();
                String saved = dryRun || links.isEmpty() ? "no links saved"
                        : save(reconciliation, links) + " links found before that were saved";
                throw new WikidataException(e.getMessage() + "; " + saved, e);
            }
            int written = dryRun ? 0 : save(reconciliation, links);
            out.printf("%slooked up %d entities: %d linked, %d ambiguous, %d not found; %d requests, %d cache hits%s%n",
                    dryRun ? "dry run, nothing written: " : "", lookedUp, links.size(), ambiguous, notFound,
                    client.requests(), client.cacheHits(), dryRun ? "" : "; " + written + " new links in " + Reconciliation.GRAPH);
            out.flush();
        }
        return 0;
    }

    private static int save(Reconciliation reconciliation, Map<String, String> links) {
        Map<String, String> items = new LinkedHashMap<>();
        links.forEach((iri, qid) -> items.put(iri, Iris.wikidata(qid)));
        return reconciliation.record(items);
    }

    /** The unlinked entities with a label, one per IRI, countries first and most used first within a type. */
    private static List<UnlinkedEntity> unlinked(Store store, PrintWriter out) {
        var result = QueryRunner.run(NamedQueries.fromClasspath().get("unlinked-entities"), Map.of(), store.dataset());
        Map<String, Set<EntityType>> types = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map<String, String> row : result.textRows()) {
            String iri = row.get("entity");
            types.computeIfAbsent(iri, k -> new LinkedHashSet<>()).add(type(row.get("type")));
            if (row.get("label") != null) labels.put(iri, row.get("label"));
        }
        List<UnlinkedEntity> entities = new ArrayList<>();
        types.forEach((iri, ts) -> {
            // An outlet is also typed dip:Organization; it is looked up as an organisation either way.
            if (ts.contains(EntityType.OUTLET)) ts.remove(EntityType.ORGANIZATION);
            if (ts.size() != 1) {
                out.println("skipped    " + iri + ": typed " + ts + ", no lookup fits them all");
            } else if (labels.containsKey(iri)) {
                entities.add(UnlinkedEntity.of(iri, ts.iterator().next(), labels.get(iri)));
            }
        });
        // Stable: the query's order (most events first) is kept within a type.
        entities.sort(Comparator.comparingInt(e -> ORDER.indexOf(e.type())));
        return entities;
    }

    private static EntityType type(String ontologyClass) {
        return switch (ontologyClass) {
            case "Person" -> EntityType.PERSON;
            case "Country" -> EntityType.COUNTRY;
            case "Place" -> EntityType.PLACE;
            case "NewsOutlet" -> EntityType.OUTLET;
            default -> EntityType.ORGANIZATION;
        };
    }

    /** A person gains the QIDs of their countries: linked in the store, or linked earlier in this run. */
    private static UnlinkedEntity withFacts(UnlinkedEntity e, Reconciliation reconciliation, Map<String, String> linkedNow) {
        if (e.type() != EntityType.PERSON) return e;
        Reconciliation.Facts facts = reconciliation.facts(e.iri());
        Set<String> countries = new LinkedHashSet<>();
        for (String item : facts.affiliations()) {
            if (item.startsWith(Iris.WIKIDATA)) countries.add(item.substring(Iris.WIKIDATA.length()));
        }
        for (String country : facts.affiliationIris()) {
            if (linkedNow.containsKey(country)) countries.add(linkedNow.get(country));
        }
        return new UnlinkedEntity(e.iri(), e.type(), e.label(), countries, facts.hasRole());
    }
}
