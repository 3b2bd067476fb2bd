/**
 * The diplomacy vocabulary, the one place where IRIs are minted, and the mapping of an article's extraction into its named graph.
 */
package org.diplograph.rdf;
