/**
 * Named analyst queries: loading {@code queries/*.rq} with their headers, binding parameters (entities by QID, IRI or
 * label) through {@code substitution} rather than string building, running them in a read transaction and writing
 * the rows with Jena's result writers, and warming the named queries up in the background ({@code WarmUp}). Depends on Jena and on {@code rdf} for the vocabulary and IRI scheme; knows
 * nothing of how the store is opened or served.
 */
package org.diplograph.query;
