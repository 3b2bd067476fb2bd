/**
 * The embedded Apache Jena Fuseki server with its web console, configured by fuseki-config.ttl, and its login handling.
 */
package org.diplograph.server;
