package org.diplograph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

class SyntheticGraphTest {
    private static final String COUNT = """
            PREFIX dip: <https://w3id.org/diplograph/ontology#>
            SELECT (COUNT(DISTINCT ?e) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(DISTINCT ?p) AS ?people)
            WHERE { VALUES ?type { dip:Meeting dip:Visit dip:PhoneCall } GRAPH ?g { ?e a ?type ; dip:participant ?p } }
            """;

    private static byte[] nquads(long seed, int events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticGraph(seed).writeNQuads(events, out);
        return out.toByteArray();
    }

    @Test
    void the_same_seed_writes_the_same_bytes_and_another_seed_does_not() {
        byte[] a = nquads(7, 30);
        assertEquals(new String(a), new String(nquads(7, 30)));
        assertTrue(!new String(a).equals(new String(nquads(8, 30))));
    }

    @Test
    void the_requested_number_of_linked_events_lands_in_one_graph_per_article() {
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, new ByteArrayInputStream(nquads(42, 100)), Lang.NQUADS);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(COUNT).build()) {
            var row = qe.execSelect().next();
            // Two random contacts may coincide in type, pair and day and so share an IRI: allow a handful.
            int events = row.getLiteral("n").getInt();
            assertTrue(events >= 95 && events <= 100, "events: " + events);
            assertEquals(34, row.getLiteral("graphs").getInt());
            assertTrue(row.getLiteral("people").getInt() > 20, "people: " + row.getLiteral("people"));
        }
        String linked = "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX dip: <https://w3id.org/diplograph/ontology#> "
                + "ASK { GRAPH ?g { ?e dip:participant ?p FILTER NOT EXISTS { ?p owl:sameAs ?q } } }";
        try (QueryExecution qe = QueryExecution.dataset(ds).query(linked).build()) {
            assertTrue(!qe.execAsk(), "every synthetic participant links to Wikidata");
        }
    }
}
