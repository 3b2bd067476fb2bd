/**
 * The diplograph command line: one picocli command class per verb.
 */
package org.diplograph.cli;
