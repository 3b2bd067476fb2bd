package org.diplograph.export;

import static org.diplograph.export.ExportFixture.KIM;
import static org.diplograph.export.ExportFixture.SHOIGU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network formats read back by the tools analysts use: JGraphT, NetworkX, Neo4j's import format, Cytoscape.js JSON. */
class NetworkConsumersTest {
    private static final Dataset STORE = ExportFixture.load();
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String PREFIX = "PREFIX dip: <https://w3id.org/diplograph/ontology#>\n";
    /** Parties of happened contacts, and the countries visited, counted straight from the RDF. */
    private static final String NODE_COUNT = PREFIX + """
            SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
              VALUES ?c { dip:Meeting dip:Visit dip:PhoneCall }
              ?e a ?c .
              { ?e dip:participant|dip:host ?x }
              UNION { ?e a dip:Visit ; dip:location ?x . ?x a dip:Country }
              UNION { ?e a dip:Visit ; dip:location/dip:inCountry ?x }
            }""";
    /** Distinct (party, party, event type) contacts, counted straight from the RDF. */
    private static final String EDGE_COUNT = PREFIX + """
            SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b ?c WHERE {
              { VALUES ?c { dip:Meeting dip:PhoneCall } ?e a ?c ; dip:participant|dip:host ?a, ?b FILTER(STR(?a) < STR(?b)) }
              UNION
              { BIND(dip:Visit AS ?c) ?e a dip:Visit ; dip:participant ?a .
                { ?e dip:host ?b } UNION { ?e dip:location ?b . ?b a dip:Country } UNION { ?e dip:location/dip:inCountry ?b }
                FILTER(?a != ?b) }
            } }""";

