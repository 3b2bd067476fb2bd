package org.diplograph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.link.GazetteerEntry.Kind;

/** Reads the gazetteer TSV files from the classpath into entries, countries first so titles can name them. */
final class GazetteerLoader {
    static final String DIR = "/gazetteer/";
    static final List<String> COUNTRY_FILES = List.of("countries.tsv");
    static final List<String> PLACE_FILES = List.of("places.tsv");
    static final List<String> ORGANIZATION_FILES = List.of("organizations.tsv", "organizations-added.tsv");
    static final List<String> PEOPLE_FILES = List.of("people.tsv", "people-unverified.tsv", "people-added.tsv");

    private static final Map<String, Kind> TYPES = Map.of(
            "City", Kind.CITY, "Site", Kind.SITE, "Region", Kind.REGION,
            "NewsAgency", Kind.NEWS_AGENCY, "InternationalOrganization", Kind.INTERNATIONAL_ORGANIZATION,
            "Government", Kind.GOVERNMENT, "Military", Kind.MILITARY);

    /** Everything the gazetteer is built from. */
    record Loaded(List<GazetteerEntry> entries, Titles titles, Map<String, String> leaderOffices, Map<String, String> capitals) {}

    private GazetteerLoader() {}

    static Loaded load() {
        Titles titles = Titles.load(DIR + "titles.tsv");
        List<GazetteerEntry> entries = new ArrayList<>();
        Map<String, String> capitals = new HashMap<>();
        for (String f : COUNTRY_FILES) {
            for (Tsv.Row row : Tsv.read(DIR + f)) {
                entries.add(entry(row, Kind.COUNTRY, null, null, null, row.list("demonyms"), List.of()));
                if (row.get("qid") != null && row.get("capital_qid") != null) capitals.put(row.get("qid"), row.get("capital_qid"));
            }
        }
        for (String f : PLACE_FILES) {
            for (Tsv.Row row : Tsv.read(DIR + f)) {
                entries.add(entry(row, type(row), row.get("country_qid"), number(row, "lat"), number(row, "lon"),
                        List.of(), List.of()));
            }
        }
        for (String f : ORGANIZATION_FILES) {
            for (Tsv.Row row : Tsv.read(DIR + f)) {
                entries.add(entry(row, type(row), row.get("country_qid"), null, null, List.of(), List.of()));
            }
        }
        PositionParser positions = positionParser(entries, titles);
        for (String f : PEOPLE_FILES) {
            for (Tsv.Row row : Tsv.read(DIR + f)) {
                String country = row.get("country_qid");
                List<Position> held;
                try {
                    held = row.get("positions") == null ? List.of() : positions.parse(row.get("positions"), country);
                } catch (IllegalArgumentException e) {
                    throw row.error(e.getMessage());
                }
                entries.add(entry(row, Kind.PERSON, country, null, null, List.of(), held));
            }
        }
        Map<String, String> leaders = new HashMap<>();
        for (Tsv.Row row : Tsv.read(DIR + "leaders.tsv")) {
            String office = row.require("leader_office");
            if (!titles.knows(office)) throw row.error("unknown office: " + office);
            String country = row.require("country_qid");
            boolean known = entries.stream().anyMatch(e -> e.kind() == Kind.COUNTRY && country.equals(e.qid()));
            if (!known) throw row.error("not a country of countries.tsv: " + country);
            leaders.put(country, office);
        }
        return new Loaded(entries, titles, leaders, capitals);
    }

    private static GazetteerEntry entry(Tsv.Row row, Kind kind, String country, Double lat, Double lon,
                                        List<String> demonyms, List<Position> positions) {
        String source = row.get("source");
        if (source == null) source = row.file() + (row.get("candidate_qid_note") != null
                ? " (" + row.get("candidate_qid_note") + ")" : "");
        try {
            return new GazetteerEntry(row.get("qid"), row.require("name"), kind, country, lat, lon,
                    row.list("aliases"), demonyms, positions, source);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static Kind type(Tsv.Row row) {
        Kind k = TYPES.get(row.require("type"));
        if (k == null) throw row.error("unknown type: " + row.get("type"));
        return k;
    }

    private static Double number(Tsv.Row row, String column) {
        String v = row.get(column);
        if (v == null) return null;
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw row.error("not a number in " + column + ": " + v);
        }
    }

    private static PositionParser positionParser(List<GazetteerEntry> entries, Titles titles) {
        Map<String, String> byName = new HashMap<>();
        Map<String, Set<String>> byDemonym = new HashMap<>();
        Set<String> organizations = new HashSet<>();
        for (GazetteerEntry e : entries) {
            if (e.kind() == Kind.COUNTRY && e.qid() != null) {
                e.names().forEach(n -> byName.putIfAbsent(Names.key(n), e.qid()));
                e.demonyms().forEach(d -> byDemonym.computeIfAbsent(Names.key(d), k -> new HashSet<>()).add(e.qid()));
            } else if (e.kind().isOrganization()) {
                e.names().forEach(n -> organizations.add(Names.key(n)));
            }
        }
        Map<String, String> unambiguous = new HashMap<>();
        byDemonym.forEach((k, qids) -> {
            if (qids.size() == 1) unambiguous.put(k, qids.iterator().next());
        });
        return new PositionParser(byName, unambiguous, organizations, titles);
    }
}
