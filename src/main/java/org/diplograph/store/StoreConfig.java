package org.diplograph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.assembler.DatasetAssemblerVocab;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads {@code fuseki-config.ttl} and points it at one store directory. The config names its
 * paths relative to the working directory ({@code data/tdb2}, {@code data/text},
 * {@code data/passwd}); this is the one place where they are rewritten to a {@link StoreLayout},
 * so the local {@link Store} and the server open the very same dataset.
 *
 * <pre>{@code
 * Model config = StoreConfig.load(null, StoreLayout.of(Path.of("/srv/diplograph")));
 * Resource dataset = StoreConfig.dataset(config);
 * }</pre>
 */
public final class StoreConfig {

    /** The name of the Fuseki service (the dataset's URL path) Diplograph serves and writes to. */
    public static final String SERVICE_NAME = "diplomacy";

    /** The classpath resource holding the packaged configuration. */
    public static final String PACKAGED_CONFIG = "fuseki-config.ttl";

    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final Property TDB2_LOCATION = property("http://jena.apache.org/2016/tdb#", "location");
    private static final Property TEXT_DIRECTORY = property("http://jena.apache.org/text#", "directory");
    private static final Property FUSEKI_PASSWD = property(FUSEKI, "passwd");
    private static final Property FUSEKI_NAME = property(FUSEKI, "name");
    private static final Property FUSEKI_DATASET = property(FUSEKI, "dataset");
    private static final Resource FUSEKI_SERVICE = ResourceFactory.createResource(FUSEKI + "Service");

    private StoreConfig() {}

    /**
     * Reads the configuration and rewrites its paths to {@code layout}.
     *
     * @param configFile the config file, or null for the packaged {@code fuseki-config.ttl}
     */
    public static Model load(Path configFile, StoreLayout layout) {
        Model config = configFile == null ? readPackaged() : read(configFile);
        rewritePaths(config, layout, configFile == null ? PACKAGED_CONFIG : configFile.toString());
        countWrites(config);
        return config;
    }

    /** The dataset description served as {@value #SERVICE_NAME}, ready for the assembler. */
    public static Resource dataset(Model config) {
        List<Resource> services = config.listSubjectsWithProperty(RDF.type, FUSEKI_SERVICE)
                .filterKeep(service -> service.hasLiteral(FUSEKI_NAME, SERVICE_NAME)
                        || service.hasLiteral(FUSEKI_NAME, "/" + SERVICE_NAME))
                .toList();
        if (services.size() != 1) {
            throw new StoreException("Config has " + services.size() + " services named \"" + SERVICE_NAME
                    + "\"; expected exactly one");
        }
        Statement dataset = services.get(0).getProperty(FUSEKI_DATASET);
        if (dataset == null || !dataset.getObject().isResource()) {
            throw new StoreException("Config service \"" + SERVICE_NAME + "\" has no fuseki:dataset");
        }
        return dataset.getResource();
    }

    // Whatever the config says, writes to the served dataset go through CountingDataset, so its counts never go stale.
    private static void countWrites(Model config) {
        CountingDataset.registerAssembler();
        List<Statement> served = config.listSubjectsWithProperty(RDF.type, FUSEKI_SERVICE)
                .filterKeep(service -> service.hasLiteral(FUSEKI_NAME, SERVICE_NAME) || service.hasLiteral(FUSEKI_NAME, "/" + SERVICE_NAME))
                .mapWith(service -> service.getProperty(FUSEKI_DATASET))
                .filterKeep(st -> st != null && st.getObject().isResource())
                .toList();
        for (Statement st : served) {
            Resource dataset = st.getResource();
            if (dataset.hasProperty(RDF.type, CountingDataset.TYPE)) continue;
            st.changeObject(config.createResource()
                    .addProperty(RDF.type, CountingDataset.TYPE)
                    .addProperty(DatasetAssemblerVocab.pDataset, dataset));
        }
    }

    private static Model readPackaged() {
        try (InputStream in = StoreConfig.class.getClassLoader().getResourceAsStream(PACKAGED_CONFIG)) {
            if (in == null) {
                throw new StoreException("Packaged " + PACKAGED_CONFIG + " is missing from the classpath");
            }
            Model config = ModelFactory.createDefaultModel();
            RDFDataMgr.read(config, in, Lang.TURTLE);
            return config;
        } catch (IOException | RiotException e) {
            throw new StoreException("Cannot read packaged " + PACKAGED_CONFIG + ": " + e.getMessage(), e);
        }
    }

    private static Model read(Path configFile) {
        if (!Files.isRegularFile(configFile)) {
            throw new StoreException("Config file not found: " + configFile);
        }
        try {
            return RDFDataMgr.loadModel(configFile.toString(), Lang.TURTLE);
        } catch (RiotException e) {
            throw new StoreException("Cannot read config " + configFile + ": " + e.getMessage(), e);
        }
    }

    private static void rewritePaths(Model config, StoreLayout layout, String source) {
        rewrite(config, TDB2_LOCATION, layout.tdb2(), source);
        rewrite(config, TEXT_DIRECTORY, layout.text(), source);
        rewrite(config, FUSEKI_PASSWD, layout.passwd(), source);
    }

    // Absolute paths, so neither Fuseki nor the assembler depends on the working directory.
    private static void rewrite(Model config, Property property, Path target, String source) {
        List<Statement> uses = config.listStatements(null, property, (RDFNode) null).toList();
        if (uses.size() > 1) {
            throw new StoreException("Config " + source + " has " + uses.size() + " " + property.getLocalName()
                    + " values; a store directory holds one of each");
        }
        Literal path = config.createLiteral(target.toAbsolutePath().normalize().toString());
        for (Statement use : uses) {
            use.changeObject(path);
        }
    }

    private static Property property(String namespace, String local) {
        return ResourceFactory.createProperty(namespace, local);
    }
}
