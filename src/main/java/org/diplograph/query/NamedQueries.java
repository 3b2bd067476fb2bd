package org.diplograph.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The named queries, found by name. They come from a folder of {@code .rq} files (the project's {@code queries/})
 * or, when no folder is given, from {@code queries/} on the classpath, where the build packages them.
 * All files are read and checked when the collection is opened, so a broken file fails early, by name.
 * <pre>
 * NamedQueries queries = NamedQueries.load(null);          // or NamedQueries.fromDirectory(Path.of("queries"))
 * NamedQuery q = queries.get("meetings-of-person");
 * QueryResult rows = QueryRunner.run(q, Map.of("person", "Q56226"), dataset);
 * ResultFormat.TABLE.write(rows, System.out);
 * </pre>
 */
public final class NamedQueries {
    private static final String RESOURCE_FOLDER = "queries/";
    private static final String SUFFIX = ".rq";

    private final String source;
    private final SortedMap<String, NamedQuery> byName;

    private NamedQueries(String source, SortedMap<String, NamedQuery> byName) {
        this.source = source;
        this.byName = byName;
    }

    /** From {@code dir} when it is not null, else from the classpath. */
    public static NamedQueries load(Path dir) {
        return dir != null ? fromDirectory(dir) : fromClasspath();
    }

    /** Every {@code *.rq} file directly in {@code dir}. */
    public static NamedQueries fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) throw new QueryException("No query folder at " + dir);
        return new NamedQueries(dir + "/", readAll(dir));
    }

    /** The {@code queries/} resource folder packaged with Diplograph. */
    public static NamedQueries fromClasspath() {
        return fromClasspath(NamedQueries.class.getClassLoader());
    }

    static NamedQueries fromClasspath(ClassLoader loader) {
        URL url = loader.getResource(RESOURCE_FOLDER);
        if (url == null) throw new QueryException("No " + RESOURCE_FOLDER + " folder on the classpath");
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return new NamedQueries(RESOURCE_FOLDER, readAll(Path.of(uri)));
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return new NamedQueries(RESOURCE_FOLDER, readAll(jar.getPath(RESOURCE_FOLDER)));
            } catch (FileSystemAlreadyExistsException e) {
                // Someone else has the jar open; borrow their file system and leave it open.
                return new NamedQueries(RESOURCE_FOLDER, readAll(FileSystems.getFileSystem(uri).getPath(RESOURCE_FOLDER)));
            }
        } catch (URISyntaxException | IOException e) {
            throw new QueryException("Cannot read " + RESOURCE_FOLDER + " from the classpath: " + url, e);
        }
    }

    /** All queries, sorted by name. */
    public List<NamedQuery> list() {
        return List.copyOf(byName.values());
    }

    /**
     * The query with this name.
     *
     * @throws QueryException naming the query and listing the known ones when there is none
     */
    public NamedQuery get(String name) {
        NamedQuery q = byName.get(name);
        if (q == null) {
            throw new QueryException("No query named '" + name + "' in " + source
                    + " (known: " + String.join(", ", byName.keySet()) + ")");
        }
        return q;
    }

    /** Where the queries were read from, for messages. */
    public String source() {
        return source;
    }

    private static SortedMap<String, NamedQuery> readAll(Path dir) {
        SortedMap<String, NamedQuery> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - SUFFIX.length());
                out.put(name, NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new QueryException("Cannot read queries from " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
