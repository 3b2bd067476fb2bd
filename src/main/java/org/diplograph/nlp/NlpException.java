package org.diplograph.nlp;

/** The annotation stage failed; the message names what was missing or which article failed. */
public class NlpException extends RuntimeException {
    public NlpException(String message, Throwable cause) {
        super(message, cause);
    }
}
