package org.diplograph.export;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The days a date of any precision covers: a day is itself, {@code 2023-07} is 1 to 31 July, {@code 2023} the whole
 * year. Timelines (GEXF spells, Neo4j dates) and the date filters use these bounds, so no day is ever invented.
 *
 * @param start the first day, inclusive
 * @param end   the last day, inclusive
 */
public record DateSpan(LocalDate start, LocalDate end) implements Comparable<DateSpan> {
    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) throw new IllegalArgumentException("Date span ends before it starts: " + start + " " + end);
    }

    /**
     * The span of a lexical {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear} value.
     *
     * @throws ExportException naming the value when it is none of the three
     */
    public static DateSpan of(String value) {
        try {
            return switch (value.length()) {
                case 4 -> new DateSpan(Year.parse(value).atDay(1), Year.parse(value).atMonth(12).atEndOfMonth());
                case 7 -> new DateSpan(YearMonth.parse(value).atDay(1), YearMonth.parse(value).atEndOfMonth());
                default -> new DateSpan(LocalDate.parse(value.substring(0, 10)), LocalDate.parse(value.substring(0, 10)));
            };
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new ExportException("Not a date, month or year: '" + value + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)", e);
        }
    }

    /** The spans, sorted, with overlapping and touching ones joined into one. */
    public static List<DateSpan> merge(Collection<DateSpan> spans) {
        List<DateSpan> sorted = spans.stream().sorted().toList();
        List<DateSpan> out = new ArrayList<>();
        for (DateSpan s : sorted) {
            DateSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !s.start.isAfter(last.end.plusDays(1))) {
                out.set(out.size() - 1, new DateSpan(last.start, s.end.isAfter(last.end) ? s.end : last.end));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public int compareTo(DateSpan o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }
}
