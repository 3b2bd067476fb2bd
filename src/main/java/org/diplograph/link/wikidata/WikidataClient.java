package org.diplograph.link.wikidata;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends SPARQL SELECT queries to a Wikidata-shaped endpoint, politely: a descriptive User-Agent, connect and request
 * timeouts, a minimum interval between requests, and bounded retries when the endpoint answers 429 or 503 (waiting
 * as its {@code Retry-After} says, within a total budget). Every answer is kept in a {@link ResponseCache}, so a
 * query asked before is answered from disk without a request.
 *
 * <pre>{@code
 * WikidataClient client = WikidataClient.create()
 *         .endpoint("https://query.wikidata.org/sparql")
 *         .cache(Path.of("data/wikidata-cache"))
 *         .build();
 * SparqlResults rows = client.select(query);
 * }</pre>
 *
 * Not thread-safe: one lookup at a time is the point.
 */
public final class WikidataClient {

    /** How Diplograph introduces itself to the endpoint, as Wikimedia's User-Agent policy asks. */
    public static final String USER_AGENT = "Diplograph/0.1 (offline-first news knowledge graph; https://w3id.org/diplograph)";
    /** Connect and request timeout in seconds unless told otherwise. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    /** Least time from the end of one request to the start of the next, in milliseconds, unless told otherwise. */
    public static final int DEFAULT_MIN_INTERVAL_MS = 1000;
    /** Retries after a 429 or 503 before giving up. */
    public static final int DEFAULT_MAX_RETRIES = 3;
    /** Most time, in seconds, spent waiting on 429/503 answers over a whole run. */
    public static final int DEFAULT_MAX_RETRY_WAIT_SECONDS = 120;
    /** The wait before retrying a 429/503 that gives no {@code Retry-After}; doubled at each retry. */
    static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(5);

    private final URI endpoint;
    private final ResponseCache cache;
    private final Duration timeout;
    private final Duration minInterval;
    private final int maxRetries;
    private final Duration maxRetryWait;
    private final HttpClient http;

    private long lastRequestNanos;
    private boolean requested;
    private Duration retryWaited = Duration.ZERO;
    private int requests;
    private int cacheHits;

    private WikidataClient(Builder b) {
        this.endpoint = b.endpoint;
        this.cache = new ResponseCache(b.cacheDir);
        this.timeout = b.timeout;
        this.minInterval = b.minInterval;
        this.maxRetries = b.maxRetries;
        this.maxRetryWait = b.maxRetryWait;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * The answer to a SELECT query, from the cache when it was asked before, else from the endpoint.
     *
     * @throws WikidataException naming the endpoint when it cannot be reached, does not answer in time, keeps
     *                           refusing with 429/503, or answers with an error or with something not SPARQL JSON
     */
    public SparqlResults select(String query) {
        Objects.requireNonNull(query, "query");
        Optional<String> cached = cache.get(query);
        if (cached.isPresent()) {
            cacheHits++;
            return SparqlResults.parse(cached.get(), "cache file " + cache.answerFile(query));
        }
        String body = fetch(query);
        SparqlResults results = SparqlResults.parse(body, endpoint.toString());
        cache.put(query, body);
        return results;
    }

    /** HTTP requests sent so far, retries included. */
    public int requests() {
        return requests;
    }

    /** Queries answered from the cache so far. */
    public int cacheHits() {
        return cacheHits;
    }

    public URI endpoint() {
        return endpoint;
    }

    public ResponseCache cache() {
        return cache;
    }

    private String fetch(String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&")
                        + "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(timeout)
                .header("Accept", "application/sparql-results+json")
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            if (status == 200) return response.body();
            if (status != 429 && status != 503) {
                throw new WikidataException("Wikidata endpoint " + endpoint + " answered HTTP " + status
                        + firstLine(response.body()));
            }
            if (attempt == maxRetries) {
                throw new WikidataException("Wikidata endpoint " + endpoint + " still answered HTTP " + status + " after "
                        + maxRetries + " retries");
            }
            Duration wait = retryAfter(response).orElse(DEFAULT_BACKOFF.multipliedBy(1L << attempt));
            if (retryWaited.plus(wait).compareTo(maxRetryWait) > 0) {
                throw new WikidataException("Wikidata endpoint " + endpoint + " answered HTTP " + status + " and asked to wait "
                        + wait.toSeconds() + " s, beyond the " + maxRetryWait.toSeconds() + " s this run may spend waiting");
            }
            retryWaited = retryWaited.plus(wait);
            sleep(wait);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        pace();
        requests++;
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new WikidataException("Wikidata endpoint " + endpoint + " did not answer within " + seconds(timeout)
                   , e);
        } catch (ConnectException e) {
            throw new WikidataException("Cannot reach Wikidata endpoint " + endpoint + ": connection refused", e);
        } catch (IOException e) {
            throw new WikidataException("Cannot reach Wikidata endpoint " + endpoint + ": " + rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataException("Interrupted while waiting for Wikidata endpoint " + endpoint, e);
        } finally {
            lastRequestNanos = System.nanoTime();
            requested = true;
        }
    }

    // The interval runs from the end of one exchange to the start of the next, so the endpoint sees the gap whatever
    // the network adds.
    private void pace() {
        if (!requested) return;
        long due = lastRequestNanos + minInterval.toNanos();
        long now = System.nanoTime();
        if (due > now) sleep(Duration.ofNanos(due - now));
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataException("Interrupted while waiting to query " + endpoint, e);
        }
    }

