/**
 * The embedded Apache Jena Fuseki server with its web console: it serves the store's dataset with
 * the endpoints and logins {@code fuseki-config.ttl} declares, keeps Fuseki's work area inside the
 * store directory, settles the admin and reader passwords, and bounds what a request may do (admin actions behind
 * the admin login, a query timeout, a result ceiling, no cross-origin access). It depends on {@code store} and Jena Fuseki.
 */
package org.diplograph.server;
