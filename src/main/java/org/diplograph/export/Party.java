package org.diplograph.export;

/**
 * A person, country, place or organisation as the exports show it.
 *
 * @param iri     the Diplograph IRI
 * @param label   its label, or the IRI when it has none
 * @param type    Person, Country, Place, Organization, or Entity when the store gives no class
 * @param qid     the Wikidata QID, or null when unlinked
 * @param country the IRI of its country (a person's affiliation, a place's country, a country itself), or null
 */
public record Party(String iri, String label, String type, String qid, String country) {
    /** A party the store says nothing about beyond its IRI. */
    static Party bare(String iri) {
        return new Party(iri, iri, "Entity", null, null);
    }
}
