package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.diplograph.extract.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@link Dip} and {@code ontology/diplomacy.ttl} in step, and checks that {@code ontology/shapes.ttl}
 * accepts data written per the data model and rejects data that breaks it.
 */
class VocabularySyncTest {
    private static final Path ONTOLOGY = Path.of("ontology/diplomacy.ttl");
    private static final Path SHAPES = Path.of("ontology/shapes.ttl");
    private static final String ID = "https://w3id.org/diplograph/id/";
    private static final Set<Resource> TERM_TYPES =
            Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property);

    private static final Model ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());

    @Test
    void every_constant_in_Dip_is_declared_in_the_ontology_and_every_term_has_a_constant() throws IllegalAccessException {
        Set<String> inJava = new TreeSet<>();
        for (Field f : Dip.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                assertEquals(Dip.NS + f.getName(), r.getURI(), "constant Dip." + f.getName() + " has another IRI");
                inJava.add(f.getName());
            }
        }
        Set<String> inOntology = declaredTerms();

        Set<String> onlyJava = new TreeSet<>(inJava);
        onlyJava.removeAll(inOntology);
        Set<String> onlyOntology = new TreeSet<>(inOntology);
        onlyOntology.removeAll(inJava);
        assertTrue(onlyJava.isEmpty(), "in Dip.java but not declared in " + ONTOLOGY + ": " + onlyJava);
        assertTrue(onlyOntology.isEmpty(), "declared in " + ONTOLOGY + " but missing from Dip.java: " + onlyOntology);
    }

    @Test
    void property_constants_are_ontology_properties_and_the_others_are_classes() throws IllegalAccessException {
        for (Field f : Dip.class.getFields()) {
            if (!Resource.class.isAssignableFrom(f.getType())) continue;
            Resource term = ontology.getResource(((Resource) f.get(null)).getURI());
            boolean isProperty = term.hasProperty(RDF.type, OWL.ObjectProperty) || term.hasProperty(RDF.type, OWL.DatatypeProperty);
            boolean javaProperty = Property.class.isAssignableFrom(f.getType());
            assertEquals(javaProperty, isProperty, "Dip." + f.getName() + " is declared as the wrong kind of term");
            if (!javaProperty) assertTrue(term.hasProperty(RDF.type, OWL.Class), "Dip." + f.getName() + " is not an owl:Class");
        }
    }

    @Test
    void every_dip_term_mentioned_in_the_ontology_is_declared() {
        Set<String> mentioned = new TreeSet<>();
        ontology.listStatements().forEach(s -> Stream.of(s.getSubject(), s.getPredicate(), s.getObject())
                .filter(RDFNode::isURIResource)
                .map(n -> n.asResource().getURI())
                .filter(u -> u.startsWith(Dip.NS))
                .forEach(u -> mentioned.add(u.substring(Dip.NS.length()))));
        mentioned.removeAll(declaredTerms());
        assertTrue(mentioned.isEmpty(), "used in " + ONTOLOGY + " but never declared: " + mentioned);
    }

    @Test
    void every_term_has_a_label_and_a_comment() {
        for (String term : declaredTerms()) {
            Resource r = ontology.getResource(Dip.NS + term);
            assertTrue(r.hasProperty(RDFS.label), "dip:" + term + " has no rdfs:label");
            assertTrue(r.hasProperty(RDFS.comment), "dip:" + term + " has no rdfs:comment");
        }
    }

    @Test
    void diplomatic_events_are_sem_and_schema_events_and_disjoint_from_unrealised_contacts() {
        Resource event = ontology.getResource(Dip.DiplomaticEvent.getURI());
        assertTrue(event.hasProperty(RDFS.subClassOf, ontology.getResource("http://semanticweb.cs.vu.nl/2009/11/sem/Event")));
        assertTrue(event.hasProperty(RDFS.subClassOf, ontology.getResource("https://schema.org/Event")));
        assertTrue(event.hasProperty(OWL.disjointWith, Dip.UnrealisedContact));
        for (Resource sub : List.of(Dip.Meeting, Dip.Visit, Dip.PhoneCall)) {
            assertTrue(ontology.contains(sub, RDFS.subClassOf, Dip.DiplomaticEvent), sub + " is not a DiplomaticEvent");
        }
        assertTrue(ontology.contains(Dip.NewsOutlet, RDFS.subClassOf, Dip.Organization));
    }

    @Test
    void visitor_is_a_kind_of_participant_but_host_is_not() {
        assertTrue(ontology.contains(Dip.visitor, RDFS.subPropertyOf, Dip.participant));
        assertFalse(ontology.contains(Dip.host, RDFS.subPropertyOf, Dip.participant),
                "a visit's host is not one of its participants");
    }

    @Test
    void date_range_admits_exactly_day_month_and_year() {
        Resource range = ontology.getRequiredProperty(Dip.date, RDFS.range).getResource();
        List<RDFNode> members = range.getRequiredProperty(OWL.unionOf).getList().asJavaList();
        assertEquals(List.of(XSD.date, XSD.gYearMonth, XSD.gYear), members);
    }

    @Test
    void cameo_codes_040_to_046_are_concepts_of_the_scheme_with_notation_and_label() {
        Resource scheme = ontology.getResource(Iris.CAMEO);
        assertTrue(scheme.hasProperty(RDF.type, SKOS.ConceptScheme));
        List<String> labels = List.of("Consult", "Discuss by telephone", "Make a visit", "Host a visit",
                "Meet at a third location", "Mediate", "Engage in negotiation");
        for (int i = 0; i <= 6; i++) {
            String code = "04" + i;
            Resource concept = ontology.getResource(Iris.cameo(code));
            assertTrue(concept.hasProperty(RDF.type, SKOS.Concept), code + " is not a skos:Concept");
            assertTrue(concept.hasProperty(SKOS.inScheme, scheme), code + " is not in the scheme");
            assertEquals(code, concept.getRequiredProperty(SKOS.notation).getString());
            assertEquals(labels.get(i), concept.getRequiredProperty(SKOS.prefLabel).getString());
        }
    }

    @Test
    void every_event_type_is_coded_with_a_concept_the_ontology_defines() {
        for (EventType t : EventType.values()) {
            assertTrue(ontology.contains(ontology.getResource(Iris.cameo(t.cameo())), RDF.type, SKOS.Concept),
                    t + " uses CAMEO " + t.cameo() + ", which the ontology lacks");
            assertTrue(ontology.contains(ontology.getResource(Dip.NS + t.label()), RDF.type, OWL.Class),
                    t + " has no class dip:" + t.label());
        }
    }

    // --- SHACL shapes ---

    @Test
    void data_written_per_the_data_model_conforms_to_the_shapes() {
        ValidationReport report = validate(world());
        assertTrue(report.conforms(), () -> "world.trig should conform:\n" + describe(report));
    }

    static Stream<Arguments> broken_data() {
        String meeting = ID + "event/meeting/kim-shoigu-20230916";
        String report = ID + "report/000_1329b8f86764d7c3/0";
        String article = ID + "article/000_1329b8f86764d7c3";
        String kim = ID + "person/Q56226";
        return Stream.of(
                Arguments.of("a meeting with no participant", meeting, Dip.participant.getURI(),
                        (Consumer<DatasetGraph>) ds -> ds.deleteAny(Node.ANY, uri(meeting), Dip.participant.asNode(), Node.ANY)),
                Arguments.of("a meeting with two locations", meeting, Dip.location.getURI(),
                        (Consumer<DatasetGraph>) ds -> addEverywhere(ds, meeting, Dip.location.getURI(), uri(ID + "place/Q18808"))),
                Arguments.of("a date as a plain string", meeting, Dip.date.getURI(),
                        (Consumer<DatasetGraph>) ds -> {
                            ds.deleteAny(Node.ANY, uri(meeting), Dip.date.asNode(), Node.ANY);
                            addEverywhere(ds, meeting, Dip.date.getURI(), NodeFactory.createLiteralString("16 September 2023"));
                        }),
                Arguments.of("a meeting with no CAMEO code", meeting, Dip.cameoCode.getURI(),
                        (Consumer<DatasetGraph>) ds -> ds.deleteAny(Node.ANY, uri(meeting), Dip.cameoCode.asNode(), Node.ANY)),
                Arguments.of("a report without evidence", report, Dip.evidence.getURI(),
                        (Consumer<DatasetGraph>) ds -> ds.deleteAny(Node.ANY, uri(report), Dip.evidence.asNode(), Node.ANY)),
                Arguments.of("a report of two events", report, Dip.reports.getURI(),
                        (Consumer<DatasetGraph>) ds -> addEverywhere(ds, report, Dip.reports.getURI(), uri(ID + "event/visit/kim-vladivostok-20230916"))),
                Arguments.of("an offset that is not an integer", report, Dip.beginOffset.getURI(),
                        (Consumer<DatasetGraph>) ds -> {
                            ds.deleteAny(Node.ANY, uri(report), Dip.beginOffset.asNode(), Node.ANY);
                            addEverywhere(ds, report, Dip.beginOffset.getURI(), NodeFactory.createLiteralString("236"));
                        }),
                Arguments.of("an article whose date is not an xsd:date", article, Dip.publicationDate.getURI(),
                        (Consumer<DatasetGraph>) ds -> {
                            ds.deleteAny(Node.ANY, uri(article), Dip.publicationDate.asNode(), Node.ANY);
                            addEverywhere(ds, article, Dip.publicationDate.getURI(), NodeFactory.createLiteralString("2023-09-17"));
                        }),
                Arguments.of("an article with no id", article, Dip.articleId.getURI(),
                        (Consumer<DatasetGraph>) ds -> ds.deleteAny(Node.ANY, uri(article), Dip.articleId.asNode(), Node.ANY)),
                Arguments.of("a person with no label", kim, RDFS.label.getURI(),
                        (Consumer<DatasetGraph>) ds -> ds.deleteAny(Node.ANY, uri(kim), RDFS.label.asNode(), Node.ANY)),
                Arguments.of("a link to something other than a Wikidata item", kim, OWL.sameAs.getURI(),
                        (Consumer<DatasetGraph>) ds -> addEverywhere(ds, kim, OWL.sameAs.getURI(), uri("http://dbpedia.org/resource/Kim_Jong_Un"))));
    }

    @ParameterizedTest(name = "{0} does not conform")
    @MethodSource("broken_data")
    void data_that_breaks_the_model_does_not_conform(String what, String focus, String path, Consumer<DatasetGraph> breakIt) {
        Dataset ds = world();
        breakIt.accept(ds.asDatasetGraph());
        ValidationReport report = validate(ds);
        assertFalse(report.conforms(), what + " passed validation");
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().equals(uri(focus))
                        && e.resultPath() != null && e.resultPath().toString().equals("<" + path + ">")),
                () -> what + ": expected a violation on <" + focus + "> at <" + path + ">, got:\n" + describe(report));
    }

    private static Set<String> declaredTerms() {
        Set<String> terms = new TreeSet<>();
        for (Resource type : TERM_TYPES) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(Dip.NS)) terms.add(r.getURI().substring(Dip.NS.length()));
            });
        }
        return terms;
    }

    private static Dataset world() {
        Dataset ds = DatasetFactory.create();
        RDFParser.source(VocabularySyncTest.class.getResource("/query/world.trig").toString()).lang(Lang.TRIG).parse(ds);
        return ds;
    }

    private static ValidationReport validate(Dataset ds) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
        Graph union = ds.asDatasetGraph().getUnionGraph();
        return ShaclValidator.get().validate(shapes, union);
    }

    /** Adds the triple to every graph that describes the subject, as re-ingesting a broken article would. */
    private static void addEverywhere(DatasetGraph ds, String subject, String predicate, Node object) {
        Set<Node> graphs = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        ds.find(Node.ANY, uri(subject), Node.ANY, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
        graphs.forEach(g -> ds.add(Quad.create(g, uri(subject), uri(predicate), object)));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String describe(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        for (ReportEntry e : report.getEntries()) {
            sb.append(e.focusNode()).append(' ').append(e.resultPath()).append(": ").append(e.message()).append('\n');
        }
        return sb.toString();
    }

}
