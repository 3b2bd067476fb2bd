package org.diplograph.extract;

import java.util.Optional;

/**
 * What extraction may ask about a phrase without knowing where the answer comes from (the link stage's
 * gazetteer implements it). Lets rules type "Vladivostok" as a city or "North Korean" as a demonym.
 */
public interface Lexicon {
    /** The entry a phrase names, if any: exact phrase, insensitive to case, dots and diacritics. */
    Optional<LexEntry> lookup(String phrase);

    /** The country a person is known to belong to, by full name, or empty. */
    default Optional<String> countryOfPerson(String name) { return Optional.empty(); }

    /** The capital city of a country, by the country's canonical name ("Buenos Aires" for "Argentina"), or empty. */
    default Optional<LexEntry> capitalOf(String country) { return Optional.empty(); }

    /** A lexicon that knows nothing: rules then rely on NER tags alone. */
    Lexicon NONE = phrase -> Optional.empty();

    /**
     * One known phrase.
     *
     * @param canonical the canonical name ("North Korea" for "DPRK" or "North Korean")
     * @param kind      what the phrase is
     * @param country   the canonical name of the country it belongs to (itself for a country), or null
     */
    record LexEntry(String canonical, Kind kind, String country) {}

    enum Kind { COUNTRY, DEMONYM, CITY, SITE, REGION, AGENCY, ORGANIZATION, PERSON }
}
