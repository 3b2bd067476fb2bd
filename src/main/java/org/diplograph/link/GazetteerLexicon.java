package org.diplograph.link;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.diplograph.extract.Lexicon;

/**
 * The gazetteer seen through extraction's {@link Lexicon}: types phrases as countries, demonyms, places,
 * agencies or people. Answers are cached, since rules ask about the same n-grams in every article.
 */
public final class GazetteerLexicon implements Lexicon {
    private static final Comparator<GazetteerEntry> PRIORITY = Comparator.comparingInt(e -> e.kind().ordinal());

    private final Gazetteer gazetteer;
    private final Map<String, Optional<LexEntry>> cache = new ConcurrentHashMap<>();

    public GazetteerLexicon(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Optional<LexEntry> lookup(String phrase) {
        return cache.computeIfAbsent(phrase, this::find);
    }

    private Optional<LexEntry> find(String phrase) {
        Optional<LexEntry> found = lookupAny(phrase);
        // Country codes such as "DR" or "UK" are written in capitals; "Dr" is a title, not the Dominican Republic.
        String letters = phrase.replaceAll("[^\\p{L}]", "");
        if (found.isPresent() && found.get().kind() == Kind.COUNTRY && letters.length() <= 3
                && !letters.equals(letters.toUpperCase(java.util.Locale.ROOT)) && !found.get().canonical().equalsIgnoreCase(phrase)) {
            return Optional.empty();
        }
        return found;
    }

    private Optional<LexEntry> lookupAny(String phrase) {
        Optional<GazetteerEntry> byName = gazetteer.countryByName(phrase);
        if (byName.isPresent()) return Optional.of(new LexEntry(byName.get().name(), Kind.COUNTRY, byName.get().name()));
        Optional<GazetteerEntry> demonym = gazetteer.countryByDemonym(phrase);
        if (demonym.isPresent()) return Optional.of(new LexEntry(demonym.get().name(), Kind.DEMONYM, demonym.get().name()));
        List<GazetteerEntry> found = gazetteer.lookup(phrase);
        if (found.isEmpty()) return Optional.empty();
        GazetteerEntry e = found.stream().min(PRIORITY).get();
        Kind kind = switch (e.kind()) {
            case COUNTRY -> Kind.COUNTRY;
            case CITY -> Kind.CITY;
            case SITE -> Kind.SITE;
            case REGION -> Kind.REGION;
            case NEWS_AGENCY -> Kind.AGENCY;
            case INTERNATIONAL_ORGANIZATION, GOVERNMENT, MILITARY -> Kind.ORGANIZATION;
            case PERSON -> Kind.PERSON;
        };
        return Optional.of(new LexEntry(e.name(), kind, countryName(e)));
    }

    @Override
    public Optional<String> countryOfPerson(String name) {
        List<String> countries = gazetteer.lookup(name).stream()
                .filter(e -> e.kind() == GazetteerEntry.Kind.PERSON && e.countryQid() != null)
                .map(GazetteerEntry::countryQid).distinct().toList();
        if (countries.size() != 1) return Optional.empty();
        return gazetteer.byQid(countries.get(0)).map(GazetteerEntry::name);
    }

    @Override
    public Optional<LexEntry> capitalOf(String country) {
        return gazetteer.countryByName(country).flatMap(c -> gazetteer.capitalOf(c.qid()))
                .map(city -> new LexEntry(city.name(), Kind.CITY, country));
    }

    private String countryName(GazetteerEntry e) {
        if (e.kind() == GazetteerEntry.Kind.COUNTRY) return e.name();
        if (e.countryQid() == null) return null;
        return gazetteer.byQid(e.countryQid()).map(GazetteerEntry::name).orElse(null);
    }
}
