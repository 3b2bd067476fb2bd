package org.diplograph.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A second JVM on the test classpath holding a store open, as a running server would. */
public final class OtherProcess implements AutoCloseable {

    private final Process process;

    private OtherProcess(Process process) {
        this.process = process;
    }

    /** Starts a JVM that opens the store in {@code storeDir} and holds it until closed. */
    public static OtherProcess holding(Path storeDir) throws IOException {
        Process process = java(HoldStore.class, storeDir).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("READY")) {
            // skip anything logged before the store is open
        }
        if (line == null) {
            process.destroy();
            throw new IllegalStateException("Helper process ended before opening " + storeDir);
        }
        return new OtherProcess(process);
    }

    /**
     * Runs a JVM that tries to open the store in {@code storeDir} and returns what it printed:
     * {@code OPENED}, or the one-line message of the exception that stopped it.
     */
    public static String tryingToOpen(Path storeDir) throws IOException, InterruptedException {
        Process process = java(TryOpenStore.class, storeDir).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return output;
    }

    private static ProcessBuilder java(Class<?> main, Path storeDir) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Quick start beats peak speed for a helper that opens a store and waits.
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), main.getName(), storeDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    public long pid() {
        return process.pid();
    }

    /** Lets the helper close its store and waits until it has exited. */
    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
