package org.diplograph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.AnnotatedArticle;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.TimeMention;
import org.diplograph.nlp.Token;

/**
 * Days written as ordinals, which SUTime leaves out: in "on the 16th of last month" it dates only "last month",
 * and a bare "on the 19th" not at all. Both name a day, so the sentence gets a time expression for the day before
 * extraction reads it: the day of the month SUTime found, or for a bare ordinal the day of the publication month
 * (of the month before when that day is still to come).
 */
final class OrdinalDays {
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");
    private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");

    private OrdinalDays() {}

    /** The article with ordinal days added to its sentences' time expressions. */
    static AnnotatedArticle apply(AnnotatedArticle doc) {
        LocalDate pub = doc.article().date();
        List<Sentence> out = new ArrayList<>(doc.sentences().size());
        boolean changed = false;
        for (Sentence s : doc.sentences()) {
            Sentence t = apply(s, pub);
            changed |= t != s;
            out.add(t);
        }
        return changed ? new AnnotatedArticle(doc.article(), out) : doc;
    }

    static Sentence apply(Sentence s, LocalDate pub) {
        if (s.times().isEmpty() && s.tokens().stream().noneMatch(t -> ORDINAL.matcher(t.word()).matches())) return s;
        List<TimeMention> times = new ArrayList<>();
        boolean changed = false;
        for (TimeMention tm : s.times()) {
            TimeMention day = dayOfMonth(s, tm);
            changed |= day != tm;
            times.add(day);
        }
        for (int i = 2; i < s.tokens().size(); i++) {
            TimeMention bare = bareOrdinal(s, i, pub, times);
            if (bare != null) {
                times.add(bare);
                changed = true;
            }
        }
        if (!changed) return s;
        times.sort(java.util.Comparator.comparingInt(TimeMention::start));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), s.deps(), times);
    }

    // "the 16th of last month": SUTime gave the month; the three words before it give the day.
    private static TimeMention dayOfMonth(Sentence s, TimeMention tm) {
        if (tm.value() == null || !MONTH_VALUE.matcher(tm.value()).matches() || tm.start() < 3) return tm;
        Integer n = ordinal(s.token(tm.start() - 2));
        if (n == null || !s.token(tm.start() - 3).word().equalsIgnoreCase("the")
                || !s.token(tm.start() - 1).word().equalsIgnoreCase("of")) return tm;
        try {
            LocalDate day = YearMonth.parse(tm.value()).atDay(n);
            return new TimeMention(tm.start() - 3, tm.end(), s.span(tm.start() - 3, tm.end()), "DATE", day.toString());
        } catch (DateTimeException e) {
            return tm;
        }
    }

    // "on the 19th," with nothing after the ordinal that makes it a count ("the 19th summit") or another month.
    private static TimeMention bareOrdinal(Sentence s, int i, LocalDate pub, List<TimeMention> times) {
        Integer n = ordinal(s.token(i));
        if (n == null || !s.token(i - 1).word().equalsIgnoreCase("the") || !s.token(i - 2).word().equalsIgnoreCase("on")) {
            return null;
        }
        for (TimeMention tm : times) if (tm.covers(i)) return null;
        if (i + 1 < s.tokens().size()) {
            Token next = s.token(i + 1);
            boolean ends = next.pos().matches("[,.:;]|IN|CC|-LRB-|-RRB-|``|''") && !next.word().equalsIgnoreCase("of");
            if (!ends) return null;
        }
        LocalDate day;
        try {
            day = pub.withDayOfMonth(n);
            if (day.isAfter(pub)) day = YearMonth.from(pub).minusMonths(1).atDay(n);
        } catch (DateTimeException e) {
            return null;
        }
        return new TimeMention(i - 1, i + 1, s.span(i - 1, i + 1), "DATE", day.toString());
    }

    private static Integer ordinal(Token t) {
        Matcher m = ORDINAL.matcher(t.word().toLowerCase(Locale.ROOT));
        if (!m.matches()) return null;
        int n = Integer.parseInt(m.group(1));
        return n >= 1 && n <= 31 ? n : null;
    }
}
