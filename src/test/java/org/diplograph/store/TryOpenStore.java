package org.diplograph.store;

import java.nio.file.Path;

/**
 * Test helper run in a second JVM: tries to open the store named by the first argument and prints
 * {@code OPENED}, or the exception's class and message.
 */
public final class TryOpenStore {

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]), null)) {
            System.out.println("OPENED");
        } catch (StoreException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
