package org.diplograph.nlp;

/**
 * One token of a sentence as CoreNLP annotated it.
 *
 * @param index  0-based position in the sentence
 * @param word   the token text
 * @param lemma  its lemma
 * @param pos    Penn Treebank tag
 * @param ner    coarse NER tag ("PERSON", "ORGANIZATION", "DATE", "O", ...)
 * @param begin  character offset in the article body
 * @param end    character offset just past the token
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    public boolean isVerb() { return pos.startsWith("VB"); }

    public boolean isNoun() { return pos.startsWith("NN"); }

    public boolean isProperNoun() { return pos.startsWith("NNP"); }

    public boolean isCapitalised() { return !word.isEmpty() && Character.isUpperCase(word.charAt(0)); }
}
