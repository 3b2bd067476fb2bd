package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.diplograph.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diplograph query} on a paged query: a page at a time, a note on how to read on, and every row on request. */
class QueryPagingTest {
    @TempDir Path store;

    @BeforeEach
    void fill() {
        Dataset world = DatasetFactory.create();
        RDFParser.source(QueryPagingTest.class.getResource("/query/world.trig").toString()).lang(Lang.TRIG).parse(world);
        try (Store s = Store.open(store, null)) {
            world.listNames().forEachRemaining(name -> {
                Model graph = world.getNamedModel(name);
                s.replaceGraph(name, graph);
            });
        }
    }

    @Test
    void a_full_page_says_how_to_get_the_next_one_and_limit_0_gives_every_row() {
        CliRun all = query("--param", "limit=0");
        assertEquals(0, all.exit(), all.err());
        List<String> rows = all.out().lines().skip(1).toList();
        assertEquals(4, rows.size(), all.out());
        assertEquals("", all.err());

        CliRun first = query("--param", "limit=3");
        assertEquals(rows.subList(0, 3), first.out().lines().skip(1).toList());
        assertEquals("A page of 3 rows; the next one: --param offset=3 (every row: --param limit=0)", first.err().strip());

        CliRun next = query("--param", "limit=3", "--param", "offset=3");
        assertEquals(rows.subList(3, 4), next.out().lines().skip(1).toList());
        assertTrue(next.err().isEmpty(), next.err());
    }

    private CliRun query(String... page) {
        String[] args = {"query", "--store", store.toString(), "meetings-of-person", "--param", "person=Q56226", "--format", "csv"};
        String[] all = new String[args.length + page.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(page, 0, all, args.length, page.length);
        return CliRun.of(all);
    }
}
