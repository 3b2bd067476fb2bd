/**
 * Runs the Stanford CoreNLP pipeline over an Article and copies what extraction needs into the project's own records (tokens, dependencies, time expressions). The only package that imports CoreNLP.
 */
package org.diplograph.nlp;
