package org.diplograph.query;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * The ways query results are written, keyed by name and file extension. Writing is left to Jena's result
 * writers (SPARQL 1.1 CSV, TSV and JSON results; ARQ's text table), so quoting and escaping follow the standards.
 * <pre>
 * ResultFormat.forName("csv").write(result, System.out);
 * </pre>
 */
public enum ResultFormat {
    /** An aligned text table for the terminal; IRIs shortened with the query's prefixes. */
    TABLE("table", "txt", null),
    /** SPARQL 1.1 CSV results: plain values, good for spreadsheets. */
    CSV("csv", "csv", ResultSetLang.RS_CSV),
    /** SPARQL 1.1 TSV results: values in SPARQL syntax, so IRIs and datatypes survive. */
    TSV("tsv", "tsv", ResultSetLang.RS_TSV),
    /** SPARQL 1.1 JSON results. */
    JSON("json", "json", ResultSetLang.RS_JSON);

    private final String formatName;
    private final String extension;
    private final Lang lang;

    ResultFormat(String formatName, String extension, Lang lang) {
        this.formatName = formatName;
        this.extension = extension;
        this.lang = lang;
    }

    /** The name used on the command line ("csv"). */
    public String formatName() { return formatName; }

    /** The file extension, without the dot. */
    public String extension() { return extension; }

    /** Writes every row of {@code result} to {@code out}; the stream is flushed, not closed. */
    public void write(QueryResult result, OutputStream out) {
        if (lang == null) {
            ResultSetFormatter.out(out, result.asResultSet(), result.prefixMapping());
        } else {
            ResultsWriter.create().lang(lang).build().write(out, result.asResultSet());
        }
    }

    /**
     * The format with this name (case-insensitive).
     *
     * @throws QueryException naming the format and listing the known ones
     */
    public static ResultFormat forName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.formatName.equals(n)).findFirst()
                .orElseThrow(() -> new QueryException("Unknown result format '" + name + "' (known: " + names() + ")"));
    }

    /** The format a file name's extension implies, if any ("events.csv" gives CSV). */
    public static Optional<ResultFormat> forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }

    private static String names() {
        return Arrays.stream(values()).map(ResultFormat::formatName).collect(Collectors.joining(", "));
    }
}
