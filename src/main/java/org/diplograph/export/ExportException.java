package org.diplograph.export;

/**
 * The export subsystem's unchecked exception. Its message names the format, the option value or the file that
 * caused it.
 */
public class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
