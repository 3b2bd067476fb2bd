package org.diplograph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The network explorer at {@code /explore}: a static page that reads the graph through the public
 * SPARQL endpoint. Serves, read-only and by GET alone:
 * <ul>
 *   <li>{@code /explore/} and its files, from {@code explore/} on the classpath;</li>
 *   <li>{@code /explore/queries/NAME.rq}, the named queries the page posts to the endpoint;</li>
 *   <li>{@code /explore/lib/cytoscape.min.js}, straight out of the Cytoscape.js webjar.</li>
 * </ul>
 * Nothing here writes: other methods get 405, and the page's queries go to the endpoint that only reads.
 *
 * <pre>{@code
 * FusekiServer.Builder builder = FusekiServer.create().port(3030);
 * ExplorerServlet.register(builder);
 * }</pre>
 */
public final class ExplorerServlet extends HttpServlet {

    /** Where the explorer is served. */
    public static final String PATH = "/explore";

    private static final String PAGE_FOLDER = "explore/";
    private static final String QUERY_FOLDER = "queries/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    private static final String WEBJAR_FILE = "META-INF/resources/webjars/cytoscape/%s/dist/cytoscape.min.js";
    private static final String LIBRARY = "/lib/cytoscape.min.js";

    // Names are plain words, so no request can climb out of its folder.
    private static final Pattern QUERY = Pattern.compile("/queries/([a-z0-9][a-z0-9-]*)\\.rq");
    private static final Pattern PAGE_FILE = Pattern.compile("/([a-z0-9][a-z0-9-]*\\.(html|js|css|svg))");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "rq", "application/sparql-query; charset=utf-8");

    private final ClassLoader loader = ExplorerServlet.class.getClassLoader();

    /** Adds the explorer to a Fuseki server being built. */
    public static void register(FusekiServer.Builder builder) {
        builder.addServlet(PATH + "/*", new ExplorerServlet());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            // Relative links in the page resolve against /explore/, not /.
            response.sendRedirect(request.getContextPath() + PATH + "/");
            return;
        }
        String resource = resourceFor(path);
        if (resource == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No explorer file " + path);
            return;
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No explorer file " + path);
                return;
            }
            response.setContentType(TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    /** The classpath resource for a path below {@code /explore}, or null when there is none. */
    static String resourceFor(String path) {
        if (path.equals("/")) {
            return PAGE_FOLDER + "index.html";
        }
        if (path.equals(LIBRARY)) {
            return WEBJAR_FILE.formatted(webjarVersion());
        }
        Matcher query = QUERY.matcher(path);
        if (query.matches()) {
            return QUERY_FOLDER + query.group(1) + ".rq";
        }
        Matcher file = PAGE_FILE.matcher(path);
        return file.matches() ? PAGE_FOLDER + file.group(1) : null;
    }

    // Read from the webjar itself, so the pom is the one place that names the version.
    private static String webjarVersion() {
        try (InputStream in = ExplorerServlet.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new ServerException("No Cytoscape.js webjar on the classpath (" + WEBJAR_POM + ")");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + WEBJAR_POM, e);
        }
    }
}
