package org.diplograph.store;

/**
 * The store subsystem's unchecked exception. Its message names the store directory, config file,
 * graph IRI or server URL that caused it, in one line fit for a terminal.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
