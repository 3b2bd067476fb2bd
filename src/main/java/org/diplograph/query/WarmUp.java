package org.diplograph.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.diplograph.query.NamedQuery.Param;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the named queries against a dataset a few times in turn on a background thread, so that the JVM has compiled
 * the code they share before an analyst's first query: on the 1M-event store a named query's first run in a fresh
 * server took 50-640 ms against 10-75 ms once warm. Parameters get {@link SampleValues}; a query whose required
 * parameters have no value there, or that calls a remote service, is left out. Each run has a time limit, writes its
 * rows as SPARQL JSON to nowhere (as the server would to a client) and never fails the caller: a failure is counted
 * and logged. {@link #close} stops it between two queries.
 *
 * <pre>{@code
 * try (WarmUp warm = WarmUp.start(dataset, NamedQueries.fromClasspath(), 3)) {
 *     WarmUp.Report r = warm.await(Duration.ofMinutes(1));
 *     System.out.println(r.runs() + " runs in " + r.took().toMillis() + " ms");
 * }
 * }</pre>
 */
public final class WarmUp implements AutoCloseable {
    /** How long one warm-up run may take before it is stopped. */
    public static final Duration RUN_LIMIT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    /**
     * What the warm-up did.
     *
     * @param runs     query runs that finished
     * @param left     the named queries left out (no value for a required parameter, or a remote service)
     * @param failures the runs that failed or ran out of time, as "query: message"
     * @param took     from start to end
     */
    public record Report(int runs, List<String> left, List<String> failures, Duration took) {
        public Report {
            left = List.copyOf(left);
            failures = List.copyOf(failures);
        }
    }

    private final Thread thread;
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicReference<Report> report = new AtomicReference<>();
    private volatile boolean stopped;

    private WarmUp(Dataset ds, NamedQueries queries, int rounds) {
        this.thread = new Thread(() -> run(ds, queries, rounds), "diplograph-warm-up");
        thread.setDaemon(true);
    }

    /** Starts warming up on a thread of its own: {@code rounds} runs of each named query, the queries taking turns. */
    public static WarmUp start(Dataset ds, NamedQueries queries, int rounds) {
        WarmUp w = new WarmUp(ds, queries, rounds);
        w.thread.start();
        return w;
    }

    /** Waits up to {@code timeout} for the warm-up to end; returns its report, or null if it is still running. */
    public Report await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? report.get() : null;
    }

    /** Stops the warm-up after the query it is running. */
    @Override
    public void close() {
        stopped = true;
    }

    private void run(Dataset ds, NamedQueries queries, int rounds) {
        long t0 = System.nanoTime();
        List<String> left = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int runs = 0;
        try {
            Map<String, Node> values = SampleValues.of(ds);
            List<Bound> chosen = new ArrayList<>();
            for (NamedQuery q : queries.list()) {
                Bound b = bind(q, values);
                if (b == null) left.add(q.name()); else chosen.add(b);
            }
            for (int round = 0; round < rounds && !stopped; round++) {
                for (Bound b : chosen) {
                    if (stopped) break;
                    try {
                        Txn.executeRead(ds, () -> execute(ds, b));
                        runs++;
                    } catch (RuntimeException e) {
                        failures.add(b.name + ": " + e.getMessage());
                    }
                }
            }
        } catch (RuntimeException e) {
            failures.add("sample values: " + e.getMessage());
        } finally {
            Report r = new Report(runs, left, failures, Duration.ofNanos(System.nanoTime() - t0));
            report.set(r);
            done.countDown();
            LOG.info("Warm-up: {} runs of {} named queries in {} ms{}{}", r.runs(), queries.list().size() - left.size(),
                    r.took().toMillis(), left.isEmpty() ? "" : "; left out " + left,
                    failures.isEmpty() ? "" : "; failed " + failures);
        }
    }

    /** A named query with its sampled parameters, or null when it cannot be run here. */
    private static Bound bind(NamedQuery q, Map<String, Node> values) {
        if (q.callsService()) return null;
        Map<String, Node> bound = new HashMap<>();
        for (Param p : q.params()) {
            if (p.kind().isPaging()) continue;
            Node v = values.get(p.name());
            if (v != null) bound.put(p.name(), v);
            else if (!p.optional()) return null;
        }
        return new Bound(q.name(), q.toQuery(), bound);
    }

    private static void execute(Dataset ds, Bound b) {
        QueryExecBuilder exec = QueryExec.dataset(ds.asDatasetGraph()).query(b.query)
                .timeout(RUN_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        for (var e : b.values.entrySet()) exec = exec.substitution(e.getKey(), e.getValue());
        try (QueryExec qe = exec.build()) {
            ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(OutputStream.nullOutputStream(), qe.select());
        }
    }

    private record Bound(String name, Query query, Map<String, Node> values) {}
}
