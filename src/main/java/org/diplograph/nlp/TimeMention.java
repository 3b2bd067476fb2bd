package org.diplograph.nlp;

/**
 * A time expression SUTime found, normalized against the article date.
 *
 * @param start first token index
 * @param end   token index just past the expression
 * @param text  the words ("on Saturday" gives "Saturday")
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value as SUTime gives it ("2023-09-16", "2023-W36", "PAST_REF", "2023-07"), or null
 */
public record TimeMention(int start, int end, String text, String type, String value) {
    /** Whether the token at {@code index} is one of the expression's words. */
    public boolean covers(int index) {
        return index >= start && index < end;
    }
}
