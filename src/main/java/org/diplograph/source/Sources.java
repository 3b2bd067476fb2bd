package org.diplograph.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Size cap for a JSON Lines file, which holds many articles; each line still has the article cap. */
    public static final long FEED_MAX_BYTES = 256_000_000;
    /** Longest article id; ids name graphs and appear in IRIs. */
    static final int MAX_ID_LENGTH = 200;
    /** Longest run of characters without a sentence end that annotation is asked to take. */
    static final int MAX_RUN = 10_000;
    private static final int MAX_TAGS = 5;
    private static final Pattern HTML_PAGE = Pattern.compile("(?i)\\s*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])");
    private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(html|head|body|div|span|p|a|br|script|style|meta|table|td|tr|li|ul|img|h[1-6])(\\s[^<>]{0,500})?/?>");
    private static final Pattern ORIGIN_LINE = Pattern.compile("(.*):(\\d+)");

    private long maxBytes = DEFAULT_MAX_BYTES;
    private LocalDate plainTextDate;
    private InputStream stdin = System.in;
    private LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final Map<String, String> seen = new HashMap<>();

    private Sources() {}

    public static Sources create() { return new Sources(); }

    public Sources maxBytes(long maxBytes) { this.maxBytes = maxBytes; return this; }

    /** The date for text without a date line; without it, such files are refused. */
    public Sources plainTextDate(LocalDate date) { this.plainTextDate = date; return this; }

    public Sources stdin(InputStream in) { this.stdin = in; return this; }

    /** The day against which far-future publication dates are refused; default today (UTC). */
    public Sources today(LocalDate today) { this.today = today; return this; }

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
            } else if (Files.exists(path)) {
                problems.accept(new Problem(p, 0, "not a regular file"));
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
        } catch (AccessDeniedException e) {
            problems.accept(new Problem(origin, 0, "cannot read: permission denied"));
            return;
        } catch (IOException e) {
            problems.accept(new Problem(origin, 0, "cannot read: " + e.getMessage()));
            return;
        }
        if (bytes == null || bytes.length > cap(origin)) {
            problems.accept(new Problem(origin, 0, "larger than the size cap of " + cap(origin) + " bytes (see --max-bytes)"));
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
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.accept(new Problem(origin, lineOf(bytes, firstInvalidUtf8(bytes)), "invalid UTF-8"));
            return;
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            problems.accept(new Problem(origin, 1, "empty file"));
            return;
        }
        String head = text.substring(0, Math.min(text.length(), 4096));
        if (HTML_PAGE.matcher(head).lookingAt()) {
            problems.accept(new Problem(origin, 1, "an HTML page, not article text (save the article's text instead)"));
            return;
        }
        String name = origin.toLowerCase();
        ArticleFormat format = formats().stream().filter(f -> f.accepts(name, head)).findFirst().orElse(null);
        if (format == null) {
            problems.accept(new Problem(origin, 1,
                    "missing date line (expected ' date YYYY-MM-DD Title'); give --date for plain text"));
            return;
        }
        format.read(origin, text, article -> check(article, articles, problems), problems);
    }

    /**
     * Passes on an article that is safe to annotate and store; anything else becomes a problem on its line.
     * Refused: a far-future date, an id that is not a plain name, HTML markup, text without sentence breaks
     * (it would stall annotation), and a second article with an id already read in this run.
     */
    private void check(Article read, Consumer<Article> articles, Consumer<Problem> problems) {
        // JSON escapes can carry control characters the file-level clean-up did not see.
        Article a = new Article(read.id(), read.date(), clean(read.title()), clean(read.text()), read.url(), read.outlet(), read.origin());
        Matcher at = ORIGIN_LINE.matcher(a.origin());
        String file = at.matches() ? at.group(1) : a.origin();
        int line = at.matches() ? Integer.parseInt(at.group(2)) : 1;
        String reason = refusal(a);
        if (reason == null && seen.containsKey(a.id())) {
            reason = "article id '" + a.id() + "' was already read from " + seen.get(a.id()) + " in this run; ids must be unique";
        }
        if (reason != null) {
            problems.accept(new Problem(file, line, reason));
            return;
        }
        seen.put(a.id(), a.origin());
        articles.accept(a);
    }

    private String refusal(Article a) {
        String id = a.id();
        if (id.length() > MAX_ID_LENGTH || id.equals(".") || id.equals("..") || id.contains("/") || id.contains("\\")
                || id.codePoints().anyMatch(Sources::isUnsafe)) {
            return "article id '" + id + "' is refused: ids may not contain '/', '\\' or control characters,"
                    + " be '.' or '..', or exceed " + MAX_ID_LENGTH + " characters";
        }
        if (a.date().isAfter(today.plusDays(1))) {
            return "publication date " + a.date() + " is in the future (article " + id + ")";
        }
        long tags = HTML_TAG.matcher(a.text()).results().limit(MAX_TAGS + 1).count();
        if (tags > MAX_TAGS) {
            return "HTML markup in the text, not article text (article " + id + ")";
        }
        if (longestRun(a.text()) >= MAX_RUN) {
            return "no sentence break in " + MAX_RUN + " characters: not prose (article " + id + ")";
        }
        return null;
    }

    // A linear scan: a regular expression for this can take quadratic time on hostile text.
    private static int longestRun(String text) {
        int longest = 0, run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u3002' ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Control characters (which neither annotation nor a terminal should see) turned into spaces, so offsets stay put. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && isUnsafe(c)) {
                if (out == null) out = new StringBuilder(text);
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /** Control characters, and the bidirectional overrides that make text display other than it reads. */
    static boolean isUnsafe(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The format registry, tried in order. */
    private List<ArticleFormat> formats() {
        List<ArticleFormat> list = new ArrayList<>(List.of(new JsonLinesFormat(maxBytes), new ReferenceFormat()));
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
        if (Files.size(path) > cap(path.toString())) return null;
        return Files.readAllBytes(path);
    }

    // A feed file holds many articles, so it may be larger; its lines are capped one by one.
    private long cap(String origin) {
        return isFeed(origin) ? Math.max(maxBytes, FEED_MAX_BYTES) : maxBytes;
    }

    private static boolean isFeed(String origin) {
        String name = origin.toLowerCase();
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
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
