package org.diplograph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores predicted events against gold with the held-out matching rule: same article and type; a Meeting or
 * PhoneCall needs two gold participants matched (all when gold has fewer); a Visit needs its visitor and, when
 * gold names one, its destination. Names match by QID when both sides have one, else by normalized name, where
 * a surname alone matches the full name. Matching is one-to-one and greedy in gold order.
 */
public final class Scorer {
    /** The outcome of one scoring run. */
    public record Report(int gold, int predicted, int matched, int dateCorrect, int locationCorrect, int reportedByCorrect,
                         List<GoldEvent> misses, List<GoldEvent> extras, List<String> mismatches,
                         int linkTrue, int linkPredicted, int linkGold, List<String> linkMisses) {
        public double precision() { return predicted == 0 ? 0 : (double) matched / predicted; }

        public double recall() { return gold == 0 ? 0 : (double) matched / gold; }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double dateAccuracy() { return matched == 0 ? 0 : (double) dateCorrect / matched; }

        public double locationAccuracy() { return matched == 0 ? 0 : (double) locationCorrect / matched; }

        public double reportedByAccuracy() { return matched == 0 ? 0 : (double) reportedByCorrect / matched; }

        /** Of predicted QIDs on matched participants, how many are right. */
        public double linkPrecision() { return linkPredicted == 0 ? 0 : (double) linkTrue / linkPredicted; }

        /** Of gold participants with a QID on matched events, how many got the right one. */
        public double linkRecall() { return linkGold == 0 ? 0 : (double) linkTrue / linkGold; }
    }

    private Scorer() {}

    public static Report score(List<GoldEvent> gold, List<GoldEvent> predicted) {
        List<GoldEvent> extras = new ArrayList<>(predicted);
        List<GoldEvent> misses = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        List<String> linkMisses = new ArrayList<>();
        int matched = 0, dates = 0, locations = 0, sources = 0, linkTrue = 0, linkPred = 0, linkGold = 0;
        for (GoldEvent g : gold) {
            GoldEvent best = null;
            int bestScore = -1;
            for (GoldEvent p : extras) {
                if (!matches(g, p)) continue;
                int score = (eq(g.date(), p.date()) ? 2 : 0) + (sameLocation(g.location(), p.location()) ? 1 : 0);
                if (score > bestScore) { best = p; bestScore = score; }
            }
            if (best == null) { misses.add(g); continue; }
            extras.remove(best);
            matched++;
            if (eq(g.date(), best.date())) dates++;
            else mismatches.add("DATE   " + g.article() + " " + g.type() + " gold=" + g.date() + " got=" + best.date());
            if (sameLocation(g.location(), best.location())) locations++;
            else mismatches.add("PLACE  " + g.article() + " " + g.type() + " gold=" + label(g.location()) + " got=" + label(best.location()));
            if (sameSources(g.reportedBy(), best.reportedBy())) sources++;
            else mismatches.add("SOURCE " + g.article() + " " + g.type() + " gold=" + g.reportedBy() + " got=" + best.reportedBy());
            for (GoldEvent.Name gn : g.participants()) {
                GoldEvent.Name pn = best.participants().stream().filter(x -> sameName(gn, x)).findFirst().orElse(null);
                if (gn.qid() != null) linkGold++;
                if (pn != null && pn.qid() != null) {
                    linkPred++;
                    if (pn.qid().equals(gn.qid())) linkTrue++;
                }
                boolean right = pn != null && pn.qid() != null && pn.qid().equals(gn.qid());
                if (gn.qid() != null && !right || gn.qid() == null && pn != null && pn.qid() != null) {
                    linkMisses.add(g.article() + " gold=" + gn.label() + "/" + gn.qid() + " got=" + (pn == null ? null : pn.label() + "/" + pn.qid()));
                }
            }
        }
        return new Report(gold.size(), predicted.size(), matched, dates, locations, sources, misses, extras, mismatches,
                linkTrue, linkPred, linkGold, linkMisses);
    }

    static boolean matches(GoldEvent g, GoldEvent p) {
        if (!g.article().equals(p.article()) || !g.type().equals(p.type())) return false;
        int hits = 0;
        for (GoldEvent.Name gn : g.participants()) {
            if (p.participants().stream().anyMatch(pn -> sameName(gn, pn))) hits++;
        }
        if (g.type().equals("Visit")) {
            if (hits == 0 && !g.participants().isEmpty()) return false;
            return g.location() == null || sameLocation(g.location(), p.location());
        }
        return hits >= Math.min(2, g.participants().size());
    }

    private static String label(GoldEvent.Name n) {
        return n == null ? null : n.label() + "/" + n.qid();
    }

    static boolean sameLocation(GoldEvent.Name g, GoldEvent.Name p) {
        if (g == null || p == null) return g == p;
        return sameName(g, p);
    }

    static boolean sameName(GoldEvent.Name a, GoldEvent.Name b) {
        if (a.qid() != null && b.qid() != null) return a.qid().equals(b.qid());
        String x = norm(a.label()), y = norm(b.label());
        if (x.equals(y)) return true;
        List<String> xs = List.of(x.split(" ")), ys = List.of(y.split(" "));
        // A surname alone matches the full name.
        if (xs.size() == 1 && ys.contains(xs.get(0))) return true;
        return ys.size() == 1 && xs.contains(ys.get(0));
    }

    static boolean sameSources(List<String> gold, List<String> predicted) {
        Set<String> g = new TreeSet<>(), p = new TreeSet<>();
        gold.forEach(s -> g.add(norm(s)));
        predicted.forEach(s -> p.add(norm(s)));
        return g.equals(p);
    }

    static String norm(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("^the ", "").replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").strip();
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
