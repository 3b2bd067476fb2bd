package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.assembler.DatasetAssemblerVocab;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreConfigTest {

    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT = "http://jena.apache.org/text#";
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";

    @TempDir
    Path dir;

    @Test
    void packaged_config_points_its_three_paths_into_the_store_directory() {
        Model config = StoreConfig.load(null, StoreLayout.of(dir));

        assertEquals(List.of(absolute("tdb2")), objects(config, TDB2, "location"));
        assertEquals(List.of(absolute("text")), objects(config, TEXT, "directory"));
        assertEquals(List.of(absolute("passwd")), objects(config, FUSEKI, "passwd"));
    }

    @Test
    void top_level_config_file_is_the_packaged_one() throws Exception {
        Path topLevel = Path.of("fuseki-config.ttl");
        if (Files.exists(topLevel)) {
            Model packaged = StoreConfig.load(null, StoreLayout.of(dir));
            Model file = StoreConfig.load(topLevel, StoreLayout.of(dir));

            assertTrue(packaged.isIsomorphicWith(file));
        }
    }

    @Test
    void served_dataset_counts_writes_to_a_text_index_over_tdb2_with_the_union_default_graph() {
        Model config = StoreConfig.load(null, StoreLayout.of(dir));

        Resource counted = StoreConfig.dataset(config);

        assertTrue(counted.hasProperty(RDF.type, CountingDataset.TYPE));
        Resource dataset = counted.getPropertyResourceValue(DatasetAssemblerVocab.pDataset);
        assertTrue(dataset.hasProperty(RDF.type, ResourceFactory.createResource(TEXT + "TextDataset")));
        Resource tdb2 = dataset.getPropertyResourceValue(ResourceFactory.createProperty(TEXT, "dataset"));
        assertTrue(tdb2.hasProperty(RDF.type, ResourceFactory.createResource(TDB2 + "DatasetTDB2")));
        assertTrue(tdb2.hasLiteral(ResourceFactory.createProperty(TDB2, "unionDefaultGraph"), true));
    }

    @Test
    void missing_config_file_is_named() {
        Path missing = dir.resolve("nowhere.ttl");

        StoreException e = assertThrows(StoreException.class, () -> StoreConfig.load(missing, StoreLayout.of(dir)));

        assertEquals("Config file not found: " + missing, e.getMessage());
    }

    @Test
    void config_with_two_databases_is_refused() throws Exception {
        Path config = dir.resolve("two.ttl");
        Files.writeString(config, """
                PREFIX tdb2: <http://jena.apache.org/2016/tdb#>
                <http://example.org/a> tdb2:location "one" .
                <http://example.org/b> tdb2:location "two" .
                """);

        StoreException e = assertThrows(StoreException.class, () -> StoreConfig.load(config, StoreLayout.of(dir)));

        assertEquals("Config " + config + " has 2 location values; a store directory holds one of each", e.getMessage());
    }

    @Test
    void config_without_the_diplomacy_service_is_refused() throws Exception {
        Path config = dir.resolve("empty.ttl");
        Files.writeString(config, "<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n");

        StoreException e = assertThrows(StoreException.class,
                () -> StoreConfig.dataset(StoreConfig.load(config, StoreLayout.of(dir))));

        assertEquals("Config has 0 services named \"diplomacy\"; expected exactly one", e.getMessage());
    }

    private String absolute(String part) {
        return dir.resolve(part).toAbsolutePath().normalize().toString();
    }

    private static List<String> objects(Model config, String namespace, String local) {
        Property property = ResourceFactory.createProperty(namespace, local);
        return config.listObjectsOfProperty(property).mapWith(RDFNode::asLiteral).mapWith(l -> l.getLexicalForm()).toList();
    }
}
