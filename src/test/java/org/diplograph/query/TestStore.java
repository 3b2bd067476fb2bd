package org.diplograph.query;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.store.CountingDataset;

/** In-memory TDB2 datasets set up like the real store (union default graph, counts kept), loaded from test fixtures. */
final class TestStore {
    static final String ID = "https://w3id.org/diplograph/id/";
    static final NamedQueries QUERIES = NamedQueries.fromDirectory(Path.of("queries"));

    private TestStore() {}

    /** A fresh dataset holding the given fixtures from {@code src/test/resources/query/}. */
    static Dataset load(String... fixtures) {
        Dataset tdb2 = TDB2Factory.createDataset();
        tdb2.getContext().set(TDB2.symUnionDefaultGraph, true);
        Dataset ds = DatasetFactory.wrap(CountingDataset.wrap(tdb2.asDatasetGraph()));
        Txn.executeWrite(ds, () -> {
            for (String f : fixtures) {
                RDFParser.source(TestStore.class.getResource("/query/" + f).toString()).lang(Lang.TRIG).parse(ds);
            }
        });
        return ds;
    }

    static QueryResult run(Dataset ds, String query, String... params) {
        return QueryRunner.run(QUERIES.get(query), params(params), ds);
    }

    /** name, value, name, value, ... as a map. */
    static Map<String, String> params(String... nameValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) m.put(nameValue[i], nameValue[i + 1]);
        return m;
    }

    /** column, value, column, value, ... as an expected text row; null values are left out, like unbound columns. */
    static Map<String, String> row(String... columnValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < columnValue.length; i += 2) {
            if (columnValue[i + 1] != null) m.put(columnValue[i], columnValue[i + 1]);
        }
        return m;
    }
}
