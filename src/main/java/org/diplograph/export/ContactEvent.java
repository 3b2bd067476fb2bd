package org.diplograph.export;

import java.util.List;
import java.util.Objects;

/**
 * A meeting, visit or phone call that happened, as the contact network reads it. Lists hold IRIs (articles: ids),
 * sorted and without repeats.
 *
 * @param iri          the event IRI
 * @param type         Meeting, Visit or PhoneCall
 * @param date         the most precise lexical date (YYYY-MM-DD, YYYY-MM or YYYY), or null
 * @param participants the participants (for a Visit, the visitors)
 * @param hosts        the hosts
 * @param location     the place or country, or null
 * @param sources      the sources the articles attribute it to
 * @param articles     the ids of the articles reporting it
 */
public record ContactEvent(String iri, String type, String date, List<String> participants, List<String> hosts,
                           String location, List<String> sources, List<String> articles) {
    public ContactEvent {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        participants = List.copyOf(participants);
        hosts = List.copyOf(hosts);
        sources = List.copyOf(sources);
        articles = List.copyOf(articles);
    }

    /** The days the date covers, or null when undated. */
    public DateSpan span() {
        return date == null ? null : DateSpan.of(date);
    }
}
