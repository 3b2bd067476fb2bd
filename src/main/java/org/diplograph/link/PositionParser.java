package org.diplograph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code positions} cell: {@code |}-separated items, each a title followed by dates. Dates are a year
 * range ({@code 2012-2024}, open {@code 2012-}, one year {@code 2024}), an ISO interval of days or years
 * ({@code 2024-05-14/}, {@code 2021-01-20/2025-01-20}), or several of these separated by commas. A title joining two
 * offices ("Deputy Prime Minister and Minister for Defence of Australia") gives one position for each.
 * The office's country is the one the title names, else the holder's own; a title naming another body
 * ("President of the European Commission", "Prime Minister of Sarawak") gets none.
 */
final class PositionParser {
    private static final String DATE = "\\d{4}(?:-\\d{2}-\\d{2})?";
    private static final Pattern RANGE = Pattern.compile("(" + DATE + ")(?:([-/])(" + DATE + ")?)?");
    private static final Pattern DATES = Pattern.compile(
            "\\s(" + RANGE.pattern() + "(?:,\\s*" + RANGE.pattern() + ")*)$");
    private static final Pattern COMPOUND = Pattern.compile("\\s+and\\s+(?=(?:Minister|Secretary)\\b)");
    private static final Pattern PAREN = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern TAIL = Pattern.compile("\\s(?:of|in)\\s");
    /** A tail like "the Chinese Communist Party": a body of the holder's own country, named by its demonym. */
    private static final Pattern OWN_BODY = Pattern.compile(".*\\b(party|federal council|far east)\\b.*");

    private final Map<String, String> countryByName;
    private final Map<String, String> countryByDemonym;
    private final Set<String> organizationNames;
    private final Titles titles;

    /**
     * @param countryByName     country QID by {@link Names#key} of each country name and alias
     * @param countryByDemonym  country QID by key of each unambiguous demonym
     * @param organizationNames keys of organisation names and aliases
     */
    PositionParser(Map<String, String> countryByName, Map<String, String> countryByDemonym,
                   Set<String> organizationNames, Titles titles) {
        this.countryByName = countryByName;
        this.countryByDemonym = countryByDemonym;
        this.organizationNames = organizationNames;
        this.titles = titles;
    }

    List<Position> parse(String cell, String holderCountry) {
        List<Position> out = new ArrayList<>();
        for (String item : cell.split("\\|")) {
            item = item.strip();
            if (item.isEmpty()) continue;
            String title = item;
            List<String[]> ranges = new ArrayList<>();
            Matcher m = DATES.matcher(item);
            if (m.find()) {
                title = item.substring(0, m.start()).strip().replaceAll(",$", "");
                Matcher r = RANGE.matcher(m.group(1));
                while (r.find()) ranges.add(range(r, item));
            }
            if (title.matches(".*\\d{4}.*")) throw new IllegalArgumentException("unreadable dates in: " + item);
            if (ranges.isEmpty()) ranges.add(new String[] {null, null});
            for (String part : COMPOUND.split(title)) {
                String officeKey = officeKey(part);
                String country = country(part, holderCountry);
                for (String[] range : ranges) out.add(new Position(part, officeKey, country, range[0], range[1]));
            }
        }
        return out;
    }

    private static String[] range(Matcher r, String item) {
        String from = r.group(1);
        String separator = r.group(2);
        String to = r.group(3);
        if (separator == null) return new String[] {from, from};
        if (separator.equals("-") && (from.length() != 4 || (to != null && to.length() != 4))) {
            throw new IllegalArgumentException("write ranges of days as start/end: " + item);
        }
        return new String[] {from, to};
    }

    /** The office a title names once any country words are set aside. */
    String officeKey(String title) {
        String bare = PAREN.matcher(title).replaceAll(" ");
        List<String> tokens = Names.tokens(Names.key(bare));
        int skip = leadingCountryLength(tokens);
        return titles.prefix(tokens.subList(skip, tokens.size())).map(x -> x.office().key()).orElse(null);
    }

    /** The country whose office the title is, or null for offices of organisations and sub-national bodies. */
    String country(String title, String holderCountry) {
        boolean otherBody = false;
        Matcher p = PAREN.matcher(title);
        while (p.find()) {
            String c = countryByName.get(Names.key(p.group(1)));
            if (c != null) return c;
            otherBody = true;
        }
        String bare = PAREN.matcher(title).replaceAll(" ").replaceAll("\\s+", " ").strip();
        List<String> tokens = Names.tokens(Names.key(bare));
        int lead = leadingCountryLength(tokens);
        if (lead > 0) return countryOf(String.join(" ", tokens.subList(0, lead)));

        Matcher t = TAIL.matcher(bare);
        List<String> tails = new ArrayList<>();
        while (t.find()) tails.add(bare.substring(t.end()).split("\\s+to\\s+")[0]);
        for (String tail : tails) {
            // "the United Kingdom and other Commonwealth realms", "the Taliban / Afghanistan"
            List<String> readings = new ArrayList<>(List.of(tail, tail.split("\\s+and\\s+")[0]));
            readings.addAll(List.of(tail.split("/")));
            for (String reading : readings) {
                String c = countryByName.get(Names.key(reading));
                if (c != null) return c;
            }
        }
        if (otherBody) return null;
        for (String tail : tails) {
            String key = Names.key(tail);
            List<String> words = Names.tokens(key);
            int n = leadingCountryLength(words);
            if (n > 0 && n < words.size() && OWN_BODY.matcher(key).matches()
                    && countryByDemonym.containsKey(String.join(" ", words.subList(0, n)))) {
                return countryOf(String.join(" ", words.subList(0, n)));
            }
            if (organizationNames.contains(key) || startsWithOrganization(words)) return null;
        }
        // Words left after the office ("of Sarawak", "of the Swiss Federal Council") name another body.
        int matched = titles.prefix(tokens).map(Titles.Match::length).orElse(0);
        List<String> rest = tokens.subList(matched, tokens.size());
        if (rest.contains("of") || rest.contains("to") || rest.contains("in")) return null;
        return holderCountry;
    }

    private boolean startsWithOrganization(List<String> words) {
        for (int n = words.size(); n > 0; n--) {
            if (organizationNames.contains(String.join(" ", words.subList(0, n)))) return true;
        }
        return false;
    }

    /** How many leading words name a country or its people ("united states", "italian", "uk"). */
    int leadingCountryLength(List<String> tokens) {
        for (int n = Math.min(8, tokens.size() - 1); n > 0; n--) {
            String k = String.join(" ", tokens.subList(0, n));
            if (countryByName.containsKey(k) || countryByDemonym.containsKey(k)) return n;
        }
        return 0;
    }

    private String countryOf(String key) {
        String c = countryByName.get(key);
        return c != null ? c : countryByDemonym.get(key);
    }
}
