package org.diplograph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplograph.nlp.Annotator;
import org.diplograph.source.Article;
import org.diplograph.source.Sources;

/** Developer tool: prints the events extracted from articles, with a throwaway lexicon read from ../shared. Not a test. */
public final class ExtractDump {
    public static void main(String[] args) throws Exception {
        Map<String, Lexicon.LexEntry> map = new HashMap<>();
        Path g = Path.of("../shared/data/gazetteer");
        Map<String, String> countryByQid = new HashMap<>();
        for (String line : Files.readAllLines(g.resolve("countries.tsv")).subList(1, 200)) {
            String[] c = line.split("\t", -1);
            countryByQid.put(c[0], c[1]);
            put(map, c[1], new Lexicon.LexEntry(c[1], Lexicon.Kind.COUNTRY, c[1]));
            for (String a : c[2].split("\\|")) put(map, a, new Lexicon.LexEntry(c[1], Lexicon.Kind.COUNTRY, c[1]));
            for (String a : c[3].split("\\|")) put(map, a, new Lexicon.LexEntry(c[1], Lexicon.Kind.DEMONYM, c[1]));
        }
        put(map, "DPRK", new Lexicon.LexEntry("North Korea", Lexicon.Kind.COUNTRY, "North Korea"));
        put(map, "North Korean", new Lexicon.LexEntry("North Korea", Lexicon.Kind.DEMONYM, "North Korea"));
        for (String line : Files.readAllLines(g.resolve("places.tsv")).stream().skip(1).toList()) {
            String[] c = line.split("\t", -1);
            Lexicon.Kind k = c[3].equals("City") ? Lexicon.Kind.CITY : c[3].equals("Site") ? Lexicon.Kind.SITE : Lexicon.Kind.REGION;
            put(map, c[1], new Lexicon.LexEntry(c[1], k, countryByQid.get(c[4])));
        }
        for (String line : Files.readAllLines(g.resolve("organizations.tsv")).stream().skip(1).toList()) {
            String[] c = line.split("\t", -1);
            Lexicon.Kind k = c[3].equals("NewsAgency") ? Lexicon.Kind.AGENCY : Lexicon.Kind.ORGANIZATION;
            put(map, c[1], new Lexicon.LexEntry(c[1], k, countryByQid.get(c[4])));
            for (String a : c[2].split("\\|")) put(map, a, new Lexicon.LexEntry(c[1], k, countryByQid.get(c[4])));
        }
        Map<String, String> personCountry = new HashMap<>();
        for (String line : Files.readAllLines(g.resolve("people.tsv")).stream().skip(1).toList()) {
            String[] c = line.split("\t", -1);
            personCountry.put(c[1].toLowerCase(), countryByQid.get(c[3]));
        }
        Lexicon lex = new Lexicon() {
            public Optional<LexEntry> lookup(String phrase) { return Optional.ofNullable(map.get(phrase.toLowerCase().replace(".", ""))); }
            public Optional<String> countryOfPerson(String name) { return Optional.ofNullable(personCountry.get(name.toLowerCase())); }
        };
        List<Article> articles = new ArrayList<>();
        Sources.create().read(List.of(args), articles::add).forEach(System.err::println);
        Extractor ex = new Extractor(lex);
        for (Article a : articles) {
            Extraction e = ex.extract(Annotator.shared().annotate(a));
            System.out.println("# " + a.id() + " " + a.date() + " publisher=" + e.publisher());
            for (EventMention m : e.events()) {
                System.out.println("  " + m.factuality() + " " + m.type().label() + " " + m.participants().stream().map(x -> x.name() + "(" + x.role() + "/" + x.affiliation() + ")").toList()
                        + " @" + (m.location() == null ? null : m.location().name()) + " date=" + m.date().value() + " '" + m.date().text() + "' by=" + m.reportedBy().stream().map(Actor::name).toList()
                        + " S" + m.evidence().stream().map(Evidence::sentenceIndex).toList());
            }
        }
    }

    private static void put(Map<String, Lexicon.LexEntry> map, String k, Lexicon.LexEntry e) {
        if (!k.isBlank()) map.putIfAbsent(k.toLowerCase().replace(".", ""), e);
    }
}
