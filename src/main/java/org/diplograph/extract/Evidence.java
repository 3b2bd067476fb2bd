package org.diplograph.extract;

/**
 * The sentence an event was read from.
 *
 * @param sentenceIndex zero-based sentence number in the article body
 * @param begin         character offset of the sentence start in the body text
 * @param end           character offset just past the sentence end
 * @param text          the sentence itself
 */
public record Evidence(int sentenceIndex, int begin, int end, String text) {
    public Evidence {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
    }
}
