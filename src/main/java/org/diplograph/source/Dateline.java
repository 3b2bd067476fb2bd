package org.diplograph.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire dateline that opens many articles: {@code "SEOUL (Reuters) -"}, {@code "BEIJING, April 9 (Xinhua) --"},
 * {@code "TEHRAN -"}, {@code "MOSCOW, Dec 28 (PTI)"}. It names where the story was filed and who filed it, not where
 * anything happened, so annotation masks it and extraction reads the agency as the article's publisher.
 *
 * @param city   the dateline place as written ("NEW YORK")
 * @param agency the agency in brackets, or null
 * @param end    character offset just past the dateline and its dash
 */
public record Dateline(String city, String agency, int end) {
    private static final Pattern PATTERN = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu}\\p{M} .'-]{1,40}?|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)"   // city, usually in capitals
            + "(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"               // optional ", April 9"
            + "(?:\\s*\\(([^)\\n]{2,40})\\))?"                                              // optional "(Xinhua)"
            + "\\s*(?:[-\u2013\u2014]+|:)?\\s+");

    /** The dateline at the start of a body, if there is one. */
    public static Optional<Dateline> find(String body) {
        Matcher m = PATTERN.matcher(body);
        if (!m.find()) return Optional.empty();
        String city = m.group(1).strip();
        String agency = m.group(2) == null ? null : m.group(2).strip();
        String matched = m.group();
        boolean dash = matched.matches("(?s).*[-\u2013\u2014:]\\s*$");
        boolean capitals = city.equals(city.toUpperCase()) && city.replaceAll("[^\\p{L}]", "").length() >= 3;
        // Without an agency, only a capitalised city followed by a dash is a dateline ("TEHRAN - ").
        if (agency == null && !(dash && capitals)) return Optional.empty();
        if (agency != null && !capitals && !dash) return Optional.empty();
        return Optional.of(new Dateline(city, agency, m.end()));
    }

    /** The body with the dateline blanked out, offsets unchanged. */
    public static String mask(String body) {
        return find(body).map(d -> " ".repeat(d.end()) + body.substring(d.end())).orElse(body);
    }
}
