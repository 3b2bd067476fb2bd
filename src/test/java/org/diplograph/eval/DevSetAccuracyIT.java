package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplograph.Pipeline;
import org.diplograph.export.EventRow;
import org.diplograph.export.EventTable;
import org.diplograph.export.Exporter;
import org.diplograph.link.EntityLinker;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.GazetteerLexicon;
import org.diplograph.source.Article;
import org.diplograph.source.Sources;
import org.junit.jupiter.api.Test;

/**
 * Guards extraction accuracy: the development set, run through the real pipeline and the event-table export,
 * must keep its scores. The floors sit a little under the figures in the README, so a rule change that loses
 * ground fails the build.
 */
class DevSetAccuracyIT {
    private static final Path DEVSET = Path.of("src/test/resources/devset");

    @Test
    void development_set_keeps_event_f1_date_and_linking_accuracy() throws Exception {
        List<Article> articles = new ArrayList<>();
        Sources.create().read(List.of(DEVSET.resolve("articles").toString()), articles::add);
        Gazetteer g = Gazetteer.bundled();
        Pipeline pipeline = new Pipeline(new GazetteerLexicon(g), new EntityLinker(g)::link);
        Model union = ModelFactory.createDefaultModel();
        for (Article a : articles) union.add(pipeline.process(a).graph());
        List<GoldEvent> predicted = new ArrayList<>();
        for (EventRow r : EventTable.rows(union)) predicted.addAll(EventTables.parse(Exporter.json(r)));
        Scorer.Report r = Scorer.score(EventTables.read(DEVSET.resolve("gold")), predicted);
        String summary = String.format("P %.3f R %.3f F1 %.3f date %.3f location %.3f reportedBy %.3f link P %.3f R %.3f",
                r.precision(), r.recall(), r.f1(), r.dateAccuracy(), r.locationAccuracy(), r.reportedByAccuracy(),
                r.linkPrecision(), r.linkRecall());
        assertTrue(r.f1() >= 0.89, summary);
        assertTrue(r.dateAccuracy() >= 0.95, summary);
        assertTrue(r.locationAccuracy() >= 0.93, summary);
        assertTrue(r.linkPrecision() >= 0.98 && r.linkRecall() >= 0.95, summary);
    }
}
