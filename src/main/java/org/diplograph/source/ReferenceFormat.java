package org.diplograph.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference article format: a first line {@code " date YYYY-MM-DD Title"}, a blank line, then the body.
 * The article id is the file-name stem.
 */
public final class ReferenceFormat implements ArticleFormat {
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\S+)\\s*(.*)$");

    @Override
    public String name() { return "reference"; }

    @Override
    public boolean accepts(String fileName, String head) {
        return DATE_LINE.matcher(firstLine(head)).matches();
    }

    @Override
    public void read(String origin, String text, Consumer<Article> articles, Consumer<Problem> problems) {
        String first = firstLine(text);
        Matcher m = DATE_LINE.matcher(first);
        if (!m.matches()) {
            problems.accept(new Problem(origin, 1, "missing date line (expected ' date YYYY-MM-DD Title')"));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            problems.accept(new Problem(origin, 1, "invalid date '" + m.group(1) + "' (expected YYYY-MM-DD)"));
            return;
        }
        int nl = text.indexOf('\n');
        String body = nl < 0 ? "" : text.substring(nl + 1).strip();
        if (body.isEmpty()) {
            problems.accept(new Problem(origin, 2, "article has a date line but no body"));
            return;
        }
        articles.accept(new Article(Sources.stem(origin), date, m.group(2).strip(), body, null, null, origin));
    }

    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
