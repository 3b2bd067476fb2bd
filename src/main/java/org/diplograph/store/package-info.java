/**
 * The TDB2 store: opening it as the Fuseki configuration describes it, replacing article graphs transactionally, and sending graphs to a running server.
 */
package org.diplograph.store;
