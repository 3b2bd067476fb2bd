package org.diplograph.link.wikidata;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a SPARQL SELECT answer in the JSON results format ({@code application/sparql-results+json}),
 * reduced to text: each row maps a variable to the value of its term (an IRI, or a literal's lexical form).
 * Unbound variables are absent from their row.
 *
 * @param vars the result variables, in order
 * @param rows one map per solution
 */
public record SparqlResults(List<String> vars, List<Map<String, String>> rows) {

    public SparqlResults {
        vars = List.copyOf(vars);
        rows = List.copyOf(rows);
    }

    /**
     * Reads a JSON results document.
     *
     * @param source where the text came from (an endpoint URL or a cache file), for the error message
     * @throws WikidataException naming {@code source} when the text is not a SPARQL JSON result
     */
    public static SparqlResults parse(String json, String source) {
        try {
            JsonObject doc = JsonParser.parseString(json).getAsJsonObject();
            List<String> vars = new ArrayList<>();
            JsonObject head = doc.getAsJsonObject("head");
            if (head != null && head.has("vars")) {
                head.getAsJsonArray("vars").forEach(v -> vars.add(v.getAsString()));
            }
            JsonObject results = doc.getAsJsonObject("results");
            if (results == null || !results.has("bindings")) {
                throw new WikidataException("Not a SPARQL SELECT result (no results.bindings) from " + source);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            JsonArray bindings = results.getAsJsonArray("bindings");
            for (JsonElement b : bindings) {
                Map<String, String> row = new LinkedHashMap<>();
                for (Map.Entry<String, JsonElement> term : b.getAsJsonObject().entrySet()) {
                    row.put(term.getKey(), term.getValue().getAsJsonObject().get("value").getAsString());
                }
                rows.add(Collections.unmodifiableMap(row));
            }
            return new SparqlResults(vars, rows);
        } catch (JsonParseException | IllegalStateException | ClassCastException | NullPointerException
                 | UnsupportedOperationException e) {
            throw new WikidataException("Not a SPARQL JSON result from " + source + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "malformed" : s.lines().findFirst().orElse(s);
    }
}
