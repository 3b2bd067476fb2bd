package org.diplograph.source;

/**
 * One bad input item: where it is and why it was refused. Printed as {@code origin:line: reason}.
 *
 * @param origin the file (or "stdin")
 * @param line   the 1-based line the problem is on, or 0 when it concerns the whole file
 * @param reason what is wrong, in a few words
 */
public record Problem(String origin, int line, String reason) {
    @Override
    public String toString() {
        return line > 0 ? origin + ":" + line + ": " + reason : origin + ": " + reason;
    }
}
