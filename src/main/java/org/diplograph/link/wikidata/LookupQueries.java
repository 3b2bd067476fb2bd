package org.diplograph.link.wikidata;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.extract.EntityType;

/**
 * The label lookups sent to Wikidata, one fixed query per entity type. The only part that varies is the inline
 * {@code VALUES ?name { }} block, filled with the entity's label as escaped English literals in the few letter
 * cases labels are written in, so nothing in a label can change the query's shape. Each query matches
 * {@code rdfs:label} or {@code skos:altLabel} exactly (cheap on the Wikidata Query Service) and filters by type:
 * <ul>
 *   <li>people: {@code wdt:P31 wd:Q5}, with their countries of citizenship (P27) and whether they held a position
 *       (P39);</li>
 *   <li>countries: {@code wdt:P31} country (Q6256) or sovereign state (Q3624078);</li>
 *   <li>places: {@code wdt:P31} one of a few settlement classes: city, capital, big city, city with millions of
 *       inhabitants, metropolis, town, human settlement (no {@code wdt:P279*} walk, which is costly);</li>
 *   <li>organisations and outlets: any item that is neither a human nor a disambiguation page.</li>
 * </ul>
 * They are templates rather than {@code queries/*.rq} files because they run on Wikidata, not on the store.
 */
public final class LookupQueries {

    private static final String SLOT = "VALUES ?name { }";

    private static final String PREFIXES = """
            PREFIX wd:     <http://www.wikidata.org/entity/>
            PREFIX wdt:    <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            """;

    static final String PERSON = PREFIXES + """
            SELECT DISTINCT ?item ?description ?country ?office
            WHERE {
              VALUES ?name { }
              ?item rdfs:label|skos:altLabel ?name ;
                    wdt:P31 wd:Q5 .
              OPTIONAL { ?item schema:description ?description FILTER(LANG(?description) = "en") }
              OPTIONAL { ?item wdt:P27 ?country }
              BIND(EXISTS { ?item wdt:P39 ?position } AS ?office)
            }
            """;

    static final String COUNTRY = PREFIXES + """
            SELECT DISTINCT ?item ?description
            WHERE {
              VALUES ?name { }
              VALUES ?class { wd:Q6256 wd:Q3624078 }
              ?item rdfs:label|skos:altLabel ?name ;
                    wdt:P31 ?class .
              OPTIONAL { ?item schema:description ?description FILTER(LANG(?description) = "en") }
            }
            """;

    static final String PLACE = PREFIXES + """
            SELECT DISTINCT ?item ?description
            WHERE {
              VALUES ?name { }
              VALUES ?class { wd:Q515 wd:Q5119 wd:Q1549591 wd:Q1637706 wd:Q200250 wd:Q3957 wd:Q486972 }
              ?item rdfs:label|skos:altLabel ?name ;
                    wdt:P31 ?class .
              OPTIONAL { ?item schema:description ?description FILTER(LANG(?description) = "en") }
            }
            """;

    static final String ORGANIZATION = PREFIXES + """
            SELECT DISTINCT ?item ?description
            WHERE {
              VALUES ?name { }
              ?item rdfs:label|skos:altLabel ?name .
              FILTER NOT EXISTS { ?item wdt:P31 wd:Q5 }
              FILTER NOT EXISTS { ?item wdt:P31 wd:Q4167410 }
              OPTIONAL { ?item schema:description ?description FILTER(LANG(?description) = "en") }
            }
            """;

    private LookupQueries() {}

    /** The lookup for {@code entity}: its type's query with its label bound. */
    public static String forEntity(UnlinkedEntity entity) {
        String template = switch (entity.type()) {
            case PERSON -> PERSON;
            case COUNTRY -> COUNTRY;
            case PLACE -> PLACE;
            case ORGANIZATION, OUTLET -> ORGANIZATION;
        };
        return bindNames(template, nameForms(entity.label()));
    }

    /** The type an entity is looked up as. */
    public static EntityType lookupType(EntityType type) {
        return type == EntityType.OUTLET ? EntityType.ORGANIZATION : type;
    }

    /** Words Wikidata labels keep in lower case inside a title ("Council of the Baltic Sea States"). */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "and", "at", "by", "for", "in", "of", "on", "the",
            "to", "al", "bin", "da", "de", "del", "der", "des", "di", "do", "dos", "du", "la", "le", "van", "von");

    /**
     * The label as written, in Title Case (with and without minor words kept lower case), in lower case and in upper
     * case, without repeats. Wikidata matches exactly; these forms make the match case-insensitive for the ways labels
     * are cased there ("Kim Jong Un", "KCNA", "Council of the Baltic Sea States").
     */
    static Set<String> nameForms(String label) {
        String s = label.strip().replaceAll("\\s+", " ");
        Set<String> forms = new LinkedHashSet<>();
        forms.add(s);
        forms.add(titleCase(s, false));
        forms.add(titleCase(s, true));
        forms.add(s.toLowerCase(Locale.ROOT));
        forms.add(s.toUpperCase(Locale.ROOT));
        return forms;
    }

    static String bindNames(String template, Set<String> names) {
        int at = template.indexOf(SLOT);
        if (at < 0 || template.indexOf(SLOT, at + 1) >= 0) {
            throw new IllegalStateException("A lookup template needs exactly one '" + SLOT + "'");
        }
        String values = names.stream().map(n -> langString(n, "en")).collect(Collectors.joining(" "));
        return template.substring(0, at) + "VALUES ?name { " + values + " }" + template.substring(at + SLOT.length());
    }

    /** A SPARQL literal {@code "text"@lang}, with every character that could end or break it escaped. */
    static String langString(String text, String lang) {
        StringBuilder b = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append("\"@").append(lang).toString();
    }

    // Words are split on spaces; a hyphenated part starts upper case too ("Jong-Un"). The first word is never minor.
    private static String titleCase(String s, boolean minorWordsLower) {
        String[] words = s.toLowerCase(Locale.ROOT).split(" ");
        StringBuilder b = new StringBuilder(s.length());
        for (int w = 0; w < words.length; w++) {
            if (w > 0) b.append(' ');
            if (minorWordsLower && w > 0 && MINOR_WORDS.contains(words[w])) {
                b.append(words[w]);
                continue;
            }
            boolean start = true;
            for (char c : words[w].toCharArray()) {
                b.append(start ? Character.toTitleCase(c) : c);
                start = c == '-';
            }
        }
        return b.toString();
    }
}
