package org.diplograph.cli;

import java.nio.file.Path;
import org.diplograph.store.Store;
import org.diplograph.store.StoreException;
import org.diplograph.store.StoreLockedException;
import picocli.CommandLine.Option;

/** Options every verb shares. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data",
            description = "Store directory (default: ${DEFAULT-VALUE} under the working directory).")
    Path store;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    /** Opens the store for a verb that cannot go through a running server; the advice says what to do instead. */
    Store openAlone(String advice) {
        try {
            return Store.open(store, null);
        } catch (StoreLockedException e) {
            throw new StoreException("Store " + store + " is locked by a running server; " + advice, e);
        }
    }
}
