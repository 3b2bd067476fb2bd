package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving beyond this machine: refused without a chosen password, and admin pages stay local. */
class ServerNetworkTest {

    @TempDir
    Path dir;

    @Test
    void binding_beyond_loopback_without_chosen_password_is_refused() {
        for (String host : new String[] {"0.0.0.0", "192.0.2.7", "example.org"}) {
            ServerException e = assertThrows(ServerException.class,
                    () -> DiplographServer.create().store(dir).host(host).port(0).environment(Map.of()).build());

            assertEquals("Refusing to listen on " + host + " without DIPLOGRAPH_PASSWORD: set it to the password"
                    + " for user admin before serving beyond this machine", e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("passwd")), "nothing generated for a refused start");
    }

    @Test
    void loopback_hosts_need_no_chosen_password() {
        for (String host : new String[] {"localhost", "127.0.0.1", "::1"}) {
            assertTrue(DiplographServer.isLoopback(host), host);
        }
        assertFalse(DiplographServer.isLoopback("0.0.0.0"));
    }

    @Test
    void numeric_loopback_host_is_bound_without_a_chosen_password() throws Exception {
        try (DiplographServer server = DiplographServer.create().store(dir).host("127.0.0.1").port(0)
                .environment(Map.of()).build().start()) {
            assertEquals("http://127.0.0.1:" + server.port(), server.url());
            assertEquals(200, Http.get(server.url() + "/$/ping").statusCode());
            assertTrue(server.credentials().generated());
        }
    }

    @Test
    void remote_client_cannot_create_datasets_through_the_admin_api() throws Exception {
        Optional<String> address = externalAddress();
        assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address");
        DiplographServer server = DiplographServer.create().store(dir).host(address.get()).port(0)
                .environment(Map.of("DIPLOGRAPH_PASSWORD", "network-test")).build().start();
        try {
            String base = "http://" + address.get() + ":" + server.port();
            assertEquals(base, server.url());

            assertEquals(403, Http.postForm(base + "/$/datasets", "dbName=intruder&dbType=mem").statusCode());
            assertEquals(403, Http.get(base + "/$/stats").statusCode());
            assertEquals(200, Http.get(base + "/$/ping").statusCode());
            assertEquals(200, Http.query(base + "/diplomacy/sparql", "ASK {}").statusCode());
            assertEquals(404, Http.get(base + "/intruder").statusCode());
        } finally {
            server.stop();
        }
    }

    private static Optional<String> externalAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }
}
