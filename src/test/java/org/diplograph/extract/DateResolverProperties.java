package org.diplograph.extract;

import static org.diplograph.testing.RandomCases.anyString;
import static org.diplograph.testing.RandomCases.forAll;
import static org.diplograph.testing.RandomCases.oneOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The date resolver never dates a contact that happened after the article that reports it, whatever SUTime
 * hands it, and it answers at once.
 */
class DateResolverProperties {
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> PREFIXES = List.of("", "on ", "last ", "this ", "late on ", "earlier on ");
    private static final List<String> PHRASES = List.of("last week", "this week", "in July", "on 16 September", "September 16",
            "today", "this morning", "recently", "the same day", "in March", "earlier this month", "last month", "yesterday");

    @Test
    void a_past_contact_resolves_on_or_before_publication() {
        forAll(3000, r -> {
            String words = words(r), value = value(r);
            LocalDate pub = publication(r);
            TimeValue t = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> DateResolver.resolve(words, value, pub, true));
            if (t.value() == null) return;
            String what = words + " / " + value + " @" + pub + " -> " + t;
            switch (t.precision()) {
                case DAY -> assertFalse(LocalDate.parse(t.value()).isAfter(pub), what);
                case MONTH -> assertFalse(YearMonth.parse(t.value()).isAfter(YearMonth.from(pub)), what);
                case YEAR -> assertFalse(Integer.parseInt(t.value()) > pub.getYear(), what);
            }
        });
    }

    @Test
    void any_words_and_value_resolve_without_failing() {
        forAll(2000, r -> {
            String words = anyString(r, 40), value = anyString(r, 20);
            LocalDate pub = publication(r);
            boolean past = r.nextBoolean();
            assertTimeoutPreemptively(Duration.ofSeconds(1), () -> DateResolver.resolve(words, value, pub, past));
        });
    }

    private static LocalDate publication(Random r) {
        return LocalDate.of(2000, 1, 1).plusDays(r.nextInt(365 * 30));
    }

    private static String words(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> oneOf(r, PREFIXES) + oneOf(r, WEEKDAYS);
            case 1 -> oneOf(r, PHRASES);
            default -> org.diplograph.testing.RandomCases.stringOf(r, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 20);
        };
    }

    private static String value(Random r) {
        int year = 1990 + r.nextInt(46), month = 1 + r.nextInt(12), day = 1 + r.nextInt(28), week = 1 + r.nextInt(52);
        return switch (r.nextInt(7)) {
            case 0 -> String.format("%04d-%02d-%02d", year, month, day);
            case 1 -> String.format("XXXX-%02d-%02d", month, day);
            case 2 -> String.format("%04d-%02d", year, month);
            case 3 -> String.format("%04d-W%02d", year, week);
            case 4 -> String.format("%04d", year);
            case 5 -> oneOf(r, List.of("PAST_REF", "PRESENT_REF", "P1W", "", "XXXX-WXX-1"));
            default -> null;
        };
    }
}
