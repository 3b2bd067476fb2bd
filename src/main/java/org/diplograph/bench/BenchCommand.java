package org.diplograph.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplograph.Pipeline;
import org.diplograph.eval.EventTables;
import org.diplograph.eval.GoldEvent;
import org.diplograph.eval.Scorer;
import org.diplograph.export.EventRow;
import org.diplograph.export.EventTable;
import org.diplograph.export.Exporter;
import org.diplograph.link.EntityLinker;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.GazetteerLexicon;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.BareCoreNlp;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.SampleValues;
import org.diplograph.server.DiplographServer;
import org.diplograph.source.Article;
import org.diplograph.source.Sources;
import org.diplograph.store.BulkLoad;
import org.diplograph.store.Compaction;
import org.diplograph.store.Store;
import org.diplograph.store.StoreLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code diplograph bench}: measures ingestion, loading, queries, export and server start-up on synthetic data and
 * prints one markdown table. Each optimisation is measured against its own "before" in the same run, because other
 * work on the machine moves absolute timings.
 *
 * <pre>
 * java -jar target/diplograph.jar bench --work target/bench --readme README.md
 * java -jar target/diplograph.jar bench --sections ingest,nlp --articles 200
 * java -jar target/diplograph.jar bench --generate target/corpus --articles 500   # corpus and gold only
 * java -jar target/diplograph.jar bench --statistics data                         # recount a store, refresh its stats.opt
 * </pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks Diplograph on synthetic data and prints a markdown table.",
                "Sections: ingest (end to end from files, in a child JVM), nlp (annotation choices and threads, in process),",
                "baseline (the bare CoreNLP default pipeline), devset (dev F1 per annotation choice), load (TDB2 loading),",
                "query (named queries over HTTP at each --events size), export, serve (start-up at the largest size),",
                "build (only build the stores of each --events size, kept in the work folder for later runs)."})
