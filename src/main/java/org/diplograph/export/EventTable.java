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
        Map<String, Integer> firstIndex = new HashMap<>();
        Names names = new Names();
        for (Resource e : events) {
            rows.add(row(m, e, names));
            firstIndex.put(e.getURI(), firstEvidenceIndex(m, e.getURI()));
        }
        // Keys looked up once per event: a lookup per comparison costs millions of store reads on a large store.
        rows.sort(Comparator.comparing((EventRow r) -> r.articles().isEmpty() ? "" : r.articles().get(0))
                .thenComparing(r -> firstIndex.get(r.event()))
                .thenComparing(EventRow::event));
        return rows;
    }

    private static int firstEvidenceIndex(Model m, String event) {
        int best = Integer.MAX_VALUE;
        for (Resource r : m.listSubjectsWithProperty(Dip.reports, m.createResource(event)).toList()) {
            Statement s = r.getProperty(Dip.sentenceIndex);
            if (s != null) best = Math.min(best, s.getInt());
        }
        return best;
    }

    private static EventRow row(Model m, Resource e, Names names) {
        String type = e.hasProperty(RDF.type, Dip.Meeting) ? "Meeting" : e.hasProperty(RDF.type, Dip.Visit) ? "Visit" : "PhoneCall";
        List<EventRow.Ref> participants = new ArrayList<>();
        for (RDFNode n : sorted(m, e, Dip.participant, names)) participants.add(names.ref(n.asResource()));
        // Several articles may give an event different words or places: take the least, so the table is stable.
        Statement loc = least(e, Dip.location);
        // An unlinked place is named as the article named it: "New York", not the gazetteer's "New York City".
        EventRow.Ref location = loc == null ? null : names.qid(loc.getResource()) == null
                ? new EventRow.Ref(names.shortLabel(loc.getResource()), null) : names.ref(loc.getResource());
        String date = e.hasProperty(Dip.date) ? mostPrecise(m, e) : null;
        Statement dt = least(e, Dip.dateText);
        Set<String> reportedBy = new TreeSet<>();
        for (RDFNode n : sorted(m, e, Dip.reportedBy, names)) reportedBy.add(names.shortLabel(n.asResource()));
        Set<String> articles = new TreeSet<>();
        List<String> evidence = new ArrayList<>();
        List<Resource> reports = m.listSubjectsWithProperty(Dip.reports, e).toList();
        reports.sort(Comparator.comparing((Resource r) -> r.hasProperty(Dip.inArticle) ? r.getPropertyResourceValue(Dip.inArticle).getURI() : "")
                .thenComparingInt(r -> r.hasProperty(Dip.sentenceIndex) ? r.getProperty(Dip.sentenceIndex).getInt() : 0));
        for (Resource r : reports) {
            Statement a = r.getProperty(Dip.inArticle);
            if (a != null && a.getResource().hasProperty(Dip.articleId)) articles.add(a.getResource().getProperty(Dip.articleId).getString());
            Statement ev = r.getProperty(Dip.evidence);
            if (ev != null && !evidence.contains(ev.getString())) evidence.add(ev.getString());
        }
        return new EventRow(e.getURI(), type, participants, location, date, dt == null ? null : dt.getString(),
                new ArrayList<>(reportedBy), new ArrayList<>(articles), evidence);
    }

    private static Statement least(Resource e, org.apache.jena.rdf.model.Property p) {
        return e.listProperties(p).toList().stream().min(Comparator.comparing(st -> st.getObject().toString())).orElse(null);
    }

    private static String mostPrecise(Model m, Resource e) {
        String best = null;
        for (Statement s : e.listProperties(Dip.date).toList()) {
            String v = s.getLiteral().getLexicalForm();
            if (best == null || v.length() > best.length() || v.length() == best.length() && v.compareTo(best) < 0) best = v;
        }
        return best;
    }

    private static List<RDFNode> sorted(Model m, Resource e, org.apache.jena.rdf.model.Property p, Names names) {
        List<RDFNode> out = new ArrayList<>(m.listObjectsOfProperty(e, p).toList());
        out.sort(Comparator.comparing(n -> n.isURIResource() ? names.label(n.asResource()) : n.toString()));
        return out;
    }

    static EventRow.Ref ref(Resource r) {
        return new EventRow.Ref(label(r), qid(r));
    }

    static String label(Resource r) {
        String best = null;
        for (Statement s : r.listProperties(RDFS.label).toList()) {
            String l = s.getString();
            if (best == null || l.compareTo(best) < 0) best = l;
        }
        return best != null ? best : r.getURI();
    }

    /** Sources are cited by their shortest name: "KCNA" rather than "Korean Central News Agency". */
    static String shortLabel(Resource r) {
        String best = label(r);
        for (Statement s : r.listProperties(SKOS.altLabel).toList()) {
            String l = s.getString();
            if (l.length() < best.length()) best = l;
        }
        return best;
    }

    static String qid(Resource r) {
        for (Statement s : r.listProperties(OWL.sameAs).toList()) {
            if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(Iris.WIKIDATA)) {
                return s.getResource().getURI().substring(Iris.WIKIDATA.length());
            }
        }
        return null;
    }

    /**
     * Labels and QIDs, read once per entity: over the union graph a much-reported person's label is read from every
     * article graph that names them, which per event would cost millions of reads on a large store.
     */
    private static final class Names {
        private final Map<Resource, String> labels = new HashMap<>();
        private final Map<Resource, String> shortLabels = new HashMap<>();
        private final Map<Resource, Optional<String>> qids = new HashMap<>();

        String label(Resource r) {
            return labels.computeIfAbsent(r, EventTable::label);
        }

        String shortLabel(Resource r) {
            return shortLabels.computeIfAbsent(r, EventTable::shortLabel);
        }

        String qid(Resource r) {
            return qids.computeIfAbsent(r, x -> Optional.ofNullable(EventTable.qid(x))).orElse(null);
        }

        EventRow.Ref ref(Resource r) {
            return new EventRow.Ref(label(r), qid(r));
        }
    }
}
