package org.diplograph.extract;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date with the precision the text supports, plus the words it came from.
 *
 * @param value ISO form: {@code 2023-09-16}, {@code 2023-09} or {@code 2023}; null when the text gives no usable date
 * @param text  the original words ("on Saturday", "last week"), or null
 */
public record TimeValue(String value, String text) {
    public enum Precision { DAY, MONTH, YEAR }

    public TimeValue {
        if (value != null && !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("not an ISO date, month or year: " + value);
        }
    }

    public static TimeValue day(LocalDate d, String text) { return new TimeValue(d.toString(), text); }

    public static TimeValue month(YearMonth m, String text) { return new TimeValue(m.toString(), text); }

    public static TimeValue year(int y, String text) { return new TimeValue(String.format("%04d", y), text); }

    public Precision precision() {
        if (value == null) return null;
        return switch (value.length()) {
            case 10 -> Precision.DAY;
            case 7 -> Precision.MONTH;
            default -> Precision.YEAR;
        };
    }
}
