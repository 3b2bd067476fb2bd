package org.diplograph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.diplograph.extract.Actor;
import org.diplograph.extract.EntityType;
import org.diplograph.link.GazetteerEntry.Kind;

/**
 * Links an article's actors to gazetteer entries, offline. Reads an {@link Actor} (name, type, role, affiliation)
 * and the article's date; gives an {@link Entity} with the canonical label, the QID when the gazetteer has one,
 * the country and, for places, coordinates.
 *
 * <ul>
 *   <li>Types never cross: a person links only to a person, a country to a country, a place to a city, site or
 *       region (or to a country, typed COUNTRY), an organisation or outlet to an organisation.</li>
 *   <li>When a name fits several people, the one of the actor's country in office on the date wins; a bare
 *       surname links only when exactly one person fits both.</li>
 *   <li>A phrase that only names an office ("the Russian defence minister") links to the office's holder on the
 *       date.</li>
 *   <li>Anything else stays unlinked: {@code Entity.unlinked(type, actor.name())}.</li>
 * </ul>
 *
 * <pre>{@code
 * EntityLinker linker = new EntityLinker(Gazetteer.bundled());
 * Actor minister = new Actor("the Russian defence minister", EntityType.PERSON, "defence minister", "Russia");
 * linker.link(minister, LocalDate.of(2023, 9, 17)).qid();   // Shoigu's QID
 * linker.link(Actor.of("N. Korea", EntityType.COUNTRY), day).qid();   // "Q423"
 * }</pre>
 */
