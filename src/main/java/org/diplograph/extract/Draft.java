package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** A contact as it is being put together from one trigger. */
final class Draft {
    final EventType type;
    final int sentence;
    final int trigger;
    final LinkedHashSet<NameResolver.Named> participants = new LinkedHashSet<>();
    final LinkedHashSet<NameResolver.Named> hosts = new LinkedHashSet<>();
    NameResolver.Named location;
    TimeValue date = new TimeValue(null, null);
    final LinkedHashSet<CitedSource> sources = new LinkedHashSet<>();
    Factuality factuality = Factuality.HAPPENED;
    final List<Integer> sentences = new ArrayList<>();
    /** Read from a noun ("his visit to China") rather than a verb or a presence clause. */
    boolean nominal;
    /** "at the Royal Palace in Brussels": the city beside a site the contact was placed at, or null. */
    NameResolver.Named city;
    /** A leg of a tour told in passing ("a tour that began in Algeria"): it lends no date to its sentence's other contacts. */
    boolean leg;
    /** "X also took part in the talks": people joining a contact already told, not a contact of their own. */
    boolean joins;

    Draft(EventType type, int sentence, int trigger) {
        this.type = type;
        this.sentence = sentence;
        this.trigger = trigger;
        sentences.add(sentence);
    }

    @Override
    public String toString() {
        return type + participants.toString() + "@" + location + " " + date.value() + " " + factuality;
    }
}
