package org.diplograph.link.wikidata;

/**
 * The online reconciliation subsystem's unchecked exception. Its message is one line that names the endpoint,
 * the cache file or the entity at fault, fit for a terminal.
 */
public class WikidataException extends RuntimeException {

    public WikidataException(String message) {
        super(message);
    }

    public WikidataException(String message, Throwable cause) {
        super(message, cause);
    }
}
