package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;
import org.junit.jupiter.api.Test;

class RdfExportTest {
    private static final Dataset STORE = ExportFixture.load();
    private static final String EV = ExportFixture.ID + "event/";

    private static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(text, lang).parse(dsg);
        return dsg;
    }

    private static DatasetGraph storeCopy() {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        Txn.executeRead(STORE, () -> STORE.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add));
        return copy;
    }

    private static Set<String> subjects(DatasetGraph dsg) {
        return Iter.toList(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)).stream()
                .map(q -> q.getSubject().getURI()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void every_format_gives_identical_bytes_for_the_same_store_loaded_in_another_order() {
        Dataset reversed = ExportFixture.loadReversed();
        ExportFilter shoigu = ExportFilter.create().person("Shoigu");
        for (Exporter.Format f : Exporter.Format.values()) {
            if (f.writesDirectory()) continue;
            for (ExportFilter filter : List.of(ExportFilter.create(), shoigu)) {
                String a = ExportFixture.export(STORE, f, filter);
                assertFalse(a.isBlank(), f.cliName());
                assertEquals(a, ExportFixture.export(reversed, f, filter), f.cliName() + " " + filter);
            }
        }
    }

    @Test
    void nquads_are_in_term_order_within_each_graph_and_graphs_come_in_iri_order() {
        List<String> lines = ExportFixture.export(STORE, Exporter.Format.NQUADS, ExportFilter.create()).lines().toList();
        List<Quad> quads = Iter.toList(parse(String.join("\n", lines), Lang.NQUADS).find());
        assertEquals(lines.size(), quads.size());
        List<String> graphs = lines.stream().map(l -> l.substring(l.lastIndexOf(" <") + 1)).distinct().toList();
        assertEquals(graphs.stream().sorted().toList(), graphs);
        for (String g : graphs) {
            List<Quad> inGraph = lines.stream().filter(l -> l.endsWith(" " + g))
                    .map(l -> parse(l, Lang.NQUADS).find().next()).toList();
            assertTrue(inGraph.stream().sorted(RdfExport.TERM_ORDER).toList().equals(inGraph), "quads of " + g + " are not sorted");
        }
    }

    @Test
    void unfiltered_trig_nquads_and_jsonld_read_back_isomorphic_to_the_store() {
        DatasetGraph store = storeCopy();
        assertTrue(IsoMatcher.isomorphic(store, parse(ExportFixture.export(STORE, Exporter.Format.TRIG, ExportFilter.create()), Lang.TRIG)));
        assertTrue(IsoMatcher.isomorphic(store, parse(ExportFixture.export(STORE, Exporter.Format.NQUADS, ExportFilter.create()), Lang.NQUADS)));
        String jsonld = ExportFixture.export(STORE, Exporter.Format.JSONLD, ExportFilter.create());
        assertTrue(jsonld.contains("\"@context\"") && jsonld.contains("\"dip\": \"https://w3id.org/diplograph/ontology#\""), jsonld.substring(0, 300));
        assertTrue(jsonld.contains("\"dip:participant\""), "compacted with the ontology prefix");
        assertTrue(IsoMatcher.isomorphic(store, parse(jsonld, Lang.JSONLD11)));
    }

    @Test
    void filtered_rdf_holds_the_kept_events_with_reports_articles_and_entities_only() {
        DatasetGraph out = parse(ExportFixture.export(STORE, Exporter.Format.NQUADS, ExportFilter.create().type("PhoneCall")), Lang.NQUADS);
        assertEquals(Set.of(
                EV + "phonecall/c1", ExportFixture.ID + "report/a2/1", ExportFixture.ID + "article/a2",
                ExportFixture.PUTIN, ExportFixture.XI, ExportFixture.ID + "country/Q159", ExportFixture.ID + "country/Q148"),
                subjects(out));
        assertEquals(List.of(ExportFixture.ID + "article/a2"), Iter.toList(out.listGraphNodes()).stream().map(Node::getURI).toList());

        DatasetGraph jsonld = parse(ExportFixture.export(STORE, Exporter.Format.JSONLD, ExportFilter.create().type("PhoneCall")), Lang.JSONLD11);
        assertTrue(IsoMatcher.isomorphic(out, jsonld));
    }

    @Test
    void filtered_rdf_follows_places_to_countries_and_geometries_and_keeps_reconciled_links() {
        DatasetGraph out = parse(ExportFixture.export(STORE, Exporter.Format.TRIG, ExportFilter.create().person("wang")), Lang.TRIG);
        assertTrue(subjects(out).contains(ExportFixture.WANG));
        assertEquals(1, Iter.toList(out.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)).stream()
                .filter(q -> q.getGraph().getURI().endsWith("/graph/reconciliation")).count());
        DatasetGraph vladivostok = parse(ExportFixture.export(STORE, Exporter.Format.TRIG,
                ExportFilter.create().from("2023-09-16").to("2023-09-16")), Lang.TRIG);
        assertTrue(subjects(vladivostok).containsAll(List.of(EV + "meeting/m1", ExportFixture.ID + "place/Q959",
                ExportFixture.ID + "place/Q959/geometry", ExportFixture.ID + "org/kcna", ExportFixture.ID + "outlet/wire")));
        assertFalse(subjects(vladivostok).contains(EV + "meeting/m2"));
        assertFalse(subjects(vladivostok).contains(ExportFixture.ID + "report/a1/1"));
    }

    @Test
    void the_default_graph_where_the_store_keeps_its_summary_is_written_as_the_summary_graph() {
        Dataset ds = ExportFixture.load();
        Node summary = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
        Node four = NodeFactory.createLiteralDT("4", XSDDatatype.XSDinteger);
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().getDefaultGraph().add(summary, Dip.summaryFormat.asNode(), four));
        for (Exporter.Format format : List.of(Exporter.Format.TRIG, Exporter.Format.NQUADS)) {
            DatasetGraph out = parse(ExportFixture.export(ds, format, ExportFilter.create()), format == Exporter.Format.TRIG ? Lang.TRIG : Lang.NQUADS);
            assertTrue(out.contains(summary, summary, Dip.summaryFormat.asNode(), four), format.toString());
            assertTrue(out.getDefaultGraph().isEmpty(), format.toString());
            assertFalse(Iter.toList(out.listGraphNodes()).contains(Quad.defaultGraphIRI), format.toString());
        }
    }

    @Test
    void jsonld_is_the_json_titanium_compacts_from_the_same_quads() throws Exception {
        DatasetGraph dsg = storeCopy();
        Node article = NodeFactory.createURI(ExportFixture.ID + "article/a1");
        Node kim = NodeFactory.createURI(ExportFixture.KIM);
        Node dip = NodeFactory.createURI(Dip.NS);
        // Beyond the fixture: a default-graph node named like an article graph (the export writes the default graph,
        // where the store keeps its summary, as the summary graph), a language-tagged label, a second type, an IRI no prefix abbreviates, a blank node, and a
        // prefix's own IRI as property and type, which compact to the prefix itself.
        dsg.getDefaultGraph().add(article, RDFS.label.asNode(), NodeFactory.createLiteralString("first article"));
        dsg.add(article, kim, RDFS.label.asNode(), NodeFactory.createLiteralLang("Ким Чен Ын", "ru"));
        dsg.add(article, kim, RDF.type.asNode(), NodeFactory.createURI(Dip.NS + "Leader"));
        dsg.add(article, kim, RDF.type.asNode(), dip);
        dsg.add(article, kim, dip, NodeFactory.createURI("https://example.org/kim"));
        dsg.add(article, kim, Dip.role.asNode(), NodeFactory.createBlankNode("role1"));
        dsg.add(article, NodeFactory.createBlankNode("role1"), RDFS.label.asNode(), NodeFactory.createLiteralString("leader"));

        String ours = jsonld(dsg);
        assertEquals(titanium(dsg), JsonParser.parseString(ours));
        DatasetGraph written = DatasetGraphFactory.createGeneral();
        Node summary = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
        dsg.find().forEachRemaining(q -> written.add(q.isDefaultGraph() ? Quad.create(summary, q.asTriple()) : q));
        assertTrue(IsoMatcher.isomorphic(written, parse(ours, Lang.JSONLD11)));
    }

    @Test
    void jsonld_refuses_an_rdf_list_it_would_not_write_as_titanium_does() {
        DatasetGraph dsg = storeCopy();
        dsg.getDefaultGraph().add(NodeFactory.createURI(ExportFixture.KIM), Dip.role.asNode(), RDF.nil.asNode());
        ExportException e = assertThrows(ExportException.class, () -> jsonld(dsg));
        assertTrue(e.getMessage().contains(RDF.nil.getURI()), e.getMessage());
    }

    private static String jsonld(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExport.stream(dsg, null, RdfExport.JSONLD_COMPACT, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Jena's JSON-LD 1.1 writer (Titanium's compaction) with the export's context, given the quads in the order the
     * export writes them, as one document.
     */
    private static JsonObject titanium(DatasetGraph dsg) {
        List<List<Quad>> parts = new ArrayList<>();
        RdfExport.forEachBatch(dsg, null, Integer.MAX_VALUE, parts::add);
        JsonObject doc = new JsonObject();
        JsonArray items = new JsonArray();
        for (List<Quad> part : parts) {
            JsonObject compacted = JsonParser.parseString(
                    RDFWriter.source(inOrder(part)).format(RDFFormat.JSONLD11_PRETTY).asString()).getAsJsonObject();
            doc.add("@context", compacted.remove("@context"));
            // Compaction drops the outer "@graph" around a single top-level object.
            if (compacted.has("@graph") && !compacted.has("@id")) items.addAll(compacted.getAsJsonArray("@graph"));
            else items.add(compacted);
        }
        doc.add("@graph", items);
        return doc;
    }

    /** A dataset that lists {@code quads} in their order (a plain in-memory one lists them in hash order). */
    private static DatasetGraph inOrder(List<Quad> quads) {
        DatasetGraph store = DatasetGraphFactory.createGeneral();
        RdfExport.PREFIXES.forEach(store.prefixes()::add);
        quads.forEach(store::add);
        return new DatasetGraphWrapper(store) {
            @Override
            public Stream<Quad> stream() {
                return quads.stream();
            }
        };
    }

    @Test
    void event_table_formats_apply_the_filter_too() {
        List<String> rows = ExportFixture.export(STORE, Exporter.Format.EVENTS_JSONL, ExportFilter.create().country("China")).lines().toList();
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).startsWith("{\"event\":\"" + EV + "phonecall/c1\""), rows.get(0));
        assertTrue(rows.get(1).startsWith("{\"event\":\"" + EV + "meeting/m4\""), rows.get(1));
        assertEquals(1 + 3, ExportFixture.export(STORE, Exporter.Format.EVENTS_CSV, ExportFilter.create().type("Meeting").person("Kim")).lines().count());
    }
}