public final class EntityLinker {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Where "Sheikh" and a given name name a ruler: the UAE, Qatar, Kuwait, Bahrain, Oman and Saudi Arabia. */
    private static final Set<String> GULF_COUNTRIES = Set.of("Q878", "Q846", "Q817", "Q398", "Q842", "Q851");
    /** Words before a name that are no part of it. */
    private static final Set<String> HONORIFICS = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "gen", "general", "lt", "col", "colonel", "adm",
            "admiral", "marshal", "field", "sheikh", "prince", "princess", "comrade", "respected", "former", "then",
            "new", "incoming", "outgoing");

    private final Gazetteer gazetteer;
    private volatile java.util.Map<String, List<GazetteerEntry>> monarchs;

    /**
     * Wikidata names monarchs "Abdullah II of Jordan", "Harald V of Norway"; articles say "King Abdullah II". The part
     * before " of COUNTRY" is a name of its own.
     */
    private java.util.Map<String, List<GazetteerEntry>> monarchs() {
        java.util.Map<String, List<GazetteerEntry>> m = monarchs;
        if (m == null) {
            m = new java.util.HashMap<>();
            for (GazetteerEntry e : gazetteer.entries()) {
                if (e.kind() != Kind.PERSON) continue;
                int of = e.name().lastIndexOf(" of ");
                if (of <= 0 || gazetteer.country(e.name().substring(of + 4)).isEmpty()) continue;
                m.computeIfAbsent(Names.key(e.name().substring(0, of)), k -> new ArrayList<>()).add(e);
            }
            monarchs = m;
        }
        return m;
    }

    public EntityLinker(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The gazetteer this linker reads. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Links the actor as of the article's date (null when the article is undated: no office then resolves). */
    public Entity link(Actor actor, LocalDate articleDate) {
        Objects.requireNonNull(actor, "actor");
        Optional<GazetteerEntry> country = gazetteer.country(actor.affiliation());
        Optional<GazetteerEntry> found = switch (actor.type()) {
            case PERSON -> person(actor, country.map(GazetteerEntry::qid).orElse(null), articleDate);
            case COUNTRY -> single(candidates(actor.name(), e -> e.kind() == Kind.COUNTRY));
            case PLACE -> place(actor.name(), country.map(GazetteerEntry::qid).orElse(null));
            case ORGANIZATION, OUTLET -> organization(actor, country);
        };
        if (found.isEmpty()) return Entity.unlinked(actor.type(), actor.name());
        GazetteerEntry e = found.get();
        EntityType type = e.kind() == Kind.COUNTRY ? EntityType.COUNTRY : actor.type();
        Entity entity = entity(type, e);
        // An entry without a QID links nothing, so its name is no canonical label: the article's fuller form of it
        // ("Seyed Abbas Araghchi" for "Abbas Araghchi") is the fullest name, as for any unlinked person.
        String fuller = e.qid() == null && type == EntityType.PERSON ? fullerForm(actor.name(), e.name()) : null;
        if (fuller != null) return new Entity(type, fuller, null, entity.countryQid(), entity.lat(), entity.lon());
        return entity;
    }

    /**
     * The written name without the titles before it ("Kremlin spokesman"), when it holds every word of the entry's
     * name in a row and more words besides; else null.
     */
    private String fullerForm(String written, String entryName) {
        String[] words = written.strip().split("\\s+");
        List<String> keyed = Names.tokens(Names.key(written)), e = Names.tokens(Names.key(entryName));
        if (e.isEmpty() || words.length != keyed.size()) return null; // words and keys must pair one to one
        List<String> name = strip(keyed).rest;
        if (name.size() <= e.size()) return null;
        for (int i = 0; i + e.size() <= name.size(); i++) {
            if (name.subList(i, i + e.size()).equals(e)) {
                return String.join(" ", List.of(words).subList(words.length - name.size(), words.length));
            }
        }
        return null;
    }

    /**
     * What a capitalised phrase names, if the gazetteer knows it: "Vladivostok" a city, "North Korean" (a demonym)
     * North Korea, "KCNA" a news agency. For typing phrases only; where a phrase names several things the
     * country, then the place, wins. Lower-case phrases ("us") are never recognised.
     */
    public Optional<GazetteerEntry> recognise(String surface) {
        if (surface == null || surface.chars().noneMatch(Character::isUpperCase)) return Optional.empty();
        return gazetteer.lookup(surface).stream().min((a, b) -> a.kind().compareTo(b.kind()));
    }

    private Optional<GazetteerEntry> person(Actor actor, String countryQid, LocalDate date) {
        List<GazetteerEntry> found = candidates(actor.name(), e -> e.kind() == Kind.PERSON);
        if (found.isEmpty()) found = monarchs().getOrDefault(Names.key(actor.name()), List.of());
        String officeKey = actor.role() == null ? null : gazetteer.officeKey(actor.role()).orElse(null);
        if (!found.isEmpty()) return choose(found, countryQid, officeKey, date);

        Stripped s = strip(Names.tokens(Names.key(actor.name())));
        if (countryQid == null) countryQid = s.countryQid;
        if (officeKey == null) officeKey = s.officeKey;
        if (s.rest.isEmpty()) {
            return date == null ? Optional.empty() : gazetteer.officeHolder(officeKey, countryQid, date);
        }
        String rest = String.join(" ", s.rest);
        found = candidates(rest, e -> e.kind() == Kind.PERSON);
        if (!found.isEmpty()) return choose(found, countryQid, officeKey, date);
        if (s.rest.size() == 1 && isSheikh(actor)) {
            // "President Sheikh Mohamed", "Sheikh Tamim": Gulf outlets name a ruler by title and given name, so the one
            // word is no family name ("Mohamed" is not Djibouti's Abdoulkader Kamil Mohamed). "Sheikh Hasina" is no ruler.
            Optional<GazetteerEntry> ruler = gulfGivenName(rest, countryQid, officeKey, date);
            if (ruler.isPresent()) return ruler;
        }
        Optional<GazetteerEntry> bare = bySurname(rest, countryQid, officeKey, date);
        if (bare.isPresent() || s.rest.size() < 2) return bare;
        // "Kishida Fumio", "Orbán Viktor": the family name first, as Japanese and Hungarian outlets write it.
        if (s.rest.size() == 2) {
            List<GazetteerEntry> swapped = candidates(s.rest.get(1) + " " + s.rest.get(0), e -> e.kind() == Kind.PERSON);
            if (!swapped.isEmpty()) return choose(swapped, countryQid, officeKey, date);
        }
        Optional<GazetteerEntry> variant = variantOfKnownName(s.rest, countryQid, officeKey, date);
        if (variant.isPresent()) return variant;
        Optional<GazetteerEntry> shorter = shorterKnownName(s.rest, countryQid, date);
        if (shorter.isPresent()) return shorter;
        Optional<GazetteerEntry> leading = leadingPartOfKnownName(s.rest, countryQid, date);
        return leading.isPresent() ? leading : titledSurname(s.rest, countryQid, officeKey, date);
    }

    /**
     * "President Ferdinand R. Marcos Jr.": a titled full name the gazetteer knows under another given name is the one
     * holder of that office on the date with that surname. Initials and generational suffixes are not the surname.
     */
    private Optional<GazetteerEntry> titledSurname(List<String> tokens, String countryQid, String officeKey, LocalDate date) {
        if (officeKey == null || date == null) return Optional.empty();
        List<String> core = tokens.stream().filter(t -> t.length() > 1 && !SUFFIXES.contains(t)).toList();
        if (core.size() < 2) return Optional.empty();
        List<GazetteerEntry> c = gazetteer.bySurname(core.get(core.size() - 1)).stream()
                .filter(e -> holds(e, officeKey, date) && (countryQid == null || countryQid.equals(e.countryQid()))).toList();
        return single(c);
    }

    /** Several people of one name: narrow by country, then by being in some office on the date, then by role. */
    private Optional<GazetteerEntry> choose(List<GazetteerEntry> found, String countryQid, String officeKey,
                                            LocalDate date) {
        List<GazetteerEntry> c = found;
        if (countryQid != null) c = narrow(c, e -> countryQid.equals(e.countryQid()));
        if (date != null) c = narrow(c, e -> inOffice(e, date));
        if (officeKey != null && date != null) c = narrow(c, e -> holds(e, officeKey, date));
        return single(c);
    }

    /**
     * A fuller or honorific form of a known name ("Muhammad Ishaq Dar", "Nana Addo Dankwa Akufo-Addo"): the family
     * name picks the candidates, and the one candidate left must share another name word with the mention.
     */
    private Optional<GazetteerEntry> variantOfKnownName(List<String> words, String countryQid, String officeKey,
                                                         LocalDate date) {
        String surname = words.get(words.size() - 1);
        // "Port of Spain" is a city, not a Spanish king: a country word is no family name.
        if (surname.length() < 3 || gazetteer.country(surname).isPresent()) return Optional.empty();
        List<GazetteerEntry> c = gazetteer.bySurname(surname);
        if (countryQid != null) c = c.stream().filter(e -> countryQid.equals(e.countryQid())).toList();
        List<String> given = words.subList(0, words.size() - 1).stream()
                .filter(w -> w.length() >= 3 && !Set.of("bin", "ibn", "bint", "the", "and", "van", "von", "der", "del").contains(w)).toList();
        c = c.stream().filter(e -> e.names().stream().anyMatch(n -> {
            List<String> t = Names.tokens(Names.key(n));
            return given.stream().anyMatch(t::contains);
        })).toList();
        if (c.size() > 1 && date != null) c = c.stream().filter(e -> inOffice(e, date)).toList();
        if (c.size() > 1 && officeKey != null && date != null) c = c.stream().filter(e -> holds(e, officeKey, date)).toList();
        return single(c);
    }

    /**
     * A known name inside a fuller one: "Samia Suluhu" in "Samia Suluhu Hassan", "Mohammed bin Salman" in "Mohammed
     * bin Salman bin Abdulaziz Al Saud", "Nana Akufo-Addo" in "Nana Addo Dankwa Akufo-Addo". The known name's words must
     * appear in order, starting with the mention's first word; exactly one person may fit.
     */
    private Optional<GazetteerEntry> shorterKnownName(List<String> words, String countryQid, LocalDate date) {
        // Two given names alone are no person: "Abdul Hamid Dbeibah" is not Bangladesh's Abdul Hamid. A two-word known
        // name must end where the mention ends ("Nana ... Akufo-Addo"), unless the country says it is the same person.
        String last = words.get(words.size() - 1);
        return onePersonWhoseName(t -> t.size() >= 2 && t.size() < words.size() && t.get(0).equals(words.get(0)) && inOrder(t, words)
                        && (t.size() >= 3 || countryQid != null || t.get(t.size() - 1).equals(last)),
                countryQid, date);
    }

    /**
     * The leading words of a known name, long enough to be a name of its own: "Haitham bin Tarik" of "Haitham bin
     * Tarik Al Said". Three words at least, and exactly one person may fit.
     */
    private Optional<GazetteerEntry> leadingPartOfKnownName(List<String> words, String countryQid, LocalDate date) {
        if (words.size() < 3) return Optional.empty();
        return onePersonWhoseName(t -> t.size() > words.size() && t.subList(0, words.size()).equals(words), countryQid, date);
    }

    /** The one person of the country (if known) one of whose names, as key words, fits; narrowed by office on the date. */
    private Optional<GazetteerEntry> onePersonWhoseName(java.util.function.Predicate<List<String>> fits, String countryQid, LocalDate date) {
        List<GazetteerEntry> c = new ArrayList<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.kind() != Kind.PERSON) continue;
            if (countryQid != null && e.countryQid() != null && !countryQid.equals(e.countryQid())) continue;
            if (e.names().stream().anyMatch(n -> fits.test(Names.tokens(Names.key(n))))) c.add(e);
        }
        if (c.size() > 1 && date != null) c = c.stream().filter(e -> inOffice(e, date)).toList();
        return single(c);
    }

    private static boolean inOrder(List<String> part, List<String> whole) {
        int i = 0;
        for (String w : whole) if (i < part.size() && part.get(i).equals(w)) i++;
        return i == part.size();
    }

    private static boolean isSheikh(Actor actor) {
        return Names.tokens(Names.key(actor.name())).contains("sheikh")
                || actor.role() != null && Names.tokens(Names.key(actor.role())).contains("sheikh");
    }

    /** The one person of a Gulf state whose name begins with {@code given}, in office on the date (and in the office named). */
    private Optional<GazetteerEntry> gulfGivenName(String given, String countryQid, String officeKey, LocalDate date) {
        List<GazetteerEntry> c = new ArrayList<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.kind() != Kind.PERSON || e.countryQid() == null || !GULF_COUNTRIES.contains(e.countryQid())) continue;
            if (countryQid != null && !countryQid.equals(e.countryQid())) continue;
            if (e.names().stream().map(n -> Names.tokens(Names.key(n))).anyMatch(t -> !t.isEmpty() && t.get(0).equals(given))) c.add(e);
        }
        if (date != null) c = c.stream().filter(e -> inOffice(e, date)).toList();
        if (c.size() > 1 && officeKey != null && date != null) c = c.stream().filter(e -> holds(e, officeKey, date)).toList();
        return single(c);
    }

    /** A bare surname links only when exactly one person of the country (if known) fits the date. */
    private Optional<GazetteerEntry> bySurname(String surname, String countryQid, String officeKey,
                                               LocalDate date) {
        List<GazetteerEntry> c = gazetteer.bySurname(surname);
        if (countryQid != null) c = c.stream().filter(e -> countryQid.equals(e.countryQid())).toList();
        if (date != null) c = c.stream().filter(e -> inOffice(e, date) || e.positions().stream()
                .noneMatch(Position::dated)).toList();
        if (c.size() > 1 && officeKey != null && date != null) {
            c = c.stream().filter(e -> holds(e, officeKey, date)).toList();
        }
        return single(c);
    }

    private Optional<GazetteerEntry> place(String name, String countryQid) {
        String bare = name;
        int comma = name.indexOf(',');
        if (comma > 0) {
            // "Vladivostok, Russia": the part after the comma is the country.
            bare = name.substring(0, comma);
            if (countryQid == null) {
                countryQid = gazetteer.country(name.substring(comma + 1)).map(GazetteerEntry::qid).orElse(null);
            }
        }
        List<GazetteerEntry> countries = candidates(bare, e -> e.kind() == Kind.COUNTRY);
        if (countries.size() == 1) return Optional.of(countries.get(0));
        List<GazetteerEntry> places = candidates(bare, e -> e.kind().isPlace());
        String c = countryQid;
        if (c != null) places = narrow(places, e -> c.equals(e.countryQid()));
        return single(places);
    }

    private Optional<GazetteerEntry> organization(Actor actor, Optional<GazetteerEntry> country) {
        Predicate<GazetteerEntry> isOrg = e -> e.kind().isOrganization();
        List<GazetteerEntry> found = candidates(actor.name(), isOrg);
        if (found.isEmpty()) {
            // "North Korea's KCNA": the country is the affiliation, not part of the name.
            List<String> tokens = Names.tokens(Names.key(actor.name()));
            Optional<Gazetteer.LeadingCountry> lead = gazetteer.leadingCountry(tokens);
            if (lead.isPresent() && lead.get().length() < tokens.size()) {
                if (country.isEmpty()) country = Optional.of(lead.get().country());
                found = candidates(String.join(" ", tokens.subList(lead.get().length(), tokens.size())), isOrg);
            }
        }
        if (found.isEmpty() && country.isPresent()) {
            // "Foreign Ministry" of Russia is listed as "Russian Foreign Ministry".
            for (String d : country.get().demonyms()) {
                found = candidates(d + " " + actor.name(), isOrg);
                if (!found.isEmpty()) break;
            }
        }
        if (country.isPresent()) {
            String qid = country.get().qid();
            found = narrow(found, e -> Objects.equals(qid, e.countryQid()));
        }
        if (actor.type() == EntityType.OUTLET) found = narrow(found, e -> e.kind() == Kind.NEWS_AGENCY);
        return single(found);
    }

    /** Leading country words, office words and honorifics taken off a phrase, and what they said. */
    private record Stripped(List<String> rest, String countryQid, String officeKey) {}

    private Stripped strip(List<String> tokens) {
        String countryQid = null;
        String officeKey = null;
        List<String> rest = new ArrayList<>(tokens);
        boolean changed = true;
        while (changed && !rest.isEmpty()) {
            changed = true;
            Optional<Gazetteer.LeadingCountry> lead = gazetteer.leadingCountry(rest);
            Optional<Titles.Match> office = gazetteer.titlePrefix(rest);
            if (rest.get(0).equals("the")) {
                rest.remove(0);
            } else if (lead.isPresent() && !isPersonName(rest)) {
                if (countryQid == null) countryQid = lead.get().country().qid();
                rest.subList(0, lead.get().length()).clear();
            } else if (office.isPresent()) {
                if (officeKey == null) officeKey = office.get().office().key();
                rest.subList(0, office.get().length()).clear();
            } else if (leadingOrganization(rest) > 0 && !isPersonName(rest)) {
                // "Kremlin spokesman Dmitry Peskov": the organisation says whose spokesman, not who.
                int n = leadingOrganization(rest);
                GazetteerEntry org = candidates(String.join(" ", rest.subList(0, n)), e -> e.kind().isOrganization()).get(0);
                if (countryQid == null) countryQid = org.countryQid();
                rest.subList(0, n).clear();
            } else if (HONORIFICS.contains(rest.get(0))) {
                rest.remove(0);
            } else {
                changed = false;
            }
        }
        return new Stripped(rest, countryQid, officeKey);
    }

    /** How many leading words (never all) name exactly one organisation, or 0. */
    private int leadingOrganization(List<String> tokens) {
        for (int n = Math.min(gazetteer.maxAliasTokens(), tokens.size() - 1); n > 0; n--) {
            List<GazetteerEntry> orgs = candidates(String.join(" ", tokens.subList(0, n)), e -> e.kind().isOrganization());
            if (orgs.size() == 1) return n;
        }
        return 0;
    }

    /** A surname that happens to be a country word ("Jordan") is still a name when a person has it. */
    private boolean isPersonName(List<String> tokens) {
        return !candidates(String.join(" ", tokens), e -> e.kind() == Kind.PERSON).isEmpty();
    }

    private boolean inOffice(GazetteerEntry e, LocalDate date) {
        return e.positions().stream().anyMatch(p -> p.mayCover(date));
    }

    private boolean holds(GazetteerEntry e, String officeKey, LocalDate date) {
        return e.positions().stream().anyMatch(p -> officeKey.equals(p.officeKey()) && p.mayCover(date));
    }

    private List<GazetteerEntry> candidates(String surface, Predicate<GazetteerEntry> kind) {
        return distinct(gazetteer.lookup(surface).stream().filter(kind).toList());
    }

    /** Keeps the entries that pass, unless none does. */
    private static List<GazetteerEntry> narrow(List<GazetteerEntry> in, Predicate<GazetteerEntry> keep) {
        List<GazetteerEntry> out = in.stream().filter(keep).toList();
        return out.isEmpty() ? in : out;
    }

    private static Optional<GazetteerEntry> single(List<GazetteerEntry> found) {
        List<GazetteerEntry> d = distinct(found);
        return d.size() == 1 ? Optional.of(d.get(0)) : Optional.empty();
    }

    /** One entry per identity: a QID listed in two files is one thing. */
    private static List<GazetteerEntry> distinct(List<GazetteerEntry> found) {
        Map<String, GazetteerEntry> byIdentity = new LinkedHashMap<>();
        for (GazetteerEntry e : found) byIdentity.putIfAbsent(e.kind() + "|" + e.identity(), e);
        return List.copyOf(byIdentity.values());
    }

    private Entity entity(EntityType type, GazetteerEntry e) {
        Double lat = e.lat();
        Double lon = e.lon();
        if (lat == null && e.kind() == Kind.COUNTRY && e.qid() != null) {
            // A city-state's coordinates sit on its city row.
            Optional<GazetteerEntry> city = gazetteer.lookup(e.name()).stream()
                    .filter(x -> e.qid().equals(x.qid()) && x.lat() != null).findFirst();
            if (city.isPresent()) {
                lat = city.get().lat();
                lon = city.get().lon();
            }
        }
        String country = e.kind() == Kind.COUNTRY ? null : e.countryQid();
        return new Entity(type, e.name(), e.qid(), country, lat, lon);
    }
}
