package org.diplograph.source;

import java.time.LocalDate;
import java.util.function.Consumer;

/** A text file with no date line: the body as it is, dated by {@code --date}. The first line is the title. */
public final class PlainTextFormat implements ArticleFormat {
    private final LocalDate date;

    public PlainTextFormat(LocalDate date) {
        this.date = date;
    }

    @Override
    public String name() { return "plain"; }

    @Override
    public boolean accepts(String fileName, String head) {
        return date != null;
    }

    @Override
    public void read(String origin, String text, Consumer<Article> articles, Consumer<Problem> problems) {
        String body = text.strip();
        if (body.isEmpty()) {
            problems.accept(new Problem(origin, 1, "empty article"));
            return;
        }
        String title = ReferenceFormat.firstLine(body).strip();
        articles.accept(new Article(Sources.stem(origin), date, title.length() > 200 ? "" : title, body, null, null, origin));
    }
}
