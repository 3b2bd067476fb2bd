package org.diplograph.link;

/** A gazetteer file that cannot be read or holds a malformed row; the message names the file and line. */
public class GazetteerException extends RuntimeException {
    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
