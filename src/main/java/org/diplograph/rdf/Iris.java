package org.diplograph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.EventType;
import org.diplograph.link.Entity;

/**
 * The one place where Diplograph IRIs are minted. Every IRI is a pure function of its inputs, so the same
 * articles always give the same triples: no blank nodes, UUIDs or timestamps.
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/diplograph/id/";
    public static final String CAMEO = "https://w3id.org/diplograph/cameo/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private Iris() {}

    /** The graph that holds links found online by {@code diplograph link}; ingestion never replaces it. */
    public static final String RECONCILIATION_GRAPH = "https://w3id.org/diplograph/graph/reconciliation";

    /**
     * The name of the summary the store keeps up to date as graphs change (counts, dates, pairs, event rows and lists):
     * the base of its nodes' IRIs and the subject of its format. Since format 4 the summary is stored in the store's
     * default graph (store/CountingDataset); format 3 kept it in a named graph of this name. Nothing else writes it.
     */
    public static final String SUMMARY_GRAPH = "https://w3id.org/diplograph/graph/summary";

    /** The node in {@link #SUMMARY_GRAPH} counting entities of any kind; the per-kind counts hang on the classes. */
    public static final String SUMMARY_ENTITIES = SUMMARY_GRAPH + "/entities";

    /** The node in {@link #SUMMARY_GRAPH} listing its date nodes, one per date value some event has. */
    public static final String SUMMARY_DATES = SUMMARY_GRAPH + "/dates";

    /** The date node in {@link #SUMMARY_GRAPH} for a date's lexical form ("2023-09-16", "2023-09", "2023"). */
    public static String summaryDate(String lexical) {
        return SUMMARY_DATES + "/" + encode(lexical);
    }

    /** The node in {@link #SUMMARY_GRAPH} listing its count nodes, one per number of events some pair of parties shares. */
    public static final String SUMMARY_PAIRS = SUMMARY_GRAPH + "/pairs";

    /** The count node in {@link #SUMMARY_GRAPH} for the pairs of parties that share {@code sharedEvents} events. */
    public static String summaryPairCount(long sharedEvents) {
        return SUMMARY_PAIRS + "/count/" + sharedEvents;
    }

    /** The pair node in {@link #SUMMARY_GRAPH} for two parties, the same whichever is given first. */
    public static String summaryPair(String party, String other) {
        String key = party.compareTo(other) < 0 ? party + " " + other : other + " " + party;
        return SUMMARY_PAIRS + "/" + hash(key);
    }

    /** The label node in {@link #SUMMARY_GRAPH} that carries the label the queries show for a resource. */
    public static String summaryLabel(String resource) {
        return SUMMARY_GRAPH + "/labels/" + hash(resource);
    }

    /**
     * The list node in {@link #SUMMARY_GRAPH} of one kind ("timeline", "cited", "published", "contacts") for one
     * resource, or for two (contacts between two countries: the same whichever is given first).
     */
    public static String summaryList(String kind, String resource, String other) {
        String key = other == null || resource.equals(other) ? resource
                : resource.compareTo(other) < 0 ? resource + " " + other : other + " " + resource;
        return SUMMARY_GRAPH + "/lists/" + kind + "/" + hash(key);
    }

    /** The row node in {@link #SUMMARY_GRAPH} that carries an event's display columns, worked out when it was written. */
    public static String summaryRow(String event) {
        return SUMMARY_GRAPH + "/rows/" + hash(event);
    }

    /** The article node, which is also the name of the article's graph. */
    public static String article(String articleId) {
        return BASE + "article/" + encode(articleId);
    }

    /** A person, place, country or organisation: keyed by QID when linked, else by type and normalized name. */
    public static String entity(Entity e) {
        String key = e.qid() != null ? e.qid() : slug(e.label());
        return BASE + segment(e.type()) + "/" + key;
    }

    /**
     * An event, keyed by what makes a contact the same contact: its type, its participants and its date.
     * Visits also key on the destination (each stop of a tour is its own Visit). An event with no date is
     * scoped to its article, since nothing else tells two undated contacts apart.
     */
    public static String event(EventType type, List<String> participantIris, String locationIri, String dateValue,
                               String articleId) {
        StringBuilder key = new StringBuilder(type.label());
        participantIris.stream().sorted().distinct().forEach(p -> key.append('|').append(p));
        if (type == EventType.VISIT) key.append("|at=").append(locationIri);
        key.append("|date=").append(dateValue != null ? dateValue : "none@" + articleId);
        return BASE + "event/" + type.label().toLowerCase(Locale.ROOT) + "/" + hash(key.toString());
    }

    /** The n-th statement of an event in an article. */
    public static String report(String articleId, int n) {
        return BASE + "report/" + encode(articleId) + "/" + n;
    }

    /** A CAMEO code as a SKOS concept of the ontology's scheme. */
    public static String cameo(String code) {
        return CAMEO + code;
    }

    public static String wikidata(String qid) {
        return WIKIDATA + qid;
    }

    /** Lower-case ASCII words joined by hyphens: "Erdoğan" and "Erdogan" give the same slug. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "x" + hash(name) : s;
    }

    private static String segment(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case COUNTRY -> "country";
            case PLACE -> "place";
            case ORGANIZATION -> "org";
            case OUTLET -> "outlet";
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
