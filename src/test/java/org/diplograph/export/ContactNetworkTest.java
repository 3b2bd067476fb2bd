package org.diplograph.export;

import static org.diplograph.export.ExportFixture.KIM;
import static org.diplograph.export.ExportFixture.NORTH_KOREA;
import static org.diplograph.export.ExportFixture.PUTIN;
import static org.diplograph.export.ExportFixture.SHOIGU;
import static org.diplograph.export.ExportFixture.WANG;
import static org.diplograph.export.ExportFixture.XI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.diplograph.export.ContactNetwork.Edge;
import org.diplograph.export.ContactNetwork.GraphNode;
import org.junit.jupiter.api.Test;

class ContactNetworkTest {
    private static final Dataset STORE = ExportFixture.load();
    private static final String EV = ExportFixture.ID + "event/";

    private static List<String> edgeKeys(ContactNetwork net) {
        return net.edges().stream().map(e -> short_(e.source()) + (e.directed() ? " -> " : " -- ") + short_(e.target())
                + " " + e.eventType() + " x" + e.weight()).toList();
    }

    private static String short_(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static List<String> eventIris(ContactNetwork net) {
        return net.events().stream().map(e -> e.iri().substring(EV.length())).toList();
    }

    @Test
    void one_edge_per_pair_and_type_weighted_by_events_visits_directed_to_host_and_host_country() {
        ContactNetwork net = ExportFixture.network(STORE, ExportFilter.create());
        assertEquals(List.of(
                "Q15031 -- Q7747 PhoneCall x1",
                "Q15031 -- wang-yi Meeting x1",
                "Q32024 -> Q423 Visit x1",
                "Q32024 -- Q56226 Meeting x2",
                "Q32024 -> Q56226 Visit x1",
                "Q56226 -- Q7747 Meeting x1"), edgeKeys(net));
        assertEquals(List.of(XI, KIM, SHOIGU, PUTIN, NORTH_KOREA, WANG).stream().sorted().toList(),
                net.nodes().stream().map(GraphNode::id).toList());
    }

    @Test
    void planned_contacts_are_no_edges_and_their_parties_no_nodes() {
        ContactNetwork net = ExportFixture.network(STORE, ExportFilter.create());
        assertFalse(net.nodes().stream().anyMatch(n -> n.label().equals("Joe Biden")));
        assertEquals(List.of("meeting/m1", "meeting/m2", "meeting/m3", "meeting/m4", "phonecall/c1", "visit/v1"), eventIris(net));
    }

    @Test
    void edge_carries_dates_places_sources_and_articles_of_all_its_events() {
        Edge e = ExportFixture.network(STORE, ExportFilter.create()).edges().get(3);
        assertEquals(List.of(EV + "meeting/m1", EV + "meeting/m3"), e.events());
        assertEquals(List.of("2023-07-27", "2023-09-16"), e.dates());
        assertEquals(List.of("Pyongyang", "Vladivostok"), e.places());
        assertEquals(List.of("Korean Central News Agency"), e.sources());
        assertEquals(List.of("a1", "a3"), e.articles());
        assertEquals(List.of(new DateSpan(LocalDate.of(2023, 7, 27), LocalDate.of(2023, 7, 27)),
                new DateSpan(LocalDate.of(2023, 9, 16), LocalDate.of(2023, 9, 16))), e.spans());
    }

    @Test
    void nodes_carry_label_type_country_and_qid_with_reconciled_country_for_unlinked_person() {
        List<GraphNode> nodes = ExportFixture.network(STORE, ExportFilter.create()).nodes();
        assertTrue(nodes.contains(new GraphNode(KIM, "Kim Jong Un", "Person", "North Korea", "Q56226")));
        assertTrue(nodes.contains(new GraphNode(NORTH_KOREA, "North Korea", "Country", "North Korea", "Q423")));
        assertTrue(nodes.contains(new GraphNode(WANG, "Wang Yi", "Person", "China", null)));
    }

    @Test
    void month_and_year_dates_span_the_whole_period() {
        assertEquals(new DateSpan(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30)), DateSpan.of("2023-09"));
        assertEquals(new DateSpan(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), DateSpan.of("2024-02"));
        assertEquals(new DateSpan(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), DateSpan.of("2023"));
        assertEquals(List.of(new DateSpan(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30))),
                DateSpan.merge(List.of(DateSpan.of("2023-09-16"), DateSpan.of("2023-09"))));
    }

    @Test
    void date_filter_keeps_events_whose_whole_date_lies_in_the_period() {
        ContactNetwork net = ExportFixture.network(STORE, ExportFilter.create().from("2023-09").to("2023-09"));
        assertEquals(List.of("meeting/m1", "meeting/m2"), eventIris(net));
        assertEquals(List.of("meeting/m1", "meeting/m2", "meeting/m3", "phonecall/c1", "visit/v1"),
                eventIris(ExportFixture.network(STORE, ExportFilter.create().from("2023"))));
        assertEquals(List.of("meeting/m3", "visit/v1"),
                eventIris(ExportFixture.network(STORE, ExportFilter.create().to("2023-08-31"))));
    }

    @Test
    void country_filter_matches_affiliation_or_location_country_by_qid_or_label_in_any_case() {
        assertEquals(List.of("meeting/m4", "phonecall/c1"), eventIris(ExportFixture.network(STORE, ExportFilter.create().country("q148"))));
        assertEquals(List.of("meeting/m1", "meeting/m2", "meeting/m3", "phonecall/c1", "visit/v1"),
                eventIris(ExportFixture.network(STORE, ExportFilter.create().country("RUSSIA"))));
        assertEquals(List.of(), eventIris(ExportFixture.network(STORE, ExportFilter.create().country("United States"))));
    }

    @Test
    void person_filter_matches_qid_or_part_of_the_name_and_combines_with_type() {
        assertEquals(List.of("meeting/m1", "meeting/m3", "visit/v1"),
                eventIris(ExportFixture.network(STORE, ExportFilter.create().person("shoigu"))));
        assertEquals(List.of("visit/v1"),
                eventIris(ExportFixture.network(STORE, ExportFilter.create().person("Q56226").type("visit"))));
        assertEquals(List.of("Q32024 -> Q423 Visit x1", "Q32024 -> Q56226 Visit x1"),
                edgeKeys(ExportFixture.network(STORE, ExportFilter.create().type("Visit"))));
    }

    @Test
    void malformed_filter_values_are_named() {
        ExportException e = assertThrows(ExportException.class, () -> ExportFilter.create().type("Lunch"));
        assertEquals("Unknown event type for --type: Lunch (known: Meeting, Visit, PhoneCall)", e.getMessage());
        assertTrue(assertThrows(ExportException.class, () -> ExportFilter.create().from("Sept 2023")).getMessage().contains("'Sept 2023'"));
    }
}
