package org.diplograph.query;

import static org.diplograph.query.TestStore.load;
import static org.diplograph.query.TestStore.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResultFormatTest {
    private static Dataset world;

    @BeforeAll
    static void loadWorld() {
        world = load("world.trig");
    }

    @Test
    void csv_is_sparql_csv_with_plain_values_and_empty_cells_for_missing_ones() {
        String csv = write(ResultFormat.CSV, run(world, "unrealised-contacts"));
        assertEquals("event,contactType,factuality,date,dateText,participants,location,articles\r\n"
                + "https://w3id.org/diplograph/id/event/unrealised/kim-moscow-planned,Visit,planned,,"
                + "at an early convenient time,Kim Jong Un,Moscow,a2-lavrov-pyongyang\r\n", csv);
    }

    @Test
    void csv_quotes_values_holding_commas_and_quotes() {
        String csv = write(ResultFormat.CSV, run(world, "who-reported", "event", "meeting/kim-shoigu-20230916"));
        assertTrue(csv.contains(",\"North Korean leader Kim Jong Un discussed \"\"practical issues\"\" related to"), csv);
    }

    @Test
    void json_reads_back_as_the_same_rows() {
        QueryResult result = run(world, "meetings-of-person", "person", "Q56226");
        String json = write(ResultFormat.JSON, result);
        ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        assertEquals(result.columns(), back.getResultVars());
        assertEquals(result.bindings(), bindings(back));
    }

    @Test
    void tsv_keeps_datatypes_so_date_precision_survives() {
        String tsv = write(ResultFormat.TSV, run(world, "meetings-of-person", "person", "Q56226"));
        assertTrue(tsv.contains("\"2023-09\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"), tsv);
    }

    @Test
    void table_shortens_datatypes_with_prefixes_and_shows_labels() {
        String table = write(ResultFormat.TABLE, run(world, "meetings-of-person", "person", "Q56226"));
        assertTrue(table.contains("\"2023-09\"^^xsd:gYearMonth"), table);
        assertTrue(table.contains("\"Kim Jong Un; Sergei Shoigu\""), table);
        assertTrue(table.lines().findFirst().orElseThrow().startsWith("-----"), table);
    }

    @Test
    void formats_are_found_by_name_and_by_file_extension() {
        assertEquals(ResultFormat.CSV, ResultFormat.forName("CSV"));
        assertEquals(ResultFormat.TABLE, ResultFormat.forName("table"));
        assertEquals(Optional.of(ResultFormat.JSON), ResultFormat.forFileName("out/events.json"));
        assertEquals(Optional.of(ResultFormat.TSV), ResultFormat.forFileName("events.TSV"));
        assertEquals(Optional.empty(), ResultFormat.forFileName("events"));
        assertEquals(Optional.empty(), ResultFormat.forFileName("events.xlsx"));
    }

    @Test
    void an_unknown_format_is_named_with_the_known_ones() {
        QueryException e = assertThrows(QueryException.class, () -> ResultFormat.forName("xml"));
        assertEquals("Unknown result format 'xml' (known: table, csv, tsv, json)", e.getMessage());
    }

    @Test
    void a_result_can_be_written_more_than_once() {
        QueryResult result = run(world, "events-table");
        assertEquals(write(ResultFormat.CSV, result), write(ResultFormat.CSV, result));
    }

    private static String write(ResultFormat format, QueryResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Binding> bindings(ResultSet rs) {
        List<Binding> out = new ArrayList<>();
        while (rs.hasNext()) out.add(rs.nextBinding());
        return out;
    }
}
