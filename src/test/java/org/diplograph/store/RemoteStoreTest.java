package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** RemoteStore failures that need no server; writing to a real one is tested in the server package. */
class RemoteStoreTest {

    @Test
    void endpoint_is_the_read_write_graph_store_of_the_diplomacy_dataset() {
        assertEquals("http://localhost:3030/diplomacy/data",
                RemoteStore.to("http://localhost:3030/", "admin", "pw").endpoint());
    }

    @Test
    void url_that_is_not_http_is_refused() {
        StoreException e = assertThrows(StoreException.class, () -> RemoteStore.to("localhost:3030", "admin", "pw"));

        assertEquals("Not an http(s) server URL: localhost:3030", e.getMessage());
    }

    @Test
    void unreachable_server_is_named_in_the_error() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            port = free.getLocalPort();
        }
        String url = "http://localhost:" + port;
        RemoteStore remote = RemoteStore.to(url, "admin", "pw");

        StoreException e = assertThrows(StoreException.class,
                () -> remote.replaceGraph(TestGraphs.articleIri("a1"), TestGraphs.personGraph("Q56226", "Kim Jong Un")));

        assertTrue(e.getMessage().startsWith("PUT " + url + "/diplomacy/data?graph="), e.getMessage());
        assertTrue(e.getMessage().contains("cannot reach the server at " + url), e.getMessage());
    }
}
