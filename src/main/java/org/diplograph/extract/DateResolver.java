package org.diplograph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a SUTime value into a {@link TimeValue} by the specification's rules: a past weekday is the most recent
 * such day on or before publication, "last week" keeps month precision when its span lies in one month,
 * a year alone gives no date, and reference noise ({@code PAST_REF}) is dropped. Pure: no CoreNLP needed.
 */
public final class DateResolver {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern XDAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    /** A year written in the text ("in 2012", "December 2022"). */
    static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(19|20)\\d\\d\\b");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2}).*");
    private static final Pattern WEEKS_AGO = Pattern.compile("\\b(?:a|one|two|three|four|\\d+) weeks? ago\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    /** A clock time beside a weekday ("9 a.m. Tuesday"): its digits are no date. */
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b\\d{1,2}([:.]\\d{2})?\\s*(a\\.?m\\b\\.?|p\\.?m\\b\\.?|gmt\\b|utc\\b|hours\\b|hrs\\b)");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d");

    private DateResolver() {}

    /**
     * Days after the date of the contact told just before, for words that point back at it: 0 for "the same
     * day", "that evening", "hours earlier" or "later", 1 for "the following day" or "the next morning", -1 for "the
     * day before" or "a day earlier"; empty when the words do not point back.
     */
    public static OptionalInt anaphoricOffset(String text) {
        if (text == null) return OptionalInt.empty();
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (lower.matches(".*\\b(same|that) (day|evening|morning|afternoon|night)\\b.*")) return OptionalInt.of(0);
        if (lower.matches("(a few |several |some |\\w+ )?(hours|minutes) (earlier|later)|(earlier|later) in the day|later that day")) return OptionalInt.of(0);
        if (lower.matches("later|afterwards|subsequently|then")) return OptionalInt.of(0);
        // "Meloni landed in Tripoli in the morning": a part of the day named with no day is the day being told.
        if (partOfDay(lower)) return OptionalInt.of(0);
        if (lower.matches(".*\\b(the following|the next|next) (day|evening|morning|afternoon|night)\\b.*")) return OptionalInt.of(1);
        if (lower.matches("(on )?(the (day|evening|night) before|the previous (day|evening|night)|(a|one) day earlier|the day earlier)")) return OptionalInt.of(-1);
        return OptionalInt.empty();
    }

    /** Whether the words name a part of the day and no day: "in the morning", "during the afternoon". */
    static boolean partOfDay(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).matches("(in|during) the (morning|afternoon|evening|night)");
    }

    /** Whether the words date a contact from another one ("the same day", "the following month"). */
    public static boolean pointsBack(String text) {
        return anaphoricOffset(text).isPresent() || anaphoricMonths(text).isPresent();
    }

    /**
     * Months after the month of the contact told just before: 1 for "the following month", -1 for "the previous
     * month" or "a month earlier"; empty when the words do not point back.
     */
    public static OptionalInt anaphoricMonths(String text) {
        if (text == null) return OptionalInt.empty();
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (lower.matches("(in )?(the following|the next) month|a month later")) return OptionalInt.of(1);
        if (lower.matches("(in )?(the previous|the preceding) month|the month before|a month earlier")) return OptionalInt.of(-1);
        return OptionalInt.empty();
    }

    /**
     * Resolves one time expression for a contact.
     *
     * @param text    the words ("Saturday", "last week")
     * @param value   SUTime's normalized value, or null
     * @param pub     the article's publication date
     * @param past    whether the contact is asserted as already happened
     * @return the resolved value; its {@code value()} is null when the text supports no date
     */
    public static TimeValue resolve(String text, String value, LocalDate pub, boolean past) {
        String words = text == null ? "" : text.strip();
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.matches("(this|that) (time|moment)|the time|time|now|recently|currently|at the time")) {
            return new TimeValue(null, words);
        }
        // "his first call since the Oct. 7 attack": where a span starts, not when the contact was.
        if (lower.startsWith("since ")) return new TimeValue(null, words);
        if (pointsBack(words)) {
            return new TimeValue(null, words); // anaphoric: the date comes from the contact it refers to
        }
        if (lower.matches(".*\\b(today|tonight|this (morning|afternoon|evening))\\b.*")) {
            return TimeValue.day(pub, words);
        }
        Matcher wd = WEEKDAY.matcher(words);
        // "on Tuesday, the last day of 2024": a year beside a weekday leaves the day to be counted back.
        String digits = CLOCK.matcher(words).replaceAll("");
        Matcher stated = YEAR_IN_TEXT.matcher(digits);
        Integer statedYear = stated.find() ? Integer.valueOf(stated.group()) : null;
        if (wd.find() && !MONTH_NAME.matcher(words).find() && !YEAR_IN_TEXT.matcher(digits).replaceAll("").matches(".*\\d.*")) {
            DayOfWeek day = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
            if (statedYear != null) {
                LocalDate d = past ? pub.with(TemporalAdjusters.previousOrSame(day)) : pub.with(TemporalAdjusters.nextOrSame(day));
                return d.getYear() == statedYear ? TimeValue.day(d, words) : new TimeValue(null, words);
            }
            if (lower.contains("last ")) {
                LocalDate d = pub.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
                return TimeValue.day(d, words);
            }
            if (lower.contains("next ")) return TimeValue.day(pub.with(TemporalAdjusters.next(day)), words);
            LocalDate d = past ? pub.with(TemporalAdjusters.previousOrSame(day))
                               : pub.with(TemporalAdjusters.nextOrSame(day));
            return TimeValue.day(d, words);
        }
        // SUTime leaves "last week" without a value across a new year: the calendar week before publication's.
        if (past && lower.matches("(early |late )?last week") && (value == null || value.isBlank())) {
            value = pub.minusWeeks(1).get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + String.format(Locale.ROOT, "%02d", pub.minusWeeks(1).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        if (value == null || value.isBlank() || value.endsWith("_REF") || value.startsWith("P")) {
            return new TimeValue(null, words);
        }
        Matcher m = DAY.matcher(value);
        if (m.matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            // "three weeks ago" names a week, not a day: like "last week", the month when that week lies in one.
            if (WEEKS_AGO.matcher(lower).find()) {
                YearMonth from = YearMonth.from(d.minusDays(3)), to = YearMonth.from(d.plusDays(3));
                return from.equals(to) ? TimeValue.month(from, words) : new TimeValue(null, words);
            }
            if (past && d.isAfter(pub) && !words.matches(".*\\b\\d{4}\\b.*")) d = d.minusYears(1);
            // Still after publication a year earlier: a stray normalisation, not a date to keep.
            if (past && d.isAfter(pub) && !words.matches(".*\\b\\d{4}\\b.*")) return new TimeValue(null, words);
            return TimeValue.day(d, words);
        }
        m = XDAY.matcher(value);
        if (m.matches()) {
            LocalDate d = LocalDate.of(pub.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (past && d.isAfter(pub)) d = d.minusYears(1);
            return TimeValue.day(d, words);
        }
        m = WEEK.matcher(value);
        if (m.matches()) {
            LocalDate weekStart = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate weekEnd = weekStart.plusDays(6);
            LocalDate from = weekStart;
            // "last week" is the calendar week before publication; "this week" its days so far.
            LocalDate to = past && weekEnd.isAfter(pub) ? pub : weekEnd;
            return YearMonth.from(from).equals(YearMonth.from(to))
                    ? TimeValue.month(YearMonth.from(from), words) : new TimeValue(null, words);
        }
        m = MONTH.matcher(value);
        if (m.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (past && ym.isAfter(YearMonth.from(pub)) && !words.matches(".*\\b\\d{4}\\b.*")) ym = ym.minusYears(1);
            if (past && ym.isAfter(YearMonth.from(pub)) && !words.matches(".*\\b\\d{4}\\b.*")) return new TimeValue(null, words);
            return TimeValue.month(ym, words);
        }
        if (YEAR.matcher(value).matches()) {
            return new TimeValue(null, words); // a year alone gives no date; the words are kept
        }
        return new TimeValue(null, words);
    }
}
