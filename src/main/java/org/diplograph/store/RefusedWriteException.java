package org.diplograph.store;

/**
 * A write the store refuses whoever asks: into its default graph, which holds its own counts
 * ({@link CountingDataset}). The server answers it with 403 instead of a server error.
 */
public final class RefusedWriteException extends StoreException {

    public RefusedWriteException(String message) {
        super(message);
    }
}
