/**
 * The store: opening the dataset that {@code fuseki-config.ttl} describes (a Lucene label index over
 * TDB2, one named graph per article) on a store directory, replacing article graphs in write
 * transactions, sending them to a running server instead when that server holds the TDB2 lock, and checking
 * graphs against the SHACL shapes of {@code ontology/shapes.ttl}.
 * It depends on Jena (ARQ, TDB2, jena-text) only, and knows nothing of extraction or of the server.
 */
package org.diplograph.store;
