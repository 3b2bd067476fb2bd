package org.diplograph.link.wikidata;

import java.util.Objects;
import java.util.Set;

/**
 * A Wikidata item whose English label or alias equals an entity's label and whose type fits.
 *
 * @param qid         the item's QID
 * @param description its English description, or null
 * @param countryQids for people: the QIDs of their countries of citizenship (P27)
 * @param holdsOffice for people: true when the item states a position held (P39)
 */
public record Match(String qid, String description, Set<String> countryQids, boolean holdsOffice) {
    public Match {
        Objects.requireNonNull(qid, "qid");
        countryQids = Set.copyOf(countryQids);
    }

    /** "Q123 (description)", for reports. */
    public String describe() {
        return description == null || description.isBlank() ? qid : qid + " (" + description + ")";
    }
}
