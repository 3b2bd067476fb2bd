package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The date resolver never dates a contact that happened after the article that reports it, whatever SUTime
 * hands it, and it answers at once.
 */
class DateResolverProperties {

    @Property(tries = 2000)
    void a_past_contact_resolves_on_or_before_publication(@ForAll("words") String words, @ForAll("values") String value,
                                                           @ForAll("publication") LocalDate pub) {
        TimeValue t = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> DateResolver.resolve(words, value, pub, true));
        if (t.value() == null) return;
        switch (t.precision()) {
            case DAY -> assertFalse(LocalDate.parse(t.value()).isAfter(pub), words + " / " + value + " @" + pub + " -> " + t);
            case MONTH -> assertFalse(YearMonth.parse(t.value()).isAfter(YearMonth.from(pub)), words + " / " + value + " @" + pub + " -> " + t);
            case YEAR -> assertFalse(Integer.parseInt(t.value()) > pub.getYear(), words + " / " + value + " @" + pub + " -> " + t);
        }
    }

    @Property(tries = 1000)
    void any_words_and_value_resolve_without_failing(@ForAll String words, @ForAll String value, @ForAll("publication") LocalDate pub,
                                                     @ForAll boolean past) {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> DateResolver.resolve(words, value, pub, past));
    }

    @Provide
    Arbitrary<LocalDate> publication() {
        return Arbitraries.integers().between(0, 365 * 30).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> weekday = Arbitraries.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        Arbitrary<String> prefix = Arbitraries.of("", "on ", "last ", "this ", "late on ", "earlier on ");
        return Arbitraries.oneOf(
                Combinators.combine(prefix, weekday).as((p, w) -> p + w),
                Arbitraries.of("last week", "this week", "in July", "on 16 September", "September 16", "today",
                        "this morning", "recently", "the same day", "in March", "earlier this month", "last month", "yesterday"),
                Arbitraries.strings().alpha().ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<Integer> year = Arbitraries.integers().between(1990, 2035);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
        Arbitrary<Integer> week = Arbitraries.integers().between(1, 52);
        return Arbitraries.oneOf(
                Combinators.combine(year, month, day).as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d)),
                Combinators.combine(month, day).as((m, d) -> String.format("XXXX-%02d-%02d", m, d)),
                Combinators.combine(year, month).as((y, m) -> String.format("%04d-%02d", y, m)),
                Combinators.combine(year, week).as((y, w) -> String.format("%04d-W%02d", y, w)),
                year.map(y -> String.format("%04d", y)),
                Arbitraries.of("PAST_REF", "PRESENT_REF", "P1W", "", "XXXX-WXX-1"),
                Arbitraries.just((String) null));
    }
}
