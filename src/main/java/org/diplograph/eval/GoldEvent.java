package org.diplograph.eval;

import java.util.List;

/**
 * One event of an event table, gold or predicted, reduced to what the scorer compares.
 *
 * @param id           the event IRI or gold id
 * @param article      the article it belongs to
 * @param type         Meeting, Visit or PhoneCall
 * @param participants labels with optional QIDs
 * @param location     the place, or null
 * @param date         ISO date, month or year, or null
 * @param reportedBy   source names
 * @param evidence     the first evidence sentence, for listing misses
 */
public record GoldEvent(String id, String article, String type, List<Name> participants, Name location, String date,
                        List<String> reportedBy, String evidence) {
    /** A label with its QID (null when unlinked). */
    public record Name(String label, String qid) {}

    public GoldEvent {
        participants = List.copyOf(participants);
        reportedBy = List.copyOf(reportedBy);
    }
}
