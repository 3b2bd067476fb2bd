package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.diplograph.cli.CliRun;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer page and the Fuseki console in headless Chromium, over the bundled examples ingested once into a
 * temporary store. Expected numbers come from SPARQL over the same store. Screenshots go to
 * {@code target/screenshots/}. Skips, saying so, where Debian's chromium and chromium-driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "browserInstalled", disabledReason = "needs /usr/bin/chromium and /usr/bin/chromedriver")
class ExplorerBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ID = "https://w3id.org/diplograph/id/";
    private static final String PREFIXES = "PREFIX dip: <https://w3id.org/diplograph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    // Every party (participant or host) of a meeting, visit or call that happened, with its date if any.
    private static final String PARTIES = PREFIXES + """
            SELECT DISTINCT ?event ?party ?date WHERE {
              VALUES ?class { dip:Meeting dip:Visit dip:PhoneCall }
              ?event a ?class ; dip:participant|dip:host ?party .
              OPTIONAL { ?event dip:date ?date }
            }""";
    // Every two participants of one meeting, visit or call that happened (the pairs the network opens on), with its date.
    private static final String PAIRS = PREFIXES + """
            SELECT DISTINCT ?a ?b ?date WHERE {
              VALUES ?class { dip:Meeting dip:Visit dip:PhoneCall }
              ?event a ?class ; dip:participant ?a, ?b .
              FILTER(STR(?a) < STR(?b))
              OPTIONAL { ?event dip:date ?date }
            }""";

    @TempDir
    static Path tmp;

    private DiplographServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;

    /** Also says so on stderr, as a skipped class is easy to miss in a build log. */
    static boolean browserInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.println("ExplorerBrowserIT skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)");
        }
        return present;
    }

    @BeforeAll
    void ingest_examples_and_open_a_browser() {
        Path store = tmp.resolve("store");
        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), "examples");
        assertEquals(0, ingest.exit(), ingest.err());
        server = DiplographServer.create().store(store).port(0).environment(Map.of()).build().start();
        browser = headlessChromium();
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterAll
    void close_the_browser_and_the_server() {
        if (browser != null) browser.quit();
        if (server != null) server.stop();
    }

    @BeforeEach
    void open_the_explorer() {
        browser.get(server.url() + "/explore/");
        wait.until(d -> !"loading".equals(body().getAttribute("data-state")));
        assertEquals("ready", body().getAttribute("data-state"), () -> browser.findElement(By.id("error")).getText());
        wait.until(d -> "ready".equals(body().getAttribute("data-network")));
    }

    @Test
    void explorer_opens_on_the_pairs_with_a_node_for_each_party_of_two_who_took_part_in_one_event() throws IOException {
        Set<String> parties = new HashSet<>();
        storeRows(PAIRS).forEach(row -> parties.addAll(List.of(row.get("a"), row.get("b"))));

        assertTrue(parties.size() > 2);
        assertEquals(parties, shownNodes());
        assertEquals(String.valueOf(parties.size()), browser.findElement(By.id("stat-parties")).getText());
        assertEquals(storeRows(PAIRS).stream().map(r -> r.get("a") + " " + r.get("b")).distinct().count(), edgeCount());
        screenshot("explorer.png");
    }

    @Test
    void clicking_kim_jong_un_lists_the_vladivostok_meeting_with_its_sentence_and_article() throws IOException {
        clickNode("Kim Jong");
        wait.until(d -> "ready".equals(body().getAttribute("data-details")));

        assertTrue(browser.findElement(By.id("details-name")).getText().startsWith("Kim Jong"));
        List<WebElement> events = browser.findElements(By.cssSelector("#details-events .event"));
        WebElement vladivostok = events.stream()
                .filter(e -> e.findElement(By.cssSelector(".badge")).getText().equals("Meeting")
                        && e.findElement(By.cssSelector("dd.place")).getText().equals("Vladivostok"))
                .findFirst().orElseThrow(() -> new AssertionError("no Vladivostok meeting in "
                        + events.stream().map(WebElement::getText).toList()));
        String text = vladivostok.getText();
        assertTrue(text.contains("16 Sept 2023") || text.contains("16 Sep 2023"), text);
        assertTrue(text.contains("Sergei Shoigu"), text);
        assertTrue(text.contains("Korean Central News Agency"), text);
        assertTrue(text.contains("001-kim-shoigu-vladivostok"), text);
        assertTrue(vladivostok.findElements(By.cssSelector("blockquote.evidence")).stream()
                .anyMatch(q -> q.getText().contains("Vladivostok on Saturday")), text);
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", vladivostok);
        screenshot("explorer-kim-jong-un.png");
    }

    @Test
    void clicking_the_edge_between_kim_jong_un_and_sergei_shoigu_lists_the_events_they_share() {
        String kim = ID + "person/Q56226";
        String shoigu = ID + "person/Q32024";
        Map<String, Set<String>> partiesByEvent = new HashMap<>();
        storeRows(PARTIES).forEach(row -> partiesByEvent.computeIfAbsent(row.get("event"), e -> new HashSet<>()).add(row.get("party")));
        long shared = partiesByEvent.values().stream().filter(p -> p.containsAll(List.of(kim, shoigu))).count();

        String ends = String.join(" ", new TreeSet<>(List.of(kim, shoigu)));
        clickAt("window.diplograph.cy.edges().filter(e => e.connectedNodes().map(n => n.id()).sort().join(' ') === '"
                + ends + "')[0].renderedMidpoint()");
        wait.until(d -> "ready".equals(body().getAttribute("data-details")));

        assertTrue(shared >= 2, "the examples have Kim and Shoigu meet in July and in September 2023");
        assertEquals(shared, browser.findElements(By.cssSelector("#details-events .event")).size());
        assertEquals(shared + " shared events", browser.findElement(By.id("details-meta")).getText());
        assertTrue(browser.findElement(By.id("details-events")).getText().contains("Vladivostok"));
    }

    @Test
    void the_timeline_lists_every_dated_event_oldest_first() throws IOException {
        browser.findElement(By.id("tab-timeline")).click();
        wait.until(d -> "ready".equals(body().getAttribute("data-network")) && !d.findElements(By.cssSelector("#timeline .entry")).isEmpty());
        List<WebElement> entries = browser.findElements(By.cssSelector("#timeline .entry"));

        Set<String> events = new HashSet<>();
        storeRows(PARTIES).stream().filter(row -> row.get("date") != null).forEach(row -> events.add(row.get("event")));
        assertEquals(events.size(), entries.size());
        List<String> dates = entries.stream().map(e -> e.getAttribute("data-date")).toList();
        assertTrue(dates.stream().noneMatch(String::isEmpty), "undated events are left out of a period");
        assertEquals(dates.stream().sorted().toList(), dates);
        screenshot("timeline.png");
    }

    @Test
    void a_country_filter_keeps_the_pairs_with_a_party_of_that_country() {
        new Select(browser.findElement(By.id("country"))).selectByVisibleText("North Korea");
        wait.until(d -> "ready".equals(body().getAttribute("data-network")));

        // A party is of North Korea when it is North Korea or is affiliated to it.
        String northKorean = PREFIXES + """
                SELECT DISTINCT ?party WHERE {
                  ?party dip:affiliation? ?nk . ?nk a dip:Country ; rdfs:label ?name . FILTER(STR(?name) = "North Korea")
                }""";
        Set<String> ofNorthKorea = new HashSet<>();
        storeRows(northKorean).forEach(row -> ofNorthKorea.add(row.get("party")));
        Set<String> expected = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        for (Map<String, String> pair : storeRows(PAIRS)) {
            all.addAll(List.of(pair.get("a"), pair.get("b")));
            if (ofNorthKorea.contains(pair.get("a")) || ofNorthKorea.contains(pair.get("b"))) {
                expected.addAll(List.of(pair.get("a"), pair.get("b")));
            }
        }
        assertTrue(expected.size() > 1 && expected.size() < all.size());
        assertEquals(expected, shownNodes());
    }

    @Test
    void moving_the_start_of_the_date_range_to_the_last_month_draws_that_months_events() {
        browser.findElement(By.id("range-from")).sendKeys(Keys.END);
        wait.until(d -> "ready".equals(body().getAttribute("data-network")));

        // The range spans the months of the pairs' shared events.
        String lastMonth = storeRows(PAIRS).stream().map(r -> r.get("date")).filter(d -> d != null)
                .map(d -> d.length() == 4 ? d + "-12" : d.substring(0, 7)).max(String::compareTo).orElseThrow();
        Set<String> expected = new TreeSet<>();
        storeRows(PARTIES).stream().filter(r -> r.get("date") != null && overlapsMonth(r.get("date"), lastMonth))
                .forEach(r -> expected.add(r.get("party")));
        assertTrue(!expected.isEmpty());
        assertEquals(expected, shownNodes());
        assertTrue(browser.findElement(By.id("network-note")).getText().contains("events of the period"));
    }

    @Test
    void the_console_query_tab_runs_a_named_query_and_shows_its_rows() throws IOException {
        NamedQuery query = NamedQueries.fromDirectory(Path.of("queries")).get("co-participation");
        int expected = QueryRunner.run(query, Map.of(), server.store().dataset()).size();

        browser.get(server.url() + "/#/dataset/diplomacy/query");
        wait.until(d -> !d.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        browser.executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", query.text());
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".yasr table tbody tr")).isEmpty());

        List<WebElement> rows = browser.findElements(By.cssSelector(".yasr table tbody tr"));
        assertTrue(expected > 0);
        assertEquals(expected, rows.size());
        assertTrue(browser.findElement(By.cssSelector(".yasr table")).getText().contains("Sergei Shoigu"));
        // Tall enough for the editor and the first rows of the table in one picture.
        Dimension usual = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(usual.getWidth(), 1500));
        try {
            screenshot("console.png");
        } finally {
            browser.manage().window().setSize(usual);
        }
    }

    // A month covers a date when they overlap: 2023 and 2023-09 both overlap 2023-09.
    private static boolean overlapsMonth(String date, String month) {
        return date.length() == 4 ? month.startsWith(date) : date.startsWith(month);
    }

    private ChromeDriver headlessChromium() {
        // Everything is named, so Selenium Manager never looks for (or downloads) a driver.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,900", "--user-data-dir=" + tmp.resolve("chromium-profile"));
        return new ChromeDriver(service, options);
    }

    private WebElement body() {
        return browser.findElement(By.tagName("body"));
    }

    private long edgeCount() {
        return (Long) browser.executeScript("return window.diplograph.cy.edges().length");
    }

    @SuppressWarnings("unchecked")
    private Set<String> shownNodes() {
        return new TreeSet<>((List<String>) browser.executeScript("return window.diplograph.cy.nodes().map(n => n.id())"));
    }

    /** Clicks, with the mouse, the first node whose label starts with {@code label}. */
    private void clickNode(String label) {
        clickAt("window.diplograph.cy.nodes().filter(n => n.data('label').startsWith('" + label + "'))[0].renderedPosition()");
    }

    /** Clicks, with the mouse, the point of the graph that a script expression gives (as {x, y} in the graph). */
    @SuppressWarnings("unchecked")
    private void clickAt(String point) {
        Map<String, Object> where = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "const at = " + point + ";"
                + "const box = document.getElementById('graph').getBoundingClientRect();"
                + "return {x: at.x, y: at.y, width: box.width, height: box.height};");
        WebElement graph = browser.findElement(By.id("graph"));
        // Selenium measures the offset from the element's centre.
        int dx = (int) Math.round(number(where.get("x")) - number(where.get("width")) / 2);
        int dy = (int) Math.round(number(where.get("y")) - number(where.get("height")) / 2);
        new Actions(browser).moveToElement(graph, dx, dy).click().perform();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private List<Map<String, String>> storeRows(String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        Dataset dataset = server.store().dataset();
        Txn.executeRead(dataset, () -> QueryExecution.dataset(dataset).query(query).build()
                .execSelect().forEachRemaining(solution -> {
                    Map<String, String> row = new HashMap<>();
                    solution.varNames().forEachRemaining(v -> {
                        RDFNode node = solution.get(v);
                        row.put(v, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                    });
                    rows.add(row);
                }));
        return rows;
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
