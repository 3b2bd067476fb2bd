package org.diplograph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.cli.CliRun;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench's query section on a small store it builds itself: every named query that needs no network gets a row
 * with its percentiles, the number of timed runs, the warm-up rounds and its first (cold) run; the Wikidata ones are
 * skipped, in the order of the named queries.
 */
class BenchQuerySectionIT {
    private static final Pattern TIMED = Pattern.compile(
            "\\| query 300 \\| ([a-z-]+) \\| p50 ([0-9.]+) ms, p95 ([0-9.]+) ms \\| (\\d+) rows; 4 runs after 2 warm-up rounds; first run (\\d+) ms");

    @Test
    void every_named_query_is_warmed_then_timed(@TempDir Path work) throws Exception {
        CliRun run = CliRun.of("bench", "--sections", "build,query", "--events", "300", "--runs", "4", "--warmups", "2",
                "--query-timeout", "10", "--work", work.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(work.resolve("store-300").resolve("bench-complete")), "the store was built and kept");

        List<String> expected = NamedQueries.fromClasspath().list().stream().map(NamedQuery::name).toList();
        List<String> rows = run.out().lines().filter(l -> l.startsWith("| query 300 |")).toList();
        assertEquals(expected, rows.stream().map(l -> l.split("\\|")[2].trim()).toList(), "one row a named query, in order");
        for (String row : rows) {
            if (row.contains("SERVICE")) {
                assertTrue(row.contains("| skipped |"), row);
                continue;
            }
            Matcher m = TIMED.matcher(row);
            assertTrue(m.find(), "a timed row: " + row);
            assertTrue(Double.parseDouble(m.group(2)) <= Double.parseDouble(m.group(3)), "p50 <= p95: " + row);
            assertTrue(Double.parseDouble(m.group(2)) > 0, row);
        }
        assertTrue(rows.stream().anyMatch(r -> r.contains("| events-table |") && r.contains("| 100 rows;")),
                "the events table's first page is full at 300 events: " + rows);
    }
}
