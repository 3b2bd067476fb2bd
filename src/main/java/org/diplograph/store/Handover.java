package org.diplograph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Batches handed from one thread to another through a bounded queue, for the bulk paths that read on one thread and
 * write on another: {@link BulkLoad}'s labels into Lucene and {@link CountingDataset#recountBeside}'s summary. The
 * taking side can give up ({@link #abandon}); the giving side then stops at its next batch instead of waiting forever.
 *
 * <pre>{@code
 * Handover<Quad> handover = new Handover<>(64);
 * // giver:  handover.put(batch); ... handover.end();
 * // taker:  for (List<Quad> b = handover.take(); b != null; b = handover.take()) write(b);
 * }</pre>
 */
final class Handover<T> {
    private final List<T> end = new ArrayList<>();   // the last "batch", known by identity
    private final BlockingQueue<List<T>> queue;
    private volatile boolean abandoned;

    Handover(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Hands a batch over, waiting while the taker is behind; throws once the taker has given up. */
    void put(List<T> batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned) throw new CancellationException("The taking side stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        }
        if (abandoned) throw new CancellationException("The taking side stopped");
    }

    /** Tells the taker that no more batches come; nothing happens if it has given up. */
    void end() {
        try {
            put(end);
        } catch (CancellationException e) {
            // the taker has gone
        }
    }

    /** The next batch, or null after the last. */
    List<T> take() {
        try {
            List<T> batch = queue.take();
            return batch == end ? null : batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while taking a batch", e);
        }
    }

    /** Gives up taking: the giver's next {@link #put} throws, and what is queued is dropped. */
    void abandon() {
        abandoned = true;
        queue.clear();
    }

    /** Waits for a thread to end, even when interrupted meanwhile (the interrupt is kept). */
    static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
