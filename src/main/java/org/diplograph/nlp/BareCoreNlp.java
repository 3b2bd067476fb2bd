package org.diplograph.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's default English pipeline (tokenize, ssplit, pos, lemma, ner with fine-grained types, depparse) with
 * none of Diplograph's settings: the baseline the benchmark compares {@link Annotator} against.
 */
public final class BareCoreNlp {
    private final StanfordCoreNLP pipeline;

    private BareCoreNlp(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models (about 15 s). */
    public static BareCoreNlp load() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return new BareCoreNlp(new StanfordCoreNLP(props));
    }

    /** Annotates {@code text}; returns its number of tokens. */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
    }
}
