package org.diplograph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Which events an export keeps; every format applies this one predicate. A null field does not filter.
 * <ul>
 *   <li>{@code from}/{@code to}: a day, month or year; an event is kept when all the days its date covers lie in the
 *       period from the first day of {@code from} to the last day of {@code to}, so an event dated only "2023" is not
 *       kept by {@code --from 2023-09}. Undated events are then left out.</li>
 *   <li>{@code country}: a QID, IRI or label (any case) of the country of a participant or host (their affiliation),
 *       or of the event's location (the place's country, or the location itself when it is a country).</li>
 *   <li>{@code person}: a QID or IRI of a participant or host, or a part of their label (any case).</li>
 *   <li>{@code type}: Meeting, Visit or PhoneCall (any case).</li>
 * </ul>
 * <pre>
 * ExportFilter f = ExportFilter.create().from("2023-07").to("2023").country("Q423").person("kim").type("Meeting");
 * ContactNetwork net = ContactNetwork.read(datasetGraph, f);
 * </pre>
 */
public record ExportFilter(String from, String to, String country, String person, String type) {
    private static final List<String> TYPES = List.of("Meeting", "Visit", "PhoneCall");

    /** @throws ExportException naming the option whose value is malformed */
    public ExportFilter {
        from = blankToNull(from);
        to = blankToNull(to);
        country = blankToNull(country);
        person = blankToNull(person);
        type = blankToNull(type);
        if (from != null) DateSpan.of(from);
        if (to != null) DateSpan.of(to);
        if (type != null) type = canonicalType(type);
    }

    /** The filter that keeps everything; the with-methods below narrow it. */
    public static ExportFilter create() {
        return new ExportFilter(null, null, null, null, null);
    }

    public ExportFilter from(String v) { return new ExportFilter(v, to, country, person, type); }

    public ExportFilter to(String v) { return new ExportFilter(from, v, country, person, type); }

    public ExportFilter country(String v) { return new ExportFilter(from, to, v, person, type); }

    public ExportFilter person(String v) { return new ExportFilter(from, to, country, v, type); }

    public ExportFilter type(String v) { return new ExportFilter(from, to, country, person, v); }

    /** True when nothing is filtered. */
    public boolean keepsAll() {
        return Stream.of(from, to, country, person, type).allMatch(v -> v == null);
    }

    /**
     * Whether {@code e} passes.
     *
     * @param parties looks up a party by IRI (never null: an unknown IRI gives a bare party)
     */
    public boolean test(ContactEvent e, Function<String, Party> parties) {
        if (type != null && !type.equals(e.type())) return false;
        if ((from != null || to != null) && !inPeriod(e.span())) return false;
        List<Party> people = new ArrayList<>();
        Stream.concat(e.participants().stream(), e.hosts().stream()).map(parties).forEach(people::add);
        if (person != null && people.stream().noneMatch(this::isPerson)) return false;
        if (country != null) {
            List<String> countries = new ArrayList<>();
            for (Party p : people) countries.add(countryOf(p));
            if (e.location() != null) countries.add(countryOf(parties.apply(e.location())));
            return countries.stream().filter(c -> c != null).map(parties).anyMatch(c -> names(c, country));
        }
        return true;
    }

    private boolean inPeriod(DateSpan span) {
        if (span == null) return false;
        LocalDate start = from == null ? LocalDate.MIN : DateSpan.of(from).start();
        LocalDate end = to == null ? LocalDate.MAX : DateSpan.of(to).end();
        return !span.start().isBefore(start) && !span.end().isAfter(end);
    }

    private boolean isPerson(Party p) {
        return (p.qid() != null && p.qid().equalsIgnoreCase(person)) || p.iri().equals(person)
                || p.label().toLowerCase(Locale.ROOT).contains(person.toLowerCase(Locale.ROOT));
    }

    /** The country a party belongs to: itself when it is one. */
    static String countryOf(Party p) {
        return "Country".equals(p.type()) ? p.iri() : p.country();
    }

    private static boolean names(Party c, String value) {
        return (c.qid() != null && c.qid().equalsIgnoreCase(value)) || c.iri().equals(value) || c.label().equalsIgnoreCase(value);
    }

    private static String canonicalType(String value) {
        for (String t : TYPES) if (t.equalsIgnoreCase(value)) return t;
        throw new ExportException("Unknown event type for --type: " + value + " (known: " + String.join(", ", TYPES) + ")");
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
