package org.diplograph.bench;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.extract.Actor;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.EventType;
import org.diplograph.extract.Evidence;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Factuality;
import org.diplograph.extract.TimeValue;
import org.diplograph.link.EntityLinker;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.GazetteerEntry;
import org.diplograph.rdf.GraphMapper;
import org.diplograph.rdf.Iris;
import org.diplograph.source.Article;

/**
 * Makes a large store's worth of article graphs without running NLP: synthetic extractions over the bundled
 * gazetteer's people, cities and news agencies, mapped by the real {@link GraphMapper} and linker, so the
 * triples have exactly the shape ingestion writes. Deterministic for a given seed.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("events.nq"))) {
 *     long quads = new SyntheticGraph(42).writeNQuads(100_000, out);
 * }
 * }</pre>
 */
public final class SyntheticGraph {
    /** Events per article: enough to give articles the multi-event shape of real reports. */
    public static final int EVENTS_PER_ARTICLE = 3;
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    private static final int DAYS = 8 * 365;

    private final long seed;
    private final List<GazetteerEntry> people = new ArrayList<>();
    private final List<GazetteerEntry> cities = new ArrayList<>();
    private final Map<String, List<GazetteerEntry>> citiesByCountry = new HashMap<>();
    private final List<GazetteerEntry> agencies = new ArrayList<>();
    private final Gazetteer gazetteer;
    private final GraphMapper mapper;

    public SyntheticGraph(long seed) {
        this.seed = seed;
        this.gazetteer = Gazetteer.bundled();
        EntityLinker linker = new EntityLinker(gazetteer);
        this.mapper = new GraphMapper(linker::link);
        for (GazetteerEntry e : gazetteer.entries()) {
            if (!e.linked()) continue;
            switch (e.kind()) {
                case PERSON -> { if (e.countryQid() != null) people.add(e); }
                case CITY -> {
                    if (e.countryQid() == null) continue;
                    cities.add(e);
                    citiesByCountry.computeIfAbsent(e.countryQid(), k -> new ArrayList<>()).add(e);
                }
                case NEWS_AGENCY -> agencies.add(e);
                default -> { }
            }
        }
    }

    /** Writes article graphs holding {@code events} contacts in all, as N-Quads. Returns the number of quads. */
    public long writeNQuads(int events, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
        stream.start();
        long[] quads = {0};
        articles(events, (graphIri, graph) -> {
            Node g = NodeFactory.createURI(graphIri);
            graph.getGraph().find().forEachRemaining(t -> {
                stream.quad(Quad.create(g, t));
                quads[0]++;
            });
        });
        stream.finish();
        return quads[0];
    }

    /** Hands each synthetic article's graph, by graph name, to the consumer, in article order. */
    public void articles(int events, BiConsumer<String, Model> sink) {
        Random random = new Random(seed);
        int articles = (events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE;
        for (int i = 0; i < articles; i++) {
            int inThis = Math.min(EVENTS_PER_ARTICLE, events - i * EVENTS_PER_ARTICLE);
            Extraction x = article(i, inThis, random);
            sink.accept(Iris.article(x.article().id()), mapper.map(x));
        }
    }

    private Extraction article(int index, int events, Random random) {
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        GazetteerEntry agency = pick(agencies, random);
        StringBuilder text = new StringBuilder();
        List<EventMention> mentions = new ArrayList<>();
        for (int k = 0; k < events; k++) {
            GazetteerEntry a = hub(random);
            GazetteerEntry b = hub(random);
            while (b.qid().equals(a.qid())) b = pick(people, random);
            EventType type = type(random);
            LocalDate day = published.minusDays(random.nextInt(7));
            boolean monthOnly = random.nextInt(10) == 0;
            TimeValue date = monthOnly
                    ? new TimeValue(day.toString().substring(0, 7), "last month")
                    : new TimeValue(day.toString(), "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            Actor visitor = person(a), host = person(b);
            GazetteerEntry city = type == EventType.PHONE_CALL ? null : cityIn(b.countryQid(), random);
            Actor place = city == null ? null : Actor.of(city.name(), EntityType.PLACE);
            String sentence = switch (type) {
                case MEETING -> a.name() + " met " + b.name() + (city == null ? "" : " in " + city.name()) + " " + date.text()
                        + ", " + agency.name() + " reported.";
                case VISIT -> a.name() + " arrived in " + (city == null ? "the capital" : city.name()) + " " + date.text()
                        + " for talks with " + b.name() + ", according to " + agency.name() + ".";
                case PHONE_CALL -> a.name() + " spoke by phone with " + b.name() + " " + date.text() + ", " + agency.name() + " said.";
            };
            int begin = text.length();
            text.append(sentence).append(' ');
            List<Actor> participants = type == EventType.VISIT ? List.of(visitor) : List.of(visitor, host);
            mentions.add(new EventMention(type, participants, List.of(host), place, date,
                    List.of(Actor.of(agency.name(), EntityType.ORGANIZATION)), Factuality.HAPPENED,
                    List.of(new Evidence(k, begin, begin + sentence.length(), sentence))));
        }
        String id = String.format("syn-%07d", index);
        Article article = new Article(id, published, "Synthetic report " + index, text.toString().trim(),
                "https://example.org/synthetic/" + id, null, "synthetic");
        return new Extraction(article, null, mentions);
    }

    private static EventType type(Random random) {
        int r = random.nextInt(20);
        return r < 11 ? EventType.MEETING : r < 17 ? EventType.VISIT : EventType.PHONE_CALL;
    }

    /** Skewed towards the first people in the list, so some are hubs, as heads of state are in real news. */
    private GazetteerEntry hub(Random random) {
        double u = random.nextDouble();
        return people.get((int) (people.size() * u * u * u));
    }

    private GazetteerEntry cityIn(String countryQid, Random random) {
        List<GazetteerEntry> home = citiesByCountry.get(countryQid);
        return pick(home != null ? home : cities, random);
    }

    private Actor person(GazetteerEntry p) {
        String country = gazetteer.byQid(p.countryQid()).map(GazetteerEntry::name).orElse(null);
        return new Actor(p.name(), EntityType.PERSON, null, country);
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
