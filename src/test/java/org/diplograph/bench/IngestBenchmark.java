package org.diplograph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.Pipeline;
import org.diplograph.extract.Extractor;
import org.diplograph.link.EntityLinker;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.GazetteerLexicon;
import org.diplograph.nlp.AnnotatedArticle;
import org.diplograph.nlp.Annotator;
import org.diplograph.source.Article;
import org.diplograph.source.Sources;
import org.diplograph.store.Store;

/**
 * Ingestion benchmark (not a test): on the same articles, in one process, times
 * <ol>
 *   <li>CoreNLP model loading,</li>
 *   <li>the baseline: annotation alone (what the foundation's throughput is bound by),</li>
 *   <li>annotation plus extraction (the accuracy rules),</li>
 *   <li>annotation plus extraction plus linking and RDF mapping,</li>
 *   <li>the whole ingest into a fresh TDB2 store,</li>
 * </ol>
 * and reports articles per second, each stage's ratio to the baseline, and peak heap. Because whole passes vary by
 * about 20% from run to run on two cores, the rules and the linking are also timed alone on annotations made once,
 * which gives their share of the baseline without that noise.
 * Each timed pass runs twice and keeps the faster, after one warm-up pass.
 *
 * <pre>
 * mvn -B -q package -DskipTests && mvn -B -q test-compile
 * java -Xmx4g -cp "target/test-classes:target/classes:target/lib/*" org.diplograph.bench.IngestBenchmark examples src/test/resources/devset/articles
 * </pre>
 */
public final class IngestBenchmark {
    public static void main(String[] args) throws Exception {
        List<String> paths = args.length == 0 ? List.of("examples") : List.of(args);
        List<Article> articles = new ArrayList<>();
        Sources.create().read(paths, articles::add).forEach(System.err::println);
        long t0 = System.nanoTime();
        Annotator nlp = Annotator.shared();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        Gazetteer g = Gazetteer.bundled();
        Extractor extractor = new Extractor(new GazetteerLexicon(g));
        EntityLinker linker = new EntityLinker(g);
        Pipeline pipeline = new Pipeline(new GazetteerLexicon(g), linker::link);

        for (Article a : articles) nlp.annotate(a); // warm-up
        double annotate = best(() -> { for (Article a : articles) nlp.annotate(a); });
        double extract = best(() -> { for (Article a : articles) extractor.extract(nlp.annotate(a)); });
        double full = best(() -> { for (Article a : articles) pipeline.process(a); });
        Path dir = Files.createTempDirectory("diplograph-bench");
        double store = best(() -> {
            try (Store s = Store.open(dir, null)) {
                for (Article a : articles) {
                    Pipeline.Result r = pipeline.process(a);
                    s.replaceGraph(r.graphIri(), r.graph());
                }
            }
        });
        // Rules alone, on annotations made once: the share extraction adds on top of CoreNLP.
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (Article a : articles) annotated.add(nlp.annotate(a));
        double rulesOnly = best(() -> { for (AnnotatedArticle a : annotated) extractor.extract(a); });
        List<org.diplograph.extract.Extraction> extracted = new ArrayList<>();
        for (AnnotatedArticle a : annotated) extracted.add(extractor.extract(a));
        org.diplograph.rdf.GraphMapper mapper = new org.diplograph.rdf.GraphMapper(linker::link);
        double linkMapOnly = best(() -> { for (var x : extracted) mapper.map(x); });

        int n = articles.size();
        System.out.printf("articles: %d   processors: %d   max heap: %d MB%n", n, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("CoreNLP model load: %.1f s%n", loadSeconds);
        row("annotate (baseline)", n, annotate, annotate);
        row("annotate + extract", n, extract, annotate);
        row("+ link + RDF mapping", n, full, annotate);
        row("+ TDB2 store writes", n, store, annotate);
        System.out.printf("%-24s %8.3f s  (%.1f ms per article, %.1f%% of the baseline)%n", "extraction rules alone",
                rulesOnly, rulesOnly * 1000 / n, 100 * rulesOnly / annotate);
        System.out.printf("%-24s %8.3f s  (%.1f ms per article, %.1f%% of the baseline)%n", "linking + mapping alone",
                linkMapOnly, linkMapOnly * 1000 / n, 100 * linkMapOnly / annotate);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf("peak heap used: %d MB%n", peak >> 20);
    }

    private static void row(String name, int n, double seconds, double baseline) {
        System.out.printf("%-24s %8.2f s  %6.2f articles/s  ratio to baseline %.3f%n", name, seconds, n / seconds, seconds / baseline);
    }

    private interface Pass { void run() throws Exception; }

    private static double best(Pass pass) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long t = System.nanoTime();
            pass.run();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }
}
