package org.diplograph.link.wikidata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.diplograph.extract.EntityType;
import org.diplograph.link.wikidata.Resolution.Outcome;

/**
 * Decides which Wikidata item, if any, an unlinked entity is. It reads the entity's label, type and (for people)
 * affiliation and role; it sends the type's {@link LookupQueries lookup} through a {@link WikidataClient}, and gives a
 * {@link Resolution}. Only a unique candidate is accepted:
 * <ol>
 *   <li>candidates are the items whose English label or alias equals the entity's label and whose type fits;</li>
 *   <li>for a person affiliated with a known country, only items citizens of that country (P27) remain;</li>
 *   <li>one candidate left: linked. Several, for a person the articles give a role to, and exactly one of them held
 *       a position (P39): linked to that one. Otherwise ambiguous, and the entity stays unlinked.</li>
 * </ol>
 *
 * <pre>{@code
 * Reconciler reconciler = new Reconciler(client);
 * Resolution r = reconciler.resolve(UnlinkedEntity.of(iri, EntityType.PLACE, "Uglegorsk"));
 * if (r.outcome() == Resolution.Outcome.LINKED) links.put(iri, r.qid());
 * }</pre>
 */
public final class Reconciler {

    private static final String ENTITY_NS = "http://www.wikidata.org/entity/";

    private final WikidataClient client;

    public Reconciler(WikidataClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Looks the entity up and applies the rules above.
     *
     * @throws WikidataException when the endpoint fails; its message names the entity
     */
    public Resolution resolve(UnlinkedEntity entity) {
        SparqlResults rows;
        try {
            rows = client.select(LookupQueries.forEntity(entity));
        } catch (WikidataException e) {
            throw new WikidataException(e.getMessage() + ", looking up " + describe(entity), e);
        }
        List<Match> matches = matches(rows);
        if (LookupQueries.lookupType(entity.type()) == EntityType.PERSON && !entity.countryQids().isEmpty()) {
            matches = matches.stream().filter(m -> !Collections.disjoint(m.countryQids(), entity.countryQids())).toList();
        }
        if (matches.isEmpty()) return new Resolution(entity, Outcome.NOT_FOUND, null, matches);
        if (matches.size() == 1) return new Resolution(entity, Outcome.LINKED, matches.get(0).qid(), matches);
        if (entity.type() == EntityType.PERSON && entity.holdsRole()) {
            List<Match> officeHolders = matches.stream().filter(Match::holdsOffice).toList();
            if (officeHolders.size() == 1) {
                return new Resolution(entity, Outcome.LINKED, officeHolders.get(0).qid(), officeHolders);
            }
        }
        return new Resolution(entity, Outcome.AMBIGUOUS, null, matches);
    }

    /** "Person 'Charles Michel' (IRI)", for messages. */
    public static String describe(UnlinkedEntity e) {
        String type = e.type().name().charAt(0) + e.type().name().substring(1).toLowerCase(java.util.Locale.ROOT);
        return type + " '" + e.label() + "' (" + e.iri() + ")";
    }

    // One row per item, description and country: gathered into one match per item, in QID order so reports repeat.
    private static List<Match> matches(SparqlResults rows) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, Set<String>> countries = new LinkedHashMap<>();
        Map<String, Boolean> offices = new LinkedHashMap<>();
        for (Map<String, String> row : rows.rows()) {
            String qid = qid(row.get("item"));
            if (qid == null) continue;
            descriptions.putIfAbsent(qid, row.get("description"));
            countries.computeIfAbsent(qid, q -> new LinkedHashSet<>());
            String country = qid(row.get("country"));
            if (country != null) countries.get(qid).add(country);
            String office = row.get("office");
            offices.merge(qid, "true".equals(office) || "1".equals(office), Boolean::logicalOr);
        }
        List<Match> out = new ArrayList<>();
        for (String qid : countries.keySet()) {
            out.add(new Match(qid, descriptions.get(qid), countries.get(qid), offices.get(qid)));
        }
        out.sort(Comparator.comparing((Match m) -> m.qid().length()).thenComparing(Match::qid));
        return out;
    }

    // Only items: a lexeme, property or anything else is no candidate.
    private static String qid(String iri) {
        if (iri == null || !iri.startsWith(ENTITY_NS)) return null;
        String local = iri.substring(ENTITY_NS.length());
        return local.matches("Q[1-9]\\d*") ? local : null;
    }
}
