package org.diplograph.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.diplograph.Pipeline;
import org.diplograph.source.Article;
import org.diplograph.source.Problem;
import org.diplograph.source.Sources;
import org.diplograph.store.GraphSink;
import org.diplograph.store.ShapeCheck;
import org.diplograph.store.StoreException;

/**
 * Runs articles through the pipeline into a graph sink: a progress bar on a terminal, one failure line per bad
 * item, and one summary line at the end. Annotation runs on a small thread pool; writes stay in input order.
 */
final class Ingestion {
    /** What one run did. */
    record Summary(int articles, long events, long triples, int failures, double seconds) {
        String line() {
            return String.format("%d articles, %d events, %d triples, %d failures, %.1f s", articles, events, triples, failures, seconds);
        }
    }

    private final Pipeline pipeline;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int threads;
    private final int batch;

    /** Articles per store transaction for the {@code ingest} verb unless {@code --batch} says otherwise. */
    static final int DEFAULT_BATCH = 50;

    /** One article per write transaction, as before batching: each stored article is visible at once. */
    Ingestion(Pipeline pipeline, PrintWriter out, PrintWriter err, int threads) {
        this(pipeline, out, err, threads, 1);
    }

    /** {@code batch} articles go into one write transaction: each is then in the store whole, or not at all. */
    Ingestion(Pipeline pipeline, PrintWriter out, PrintWriter err, int threads, int batch) {
        this.pipeline = pipeline;
        this.out = out;
        this.err = err;
        this.threads = Math.max(1, threads);
        this.batch = Math.max(1, batch);
    }

    Summary run(List<String> paths, LocalDate plainDate, long maxBytes, GraphSink sink) {
        long t0 = System.nanoTime();
        Sources sources = Sources.create().maxBytes(maxBytes).plainTextDate(plainDate);
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (String file : sources.expand(paths, problems::add)) sources.readFile(file, articles::add, problems::add);
        problems.forEach(p -> err.println(p));
        int failures = problems.size();
        Written written = new Written();
        boolean bar = System.console() != null;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // Writes run on a thread of their own, so annotation goes on while a batch is committed; one batch is
        // written at a time, in input order.
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writing = null;
        try {
            // A window of a few articles in flight: enough to keep every thread busy, while graphs already
            // written are dropped, so memory does not grow with the size of the batch.
            int window = threads * 2;
            java.util.ArrayDeque<Future<Pipeline.Result>> inFlight = new java.util.ArrayDeque<>();
            List<Pipeline.Result> results = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < articles.size(); i++) {
                while (next < articles.size() && next < i + window) {
                    Article queued = articles.get(next++);
                    inFlight.add(pool.submit(() -> conforming(pipeline.process(queued))));
                }
                Article a = articles.get(i);
                try {
                    results.add(inFlight.poll().get());
                } catch (Exception e) {
                    // The pipeline's failure comes wrapped by the pool; the sink's is the one to show.
                    Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
                    String message = String.valueOf(cause.getMessage());
                    err.println(a.origin() + ": article " + a.id() + " failed: " + message.lines().findFirst().orElse(message));
                    failures++;
                }
                if (results.size() >= batch) {
                    finish(writing);
                    List<Pipeline.Result> full = List.copyOf(results);
                    results.clear();
                    writing = writer.submit(() -> written.write(full, sink));
                }
                if (bar) progress(i + 1, articles.size());
            }
            finish(writing);
            written.write(results, sink);
        } finally {
            pool.shutdownNow();
            // Never interrupt a write: an interrupt during file I/O closes TDB2's channels. Let it end.
            writer.shutdown();
            while (true) {
                try {
                    if (writer.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        failures += written.failed;
        int done = written.done;
        long events = written.events, triples = written.triples;
        if (bar) err.print("\r" + " ".repeat(60) + "\r");
        err.flush();
        Summary s = new Summary(done, events, triples, failures, (System.nanoTime() - t0) / 1e9);
        out.println(s.line());
        out.flush();
        return s;
    }

    private static void finish(Future<?> writing) {
        if (writing == null) return;
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing a batch", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // write() reports a failed batch itself; anything else is a bug worth seeing whole.
            throw new IllegalStateException(e.getCause());
        }
    }

    /** What the written batches held; only one batch is written at a time. */
    private final class Written {
        int done;
        int failed;
        long events;
        long triples;

        /** Writes the graphs in one transaction; a failed write names each article it held. */
        void write(List<Pipeline.Result> results, GraphSink sink) {
            if (results.isEmpty()) return;
            try {
                sink.replaceGraphs(results.stream().collect(java.util.stream.Collectors.toMap(Pipeline.Result::graphIri,
                        Pipeline.Result::graph, (first, again) -> again, java.util.LinkedHashMap::new)));
                for (Pipeline.Result r : results) {
                    done++;
                    events += r.happenedEvents();
                    triples += r.triples();
                }
            } catch (RuntimeException e) {
                for (Pipeline.Result r : results) {
                    err.println(r.article().origin() + ": article " + r.article().id() + " not stored: " + e.getMessage());
                }
                failed += results.size();
            }
        }
    }

    // An article graph that breaks the shapes is not stored; the first violation names the reason.
    static Pipeline.Result conforming(Pipeline.Result r) {
        List<ShapeCheck.Violation> violations = ShapeCheck.bundled().check(r.graph());
        if (!violations.isEmpty()) {
            throw new StoreException("violates the shapes: " + violations.get(0).line()
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        }
        return r;
    }

    private void progress(int n, int total) {
        int width = 30;
        int filled = total == 0 ? width : n * width / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total + " articles");
        err.flush();
    }
}
