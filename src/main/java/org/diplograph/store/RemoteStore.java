package org.diplograph.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * Sends article graphs to a running Diplograph server: one authenticated graph-store PUT per
 * graph to {@code URL/diplomacy/data?graph=IRI}, which replaces that graph on the server.
 * This is how articles get in while the server holds the store lock.
 *
 * <pre>{@code
 * GraphSink sink = RemoteStore.to("http://localhost:3030", "admin", password);
 * sink.replaceGraph(articleIri, articleModel);
 * }</pre>
 */
public final class RemoteStore implements GraphSink {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String serverUrl;
    private final String endpoint;
    private final String authorization;
    private final HttpClient httpClient;

    private RemoteStore(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.endpoint = serverUrl + "/" + StoreConfig.SERVICE_NAME + "/data";
        this.authorization = password == null ? null : basic(user, password);
        // HTTP/1.1: no h2c upgrade dance on a request with a body.
        this.httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    /**
     * A sink writing to the server at {@code serverUrl} (for example {@code http://localhost:3030}).
     *
     * @param password the password of {@code user}, or null to send no login (the server will refuse)
     */
    public static RemoteStore to(String serverUrl, String user, String password) {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(user, "user");
        String base = serverUrl.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new StoreException("Not a server URL: " + serverUrl);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new StoreException("Not an http(s) server URL: " + serverUrl);
        }
        return new RemoteStore(base, user, password);
    }

    /** The graph-store endpoint graphs are sent to. */
    public String endpoint() {
        return endpoint;
    }

    @Override
    public void replaceGraph(String graphIri, Model model) {
        Objects.requireNonNull(model, "model");
        if (graphIri == null || graphIri.isBlank()) {
            throw new StoreException("An article graph needs a name; the default graph is not written");
        }
        GSP request = GSP.service(endpoint)
                .httpClient(httpClient)
                .contentType(RDFFormat.TURTLE_BLOCKS)
                .graphName(graphIri);
        if (authorization != null) {
            request.httpHeader("Authorization", authorization);
        }
        try {
            request.PUT(model.getGraph());
        } catch (HttpException e) {
            if (!closedUnderneath(e)) {
                throw failure(graphIri, e);
            }
            // The JDK client resends only GET and HEAD when a kept-alive connection turns out closed (the server's
            // idle timeout can fall just as a request goes out). A PUT replaces the graph, so sending it again on
            // a new connection is safe.
            try {
                request.PUT(model.getGraph());
            } catch (HttpException again) {
                throw failure(graphIri, again);
            }
        }
    }

    /** True when the request got no answer at all on a connection that had been open, rather than no connection. */
    private static boolean closedUnderneath(HttpException e) {
        if (e.getStatusCode() != -1) {
            return false;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpTimeoutException) {
                return false;
            }
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private StoreException failure(String graphIri, HttpException e) {
        String target = "PUT " + endpoint + "?graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8);
        int status = e.getStatusCode();
        String reason = switch (status) {
            case -1 -> "cannot reach the server at " + serverUrl + " (" + rootMessage(e) + ")";
            case 401 -> "HTTP 401: the password is wrong or missing";
            case 403 -> "HTTP 403: this login may not write to the store";
            case 404 -> "HTTP 404: the server at " + serverUrl + " has no dataset /" + StoreConfig.SERVICE_NAME;
            default -> "HTTP " + status + (e.getStatusLine() == null ? "" : " " + e.getStatusLine());
        };
        return new StoreException(target + " failed: " + reason, e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String basic(String user, String password) {
        String pair = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
