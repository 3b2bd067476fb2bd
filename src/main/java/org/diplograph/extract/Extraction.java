package org.diplograph.extract;

import java.util.List;
import org.diplograph.source.Article;

/**
 * Everything extraction found in one article.
 *
 * @param article   the article
 * @param publisher the outlet or byline that published it, or null
 * @param events    the contacts, happened or not (see {@link EventMention#factuality()})
 */
public record Extraction(Article article, Actor publisher, List<EventMention> events) {
    public Extraction {
        events = List.copyOf(events);
    }
}
