package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Test helper run in a second JVM: opens the store named by the first argument, prints
 * {@code READY}, and keeps it open until its standard input closes.
 */
public final class HoldStore {

    public static void main(String[] args) throws IOException {
        try (Store store = Store.open(Path.of(args[0]), null)) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to close our stdin
            }
        }
    }
}
