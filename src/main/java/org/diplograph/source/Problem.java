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
        String text = line > 0 ? origin + ":" + line + ": " + reason : origin + ": " + reason;
        return printable(text);
    }

    /** One line a terminal shows as it reads: line breaks, control characters and direction overrides escaped. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Sources.isUnsafe(c)) out.append(String.format("\\u%04X", c));
            else out.appendCodePoint(c);
        });
        return out.toString();
    }
}
