/**
 * Writes the store out for analysts: the event table (JSON Lines, CSV), the article graphs (TriG, N-Quads, JSON-LD)
 * and the contact network (GraphML, dynamic GEXF, Cytoscape.js JSON, Neo4j import CSV), all filtered by one
 * {@link org.diplograph.export.ExportFilter} and written in sorted order. Reads the store through Jena and its own
 * SPARQL in {@code export/*.rq}; writes XML with StAX, JSON with Gson, CSV with Commons CSV and RDF with RIOT.
 * May depend on {@code rdf} (vocabulary, IRIs) and {@code query} (query-file headers), never on the CLI.
 */
package org.diplograph.export;
