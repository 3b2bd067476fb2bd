package org.diplograph.link.wikidata;

import java.util.Objects;
import java.util.Set;
import org.diplograph.extract.EntityType;

/**
 * An entity of the store that ingestion left without a Wikidata link, with what the store knows that helps to
 * pick its item.
 *
 * @param iri         the entity's IRI in the store
 * @param type        what kind of entity it is (an outlet is looked up as an organisation)
 * @param label       its rdfs:label, matched against Wikidata labels and aliases
 * @param countryQids for people: the QIDs of the countries the store affiliates them with (may be empty)
 * @param holdsRole   for people: true when an article gives them a role, so a holder of an office ranks first
 */
public record UnlinkedEntity(String iri, EntityType type, String label, Set<String> countryQids, boolean holdsRole) {
    public UnlinkedEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        countryQids = Set.copyOf(countryQids);
    }

    public static UnlinkedEntity of(String iri, EntityType type, String label) {
        return new UnlinkedEntity(iri, type, label, Set.of(), false);
    }
}
