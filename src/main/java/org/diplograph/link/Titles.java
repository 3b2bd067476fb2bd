package org.diplograph.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Office words from {@code titles.tsv}, matched by the longest leading run of words, so "Minister of Foreign
 * Affairs and Trade" is a foreign minister and "Chancellor of the Exchequer" is not a head of government.
 */
final class Titles {
    /** An office a title names, and whether one person at a time holds it in a country. */
    record Office(String key, boolean singleHolder) {}

    /** A match: the office and how many leading words named it. */
    record Match(Office office, int length) {}

    private final Map<String, Office> byKey;
    private final int maxTokens;

    private Titles(Map<String, Office> byKey) {
        this.byKey = Map.copyOf(byKey);
        this.maxTokens = byKey.keySet().stream().mapToInt(k -> Names.tokens(k).size()).max().orElse(0);
    }

    static Titles load(String resource) {
        Map<String, Office> map = new HashMap<>();
        for (Tsv.Row row : Tsv.read(resource)) {
            String key = Names.key(row.require("title"));
            String flag = row.require("single_holder");
            if (!flag.equals("yes") && !flag.equals("no")) throw row.error("single_holder is yes or no: " + flag);
            Office office = new Office(row.require("office"), flag.equals("yes"));
            Office before = map.putIfAbsent(key, office);
            if (before != null && !before.equals(office)) throw row.error("title given two offices: " + key);
        }
        return new Titles(map);
    }

    /** The longest title that the words start with. */
    Optional<Match> prefix(List<String> tokens) {
        for (int n = Math.min(maxTokens, tokens.size()); n > 0; n--) {
            Office o = byKey.get(String.join(" ", tokens.subList(0, n)));
            if (o != null) return Optional.of(new Match(o, n));
        }
        return Optional.empty();
    }

    /** The office named by the key itself, if any. */
    Optional<Office> exact(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** True when the office key is known and has a single holder per country at a time. */
    boolean singleHolder(String officeKey) {
        return byKey.values().stream().anyMatch(o -> o.key().equals(officeKey) && o.singleHolder());
    }

    boolean knows(String officeKey) {
        return byKey.values().stream().anyMatch(o -> o.key().equals(officeKey));
    }
}
