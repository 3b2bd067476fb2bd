package org.diplograph.extract;

/**
 * A named thing found in one sentence: tokens [start, end) and what they name.
 *
 * @param start     first token
 * @param end       token just past the span
 * @param text      the words
 * @param type      what it is
 * @param lex       the lexicon entry behind it, or null
 */
record Span(int start, int end, String text, EntityType type, Lexicon.LexEntry lex) {
    boolean contains(int token) { return token >= start && token < end; }
}
