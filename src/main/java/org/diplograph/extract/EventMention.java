package org.diplograph.extract;

import java.util.List;
import java.util.Objects;

/**
 * One diplomatic contact as one article states it.
 *
 * @param type         Meeting, Visit or PhoneCall
 * @param participants everyone on every side (for a Visit: the visitors)
 * @param hosts        the receiving side, when the text says who hosted; a subset of nothing else
 * @param location     the most specific named place, or null
 * @param date         the resolved date, or a TimeValue with a null value
 * @param reportedBy   the sources the article attributes the contact to
 * @param factuality   whether it happened
 * @param evidence     the sentences it was read from, first one first
 */
public record EventMention(EventType type, List<Actor> participants, List<Actor> hosts, Actor location,
                           TimeValue date, List<Actor> reportedBy, Factuality factuality, List<Evidence> evidence) {
    public EventMention {
        Objects.requireNonNull(type, "type");
        participants = List.copyOf(participants);
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        date = date == null ? new TimeValue(null, null) : date;
        reportedBy = reportedBy == null ? List.of() : List.copyOf(reportedBy);
        Objects.requireNonNull(factuality, "factuality");
        evidence = List.copyOf(evidence);
        if (participants.isEmpty()) throw new IllegalArgumentException(type.label() + " without participants");
        if (evidence.isEmpty()) throw new IllegalArgumentException(type.label() + " without evidence");
    }
}
