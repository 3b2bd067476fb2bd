package org.diplograph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The rows a bench run collects, printed as one markdown table. */
final class Results {
    /** One measured figure: the section, what was measured, the value with its unit, and how to read it. */
    record Row(String section, String metric, String value, String note) {}

    static final String README_START = "<!-- bench:start -->";
    static final String README_END = "<!-- bench:end -->";

    private final List<Row> rows = new ArrayList<>();
    private final String header;

    Results(String header) {
        this.header = header;
    }

    void add(String section, String metric, String value, String note) {
        rows.add(new Row(section, metric, value, note == null ? "" : note));
    }

    String markdown() {
        StringBuilder b = new StringBuilder(header).append("\n\n| section | metric | value | note |\n|---|---|---|---|\n");
        for (Row r : rows) {
            b.append("| ").append(r.section()).append(" | ").append(r.metric()).append(" | ").append(r.value()).append(" | ")
                    .append(r.note().replace("|", "/")).append(" |\n");
        }
        return b.toString();
    }

    /** Puts the table between the bench markers of {@code readme}, adding a section at the end when they are missing. */
    void intoReadme(Path readme) throws IOException {
        String text = Files.exists(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
        String block = README_START + "\n" + markdown() + README_END;
        int a = text.indexOf(README_START), z = text.indexOf(README_END);
        String updated = a >= 0 && z > a
                ? text.substring(0, a) + block + text.substring(z + README_END.length())
                : text + (text.endsWith("\n") ? "\n" : "\n\n") + "## Performance\n\n" + block + "\n";
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }

    static String f(double v, int decimals) {
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
    }
}
