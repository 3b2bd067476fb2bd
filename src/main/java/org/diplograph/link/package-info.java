/**
 * Resolves entity mentions to gazetteer entries and Wikidata QIDs, offline from the bundled gazetteer
 * ({@code /gazetteer/*.tsv}): names in any common spelling, offices to their holders on a date. Depends on the
 * {@code extract} records only; imports neither Jena nor CoreNLP.
 */
package org.diplograph.link;
