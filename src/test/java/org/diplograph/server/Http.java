package org.diplograph.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP calls for the server tests, with or without the basic-auth login. */
final class Http {

    private Http() {}

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), null);
    }

    /** A SPARQL query by GET, asking for CSV rows. */
    static HttpResponse<String> query(String endpoint, String query) throws IOException, InterruptedException {
        String url = endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").GET(), null);
    }

    /** A SPARQL update, logged in when {@code login} is not null. */
    static HttpResponse<String> update(String endpoint, String update, Credentials login)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        return send(request, login);
    }

    static HttpResponse<String> put(String url, String contentType, String body, Credentials login)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        return send(request, login);
    }

    static HttpResponse<String> postForm(String url, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return send(request, null);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Credentials login)
            throws IOException, InterruptedException {
        if (login != null) {
            String pair = login.user() + ":" + login.password();
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        // A fresh client, so a fresh connection: the JDK client does not retry a POST or PUT on a kept-alive
        // connection the server has just closed, and the test would fail on the connection, not on the status.
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
