package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.link.wikidata.StandIn;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryRunner;
import org.diplograph.rdf.Iris;
import org.diplograph.store.Reconciliation;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online enrich-*.rq queries, with their SERVICE IRI pointed at the local stand-in instead of Wikidata. The store
 * holds the two articles of {@link TwoArticles}, linked through the reconciliation graph.
 */
class EnrichmentQueriesTest {
    static final String WD = "http://www.wikidata.org/entity/";
    static StandIn wikidata;
    static Store store;
    @TempDir static Path dir;

    @BeforeAll
    static void linkedStore() {
        wikidata = StandIn.start();
        TwoArticles.write(dir);
        store = Store.open(dir, null);
        Reconciliation.of(store).record(Map.of(
                TwoArticles.MICHEL, Iris.wikidata("Q900000001"),
                TwoArticles.OLIVEIRA, Iris.wikidata("Q900000007"),
                TwoArticles.SMITH, Iris.wikidata("Q900000005"),
                TwoArticles.UGLEGORSK, Iris.wikidata("Q900000201"),
                TwoArticles.FREEDONIA, Iris.wikidata("Q900000301")));
    }

    @AfterAll
    static void close() {
        store.close();
        wikidata.close();
    }

    /** The query file, its SERVICE IRI (and only that) swapped for the stand-in's endpoint. */
    private static NamedQuery offline(String name) throws IOException {
        String text = Files.readString(Path.of("queries", name + ".rq"));
        assertTrue(text.contains("SERVICE <" + StandIn.WIKIDATA_SPARQL + ">"), name);
        return NamedQuery.parse(name, text.replace("<" + StandIn.WIKIDATA_SPARQL + ">", "<" + wikidata.endpoint() + ">"));
    }

    private static List<Map<String, String>> rows(String name, String... params) throws IOException {
        Map<String, String> bound = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) bound.put(params[i], params[i + 1]);
        return QueryRunner.run(offline(name), bound, store.dataset()).textRows();
    }

    private static Map<String, String> row(String... columnValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < columnValue.length; i += 2) m.put(columnValue[i], columnValue[i + 1]);
        return m;
    }

    @Test
    void each_enrichment_query_is_marked_online_in_its_header() throws IOException {
        for (String name : List.of("enrich-positions", "enrich-coordinates", "enrich-birth-dates")) {
            List<String> header = Files.readAllLines(Path.of("queries", name + ".rq")).stream().takeWhile(l -> l.startsWith("#")).toList();
            assertTrue(header.contains("# online: needs https://query.wikidata.org/sparql"), name + ": " + header);
            assertTrue(NamedQuery.parse(name, Files.readString(Path.of("queries", name + ".rq"))).purpose().startsWith("Online (Wikidata): "));
        }
    }

    @Test
    void positions_held_come_with_start_and_end_and_deprecated_statements_are_left_out() throws IOException {
        assertEquals(List.of(
                row("person", TwoArticles.MICHEL, "label", "Charles Michel", "item", WD + "Q900000001", "position", WD + "Q900000102",
                        "positionLabel", "Prime Minister of Belgium", "start", "2014-10-11T00:00:00Z", "end", "2019-10-27T00:00:00Z"),
                row("person", TwoArticles.MICHEL, "label", "Charles Michel", "item", WD + "Q900000001", "position", WD + "Q900000101",
                        "positionLabel", "President of the European Council", "start", "2019-12-01T00:00:00Z", "end", "2024-11-30T00:00:00Z"),
                row("person", TwoArticles.OLIVEIRA, "label", "Maria Oliveira", "item", WD + "Q900000007", "position", WD + "Q900000103",
                        "positionLabel", "Minister of Foreign Affairs")),
                rows("enrich-positions"));
    }

    @Test
    void positions_of_one_person_given_by_label() throws IOException {
        assertEquals(List.of(WD + "Q900000103"),
                rows("enrich-positions", "person", "Maria Oliveira").stream().map(r -> r.get("position")).toList());
    }

    @Test
    void coordinates_come_for_linked_places_and_countries() throws IOException {
        assertEquals(List.of(
                row("place", TwoArticles.FREEDONIA, "label", "Freedonia", "item", WD + "Q900000301", "wkt", "Point(10.5 45.25)"),
                row("place", TwoArticles.UGLEGORSK, "label", "Uglegorsk", "item", WD + "Q900000201", "wkt", "Point(128.4 51.4)")),
                rows("enrich-coordinates"));
        assertEquals(1, rows("enrich-coordinates", "place", "Uglegorsk").size());
    }

    @Test
    void birth_dates_come_for_linked_people_that_have_one() throws IOException {
        assertEquals(List.of(
                row("person", TwoArticles.MICHEL, "label", "Charles Michel", "item", WD + "Q900000001", "birthDate", "1975-12-21T00:00:00Z"),
                row("person", TwoArticles.OLIVEIRA, "label", "Maria Oliveira", "item", WD + "Q900000007", "birthDate", "1961-03-02T00:00:00Z")),
                rows("enrich-birth-dates"));
    }
}
