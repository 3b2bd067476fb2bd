/**
 * Named analyst queries: loading queries/*.rq, binding parameters safely, and formatting results.
 */
package org.diplograph.query;
