package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplograph.link.GazetteerEntry.Kind;
import org.junit.jupiter.api.Test;

/** Integrity of the bundled gazetteer files. */
class GazetteerDataTest {
    private static final Gazetteer G = Gazetteer.bundled();

    /** QIDs that two rows may share, with the reason. */
    private static final Map<String, String> SHARED_QIDS = Map.of(
            "Q334", "Singapore is a city-state: its country row and its city row (which has coordinates) are one entity");

    /**
     * Names that belong to two entities of one kind on purpose. Lookup returns both, and the linker then
     * decides by country and date or leaves the mention unlinked.
     */
    private static final Map<String, String> SHARED_NAMES = Map.ofEntries(
            Map.entry("COUNTRY congolese", "demonym of both Congos"),
            Map.entry("COUNTRY dominican", "demonym of Dominica and of the Dominican Republic"),
            Map.entry("COUNTRY sahrawi", "demonym of the Sahrawi Republic and of Western Sahara"));

    @Test
    void every_kind_of_entry_is_loaded() {
        Map<Kind, Integer> sizes = G.sizeByKind();
        for (Kind k : Kind.values()) assertTrue(sizes.getOrDefault(k, 0) > 0, "no entries of kind " + k);
        assertTrue(sizes.get(Kind.COUNTRY) >= 199, "countries: " + sizes.get(Kind.COUNTRY));
        assertTrue(sizes.get(Kind.PERSON) >= 1000, "people: " + sizes.get(Kind.PERSON));
    }

    @Test
    void no_qid_is_given_to_two_different_entities() {
        Map<String, List<GazetteerEntry>> byQid = G.entries().stream().filter(GazetteerEntry::linked)
                .collect(Collectors.groupingBy(GazetteerEntry::qid));
        List<String> offending = new ArrayList<>();
        byQid.forEach((qid, rows) -> {
            if (rows.size() > 1 && !SHARED_QIDS.containsKey(qid)) {
                offending.add(qid + " " + rows.stream().map(e -> e.kind() + ":" + e.name()).toList());
            }
        });
        assertEquals(List.of(), offending, "QIDs given to more than one row");
    }

    @Test
    void no_name_names_two_entities_of_one_kind_without_a_documented_reason() {
        assertEquals(Map.of(), collisions(Names::key), "names shared by entities of one kind");
    }

    @Test
    void no_romanisation_key_names_two_entities_of_one_kind_without_a_documented_reason() {
        assertEquals(Map.of(), collisions(Names::looseKey), "loose keys shared by entities of one kind");
    }

    @Test
    void every_person_row_with_dates_parses_into_dated_positions() {
        long dated = G.entries().stream().filter(e -> e.kind() == Kind.PERSON)
                .flatMap(e -> e.positions().stream()).filter(Position::dated).count();
        assertTrue(dated > 900, "dated positions: " + dated);
    }

    @Test
    void every_country_of_leaders_tsv_has_a_leader_in_2023() {
        // The loader rejects a leaders.tsv QID that is no country; this checks the offices it names are filled.
        List<String> missing = new ArrayList<>();
        for (String qid : List.of("Q30", "Q159", "Q148", "Q423", "Q145", "Q17", "Q183", "Q142", "Q794", "Q668")) {
            if (G.officeHolder("LEADER", qid, java.time.LocalDate.of(2023, 9, 17)).isEmpty()) missing.add(qid);
        }
        assertEquals(List.of(), missing, "countries whose leader on 2023-09-17 is unknown");
    }

    private static Map<String, Set<String>> collisions(Function<String, String> key) {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (GazetteerEntry e : G.entries()) {
            List<String> names = new ArrayList<>(e.names());
            names.addAll(e.demonyms());
            for (String n : names) {
                String k = key.apply(n);
                if (k.isEmpty()) continue;
                owners.computeIfAbsent(e.kind() + " " + k, x -> new TreeSet<>()).add(e.identity());
            }
        }
        owners.values().removeIf(ids -> ids.size() < 2);
        owners.keySet().removeIf(k -> SHARED_NAMES.containsKey(k)
                || SHARED_NAMES.containsKey(k.substring(0, k.indexOf(' ')) + " " + Names.key(k.substring(k.indexOf(' ') + 1))));
        return owners;
    }
}
