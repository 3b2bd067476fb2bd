package org.diplograph.link;

import java.util.Objects;
import org.diplograph.extract.EntityType;

/**
 * A resolved entity: the same person, place, country or organisation gets the same Entity in every article.
 *
 * @param type       what kind of thing it is
 * @param label      the canonical label (from the gazetteer when linked, else the article's fullest name)
 * @param qid        the Wikidata QID ("Q56226"), or null when unlinked
 * @param countryQid for people, places and organisations: the country it belongs to, or null
 * @param lat        latitude for places with coordinates, or null
 * @param lon        longitude for places with coordinates, or null
 */
public record Entity(EntityType type, String label, String qid, String countryQid, Double lat, Double lon) {
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (qid != null && !qid.matches("Q[1-9]\\d*")) throw new IllegalArgumentException("not a QID: " + qid);
        if ((lat == null) != (lon == null)) throw new IllegalArgumentException("lat and lon go together: " + label);
    }

    public static Entity unlinked(EntityType type, String label) {
        return new Entity(type, label, null, null, null, null);
    }

    public boolean linked() { return qid != null; }
}