    /** Retry-After as delta-seconds or as an HTTP date; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) return Optional.empty();
        String v = value.get();
        if (v.matches("\\d{1,9}")) return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        try {
            ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String firstLine(String body) {
        if (body == null || body.isBlank()) return "";
        String line = body.strip().lines().findFirst().orElse("");
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Collects the settings of a {@link WikidataClient}; endpoint and cache folder are required. */
    public static final class Builder {
        private URI endpoint;
        private Path cacheDir;
        private Duration timeout = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        private Duration minInterval = Duration.ofMillis(DEFAULT_MIN_INTERVAL_MS);
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration maxRetryWait = Duration.ofSeconds(DEFAULT_MAX_RETRY_WAIT_SECONDS);

        private Builder() {}

        /**
         * The SPARQL endpoint, such as {@code https://query.wikidata.org/sparql}.
         *
         * @throws WikidataException when {@code url} is not an http(s) URL with a host
         */
        public Builder endpoint(String url) {
            URI uri;
            try {
                uri = URI.create(Objects.requireNonNull(url, "url").strip());
            } catch (IllegalArgumentException e) {
                throw new WikidataException("Not a SPARQL endpoint URL: " + url);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new WikidataException("Not an http(s) SPARQL endpoint URL: " + url);
            }
            this.endpoint = uri;
            return this;
        }

        /** The folder of the on-disk answer cache. */
        public Builder cache(Path dir) {
            this.cacheDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** Connect and request timeout. */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /** Least time from the end of one request to the start of the next; zero for none. */
        public Builder minInterval(Duration minInterval) {
            if (minInterval.isNegative()) throw new IllegalArgumentException("minInterval < 0: " + minInterval);
            this.minInterval = minInterval;
            return this;
        }

        /** Retries after a 429 or 503. */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
            this.maxRetries = maxRetries;
            return this;
        }

        /** Most time spent waiting on 429/503 answers, over the client's life. */
        public Builder maxRetryWait(Duration maxRetryWait) {
            if (maxRetryWait.isNegative()) throw new IllegalArgumentException("maxRetryWait < 0: " + maxRetryWait);
            this.maxRetryWait = maxRetryWait;
            return this;
        }

        public WikidataClient build() {
            if (endpoint == null) throw new IllegalStateException("endpoint is required");
            if (cacheDir == null) throw new IllegalStateException("cache folder is required");
            return new WikidataClient(this);
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isZero() || d.isNegative()) throw new IllegalArgumentException(what + " must be > 0: " + d);
            return d;
        }
    }
}
