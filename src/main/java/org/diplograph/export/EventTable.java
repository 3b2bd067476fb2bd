package org.diplograph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.rdf.Dip;
import org.diplograph.rdf.Iris;

/**
 * Reads the happened contacts out of a graph (the union of article graphs) as {@link EventRow}s, sorted by
 * first article and event IRI so that the same store always gives the same table.
 */
public final class EventTable {
    private EventTable() {}

    public static List<EventRow> rows(Model m) {
        return rows(m, iri -> true);
    }

    /** The rows of the events whose IRI {@code keep} accepts. */
    public static List<EventRow> rows(Model m, Predicate<String> keep) {
        List<EventRow> rows = new ArrayList<>();
        Set<Resource> events = new LinkedHashSet<>();
        for (Resource type : List.of(Dip.Meeting, Dip.Visit, Dip.PhoneCall)) {
            m.listResourcesWithProperty(RDF.type, type).filterKeep(e -> keep.test(e.getURI())).forEachRemaining(events::add);
        }
        // Each property read in one scan of the store, not once per event: over the union of article graphs a lookup
        // per event and property costs millions of random index reads on a large store, a scan reads the index in order.
        Index ix = new Index(m);
        Map<String, Integer> firstIndex = new HashMap<>();
        Names names = new Names(ix);
        for (Resource e : events) {
            rows.add(row(ix, e, names));
            firstIndex.put(e.getURI(), firstEvidenceIndex(ix, e));
        }
        rows.sort(Comparator.comparing((EventRow r) -> r.articles().isEmpty() ? "" : r.articles().get(0))
                .thenComparing(r -> firstIndex.get(r.event()))
                .thenComparing(EventRow::event));
        return rows;
    }

    private static int firstEvidenceIndex(Index ix, Resource event) {
        int best = Integer.MAX_VALUE;
        for (Resource r : ix.reports(event)) {
            RDFNode n = ix.one(r, Dip.sentenceIndex);
            if (n != null) best = Math.min(best, n.asLiteral().getInt());
        }
        return best;
    }

    private static EventRow row(Index ix, Resource e, Names names) {
        List<RDFNode> types = ix.objects(e, RDF.type);
        String type = types.contains(Dip.Meeting) ? "Meeting" : types.contains(Dip.Visit) ? "Visit" : "PhoneCall";
        List<EventRow.Ref> participants = new ArrayList<>();
        for (RDFNode n : sorted(ix, e, Dip.participant, names)) participants.add(names.ref(n.asResource()));
        // Several articles may give an event different words or places: take the least, so the table is stable.
        RDFNode loc = least(ix, e, Dip.location);
        // An unlinked place is named as the article named it: "New York", not the gazetteer's "New York City".
        EventRow.Ref location = loc == null ? null : names.qid(loc.asResource()) == null
                ? new EventRow.Ref(names.shortLabel(loc.asResource()), null) : names.ref(loc.asResource());
        String date = mostPrecise(ix, e);
        RDFNode dt = least(ix, e, Dip.dateText);
        Set<String> reportedBy = new TreeSet<>();
        for (RDFNode n : sorted(ix, e, Dip.reportedBy, names)) reportedBy.add(names.shortLabel(n.asResource()));
        Set<String> articles = new TreeSet<>();
        List<String> evidence = new ArrayList<>();
        List<Resource> reports = new ArrayList<>(ix.reports(e));
        reports.sort(Comparator.comparing((Resource r) -> ix.one(r, Dip.inArticle) != null ? ix.one(r, Dip.inArticle).asResource().getURI() : "")
                .thenComparingInt(r -> ix.one(r, Dip.sentenceIndex) != null ? ix.one(r, Dip.sentenceIndex).asLiteral().getInt() : 0));
        for (Resource r : reports) {
            RDFNode a = ix.one(r, Dip.inArticle);
            RDFNode id = a == null ? null : ix.one(a.asResource(), Dip.articleId);
            if (id != null) articles.add(id.asLiteral().getString());
            RDFNode ev = ix.one(r, Dip.evidence);
            if (ev != null && !evidence.contains(ev.asLiteral().getString())) evidence.add(ev.asLiteral().getString());
        }
        return new EventRow(e.getURI(), type, participants, location, date, dt == null ? null : dt.asLiteral().getString(),
                new ArrayList<>(reportedBy), new ArrayList<>(articles), evidence);
    }

