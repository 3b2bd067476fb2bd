package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.GazetteerLexicon;
import org.diplograph.nlp.Annotator;
import org.diplograph.source.Article;
import org.diplograph.source.Sources;
import org.junit.jupiter.api.Test;

/** The reference article in ../shared/seeds yields exactly the events the specification lists. */
class ReferenceSeedIT {
    private static final Path SEEDS = Path.of("../shared/seeds");

    @Test
    void seed_yields_exactly_the_specified_events() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not present");
        List<Article> articles = new ArrayList<>();
        Sources.create().read(List.of(SEEDS.toString()), articles::add);
        assumeTrue(!articles.isEmpty());
        Extraction x = new Extractor(new GazetteerLexicon(Gazetteer.bundled())).extract(Annotator.shared().annotate(articles.get(0)));
        TreeSet<String> got = new TreeSet<>();
        for (EventMention e : x.events()) {
            if (e.factuality() != Factuality.HAPPENED) continue;
            got.add(e.type().label() + " " + new TreeSet<>(e.participants().stream().map(Actor::name).toList())
                    + " @" + (e.location() == null ? "-" : e.location().name()) + " " + e.date().value());
        }
        TreeSet<String> expected = new TreeSet<>(List.of(
                "Meeting [Kim Jong Un, Sergei Shoigu] @Vladivostok 2023-09-16",
                "Visit [Kim Jong Un] @Vladivostok 2023-09-16",
                "Visit [Kim Jong Un] @Far East 2023-09-16",
                "Meeting [Kim Jong Un, Vladimir Putin] @- 2023-09",
                "Visit [Sergei Shoigu] @North Korea 2023-07",
                "Meeting [Kim Jong Un, Sergei Shoigu] @North Korea 2023-07"));
        assertEquals(expected, got);
        EventMention first = x.events().get(0);
        assertEquals(List.of("KCNA"), first.reportedBy().stream().map(Actor::name).toList());
    }
}
