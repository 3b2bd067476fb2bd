package org.diplograph.link;

import java.time.LocalDate;
import java.time.Year;

/**
 * A term in an office, as the gazetteer knows it. Each end keeps the precision of its source: a year
 * ({@code "2012"}) or a day ({@code "2024-05-14"}). A year-precise term is only certain for the part of the year
 * range that cannot be in doubt, which is what {@link #surelyCovers} answers.
 *
 * @param title      the office as written ("Minister of Defence of Russia")
 * @param officeKey  the canonical office ("DEFENCE_MINISTER"), or null when the title is no office we track
 * @param countryQid the country whose office it is, or null for offices of organisations and sub-national bodies
 * @param from       first year or day in office, or null when the source gives no dates
 * @param to         last year or day in office, or null while the term is open (or undated)
 */
public record Position(String title, String officeKey, String countryQid, String from, String to) {
    private static final String PARTIAL_DATE = "\\d{4}(-\\d{2}-\\d{2})?";

    public Position {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("blank position title");
        if (from != null && !from.matches(PARTIAL_DATE)) throw new IllegalArgumentException("bad start: " + from);
        if (to != null && !to.matches(PARTIAL_DATE)) throw new IllegalArgumentException("bad end: " + to);
        if (from == null && to != null) throw new IllegalArgumentException("end without start: " + title);
        if (to != null && earliest(to).isBefore(earliest(from)) && latest(to).isBefore(latest(from))) {
            throw new IllegalArgumentException("term ends before it starts: " + title + " " + from + "-" + to);
        }
    }

    /** True when the source dates the term at all. */
    public boolean dated() {
        return from != null;
    }

    /** True when the term is dated and has no end. */
    public boolean open() {
        return from != null && to == null;
    }

    /** The first day the term may have started on, or null when undated. */
    public LocalDate earliestStart() {
        return from == null ? null : earliest(from);
    }

    /** The last day the term may have started on, or null when undated. */
    public LocalDate latestStart() {
        return from == null ? null : latest(from);
    }

    /** The first day the term may have ended on, or null when open or undated. */
    public LocalDate earliestEnd() {
        return to == null ? null : earliest(to);
    }

    /** The last day the term may have ended on, or null when open or undated. */
    public LocalDate latestEnd() {
        return to == null ? null : latest(to);
    }

    /** True when the term may include the day (dated terms only). */
    public boolean mayCover(LocalDate day) {
        if (from == null) return false;
        return !day.isBefore(earliestStart()) && (to == null || !day.isAfter(latestEnd()));
    }

    /** True when the term includes the day whatever the unknown months are (dated terms only). */
    public boolean surelyCovers(LocalDate day) {
        if (from == null) return false;
        return !day.isBefore(latestStart()) && (to == null || !day.isAfter(earliestEnd()));
    }

    static LocalDate earliest(String partial) {
        return partial.length() == 4 ? Year.parse(partial).atDay(1) : LocalDate.parse(partial);
    }

    static LocalDate latest(String partial) {
        return partial.length() == 4 ? Year.parse(partial).atMonth(12).atEndOfMonth() : LocalDate.parse(partial);
    }
}
