package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final LocalDate SUNDAY = LocalDate.of(2023, 9, 17);
    private static final LocalDate WEDNESDAY = LocalDate.of(2023, 9, 20);

    @Test
    void meeting_on_saturday_resolves_to_day_before_dateline() {
        assertEquals("2023-09-16", DateResolver.resolve("on Saturday", "2023-09-16", SUNDAY, true).value());
    }

    @Test
    void past_weekday_never_resolves_into_the_future() {
        // SUTime gave the following Saturday for a Wednesday article.
        assertEquals("2023-09-16", DateResolver.resolve("on Saturday", "2023-09-23", WEDNESDAY, true).value());
        assertEquals("2023-09-20", DateResolver.resolve("on Wednesday", "2023-09-20", WEDNESDAY, true).value());
    }

    @Test
    void weekday_across_a_month_boundary_goes_back_into_the_previous_month() {
        assertEquals("2023-09-29", DateResolver.resolve("on Friday", "2023-10-06", LocalDate.of(2023, 10, 2), true).value());
    }

    @Test
    void planned_weekday_looks_forward() {
        assertEquals("2023-09-23", DateResolver.resolve("on Saturday", "2023-09-23", WEDNESDAY, false).value());
    }

    @Test
    void last_week_inside_one_month_gets_month_precision() {
        TimeValue v = DateResolver.resolve("last week", "2023-W36", SUNDAY, true);
        assertEquals("2023-09", v.value());
        assertEquals(TimeValue.Precision.MONTH, v.precision());
        assertEquals("last week", v.text());
    }

    @Test
    void last_week_across_two_months_gives_no_date_but_keeps_the_words() {
        TimeValue v = DateResolver.resolve("last week", "2023-W35", LocalDate.of(2023, 9, 4), true);
        assertNull(v.value());
        assertEquals("last week", v.text());
    }

    @Test
    void a_month_alone_keeps_month_precision_and_a_year_alone_gives_no_date() {
        assertEquals("2023-07", DateResolver.resolve("in July", "2023-07", SUNDAY, true).value());
        TimeValue year = DateResolver.resolve("in 2022", "2022", SUNDAY, true);
        assertNull(year.value());
        assertEquals("in 2022", year.text());
    }

    @Test
    void a_later_month_in_a_past_event_means_last_year() {
        assertEquals("2022-12", DateResolver.resolve("in December", "2023-12", LocalDate.of(2023, 1, 10), true).value());
    }

    @Test
    void past_ref_noise_is_dropped() {
        assertNull(DateResolver.resolve("the time", "PAST_REF", SUNDAY, true).value());
        assertNull(DateResolver.resolve("recently", "PAST_REF", SUNDAY, true).value());
    }

    @Test
    void today_is_the_publication_date() {
        assertEquals("2023-09-17", DateResolver.resolve("today", "2023-09-17", SUNDAY, true).value());
    }

    @Test
    void words_pointing_back_at_the_last_contact_get_no_date_of_their_own_but_an_offset() {
        assertNull(DateResolver.resolve("On the same day", "2023-09-17", SUNDAY, true).value());
        assertEquals(OptionalInt.of(0), DateResolver.anaphoricOffset("Later the same day"));
        assertEquals(OptionalInt.of(0), DateResolver.anaphoricOffset("that evening"));
        assertEquals(OptionalInt.of(1), DateResolver.anaphoricOffset("the following day"));
        assertEquals(OptionalInt.of(1), DateResolver.anaphoricOffset("the next morning"));
        assertEquals(OptionalInt.of(-1), DateResolver.anaphoricOffset("The day before"));
        assertEquals(OptionalInt.of(-1), DateResolver.anaphoricOffset("A day earlier"));
        assertEquals(OptionalInt.of(0), DateResolver.anaphoricOffset("then"));
        assertEquals(OptionalInt.of(1), DateResolver.anaphoricMonths("the following month"));
        assertEquals(OptionalInt.of(-1), DateResolver.anaphoricMonths("a month earlier"));
        assertNull(DateResolver.resolve("the following month", "2024-03", SUNDAY, true).value());
        assertTrue(DateResolver.anaphoricOffset("on Saturday").isEmpty());
        assertTrue(DateResolver.anaphoricOffset(null).isEmpty());
        assertEquals(OptionalInt.of(0), DateResolver.anaphoricOffset("Hours earlier"));
        assertEquals(OptionalInt.of(0), DateResolver.anaphoricOffset("earlier in the day"));
        // A stated day with "hours later" beside it is that day, not a pointer back.
        assertTrue(DateResolver.anaphoricOffset("2:45 a.m. Wednesday, hours later").isEmpty());
    }

    @Test
    void this_week_is_the_days_of_the_week_so_far_and_last_week_the_calendar_week_before() {
        LocalDate thursday = LocalDate.of(2025, 2, 6);
        assertEquals("2025-02", DateResolver.resolve("Earlier this week", "2025-W06", thursday, true).value());
        // Monday 27 January to Sunday 2 February: two months.
        assertNull(DateResolver.resolve("last week", "2025-W05", thursday, true).value());
        // Published Thursday 2 January: last week is 23 to 29 December, though the days since reach into January.
        assertEquals("2024-12", DateResolver.resolve("last week", "2024-W52", LocalDate.of(2025, 1, 2), true).value());
    }

    @Test
    void weeks_ago_names_a_week_so_it_keeps_month_precision_inside_one_month() {
        LocalDate pub = LocalDate.of(2024, 9, 5);
        assertEquals("2024-08", DateResolver.resolve("three weeks ago", "2024-08-15", pub, true).value());
        // Two weeks before 2024-09-05 is the week around 2024-08-22: still August.
        assertEquals("2024-08", DateResolver.resolve("two weeks ago", "2024-08-22", pub, true).value());
        // A week that straddles two months gives no date.
        assertNull(DateResolver.resolve("a week ago", "2024-08-29", pub, true).value());
    }

    @Test
    void a_weekday_beside_its_year_counts_back_from_publication() {
        LocalDate thursday = LocalDate.of(2025, 1, 2);
        assertEquals("2024-12-31", DateResolver.resolve("on Tuesday, the last day of 2024", null, thursday, true).value());
        // A year that the counted-back weekday does not fall in gives no day.
        assertNull(DateResolver.resolve("on Tuesday, the last day of 2023", null, thursday, true).value());
    }

    @Test
    void last_week_without_a_value_is_the_calendar_week_before_publication() {
        // Published Thursday 2 January 2025: last week ran from 23 to 29 December.
        assertEquals("2024-12", DateResolver.resolve("last week", null, LocalDate.of(2025, 1, 2), true).value());
        // Published Monday 3 March 2025: last week ran from 24 February to 2 March.
        assertNull(DateResolver.resolve("last week", null, LocalDate.of(2025, 3, 3), true).value());
    }

    @Test
    void a_part_of_the_day_with_no_day_points_back_at_the_contact_told_before() {
        assertEquals(OptionalInt.of(0), DateResolver.anaphoricOffset("in the morning"));
        assertEquals(OptionalInt.of(0), DateResolver.anaphoricOffset("In the afternoon"));
        assertNull(DateResolver.resolve("in the morning", "2023-01-30TMO", LocalDate.of(2023, 1, 30), true).value());
        assertEquals("2023-01-30", DateResolver.resolve("this morning", "2023-01-30TMO", LocalDate.of(2023, 1, 30), true).value());
    }
}
