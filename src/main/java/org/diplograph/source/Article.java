package org.diplograph.source;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source, before any annotation.
 *
 * @param id      the article id: the file-name stem, or the JSON Lines {@code id}
 * @param date    the publication date, against which relative dates are resolved
 * @param title   the headline (may be empty)
 * @param text    the body text, without the title line
 * @param url     the article URL, or null
 * @param outlet  the publishing outlet, or null
 * @param origin  where it was read from, for messages ("examples/a.txt", "feed.jsonl:12")
 */
public record Article(String id, LocalDate date, String title, String text, String url, String outlet, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        if (id.isBlank()) throw new IllegalArgumentException("article id is blank (" + origin + ")");
    }
}
