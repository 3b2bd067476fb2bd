package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One annotated sentence of an article body.
 *
 * @param index  0-based sentence number
 * @param begin  character offset of the sentence in the body
 * @param end    character offset just past it
 * @param text   the sentence text
 * @param tokens its tokens
 * @param deps   enhanced++ dependencies
 * @param times  time expressions
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> deps,
                       List<TimeMention> times) {
    public Sentence {
        tokens = List.copyOf(tokens);
        deps = List.copyOf(deps);
        times = List.copyOf(times);
    }

    public Token token(int i) { return tokens.get(i); }

    /** Dependents of token {@code gov}, optionally only with relations starting with {@code relPrefix}. */
    public List<Dependency> children(int gov, String relPrefix) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : deps) {
            if (d.gov() == gov && (relPrefix == null || d.rel().startsWith(relPrefix))) out.add(d);
        }
        return out;
    }

    /** Edges that point at token {@code dep}. */
    public List<Dependency> parents(int dep) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : deps) if (d.dep() == dep) out.add(d);
        return out;
    }

    /** The text of tokens [from, to) as it stands in the sentence. */
    public String span(int from, int to) {
        if (from >= to) return "";
        int b = tokens.get(from).begin() - begin;
        int e = tokens.get(to - 1).end() - begin;
        return text.substring(Math.max(0, b), Math.min(text.length(), e));
    }
}
