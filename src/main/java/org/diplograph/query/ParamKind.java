package org.diplograph.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.diplograph.rdf.Dip;

/**
 * What a named-query parameter accepts, as written in a {@code # param:} header line ("person", "date", ...).
 * Entity kinds list the ontology classes a value must have and the IRI segment a bare QID falls back to.
 */
public enum ParamKind {
    /** A dip:Person. */
    PERSON("person", "person", Dip.Person),
    /** A dip:Country. */
    COUNTRY("country", "country", Dip.Country),
    /** Anything that can be an event's location: a dip:Place or a dip:Country. */
    PLACE("place", "place", Dip.Place, Dip.Country),
    /** Any person, country, place, organisation or outlet. */
    ENTITY("entity", null, Dip.Person, Dip.Country, Dip.Place, Dip.Organization, Dip.NewsOutlet),
    /** An event, as a full IRI or as the part after {@code id/event/} ("meeting/3fa1..."). */
    EVENT("event", null),
    /** A day, month or year: {@code 2023-09-16}, {@code 2023-09} or {@code 2023}. */
    DATE("date", null),
    /** Any text, bound as an xsd:string. */
    STRING("string", null),
    /** A whole number, bound as an xsd:integer. */
    INTEGER("integer", null),
    /**
     * The number of rows in a page: sets the LIMIT of the query's page (its outermost LIMIT) instead of
     * binding a variable; 0 asks for every row. Left out, the LIMIT written in the query holds.
     */
    LIMIT("limit", null),
    /** How many rows of the ordered result to skip before the page: sets the OFFSET of the query's page. */
    OFFSET("offset", null);

    private final String keyword;
    private final String segment;
    private final List<Resource> classes;

    ParamKind(String keyword, String segment, Resource... classes) {
        this.keyword = keyword;
        this.segment = segment;
        this.classes = List.of(classes);
    }

    /** The word used in query headers. */
    public String keyword() { return keyword; }

    /** The classes an entity value must have; empty for non-entity kinds. */
    public List<Resource> classes() { return classes; }

    /** The {@code id/{segment}/} an unknown QID is minted under, or null when the kind has no single type. */
    String segment() { return segment; }

    /** True for kinds whose values are looked up among the entities of the graph. */
    public boolean isEntity() { return !classes.isEmpty(); }

    /** True for the kinds that choose a page of the result (LIMIT and OFFSET) rather than bind a variable. */
    public boolean isPaging() { return this == LIMIT || this == OFFSET; }

    /** The kind for a header keyword. */
    public static ParamKind forKeyword(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(v -> v.keyword.equals(k))
                .findFirst()
                .orElseThrow(() -> new QueryException("Unknown parameter kind '" + keyword + "' (known: "
                        + Arrays.stream(values()).map(ParamKind::keyword).collect(Collectors.joining(", ")) + ")"));
    }
}
