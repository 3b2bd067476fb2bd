/**
 * Finds diplomatic contacts (Meetings, Visits, PhoneCalls) in annotated sentences: participants, roles, places, dates, attribution and factuality. Works only on the project's own records, so rules can be tested without loading models.
 */
package org.diplograph.extract;
