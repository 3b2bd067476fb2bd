package org.diplograph.link.wikidata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Endpoint answers kept on disk, one file per query: {@code DIR/SHA.json} holds the answer and {@code DIR/SHA.rq}
 * the query that asked for it, where SHA is the SHA-256 of the query text. A rerun of the same lookups therefore
 * sends no request. Files are written to a temporary name and moved into place, so an interrupted run leaves no
 * half-written answer behind.
 */
public final class ResponseCache {

    private final Path dir;

    public ResponseCache(Path dir) {
        this.dir = dir;
    }

    /** The folder the answers live in. */
    public Path dir() {
        return dir;
    }

    /** The stored answer to {@code query}, if any. */
    public Optional<String> get(String query) {
        Path file = answerFile(query);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WikidataException("Cannot read cache file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stores the answer to {@code query}. */
    public void put(String query, String answer) {
        String key = key(query);
        try {
            Files.createDirectories(dir);
            write(dir.resolve(key + ".rq"), query);
            write(dir.resolve(key + ".json"), answer);
        } catch (IOException e) {
            throw new WikidataException("Cannot write to cache folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The file holding the answer to {@code query}, whether or not it exists yet. */
    public Path answerFile(String query) {
        return dir.resolve(key(query) + ".json");
    }

    /** The lower-case hex SHA-256 of the query text (UTF-8). */
    public static String key(String query) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void write(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
