package org.diplograph.link.wikidata;

import java.util.List;
import java.util.Objects;

/**
 * What a lookup found for one entity.
 *
 * @param entity  the entity looked up
 * @param outcome linked, ambiguous or not found
 * @param qid     the accepted QID when linked, else null
 * @param matches the candidates that fit the entity's type and country: one when linked, several when ambiguous
 */
public record Resolution(UnlinkedEntity entity, Outcome outcome, String qid, List<Match> matches) {

    /** How a lookup ended. */
    public enum Outcome {
        /** Exactly one candidate fits (or one ranks first as a holder of an office). */
        LINKED,
        /** Several candidates fit equally well; the entity stays unlinked. */
        AMBIGUOUS,
        /** No candidate fits. */
        NOT_FOUND
    }

    public Resolution {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(outcome, "outcome");
        matches = List.copyOf(matches);
        if ((outcome == Outcome.LINKED) != (qid != null)) {
            throw new IllegalArgumentException("a QID goes with LINKED and only with it: " + outcome + " " + qid);
        }
    }
}
