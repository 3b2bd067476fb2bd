package org.diplograph.store;

import static org.diplograph.store.TestGraphs.articleIri;
import static org.diplograph.store.TestGraphs.personGraph;
import static org.diplograph.store.TestGraphs.textSearch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    private static final String KIM = TestGraphs.ID + "person/Q56226";

    @TempDir
    Path dir;

    @Test
    void replaced_graph_is_stored_as_named_graph_and_seen_through_union_default_graph() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(articleIri("a1"), personGraph("Q56226", "Kim Jong Un"));

            Model stored = Txn.calculateRead(store.dataset(),
                    () -> store.dataset().getNamedModel(articleIri("a1")).difference(personGraph("Q56226", "Kim Jong Un")));
            assertTrue(stored.isEmpty(), "named graph holds exactly the written triples");
            assertEquals(List.of(KIM), selectPersons(store));
        }
    }

    @Test
    void replacing_a_graph_twice_keeps_one_copy() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(articleIri("a1"), personGraph("Q56226", "Kim Jong Un"));
            long once = store.quadCount();
            store.replaceGraph(articleIri("a1"), personGraph("Q56226", "Kim Jong Un"));

            assertEquals(2, once);
            assertEquals(once, store.quadCount());
        }
    }

    @Test
    void replacing_a_graph_drops_triples_the_new_version_lacks() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(articleIri("a1"), personGraph("Q56226", "Kim Jong Un"));
            store.replaceGraph(articleIri("a1"), personGraph("Q7747", "Vladimir Putin"));

            assertEquals(List.of(TestGraphs.ID + "person/Q7747"), selectPersons(store));
        }
    }

    @Test
    void replace_graphs_writes_every_graph() {
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(articleIri("a1"), personGraph("Q56226", "Kim Jong Un"));
        graphs.put(articleIri("a2"), personGraph("Q7747", "Vladimir Putin"));
        try (Store store = Store.open(dir, null)) {
            store.replaceGraphs(graphs);

            assertEquals(4, store.quadCount());
        }
    }

    @Test
    void default_graph_is_never_written() {
        try (Store store = Store.open(dir, null)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.replaceGraph(Quad.defaultGraphIRI.getURI(), personGraph("Q56226", "Kim Jong Un")));

            assertTrue(e.getMessage().contains(Quad.defaultGraphIRI.getURI()), e.getMessage());
            assertEquals(0, store.quadCount());
        }
    }

    @Test
    void stored_graphs_survive_closing_and_reopening() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(articleIri("a1"), personGraph("Q56226", "Kim Jong Un"));
        }
        try (Store store = Store.open(dir, null)) {
            assertEquals(2, store.quadCount());
            assertEquals(List.of(KIM), textSearch(store.dataset(), "Kim"));
        }
    }

    @Test
    void label_index_finds_a_written_label() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(articleIri("a1"), personGraph("Q56226", "Kim Jong Un"));

            assertEquals(List.of(KIM), textSearch(store.dataset(), "Kim Jong Un"));
            assertEquals(List.of(), textSearch(store.dataset(), "Putin"));
        }
    }

    @Test
    void label_index_forgets_labels_of_a_replaced_graph() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(articleIri("a1"), personGraph("Q56226", "Kim Jong Un"));
            store.replaceGraph(articleIri("a1"), personGraph("Q7747", "Vladimir Putin"));

            assertEquals(List.of(), textSearch(store.dataset(), "Kim"));
            assertEquals(List.of(TestGraphs.ID + "person/Q7747"), textSearch(store.dataset(), "Putin"));
        }
    }

    @Test
    void label_index_keeps_a_label_another_article_still_states() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(articleIri("a1"), personGraph("Q56226", "Kim Jong Un"));
            store.replaceGraph(articleIri("a2"), personGraph("Q56226", "Kim Jong Un"));
            assertEquals(List.of(KIM, KIM), textSearch(store.dataset(), "Kim"), "one hit per article");

            store.replaceGraph(articleIri("a1"), personGraph("Q7747", "Vladimir Putin"));

            assertEquals(List.of(KIM), textSearch(store.dataset(), "Kim"));
        }
    }

    @Test
    void reingesting_an_article_does_not_duplicate_index_hits() {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(articleIri("a1"), personGraph("Q56226", "Kim Jong Un"));
            store.replaceGraph(articleIri("a1"), personGraph("Q56226", "Kim Jong Un"));

            assertEquals(List.of(KIM), textSearch(store.dataset(), "Kim"));
        }
    }

    private static List<String> selectPersons(Store store) {
        String query = "SELECT ?p WHERE { ?p a <" + TestGraphs.DIP + "Person> } ORDER BY ?p";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(query).build()) {
                List<String> persons = new java.util.ArrayList<>();
                exec.execSelect().forEachRemaining(row -> persons.add(row.getResource("p").getURI()));
                return persons;
            }
        });
    }
}
