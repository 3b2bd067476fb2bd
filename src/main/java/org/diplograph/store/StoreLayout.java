package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where the parts of one store live under its directory DIR: the TDB2 database ({@code DIR/tdb2}),
 * the Lucene label index ({@code DIR/text}), the server's password file ({@code DIR/passwd}) and
 * Fuseki's work area ({@code DIR/run}, used as FUSEKI_BASE).
 *
 * @param dir the store directory, kept as given so messages show the path the user typed
 */
public record StoreLayout(Path dir) {

    /** The store directory used when none is named: {@code data} in the working directory. */
    public static final Path DEFAULT_DIR = Path.of("data");

    public StoreLayout {
        Objects.requireNonNull(dir, "dir");
    }

    public static StoreLayout of(Path dir) {
        return new StoreLayout(dir);
    }

    public Path tdb2() {
        return dir.resolve("tdb2");
    }

    public Path text() {
        return dir.resolve("text");
    }

    public Path passwd() {
        return dir.resolve("passwd");
    }

    public Path run() {
        return dir.resolve("run");
    }

    /** The file TDB2 locks while a process has the database open; it holds that process's id. */
    public Path lockFile() {
        return tdb2().resolve("tdb.lock");
    }

    /** Creates the store directory and the folders of the database and the index. */
    public void createDirectories() {
        try {
            Files.createDirectories(tdb2());
            Files.createDirectories(text());
        } catch (IOException e) {
            throw new StoreException("Cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of the regular files under {@code dir} (as TDB2 sizes them: its files grow a few megabytes at a time). */
    public static long bytesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new StoreException("Cannot measure " + dir + ": " + e.getMessage(), e);
        }
    }
}
