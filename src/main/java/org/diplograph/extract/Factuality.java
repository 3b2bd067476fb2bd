package org.diplograph.extract;

/** Whether the article asserts that a contact happened. Only HAPPENED events enter the event table. */
public enum Factuality { HAPPENED, PLANNED, DENIED, CANCELLED, HYPOTHETICAL, IN_PROGRESS }