    private static long count(String sparql) {
        return Txn.calculateRead(STORE, () -> {
            try (QueryExec qe = QueryExec.dataset(STORE.asDatasetGraph()).query(sparql).build()) {
                return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    @Test
    void graphml_reads_back_with_jgrapht_with_labels_and_weights() throws Exception {
        String xml = ExportFixture.export(STORE, Exporter.Format.GRAPHML, ExportFilter.create());
        Graph<String, DefaultWeightedEdge> g = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(true)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        Map<String, Map<String, String>> nodeData = new HashMap<>();
        Map<DefaultWeightedEdge, Map<String, String>> edgeData = new HashMap<>();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> nodeData.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> edgeData.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.importGraph(g, new StringReader(xml));

        assertEquals(count(NODE_COUNT), g.vertexSet().size());
        assertEquals(count(EDGE_COUNT), g.edgeSet().size());
        Map<String, String> byIri = new HashMap<>();
        nodeData.forEach((id, d) -> byIri.put(d.get("iri"), id));
        assertEquals(Map.of("ID", "n3", "label", "Kim Jong Un", "type", "Person", "country", "North Korea", "qid", "Q56226", "iri", KIM),
                nodeData.get(byIri.get(KIM)));
        List<String> kimShoigu = new ArrayList<>();
        for (DefaultWeightedEdge e : g.getAllEdges(byIri.get(SHOIGU), byIri.get(KIM))) {
            Map<String, String> d = edgeData.get(e);
            kimShoigu.add(d.get("eventType") + " " + (int) g.getEdgeWeight(e) + " " + d.get("directed") + " " + d.get("dates"));
        }
        assertEquals(List.of("Meeting 2 false 2023-07-27; 2023-09-16", "Visit 1 true 2023-07"), kimShoigu.stream().sorted().toList());
    }

    @Test
    void graphml_and_gexf_read_by_networkx_match_sparql_counts(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(networkx(), "SKIPPED: /usr/bin/python3 with networkx not found; .ci/run installs python3-networkx");
        String expectedCounts = count(NODE_COUNT) + " " + count(EDGE_COUNT);
        for (Exporter.Format f : List.of(Exporter.Format.GRAPHML, Exporter.Format.GEXF)) {
            Path file = dir.resolve("contacts." + f.cliName());
            Files.writeString(file, ExportFixture.export(STORE, f, ExportFilter.create()));
            List<String> lines = python(f.cliName(), file);
            assertEquals(expectedCounts, lines.get(0), f.cliName());
            String kimShoigu = SHOIGU + "\t" + KIM + "\tMeeting\t2\t";
            String line = lines.stream().filter(l -> l.startsWith(kimShoigu)).findFirst().orElseThrow(() -> new AssertionError(lines));
            if (f == Exporter.Format.GEXF) {
                assertEquals(kimShoigu + "[[\"2023-07-27\", \"2023-07-27\"], [\"2023-09-16\", \"2023-09-16\"]]", line);
                assertTrue(lines.contains(ExportFixture.XI + "\t" + ExportFixture.PUTIN + "\tPhoneCall\t1\t[[\"2023-01-01\", \"2023-12-31\"]]"), lines.toString());
            }
        }
    }

    @Test
    void neo4j_csv_headers_are_valid_import_types_and_relationships_reference_node_ids(@TempDir Path dir) throws Exception {
        long edges = Txn.calculateRead(STORE, () -> {
            try {
                return Exporter.write(STORE, Exporter.Format.NEO4J, ExportFilter.create(), Exporter.Target.directory(dir));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        Pattern header = Pattern.compile("(:ID|:LABEL|:START_ID|:END_ID|:TYPE|[a-z][A-Za-z]*:(ID|int|long|float|double|boolean|string|date)(\\[\\])?)");
        List<CSVRecord> nodes = csv(dir.resolve("nodes.csv"));
        List<CSVRecord> rels = csv(dir.resolve("relationships.csv"));
        for (List<CSVRecord> file : List.of(nodes, rels)) {
            for (String h : file.get(0).getParser().getHeaderNames()) assertTrue(header.matcher(h).matches(), "header " + h);
        }
        Set<String> ids = new HashSet<>();
        for (CSVRecord n : nodes) {
            assertTrue(ids.add(n.get("iri:ID")), "unique id " + n.get("iri:ID"));
            assertTrue(n.get(":LABEL").matches("Entity;(Person|Country|Place|Organization|Entity)"), n.get(":LABEL"));
        }
        assertEquals(count(NODE_COUNT), nodes.size());
        assertEquals(count(EDGE_COUNT), rels.size());
        assertEquals(edges, rels.size());
        for (CSVRecord r : rels) {
            assertTrue(ids.contains(r.get(":START_ID")) && ids.contains(r.get(":END_ID")), r.toString());
            assertTrue(r.get(":TYPE").matches("MEETING|VISIT|PHONE_CALL"), r.get(":TYPE"));
            assertTrue(Integer.parseInt(r.get("weight:int")) >= 1);
            assertTrue(r.get("directed:boolean").matches("true|false"));
            for (String d : List.of(r.get("start:date"), r.get("end:date"))) if (!d.isEmpty()) LocalDate.parse(d);
        }
        CSVRecord kimShoigu = rels.stream().filter(r -> r.get(":TYPE").equals("MEETING") && r.get(":END_ID").equals(KIM)
                && r.get(":START_ID").equals(SHOIGU)).findFirst().orElseThrow();
        assertEquals(List.of("2", "2023-07-27", "2023-09-16", "a1;a3"), List.of(kimShoigu.get("weight:int"),
                kimShoigu.get("start:date"), kimShoigu.get("end:date"), kimShoigu.get("articles:string[]")));
    }

    @Test
    void cytoscape_json_has_nodes_and_edges_whose_ends_are_nodes() {
        JsonObject elements = JsonParser.parseString(ExportFixture.export(STORE, Exporter.Format.CYTOSCAPE, ExportFilter.create()))
                .getAsJsonObject().getAsJsonObject("elements");
        JsonArray nodes = elements.getAsJsonArray("nodes");
        JsonArray edges = elements.getAsJsonArray("edges");
        assertEquals(count(NODE_COUNT), nodes.size());
        assertEquals(count(EDGE_COUNT), edges.size());
        Set<String> ids = new HashSet<>();
        for (JsonElement n : nodes) ids.add(n.getAsJsonObject().getAsJsonObject("data").get("id").getAsString());
        for (JsonElement e : edges) {
            JsonObject d = e.getAsJsonObject().getAsJsonObject("data");
            assertTrue(ids.contains(d.get("source").getAsString()) && ids.contains(d.get("target").getAsString()), d.toString());
            assertTrue(ids.add(d.get("id").getAsString()), "unique id " + d.get("id"));
        }
        JsonObject visit = edges.get(2).getAsJsonObject().getAsJsonObject("data");
        assertEquals("{\"id\":\"e2\",\"source\":\"" + SHOIGU + "\",\"target\":\"" + ExportFixture.NORTH_KOREA + "\",\"eventType\":\"Visit\","
                + "\"directed\":true,\"weight\":1,\"start\":\"2023-07-01\",\"end\":\"2023-07-31\",\"dates\":[\"2023-07\"],"
                + "\"places\":[\"North Korea\"],\"sources\":[],\"articles\":[\"a2\"],"
                + "\"events\":[\"https://w3id.org/diplograph/id/event/visit/v1\"]}", visit.toString());
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    private static boolean networkx() throws Exception {
        if (!Files.isExecutable(PYTHON)) return false;
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import networkx").redirectErrorStream(true).start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static List<String> python(String format, Path file) throws Exception {
        Path script = Path.of(NetworkConsumersTest.class.getResource("/export/read_networkx.py").toURI());
        Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), format, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "networkx timed out");
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