    private static RDFNode least(Index ix, Resource e, Property p) {
        return ix.objects(e, p).stream().min(Comparator.comparing(RDFNode::toString)).orElse(null);
    }

    private static String mostPrecise(Index ix, Resource e) {
        String best = null;
        for (RDFNode n : ix.objects(e, Dip.date)) {
            String v = n.asLiteral().getLexicalForm();
            if (best == null || v.length() > best.length() || v.length() == best.length() && v.compareTo(best) < 0) best = v;
        }
        return best;
    }

    private static List<RDFNode> sorted(Index ix, Resource e, Property p, Names names) {
        List<RDFNode> out = new ArrayList<>(ix.objects(e, p));
        out.sort(Comparator.comparing(n -> n.isURIResource() ? names.label(n.asResource()) : n.toString()));
        return out;
    }

    /** The statements of the properties the table reads, each property scanned once, by subject and by object. */
    private static final class Index {
        private static final List<Property> READ = List.of(RDF.type, Dip.participant, Dip.location, Dip.date, Dip.dateText,
                Dip.reportedBy, Dip.reports, Dip.inArticle, Dip.evidence, Dip.sentenceIndex, Dip.articleId, RDFS.label,
                SKOS.altLabel, OWL.sameAs);
        private final Map<Property, Map<Resource, List<RDFNode>>> bySubject = new HashMap<>();
        private final Map<Resource, List<Resource>> reporting = new HashMap<>();

        Index(Model m) {
            for (Property p : READ) {
                Map<Resource, List<RDFNode>> objects = new HashMap<>();
                m.listStatements(null, p, (RDFNode) null).forEachRemaining(st -> {
                    objects.computeIfAbsent(st.getSubject(), k -> new ArrayList<>(2)).add(st.getObject());
                    if (p.equals(Dip.reports) && st.getObject().isResource()) {
                        reporting.computeIfAbsent(st.getResource(), k -> new ArrayList<>(2)).add(st.getSubject());
                    }
                });
                bySubject.put(p, objects);
            }
        }

        List<RDFNode> objects(Resource s, Property p) {
            return bySubject.get(p).getOrDefault(s, List.of());
        }

        /** The least of the objects, so a value stated differently by two articles reads the same every time. */
        RDFNode one(Resource s, Property p) {
            List<RDFNode> all = objects(s, p);
            return all.size() == 1 ? all.get(0) : all.stream().min(Comparator.comparing(RDFNode::toString)).orElse(null);
        }

        /** The reports of an event. */
        List<Resource> reports(Resource event) {
            return reporting.getOrDefault(event, List.of());
        }
    }

    /** Labels and QIDs, read once per entity from the index. */
    private static final class Names {
        private final Index ix;
        private final Map<Resource, String> labels = new HashMap<>();
        private final Map<Resource, String> shortLabels = new HashMap<>();
        private final Map<Resource, Optional<String>> qids = new HashMap<>();

        Names(Index ix) {
            this.ix = ix;
        }

        String label(Resource r) {
            return labels.computeIfAbsent(r, x -> {
                String best = null;
                for (RDFNode n : ix.objects(x, RDFS.label)) {
                    String l = n.asLiteral().getString();
                    if (best == null || l.compareTo(best) < 0) best = l;
                }
                return best != null ? best : x.getURI();
            });
        }

        String shortLabel(Resource r) {
            return shortLabels.computeIfAbsent(r, x -> {
                String best = label(x);
                for (RDFNode n : ix.objects(x, SKOS.altLabel)) {
                    String l = n.asLiteral().getString();
                    if (l.length() < best.length()) best = l;
                }
                return best;
            });
        }

        String qid(Resource r) {
            return qids.computeIfAbsent(r, x -> {
                for (RDFNode n : ix.objects(x, OWL.sameAs)) {
                    if (n.isURIResource() && n.asResource().getURI().startsWith(Iris.WIKIDATA)) {
                        return Optional.of(n.asResource().getURI().substring(Iris.WIKIDATA.length()));
                    }
                }
                return Optional.empty();
            }).orElse(null);
        }

        EventRow.Ref ref(Resource r) {
            return new EventRow.Ref(label(r), qid(r));
        }
    }
}
