package org.diplograph.nlp;

/**
 * One enhanced++ dependency edge between two tokens of a sentence.
 *
 * @param rel  the relation with its specific part ("nsubj", "obl:with", "nmod:via", "conj:and")
 * @param gov  index of the governor token, or -1 for the root
 * @param dep  index of the dependent token
 */
public record Dependency(String rel, int gov, int dep) {
    /** The relation without its specific part: "obl:with" gives "obl". */
    public String base() {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }
}
