package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's files over real HTTP, without a login, from a server on an empty store. */
class ExplorerServletTest {

    @TempDir
    static Path dir;

    private static DiplographServer server;
    private static String explore;

    @BeforeAll
    static void start() {
        server = DiplographServer.create().store(dir).port(0).environment(Map.of()).build().start();
        explore = server.url() + "/explore";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void the_page_is_served_without_a_login_and_loads_only_local_scripts() throws Exception {
        HttpResponse<String> page = Http.get(explore + "/");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<script src=\"lib/cytoscape.min.js\"></script>"), page.body());
        assertTrue(!page.body().contains("http://") && !page.body().contains("https://"), "no remote assets");
    }

    @Test
    void the_bare_path_redirects_to_the_folder_so_relative_links_resolve() throws Exception {
        HttpResponse<String> response = Http.get(explore);

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/explore/"));
    }

    @Test
    void cytoscape_comes_out_of_the_webjar() throws Exception {
        HttpResponse<String> library = Http.get(explore + "/lib/cytoscape.min.js");

        assertEquals(200, library.statusCode());
        assertTrue(library.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(library.body().length() > 100_000 && library.body().contains("cytoscape"));
    }

    @Test
    void named_queries_are_served_as_the_files_in_queries() throws Exception {
        for (String name : new String[] {"explore-network", "explore-events"}) {
            HttpResponse<String> query = Http.get(explore + "/queries/" + name + ".rq");
            assertEquals(200, query.statusCode(), name);
            assertEquals(Files.readString(Path.of("queries", name + ".rq")), query.body(), name);
        }
        assertEquals(404, Http.get(explore + "/queries/no-such-query.rq").statusCode());
    }

    @Test
    void nothing_outside_the_explorer_and_query_folders_is_reachable() throws Exception {
        // Jetty refuses an encoded slash outright (400); either way the file is not served.
        int climbing = Http.get(explore + "/queries/..%2Ffuseki-config.ttl").statusCode();
        assertTrue(climbing == 400 || climbing == 404, "status " + climbing);
        assertEquals(404, Http.get(explore + "/passwd").statusCode());
        assertNull(ExplorerServlet.resourceFor("/../fuseki-config.ttl"));
        assertNull(ExplorerServlet.resourceFor("/queries/../../passwd.rq"));
        assertNull(ExplorerServlet.resourceFor("/lib/other.js"));
    }

    @Test
    void the_explorer_takes_no_writes() throws Exception {
        assertEquals(405, Http.postForm(explore + "/", "update=" + Http.encode("CLEAR ALL")).statusCode());
        assertEquals(405, Http.put(explore + "/explore.js", "text/javascript", "alert(1)", null).statusCode());
    }
}
