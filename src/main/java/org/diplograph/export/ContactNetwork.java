package org.diplograph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.rdf.Iris;

/**
 * The contact network the graph formats draw: parties as nodes, contacts as edges, read from the store with two
 * SELECTs ({@code export/contact-facts.rq}, {@code export/contact-entities.rq}) and the {@link ExportFilter}.
 * <p>
 * One edge stands for every kept event of one type between the same two parties; its weight is the number of
 * those events. Meetings and phone calls join every pair of participants and hosts, undirected, the pair in IRI
 * order. A visit goes from each visitor to each host and to the host country (the location when it is a country,
 * else the location's country, else the first host's country), and is marked directed.
 * Everything is sorted, so the same store always gives the same network.
 * <pre>
 * ContactNetwork net = Txn.calculateRead(dsg, () -&gt; ContactNetwork.read(dsg, ExportFilter.create().type("Visit")));
 * net.edges().forEach(e -&gt; System.out.println(e.source() + " -&gt; " + e.target() + " x" + e.weight()));
 * </pre>
 *
 * @param nodes  the parties of the kept events, sorted by IRI
 * @param edges  sorted by source, target and event type
 * @param events the kept events, sorted by IRI
 */
public record ContactNetwork(List<GraphNode> nodes, List<Edge> edges, List<ContactEvent> events) {
    private static final List<String> CLASS_ORDER = List.of("Person", "Country", "Place", "Organization");

