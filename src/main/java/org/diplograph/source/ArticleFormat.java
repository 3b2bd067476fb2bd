package org.diplograph.source;

import java.util.function.Consumer;

/**
 * One input format. A format reads one decoded text and hands every good article to the sink; a bad
 * record becomes a {@link Problem} and the rest of the text still goes in.
 */
public interface ArticleFormat {
    /** The name used in messages and on the command line ("reference", "jsonl", "plain"). */
    String name();

    /** Whether this format claims a file with this name and these first characters. */
    boolean accepts(String fileName, String head);

    /**
     * Reads all articles in {@code text}.
     *
     * @param origin     the file name for messages and the default article id
     * @param text       the whole decoded text
     * @param articles   receives each good article
     * @param problems   receives each bad record
     */
    void read(String origin, String text, Consumer<Article> articles, Consumer<Problem> problems);
}
