package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.GazetteerLexicon;
import org.diplograph.nlp.Annotator;
import org.diplograph.source.Article;
import org.diplograph.source.Sources;

/**
 * Developer tool, not a test: prints every contact extracted from the given articles, happened or not, with roles,
 * affiliations, place, date, sources and evidence sentences.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:target/lib/*" org.diplograph.extract.ExtractDump examples/001-kim-shoigu-vladivostok.txt
 * </pre>
 */
public final class ExtractDump {
    public static void main(String[] args) {
        List<Article> articles = new ArrayList<>();
        Sources.create().read(List.of(args), articles::add).forEach(System.err::println);
        Extractor ex = new Extractor(new GazetteerLexicon(Gazetteer.bundled()));
        for (Article a : articles) {
            Extraction e = ex.extract(Annotator.shared().annotate(a));
            System.out.println("# " + a.id() + " " + a.date() + " publisher=" + e.publisher());
            for (EventMention m : e.events()) {
                System.out.println("  " + m.factuality() + " " + m.type().label() + " "
                        + m.participants().stream().map(x -> x.name() + "(" + x.role() + "/" + x.affiliation() + ")").toList()
                        + " @" + (m.location() == null ? null : m.location().name()) + " date=" + m.date().value()
                        + " '" + m.date().text() + "' by=" + m.reportedBy().stream().map(Actor::name).toList()
                        + " S" + m.evidence().stream().map(Evidence::sentenceIndex).toList());
            }
        }
    }
}
