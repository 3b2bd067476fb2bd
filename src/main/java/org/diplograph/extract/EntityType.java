package org.diplograph.extract;

/** The kinds of named thing an event can refer to. */
public enum EntityType { PERSON, COUNTRY, PLACE, ORGANIZATION, OUTLET }
