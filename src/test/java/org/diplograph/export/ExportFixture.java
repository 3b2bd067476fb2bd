package org.diplograph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** The export fixture ({@code src/test/resources/export/contacts.trig}) in in-memory TDB2 stores set up like the real one. */
final class ExportFixture {
    static final String ID = "https://w3id.org/diplograph/id/";
    static final String KIM = ID + "person/Q56226";
    static final String SHOIGU = ID + "person/Q32024";
    static final String PUTIN = ID + "person/Q7747";
    static final String XI = ID + "person/Q15031";
    static final String WANG = ID + "person/wang-yi";
    static final String NORTH_KOREA = ID + "country/Q423";

    private ExportFixture() {}

    /** The fixture, parsed straight into TDB2. */
    static Dataset load() {
        return load(false);
    }

    /** The fixture with its graphs and quads added in reverse order, so TDB2 numbers its nodes differently. */
    static Dataset loadReversed() {
        return load(true);
    }

    private static Dataset load(boolean reversed) {
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.source(ExportFixture.class.getResource("/export/contacts.trig").toString()).lang(Lang.TRIG).parse(parsed);
        List<Quad> quads = new ArrayList<>(Iter.toList(parsed.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
        if (reversed) Collections.reverse(quads);
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> quads.forEach(ds.asDatasetGraph()::add));
        return ds;
    }

    /** One export into memory, as text. */
    static String export(Dataset ds, Exporter.Format format, ExportFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(ds, () -> {
            try {
                Exporter.write(ds, format, filter, Exporter.Target.of(out));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    static ContactNetwork network(Dataset ds, ExportFilter filter) {
        return Txn.calculateRead(ds, () -> ContactNetwork.read(ds.asDatasetGraph(), filter));
    }
}
