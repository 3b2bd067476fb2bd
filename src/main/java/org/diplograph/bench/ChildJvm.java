package org.diplograph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code diplograph} verb run in a JVM of its own on this process's class path, so its wall time includes
 * start-up and its peak resident memory (Linux {@code VmHWM}) is its own.
 */
final class ChildJvm implements AutoCloseable {
    /** What a finished run gave. */
    record Outcome(int exitCode, double seconds, long peakRssBytes, String output) {}

    private final Process process;
    private final long started;
    private final Path log;
    private volatile long peakKb;

    private ChildJvm(Process process, long started, Path log) {
        this.process = process;
        this.started = started;
        this.log = log;
        Thread watcher = new Thread(this::watchMemory, "rss-" + process.pid());
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Starts {@code diplograph ARGS} with heap {@code heap} (such as "3g"), its output going to {@code log}. */
    static ChildJvm start(String heap, Path log, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                "org.diplograph.cli.Main"));
        cmd.addAll(List.of(args));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildJvm(p, t0, log);
    }

    double secondsSinceStart() {
        return (System.nanoTime() - started) / 1e9;
    }

    Outcome await(long timeoutSeconds) throws IOException, InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            close();
            throw new IllegalStateException("bench: child " + process.pid() + " did not finish in " + timeoutSeconds + " s; see " + log);
        }
        double seconds = secondsSinceStart();
        return new Outcome(process.exitValue(), seconds, peakKb * 1024, Files.readString(log, StandardCharsets.UTF_8));
    }

    long peakRssBytes() {
        return peakKb * 1024;
    }

    // VmHWM is the kernel's own high-water mark; reading it often enough catches it before the process exits.
    private void watchMemory() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        if (kb > peakKb) peakKb = kb;
                    }
                }
                Thread.sleep(100);
            } catch (IOException | NumberFormatException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops the child (only this process, by its id) if it is still running. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }
}
