package org.diplograph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SchemaDO;
import org.diplograph.rdf.Dip;

/**
 * Links found after ingestion, kept in a named graph of their own,
 * {@value #GRAPH}. Ingestion replaces article graphs and never touches this one, so re-ingesting an article keeps
 * its entities' links; the union default graph shows them to every query beside the article's triples. It also
 * reads what the store knows about an entity that helps to link it.
 *
 * <pre>{@code
 * Reconciliation rec = Reconciliation.of(store);
 * rec.facts(personIri).affiliations();    // wikidata item IRIs of the person's countries
 * rec.record(Map.of(personIri, "http://www.wikidata.org/entity/Q900000001"));
 * }</pre>
 */
public final class Reconciliation {

    /** The named graph holding links made by {@code diplograph link}. */
    public static final String GRAPH = org.diplograph.rdf.Iris.RECONCILIATION_GRAPH;

    private static final Node GRAPH_NODE = NodeFactory.createURI(GRAPH);

    private final Store store;

    private Reconciliation(Store store) {
        this.store = store;
    }

    public static Reconciliation of(Store store) {
        return new Reconciliation(Objects.requireNonNull(store, "store"));
    }

    /**
     * What the store says about an entity that helps to pick its Wikidata item.
     *
     * @param affiliations the owl:sameAs targets of the countries it is dip:affiliation with
     * @param affiliationIris the IRIs of those countries in the store, linked or not
     * @param hasRole true when an article gives it a dip:role
     */
    public record Facts(List<String> affiliations, List<String> affiliationIris, boolean hasRole) {
        public Facts {
            affiliations = List.copyOf(affiliations);
            affiliationIris = List.copyOf(affiliationIris);
        }
    }

    /** The facts of {@code entityIri} over all graphs. */
    public Facts facts(String entityIri) {
        Node entity = NodeFactory.createURI(entityIri);
        return Txn.calculateRead(store.dataset(), () -> {
            Graph union = store.dataset().asDatasetGraph().getUnionGraph();
            List<String> items = new ArrayList<>();
            List<String> countries = new ArrayList<>();
            union.find(entity, Dip.affiliation.asNode(), Node.ANY).forEach(t -> {
                Node country = t.getObject();
                if (!country.isURI() || countries.contains(country.getURI())) return;
                countries.add(country.getURI());
                union.find(country, OWL.sameAs.asNode(), Node.ANY).forEach(s -> {
                    if (s.getObject().isURI() && !items.contains(s.getObject().getURI())) items.add(s.getObject().getURI());
                });
            });
            boolean role = union.contains(entity, Dip.role.asNode(), Node.ANY);
            return new Facts(items, countries, role);
        });
    }

    /**
     * Adds {@code entity owl:sameAs item} and {@code entity schema:sameAs item} to {@value #GRAPH} for each entry, in
     * one write transaction.
     *
     * @param links entity IRI → item IRI ({@code http://www.wikidata.org/entity/Q…})
     * @return how many entities gained a link they did not have in that graph
     */
    public int record(Map<String, String> links) {
        links.forEach((entity, item) -> {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(item, () -> "item for " + entity);
        });
        return Txn.calculateWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            int added = 0;
            for (Map.Entry<String, String> link : links.entrySet()) {
                Node entity = NodeFactory.createURI(link.getKey());
                Node item = NodeFactory.createURI(link.getValue());
                if (!dsg.contains(GRAPH_NODE, entity, OWL.sameAs.asNode(), item)) added++;
                dsg.add(GRAPH_NODE, entity, OWL.sameAs.asNode(), item);
                dsg.add(GRAPH_NODE, entity, SchemaDO.sameAs.asNode(), item);
            }
            return added;
        });
    }

    /** A copy of the links graph. */
    public Model graph() {
        return Txn.calculateRead(store.dataset(), () -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(store.dataset().getNamedModel(GRAPH));
            return copy;
        });
    }
}
