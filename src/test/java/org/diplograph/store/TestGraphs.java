package org.diplograph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Small article graphs and queries shared by the store tests. */
final class TestGraphs {

    static final String ID = "https://w3id.org/diplograph/id/";
    static final String DIP = "https://w3id.org/diplograph/ontology#";

    /** The prefixes {@link #model} declares before its Turtle. */
    static final String PREFIXES = """
            PREFIX dip: <https://w3id.org/diplograph/ontology#>
            PREFIX art: <https://w3id.org/diplograph/id/article/>
            PREFIX ev:  <https://w3id.org/diplograph/id/event/>
            PREFIX pe:  <https://w3id.org/diplograph/id/person/>
            PREFIX org: <https://w3id.org/diplograph/id/org/>
            PREFIX out: <https://w3id.org/diplograph/id/outlet/>
            PREFIX pl:  <https://w3id.org/diplograph/id/place/>
            PREFIX rep: <https://w3id.org/diplograph/id/report/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX wd:  <http://www.wikidata.org/entity/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private TestGraphs() {}

    /** An article graph from Turtle written with the {@link #PREFIXES}. */
    static Model model(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader(PREFIXES + turtle), null, "TTL");
        return m;
    }

    /** An article graph naming one person with a label. */
    static Model personGraph(String qid, String label) {
        Model model = ModelFactory.createDefaultModel();
        Resource person = model.createResource(ID + "person/" + qid);
        person.addProperty(RDF.type, model.createResource(DIP + "Person"));
        person.addProperty(RDFS.label, label, "en");
        return model;
    }

    static String articleIri(String id) {
        return ID + "article/" + id;
    }

    /** Subjects whose rdfs:label matches the Lucene query {@code words}, one row per index hit. */
    static List<String> textSearch(Dataset dataset, String words) {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?s WHERE { ?s text:query (rdfs:label ?words) }
                """;
        return Txn.calculateRead(dataset, () -> {
            List<String> subjects = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query)
                    .substitution("words", org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(words))
                    .build()) {
                exec.execSelect().forEachRemaining(row -> subjects.add(row.getResource("s").getURI()));
            }
            return subjects;
        });
    }
}
