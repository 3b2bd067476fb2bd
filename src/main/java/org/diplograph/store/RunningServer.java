package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The address of the server running on a store, kept in {@code DIR/run/server-url} while it runs,
 * so that a second process refused by the store lock can say where to send articles instead.
 */
public final class RunningServer {

    /** Where a Diplograph server listens unless told otherwise. */
    public static final String DEFAULT_URL = "http://localhost:3030";

    private RunningServer() {}

    /** Notes that a server on {@code layout} listens at {@code url}. */
    public static void record(StoreLayout layout, String url) {
        try {
            Files.createDirectories(layout.run());
            Files.writeString(file(layout), url + "\n");
        } catch (IOException e) {
            throw new StoreException("Cannot write " + file(layout) + ": " + e.getMessage(), e);
        }
    }

    /** Removes the note when the server stops. */
    public static void forget(StoreLayout layout) {
        try {
            Files.deleteIfExists(file(layout));
        } catch (IOException e) {
            throw new StoreException("Cannot delete " + file(layout) + ": " + e.getMessage(), e);
        }
    }

    /** The recorded URL, or {@value #DEFAULT_URL} when none was recorded. */
    public static String url(StoreLayout layout) {
        try {
            String url = Files.readString(file(layout)).trim();
            return url.isEmpty() ? DEFAULT_URL : url;
        } catch (IOException e) {
            return DEFAULT_URL;
        }
    }

    private static Path file(StoreLayout layout) {
        return layout.run().resolve("server-url");
    }
}
