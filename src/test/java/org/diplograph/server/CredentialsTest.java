package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.diplograph.store.StoreLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @TempDir
    Path dir;

    @Test
    void first_start_generates_a_password_readable_by_the_owner_only() throws Exception {
        Credentials login = Credentials.establish(StoreLayout.of(dir), NO_ENV);

        assertTrue(login.generated());
        assertEquals("admin", login.user());
        assertTrue(login.password().matches("[A-Za-z0-9]{20}"), login.password());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("passwd"))));
        assertTrue(Files.readString(dir.resolve("passwd")).contains("admin: " + login.password() + "\n"));
    }

    @Test
    void later_starts_reuse_the_stored_password() {
        Credentials first = Credentials.establish(StoreLayout.of(dir), NO_ENV);
        Credentials second = Credentials.establish(StoreLayout.of(dir), NO_ENV);

        assertEquals(first.password(), second.password());
        assertFalse(second.generated());
        assertEquals(Credentials.Source.PASSWD_FILE, second.source());
    }

    @Test
    void two_stores_get_different_passwords() {
        Credentials one = Credentials.establish(StoreLayout.of(dir.resolve("one")), NO_ENV);
        Credentials two = Credentials.establish(StoreLayout.of(dir.resolve("two")), NO_ENV);

        assertNotEquals(one.password(), two.password());
    }

    @Test
    void environment_password_wins_and_is_written_for_fuseki() throws Exception {
        Credentials.establish(StoreLayout.of(dir), NO_ENV);

        Credentials login = Credentials.establish(StoreLayout.of(dir), Map.of("DIPLOGRAPH_PASSWORD", "s3cret:pass"));

        assertEquals("s3cret:pass", login.password());
        assertTrue(login.fromEnvironment());
        assertTrue(Files.readString(dir.resolve("passwd")).contains("admin: s3cret:pass\n"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("passwd"))));
    }

    @Test
    void lookup_finds_the_stored_password_without_writing_one() {
        assertEquals(Optional.empty(), Credentials.lookup(StoreLayout.of(dir), NO_ENV));
        assertFalse(Files.exists(dir.resolve("passwd")));

        Credentials stored = Credentials.establish(StoreLayout.of(dir), NO_ENV);

        assertEquals(Optional.of(stored.password()),
                Credentials.lookup(StoreLayout.of(dir), NO_ENV).map(Credentials::password));
        assertEquals(Optional.of("chosen"), Credentials.lookup(StoreLayout.of(dir), Map.of("DIPLOGRAPH_PASSWORD", "chosen"))
                .map(Credentials::password));
    }

    @Test
    void environment_password_that_the_passwd_format_cannot_hold_is_refused() {
        ServerException e = assertThrows(ServerException.class,
                () -> Credentials.establish(StoreLayout.of(dir), Map.of("DIPLOGRAPH_PASSWORD", "a,b")));

        assertTrue(e.getMessage().startsWith("DIPLOGRAPH_PASSWORD must not contain commas"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("passwd")));
    }

    @Test
    void passwd_file_without_the_admin_user_is_named_in_the_error() throws Exception {
        Files.writeString(dir.resolve("passwd"), "someone: else\n");

        ServerException e = assertThrows(ServerException.class, () -> Credentials.establish(StoreLayout.of(dir), NO_ENV));

        assertEquals("Password file " + dir.resolve("passwd") + " has no line for user admin", e.getMessage());
    }

    @Test
    void password_is_kept_out_of_to_string() {
        Credentials login = Credentials.establish(StoreLayout.of(dir), NO_ENV);

        assertFalse(login.toString().contains(login.password()));
    }
}
