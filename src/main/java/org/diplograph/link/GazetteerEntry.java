package org.diplograph.link;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.diplograph.extract.EntityType;

/**
 * One row of the bundled gazetteer: a country, place, organisation or person with the names it goes by.
 *
 * @param qid        the Wikidata QID, or null when no source we can name pairs one with this entity
 * @param name       the canonical label
 * @param kind       what it is
 * @param countryQid the country it belongs to (for a country: null), or null when unknown
 * @param lat        latitude, or null
 * @param lon        longitude, or null
 * @param aliases    other names and abbreviations
 * @param demonyms   for countries: adjectives and nouns for its people ("North Korean")
 * @param positions  for persons: offices held
 * @param source     where the facts come from
 */
public record GazetteerEntry(String qid, String name, Kind kind, String countryQid, Double lat, Double lon,
                             List<String> aliases, List<String> demonyms, List<Position> positions, String source) {

    /** The kinds of gazetteer entry. */
    public enum Kind {
        COUNTRY, CITY, SITE, REGION, NEWS_AGENCY, INTERNATIONAL_ORGANIZATION, GOVERNMENT, MILITARY, PERSON;

        /** The entity type a mention of this kind of thing has. */
        public EntityType entityType() {
            return switch (this) {
                case COUNTRY -> EntityType.COUNTRY;
                case CITY, SITE, REGION -> EntityType.PLACE;
                case PERSON -> EntityType.PERSON;
                case NEWS_AGENCY, INTERNATIONAL_ORGANIZATION, GOVERNMENT, MILITARY -> EntityType.ORGANIZATION;
            };
        }

        public boolean isPlace() {
            return this == CITY || this == SITE || this == REGION;
        }

        public boolean isOrganization() {
            return entityType() == EntityType.ORGANIZATION;
        }
    }

    public GazetteerEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) throw new IllegalArgumentException("blank gazetteer name");
        if (qid != null && !qid.matches("Q[1-9]\\d*")) throw new IllegalArgumentException("not a QID: " + qid);
        if (countryQid != null && !countryQid.matches("Q[1-9]\\d*")) {
            throw new IllegalArgumentException("not a country QID: " + countryQid + " (" + name + ")");
        }
        if ((lat == null) != (lon == null)) throw new IllegalArgumentException("lat and lon go together: " + name);
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        demonyms = List.copyOf(demonyms == null ? List.of() : demonyms);
        positions = List.copyOf(positions == null ? List.of() : positions);
    }

    /** The canonical name followed by the aliases. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    /** True when a QID links this entry to Wikidata. */
    public boolean linked() {
        return qid != null;
    }

    /** Identity across files: the QID, or the kind and canonical name when there is no QID. */
    public String identity() {
        return qid != null ? qid : kind + ":" + Names.key(name);
    }
}
