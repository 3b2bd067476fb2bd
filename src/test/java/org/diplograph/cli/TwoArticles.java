package org.diplograph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;
import org.diplograph.store.Store;
import picocli.CommandLine;

/**
 * A store of two small article graphs, written by hand in the shape ingestion gives (no CoreNLP). Its people, places
 * and organisations match items of the Wikidata stand-in ({@code src/test/resources/wikidata/stand-in.ttl}):
 * <ul>
 *   <li>a1: a meeting of Charles Michel (role), John Smith (of the United Kingdom, linked) and Ahmed Hassan (of
 *       Egypt, linked; role) in Uglegorsk; an unrealised call of Nadia Nobody;</li>
 *   <li>a2: Charles Michel's visit to Freedonia (unlinked country), hosted by Rufus Firefly (of Freedonia); Maria
 *       Oliveira (of Brazil, linked; role); the COUNCIL OF THE BALTIC SEA STATES; reported by the Baltic News Service
 *       (an outlet).</li>
 * </ul>
 * 13 entities, 3 of them linked (the three countries ingestion linked).
 */
final class TwoArticles {
    static final String A1 = Iris.article("a1");
    static final String A2 = Iris.article("a2");
    static final String ID = Iris.BASE;
    static final String MICHEL = ID + "person/charles-michel";
    static final String SMITH = ID + "person/john-smith";
    static final String HASSAN = ID + "person/ahmed-hassan";
    static final String NOBODY = ID + "person/nadia-nobody";
    static final String FIREFLY = ID + "person/rufus-firefly";
    static final String OLIVEIRA = ID + "person/maria-oliveira";
    static final String UGLEGORSK = ID + "place/uglegorsk";
    static final String FREEDONIA = ID + "country/freedonia";
    static final String CBSS = ID + "org/council-of-the-baltic-sea-states";
    static final String BNS = ID + "outlet/baltic-news-service";

    private TwoArticles() {}

    /** Writes both graphs into the store in {@code dir}. */
    static void write(Path dir) {
        try (Store store = Store.open(dir, null)) {
            store.replaceGraph(A1, a1());
            store.replaceGraph(A2, a2());
        }
    }

    static Model a1() {
        Model m = ModelFactory.createDefaultModel();
        Resource article = article(m, "a1", "2023-06-01");
        Resource michel = person(m, MICHEL, "Charles Michel").addProperty(Dip.role, "president of the European Council");
        Resource smith = person(m, SMITH, "John Smith").addProperty(Dip.affiliation, linkedCountry(m, "Q145", "United Kingdom"));
        Resource hassan = person(m, HASSAN, "Ahmed Hassan").addProperty(Dip.role, "minister")
                .addProperty(Dip.affiliation, linkedCountry(m, "Q79", "Egypt"));
        Resource nobody = person(m, NOBODY, "Nadia Nobody");
        Resource uglegorsk = m.createResource(UGLEGORSK, Dip.Place).addProperty(RDFS.label, "Uglegorsk");
        Resource meeting = m.createResource(ID + "event/meeting/a1", Dip.Meeting)
                .addProperty(Dip.participant, michel).addProperty(Dip.participant, smith).addProperty(Dip.participant, hassan)
                .addProperty(Dip.location, uglegorsk)
                .addProperty(Dip.date, m.createTypedLiteral("2023-05-31", XSDDatatype.XSDdate));
        report(m, article, meeting, "a1", 0);
        m.createResource(ID + "event/phonecall/a1-planned", Dip.UnrealisedContact)
                .addProperty(Dip.contactType, "PhoneCall").addProperty(Dip.factuality, "planned")
                .addProperty(Dip.participant, nobody).addProperty(Dip.participant, michel);
        return m;
    }

    static Model a2() {
        Model m = ModelFactory.createDefaultModel();
        Resource article = article(m, "a2", "2023-07-02");
        Resource bns = m.createResource(BNS, Dip.NewsOutlet).addProperty(RDF.type, Dip.Organization)
                .addProperty(RDFS.label, "Baltic News Service");
        article.addProperty(Dip.publisher, bns);
        Resource freedonia = m.createResource(FREEDONIA, Dip.Country).addProperty(RDFS.label, "Freedonia");
        Resource michel = person(m, MICHEL, "Charles Michel");
        Resource firefly = person(m, FIREFLY, "Rufus Firefly").addProperty(Dip.affiliation, freedonia);
        person(m, OLIVEIRA, "Maria Oliveira").addProperty(Dip.role, "foreign minister")
                .addProperty(Dip.affiliation, linkedCountry(m, "Q155", "Brazil"));
        m.createResource(CBSS, Dip.Organization).addProperty(RDFS.label, "COUNCIL OF THE BALTIC SEA STATES");
        Resource visit = m.createResource(ID + "event/visit/a2", Dip.Visit)
                .addProperty(Dip.participant, michel).addProperty(Dip.visitor, michel).addProperty(Dip.host, firefly)
                .addProperty(Dip.location, freedonia).addProperty(Dip.reportedBy, bns)
                .addProperty(Dip.date, m.createTypedLiteral("2023-07", XSDDatatype.XSDgYearMonth));
        report(m, article, visit, "a2", 0);
        return m;
    }

    private static Resource article(Model m, String id, String date) {
        return m.createResource(Iris.article(id), Dip.Article).addProperty(Dip.articleId, id)
                .addProperty(Dip.title, "Article " + id)
                .addProperty(Dip.publicationDate, m.createTypedLiteral(date, XSDDatatype.XSDdate));
    }

    private static Resource person(Model m, String iri, String label) {
        return m.createResource(iri, Dip.Person).addProperty(RDFS.label, label);
    }

    private static Resource linkedCountry(Model m, String qid, String label) {
        Resource wd = m.createResource(Iris.wikidata(qid));
        return m.createResource(ID + "country/" + qid, Dip.Country).addProperty(RDFS.label, label)
                .addProperty(OWL.sameAs, wd).addProperty(SchemaDO.sameAs, wd);
    }

    private static void report(Model m, Resource article, Resource event, String id, int n) {
        m.createResource(Iris.report(id, n), Dip.Report).addProperty(Dip.reports, event).addProperty(Dip.inArticle, article)
                .addProperty(Dip.evidence, "A sentence.");
    }
}
