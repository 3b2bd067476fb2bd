/**
 * Resolves entity mentions to gazetteer entries and Wikidata QIDs, offline from the bundled gazetteer, and optionally online against a Wikidata SPARQL endpoint.
 */
package org.diplograph.link;
