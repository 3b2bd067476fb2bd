package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diplograph serve} in its own JVM: a generated admin password is printed once on standard output, on the
 * first start only, and never reaches the log (standard error).
 */
class ServePasswordTest {
    @TempDir Path dir;

    @Test
    void generated_password_is_printed_once_on_stdout_and_never_logged() throws Exception {
        Path store = dir.resolve("store");
        String password;
        try (ChildJvm first = ChildJvm.start(Main.class, Map.of(), "512m", dir.resolve("first.err"),
                "serve", "--store", store.toString(), "--port", "0")) {
            String line = first.await(l -> l.startsWith("Generated admin password"), Duration.ofMinutes(1));
            password = line.substring(line.lastIndexOf(' ') + 1);
            first.await(l -> l.startsWith("Diplograph console: "), Duration.ofMinutes(1));
        }
        assertEquals(20, password.length(), password);
        assertTrue(Files.readString(store.resolve("passwd")).contains("admin: " + password + "\n"));

        try (ChildJvm second = ChildJvm.start(Main.class, Map.of(), "512m", dir.resolve("second.err"),
                "serve", "--store", store.toString(), "--port", "0")) {
            String line = second.await(l -> l.startsWith("Generated admin password") || l.startsWith("Diplograph console: "),
                    Duration.ofMinutes(1));
            assertTrue(line.startsWith("Diplograph console: "), "no password on a later start: " + line);
        }
        for (String log : new String[] {"first.err", "second.err"}) {
            String text = Files.readString(dir.resolve(log));
            assertTrue(text.contains("Fuseki"), "the server logged: " + text);
            assertFalse(text.contains(password), log + ": " + text);
        }
    }
}
