package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLockTest {

    @TempDir
    Path dir;

    @Test
    void store_held_by_another_process_is_refused_with_one_line_naming_the_lock_and_server() throws Exception {
        RunningServer.record(StoreLayout.of(dir), "http://localhost:4040");
        try (OtherProcess other = OtherProcess.holding(dir)) {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> Store.open(dir, null));

            String message = e.getMessage();
            assertFalse(message.contains("\n"), message);
            assertTrue(message.contains(dir.resolve("tdb2").resolve("tdb.lock").toString()), message);
            assertTrue(message.contains("process " + other.pid()), message);
            assertTrue(message.contains("--server http://localhost:4040"), message);
        }
    }

    @Test
    void store_closed_here_opens_in_another_process() throws Exception {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(TestGraphs.articleIri("a1"), TestGraphs.personGraph("Q56226", "Kim Jong Un"));
        }
        try (OtherProcess other = OtherProcess.holding(dir)) {
            assertTrue(other.pid() > 0);
        }
    }
}
