/**
 * Writes the store out for analysts: the event table (JSON Lines, CSV), TriG and N-Quads.
 */
package org.diplograph.export;
