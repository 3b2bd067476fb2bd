package org.diplograph.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.FusekiServerModules;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.store.RunningServer;
import org.diplograph.store.Store;
import org.diplograph.store.StoreConfig;
import org.diplograph.store.StoreException;
import org.diplograph.store.StoreLayout;
import org.diplograph.store.StoreLockedException;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * The embedded Fuseki server: the web console at {@code /}, the dataset at {@code /diplomacy}
 * with the endpoints and logins {@code fuseki-config.ttl} declares, and the admin API
 * ({@code /$/...}) open to local requests only, by the Shiro rules in {@code DIR/run/shiro.ini}.
 * The server opens the store itself; {@link #store()} writes into the very dataset it serves, so
 * in-process ingestion shows up at once and updates the label index. Closing stops it.
 *
 * <pre>{@code
 * DiplographServer server = DiplographServer.create().store(Path.of("data")).port(3030).build();
 * if (server.credentials().generated()) {
 *     System.out.println("admin password: " + server.credentials().password());
 * }
 * server.start().join();
 * }</pre>
 */
public final class DiplographServer implements AutoCloseable {

    /** The port used unless another is given. */
    public static final int DEFAULT_PORT = 3030;

    /** The host bound unless another is given; only this machine can connect. */
    public static final String DEFAULT_HOST = "localhost";

    /** How long a query may run before it is stopped, unless set otherwise. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    /** The most rows (or triples) a query answers with, unless set otherwise. */
    public static final long DEFAULT_MAX_RESULTS = 100_000;

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Set<String> ALL_INTERFACES = Set.of("0.0.0.0", "*", "::", "[::]");
    private static final String FUSEKI_BASE = "FUSEKI_BASE";
    private static final String FUSEKI_SHIRO = "FUSEKI_SHIRO";
    private static final String FUSEKI_NS = "http://jena.apache.org/fuseki#";

    private final FusekiServer fuseki;
    private final StoreLayout layout;
    private final String host;
    private final Credentials credentials;
    private final Store store;
    private final List<DataAccessPoint> served;
    private boolean stopped;

    private DiplographServer(FusekiServer fuseki, StoreLayout layout, String host, Credentials credentials) {
        this.fuseki = fuseki;
        this.layout = layout;
        this.host = host;
        this.credentials = credentials;
        DataAccessPointRegistry registry = fuseki.getDataAccessPointRegistry();
        this.served = new ArrayList<>(registry.accessPoints());
        DataAccessPoint diplomacy = registry.get("/" + StoreConfig.SERVICE_NAME);
        if (diplomacy == null) {
            throw new ServerException("Config serves no dataset /" + StoreConfig.SERVICE_NAME);
        }
        // A store an older version wrote gets the summary the queries read, once, before it is served.
        org.diplograph.store.CountingDataset.upgrade(diplomacy.getDataService().getDataset());
        this.store = Store.wrap(DatasetFactory.wrap(diplomacy.getDataService().getDataset()));
    }

    /** Starts describing a server. */
    public static Builder create() {
        return new Builder();
    }

    /** Starts listening; returns this server. */
    public DiplographServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            stop();
            throw new ServerException("Cannot listen on " + host + " port " + fuseki.getHttpPort() + ": "
                    + rootMessage(e), e);
        }
        RunningServer.record(layout, url());
        return this;
    }

    /** The port listened on: the real one once started, also when port 0 was asked for. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The base URL of the server, such as {@code http://localhost:3030}. */
    public String url() {
        String urlHost = ALL_INTERFACES.contains(host) ? "localhost" : host;
        if (urlHost.contains(":") && !urlHost.startsWith("[")) {
            urlHost = "[" + urlHost + "]";
        }
        return "http://" + urlHost + ":" + port();
    }

    /** The login that may write; show its password to the user when {@link Credentials#generated()}. */
    public Credentials credentials() {
        return credentials;
    }

    /** The served dataset as a store: graphs written here are served at once. Do not close it. */
    public Store store() {
        return store;
    }

    /** Stops listening, closes the served datasets and releases the store for other processes. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        // Fuseki starts the passwd reader itself, so Jetty does not stop its reload scanner.
        Collection<UserStore> userStores = fuseki.getJettyServer().getContainedBeans(UserStore.class);
        try {
            fuseki.stop();
        } finally {
            userStores.forEach(userStore -> LifeCycle.stop(userStore));
            // Taken before stop(): Fuseki forgets its registry when it stops.
            served.forEach(point -> Store.release(point.getDataService().getDataset()));
            RunningServer.forget(layout);
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static boolean isLoopback(String host) {
        return LOOPBACK_HOSTS.contains(host);
    }

    /**
     * Describes a server: its store directory, config file, host and port. {@link #build()} opens
     * the store and settles the login; {@link DiplographServer#start()} then listens.
     */
    public static final class Builder {

        private Path storeDir = StoreLayout.DEFAULT_DIR;
        private Path configFile;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Map<String, String> env = System.getenv();
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private long maxResults = DEFAULT_MAX_RESULTS;

        private Builder() {}

        /** The store directory; default {@code data}. */
        public Builder store(Path dir) {
            this.storeDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** The Fuseki config file, or null (the default) for the packaged {@code fuseki-config.ttl}. */
        public Builder config(Path configFile) {
            this.configFile = configFile;
            return this;
        }

        /**
         * The host to bind: {@code localhost} (the default), {@code 127.0.0.1} or {@code ::1} keep
         * the server on this machine; {@code 0.0.0.0} binds every interface; any other address
         * binds that interface. Beyond this machine the password must be set explicitly.
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host").strip();
            return this;
        }

        /** The port; 0 picks a free one (see {@link DiplographServer#port()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new ServerException("Port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** How long a query may run before it is stopped (and answered 503); default 30 s. */
        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new ServerException("Query timeout must be positive: " + timeout);
            }
            this.queryTimeout = timeout;
            return this;
        }

        /** The most rows or triples one query answers with; larger results are cut there. Default 100,000. */
        public Builder maxResults(long maxResults) {
            if (maxResults < 1) {
                throw new ServerException("Result limit must be at least 1: " + maxResults);
            }
            this.maxResults = maxResults;
            return this;
        }

        /** The environment to read {@value Credentials#PASSWORD_ENV} from; default the process's. */
        public Builder environment(Map<String, String> env) {
            this.env = Map.copyOf(env);
            return this;
        }

        /**
         * Opens the store and prepares the server.
         *
         * @throws ServerException if a host beyond this machine is asked for without an explicit password
         * @throws org.diplograph.store.StoreLockedException if another process holds the store
         */
        public DiplographServer build() {
            if (!isLoopback(host) && !Credentials.passwordChosen(env)) {
                throw new ServerException("Refusing to listen on " + host + " without " + Credentials.PASSWORD_ENV
                        + ": set it to the password for user " + Credentials.USER
                        + " before serving beyond this machine");
            }
            StoreLayout layout = StoreLayout.of(storeDir);
            layout.createDirectories();
            Model config = StoreConfig.load(configFile, layout);
            Optional<String> reader = Credentials.readerPassword(env);
            if (reader.isPresent()) {
                requireLoginToRead(config);
            }
            // Locked first: a store held elsewhere must not get a new password file.
            DatasetGraph database = Store.lockDatabase(layout);
            FusekiServer.Builder builder = null;
            try {
                Credentials credentials = Credentials.establish(layout, env);
                // Fuseki's admin area (shiro.ini, saved configurations) goes inside the store, not ./run.
                // Fuseki points FUSEKI_SHIRO at the first area it set up in this JVM; forget that, so
                // each server uses the shiro.ini of its own store.
                System.setProperty(FUSEKI_BASE, layout.run().toAbsolutePath().toString());
                System.clearProperty(FUSEKI_SHIRO);
                builder = FusekiServer.create()
                        .port(port)
                        .loopback(host.equals(DEFAULT_HOST))
                        .fusekiModules(FusekiServerModules.serverModules())
                        // No cross-origin access: only pages this server serves may call it from a browser.
                        .enableCors(false, null)
                        .registerOperation(Operation.Query, new CappedQuery(maxResults))
                        .registerOperation(Operation.Update, new RefusalAware.Update())
                        .registerOperation(Operation.GSP_RW, new RefusalAware.GraphStore())
                        .addFilter("/$/*", new AdminGuard(credentials.password(), reader))
                        .parseConfig(config);
                ExplorerServlet.register(builder);
                FusekiServer fuseki = builder.build();
                bindHost(fuseki);
                for (DataAccessPoint point : fuseki.getDataAccessPointRegistry().accessPoints()) {
                    point.getDataService().getDataset().getContext().set(ARQ.queryTimeout, queryTimeout.toMillis());
                }
                return new DiplographServer(fuseki, layout, host, credentials);
            } catch (RuntimeException e) {
                // Let go of whatever was opened, so the store is free again.
                DatasetGraph served = builder == null ? null : builder.getDataset(StoreConfig.SERVICE_NAME);
                if (served != null) {
                    Store.release(served);
                }
                Store.release(database);
                throw failure(e, layout);
            }
        }

        private RuntimeException failure(RuntimeException e, StoreLayout layout) {
            if (e instanceof ServerException || e instanceof StoreException) {
                return e;
            }
            StoreException store = Store.translate(e, layout);
            return store instanceof StoreLockedException ? store
                    : new ServerException("Cannot set up the server on store " + storeDir + ": " + e.getMessage(), e);
        }

        // With a reader login, every endpoint that names no users is opened to the two logins instead of to all.
        private static void requireLoginToRead(Model config) {
            Property allowedUsers = config.createProperty(FUSEKI_NS, "allowedUsers");
            Property endpoint = config.createProperty(FUSEKI_NS, "endpoint");
            for (RDFNode node : config.listObjectsOfProperty(endpoint).toList()) {
                Resource ep = node.asResource();
                if (!ep.hasProperty(allowedUsers)) {
                    ep.addProperty(allowedUsers, Credentials.USER).addProperty(allowedUsers, Credentials.READER);
                }
            }
        }

        // Fuseki binds "localhost" (loopback) or every interface; any other host is set on the connector.
        private void bindHost(FusekiServer fuseki) {
            if (host.equals(DEFAULT_HOST) || ALL_INTERFACES.contains(host)) {
                return;
            }
            String bind = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(bind);
                }
            }
        }
    }
}