public final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Working folder for corpora, stores and logs (default: ${DEFAULT-VALUE}); large, never commit it.")
    Path work;

    @Option(names = "--articles", defaultValue = "1000", description = "Synthetic articles for end-to-end ingest (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--sample", defaultValue = "100",
            description = "Articles for the in-process NLP comparisons and the bare CoreNLP baseline (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--events", split = ",", defaultValue = "10000,100000,1000000",
            description = "Store sizes in events for the query section; the largest is used for serve (default: ${DEFAULT-VALUE}).")
    List<Integer> events;

    @Option(names = "--load-events", defaultValue = "100000", description = "Events for the loading and export sections (default: ${DEFAULT-VALUE}).")
    int loadEvents;

    @Option(names = "--sections", split = ",", defaultValue = "ingest,nlp,baseline,devset,load,query,export,serve",
            description = "Sections to run (default: ${DEFAULT-VALUE}).")
    Set<String> sections;

    @Option(names = "--devset", paramLabel = "DIR", defaultValue = "src/test/resources/devset",
            description = "Development set with articles/ and gold/ (default: ${DEFAULT-VALUE}).")
    Path devset;

    @Option(names = "--heap", defaultValue = "2200m", description = "Heap of the child JVMs (default: ${DEFAULT-VALUE}; a 3g heap measured slower and passed 3 GB of RSS).")
    String heap;

    @Option(names = "--runs", defaultValue = "20", description = "Timed runs per named query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmups", defaultValue = "5",
            description = "Warm-up rounds over all the named queries before any is timed; a query's first run is reported beside (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--queries", split = ",", paramLabel = "NAME",
            description = "Only these named queries in the query section (default: all).")
    Set<String> queryNames;

    @Option(names = "--query-timeout", defaultValue = "20", description = "Seconds before a query is stopped (default: ${DEFAULT-VALUE}).")
    int queryTimeout;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--generate", paramLabel = "DIR", description = "Only write the synthetic corpus (articles/ and gold/) to DIR.")
    Path generate;

    @Option(names = "--statistics", paramLabel = "STORE",
            description = "Only recount the summary graph and rewrite the TDB2 optimizer statistics (stats.opt) of the store in STORE, e.g. after a large ingest; the server must be stopped.")
    Path statistics;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    @Option(names = "--readme", paramLabel = "FILE", description = "Also put the table into the bench section of FILE.")
    Path readme;

    private PrintWriter out;
    private PrintWriter err;
    private Results results;

    @Override
    public Integer call() throws Exception {
        try {
            return run();
        } catch (Exception | Error e) {
            if (verbose) e.printStackTrace(spec.commandLine().getErr());
            throw e;
        }
    }

    private int run() throws Exception {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        if (generate != null) {
            CorpusGenerator.write(CorpusGenerator.create(seed).generate(articles), generate);
            out.println(articles + " articles and their gold events written to " + generate);
            out.flush();
            return 0;
        }
        if (statistics != null) {
            BulkLoad.writeSummary(statistics);
            out.println("Counts taken and statistics written to " + BulkLoad.writeStatistics(statistics));
            out.flush();
            return 0;
        }
        Files.createDirectories(work);
        results = new Results("Diplograph bench, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, " + (totalMemory() >> 30) + " GiB RAM, Java " + System.getProperty("java.version")
                + "; synthetic corpus seed " + seed);
        Path corpus = work.resolve("corpus");
        if (sections.contains("ingest") || sections.contains("nlp") || sections.contains("baseline")) {
            deleteTree(corpus);
            CorpusGenerator.write(CorpusGenerator.create(seed).generate(Math.max(articles, sample)), corpus);
        }
        int largest = events.stream().max(Integer::compare).orElse(1_000_000);
        section("ingest", () -> ingest(corpus));
        section("nlp", () -> nlp(corpus));
        section("baseline", () -> baseline(corpus));
        section("devset", this::devset);
        section("load", this::load);
        section("build", () -> { for (int n : events) storeOf(n); });
        section("query", () -> { for (int n : events) query(n); });
        section("export", this::export);
        section("serve", () -> serve(largest));
        out.println();
        out.println(results.markdown());
        out.flush();
        if (readme != null) results.intoReadme(readme);
        return 0;
    }

    /** Runs one section if asked for; a failure becomes a row of the table and the other sections still run. */
    private void section(String name, Pass body) {
        if (!sections.contains(name)) return;
        try {
            body.run();
        } catch (Exception e) {
            if (verbose) e.printStackTrace(err);
            results.add(name, "section failed", "-", String.valueOf(e.getMessage()));
        }
    }

    // ---- ingest: files to a committed store, in a JVM of its own ----

    private void ingest(Path corpus) throws Exception {
        progress("ingest: " + articles + " articles in a child JVM");
        Path store = work.resolve("ingest-store");
        deleteTree(store);
        List<Path> files = articleFiles(corpus).subList(0, articles);
        Path input = work.resolve("ingest-input");
        deleteTree(input);
        Files.createDirectories(input);
        long tokens = 0;
        for (Path f : files) {
            Files.copy(f, input.resolve(f.getFileName()));
            tokens += tokens(Files.readString(f));
        }
        ChildJvm.Outcome o;
        try (ChildJvm child = ChildJvm.start(heap, work.resolve("ingest.log"), "ingest", "--store", store.toString(), input.toString())) {
            o = child.await(3600);
        }
        Matcher m = Pattern.compile("(\\d+) articles, (\\d+) events, (\\d+) triples, (\\d+) failures").matcher(o.output());
        String summary = m.find() ? m.group() : "no summary line (exit " + o.exitCode() + ")";
        results.add("ingest", "articles/s, files to committed TDB2 store", Results.f(articles / o.seconds(), 2),
                articles + " articles in " + Results.f(o.seconds(), 1) + " s wall, JVM start and model load included; " + summary);
        results.add("ingest", "tokens/s", Results.f(tokens / o.seconds(), 0), tokens + " tokens (words and punctuation, counted by regex)");
        results.add("ingest", "peak RSS", Results.f(o.peakRssBytes() / 1e9, 2) + " GB", "VmHWM of the ingest JVM, -Xmx" + heap);
    }

    // ---- nlp: annotation choices, threads and the share of work beyond NLP, in process ----

    private void nlp(Path corpus) throws Exception {
        List<Article> docs = read(articleFiles(corpus).subList(0, sample));
        List<GoldEvent> gold = EventTables.read(corpus.resolve("gold"));
        long t0 = System.nanoTime();
        Annotator shared = Annotator.shared();
        double load = seconds(t0);
        results.add("nlp", "CoreNLP load, our pipeline", Results.f(load, 1) + " s",
                "tokenize,ssplit,pos,lemma + ner (no fine-grained),depparse");
        Pipeline focused = standardPipeline().with(shared, Pipeline.DEFAULT_FOCUS);
        Pipeline full = focused.with(shared, Annotator.Focus.ALL);
        progress("nlp: warm-up on " + docs.size() + " articles");
        for (Article a : docs) focused.process(a);
        progress("nlp: every sentence vs trigger sentences, 1 thread");
        Timed allRun = timed(docs, 1, i -> full);
        Timed focusRun = timed(docs, 1, i -> focused);
        // The rules, linking and mapping alone, on annotations made once: their share without the noise of two passes.
        List<org.diplograph.nlp.AnnotatedArticle> annotated = new ArrayList<>();
        double annotateOnly = time(() -> { for (Article a : docs) annotated.add(focused.annotate(a)); });
        double rest = time(() -> { for (var a : annotated) focused.process(a); });
        results.add("nlp", "NER+depparse on every sentence, 1 thread", rate(docs.size(), allRun.seconds),
                "synthetic F1 " + Results.f(score(gold, docs, allRun.graphs), 3));
        results.add("nlp", "NER+depparse on trigger sentences ±1, 1 thread", rate(docs.size(), focusRun.seconds),
                "x" + Results.f(allRun.seconds / focusRun.seconds, 2) + " vs every sentence; synthetic F1 "
                        + Results.f(score(gold, docs, focusRun.graphs), 3));
        results.add("nlp", "work beyond NLP (extract, link, map)", Results.f(100 * rest / (annotateOnly + rest), 1) + " %",
                Results.f(1000 * rest / docs.size(), 1) + " ms/article beside " + Results.f(1000 * annotateOnly / docs.size(), 0)
                        + " ms/article of annotation, 1 thread");
        progress("nlp: threads");
        Timed shared2 = timed(docs, 2, i -> focused);
        results.add("nlp", "2 workers, one shared pipeline", rate(docs.size(), shared2.seconds),
                "x" + Results.f(focusRun.seconds / shared2.seconds, 2) + " vs 1 thread (what ingest does)");
        perWorker(docs, focused, focusRun.seconds);
        Annotator threaded = Annotator.create(2);
        Pipeline inner = standardPipeline().with(threaded, Pipeline.DEFAULT_FOCUS);
        Timed coreNlpThreads = timed(docs, 1, i -> inner);
        results.add("nlp", "1 worker, CoreNLP nthreads=2", rate(docs.size(), coreNlpThreads.seconds),
                "x" + Results.f(focusRun.seconds / coreNlpThreads.seconds, 2) + " vs 1 thread");
        System.gc();
    }

    private void perWorker(List<Article> docs, Pipeline first, double oneThread) throws Exception {
        Annotator own = Annotator.create(1);
        Pipeline second = standardPipeline().with(own, Pipeline.DEFAULT_FOCUS);
        Timed run = timed(docs, 2, i -> i == 0 ? first : second);
        results.add("nlp", "2 workers, a pipeline per worker", rate(docs.size(), run.seconds),
                "x" + Results.f(oneThread / run.seconds, 2) + " vs 1 thread; second model load " + own.loadMillis() + " ms");
    }

    private record Timed(double seconds, List<Model> graphs) {}

    private static Timed timed(List<Article> docs, int threads, Function<Integer, Pipeline> pipelineOfWorker) throws Exception {
        long t0 = System.nanoTime();
        Model[] graphs = new Model[docs.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                jobs.add(pool.submit(() -> {
                    Pipeline p = pipelineOfWorker.apply(worker);
                    for (int i = worker; i < docs.size(); i += threads) graphs[i] = p.process(docs.get(i)).graph();
                    return null;
                }));
            }
            for (Future<?> j : jobs) j.get();
        } finally {
            pool.shutdownNow();
        }
        return new Timed(seconds(t0), Arrays.asList(graphs));
    }

    private static double score(List<GoldEvent> gold, List<Article> docs, List<Model> graphs) {
        Model union = ModelFactory.createDefaultModel();
        graphs.forEach(union::add);
        List<GoldEvent> predicted = new ArrayList<>();
        for (EventRow r : EventTable.rows(union)) predicted.addAll(EventTables.parse(Exporter.json(r)));
        Set<String> ids = new java.util.HashSet<>(docs.stream().map(Article::id).toList());
        List<GoldEvent> mine = gold.stream().filter(g -> ids.contains(g.article())).toList();
        return Scorer.score(new ArrayList<>(mine), predicted).f1();
    }

    // ---- baseline: the bare CoreNLP default pipeline on the same texts ----

    private void baseline(Path corpus) throws Exception {
        List<Article> docs = read(articleFiles(corpus).subList(0, sample));
        progress("baseline: bare CoreNLP default pipeline on " + docs.size() + " articles");
        long t0 = System.nanoTime();
        BareCoreNlp bare = BareCoreNlp.load();
        double load = seconds(t0);
        for (int i = 0; i < Math.min(5, docs.size()); i++) bare.annotate(docs.get(i).text());
        double bareSeconds = time(() -> { for (Article a : docs) bare.annotate(a.text()); });
        Pipeline ours = standardPipeline();
        for (int i = 0; i < Math.min(5, docs.size()); i++) ours.process(docs.get(i));
        double oursSeconds = time(() -> { for (Article a : docs) ours.process(a); });
        results.add("baseline", "bare CoreNLP (defaults, fine-grained NER on), 1 thread", rate(docs.size(), bareSeconds),
                Results.f(1000 * bareSeconds / docs.size(), 0) + " ms/article on a sample of " + docs.size() + "; model load "
                        + Results.f(load, 1) + " s");
        results.add("baseline", "Diplograph whole pipeline, 1 thread, same texts", rate(docs.size(), oursSeconds),
                "ratio to bare CoreNLP time " + Results.f(oursSeconds / bareSeconds, 2) + " (below 1: faster than the baseline)");
    }

    // ---- devset: accuracy of each annotation choice ----

    private void devset() throws Exception {
        if (!Files.isDirectory(devset.resolve("articles"))) {
            results.add("devset", "dev F1", "skipped", devset + " not found");
            return;
        }
        progress("devset: F1 with every sentence annotated and with trigger sentences");
        List<Article> docs = new ArrayList<>();
        Sources.create().read(List.of(devset.resolve("articles").toString()), docs::add);
        List<GoldEvent> gold = EventTables.read(devset.resolve("gold"));
        Pipeline focused = standardPipeline();
        for (Annotator.Focus f : List.of(Annotator.Focus.ALL, Pipeline.DEFAULT_FOCUS)) {
            Pipeline p = focused.with(null, f);
            List<Model> graphs = new ArrayList<>();
            long t0 = System.nanoTime();
            for (Article a : docs) graphs.add(p.process(a).graph());
            double s = seconds(t0);
            results.add("devset", f == Annotator.Focus.ALL ? "dev F1, NER+depparse on every sentence" : "dev F1, trigger sentences ±1",
                    Results.f(score(gold, docs, graphs), 3), docs.size() + " articles, " + rate(docs.size(), s) + " on 1 thread");
        }
    }

    // ---- load: our write path against Jena's TDB2 loader on the same N-Quads ----

    private static final int LOAD_ROUNDS = 3;

    private void load() throws Exception {
        Path nq = nquads(loadEvents);
        long quads = countQuads(nq);
        progress("load: " + quads + " quads");
        // Jena's two loaders and BulkLoad take turns, three rounds, so that each sees the machine in the same state;
        // each is rated by its best round.
        List<List<Double>> seconds = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Path bulk = work.resolve("load-bulk");
        for (int round = 0; round < LOAD_ROUNDS; round++) {
            seconds.get(0).add(jenaLoader(nq, false));
            seconds.get(1).add(jenaLoader(nq, true));
            deleteTree(bulk);
            long t0 = System.nanoTime();
            BulkLoad.into(bulk, nq);
            seconds.get(2).add(seconds(t0));
            deleteTree(bulk);
        }
        double basicRate = quads / Collections.min(seconds.get(0));
        double phasedRate = quads / Collections.min(seconds.get(1));
        double bulkRate = quads / Collections.min(seconds.get(2));
        results.add("load", "Jena TDB2 basic loader, no text index", Results.f(basicRate, 0) + " quads/s",
                quads + " quads (" + loadEvents + " events); best of " + times(seconds.get(0)));
        results.add("load", "Jena TDB2 phased loader (tdb2.tdbloader's default), no text index", Results.f(phasedRate, 0) + " quads/s",
                "best of " + times(seconds.get(1)));
        results.add("load", "BulkLoad (Jena's phased loader, labels into Lucene, summary counted, optimizer statistics)",
                Results.f(bulkRate, 0) + " quads/s", "ratio to Jena's basic loader " + Results.f(bulkRate / basicRate, 2)
                        + ", to its phased loader " + Results.f(bulkRate / phasedRate, 2) + "; best of " + times(seconds.get(2)));
        // One transaction per article is slow and grows TDB2 by a copy of the touched tree blocks each time:
        // measured on the first articles only.
        for (int batch : new int[] {1, 100}) {
            Path dir = work.resolve("load-store-" + batch);
            deleteTree(dir);
            int limit = batch == 1 ? 300 : Integer.MAX_VALUE;
            long[] written = {0, 0};
            long t0 = System.nanoTime();
            try (Store store = Store.open(dir, null)) {
                Map<String, Model> pending = new LinkedHashMap<>();
                forEachGraph(nq, (g, m) -> {
                    if (written[0] >= limit) return;
                    pending.put(g, m);
                    written[0]++;
                    written[1] += m.size();
                    if (pending.size() >= batch) {
                        store.replaceGraphs(pending);
                        pending.clear();
                    }
                });
                if (!pending.isEmpty()) store.replaceGraphs(pending);
            }
            double s = seconds(t0);
            long onDisk = StoreLayout.bytesUnder(dir);
            // TDB2 keeps the blocks each transaction replaced until the store is compacted (diplograph compact).
            Compaction.Result compacted = Compaction.compact(dir);
            results.add("load", "store path, " + (batch == 1 ? "one transaction per article" : "one transaction per " + batch + " articles"),
                    Results.f(written[1] / s, 0) + " quads/s", "ratio to Jena's basic loader " + Results.f(written[1] / s / basicRate, 2)
                            + "; " + written[0] + " articles, " + written[1] + " quads; store on disk " + (onDisk >> 20)
                            + " MiB, Lucene label index included; " + (StoreLayout.bytesUnder(dir) >> 20) + " MiB after compact ("
                            + Results.f(compacted.seconds(), 1) + " s)");
            deleteTree(dir);
        }
    }

    private static String times(List<Double> seconds) {
        return String.join(", ", seconds.stream().map(x -> Results.f(x, 1)).toList()) + " s";
    }

    // Jena's basic or phased loader (tdb2.tdbloader's default) on the N-Quads, into a plain TDB2 database; its time.
    private double jenaLoader(Path nq, boolean phased) throws java.io.IOException {
        Path jena = work.resolve("load-jena");
        deleteTree(jena);
        long t0 = System.nanoTime();
        DatasetGraph plain = DatabaseMgr.connectDatasetGraph(jena.toString());
        DataLoader loader = phased ? LoaderFactory.phasedLoader(plain, (fmt, args) -> { }) : LoaderFactory.basicLoader(plain, (fmt, args) -> { });
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        double seconds = seconds(t0);
        Store.release(plain);
        deleteTree(jena);
        return seconds;
    }

    /** Hands each article graph of an N-Quads file (written graph by graph) to the consumer. */
    private static void forEachGraph(Path nq, java.util.function.BiConsumer<String, Model> sink) {
        Node[] current = {null};
        Model[] model = {null};
        RDFParser.source(nq).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (!q.getGraph().equals(current[0])) {
                    if (model[0] != null) sink.accept(current[0].getURI(), model[0]);
                    current[0] = q.getGraph();
                    model[0] = ModelFactory.createDefaultModel();
                }
                model[0].getGraph().add(q.asTriple());
            }
        });
        if (model[0] != null) sink.accept(current[0].getURI(), model[0]);
    }

    // ---- query: every named query over HTTP at one store size ----

    private void query(int n) throws Exception {
        Path store = storeOf(n);
        progress("query: named queries over HTTP at " + n + " events");
        NamedQueries queries = NamedQueries.fromClasspath();
        // A query still running after the timeout is stopped by the server and counted as failed.
        org.apache.jena.query.ARQ.getContext().set(org.apache.jena.query.ARQ.queryTimeout, Long.toString(queryTimeout * 1000L));
        try (DiplographServer server = DiplographServer.create().store(store).port(freePort())
                .queryTimeout(java.time.Duration.ofSeconds(queryTimeout)).build().start()) {
            Map<String, Node> values = SampleValues.of(server.store().dataset());
            String endpoint = server.url() + "/diplomacy/sparql";
            List<Measured> timed = new ArrayList<>();
            for (NamedQuery q : queries.list()) {
                if (queryNames != null && !queryNames.contains(q.name())) continue;
                Map<String, Node> bound = new HashMap<>();
                for (NamedQuery.Param p : q.params()) {
                    // The explorer asks for a party's events: the sample country takes part in none.
                    Node v = q.name().equals("explore-events") && p.name().equals("entity") ? values.get("person") : values.get(p.name());
                    if (v != null) bound.put(p.name(), v);
                }
                Measured m = new Measured(q, q.toQuery(), bound);
                if (q.callsService()) m.skipped = "calls Wikidata (SERVICE), no network here";
                timed.add(m);
            }
            // Warm-up, as JMH does before measuring: the server's JIT compiles the code the queries share while each
            // query runs a few times in turn. The first of these runs (a query's cold latency) is reported beside.
            for (int round = 0; round < warmups; round++) {
                for (Measured t : timed) {
                    if (t.failure != null || t.skipped != null) continue;
                    progress("query " + n + ": warm-up " + (round + 1) + "/" + warmups + " " + t.query.name());
                    long t0 = System.nanoTime();
                    try {
                        runHttp(endpoint, t.parsed, t.bound);
                    } catch (RuntimeException e) {
                        if (!t.bound.isEmpty() && t.query.params().stream().allMatch(NamedQuery.Param::optional)) {
                            t.note = "; optional parameters left out (binding them over HTTP failed: " + e.getMessage() + ")";
                            t.bound.clear();
                        } else {
                            t.failure = e.getMessage();
                        }
                        continue;
                    }
                    double took = (System.nanoTime() - t0) / 1e6;
                    if (Double.isNaN(t.first)) t.first = took;
                }
            }
            for (Measured t : timed) {
                if (t.skipped != null) {
                    results.add("query " + n, t.query.name(), "skipped", t.skipped);
                    continue;
                }
                if (t.failure != null) {
                    results.add("query " + n, t.query.name(), "failed", "stopped after the " + queryTimeout + " s timeout or failed: " + t.failure);
                    continue;
                }
                progress("query " + n + ": " + t.query.name());
                long budget = System.nanoTime() + 3L * queryTimeout * 1_000_000_000L;
                Timings r = timeRuns(endpoint, t.parsed, t.bound, budget);
                if (r.failure != null || r.ms.isEmpty()) {
                    results.add("query " + n, t.query.name(), "failed", "stopped after the " + queryTimeout + " s timeout or failed: " + r.failure);
                    continue;
                }
                List<Double> ms = r.ms;
                ms.sort(Comparator.naturalOrder());
                String first = Double.isNaN(t.first) ? "" : "; first run " + Results.f(t.first, 0) + " ms";
                results.add("query " + n, t.query.name(), "p50 " + Results.f(pct(ms, 50), 1) + " ms, p95 " + Results.f(pct(ms, 95), 1) + " ms",
                        r.rows + " rows; " + ms.size() + " runs after " + warmups + " warm-up rounds" + first
                                + (t.bound.isEmpty() ? "" : "; " + t.bound.keySet()) + t.note);
            }
        }
    }

    /** A named query in the query section, with its bound parameters and what its warm-up found. */
    private static final class Measured {
        final NamedQuery query;
        final Query parsed;
        final Map<String, Node> bound;
        double first = Double.NaN;
        String note = "";
        String failure;
        String skipped;

        Measured(NamedQuery query, Query parsed, Map<String, Node> bound) {
            this.query = query;
            this.parsed = parsed;
            this.bound = bound;
        }
    }

    private record Timings(List<Double> ms, long rows, String failure) {}

    /** Up to {@code runs} timed runs within the budget. */
    private Timings timeRuns(String endpoint, Query parsed, Map<String, Node> bound, long budget) {
        List<Double> ms = new ArrayList<>();
        long rows = 0;
        for (int i = 0; i < runs && System.nanoTime() < budget; i++) {
            long t0 = System.nanoTime();
            try {
                rows = runHttp(endpoint, parsed, bound);
            } catch (RuntimeException e) {
                return new Timings(ms, rows, e.getMessage());
            }
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return new Timings(ms, rows, null);
    }

    private static long runHttp(String endpoint, Query q, Map<String, Node> bound) {
        var b = QueryExecHTTP.service(endpoint).query(q);
        for (var e : bound.entrySet()) b = b.substitution(e.getKey(), e.getValue());
        try (QueryExec qe = b.build()) {
            RowSet rows = qe.select();
            long n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        }
    }

    // ---- export at the load size ----

    private void export() throws Exception {
        Path store = storeOf(loadEvents);
        progress("export: " + loadEvents + " events");
        try (Store s = Store.open(store, null)) {
            for (Exporter.Format f : Exporter.Format.values()) {
                Path file = work.resolve("export." + f.cliName());
                long t0 = System.nanoTime();
                long count;
                try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                    count = Txn.calculateRead(s.dataset(), () -> {
                        try {
                            return Exporter.write(s.dataset(), f, o);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                } catch (java.io.UncheckedIOException | java.io.IOException e) {
                    results.add("export " + loadEvents, f.cliName(), "failed after " + Results.f(seconds(t0), 1) + " s",
                            e.getMessage() + "; " + (Files.size(file) >> 20) + " MiB written");
                    continue;
                }
                double sec = seconds(t0);
                results.add("export " + loadEvents, f.cliName(), Results.f(sec, 1) + " s",
                        count + " rows or quads, " + (Files.size(file) >> 20) + " MiB");
            }
        }
    }

    // ---- serve: process start to first answer ----

    private void serve(int n) throws Exception {
        Path store = storeOf(n);
        progress("serve: start-up with " + n + " events");
        int port = freePort();
        HttpClient http = HttpClient.newHttpClient();
        try (ChildJvm child = ChildJvm.start(heap, work.resolve("serve.log"), "serve", "--store", store.toString(), "--port", "" + port)) {
            double ping = waitFor(http, child, "http://localhost:" + port + "/$/ping");
            double sparql = waitFor(http, child, "http://localhost:" + port + "/diplomacy/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D");
            results.add("serve " + n, "process start to first 200 on /$/ping", Results.f(ping, 2) + " s", "");
            results.add("serve " + n, "process start to first 200 on the SPARQL endpoint", Results.f(sparql, 2) + " s",
                    "peak RSS so far " + Results.f(child.peakRssBytes() / 1e9, 2) + " GB");
        }
    }

    private static double waitFor(HttpClient http, ChildJvm child, String url) throws Exception {
        while (child.secondsSinceStart() < 300) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return child.secondsSinceStart();
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("bench: server did not answer " + url + " within 300 s");
    }

    // ---- stores of N events, built once and kept in the work folder ----

    private Path storeOf(int n) throws Exception {
        Path dir = work.resolve("store-" + n);
        Path done = dir.resolve("bench-complete");
        if (Files.exists(done)) return dir;
        deleteTree(dir);
        Path nq = nquads(n);
        progress("building store of " + n + " events");
        long t0 = System.nanoTime();
        long quads = BulkLoad.into(dir, nq);
        results.add("store " + n, "built with BulkLoad", Results.f(seconds(t0), 1) + " s", quads + " quads");
        Files.writeString(done, quads + "\n");
        return dir;
    }

    private Path nquads(int n) throws Exception {
        Path nq = work.resolve("events-" + n + ".nq");
        if (Files.exists(nq)) return nq;
        progress("writing " + n + " synthetic events as N-Quads");
        Path tmp = work.resolve("events-" + n + ".nq.part");
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            new SyntheticGraph(seed).writeNQuads(n, o);
        }
        Files.move(tmp, nq);
        return nq;
    }

    // ---- helpers ----

    private static Pipeline standardPipeline() {
        Gazetteer g = Gazetteer.bundled();
        EntityLinker linker = new EntityLinker(g);
        return new Pipeline(new GazetteerLexicon(g), linker::link);
    }

    private static List<Article> read(List<Path> files) {
        List<Article> out = new ArrayList<>();
        Sources.create().read(files.stream().map(Path::toString).toList(), out::add);
        return out;
    }

    private static List<Path> articleFiles(Path corpus) throws java.io.IOException {
        try (Stream<Path> s = Files.list(corpus.resolve("articles"))) {
            return s.sorted().toList();
        }
    }

    private static long countQuads(Path nq) throws java.io.IOException {
        try (Stream<String> lines = Files.lines(nq)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

    private static long tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) n++;
        return n;
    }

    private interface Pass { void run() throws Exception; }

    private static double time(Pass pass) throws Exception {
        long t0 = System.nanoTime();
        pass.run();
        return seconds(t0);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String rate(int n, double seconds) {
        return Results.f(n / seconds, 2) + " articles/s";
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long totalMemory() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }

    private void progress(String what) {
        err.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + what);
        err.flush();
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
