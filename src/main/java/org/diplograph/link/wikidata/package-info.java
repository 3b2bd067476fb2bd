/**
 * Online reconciliation against a Wikidata SPARQL endpoint, used only by {@code diplograph link}: a polite HTTP
 * client (User-Agent, timeouts, a minimum interval between requests, bounded retries on 429/503) with an on-disk
 * cache keyed by query text, the label lookup queries, and the rules that accept a single candidate or refuse.
 * It depends on the JDK's {@code java.net.http}, Gson and the project's own records; it never imports Jena and never
 * touches the store: the store stage writes the links it returns.
 */
package org.diplograph.link.wikidata;
