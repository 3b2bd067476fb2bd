package org.diplograph.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files, folders (recursively) and stdin ({@code "-"}), choosing a format per file from
 * a registry. Every bad item becomes a {@link Problem}; the batch goes on.
 *
 * <pre>{@code
 * Sources sources = Sources.create().maxBytes(1 << 20).plainTextDate(null);
 * List<Problem> problems = sources.read(List.of("examples"), article -> ingest(article));
 * problems.forEach(System.err::println);
 * }</pre>
 */
public final class Sources {
    /** Default size cap for one input file: 1 MB. */
    public static final long DEFAULT_MAX_BYTES = 1_000_000;
    private static final List<String> FOLDER_EXTENSIONS = List.of(".txt", ".jsonl", ".ndjson");

    private long maxBytes = DEFAULT_MAX_BYTES;
    private LocalDate plainTextDate;
    private InputStream stdin = System.in;

    private Sources() {}

    public static Sources create() { return new Sources(); }

    public Sources maxBytes(long maxBytes) { this.maxBytes = maxBytes; return this; }

    /** The date for text without a date line; without it, such files are refused. */
    public Sources plainTextDate(LocalDate date) { this.plainTextDate = date; return this; }

    public Sources stdin(InputStream in) { this.stdin = in; return this; }

    /** The files a list of paths stands for, in a stable order: folders are walked, "-" stays as it is. */
    public List<String> expand(List<String> paths, Consumer<Problem> problems) {
        List<String> files = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) { files.add(p); continue; }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                        .filter(f -> FOLDER_EXTENSIONS.stream().anyMatch(ext -> f.getFileName().toString().endsWith(ext)))
                        .map(Path::toString).sorted().forEach(files::add);
                } catch (IOException e) {
                    problems.accept(new Problem(p, 0, "cannot read folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(p);
            } else {
                problems.accept(new Problem(p, 0, "no such file or folder"));
            }
        }
        return files;
    }

    /** Reads every article under the given paths; returns the problems in input order. */
    public List<Problem> read(List<String> paths, Consumer<Article> articles) {
        List<Problem> problems = new ArrayList<>();
        for (String file : expand(paths, problems::add)) readFile(file, articles, problems::add);
        return problems;
    }

    /** Reads one file (or "-" for stdin). */
    public void readFile(String file, Consumer<Article> articles, Consumer<Problem> problems) {
        String origin = file.equals("-") ? "stdin" : file;
        byte[] bytes;
        try {
            bytes = file.equals("-") ? stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1))
                                     : readCapped(Path.of(file));
        } catch (IOException e) {
            problems.accept(new Problem(origin, 0, "cannot read: " + e.getMessage()));
            return;
        }
        if (bytes == null || bytes.length > maxBytes) {
            problems.accept(new Problem(origin, 0, "larger than the size cap of " + maxBytes + " bytes"));
            return;
        }
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            problems.accept(new Problem(origin, 1, "empty file"));
            return;
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            problems.accept(new Problem(origin, lineOf(bytes, nul), "binary data (NUL byte), not a text article"));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            problems.accept(new Problem(origin, lineOf(bytes, firstInvalidUtf8(bytes)), "invalid UTF-8"));
            return;
        }
        String head = text.substring(0, Math.min(text.length(), 4096));
        String name = origin.toLowerCase();
        ArticleFormat format = formats().stream().filter(f -> f.accepts(name, head)).findFirst().orElse(null);
        if (format == null) {
            problems.accept(new Problem(origin, 1,
                    "missing date line (expected ' date YYYY-MM-DD Title'); give --date for plain text"));
            return;
        }
        format.read(origin, text, articles, problems);
    }

    /** The format registry, tried in order. */
    private List<ArticleFormat> formats() {
        List<ArticleFormat> list = new ArrayList<>(List.of(new JsonLinesFormat(), new ReferenceFormat()));
        if (plainTextDate != null) list.add(new PlainTextFormat(plainTextDate));
        return list;
    }

    /** The file-name stem: "examples/001-kim.txt" gives "001-kim". */
    public static String stem(String origin) {
        String name = origin.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private byte[] readCapped(Path path) throws IOException {
        if (Files.size(path) > maxBytes) return null;
        return Files.readAllBytes(path);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int lo = 0, hi = bytes.length;
        // Binary search for the shortest prefix that fails to decode.
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, 0, mid + 1));
                lo = mid + 1;
            } catch (CharacterCodingException e) {
                hi = mid;
            }
        }
        return lo;
    }
}
