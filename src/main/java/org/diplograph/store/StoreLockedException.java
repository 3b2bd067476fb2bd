package org.diplograph.store;

/**
 * The TDB2 store is held by another process, typically a running {@code diplograph serve}.
 * TDB2 admits one process at a time, so writes have to go through that server instead.
 */
public class StoreLockedException extends StoreException {

    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
