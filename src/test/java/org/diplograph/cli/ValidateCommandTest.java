package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.OWL;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir Path dir;

    @Test
    void a_store_in_the_shape_ingestion_gives_conforms_with_exit_0() {
        writeConforming();

        CliRun r = CliRun.of("validate", "--store", dir.toString());

        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("The store conforms to the shapes.", r.out().strip());
    }

    @Test
    void each_violation_is_one_line_with_focus_path_message_and_graph_and_exit_3() {
        writeConforming();
        String bad = Iris.article("bad");
        Model m = ModelFactory.createDefaultModel();
        m.createResource(TwoArticles.ID + "event/meeting/bad", Dip.Meeting)
                .addProperty(OWL.sameAs, m.createResource("http://example.org/not-wikidata"));
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(bad, m);
        }

        CliRun r = CliRun.of("validate", "--store", dir.toString());

        assertEquals(3, r.exit(), r.out() + r.err());
        String focus = "<" + TwoArticles.ID + "event/meeting/bad>";
        assertTrue(r.out().contains(focus + " dip:participant: An event needs at least one participant, given as an IRI. (graph <" + bad + ">)"), r.out());
        assertTrue(r.out().contains(focus + " owl:sameAs: owl:sameAs must point to a Wikidata item IRI"), r.out());
        assertTrue(r.out().contains(focus + " dip:cameoCode: "), r.out());
        assertTrue(r.out().strip().endsWith("3 violations in 1 graph."), r.out());
        assertEquals(4, r.out().strip().lines().count(), r.out());
    }

    // A meeting in the shape ingestion writes: participants, a CAMEO code, a report in its article.
    private void writeConforming() {
        Model m = ModelFactory.createDefaultModel();
        var article = m.createResource(Iris.article("good"), Dip.Article).addProperty(Dip.articleId, "good")
                .addProperty(Dip.publicationDate, m.createTypedLiteral("2023-06-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        var smith = m.createResource(TwoArticles.SMITH, Dip.Person).addProperty(org.apache.jena.vocabulary.RDFS.label, "John Smith");
        var meeting = m.createResource(TwoArticles.ID + "event/meeting/good", Dip.Meeting).addProperty(Dip.participant, smith)
                .addProperty(Dip.cameoCode, m.createResource("https://w3id.org/diplograph/cameo/043"));
        m.createResource(Iris.report("good", 0), Dip.Report).addProperty(Dip.reports, meeting).addProperty(Dip.inArticle, article)
                .addProperty(Dip.evidence, "John Smith held talks.");
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(Iris.article("good"), m);
        }
    }
}
