/**
 * The embedded Apache Jena Fuseki server with its web console: it serves the store's dataset with
 * the endpoints and logins {@code fuseki-config.ttl} declares, keeps Fuseki's work area inside the
 * store directory, and settles the admin password. It depends on {@code store} and Jena Fuseki.
 */
package org.diplograph.server;
