package org.diplograph.bench;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic wire-style articles about diplomacy in the reference format, with the gold events each
 * one states (the events-jsonl shape of {@code src/test/resources/devset/gold}). Articles are drawn from
 * varied templates: datelines, visits with talks, phone calls, summit side meetings, separate bilaterals,
 * attributions to state agencies, weekday, "yesterday", "last month" and month-name dates, planned
 * contacts that did not happen, quotes, economic background and related-headline lists. The same seed
 * always gives the same corpus.
 *
 * <pre>{@code
 * CorpusGenerator gen = CorpusGenerator.create(42);
 * List<CorpusGenerator.Synthetic> corpus = gen.generate(1000);
 * CorpusGenerator.write(corpus, Path.of("target/corpus"));   // articles/ and gold/
 * }</pre>
 */
public final class CorpusGenerator {

    /** One generated article: its file text (reference format) and its gold lines, one JSON object each. */
    public record Synthetic(String id, String text, List<String> gold) {
        public Synthetic {
            gold = List.copyOf(gold);
        }
    }

    /** A head of state or government with the capital that hosts visitors to them. */
    record Leader(String name, String shortName, String qid, String title, String country, String demonym,
                  String capital, String capitalQid, String agency) {}

    // Facts (names, QIDs, capitals) as the bundled gazetteer has them; agencies only where a state agency is usual.
    static final List<Leader> LEADERS = List.of(
            new Leader("Emmanuel Macron", "Macron", "Q3052772", "President", "France", "French", "Paris", "Q90", null),
            new Leader("Olaf Scholz", "Scholz", "Q61053", "Chancellor", "Germany", "German", "Berlin", "Q64", null),
            new Leader("Xi Jinping", "Xi", "Q15031", "President", "China", "Chinese", "Beijing", "Q956", "Xinhua"),
            new Leader("Vladimir Putin", "Putin", "Q7747", "President", "Russia", "Russian", "Moscow", "Q649", "TASS"),
            new Leader("Narendra Modi", "Modi", "Q1058", "Prime Minister", "India", "Indian", "New Delhi", "Q987", null),
            new Leader("Fumio Kishida", "Kishida", "Q359480", "Prime Minister", "Japan", "Japanese", "Tokyo", "Q1490", "Kyodo"),
            new Leader("Yoon Suk Yeol", "Yoon", "Q16090635", "President", "South Korea", "South Korean", "Seoul", "Q8684", "Yonhap"),
            new Leader("Recep Tayyip Erdogan", "Erdogan", "Q39259", "President", "Turkey", "Turkish", "Ankara", "Q3640", "Anadolu"),
            new Leader("Luiz Inácio Lula da Silva", "Lula", "Q37181", "President", "Brazil", "Brazilian", "Brasília", "Q2844", null),
            new Leader("William Ruto", "Ruto", "Q195725", "President", "Kenya", "Kenyan", "Nairobi", "Q3870", null),
            new Leader("Giorgia Meloni", "Meloni", "Q451791", "Prime Minister", "Italy", "Italian", "Rome", "Q220", null),
            new Leader("Justin Trudeau", "Trudeau", "Q3099714", "Prime Minister", "Canada", "Canadian", "Ottawa", "Q1930", null),
            new Leader("Anthony Albanese", "Albanese", "Q335697", "Prime Minister", "Australia", "Australian", "Canberra", "Q3114", null),
            new Leader("Rishi Sunak", "Sunak", "Q20055561", "Prime Minister", "Britain", "British", "London", "Q84", null),
            new Leader("Pedro Sánchez", "Sánchez", "Q6070218", "Prime Minister", "Spain", "Spanish", "Madrid", "Q2807", null),
            new Leader("Volodymyr Zelenskyy", "Zelenskyy", "Q3874799", "President", "Ukraine", "Ukrainian", "Kyiv", "Q1899", "Ukrinform"),
            new Leader("Prabowo Subianto", "Prabowo", "Q2107268", "President", "Indonesia", "Indonesian", "Jakarta", "Q3630", "Antara"),
            new Leader("Kassym-Jomart Tokayev", "Tokayev", "Q200881", "President", "Kazakhstan", "Kazakh", "Astana", "Q1520", null),
            new Leader("Shavkat Mirziyoyev", "Mirziyoyev", "Q57808", "President", "Uzbekistan", "Uzbek", "Tashkent", "Q269", null),
            new Leader("Andrés Manuel López Obrador", "López Obrador", "Q318508", "President", "Mexico", "Mexican", "Mexico City", "Q1489", null));

