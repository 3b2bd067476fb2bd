package org.diplograph.link.wikidata;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A local Fuseki on a free loopback port serving {@code src/test/resources/wikidata/stand-in.ttl} read-only as
 * {@code /wikidata}: the Wikidata endpoint of the tests.
 */
public final class StandIn implements AutoCloseable {

    /** The SERVICE IRI the enrich-*.rq queries name, which tests point at the stand-in instead. */
    public static final String WIKIDATA_SPARQL = "https://query.wikidata.org/sparql";

    private final FusekiServer server;

    private StandIn(FusekiServer server) {
        this.server = server;
    }

    public static StandIn start() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, StandIn.class.getResource("/wikidata/stand-in.ttl").toString());
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/wikidata", dsg, false).build().start();
        return new StandIn(server);
    }

    /** The SPARQL endpoint URL, {@code http://localhost:PORT/wikidata/sparql}. */
    public String endpoint() {
        return "http://localhost:" + server.getHttpPort() + "/wikidata/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
