package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplograph.Pipeline;
import org.diplograph.extract.Extraction;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;
import org.diplograph.source.Article;
import org.diplograph.store.StoreException;
import org.junit.jupiter.api.Test;

/** Ingestion stores an article graph only when it keeps to the shapes; otherwise the first violation is the reason. */
class IngestionShapesTest {
    private static final Article ARTICLE = new Article("a", LocalDate.of(2023, 9, 17), "T", "Body.", null, null, "a.txt");

    @Test
    void a_graph_in_shape_passes_unchanged() {
        Pipeline.Result r = result(TwoArticles.a2());
        r.graph().add(r.graph().getResource(TwoArticles.ID + "event/visit/a2"), Dip.cameoCode,
                r.graph().createResource("https://w3id.org/diplograph/cameo/042"));
        assertSame(r, Ingestion.conforming(r));
    }

    @Test
    void a_graph_that_breaks_the_shapes_is_refused_with_the_first_violation() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(Iris.article("a"), Dip.Article).addProperty(Dip.articleId, "a");

        StoreException e = assertThrows(StoreException.class, () -> Ingestion.conforming(result(m)));

        String expected = "violates the shapes: <" + Iris.article("a") + "> dip:publicationDate: ";
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    private static Pipeline.Result result(Model graph) {
        return new Pipeline.Result(ARTICLE, new Extraction(ARTICLE, null, List.of()), graph);
    }
}
