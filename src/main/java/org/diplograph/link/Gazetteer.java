package org.diplograph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplograph.link.GazetteerEntry.Kind;

/**
 * The offline gazetteer: countries, places, organisations and people with their QIDs, names and offices, loaded
 * once from the TSV files under {@code /gazetteer/} on the classpath. Names match whatever the spelling
 * ({@link Names}); offices resolve to their holder on a date.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.bundled();
 * g.lookup("N. Korea");                                   // [North Korea (Q423)]
 * g.countryByDemonym("Russian").map(GazetteerEntry::qid); // Q159
 * g.officeHolder("DEFENCE_MINISTER", "Q159", LocalDate.of(2025, 3, 1)); // Andrei Belousov
 * }</pre>
 */
public final class Gazetteer {
    /** Given names come first in these countries' names as English news writes them. */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("Q148", "Q423", "Q884", "Q865");
    private static final Set<String> PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "di", "du", "dos", "das", "del", "la", "le", "al", "el", "bin",
            "ibn", "ben", "abu", "ter", "zu");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Which kind wins when one surface names several kinds of thing ("Singapore"). */
    private static final Comparator<GazetteerEntry> KIND_ORDER = Comparator.comparing(GazetteerEntry::kind);

    private static volatile Gazetteer bundled;

    private final List<GazetteerEntry> entries;
    private final Titles titles;
    private final Map<String, String> leaderOffices;
    private final Map<String, String> capitals;
    private final Map<String, List<GazetteerEntry>> byQid;
    private final Map<String, List<GazetteerEntry>> names = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> looseNames = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> demonyms = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> looseDemonyms = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> surnames = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> looseSurnames = new HashMap<>();
    /** Office key, then country QID, then the dated terms in that office. */
    private final Map<String, Map<String, List<Term>>> offices = new HashMap<>();
    private final int maxAliasTokens;

    /** A dated term with the days it surely covers once successors have cut its end. */
    private record Term(GazetteerEntry holder, Position position, LocalDate sureFrom, LocalDate sureTo) {
        boolean surelyCovers(LocalDate day) {
            return !day.isBefore(sureFrom) && !day.isAfter(sureTo);
        }
    }

    private Gazetteer(GazetteerLoader.Loaded loaded) {
        this.entries = List.copyOf(loaded.entries());
        this.titles = loaded.titles();
        this.leaderOffices = Map.copyOf(loaded.leaderOffices());
        this.capitals = Map.copyOf(loaded.capitals());
        this.byQid = entries.stream().filter(GazetteerEntry::linked)
                .collect(Collectors.groupingBy(GazetteerEntry::qid));
        int maxTokens = 0;
        for (GazetteerEntry e : entries) {
            for (String n : e.names()) {
                maxTokens = Math.max(maxTokens, index(names, looseNames, n, e));
            }
            for (String d : e.demonyms()) {
                maxTokens = Math.max(maxTokens, index(demonyms, looseDemonyms, d, e));
            }
            if (e.kind() == Kind.PERSON) {
                for (String n : e.names()) {
                    String s = surname(n, e.countryQid());
                    if (s != null) index(surnames, looseSurnames, s, e);
                }
            }
        }
        this.maxAliasTokens = maxTokens;
        buildOffices();
    }

    /** The capital city of a country, by the country's QID, when the gazetteer has it as a place. */
    public Optional<GazetteerEntry> capitalOf(String countryQid) {
        String city = capitals.get(countryQid);
        return city == null ? Optional.empty() : byQid(city).filter(e -> e.kind() == Kind.CITY);
    }

    /** The gazetteer bundled in the jar, loaded on first use. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = bundled;
                if (g == null) bundled = g = new Gazetteer(GazetteerLoader.load());
            }
        }
        return g;
    }

    /** All entries, in file order. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /**
     * Entries whose name or alias (or, for a country, demonym) matches the surface, ignoring case, diacritics,
     * dots, hyphens, a possessive and romanisation differences. Exact spelling matches win over loose ones.
     */
    public List<GazetteerEntry> lookup(String surface) {
        String key = Names.key(surface);
        if (key.isEmpty()) return List.of();
        List<GazetteerEntry> found = union(names.get(key), demonyms.get(key));
        if (!found.isEmpty()) return found;
        String loose = Names.looseKey(surface);
        return union(looseNames.get(loose), looseDemonyms.get(loose));
    }

    /** The entry with this QID; a city-state's country entry wins over its city entry. */
    public Optional<GazetteerEntry> byQid(String qid) {
        return byQid.getOrDefault(qid, List.of()).stream().min(KIND_ORDER);
    }

    /** The country whose name or alias this is ("DPRK", "U.S.", "Türkiye"). */
    public Optional<GazetteerEntry> countryByName(String name) {
        String key = Names.key(name);
        List<GazetteerEntry> found = countries(names.get(key));
        if (found.isEmpty()) found = countries(looseNames.get(Names.looseKey(name)));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The country whose people this word names ("North Korean"); empty when the word fits several ("Congolese"). */
    public Optional<GazetteerEntry> countryByDemonym(String demonym) {
        List<GazetteerEntry> found = countries(demonyms.get(Names.key(demonym)));
        if (found.isEmpty()) found = countries(looseDemonyms.get(Names.looseKey(demonym)));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** A country by name, alias or demonym, as articles write affiliations ("Russia", "Russian", "Russia's"). */
    public Optional<GazetteerEntry> country(String nameOrDemonym) {
        if (nameOrDemonym == null) return Optional.empty();
        Optional<GazetteerEntry> c = countryByName(nameOrDemonym);
        return c.isPresent() ? c : countryByDemonym(nameOrDemonym);
    }

    /** Persons known by this family name ("Shoigu", "Kim", "von der Leyen"), whatever the romanisation. */
    public List<GazetteerEntry> bySurname(String surname) {
        String key = Names.key(surname);
        if (key.isEmpty()) return List.of();
        List<GazetteerEntry> found = union(surnames.get(key), null);
        return found.isEmpty() ? union(looseSurnames.get(Names.looseKey(surname)), null) : found;
    }

    /**
     * The office ("DEFENCE_MINISTER", "FOREIGN_MINISTER", "LEADER" …) that title words name, once country
     * words are set aside: "the Russian defence minister" and "Minister of Defence" both give DEFENCE_MINISTER.
     */
    public Optional<String> officeKey(String titleWords) {
        List<String> tokens = Names.tokens(Names.key(titleWords));
        int skip = leadingCountry(tokens).map(c -> c.length).orElse(0);
        tokens = tokens.subList(skip, tokens.size());
        if (!tokens.isEmpty() && tokens.get(0).equals("the")) tokens = tokens.subList(1, tokens.size());
        return titles.prefix(tokens).map(m -> m.office().key());
    }

    /**
     * Who held the office in the country on the day. Only offices with one holder at a time resolve, and only when
     * exactly one known term surely covers the day: a term with an open end is taken to end when the next holder
     * starts, and a year-precise change leaves that year in doubt unless the files give the day. LEADER resolves
     * to the office {@code leaders.tsv} names for the country, or to the head of state where no head of
     * government is in office.
     */
    public Optional<GazetteerEntry> officeHolder(String officeKey, String countryQid, LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (officeKey == null || countryQid == null) return Optional.empty();
        if (officeKey.equals("LEADER")) {
            Optional<GazetteerEntry> leader = holder("LEADER", countryQid, date);
            if (leader.isPresent()) return leader;
            String office = leaderOffices.get(countryQid);
            if (office != null) return holder(office, countryQid, date);
            if (terms("HEAD_OF_GOVERNMENT", countryQid).stream().noneMatch(t -> t.position().mayCover(date))) {
                return holder("HEAD_OF_STATE", countryQid, date);
            }
            return Optional.empty();
        }
        if (!titles.singleHolder(officeKey)) return Optional.empty();
        return holder(officeKey, countryQid, date);
    }

    /** The number of words in the longest name, alias or demonym: how far a phrase matcher must look. */
    public int maxAliasTokens() {
        return maxAliasTokens;
    }

    /** How many entries there are of each kind. */
    public Map<Kind, Integer> sizeByKind() {
        Map<Kind, Integer> sizes = new EnumMap<>(Kind.class);
        for (GazetteerEntry e : entries) sizes.merge(e.kind(), 1, Integer::sum);
        return sizes;
    }

    /** The office title a phrase starts with, and how many words it takes. */
    Optional<Titles.Match> titlePrefix(List<String> tokens) {
        return titles.prefix(tokens);
    }

    /** A country named at the start of a phrase, and how many words named it. */
    record LeadingCountry(GazetteerEntry country, int length) {}

    /** The longest run of leading words that names a country or its people ("north korean leader" → 2). */
    Optional<LeadingCountry> leadingCountry(List<String> tokens) {
        for (int n = Math.min(maxAliasTokens, tokens.size()); n > 0; n--) {
            String phrase = String.join(" ", tokens.subList(0, n));
            Optional<GazetteerEntry> c = countryByName(phrase);
            if (c.isEmpty()) c = countryByDemonym(phrase);
            if (c.isPresent()) return Optional.of(new LeadingCountry(c.get(), n));
        }
        return Optional.empty();
    }

    private Optional<GazetteerEntry> holder(String officeKey, String countryQid, LocalDate date) {
        List<GazetteerEntry> sure = terms(officeKey, countryQid).stream()
                .filter(t -> t.surelyCovers(date)).map(Term::holder).distinct().toList();
        return sure.size() == 1 ? Optional.of(sure.get(0)) : Optional.empty();
    }

    private List<Term> terms(String officeKey, String countryQid) {
        return offices.getOrDefault(officeKey, Map.of()).getOrDefault(countryQid, List.of());
    }

    private void buildOffices() {
        Map<GazetteerEntry, List<Position>> held = new HashMap<>();
        for (GazetteerEntry e : entries) {
            for (Position p : e.positions()) {
                if (p.officeKey() == null || p.countryQid() == null || !p.dated()) continue;
                held.computeIfAbsent(e, k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, Map<String, List<Map.Entry<GazetteerEntry, Position>>>> grouped = new HashMap<>();
        held.forEach((e, ps) -> ps.forEach(p -> grouped
                .computeIfAbsent(p.officeKey(), k -> new HashMap<>())
                .computeIfAbsent(p.countryQid(), k -> new ArrayList<>())
                .add(Map.entry(e, p))));
        grouped.forEach((office, byCountry) -> byCountry.forEach((country, list) -> {
            List<Term> terms = new ArrayList<>();
            for (Map.Entry<GazetteerEntry, Position> t : list) {
                Position p = t.getValue();
                LocalDate sureTo = p.to() == null ? LocalDate.MAX : p.earliestEnd();
                for (Map.Entry<GazetteerEntry, Position> s : list) {
                    boolean successor = s.getKey() != t.getKey()
                            && s.getValue().earliestStart().isAfter(p.earliestStart());
                    if (successor) {
                        LocalDate cut = s.getValue().earliestStart().minusDays(1);
                        if (cut.isBefore(sureTo)) sureTo = cut;
                    }
                }
                terms.add(new Term(t.getKey(), p, p.latestStart(), sureTo));
            }
            offices.computeIfAbsent(office, k -> new HashMap<>()).put(country, List.copyOf(terms));
        }));
    }

    /** The family name to index a person's name under, or null for one-word and regnal names. */
    static String surname(String name, String countryQid) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        while (words.size() > 1 && SUFFIXES.contains(Names.key(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        if (words.size() < 2) return null;
        if (countryQid != null && FAMILY_NAME_FIRST.contains(countryQid)) return words.get(0);
        for (int i = 1; i < words.size() - 1; i++) {
            if (PARTICLES.contains(Names.key(words.get(i)))) return String.join(" ", words.subList(i, words.size()));
        }
        return words.get(words.size() - 1);
    }

    private static int index(Map<String, List<GazetteerEntry>> strict, Map<String, List<GazetteerEntry>> loose,
                             String name, GazetteerEntry e) {
        String key = Names.key(name);
        if (key.isEmpty()) return 0;
        add(strict, key, e);
        add(loose, Names.looseKey(name), e);
        return Names.tokens(key).size();
    }

    private static void add(Map<String, List<GazetteerEntry>> map, String key, GazetteerEntry e) {
        List<GazetteerEntry> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(e)) list.add(e);
    }

    private static List<GazetteerEntry> union(Collection<GazetteerEntry> a, Collection<GazetteerEntry> b) {
        Set<GazetteerEntry> set = new LinkedHashSet<>();
        if (a != null) set.addAll(a);
        if (b != null) set.addAll(b);
        return List.copyOf(set);
    }

    private static List<GazetteerEntry> countries(Collection<GazetteerEntry> found) {
        if (found == null) return List.of();
        return found.stream().filter(e -> e.kind() == Kind.COUNTRY)
                .collect(Collectors.toMap(GazetteerEntry::identity, Function.identity(), (x, y) -> x,
                        java.util.LinkedHashMap::new))
                .values().stream().toList();
    }
}
