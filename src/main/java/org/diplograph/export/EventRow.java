package org.diplograph.export;

import java.util.List;

/**
 * One row of the event table: a contact that happened, with everything an analyst needs to check it.
 * The JSON Lines export writes exactly these fields, in this order.
 */
public record EventRow(String event, String type, List<Ref> participants, Ref location, String date, String dateText,
                       List<String> reportedBy, List<String> articles, List<String> evidence) {
    /** A label with its Wikidata QID, or null for an unlinked entity. */
    public record Ref(String label, String wikidata) {}

    public EventRow {
        participants = List.copyOf(participants);
        reportedBy = List.copyOf(reportedBy);
        articles = List.copyOf(articles);
        evidence = List.copyOf(evidence);
    }
}
