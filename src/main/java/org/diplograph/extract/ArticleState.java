package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.AnnotatedArticle;
import org.diplograph.nlp.Sentence;

/**
 * What the rules learn about one article while reading it: its sentences' entities, the drafts of its contacts, its
 * dateline and its publisher. One per {@link Extractor} run, shared by the stages of that run and dropped after it.
 */
final class ArticleState {
    final Lexicon lexicon;
    final AnnotatedArticle doc;
    final LocalDate pub;
    final NameResolver names = new NameResolver();
    final Map<String, NameResolver.Named> places = new HashMap<>();
    final List<List<Span>> spans = new ArrayList<>();
    final List<Map<Integer, NameResolver.Named>> entityAt = new ArrayList<>();
    final List<Draft> drafts = new ArrayList<>();
    final List<String> acronyms = new ArrayList<>();
    final Set<Integer> skipped = new HashSet<>();
    int datelineEnd = -1;
    String publisher;
    List<NameResolver.Named> lastPair = List.of();
    /** Every pair remembered so far, oldest first: "the two presidents" may go back past a pair of ministers. */
    final List<List<NameResolver.Named>> pairs = new ArrayList<>();
    /** The person each sentence is about: the resolved subject of its main clause. */
    final Map<Integer, NameResolver.Named> topics = new HashMap<>();
    private Optional<LocalDate> dayAhead;

    /** A photo caption or credit line: "... Post Photo: Suman Bajracharya", "REUTERS/Evelyn Hockstein". */
    private static final Pattern CAPTION = Pattern.compile("(?i:.*\\b(?:photo|photograph|file photo)\\s*(?::|/|credit\\b).*)|.*\\b[A-Z]{2,}/[A-Z][a-z]+.*");

    ArticleState(AnnotatedArticle doc, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.doc = doc;
        this.pub = doc.article().date();
        this.publisher = doc.article().outlet();
    }

    /**
     * Resolves a time expression for a contact by the specification's rules, with its one exception: when the article
     * says that a local weekday is already the day after publication ("9 a.m. Tuesday local time, which was 9 p.m.
     * Monday in Washington"), that weekday is the next day, not the one a week before.
     */
    TimeValue resolve(String words, String value, boolean past) {
        TimeValue tv = DateResolver.resolve(words, value, pub, past);
        LocalDate next = dayAhead();
        if (next != null && tv.value() != null && tv.value().equals(next.minusDays(7).toString()) && words != null
                && words.toLowerCase(Locale.ROOT).contains(weekday(next))) {
            return TimeValue.day(next, words);
        }
        return tv;
    }

    /** The day after publication when a sentence names it as the local day beside the publication's weekday, else null. */
    LocalDate dayAhead() {
        if (dayAhead == null) {
            LocalDate next = pub.plusDays(1);
            dayAhead = Optional.empty();
            for (Sentence s : doc.sentences()) {
                String lower = s.text().toLowerCase(Locale.ROOT);
                if (lower.contains("local time") && lower.matches(".*\\b" + weekday(next) + "\\b.*")
                        && lower.matches(".*\\b" + weekday(pub) + "\\b.*")) {
                    dayAhead = Optional.of(next);
                    break;
                }
            }
        }
        return dayAhead.orElse(null);
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().name().toLowerCase(Locale.ROOT);
    }

    boolean inDateline(Sentence s, int token) {
        return s.index() == 0 && s.token(token).begin() < datelineEnd;
    }

    NameResolver.Named place(String name, EntityType type) {
        return place(name, type, name);
    }

    NameResolver.Named place(String canonical, EntityType type, String shown) {
        String key = type + "|" + NameResolver.fold(canonical);
        return places.computeIfAbsent(key, k -> new NameResolver.Named(shown, type, 0));
    }

    String countryOf(NameResolver.Named place) {
        if (place == null) return null;
        if (place.type == EntityType.COUNTRY) return place.name;
        return lexicon.lookup(place.name).map(Lexicon.LexEntry::country).orElse(null);
    }

    NameResolver.Named entity(Sentence s, int token) {
        return entityAt.get(s.index()).get(token);
    }

    /** Site over city over country: the spec wants the most specific named place. */
    NameResolver.Named mostSpecific(List<NameResolver.Named> places) {
        NameResolver.Named best = null;
        for (NameResolver.Named p : places) {
            if (best == null || specificity(p) > specificity(best)) best = p;
        }
        return best;
    }

    int specificity(NameResolver.Named p) {
        if (p.type == EntityType.COUNTRY) return 0;
        Lexicon.LexEntry lex = lexicon.lookup(p.name).orElse(null);
        if (lex != null && lex.kind() == Lexicon.Kind.REGION) return 1;
        if (lex != null && lex.kind() == Lexicon.Kind.SITE || isSiteName(p.name)) return 3;
        return 2;
    }

    private boolean isSiteName(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        for (String w : words) if (Words.SITE_WORDS.contains(w)) return true;
        return false;
    }

    /** The first two sentences of the body that are not page noise. */
    boolean isLead(Sentence s) {
        int before = 0;
        for (int i = 0; i < s.index(); i++) if (!skipped.contains(i)) before++;
        return before <= 1;
    }

    /**
     * The {@code n} sentences before {@code s} that a pronoun can point back to, nearest first: photo captions
     * between them are passed over, since "He had flown in ..." after a caption goes on about the story's subject.
     */
    List<Integer> sentencesBefore(Sentence s, int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int si = s.index() - 1; si >= 0 && out.size() < n; si--) {
            if (!CAPTION.matcher(doc.sentences().get(si).text()).matches()) out.add(si);
        }
        return out;
    }
}
