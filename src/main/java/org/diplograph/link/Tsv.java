package org.diplograph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A header-first, tab-separated, unquoted UTF-8 file read from the classpath. Rows are read by column name. */
final class Tsv {
    /** One data row; {@link #get} returns null for empty or absent cells. */
    record Row(String file, int line, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** The cell split on {@code |}, empty parts dropped. */
        List<String> list(String column) {
            String v = get(column);
            if (v == null) return List.of();
            return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        String require(String column) {
            String v = get(column);
            if (v == null) throw error("empty " + column);
            return v;
        }

        GazetteerException error(String problem) {
            return new GazetteerException(file + " line " + line + ": " + problem);
        }
    }

    private Tsv() {}

    static List<Row> read(String resource) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) throw new GazetteerException("missing gazetteer file: " + resource);
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String headerLine = r.readLine();
            if (headerLine == null) throw new GazetteerException(file + ": empty file");
            String[] header = headerLine.split("\t", -1);
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length > header.length) {
                    throw new GazetteerException(file + " line " + n + ": " + cells.length + " cells, header has "
                            + header.length);
                }
                Map<String, String> map = new HashMap<>();
                for (int i = 0; i < cells.length; i++) map.put(header[i], cells[i]);
                rows.add(new Row(file, n, map));
            }
        } catch (IOException e) {
            throw new GazetteerException("cannot read gazetteer file: " + resource, e);
        }
        return rows;
    }
}
