package org.diplograph.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.diplograph.extract.Actor;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.EventType;
import org.diplograph.extract.Evidence;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Factuality;
import org.diplograph.extract.TimeValue;
import org.diplograph.link.Entity;
import org.diplograph.source.Article;

/**
 * Maps one article's {@link Extraction} to the triples of its named graph. Entities are resolved through the
 * given linker, so the same person gets the same IRI in every article.
 *
 * <pre>{@code
 * GraphMapper mapper = new GraphMapper(linker::link);
 * Model graph = mapper.map(extraction);
 * store.replaceGraph(Iris.article(extraction.article().id()), graph);
 * }</pre>
 */
public final class GraphMapper {
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String SF = "http://www.opengis.net/ont/sf#";

    private final BiFunction<Actor, LocalDate, Entity> linker;

    /** @param linker resolves an article's actor, on the article's date, to an entity */
    public GraphMapper(BiFunction<Actor, LocalDate, Entity> linker) {
        this.linker = linker;
    }

    public Model map(Extraction x) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dip", Dip.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("wd", Iris.WIKIDATA);
        m.setNsPrefix("schema", SchemaDO.NS);
        m.setNsPrefix("geo", GEO);
        Article a = x.article();
        Resource article = m.createResource(Iris.article(a.id()), Dip.Article)
                .addProperty(Dip.articleId, a.id())
                .addLiteral(Dip.publicationDate, m.createTypedLiteral(a.date().toString(), XSDDatatype.XSDdate));
        if (!a.title().isBlank()) article.addProperty(Dip.title, a.title());
        if (a.url() != null && !a.url().isBlank()) article.addProperty(Dip.url, m.createResource(a.url()));
        Map<Actor, Resource> cache = new HashMap<>();
        if (x.publisher() != null) {
            Resource pub = entity(m, new Actor(x.publisher().name(), EntityType.OUTLET, null, null), a.date(), cache);
            article.addProperty(Dip.publisher, pub);
        }
        int n = 0;
        for (EventMention e : x.events()) {
            List<String> participantIris = new ArrayList<>();
            List<Resource> participants = new ArrayList<>();
            for (Actor p : e.participants()) {
                Resource r = entity(m, p, a.date(), cache);
                if (!participants.contains(r)) {
                    participants.add(r);
                    participantIris.add(r.getURI());
                }
            }
            Resource location = e.location() == null ? null : entity(m, e.location(), a.date(), cache);
            String iri = Iris.event(e.type(), participantIris, location == null ? null : location.getURI(), e.date().value(), a.id());
            boolean happened = e.factuality() == Factuality.HAPPENED;
            if (!happened) iri = iri + "-" + e.factuality().name().toLowerCase(Locale.ROOT);
            Resource event = m.createResource(iri);
            if (happened) {
                event.addProperty(RDF.type, type(e.type()));
                event.addProperty(Dip.cameoCode, m.createResource(Iris.cameo(e.type().cameo())));
            } else {
                event.addProperty(RDF.type, Dip.UnrealisedContact);
                event.addProperty(Dip.contactType, e.type().label());
                event.addProperty(Dip.factuality, e.factuality().name().toLowerCase(Locale.ROOT));
            }
            for (Resource p : participants) {
                event.addProperty(Dip.participant, p);
                if (e.type() == EventType.VISIT) event.addProperty(Dip.visitor, p);
            }
            for (Actor h : e.hosts()) event.addProperty(Dip.host, entity(m, h, a.date(), cache));
            if (location != null) event.addProperty(Dip.location, location);
            TimeValue date = e.date();
            if (date.value() != null) event.addLiteral(Dip.date, dateLiteral(m, date.value()));
            if (date.text() != null) event.addProperty(Dip.dateText, date.text());
            List<Resource> sources = new ArrayList<>();
            for (Actor src : e.reportedBy()) {
                Resource r = entity(m, src, a.date(), cache);
                event.addProperty(Dip.reportedBy, r);
                sources.add(r);
            }
            // One Report per evidence sentence: each is its own statement, with its own offsets.
            for (Evidence ev : e.evidence()) {
                Resource report = m.createResource(Iris.report(a.id(), n++), Dip.Report)
                        .addProperty(Dip.reports, event)
                        .addProperty(Dip.inArticle, article)
                        .addProperty(Dip.evidence, ev.text())
                        .addLiteral(Dip.sentenceIndex, m.createTypedLiteral(ev.sentenceIndex(), XSDDatatype.XSDinteger))
                        .addLiteral(Dip.beginOffset, m.createTypedLiteral(ev.begin(), XSDDatatype.XSDinteger))
                        .addLiteral(Dip.endOffset, m.createTypedLiteral(ev.end(), XSDDatatype.XSDinteger));
                for (Resource src : sources) report.addProperty(Dip.attributedTo, src);
            }
        }
        return m;
    }

    private static Resource type(EventType t) {
        return switch (t) {
            case MEETING -> Dip.Meeting;
            case VISIT -> Dip.Visit;
            case PHONE_CALL -> Dip.PhoneCall;
        };
    }

    /** A day as xsd:date, a month as xsd:gYearMonth, a year as xsd:gYear. */
    public static Literal dateLiteral(Model m, String value) {
        XSDDatatype type = switch (value.length()) {
            case 10 -> XSDDatatype.XSDdate;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDgYear;
        };
        return m.createTypedLiteral(value, type);
    }

    private Resource entity(Model m, Actor actor, LocalDate date, Map<Actor, Resource> cache) {
        Resource cached = cache.get(actor);
        if (cached != null) return cached;
        Entity e = linker.apply(actor, date);
        EntityType type = actor.type() == EntityType.OUTLET ? EntityType.OUTLET : e.type();
        Entity keyed = new Entity(type, e.label(), e.qid(), e.countryQid(), e.lat(), e.lon());
        Resource r = m.createResource(Iris.entity(keyed), classOf(type)).addProperty(RDFS.label, e.label());
        if (type == EntityType.OUTLET) r.addProperty(RDF.type, Dip.Organization);
        if (e.qid() != null) {
            Resource wd = m.createResource(Iris.wikidata(e.qid()));
            r.addProperty(OWL.sameAs, wd).addProperty(SchemaDO.sameAs, wd);
        }
        if (type != EntityType.PERSON && !actor.name().equals(e.label())) {
            r.addProperty(SKOS.altLabel, actor.name());
        }
        if (actor.role() != null && type == EntityType.PERSON) r.addProperty(Dip.role, actor.role());
        if (actor.affiliation() != null && type == EntityType.PERSON) {
            r.addProperty(Dip.affiliation, entity(m, Actor.of(actor.affiliation(), EntityType.COUNTRY), date, cache));
        }
        if (type == EntityType.PLACE && e.countryQid() != null) {
            Resource country = m.createResource(Iris.entity(new Entity(EntityType.COUNTRY, e.countryQid(), e.countryQid(), null, null, null)), Dip.Country);
            country.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(e.countryQid())));
            r.addProperty(Dip.inCountry, country);
        }
        if (e.lat() != null) {
            Resource geom = m.createResource(r.getURI() + "/geometry", m.createResource(GEO + "Geometry"));
            geom.addProperty(RDF.type, m.createResource(SF + "Point"));
            geom.addLiteral(m.createProperty(GEO, "asWKT"),
                    m.createTypedLiteral(String.format(Locale.ROOT, "POINT(%s %s)", e.lon(), e.lat()), GEO + "wktLiteral"));
            r.addProperty(m.createProperty(GEO, "hasGeometry"), geom);
        }
        cache.put(actor, r);
        return r;
    }

    private static Resource classOf(EntityType t) {
        return switch (t) {
            case PERSON -> Dip.Person;
            case COUNTRY -> Dip.Country;
            case PLACE -> Dip.Place;
            case ORGANIZATION -> Dip.Organization;
            case OUTLET -> Dip.NewsOutlet;
        };
    }
}