    public ContactNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        events = List.copyOf(events);
    }

    /**
     * A party as a node.
     *
     * @param id      its IRI
     * @param label   its label
     * @param type    Person, Country, Place, Organization or Entity
     * @param country the label of its country, or null
     * @param qid     its Wikidata QID, or null
     */
    public record GraphNode(String id, String label, String type, String country, String qid) {}

    /**
     * The contacts of one type between two parties. Lists are sorted and without repeats.
     *
     * @param source    the first party's IRI (for a visit, the visitor)
     * @param target    the second party's IRI (for a visit, the host or host country)
     * @param eventType Meeting, Visit or PhoneCall
     * @param directed  true for visits
     * @param events    the event IRIs
     * @param dates     the lexical dates of the dated events
     * @param spans     the days those dates cover, overlapping ones joined
     * @param places    the labels of the events' locations
     * @param sources   the labels of the sources the events are attributed to
     * @param articles  the ids of the reporting articles
     */
    public record Edge(String source, String target, String eventType, boolean directed, List<String> events,
                       List<String> dates, List<DateSpan> spans, List<String> places, List<String> sources,
                       List<String> articles) {
        public Edge {
            events = List.copyOf(events);
            dates = List.copyOf(dates);
            spans = List.copyOf(spans);
            places = List.copyOf(places);
            sources = List.copyOf(sources);
            articles = List.copyOf(articles);
        }

        /** The number of events the edge stands for. */
        public int weight() {
            return events.size();
        }
    }

    /** Reads the network; the caller holds a read transaction on {@code dsg}. */
    public static ContactNetwork read(DatasetGraph dsg, ExportFilter filter) {
        Map<String, Party> parties = readParties(dsg);
        List<ContactEvent> kept = new ArrayList<>();
        for (ContactEvent e : readEvents(dsg)) {
            if (filter.test(e, iri -> party(parties, iri))) kept.add(e);
        }
        TreeMap<List<String>, EdgeBuilder> edges = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        SortedSet<String> nodeIris = new TreeSet<>();
        for (ContactEvent e : kept) {
            nodeIris.addAll(e.participants());
            nodeIris.addAll(e.hosts());
            for (String[] pair : contacts(e, parties)) {
                nodeIris.add(pair[1]);
                edges.computeIfAbsent(List.of(pair[0], pair[1], e.type()), k -> new EdgeBuilder()).add(e);
            }
        }
        List<GraphNode> nodes = new ArrayList<>();
        for (String iri : nodeIris) {
            Party p = party(parties, iri);
            String country = ExportFilter.countryOf(p);
            nodes.add(new GraphNode(iri, p.label(), p.type(), country == null ? null : party(parties, country).label(), p.qid()));
        }
        List<Edge> out = new ArrayList<>();
        edges.forEach((k, b) -> out.add(b.build(k.get(0), k.get(1), k.get(2), parties)));
        return new ContactNetwork(nodes, out, kept);
    }

    /** The (source, target) pairs one event contributes. */
    private static List<String[]> contacts(ContactEvent e, Map<String, Party> parties) {
        List<String[]> pairs = new ArrayList<>();
        if (e.type().equals("Visit")) {
            String hostCountry = hostCountry(e, parties);
            for (String visitor : e.participants()) {
                for (String host : e.hosts()) if (!host.equals(visitor)) pairs.add(new String[] {visitor, host});
                if (hostCountry != null && !hostCountry.equals(visitor)) pairs.add(new String[] {visitor, hostCountry});
            }
        } else {
            List<String> all = new ArrayList<>(new TreeSet<>(concat(e.participants(), e.hosts())));
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) pairs.add(new String[] {all.get(i), all.get(j)});
            }
        }
        return pairs;
    }

    private static String hostCountry(ContactEvent e, Map<String, Party> parties) {
        if (e.location() != null) {
            String c = ExportFilter.countryOf(party(parties, e.location()));
            if (c != null) return c;
        }
        for (String h : e.hosts()) {
            String c = ExportFilter.countryOf(party(parties, h));
            if (c != null) return c;
        }
        return null;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Party party(Map<String, Party> parties, String iri) {
        Party p = parties.get(iri);
        return p != null ? p : Party.bare(iri);
    }

    private static Map<String, Party> readParties(DatasetGraph dsg) {
        Map<String, Party> parties = new HashMap<>();
        ExportQueries.select("contact-entities", dsg, row -> {
            String iri = row.get("entity").getURI();
            String type = local(row.get(Var.alloc("class")));
            String label = text(row, "label");
            String item = text(row, "item");
            String qid = item == null ? null : item.substring(Iris.WIKIDATA.length());
            String country = text(row, "country");
            Party old = parties.get(iri);
            if (old != null) {
                type = CLASS_ORDER.indexOf(old.type()) <= CLASS_ORDER.indexOf(type) ? old.type() : type;
                label = least(old.label().equals(old.iri()) ? null : old.label(), label);
                qid = least(old.qid(), qid);
                country = least(old.country(), country);
            }
            parties.put(iri, new Party(iri, label == null ? iri : label, type, qid, country));
        });
        return parties;
    }

    private static List<ContactEvent> readEvents(DatasetGraph dsg) {
        TreeMap<String, EventBuilder> events = new TreeMap<>();
        ExportQueries.select("contact-facts", dsg, row -> {
            String iri = row.get("event").getURI();
            EventBuilder b = events.computeIfAbsent(iri, k -> new EventBuilder(row.get("type").getLiteralLexicalForm()));
            b.add(row.get("key").getLiteralLexicalForm(), row.get("value"));
        });
        List<ContactEvent> out = new ArrayList<>(events.size());
        events.forEach((iri, b) -> out.add(b.build(iri)));
        return out;
    }

    private static String text(Binding row, String var) {
        Node n = row.get(var);
        if (n == null) return null;
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }

    private static String local(Node classNode) {
        String uri = classNode.getURI();
        return uri.substring(uri.lastIndexOf('#') + 1);
    }

    private static String least(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Collects one event's facts from rows in any order; lists are sorted and deduplicated once, at the end. */
    private static final class EventBuilder {
        private final String type;
        private final List<String> participants = new ArrayList<>(2);
        private final List<String> hosts = new ArrayList<>(1);
        private final List<String> locations = new ArrayList<>(1);
        private final List<String> sources = new ArrayList<>(1);
        private final List<String> articles = new ArrayList<>(1);
        private String date;

        EventBuilder(String type) {
            this.type = type;
        }

        void add(String key, Node value) {
            String v = value.isURI() ? value.getURI() : value.isLiteral() ? value.getLiteralLexicalForm() : null;
            if (v == null) return;
            switch (key) {
                case "participant", "visitor" -> participants.add(v);
                case "host" -> hosts.add(v);
                case "location" -> locations.add(v);
                case "source" -> sources.add(v);
                case "article" -> articles.add(v);
                case "date" -> date = mostPrecise(date, v);
                default -> throw new ExportException("export/contact-facts.rq gave an unknown key: " + key);
            }
        }

        ContactEvent build(String iri) {
            List<String> location = sortedDistinct(locations);
            return new ContactEvent(iri, type, date, sortedDistinct(participants), sortedDistinct(hosts),
                    location.isEmpty() ? null : location.get(0), sortedDistinct(sources), sortedDistinct(articles));
        }

        private static List<String> sortedDistinct(List<String> values) {
            return values.stream().sorted().distinct().toList();
        }

        private static String mostPrecise(String best, String v) {
            if (best == null || v.length() > best.length()) return v;
            return v.length() == best.length() && v.compareTo(best) < 0 ? v : best;
        }
    }

    /** Collects the events behind one edge; holds only references, the lists are made once at the end. */
    private static final class EdgeBuilder {
        private final List<ContactEvent> events = new ArrayList<>(2);

        void add(ContactEvent e) {
            // Events arrive in IRI order, each once per edge.
            if (events.isEmpty() || events.get(events.size() - 1) != e) events.add(e);
        }

        Edge build(String source, String target, String type, Map<String, Party> parties) {
            TreeSet<String> dates = new TreeSet<>();
            List<DateSpan> spans = new ArrayList<>();
            TreeSet<String> places = new TreeSet<>();
            TreeSet<String> sources = new TreeSet<>();
            TreeSet<String> articles = new TreeSet<>();
            for (ContactEvent e : events) {
                if (e.date() != null) {
                    dates.add(e.date());
                    spans.add(e.span());
                }
                if (e.location() != null) places.add(party(parties, e.location()).label());
                e.sources().forEach(src -> sources.add(party(parties, src).label()));
                articles.addAll(e.articles());
            }
            return new Edge(source, target, type, type.equals("Visit"), events.stream().map(ContactEvent::iri).toList(),
                    List.copyOf(dates), DateSpan.merge(spans), List.copyOf(places), List.copyOf(sources), List.copyOf(articles));
        }
    }
}
