/**
 * Reads articles from files, folders, stdin and JSON Lines into immutable Article records, collecting per-item problems instead of failing the batch. Depends on nothing else in the project.
 */
package org.diplograph.source;
