package org.diplograph.server;

/**
 * The server subsystem's unchecked exception. Its message names the host, file or setting that
 * caused it, in one line fit for a terminal.
 */
public class ServerException extends RuntimeException {

    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
