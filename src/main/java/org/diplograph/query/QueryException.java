package org.diplograph.query;

/**
 * The one exception of the query subsystem. Its message names the query, parameter, label or format at fault,
 * so a caller can print it as is.
 */
public class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
