package org.diplograph.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire dateline that opens many articles: {@code "SEOUL (Reuters) -"}, {@code "BEIJING, April 9 (Xinhua) --"},
 * {@code "TEHRAN -"}, {@code "MOSCOW, April 22. /TASS/."}, {@code "ALMATY. KAZINFORM –"}, {@code "NEW DELHI:"}. It
 * names where the story was filed and who filed it, not where anything happened, so annotation masks it and
 * extraction reads the agency as the article's publisher.
 *
 * @param city   the dateline place as written ("NEW YORK")
 * @param agency the agency, or null
 * @param end    character offset just past the dateline and its dash
 */
public record Dateline(String city, String agency, int end) {
    private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{M}'’-]|\\.(?=\\p{L}))*";
    private static final String CITY = WORD + "(?:\\s+" + WORD + "){0,2}";
    private static final String DATE = "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:\\p{Lu}\\p{Ll}{2,8}|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s*\\d{4}|/\\d{4})?";
    /** A time stamp standing alone on its line: "January 30, 2024, 7:21 pm", "30 Jan 2024 14:05", "2024-01-30". */
    private static final String STAMP = "(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})[^\\n.]{0,30}";
    private static final Pattern TOP_LINES = Pattern.compile("(?:\\s*(?:(?:By|Published|Updated|Posted)\\b[^\\n]{0,120}|" + STAMP + ")\\n)+");
    private static final Pattern PATTERN = Pattern.compile(
            "^\\s*(" + CITY + "(?:\\s*/\\s*" + CITY + ")*)"           // city, or "CARACAS/BOGOTA"
            + "(?:\\s*\\[[^\\]\\n]{2,30}\\])?"                           // "[Uzbekistan]"
            + "(?:,\\s*(?!\\p{Lu}{3,12}\\s*[-\u2013\u2014])(?:" + DATE + "|" + CITY + "))?"   // ", Nigeria", ", April 9"
            + "(?:,\\s*" + DATE + ")?"                                   // ", Wednesday" after a region
            + "\\s*(?:\\(([^)\\n]{2,40})\\)\\.?"                          // "(Xinhua)"
            + "|\\.?\\s*/(\\p{Lu}{2,12})/\\.?"                            // ". /TASS/."
            + "|[.,]\\s*(\\p{Lu}{3,12})(?=\\s*[-\u2013\u2014]))?"          // ". KAZINFORM –", ", IRNA –"
            + "\\s*(--|[-\u2013\u2014:])?\\s+");

    /** "Riyadh, Jumada I 14, 1444, December 08, 2022, SPA --": a place, dates in two calendars, the agency last. */
    private static final Pattern AGENCY_LAST = Pattern.compile(
            "^\\s*(" + CITY + "),[^\\n]{3,60}?\\d{4},\\s*(\\p{Lu}{2,12})\\s*(?:--|[-\u2013\u2014])\\s+");

    private static final Pattern AGENCY_FIRST = Pattern.compile("\\s*\\((\\p{Lu}{2,12})\\)\\s*[-\u2013\u2014]+\\s*");

    /** The dateline at the start of a body, if there is one. */
    public static Optional<Dateline> find(String body) {
        // Bylines and time stamps may stand above the dateline: "By Morocco World News".
        Matcher top = TOP_LINES.matcher(body);
        int start = top.lookingAt() ? top.end() : 0;
        // "(ANSA) - TUNIS, JUN 11 - ": the agency first, then the usual dateline.
        Matcher first = AGENCY_FIRST.matcher(body).region(start, body.length());
        if (first.lookingAt()) {
            Optional<Dateline> rest = wire(body, first.end());
            if (rest.isPresent()) {
                Dateline d = rest.get();
                return Optional.of(new Dateline(d.city(), d.agency() != null ? d.agency() : first.group(1), d.end()));
            }
        }
        return wire(body, start).or(() -> {
            Matcher last = AGENCY_LAST.matcher(body).region(start, body.length());
            return last.lookingAt() ? Optional.of(new Dateline(last.group(1).strip(), last.group(2), last.end())) : Optional.empty();
        });
    }

    private static Optional<Dateline> wire(String body, int start) {
        Matcher m = PATTERN.matcher(body).region(start, body.length());
        if (!m.lookingAt()) return Optional.empty();
        String city = m.group(1).strip();
        String agency = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        agency = agency == null ? null : agency.strip();
        boolean dash = m.group(5) != null;
        boolean capitals = city.equals(city.toUpperCase()) && city.replaceAll("[^\\p{L}]", "").length() >= 3;
        // "Rabat – King ...": a spaced en or em dash after a short place name opens a story just as capitals do.
        boolean longDash = dash && (m.group(5).equals("\u2013") || m.group(5).equals("\u2014")) && !city.contains("/")
                && city.split("\\s+").length <= 2 && m.group(0).matches("(?s).*\\s[\u2013\u2014]\\s+");
        // Without an agency, only a city in capitals followed by a dash or colon is a dateline ("TEHRAN - ").
        if (agency == null && !(dash && (capitals || longDash))) return Optional.empty();
        if (agency != null && !agency.matches("[\\p{L} .&'-]+")) return Optional.empty();
        return Optional.of(new Dateline(city, agency, m.end()));
    }

    /** The body with the dateline blanked out, offsets unchanged. */
    public static String mask(String body) {
        return find(body).map(d -> " ".repeat(d.end()) + body.substring(d.end())).orElse(body);
    }
}
