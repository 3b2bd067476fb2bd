package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.store.OtherProcess;
import org.diplograph.store.StoreLockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, stopping and restarting a server on one store, and sharing it with other processes. */
class ServerLifecycleTest {

    private static final String ARTICLE = "https://w3id.org/diplograph/id/article/l1";

    @TempDir
    Path dir;

    @Test
    void restart_reuses_the_generated_password_and_keeps_the_graphs() throws Exception {
        DiplographServer first = start();
        String password;
        try {
            assertTrue(first.credentials().generated());
            password = first.credentials().password();
            first.store().replaceGraph(ARTICLE, labelled("Kim Jong Un"));
        } finally {
            first.stop();
        }

        DiplographServer second = start();
        try {
            assertFalse(second.credentials().generated(), "no new password on the second start");
            assertEquals(password, second.credentials().password());
            assertEquals(1, second.store().quadCount());
            assertEquals(401, Http.update(second.url() + "/diplomacy/update", "CLEAR ALL",
                    new Credentials("admin", "wrong", Credentials.Source.ENVIRONMENT)).statusCode());
            assertEquals(204, Http.update(second.url() + "/diplomacy/update",
                    "CLEAR GRAPH <" + ARTICLE + ">", second.credentials()).statusCode());
            assertEquals(0, second.store().quadCount());
        } finally {
            second.stop();
        }
    }

    @Test
    void running_server_turns_away_another_process_and_points_it_at_itself() throws Exception {
        DiplographServer server = start();
        try {
            String refusal = OtherProcess.tryingToOpen(dir);

            assertTrue(refusal.startsWith("StoreLockedException: Store " + dir.resolve("tdb2") + " is locked"), refusal);
            assertTrue(refusal.contains("process " + ProcessHandle.current().pid()), refusal);
            assertTrue(refusal.endsWith("send articles to it with --server " + server.url()), refusal);
        } finally {
            server.stop();
        }
        assertFalse(Files.exists(dir.resolve("run").resolve("server-url")), "address forgotten on stop");
    }

    @Test
    void stopped_server_leaves_the_store_to_other_processes() throws Exception {
        start().stop();

        assertEquals("OPENED", OtherProcess.tryingToOpen(dir));
    }

    @Test
    void store_held_by_another_process_keeps_the_server_from_starting() throws Exception {
        try (OtherProcess other = OtherProcess.holding(dir)) {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> DiplographServer.create()
                    .store(dir).port(0).environment(Map.of("DIPLOGRAPH_PASSWORD", "new-password")).build());

            assertTrue(e.getMessage().contains(dir.resolve("tdb2").resolve("tdb.lock") + ", process " + other.pid()),
                    e.getMessage());
            assertFalse(Files.exists(dir.resolve("passwd")), "a refused start writes no password");
        }
    }

    @Test
    void port_in_use_is_named_and_the_store_is_let_go() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            DiplographServer server = DiplographServer.create().store(dir).port(taken.getLocalPort())
                    .environment(Map.of()).build();

            ServerException e = assertThrows(ServerException.class, server::start);

            assertTrue(e.getMessage().startsWith("Cannot listen on localhost port " + taken.getLocalPort() + ": "),
                    e.getMessage());
        }
        assertEquals("OPENED", OtherProcess.tryingToOpen(dir));
    }

    private DiplographServer start() {
        return DiplographServer.create().store(dir).port(0).environment(Map.of()).build().start();
    }

    private static Model labelled(String label) {
        Model model = ModelFactory.createDefaultModel();
        model.add(model.createResource("https://w3id.org/diplograph/id/person/Q56226"), RDFS.label, label, "en");
        return model;
    }
}