    private static final List<String> OUTLETS = List.of("Reuters", "AFP", "AP");
    private static final List<String> TOPICS = List.of("trade and investment", "energy security", "climate finance",
            "regional security", "food security", "critical minerals", "maritime cooperation", "the war in Ukraine",
            "digital infrastructure", "visa rules for students");

    private final long seed;

    private CorpusGenerator(long seed) {
        this.seed = seed;
    }

    public static CorpusGenerator create(long seed) {
        return new CorpusGenerator(seed);
    }

    /** {@code n} articles; article {@code i} depends only on the seed and {@code i}. */
    public List<Synthetic> generate(int n) {
        List<Synthetic> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(article(i));
        return out;
    }

    /** Writes {@code dir/articles/ID.txt} and {@code dir/gold/ID.jsonl} (empty when the article states no event). */
    public static void write(List<Synthetic> corpus, Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        for (Synthetic s : corpus) {
            Files.writeString(articles.resolve(s.id() + ".txt"), s.text(), StandardCharsets.UTF_8);
            Files.writeString(gold.resolve(s.id() + ".jsonl"), s.gold().isEmpty() ? "" : String.join("\n", s.gold()) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    Synthetic article(int index) {
        Random r = new Random(seed * 1_000_003L + index);
        LocalDate pub = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(700));
        Builder b = new Builder(String.format("syn-%05d", index), pub, r);
        int kind = r.nextInt(5);
        switch (kind) {
            case 0 -> b.stateVisit();
            case 1 -> b.phoneCall();
            case 2 -> b.summitSideMeeting();
            case 3 -> b.receivedVisitor();
            default -> b.separateMeetings();
        }
        return b.finish();
    }

    /** A relative date as the article words it and as the gold resolves it. */
    record When(String words, String value) {}

    private static final class Builder {
        private final String id;
        private final LocalDate pub;
        private final Random r;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> gold = new ArrayList<>();
        private String title = "";
        private String dateline;

        Builder(String id, LocalDate pub, Random r) {
            this.id = id;
            this.pub = pub;
            this.r = r;
        }

        // ---- event templates ----

        void stateVisit() {
            List<Leader> two = pick(2);
            Leader visitor = two.get(0), host = two.get(1);
            When when = recentDay();
            String topic = pickOne(TOPICS);
            datelineIn(host.capital());
            String lead = dateline + visitor.demonym() + " " + visitor.title() + " " + visitor.name() + " arrived in "
                    + host.capital() + " " + when.words() + " for a two-day state visit focused on " + topic + ".";
            paragraph(lead);
            event("Visit", List.of(visitor), host, when, null, lead);
            String talks = visitor.shortName() + " held talks with " + host.title() + " " + host.name() + " at the presidential palace in " + host.capital() + " "
                    + when.words() + attribution(host) + ".";
            paragraph(talks);
            event("Meeting", List.of(visitor, host), host, when, host.agency(), talks);
            title = visitor.shortName() + " in " + host.capital() + " for talks with " + host.shortName();
            background(visitor, host, topic);
            planned(host, visitor);
        }

        void phoneCall() {
            List<Leader> two = pick(2);
            Leader a = two.get(0), b = two.get(1);
            When when = r.nextBoolean() ? recentDay() : yesterday();
            String topic = pickOne(TOPICS);
            datelineIn(a.capital());
            String lead = dateline + a.title() + " " + a.name() + " held a phone call with " + b.demonym() + " " + b.title() + " "
                    + b.name() + " " + when.words() + ", discussing " + topic + attribution(a) + ".";
            paragraph(lead);
            event("PhoneCall", List.of(a, b), null, when, a.agency(), lead);
            title = a.shortName() + ", " + b.shortName() + " discuss " + topic + " by phone";
            background(a, b, topic);
            if (r.nextBoolean()) {
                Leader c = other(a, b);
                When earlier = monthBack();
                String more = "It was their first conversation since " + a.shortName() + " visited " + c.capital() + " "
                        + earlier.words() + ".";
                paragraph(more);
                event("Visit", List.of(a), c, earlier, null, more);
            }
        }

        void summitSideMeeting() {
            List<Leader> three = pick(3);
            Leader a = three.get(0), b = three.get(1), venue = three.get(2);
            When when = recentDay();
            String topic = pickOne(TOPICS);
            datelineIn(venue.capital());
            String lead = dateline + a.name() + " and " + b.name() + " met on the sidelines of a regional summit in "
                    + venue.capital() + " " + when.words() + ", their first talks in more than a year.";
            paragraph(lead);
            event("Meeting", List.of(a, b), venue, when, null, lead);
            title = a.shortName() + " and " + b.shortName() + " meet at summit in " + venue.capital();
            background(a, b, topic);
            related(a, b, venue);
        }

        void receivedVisitor() {
            List<Leader> two = pick(2);
            Leader host = two.get(0), visitor = two.get(1);
            When when = r.nextBoolean() ? recentDay() : yesterday();
            String topic = pickOne(TOPICS);
            datelineIn(host.capital());
            String lead = dateline + host.title() + " " + host.name() + " received visiting " + visitor.demonym() + " "
                    + visitor.title() + " " + visitor.name() + " in " + host.capital() + " " + when.words() + attribution(host) + ".";
            paragraph(lead);
            event("Meeting", List.of(host, visitor), host, when, host.agency(), lead);
            event("Visit", List.of(visitor), host, when, host.agency(), lead);
            title = host.shortName() + " receives " + visitor.shortName() + " in " + host.capital();
            background(host, visitor, topic);
            planned(visitor, host);
        }

        void separateMeetings() {
            List<Leader> four = pick(4);
            Leader a = four.get(0), venue = four.get(1), b = four.get(2), c = four.get(3);
            When when = recentDay();
            String topic = pickOne(TOPICS);
            datelineIn(venue.capital());
            String lead = dateline + a.demonym() + " " + a.title() + " " + a.name() + " held separate meetings with "
                    + b.title() + " " + b.name() + " and " + c.title() + " " + c.name() + " in " + venue.capital() + " "
                    + when.words() + ".";
            paragraph(lead);
            event("Meeting", List.of(a, b), venue, when, null, lead);
            event("Meeting", List.of(a, c), venue, when, null, lead);
            title = a.shortName() + " holds talks with " + b.shortName() + " and " + c.shortName();
            background(a, b, topic);
            quote(c, topic);
            related(a, c, venue);
        }

        // ---- filler without events ----

        private void background(Leader a, Leader b, String topic) {
            paragraph("The two sides discussed " + topic + " and agreed to set up a joint working group, officials said.");
            paragraph("\"Our countries share a long history of friendship, and today we opened a new chapter,\" "
                    + a.shortName() + " told reporters.");
            paragraph("Trade between " + a.country() + " and " + b.country() + " reached " + (5 + r.nextInt(90))
                    + " billion dollars last year, according to official figures, and both governments hope to double it by "
                    + (2030 + r.nextInt(6)) + ".");
            paragraph("The " + a.demonym() + " delegation included ministers responsible for finance, energy and "
                    + "agriculture, as well as the heads of several state-owned companies. Business leaders from both sides "
                    + "signed memorandums on infrastructure, fertiliser supply and pharmaceuticals worth an estimated "
                    + (1 + r.nextInt(20)) + " billion dollars, according to a statement released after the event.");
            if (r.nextInt(4) > 0) {
                paragraph("Analysts said the relationship had been strained by disputes over tariffs and market access. "
                        + "Business groups in both countries have pressed for a faster approval of investment projects.");
            }
            paragraph("Officials from both governments are working on a package of agreements covering customs, "
                    + "science and vocational training, which diplomats hope can be signed before the end of the year. "
                    + "Several of the proposals were first discussed by trade ministers in " + (2015 + r.nextInt(8))
                    + ", but stalled amid disagreements over standards and quotas.");
            paragraph("Critics at home questioned the cost of the programme. Opposition lawmakers in " + b.country()
                    + " said the government should publish the terms of any deal before it is approved by parliament.");
            paragraph("Markets were little changed after the announcement. The " + a.demonym()
                    + " currency edged higher against the dollar in afternoon trading.");
        }

        private void quote(Leader who, String topic) {
            paragraph("\"We had a frank and useful exchange on " + topic + ",\" " + who.shortName() + " wrote on social media.");
        }

        private void planned(Leader traveller, Leader host) {
            paragraph(traveller.shortName() + " is expected to travel to " + host.capital()
                    + " again next year, according to diplomats familiar with the plans.");
        }

        private void related(Leader a, Leader b, Leader c) {
            paragraph("Related:");
            paragraph(a.shortName() + " meets " + c.shortName() + " in " + c.capital() + " ahead of summit");
            paragraph(b.country() + " and " + c.country() + " sign deal on " + pickOne(TOPICS));
        }

        // ---- dates ----

        /** A weekday within the last six days, or the publication day itself ("on Tuesday"). */
        private When recentDay() {
            LocalDate d = pub.minusDays(r.nextInt(6));
            return new When("on " + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), d.toString());
        }

        private When yesterday() {
            return new When("yesterday", pub.minusDays(1).toString());
        }

        /** "last month" or a month name two to five months back (the most recent such month). */
        private When monthBack() {
            if (r.nextBoolean()) return new When("last month", YearMonth.from(pub).minusMonths(1).toString());
            YearMonth m = YearMonth.from(pub).minusMonths(2 + r.nextInt(4));
            return new When("in " + m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), m.toString());
        }

        // ---- assembly ----

        private void datelineIn(String city) {
            dateline = city.toUpperCase(Locale.ROOT) + " (" + pickOne(OUTLETS) + ") - ";
        }

        private static String attribution(Leader host) {
            return host.agency() == null ? "" : ", " + host.agency() + " reported";
        }

        private void paragraph(String text) {
            paragraphs.add(text);
        }

        private void event(String type, List<Leader> people, Leader place, When when, String source, String evidence) {
            JsonObject o = new JsonObject();
            o.addProperty("event", "gold:" + id + "#" + (gold.size() + 1));
            o.addProperty("type", type);
            JsonArray ps = new JsonArray();
            for (Leader p : people) ps.add(name(p.name(), p.qid()));
            o.add("participants", ps);
            o.add("location", place == null ? JsonNull.INSTANCE : name(place.capital(), place.capitalQid()));
            o.addProperty("date", when.value());
            o.addProperty("dateText", when.words());
            JsonArray by = new JsonArray();
            if (source != null) by.add(source);
            o.add("reportedBy", by);
            JsonArray articles = new JsonArray();
            articles.add(id);
            o.add("articles", articles);
            JsonArray ev = new JsonArray();
            ev.add(evidence);
            o.add("evidence", ev);
            gold.add(GSON.toJson(o));
        }

        private static JsonObject name(String label, String qid) {
            JsonObject n = new JsonObject();
            n.addProperty("label", label);
            n.addProperty("wikidata", qid);
            return n;
        }

        private List<Leader> pick(int k) {
            List<Leader> pool = new ArrayList<>(LEADERS);
            List<Leader> out = new ArrayList<>(k);
            for (int i = 0; i < k; i++) out.add(pool.remove(r.nextInt(pool.size())));
            return out;
        }

        private Leader other(Leader a, Leader b) {
            Leader c;
            do c = pickOne(LEADERS); while (c == a || c == b);
            return c;
        }

        private <T> T pickOne(List<T> list) {
            return list.get(r.nextInt(list.size()));
        }

        Synthetic finish() {
            String text = " date " + pub + " " + title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
            return new Synthetic(id, text, gold);
        }
    }

    private static final Gson GSON = new Gson();
}
