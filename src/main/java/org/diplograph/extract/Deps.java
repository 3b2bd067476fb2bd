package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.nlp.Dependency;
import org.diplograph.nlp.Sentence;

/** Walks over a sentence's enhanced++ dependencies that several rules share. */
final class Deps {
    private Deps() {}

    static int[] subtreeRange(Sentence s, int root) {
        int lo = root, hi = root + 1;
        Set<Integer> seen = new HashSet<>();
        List<Integer> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            int n = stack.remove(stack.size() - 1);
            if (!seen.add(n)) continue;
            lo = Math.min(lo, n);
            hi = Math.max(hi, n + 1);
            for (Dependency d : s.children(n, null)) {
                if (d.rel().startsWith("appos") || d.rel().startsWith("acl") || d.rel().equals("punct") || d.rel().startsWith("conj")) continue;
                if (d.dep() > n + 12 || d.dep() < n - 12) continue;
                stack.add(d.dep());
            }
        }
        return new int[] {lo, hi};
    }

    static Dependency governor(Sentence s, int token) {
        Dependency best = null;
        for (Dependency d : s.parents(token)) {
            if (d.rel().equals("ref")) continue;
            if (best == null || rank(d.rel()) < rank(best.rel())) best = d;
        }
        return best;
    }

    private static int rank(String rel) {
        if (rel.startsWith("nsubj") && rel.contains("xsubj")) return 5;
        if (rel.startsWith("conj")) return 3;
        return 1;
    }

    static int governorVerb(Sentence s, int noun) {
        Dependency up = governor(s, noun);
        return up != null && up.gov() >= 0 && s.token(up.gov()).isVerb() ? up.gov() : -1;
    }

    static boolean hasChild(Sentence s, int gov, String rel) {
        return !s.children(gov, rel).isEmpty();
    }

    static boolean hasChildWord(Sentence s, int gov, String rel, String word) {
        for (Dependency d : s.children(gov, rel)) if (s.token(d.dep()).word().equalsIgnoreCase(word)) return true;
        return false;
    }
}
