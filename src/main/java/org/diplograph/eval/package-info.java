/**
 * Scores extracted events against gold event tables with the held-out matching rule.
 */
package org.diplograph.eval;
