package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.diplograph.rdf.Iris;
import org.diplograph.store.Reconciliation;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir Path store;

    @Test
    void prints_articles_events_and_entities_by_type_and_the_linked_share() {
        TwoArticles.write(store);
        CliRun r = CliRun.of("stats", "--store", store.toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                articles: 2
                events: 2 (Meeting 1, Visit 1, PhoneCall 0); unrealised contacts: 1
                entities: 13 (Person 6, Country 4, Place 1, Organization 2, NewsOutlet 1)
                linked entities: 3 of 13 (23.1%)
                """, r.out());
    }

    @Test
    void links_in_the_reconciliation_graph_count_as_linked_and_an_outlet_counts_once() {
        TwoArticles.write(store);
        try (Store s = Store.open(store, null)) {
            Reconciliation.of(s).record(Map.of(TwoArticles.BNS, Iris.wikidata("Q900000402"),
                    TwoArticles.MICHEL, Iris.wikidata("Q900000001")));
        }
        CliRun r = CliRun.of("stats", "--store", store.toString());

        assertEquals("linked entities: 5 of 13 (38.5%)", r.out().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void an_empty_store_gives_zeros() {
        CliRun r = CliRun.of("stats", "--store", store.toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                articles: 0
                events: 0 (Meeting 0, Visit 0, PhoneCall 0); unrealised contacts: 0
                entities: 0 (Person 0, Country 0, Place 0, Organization 0, NewsOutlet 0)
                linked entities: 0 of 0 (0.0%)
                """, r.out());
    }
}
