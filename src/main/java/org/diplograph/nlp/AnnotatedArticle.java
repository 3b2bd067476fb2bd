package org.diplograph.nlp;

import java.util.List;
import org.diplograph.source.Article;

/** An article with its annotated body sentences. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
