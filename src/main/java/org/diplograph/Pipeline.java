package org.diplograph;

import java.time.LocalDate;
import java.util.function.BiFunction;
import org.apache.jena.rdf.model.Model;
import org.diplograph.extract.Actor;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Factuality;
import org.diplograph.extract.Lexicon;
import org.diplograph.extract.Triggers;
import org.diplograph.link.Entity;
import org.diplograph.nlp.Annotator;
import org.diplograph.rdf.GraphMapper;
import org.diplograph.rdf.Iris;
import org.diplograph.source.Article;

/**
 * The whole per-article path: annotate, extract, link, map to the article's graph. Storing the graph is the
 * caller's business, so the same pipeline feeds a local store, a running server or an evaluation.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.standard();
 * Pipeline.Result r = pipeline.process(article);
 * store.replaceGraph(r.graphIri(), r.graph());
 * }</pre>
 */
public final class Pipeline {
    private final Extractor extractor;
    private final GraphMapper mapper;

    public Pipeline(Lexicon lexicon, BiFunction<Actor, LocalDate, Entity> linker) {
        this.extractor = new Extractor(lexicon);
        this.mapper = new GraphMapper(linker);
    }

    /** The article's graph and what went into it. */
    public record Result(Article article, Extraction extraction, Model graph) {
        public String graphIri() { return Iris.article(article.id()); }

        public long happenedEvents() {
            return extraction.events().stream().filter(e -> e.factuality() == Factuality.HAPPENED).count();
        }

        public long triples() { return graph.size(); }
    }

    public Result process(Article article) {
        Extraction x = extract(article);
        return new Result(article, x, mapper.map(x));
    }

    /** Extraction alone, for callers that do not need triples. */
    public Extraction extract(Article article) {
        return extractor.extract(Annotator.shared().annotate(article, FOCUS));
    }

    private static final Annotator.Focus FOCUS = focus();

    private static Annotator.Focus focus() {
        int before = Integer.getInteger("diplograph.nlp.before", 1);
        int after = Integer.getInteger("diplograph.nlp.after", 1);
        return before < 0 ? Annotator.Focus.ALL : Annotator.Focus.around(Triggers::mayHoldContact, before, after);
    }
}
