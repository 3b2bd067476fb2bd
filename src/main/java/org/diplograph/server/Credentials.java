package org.diplograph.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.diplograph.store.StoreLayout;

/**
 * The login that may write to the server: user {@value #USER} and a password taken from the
 * environment variable {@value #PASSWORD_ENV}, else from the store's {@code passwd} file, else
 * generated at first start. Fuseki checks logins against {@code DIR/passwd} (as
 * {@code fuseki-config.ttl} says), so the password in use is always written there, readable by the
 * owner only.
 *
 * <pre>{@code
 * Credentials login = Credentials.establish(StoreLayout.of(Path.of("data")));
 * if (login.generated()) {
 *     out.println("Password for " + login.user() + ": " + login.password());
 * }
 * }</pre>
 *
 * @param user the user name, always {@value #USER}
 * @param password the password in plain text
 * @param source where the password came from
 */
public record Credentials(String user, String password, Source source) {

    /** The one user allowed to write. */
    public static final String USER = "admin";

    /** The environment variable that sets the password. */
    public static final String PASSWORD_ENV = "DIPLOGRAPH_PASSWORD";

    /** The read-only user: may query, may not update, write graphs or use the admin API. */
    public static final String READER = "reader";

    /** The environment variable that sets the reader's password; without it there is no reader login. */
    public static final String READER_PASSWORD_ENV = "DIPLOGRAPH_READER_PASSWORD";

    /** Length of a generated password: 20 letters and digits, about 119 bits. */
    public static final int GENERATED_LENGTH = 20;

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where a password came from. */
    public enum Source {
        /** The {@value Credentials#PASSWORD_ENV} environment variable. */
        ENVIRONMENT,
        /** The store's {@code passwd} file, written by an earlier start. */
        PASSWD_FILE,
        /** Generated now; the caller shows it once. */
        GENERATED
    }

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the password was generated now and has not been shown to anyone yet. */
    public boolean generated() {
        return source == Source.GENERATED;
    }

    /** Whether the password was chosen explicitly, through {@value #PASSWORD_ENV}. */
    public boolean fromEnvironment() {
        return source == Source.ENVIRONMENT;
    }

    /** The login for a server on {@code layout}, as the process environment sets it. */
    public static Credentials establish(StoreLayout layout) {
        return establish(layout, System.getenv());
    }

    /**
     * The login for a server on {@code layout}; writes {@code DIR/passwd} when it does not hold
     * that password yet (first start, or a new {@value #PASSWORD_ENV}).
     *
     * @param env the environment to read {@value #PASSWORD_ENV} from
     */
    public static Credentials establish(StoreLayout layout, Map<String, String> env) {
        Path passwd = layout.passwd();
        Optional<String> chosen = chosenPassword(env, PASSWORD_ENV);
        Optional<String> reader = readerPassword(env);
        Optional<String> stored = storedPassword(passwd, USER);
        Optional<String> storedReader = stored.isPresent() ? storedPassword(passwd, READER) : Optional.empty();
        if (chosen.isPresent()) {
            if (!chosen.equals(stored) || !reader.equals(storedReader)) {
                write(passwd, chosen.get(), reader);
            }
            return new Credentials(USER, chosen.get(), Source.ENVIRONMENT);
        }
        if (stored.isPresent()) {
            if (!reader.equals(storedReader)) {
                write(passwd, stored.get(), reader);
            }
            return new Credentials(USER, stored.get(), Source.PASSWD_FILE);
        }
        String password = generate();
        write(passwd, password, reader);
        return new Credentials(USER, password, Source.GENERATED);
    }

    /**
     * The reader's password from {@value #READER_PASSWORD_ENV}, if set. With it, the server asks for a login
     * (reader or admin) to read as well; without it, reading is open and only the admin logs in.
     */
    public static Optional<String> readerPassword(Map<String, String> env) {
        Optional<String> reader = chosenPassword(env, READER_PASSWORD_ENV);
        if (reader.isPresent() && reader.equals(chosenPassword(env, PASSWORD_ENV))) {
            throw new ServerException(READER_PASSWORD_ENV + " must differ from " + PASSWORD_ENV);
        }
        return reader;
    }

    /**
     * The login a client should use for a server on {@code layout}, without writing anything:
     * {@value #PASSWORD_ENV} if set, else the store's {@code passwd} file if there is one.
     */
    public static Optional<Credentials> lookup(StoreLayout layout, Map<String, String> env) {
        Optional<String> chosen = chosenPassword(env, PASSWORD_ENV);
        if (chosen.isPresent()) {
            return Optional.of(new Credentials(USER, chosen.get(), Source.ENVIRONMENT));
        }
        return storedPassword(layout.passwd(), USER).map(password -> new Credentials(USER, password, Source.PASSWD_FILE));
    }

    /** Whether {@code env} sets the password explicitly. */
    public static boolean passwordChosen(Map<String, String> env) {
        return chosenPassword(env, PASSWORD_ENV).isPresent();
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", source=" + source + "]";
    }

    private static Optional<String> chosenPassword(Map<String, String> env, String variable) {
        String password = env.get(variable);
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        // The passwd file is a Java properties file whose values are "password,role,...".
        if (!password.equals(password.strip()) || password.chars().anyMatch(c -> c == ',' || c == '\\' || c < 0x20)) {
            throw new ServerException(variable + " must not contain commas, backslashes, control characters"
                    + " or leading or trailing spaces");
        }
        return Optional.of(password);
    }

    private static Optional<String> storedPassword(Path passwd, String user) {
        if (!Files.exists(passwd)) {
            return Optional.empty();
        }
        Properties users = new Properties();
        try (Reader in = Files.newBufferedReader(passwd, StandardCharsets.UTF_8)) {
            users.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ServerException("Cannot read password file " + passwd + ": " + e.getMessage(), e);
        }
        String entry = users.getProperty(user);
        if (entry == null && user.equals(READER)) {
            return Optional.empty();
        }
        if (entry == null) {
            throw new ServerException("Password file " + passwd + " has no line for user " + user);
        }
        String password = entry.split(",", 2)[0].strip();
        if (password.isEmpty()) {
            throw new ServerException("Password file " + passwd + " has an empty password for user " + user);
        }
        return Optional.of(password);
    }

    private static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    // Written to a private temporary file and moved into place, so the password is never
    // readable by others, not even for a moment.
    private static void write(Path passwd, String password, Optional<String> reader) {
        String content = "# Login for writing to the Diplograph server (user: password).\n"
                + "# " + PASSWORD_ENV + ", when set, replaces it; " + READER_PASSWORD_ENV + " sets the read-only " + READER + ".\n"
                + USER + ": " + password + "\n"
                + reader.map(r -> READER + ": " + r + "\n").orElse("");
        Path dir = passwd.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path temp = createPrivateFile(dir);
            try {
                Files.writeString(temp, content, StandardCharsets.UTF_8);
                Files.move(temp, passwd, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ServerException("Cannot write password file " + passwd + ": " + e.getMessage(), e);
        }
    }

    private static Path createPrivateFile(Path dir) throws IOException {
        try {
            return Files.createTempFile(dir, "passwd", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(dir, "passwd", ".tmp");
        }
    }
}
