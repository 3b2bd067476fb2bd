package org.diplograph.extract;

/** A source an article attributes a contact to. */
record CitedSource(String label, boolean generic, EntityType type) {
    CitedSource(String label, boolean generic) {
        this(label, generic, EntityType.ORGANIZATION);
    }
}
