package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.AnnotatedArticle;
import org.diplograph.nlp.Dependency;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.TimeMention;
import org.diplograph.nlp.Token;
import org.diplograph.source.Dateline;

/**
 * The extraction stage: reads an {@link AnnotatedArticle} and adds the diplomatic contacts it states, as an
 * {@link Extraction}. Rules run over enhanced++ dependencies and the article's own name resolution; the
 * {@link Lexicon} types places, countries, demonyms and agencies.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor(lexicon);
 * Extraction found = extractor.extract(Annotator.shared().annotate(article));
 * found.events().forEach(System.out::println);
 * }</pre>
 */
public final class Extractor {
    private static final Pattern CREDIT = Pattern.compile("^\\(?\\s*([A-Za-z][A-Za-z .]{1,40}?)\\s+(?:via|/)\\s+([A-Za-z][A-Za-z .]{1,40}?)\\s*\\)?\\.?$");
    private static final Pattern NOISE_START = Pattern.compile("(?i)^(related|read more|also read|see also|more from|recommended|most read|trending|you may also like)\\b.*");

    private final Lexicon lexicon;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon == null ? Lexicon.NONE : lexicon;
    }

    public Extraction extract(AnnotatedArticle article) {
        return new Run(article).run();
    }

    /** A source an article attributes a contact to. */
    private record Source(String label, boolean generic, EntityType type) {
        Source(String label, boolean generic) {
            this(label, generic, EntityType.ORGANIZATION);
        }
    }

    /** A contact as it is being put together from one trigger. */
    private static final class Draft {
        final EventType type;
        final int sentence;
        final int trigger;
        final LinkedHashSet<NameResolver.Named> participants = new LinkedHashSet<>();
        final LinkedHashSet<NameResolver.Named> hosts = new LinkedHashSet<>();
        NameResolver.Named location;
        TimeValue date = new TimeValue(null, null);
        final LinkedHashSet<Source> sources = new LinkedHashSet<>();
        Factuality factuality = Factuality.HAPPENED;
        final List<Integer> sentences = new ArrayList<>();
        /** Read from a noun ("his visit to China") rather than a verb or a presence clause. */
        boolean nominal;
        /** "X also took part in the talks": people joining a contact already told, not a contact of their own. */
        boolean joins;

        Draft(EventType type, int sentence, int trigger) {
            this.type = type;
            this.sentence = sentence;
            this.trigger = trigger;
            sentences.add(sentence);
        }

        @Override
        public String toString() {
            return type + participants.toString() + "@" + location + " " + date.value() + " " + factuality;
        }
    }

    /** The work on one article. */
    private final class Run {
        private final AnnotatedArticle doc;
        private final LocalDate pub;
        private final NameResolver names = new NameResolver();
        private final Map<String, NameResolver.Named> places = new HashMap<>();
        private final List<List<Span>> spans = new ArrayList<>();
        private final List<Map<Integer, NameResolver.Named>> entityAt = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final List<String> acronyms = new ArrayList<>();
        private final Set<Integer> skipped = new HashSet<>();
        private int datelineEnd = -1;
        private String publisher;
        private List<NameResolver.Named> lastPair = List.of();
        /** The person each sentence is about: the resolved subject of its main clause. */
        private final Map<Integer, NameResolver.Named> topics = new HashMap<>();

        Run(AnnotatedArticle doc) {
            this.doc = doc;
            this.pub = doc.article().date();
            this.publisher = doc.article().outlet();
        }

        Extraction run() {
            readDateline();
            markNoise();
            List<Sentence> sentences = doc.sentences();
            for (Sentence s : sentences) {
                List<Span> found = findSpans(s);
                spans.add(found);
                entityAt.add(new HashMap<>());
                if (skipped.contains(s.index())) continue;
                registerEntities(s, found);
            }
            for (Sentence s : sentences) {
                if (skipped.contains(s.index())) continue;
                List<Draft> inSentence = triggers(s);
                List<Source> sources = sources(s);
                for (Draft d : inSentence) d.sources.addAll(sources);
                shareWithinSentence(inSentence);
                drafts.addAll(inSentence);
                if (inSentence.isEmpty() && !sources.isEmpty()) attributeBack(s, sources);
                rememberPair(s, inSentence);
                rememberTopic(s);
            }
            applyCredits(sentences);
            List<Draft> merged = merge(drafts);
            carryDates(merged);
            carryPlaces(merged);
            List<EventMention> events = new ArrayList<>();
            for (Draft d : merged) {
                EventMention e = toMention(d);
                if (e != null) events.add(e);
            }
            Actor pubActor = publisher == null ? null : Actor.of(publisher, EntityType.OUTLET);
            return new Extraction(doc.article(), pubActor, events);
        }

        // ---- article layout: dateline, credits, page noise ----

        private void readDateline() {
            Dateline.find(doc.article().text()).ifPresent(d -> {
                String agency = d.agency();
                if (publisher == null && agency != null) {
                    publisher = agency.contains(" via ") ? agency.substring(agency.indexOf(" via ") + 5) : agency;
                }
                datelineEnd = d.end();
            });
        }

        private void markNoise() {
            for (Sentence s : doc.sentences()) {
                String t = s.text().strip();
                // "Also Read | ...", "Related: ..." lines sit anywhere on a page; each is skipped, the body goes on.
                if (NOISE_START.matcher(t).matches()) { skipped.add(s.index()); continue; }
                String last = s.tokens().get(s.tokens().size() - 1).word();
                boolean terminal = last.matches("[.!?\"'\u201d\u2019)]|''|-RRB-");
                // A line without closing punctuation is a headline, menu or caption fragment, not reporting.
                if (!terminal && s.tokens().size() > 2) skipped.add(s.index());
            }
        }

        private boolean inDateline(Sentence s, int token) {
            return s.index() == 0 && s.token(token).begin() < datelineEnd;
        }

        // ---- mentions ----

        private List<Span> findSpans(Sentence s) {
            List<Token> toks = s.tokens();
            Span[] at = new Span[toks.size()];
            List<Span> out = new ArrayList<>();
            // People first: NER is good at them, and they must not be swallowed by place names.
            for (int i = 0; i < toks.size(); ) {
                if (!toks.get(i).ner().equals("PERSON") || inDateline(s, i)) { i++; continue; }
                int j = i;
                while (j < toks.size() && toks.get(j).ner().equals("PERSON") && !toks.get(j).word().equals("'s")) j++;
                // "Tamim bin Hamad Al-Thani": NER can split a name at its particles.
                while (j + 1 < toks.size() && Words.NAME_PARTICLES.contains(toks.get(j).word().toLowerCase(Locale.ROOT))
                        && toks.get(j + 1).ner().equals("PERSON")) {
                    j++;
                    while (j < toks.size() && toks.get(j).ner().equals("PERSON") && !toks.get(j).word().equals("'s")) j++;
                }
                if (i > 0 && Words.VESSELS.contains(toks.get(i - 1).lemma().toLowerCase(Locale.ROOT))) { i = j; continue; }
                // "Tamim bin Hamad Al-Thani" where NER tagged only "Hamad Al-Thani": take the given name before "bin".
                while (i >= 2 && at[i - 1] == null && Set.of("bin", "ibn", "bint").contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT))
                        && toks.get(i - 2).isCapitalised() && at[i - 2] == null
                        && !Words.TITLE_WORDS.contains(toks.get(i - 2).word().toLowerCase(Locale.ROOT))) i -= 2;
                // NER sometimes tags a bare title ("Prince", "Sheikh") as a person; drop leading titles.
                while (i < j && (Words.TITLE_WORDS.contains(toks.get(i).word().toLowerCase(Locale.ROOT))
                        || j - i > 2 && lexicon.lookup(toks.get(i).word()).map(l -> l.kind() == Lexicon.Kind.COUNTRY
                                || l.kind() == Lexicon.Kind.DEMONYM).orElse(false))) i++;
                if (i >= j) continue;
                // "Md Touhid Hossain": NER leaves out the abbreviated first name.
                if (i > 0 && at[i - 1] == null && toks.get(i - 1).word().matches("(?:Md|Mohd|Muhd)\\.?")) i--;
                String text = s.span(i, j);
                Lexicon.LexEntry lex = lexicon.lookup(text).orElse(null);
                EntityType type = EntityType.PERSON;
                if (lex != null && lex.kind() != Lexicon.Kind.PERSON && j - i == 1) type = typeOf(lex);
                add(out, at, new Span(i, j, text, type, lex));
                i = j;
            }
            // Gazetteer phrases (longest first) over what is left.
            for (int i = 0; i < toks.size(); i++) {
                if (at[i] != null) continue;
                for (int n = Math.min(6, toks.size() - i); n >= 1; n--) {
                    boolean free = true;
                    for (int k = i; k < i + n; k++) if (at[k] != null) free = false;
                    if (!free) continue;
                    Token first = toks.get(i);
                    if (!first.isCapitalised() && !first.word().equals("the")) continue;
                    if (n == 1 && !first.isCapitalised()) continue;
                    if (toks.get(i + n - 1).word().equals("'s")) continue;
                    String text = s.span(i, i + n);
                    Lexicon.LexEntry lex = lexicon.lookup(text).orElse(null);
                    if (lex == null) continue;
                    if (lex.kind() == Lexicon.Kind.PERSON) {
                        // A known person NER missed ("Péter Szijjártó"): only full names, all capitalised.
                        boolean caps = true;
                        for (int k = i; k < i + n; k++) if (!toks.get(k).isCapitalised()) caps = false;
                        if (n < 2 || !caps) continue;
                        add(out, at, new Span(i, i + n, text, EntityType.PERSON, lex));
                        i += n - 1;
                        break;
                    }
                    if (n == 1 && lex.kind() != Lexicon.Kind.COUNTRY && lex.kind() != Lexicon.Kind.DEMONYM
                            && toks.get(i).ner().equals("O") && !first.word().equals(first.word().toUpperCase(Locale.ROOT))
                            && !toks.get(i).isProperNoun()) continue;
                    add(out, at, new Span(i, i + n, text, typeOf(lex), lex));
                    i += n - 1;
                    break;
                }
            }
            // Named sites NER leaves untyped: "Jubilee House", "Sheetal Niwas", "Great Hall of the People".
            for (int i = 0; i < toks.size(); i++) {
                if (at[i] != null || !toks.get(i).isCapitalised() || inDateline(s, i)) continue;
                int j = i;
                while (j < toks.size() && at[j] == null) {
                    if (toks.get(j).isCapitalised()) { j++; continue; }
                    // "of the" inside a name: "Great Hall of the People"
                    int k = j;
                    while (k < toks.size() && Set.of("of", "the").contains(toks.get(k).word())) k++;
                    if (k > j && j > i && k < toks.size() && at[k] == null && toks.get(k).isCapitalised()) { j = k; continue; }
                    break;
                }
                if (j - i >= 2 && Words.SITE_WORDS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                    int from = i > 0 && toks.get(i).word().equals("The") ? i + 1 : i;
                    add(out, at, new Span(from, j, s.span(from, j), EntityType.PLACE, null));
                }
                i = j;
            }
            // A proper noun that is part of a name the article already used ("Xi" after "Xi Jinping").
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                // Any capitalised non-verb: the tagger reads some names as adjectives ("Boric/JJ").
                if (at[i] != null || !t.isCapitalised() || t.isVerb() || !t.ner().equals("O") || t.word().length() < 2 || inDateline(s, i)) continue;
                if (Words.TITLE_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) continue;
                if (names.knowsNameToken(t.word())) add(out, at, new Span(i, i + 1, t.word(), EntityType.PERSON, null));
            }
            // Remaining NER organisations and locations, and all-caps agency names NER misses.
            for (int i = 0; i < toks.size(); ) {
                Token t = toks.get(i);
                String ner = t.ner();
                if (at[i] != null || inDateline(s, i)) { i++; continue; }
                if (ner.equals("ORGANIZATION") || ner.equals("LOCATION") || ner.equals("MISC")) {
                    int j = i;
                    while (j < toks.size() && toks.get(j).ner().equals(ner) && at[j] == null) j++;
                    String text = s.span(i, j);
                    Lexicon.LexEntry lex = lexicon.lookup(text).orElse(null);
                    boolean site = Words.SITE_WORDS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT));
                    EntityType type = lex != null && !(site && lex.kind() == Lexicon.Kind.ORGANIZATION) ? typeOf(lex)
                            : site ? EntityType.PLACE
                            : ner.equals("ORGANIZATION") ? EntityType.ORGANIZATION
                            : ner.equals("LOCATION") ? EntityType.PLACE : null;
                    if (type != null) add(out, at, new Span(i, j, text, type, lex));
                    i = j;
                    continue;
                }
                String w = t.word();
                if (w.length() >= 2 && w.matches("[A-Z]{2,10}") && Words.KNOWN_AGENCIES.contains(w)) {
                    add(out, at, new Span(i, i + 1, w, EntityType.ORGANIZATION, null));
                }
                i++;
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return out;
        }

        private void add(List<Span> out, Span[] at, Span span) {
            out.add(span);
            for (int k = span.start(); k < span.end(); k++) at[k] = span;
        }

        private EntityType typeOf(Lexicon.LexEntry lex) {
            return switch (lex.kind()) {
                case COUNTRY, DEMONYM -> EntityType.COUNTRY;
                case CITY, SITE, REGION -> EntityType.PLACE;
                case AGENCY, ORGANIZATION -> EntityType.ORGANIZATION;
                case PERSON -> EntityType.PERSON;
            };
        }

        private boolean isDemonym(Span sp) {
            return sp.lex() != null && sp.lex().kind() == Lexicon.Kind.DEMONYM;
        }

        /** Resolves each span to an article entity and learns roles and affiliations of people. */
        private void registerEntities(Sentence s, List<Span> found) {
            Map<Integer, NameResolver.Named> map = entityAt.get(s.index());
            for (Span sp : found) {
                NameResolver.Named named;
                switch (sp.type()) {
                    case PERSON -> {
                        named = names.person(sp.text(), s.index());
                        learnTitle(s, sp, named, found);
                        if (named.affiliation == null) lexicon.countryOfPerson(named.name).ifPresent(c -> named.affiliation = c);
                    }
                    case ORGANIZATION, OUTLET -> {
                        if (sp.text().matches("[A-Z][A-Z.]{1,9}")) acronyms.add(sp.text());
                        named = names.org(sp.lex() != null ? sp.lex().canonical() : sp.text(), sp.type(), s.index());
                        if (sp.lex() != null && sp.text().matches("[A-Z][A-Z.]{1,9}") && !acronyms.contains(sp.text())) acronyms.add(sp.text());
                    }
                    case COUNTRY, PLACE -> {
                        if (isDemonym(sp)) {
                            named = place(sp.lex().country(), EntityType.COUNTRY);
                        } else {
                            String canonical = sp.lex() != null ? sp.lex().canonical() : NameResolver.clean(sp.text());
                            // Countries go by their canonical name (affiliations compare with it); other places keep
                            // the article's words, which the linker resolves to the same entity.
                            String shown = sp.type() == EntityType.COUNTRY ? canonical : NameResolver.clean(sp.text());
                            named = place(canonical, sp.type(), shown);
                        }
                    }
                    default -> named = null;
                }
                if (named != null) for (int k = sp.start(); k < sp.end(); k++) map.put(k, named);
            }
        }

        private NameResolver.Named place(String name, EntityType type) {
            return place(name, type, name);
        }

        private NameResolver.Named place(String canonical, EntityType type, String shown) {
            String key = type + "|" + NameResolver.fold(canonical);
            return places.computeIfAbsent(key, k -> new NameResolver.Named(shown, type, 0));
        }

        private String countryOf(NameResolver.Named place) {
            if (place == null) return null;
            if (place.type == EntityType.COUNTRY) return place.name;
            return lexicon.lookup(place.name).map(Lexicon.LexEntry::country).orElse(null);
        }

        /** Title and affiliation before the name ("Russian Defence Minister") or in an appositive after it. */
        private void learnTitle(Sentence s, Span person, NameResolver.Named named, List<Span> found) {
            int i = person.start() - 1;
            int titleEnd = person.start();
            while (i >= 0) {
                Token t = s.token(i);
                String w = t.word().toLowerCase(Locale.ROOT);
                if (Words.TITLE_WORDS.contains(w) && !w.equals("the") && !(w.equals("and"))) { i--; continue; }
                break;
            }
            // "Sultan of Oman Haitham ...", "Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov"
            Span countryBefore = spanEndingAt(found, person.start());
            if (i + 1 == person.start() && countryBefore != null && countryBefore.type() == EntityType.COUNTRY
                    && countryBefore.start() >= 2 && s.token(countryBefore.start() - 1).word().equalsIgnoreCase("of")) {
                int k = countryBefore.start() - 2;
                while (k >= 0 && Words.TITLE_WORDS.contains(s.token(k).word().toLowerCase(Locale.ROOT))) k--;
                if (k + 1 < countryBefore.start() - 1 && hasTitleHead(s, k + 1, countryBefore.start() - 1)) {
                    if (named.role == null) named.role = s.span(k + 1, countryBefore.start() - 1);
                    named.affiliation = isDemonym(countryBefore) ? countryBefore.lex().country() : canonical(countryBefore);
                    return;
                }
            }
            int titleStart = i + 1;
            while (titleStart < titleEnd && Set.of("of", "for", "the", "and").contains(s.token(titleStart).word().toLowerCase(Locale.ROOT))) titleStart++;
            String affiliation = null;
            if (titleStart < titleEnd) {
                String role = s.span(titleStart, titleEnd);
                if (named.role == null && hasTitleHead(s, titleStart, titleEnd)) named.role = role.replaceAll("(?i)^(mr\\.?|mrs\\.?|ms\\.?|dr\\.?)\\s*", "").strip();
                if (named.role != null && named.role.isEmpty()) named.role = null;
                int k = titleStart - 1;
                if (k >= 0 && s.token(k).word().equals("'s")) k--;
                Span before = spanEndingAt(found, k + 1);
                if (before != null && (before.type() == EntityType.COUNTRY)) {
                    affiliation = isDemonym(before) ? before.lex().country() : canonical(before);
                }
                // A demonym inside the title ("Defence Minister" rarely, "U.S. Secretary of State" often).
                for (Span sp : found) {
                    if (affiliation == null && sp.start() >= titleStart && sp.end() <= titleEnd && sp.type() == EntityType.COUNTRY) {
                        affiliation = isDemonym(sp) ? sp.lex().country() : canonical(sp);
                    }
                }
            } else {
                Span before = spanEndingAt(found, person.start());
                if (before != null && isDemonym(before)) affiliation = before.lex().country();
            }
            // Appositive: "Antony Blinken, the U.S. Secretary of State, ..."
            int head = person.end() - 1;
            for (Dependency d : s.children(head, "appos")) {
                Token app = s.token(d.dep());
                if (!Words.TITLE_HEADS.contains(app.word().toLowerCase(Locale.ROOT))) continue;
                int[] range = subtreeRange(s, d.dep());
                if (named.role == null) named.role = titleText(s, range[0], range[1]);
                for (Span sp : found) {
                    if (affiliation == null && sp.start() >= range[0] && sp.end() <= range[1] && sp.type() == EntityType.COUNTRY) {
                        affiliation = isDemonym(sp) ? sp.lex().country() : canonical(sp);
                    }
                }
            }
            if (affiliation != null) named.affiliation = affiliation;
        }

        private boolean hasTitleHead(Sentence s, int from, int to) {
            for (int k = from; k < to; k++) if (Words.TITLE_HEADS.contains(s.token(k).word().toLowerCase(Locale.ROOT))) return true;
            return false;
        }

        private String titleText(Sentence s, int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int k = from; k < to; k++) {
                String w = s.token(k).word();
                if (Words.TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !w.equalsIgnoreCase("the")) {
                    if (b.length() > 0) b.append(' ');
                    b.append(w);
                }
            }
            String t = b.toString().replaceAll("^(of|and|for)\\s+", "").strip();
            return t.isEmpty() ? null : t;
        }

        private String canonical(Span sp) {
            return sp.lex() != null ? sp.lex().canonical() : NameResolver.clean(sp.text());
        }

        private Span spanEndingAt(List<Span> found, int end) {
            for (Span sp : found) if (sp.end() == end) return sp;
            return null;
        }

        private int[] subtreeRange(Sentence s, int root) {
            int lo = root, hi = root + 1;
            Set<Integer> seen = new HashSet<>();
            List<Integer> stack = new ArrayList<>(List.of(root));
            while (!stack.isEmpty()) {
                int n = stack.remove(stack.size() - 1);
                if (!seen.add(n)) continue;
                lo = Math.min(lo, n);
                hi = Math.max(hi, n + 1);
                for (Dependency d : s.children(n, null)) {
                    if (d.rel().startsWith("appos") || d.rel().startsWith("acl") || d.rel().equals("punct") || d.rel().startsWith("conj")) continue;
                    if (d.dep() > n + 12 || d.dep() < n - 12) continue;
                    stack.add(d.dep());
                }
            }
            return new int[] {lo, hi};
        }

        // ---- triggers ----

        /** Drafts a trigger spawns besides its own (other stops of a tour, separate meetings). */
        private final List<Draft> spawned = new ArrayList<>();

        private List<Draft> triggers(Sentence s) {
            spawned.clear();
            List<Draft> out = new ArrayList<>();
            Set<Integer> used = new HashSet<>();
            for (Token t : s.tokens()) {
                if (inDateline(s, t.index()) || entityAt.get(s.index()).containsKey(t.index())) continue;
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                Draft d = null;
                if (t.isVerb()) d = verbTrigger(s, t, lemma);
                else if (t.isNoun()) d = nounTrigger(s, t, lemma);
                if (d != null && used.add(t.index())) out.add(d);
            }
            out.addAll(spawned);
            out.addAll(surfaceMeetings(s, out));
            out.addAll(presence(s));
            out.removeIf(d -> d.participants.isEmpty());
            return out;
        }

        private Draft verbTrigger(Sentence s, Token v, String lemma) {
            EventType type = null;
            boolean hostSubject = false;
            if (Words.MEET_VERBS.contains(lemma)) {
                type = EventType.MEETING;
                hostSubject = Words.HOST_VERBS.contains(lemma);
                if (lemma.equals("meet") && hasPhoneWord(s, v.index())) type = EventType.PHONE_CALL;
            } else if (lemma.equals("shake") && hasChildWord(s, v.index(), "obj", "hands")) {
                type = EventType.MEETING;
            } else if (Words.TALK_VERBS.contains(lemma)) {
                if (hasPhoneWord(s, v.index())) type = EventType.PHONE_CALL;
                else type = EventType.MEETING;
            } else if (Words.CALL_VERBS.contains(lemma)) {
                boolean callOnPerson = lemma.equals("call") && s.children(v.index(), "obl:on").stream()
                        .anyMatch(d -> resolveAll(s, d.dep()).stream().anyMatch(n -> n.type == EntityType.PERSON));
                if (callOnPerson) {
                    type = EventType.MEETING;
                } else {
                    if (lemma.equals("call") && (hasChild(s, v.index(), "xcomp") || hasChild(s, v.index(), "obl:on")
                            || hasChild(s, v.index(), "obl:for") || hasChild(s, v.index(), "compound:prt"))) return null;
                    type = EventType.PHONE_CALL;
                }
            } else if (Words.VISIT_OBJ_VERBS.contains(lemma) || Words.VISIT_MOTION_VERBS.contains(lemma)) {
                type = EventType.VISIT;
            }
            if (type == null) return null;
            if (purposeOfTrigger(s, v.index())) return null;
            Draft d = new Draft(type, s.index(), v.index());
            List<NameResolver.Named> subjects = subjects(s, v.index());
            if (type == EventType.VISIT) {
                NameResolver.Named dest = destination(s, v.index(), lemma);
                if (dest == null) dest = relativePlace(s, v.index());
                if (dest == null && Words.VISIT_MOTION_VERBS.contains(lemma)) return null;
                for (NameResolver.Named more : coordinatedPlaces(s, v.index(), dest)) {
                    Draft extra = new Draft(EventType.VISIT, s.index(), v.index());
                    for (NameResolver.Named n : subjects) if (n.type != EntityType.PLACE) extra.participants.add(n);
                    extra.location = more;
                    extra.factuality = factuality(s, v.index());
                    extra.date = dateFor(s, v.index(), extra.factuality);
                    spawned.add(extra);
                }
                if (lemma.equals("come") || lemma.equals("go")) { if (dest == null) return null; }
                for (NameResolver.Named n : subjects) if (n.type != EntityType.PLACE) d.participants.add(n);
                // "landed in Buenos Aires, accompanied by Foreign Minister Antonia Urrejola": she travelled too.
                for (Dependency c : s.children(v.index(), null)) {
                    if (!s.token(c.dep()).lemma().equalsIgnoreCase("accompany")) continue;
                    for (Dependency by : s.children(c.dep(), null)) {
                        if (!by.rel().equals("obl:agent") && !by.rel().startsWith("obl:by")) continue;
                        for (NameResolver.Named n : resolveAll(s, by.dep())) if (n.type == EntityType.PERSON) d.participants.add(n);
                    }
                }
                d.location = dest;
                // "Kim visited Putin": a person as the object of visit is a meeting, not a destination.
                for (Dependency dep : s.children(v.index(), "obj")) {
                    NameResolver.Named o = entity(s, dep.dep());
                    if (o != null && o.type == EntityType.PERSON) {
                        Draft m = new Draft(EventType.MEETING, s.index(), v.index());
                        m.participants.addAll(d.participants);
                        m.participants.add(o);
                        m.hosts.add(o);
                        m.date = d.date;
                        m.factuality = factuality(s, v.index());
                        m.date = dateFor(s, v.index(), m.factuality);
                        spawned.add(m);
                    }
                }
            } else {
                List<NameResolver.Named> objects = new ArrayList<>();
                for (Dependency dep : s.deps()) {
                    if (dep.gov() != v.index()) continue;
                    String r = dep.rel();
                    if (r.equals("obj") || r.equals("iobj") || r.startsWith("obl:with") || r.equals("obl:agent") || r.startsWith("obl:to")
                            && type == EventType.PHONE_CALL || r.startsWith("obl:on") && lemma.equals("call")) {
                        objects.addAll(resolveAll(s, dep.dep()));
                    }
                }
                // "A met B in Baghdad, the MEA said": the parse can make B the subject of "said". A subject of a
                // reporting clause that sits before the comma ending the contact's clause is the contact's object.
                for (Dependency c : s.children(v.index(), "ccomp")) {
                    if (!Words.REPORT_VERBS.contains(s.token(c.dep()).lemma().toLowerCase(Locale.ROOT)) || c.dep() < v.index()) continue;
                    int comma = -1;
                    for (int k = c.dep() - 1; k > v.index(); k--) if (s.token(k).word().equals(",")) { comma = k; break; }
                    for (Dependency sub : s.children(c.dep(), "nsubj")) {
                        if (comma > 0 && sub.dep() > v.index() && sub.dep() < comma) objects.addAll(resolveAll(s, sub.dep()));
                    }
                }
                // "hosted a luncheon to welcome Kim": the guest sits in the xcomp.
                for (Dependency x : s.children(v.index(), "xcomp")) {
                    String xl = s.token(x.dep()).lemma().toLowerCase(Locale.ROOT);
                    if (Words.MEET_VERBS.contains(xl)) for (Dependency o : s.children(x.dep(), "obj")) objects.addAll(resolveAll(s, o.dep()));
                }
                boolean passive = !s.children(v.index(), "nsubj:pass").isEmpty();
                for (NameResolver.Named n : subjects) if (n.type != EntityType.PLACE) d.participants.add(n);
                List<NameResolver.Named> others = objects.stream().filter(n -> n.type != EntityType.PLACE && !subjects.contains(n)).distinct().toList();
                if (isSeparate(s, v.index()) && others.size() >= 2 && !subjects.isEmpty()) {
                    // "met Putin and Xi separately": one meeting with each.
                    Factuality f = factuality(s, v.index());
                    for (NameResolver.Named other : others.subList(1, others.size())) {
                        Draft m = new Draft(type, s.index(), v.index());
                        subjects.stream().filter(n -> n.type != EntityType.PLACE).forEach(m.participants::add);
                        m.participants.add(other);
                        m.factuality = f;
                        m.date = dateFor(s, v.index(), f);
                        m.location = meetingPlace(s, v.index());
                        spawned.add(m);
                    }
                    objects = new ArrayList<>(List.of(others.get(0)));
                }
                for (NameResolver.Named n : objects) if (n.type != EntityType.PLACE) d.participants.add(n);
                if (hostSubject) (passive ? objects : subjects).stream().filter(n -> n.type == EntityType.PERSON).forEach(d.hosts::add);
                d.location = meetingPlace(s, v.index());
            }
            d.factuality = factuality(s, v.index());
            d.date = dateFor(s, v.index(), d.factuality);
            return d;
        }

        private Draft nounTrigger(Sentence s, Token n, String lemma) {
            String word = n.word().toLowerCase(Locale.ROOT);
            EventType type = null;
            boolean phone = hasPhoneWord(s, n.index());
            if (phone && Words.CALL_NOUNS.contains(lemma)) type = EventType.PHONE_CALL;
            else if (lemma.equals("call") && (hasChildWord(s, n.index(), "amod", "courtesy") || hasChildWord(s, n.index(), "compound", "courtesy"))) {
                type = EventType.MEETING; // "paid a courtesy call on the President"
            } else if (lemma.equals("call") || lemma.equals("phone")) {
                // "a phone call", "a call with": a bare "call for X" is not a contact.
                if (!s.children(n.index(), "nmod:for").isEmpty()) return null;
                type = hasChild(s, n.index(), "nmod:with") || hasChild(s, n.index(), "nmod:between") ? EventType.PHONE_CALL : null;
            } else if (lemma.equals("teleconference") || lemma.equals("videoconference")) type = EventType.PHONE_CALL;
            else if (Words.MEET_NOUNS.contains(lemma) || Words.MEET_NOUNS.contains(word)) type = EventType.MEETING;
            else if (Words.VISIT_NOUNS.contains(lemma)) type = EventType.VISIT;
            if (type == null) return null;
            if (lemma.equals("ceremony") && !hasChild(s, n.index(), "nmod:with")) return null;
            Draft d = new Draft(type, s.index(), n.index());
            d.nominal = true;
            List<NameResolver.Named> people = new ArrayList<>();
            for (Dependency dep : s.children(n.index(), null)) {
                String r = dep.rel();
                if (r.equals("nmod:poss") || r.startsWith("nmod:with") || r.startsWith("nmod:between") || r.equals("nmod:of")
                        || r.startsWith("nmod:for") && type == EventType.MEETING || r.startsWith("nmod:in_hono")
                        || r.startsWith("nmod:on") && lemma.equals("call") || r.startsWith("nmod:from") && lemma.equals("call")
                        || r.equals("compound") || r.startsWith("nmod:by") || r.equals("amod")) {
                    if (r.equals("amod") && type != EventType.MEETING) continue;
                    List<NameResolver.Named> found = resolveAll(s, dep.dep());
                    for (NameResolver.Named f : found) if (f.type == EntityType.PERSON || r.equals("nmod:poss") || r.startsWith("nmod:with") || r.startsWith("nmod:between")) people.add(f);
                }
            }
            // "the second round of talks between A and B": the people can hang on the round.
            Dependency of = governor(s, n.index());
            if (of != null && of.gov() >= 0 && of.rel().equals("nmod:of") && s.token(of.gov()).isNoun()) {
                for (Dependency dep : s.children(of.gov(), null)) {
                    if (dep.rel().startsWith("nmod:between") || dep.rel().startsWith("nmod:with")) people.addAll(resolveAll(s, dep.dep()));
                }
            }
            // The governing verb lends its subject: "Kim held talks with Putin", "Modi made a trip to Paris".
            Dependency up = governor(s, n.index());
            if (up != null && up.gov() >= 0) {
                Token g = s.token(up.gov());
                String gl = g.lemma().toLowerCase(Locale.ROOT);
                if ((up.rel().equals("obj") || up.rel().startsWith("obl")) && (Words.HOLD_VERBS.contains(gl) || g.isVerb() && !Words.REPORT_VERBS.contains(gl))) {
                    // "discussed it in a telephone conversation with Tebboune", "agreed during talks in Kuala Lumpur"
                    boolean setting = type != EventType.VISIT && (up.rel().startsWith("obl:in") || up.rel().startsWith("obl:during")
                            || up.rel().startsWith("obl:at") || up.rel().startsWith("obl:after") || up.rel().startsWith("obl:before"))
                            && !Words.REPORT_VERBS.contains(gl);
                    if (up.rel().equals("obj") && Words.HOLD_VERBS.contains(gl) || up.rel().startsWith("obl:on") || up.rel().startsWith("obl:for")
                            || setting) {
                        people.addAll(subjects(s, g.index()));
                        for (Dependency w : s.children(g.index(), null)) {
                            if (w.rel().startsWith("obl:with") || w.rel().startsWith("obl:for") || w.rel().startsWith("obl:in_honor")
                                    || w.rel().startsWith("obl:in_honour")) people.addAll(resolveAll(s, w.dep()));
                        }
                    }
                }
                // "Kim is in Russia on a visit": the copular place predicate gives the destination and visitor.
                NameResolver.Named govEntity = entity(s, up.gov());
                if (type == EventType.MEETING && govEntity != null && (govEntity.type == EntityType.PLACE || govEntity.type == EntityType.COUNTRY)
                        && up.rel().startsWith("obl") && !s.children(up.gov(), "cop").isEmpty()) {
                    // "he was in Bratislava for talks with X"
                    d.location = govEntity;
                    people.addAll(subjects(s, up.gov()));
                }
                if (type == EventType.VISIT && govEntity != null && (govEntity.type == EntityType.PLACE || govEntity.type == EntityType.COUNTRY)
                        && up.rel().startsWith("obl")) {
                    d.location = govEntity;
                    people.addAll(subjects(s, up.gov()));
                }
            }
            if (type != EventType.VISIT) {
                // "the first UK-France summit, where he and Emmanuel Macron agreed ...": the clause names the people.
                for (Dependency rc : s.children(n.index(), "acl:relcl")) {
                    for (Dependency sub : s.children(rc.dep(), "nsubj")) {
                        for (NameResolver.Named p : resolveAll(s, sub.dep())) if (p.type == EntityType.PERSON) people.add(p);
                    }
                }
            }
            // "a state banquet in honour of the visiting dignitary": the honoured guest, however the parse split it.
            for (int holder : up != null && up.gov() >= 0 ? List.of(n.index(), up.gov()) : List.of(n.index())) {
                for (Dependency in : s.children(holder, null)) {
                    if (!(in.rel().startsWith("nmod:in") || in.rel().startsWith("obl:in"))) continue;
                    String hw = s.token(in.dep()).lemma().toLowerCase(Locale.ROOT);
                    if (!hw.equals("honour") && !hw.equals("honor")) continue;
                    for (Dependency of2 : s.children(in.dep(), "nmod:of")) people.addAll(resolveAll(s, of2.dep()));
                }
            }
            if (type == EventType.MEETING && up != null && up.gov() >= 0 && joinsTold(s, n.index(), up)) {
                d.joins = true;
                Token g = s.token(up.gov());
                // "Present at the talks were A and B": the adjective is the subject of the names.
                for (Dependency p : s.parents(g.index())) if (p.rel().equals("nsubj")) people.addAll(resolveAll(s, p.gov()));
                people.addAll(subjects(s, g.index()));
            }
            for (NameResolver.Named p : people) if (p.type != EntityType.PLACE) d.participants.add(p);
            if (type != EventType.VISIT && isSeparate(s, n.index())) splitSeparate(s, n.index(), d, up);
            if (type == EventType.VISIT) {
                if (d.location == null) d.location = destination(s, n.index(), "visit");
                // Possessors that are countries are destinations ("Russia's visit" is rare; "a visit to Russia" is not).
                d.participants.removeIf(p -> p.type == EntityType.COUNTRY && d.location != null && p == d.location);
            } else {
                d.location = meetingPlace(s, n.index());
            }
            d.factuality = nounFactuality(s, n.index());
            d.date = dateFor(s, n.index(), d.factuality);
            return d;
        }

        /** "took part in the talks", "attended the meeting", "present at the talks": joining a contact the article told. */
        private boolean joinsTold(Sentence s, int noun, Dependency up) {
            boolean definite = s.children(noun, "det").stream().anyMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("the"));
            if (!definite) return false;
            Token g = s.token(up.gov());
            String gl = g.lemma().toLowerCase(Locale.ROOT);
            if (gl.equals("present")) return up.rel().startsWith("obl:at") || up.rel().startsWith("nmod:at");
            if (gl.equals("attend") || gl.equals("join")) return up.rel().equals("obj");
            if (gl.equals("participate")) return up.rel().startsWith("obl:in");
            return gl.equals("take") && up.rel().startsWith("obl:in") && hasChildWord(s, g.index(), "obj", "part");
        }

        /** "hosted a luncheon to welcome Kim": the infinitive is the purpose of the host's contact, not a contact of its own. */
        private boolean purposeOfTrigger(Sentence s, int verb) {
            boolean to = s.children(verb, "mark").stream().anyMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("to"));
            if (!to) return false;
            Dependency up = governor(s, verb);
            if (up == null || up.gov() < 0 || !(up.rel().startsWith("xcomp") || up.rel().startsWith("advcl"))) return false;
            String gl = s.token(up.gov()).lemma().toLowerCase(Locale.ROOT);
            return Words.MEET_VERBS.contains(gl) || Words.VISIT_OBJ_VERBS.contains(gl) || Words.VISIT_MOTION_VERBS.contains(gl)
                    || gl.equals("hold");
        }

        private boolean isSeparate(Sentence s, int trigger) {
            for (Dependency d : s.children(trigger, null)) {
                String w = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
                if (w.equals("separate") || w.equals("separately") || w.equals("respective") || w.equals("individual")) return true;
                // "met A and B in separate meetings"
                if (d.rel().startsWith("obl") && Words.MEET_NOUNS.contains(s.token(d.dep()).lemma().toLowerCase(Locale.ROOT))) {
                    for (Dependency dd : s.children(d.dep(), "amod")) {
                        if (s.token(dd.dep()).word().equalsIgnoreCase("separate")) return true;
                    }
                }
            }
            return false;
        }

        /** "held separate meetings with A, B and C": one meeting with each of them. */
        private void splitSeparate(Sentence s, int noun, Draft d, Dependency up) {
            List<NameResolver.Named> with = new ArrayList<>();
            for (Dependency w : s.children(noun, "nmod:with")) with.addAll(resolveAll(s, w.dep()));
            if (up != null && up.gov() >= 0) for (Dependency w : s.children(up.gov(), "obl:with")) with.addAll(resolveAll(s, w.dep()));
            with.removeIf(n -> n.type == EntityType.PLACE);
            if (with.size() < 2) return;
            List<NameResolver.Named> hosts = d.participants.stream().filter(p -> !with.contains(p)).toList();
            if (hosts.isEmpty()) return;
            d.participants.clear();
            d.participants.addAll(hosts);
            d.participants.add(with.get(0));
            for (NameResolver.Named other : with.subList(1, with.size())) {
                Draft m = new Draft(d.type, s.index(), noun);
                m.participants.addAll(hosts);
                m.participants.add(other);
                m.factuality = nounFactuality(s, noun);
                m.date = dateFor(s, noun, m.factuality);
                m.location = meetingPlace(s, noun);
                spawned.add(m);
            }
        }

        /** "Zelensky was in Bratislava": being in a foreign place is a visit there. */
        private List<Draft> presence(Sentence s) {
            List<Draft> out = new ArrayList<>();
            for (Token t : s.tokens()) {
                NameResolver.Named place = entity(s, t.index());
                if (place == null || !(place.type == EntityType.PLACE || place.type == EntityType.COUNTRY)) continue;
                boolean copular = !s.children(t.index(), "cop").isEmpty();
                boolean in = s.children(t.index(), "case").stream().anyMatch(c -> Set.of("in", "at").contains(s.token(c.dep()).word().toLowerCase(Locale.ROOT)));
                // "He spent Friday in Singapore": a stay there is a visit, like being there.
                Dependency up = governor(s, t.index());
                int stay = up != null && up.gov() >= 0 && up.rel().startsWith("obl:in") && s.token(up.gov()).lemma().equalsIgnoreCase("spend")
                        ? up.gov() : -1;
                if (!(copular || stay >= 0) || !in) continue;
                if (out.stream().anyMatch(d -> d.location == place)) continue;
                Draft d = new Draft(EventType.VISIT, s.index(), t.index());
                String country = countryOf(place);
                for (Dependency sub : s.children(stay >= 0 ? stay : t.index(), "nsubj")) {
                    for (NameResolver.Named n : resolveAll(s, sub.dep())) {
                        if (n.type == EntityType.PERSON && (n.affiliation == null || !n.affiliation.equals(country))) d.participants.add(n);
                    }
                }
                if (d.participants.isEmpty()) continue;
                d.location = place;
                d.factuality = factuality(s, stay >= 0 ? stay : t.index());
                d.date = stay >= 0 ? stayDate(s, stay, d.factuality) : dateFor(s, t.index(), d.factuality);
                out.add(d);
            }
            return out;
        }

        /** "spent Friday in Singapore": the time is the object of the stay. */
        private TimeValue stayDate(Sentence s, int verb, Factuality f) {
            for (Dependency o : s.children(verb, "obj")) {
                for (TimeMention tm : s.times()) {
                    if (o.dep() >= tm.start() && o.dep() < tm.end()) {
                        TimeValue tv = DateResolver.resolve(tm.text(), tm.value(), pub, f == Factuality.HAPPENED);
                        if (tv.value() != null) return tv;
                    }
                }
            }
            return dateFor(s, verb, f);
        }

        /** "with Kim meeting Shoigu": the parse loses the verb, so read the surface order. */
        private List<Draft> surfaceMeetings(Sentence s, List<Draft> already) {
            List<Draft> out = new ArrayList<>();
            Map<Integer, NameResolver.Named> ents = entityAt.get(s.index());
            for (int i = 1; i + 1 < s.tokens().size(); i++) {
                Token t = s.token(i);
                if (!t.word().equalsIgnoreCase("meeting") && !t.word().equalsIgnoreCase("meets")) continue;
                boolean complete = false;
                for (Draft d : already) if (d.trigger == i && d.participants.size() >= 2) complete = true;
                if (complete) continue;
                NameResolver.Named a = ents.get(i - 1);
                NameResolver.Named b = ents.get(i + 1);
                if (a == null || b == null || a == b || a.type != EntityType.PERSON || b.type != EntityType.PERSON) continue;
                Draft d = new Draft(EventType.MEETING, s.index(), i);
                d.participants.add(a);
                d.participants.add(b);
                d.factuality = Factuality.HAPPENED;
                d.date = new TimeValue(null, null);
                out.add(d);
            }
            already.removeIf(d -> out.stream().anyMatch(o -> o.trigger == d.trigger));
            return out;
        }

        /** Within one sentence, a meeting or visit lends its date and place to the others that share people. */
        private void shareWithinSentence(List<Draft> inSentence) {
            for (Draft d : inSentence) {
                for (Draft o : inSentence) {
                    if (o == d || o.factuality != Factuality.HAPPENED || d.factuality != Factuality.HAPPENED) continue;
                    boolean shares = o.participants.stream().anyMatch(d.participants::contains);
                    if (!shares) continue;
                    if (d.date.value() == null && o.date.value() != null) d.date = o.date;
                    if (d.type == EventType.MEETING && d.location == null && o.type == EventType.VISIT && o.location != null) {
                        d.location = o.location;
                    }
                }
            }
        }

        // ---- arguments ----

        private List<NameResolver.Named> subjects(Sentence s, int verb) {
            List<NameResolver.Named> out = new ArrayList<>();
            int v = verb;
            for (int depth = 0; depth < 4 && v >= 0; depth++) {
                for (Dependency d : s.children(v, null)) {
                    if (d.rel().equals("nsubj") || d.rel().equals("nsubj:pass") || d.rel().equals("nsubj:xsubj")) {
                        out.addAll(resolveAll(s, d.dep()));
                    }
                }
                if (!out.isEmpty()) break;
                Dependency up = governor(s, v);
                if (up == null || up.gov() < 0) break;
                String r = up.rel();
                if (r.startsWith("acl")) {
                    out.addAll(resolveAll(s, up.gov()));
                    break;
                }
                if (!(r.startsWith("advcl") || r.startsWith("xcomp") || r.startsWith("conj") || r.startsWith("ccomp") || r.equals("dep"))) break;
                if (Words.REPORT_VERBS.contains(s.token(up.gov()).lemma().toLowerCase(Locale.ROOT)) && r.startsWith("ccomp")) break;
                v = up.gov();
            }
            return out;
        }

        /** The entities a token stands for: a name, a pronoun, "the two leaders", or a conjunction of these. */
        private List<NameResolver.Named> resolveAll(Sentence s, int token) {
            List<NameResolver.Named> out = new ArrayList<>();
            NameResolver.Named e = entity(s, token);
            if (e != null) out.add(e);
            else out.addAll(resolveDescription(s, token));
            // "leaders of the party, including its secretary general X": the people named in the group.
            for (Dependency inc : s.children(token, "nmod:including")) {
                for (NameResolver.Named n : resolveAll(s, inc.dep())) if (n.type == EntityType.PERSON && !out.contains(n)) out.add(n);
            }
            for (Dependency c : s.children(token, "conj")) {
                NameResolver.Named ce = entity(s, c.dep());
                if (ce != null && !out.contains(ce)) out.add(ce);
                if (ce == null && !Words.PRONOUNS_GROUP.contains(s.token(c.dep()).word().toLowerCase(Locale.ROOT))) {
                    // "X and the President of Mozambique Filipe Nyusi"
                    for (NameResolver.Named d : resolveDescription(s, c.dep())) if (!out.contains(d)) out.add(d);
                }
            }
            return out;
        }

        private NameResolver.Named entity(Sentence s, int token) {
            return entityAt.get(s.index()).get(token);
        }

        private List<NameResolver.Named> resolveDescription(Sentence s, int token) {
            Token t = s.token(token);
            String w = t.word().toLowerCase(Locale.ROOT);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (Words.PRONOUNS_SUBJ.contains(w)) {
                NameResolver.Named p = pronoun(s, token);
                return p == null ? List.of() : List.of(p);
            }
            if (Words.PRONOUNS_GROUP.contains(w)) {
                Dependency up = governor(s, token);
                if (up != null && up.gov() >= 0) {
                    Dependency clause = governor(s, up.gov());
                    if (clause != null && clause.gov() >= 0 && clause.rel().startsWith("advcl")) {
                        List<NameResolver.Named> group = new ArrayList<>();
                        for (Dependency d : s.children(clause.gov(), "nsubj")) {
                            NameResolver.Named n = entity(s, d.dep());
                            if (n != null && n.type == EntityType.PERSON && !group.contains(n)) group.add(n);
                        }
                        if (group.size() >= 2) return group;
                    }
                }
                return pairBefore(s, token);
            }
            // "the two met briefly": a bare number standing for the pair.
            if (w.equals("two") && t.pos().equals("CD") && s.children(token, "det").stream().anyMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("the"))) {
                return pairBefore(s, token);
            }
            // "in honour of the visiting dignitary", "his guest": whoever the article has on a visit.
            boolean visiting = s.children(token, "amod").stream().anyMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("visiting"));
            if (t.isNoun() && (visiting && Words.VISITOR_NOUNS.contains(lemma) || lemma.equals("guest"))) {
                NameResolver.Named visitor = currentVisitor(s.index());
                if (visitor != null) return List.of(visitor);
            }
            if ((w.equals("who") || w.equals("whom")) && t.pos().startsWith("W")) {
                // A relative pronoun the parse left unresolved: the name just before the clause.
                for (int k = token - 1; k >= 0 && k >= token - 3; k--) {
                    NameResolver.Named n = entity(s, k);
                    if (n != null) return List.of(n);
                }
            }
            // "a Chinese delegation led by Li Hongzhong": the named leader, not the country.
            if (Words.DELEGATION_HEADS.contains(lemma)) {
                for (Dependency acl : s.children(token, "acl")) {
                    String al = s.token(acl.dep()).lemma().toLowerCase(Locale.ROOT);
                    if (!al.equals("lead") && !al.equals("head")) continue;
                    for (Dependency by : s.children(acl.dep(), null)) {
                        if (!by.rel().equals("obl:agent") && !by.rel().startsWith("obl:by")) continue;
                        List<NameResolver.Named> leaders = resolveAll(s, by.dep());
                        if (!leaders.isEmpty()) return leaders;
                    }
                }
            }
            if (Words.TITLE_HEADS.contains(lemma)) {
                // "Sultan of Oman Haitham bin Tarik" parsed as "Sultan of [Haitham ...]": the title's own person.
                List<NameResolver.Named> named = new ArrayList<>();
                List<NameResolver.Named> firstGroup = null;
                for (Dependency d : s.children(token, null)) {
                    // "his Algerian counterpart Abdelmadjid Tebboune" sometimes comes out as a bare dep.
                    boolean nameAfter = d.rel().equals("dep") && d.dep() > token;
                    if (!(d.rel().equals("nmod:of") || d.rel().equals("appos") || d.rel().equals("compound") || nameAfter)) continue;
                    List<NameResolver.Named> group = new ArrayList<>();
                    for (NameResolver.Named e : resolveAll(s, d.dep())) {
                        if (e.type == EntityType.PERSON && !group.contains(e)) group.add(e);
                    }
                    // "General Secretary of the Communist Party ... Nguyen Phu Trong": the name hangs on the body.
                    if (group.isEmpty() && d.rel().equals("nmod:of")) {
                        for (Dependency g : s.children(d.dep(), "nmod:of")) {
                            NameResolver.Named e = entity(s, g.dep());
                            if (e != null && e.type == EntityType.PERSON) group.add(e);
                        }
                    }
                    if (!group.isEmpty() && firstGroup == null) firstGroup = group;
                    for (NameResolver.Named e : group) if (!named.contains(e)) named.add(e);
                }
                // "The foreign ministers ..., Radoslaw Sikorski and Annalena Baerbock": all of them. A singular title
                // names one person, with whoever is coordinated with that person ("the Emir of Qatar X and the
                // President of Mozambique Y").
                if (!named.isEmpty()) return t.pos().endsWith("S") ? named : firstGroup;
            }
            if (t.isNoun() && Words.TITLE_HEADS.contains(lemma)) {
                int[] r = subtreeRange(s, token);
                for (Dependency d : s.deps()) {
                    if (!d.rel().equals("appos") || d.gov() < r[0] || d.gov() >= r[1]) continue;
                    NameResolver.Named e = entity(s, d.dep());
                    if (e != null && e.type == EntityType.PERSON) return List.of(e);
                }
            }
            // A title or group noun naming someone by compound/appos ("Minister" -> "Sergei Shoigu").
            for (Dependency d : s.children(token, null)) {
                if (d.rel().equals("appos") && t.pos().endsWith("S")) {
                    List<NameResolver.Named> group = new ArrayList<>();
                    for (NameResolver.Named n : resolveAll(s, d.dep())) if (n.type == EntityType.PERSON) group.add(n);
                    if (group.size() >= 2) return group;
                }
                if (d.rel().equals("compound") || d.rel().equals("appos") || d.rel().equals("nmod:poss") && Words.DELEGATION_HEADS.contains(lemma)
                        || d.rel().equals("amod") && Words.DELEGATION_HEADS.contains(lemma)) {
                    NameResolver.Named e = entity(s, d.dep());
                    if (e != null && (e.type == EntityType.PERSON || Words.DELEGATION_HEADS.contains(lemma))) return List.of(e);
                }
            }
            if ((w.equals("majesty") || w.equals("highness") || w.equals("excellency")) && !s.children(token, "nmod:poss").isEmpty()) {
                // "His Majesty arrived": the article's monarch, else the person the text is about.
                NameResolver.Named royal = null;
                for (NameResolver.Named p : names.people()) {
                    if (p.role != null && p.role.toLowerCase(Locale.ROOT).matches(".*\\b(king|queen|emir|sultan|sheikh|prince|crown prince)\\b.*")) {
                        royal = p;
                        break;
                    }
                }
                if (royal == null) royal = topics.get(s.index() - 1);
                if (royal != null) return List.of(royal);
            }
            if (Words.TITLE_HEADS.contains(lemma) && (t.pos().equals("NN") || t.pos().equals("NNP"))) {
                NameResolver.Named described = describedPerson(s, token);
                if (described != null) return List.of(described);
                NameResolver.Named office = officeHolder(s, token);
                if (office != null) return List.of(office);
            }
            if (Words.GROUP_HEADS.contains(lemma) && t.pos().endsWith("S")) {
                boolean counted = false;
                for (Dependency d : s.children(token, null)) {
                    String dw = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
                    if (dw.equals("two") || dw.equals("both")) counted = true;
                }
                if (counted || s.children(token, "det").stream().anyMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("the"))) {
                    return pairBefore(s, token);
                }
            }
            return List.of();
        }

        /** The person of the latest visit told up to this sentence, if one person made it. */
        private NameResolver.Named currentVisitor(int sentence) {
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (d.type != EventType.VISIT || d.sentence > sentence || d.factuality != Factuality.HAPPENED) continue;
                List<NameResolver.Named> people = d.participants.stream().filter(p -> p.type == EntityType.PERSON).toList();
                if (people.size() == 1) return people.get(0);
            }
            return null;
        }

        /** "the North Korean leader": the one person of the article with that affiliation and title word. */
        private NameResolver.Named describedPerson(Sentence s, int token) {
            String country = null;
            for (Dependency d : s.children(token, null)) {
                if (!(d.rel().equals("amod") || d.rel().equals("compound") || d.rel().equals("nmod:poss"))) continue;
                NameResolver.Named e = entity(s, d.dep());
                if (e != null && e.type == EntityType.COUNTRY) country = e.name;
            }
            String head = s.token(token).word().toLowerCase(Locale.ROOT);
            if (country == null) {
                boolean definite = s.children(token, "det").stream().anyMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("the"));
                if (!definite) return null;
                String phrase = (token > 0 && s.token(token - 1).pos().startsWith("NN") || token > 0 && s.token(token - 1).pos().startsWith("JJ")
                        ? s.token(token - 1).word() + " " : "") + s.token(token).word();
                List<NameResolver.Named> fitting = new ArrayList<>();
                for (NameResolver.Named p : names.people()) {
                    if (p.role != null && p.role.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT))) fitting.add(p);
                }
                if (fitting.size() == 1) return fitting.get(0);
                // Several presidents: "the President" is the one the last sentences were about.
                for (int si = s.index() - 1; si >= 0 && si >= s.index() - 3; si--) {
                    NameResolver.Named topic = topics.get(si);
                    if (topic != null && fitting.contains(topic)) return topic;
                }
                return null;
            }
            NameResolver.Named found = null;
            for (NameResolver.Named p : names.people()) {
                if (!country.equals(p.affiliation)) continue;
                if (p.role != null && !p.role.toLowerCase(Locale.ROOT).contains(head)) continue;
                if (found != null && found != p) return null;
                found = p;
            }
            return found;
        }

        /** "The Russian defence minister" with no name yet: a person known by office and country. */
        private NameResolver.Named officeHolder(Sentence s, int token) {
            String country = null;
            int from = token;
            for (Dependency d : s.children(token, null)) {
                if (!(d.rel().equals("amod") || d.rel().equals("compound") || d.rel().equals("nmod:poss"))) continue;
                NameResolver.Named e = entity(s, d.dep());
                if (e != null && e.type == EntityType.COUNTRY) country = e.name;
                from = Math.min(from, d.dep());
            }
            if (country == null || !Words.OFFICE_HEADS.contains(s.token(token).lemma().toLowerCase(Locale.ROOT))) return null;
            StringBuilder role = new StringBuilder();
            for (int k = from; k <= token; k++) {
                NameResolver.Named e = entity(s, k);
                if (e != null || s.token(k).word().equals("'s")) continue;
                if (role.length() > 0) role.append(' ');
                role.append(s.token(k).word().toLowerCase(Locale.ROOT));
            }
            if (role.length() == 0) return null;
            return names.office(country + " " + role, role.toString(), country, s.index());
        }

        private boolean isPossessive(Sentence s, int token) {
            return s.token(token).pos().equals("PRP$");
        }

        /** "the two leaders": the last two people named before, in this sentence if it names two. */
        private List<NameResolver.Named> pairBefore(Sentence s, int token) {
            List<NameResolver.Named> seen = new ArrayList<>();
            for (int k = token - 1; k >= 0 && seen.size() < 2; k--) {
                NameResolver.Named n = entity(s, k);
                if (n == null && Words.PRONOUNS_SUBJ.contains(s.token(k).word().toLowerCase(Locale.ROOT))) n = pronoun(s, k);
                if (n == null && isBareTitle(s, k)) n = describedPerson(s, k); // "talks with the US President"
                if (n != null && n.type == EntityType.PERSON && !seen.contains(n)) seen.add(n);
            }
            return seen.size() == 2 ? List.of(seen.get(1), seen.get(0)) : lastPair;
        }

        /** A title noun standing alone for a person ("the US President"), not one introducing a name. */
        private boolean isBareTitle(Sentence s, int token) {
            Token t = s.token(token);
            if (!t.isNoun() || !Words.TITLE_HEADS.contains(t.lemma().toLowerCase(Locale.ROOT))) return false;
            Dependency up = governor(s, token);
            if (up != null && up.gov() >= 0 && entity(s, up.gov()) != null) return false;
            return s.children(token, null).stream().noneMatch(d -> entity(s, d.dep()) != null && entity(s, d.dep()).type == EntityType.PERSON);
        }

        /** A subject pronoun: the subject of the governing clause, else the nearest person before it. */
        private NameResolver.Named pronoun(Sentence s, int token) {
            Map<Integer, NameResolver.Named> ents = entityAt.get(s.index());
            Dependency up = governor(s, token);
            List<NameResolver.Named> candidates = new ArrayList<>();
            String pw = s.token(token).word().toLowerCase(Locale.ROOT);
            if ((pw.equals("his") || pw.equals("her")) && up != null && up.gov() >= 0) {
                // "who is in Russia on his first state visit": his is the clause's own subject.
                Dependency pred = governor(s, up.gov());
                if (pred != null && pred.gov() >= 0) {
                    for (Dependency sub : s.children(pred.gov(), "nsubj")) {
                        for (NameResolver.Named n : resolveAll(s, sub.dep())) if (n.type == EntityType.PERSON) candidates.add(n);
                    }
                }
            }
            if (up != null && up.gov() >= 0) {
                Dependency clause = governor(s, up.gov());
                if (clause != null && clause.gov() >= 0 && (clause.rel().startsWith("advcl") || clause.rel().startsWith("conj"))) {
                    for (NameResolver.Named n : subjects(s, clause.gov())) if (n.type == EntityType.PERSON) candidates.add(n);
                }
            }
            // Earlier subjects in the same sentence come before people merely mentioned there.
            for (Dependency d : s.deps()) {
                if (d.dep() >= token || !d.rel().equals("nsubj")) continue;
                NameResolver.Named n = ents.get(d.dep());
                if (n == null && Words.PRONOUNS_SUBJ.contains(s.token(d.dep()).word().toLowerCase(Locale.ROOT))) n = pronoun(s, d.dep());
                if (n != null && n.type == EntityType.PERSON && !candidates.contains(n)) candidates.add(n);
            }
            if (candidates.isEmpty()) {
                for (int si = s.index() - 1; si >= 0 && si >= s.index() - 1; si--) {
                    NameResolver.Named topic = topics.get(si);
                    if (topic != null) candidates.add(topic);
                }
            }
            for (int k = token - 1; k >= 0; k--) {
                NameResolver.Named n = ents.get(k);
                if (n != null && n.type == EntityType.PERSON && !candidates.contains(n)) candidates.add(n);
            }
            for (int si = s.index() - 1; si >= 0 && si >= s.index() - 2; si--) {
                NameResolver.Named topic = topics.get(si);
                if (topic != null && !candidates.contains(topic)) candidates.add(topic);
            }
            for (int si = s.index() - 1; si >= 0 && si >= s.index() - 2; si--) {
                Sentence prev = doc.sentences().get(si);
                for (Dependency d : prev.deps()) {
                    if (!d.rel().startsWith("nsubj")) continue;
                    NameResolver.Named n = entityAt.get(si).get(d.dep());
                    if (n != null && n.type == EntityType.PERSON && !candidates.contains(n)) candidates.add(n);
                }
                for (NameResolver.Named n : entityAt.get(si).values()) {
                    if (n.type == EntityType.PERSON && !candidates.contains(n)) candidates.add(n);
                }
            }
            // An object pronoun is not the subject of its own clause: "Putin hosted a dinner for him".
            if (pw.equals("him") || pw.equals("her") && !isPossessive(s, token)) {
                int v = token;
                for (int hops = 0; hops < 3; hops++) {
                    Dependency g = governor(s, v);
                    if (g == null || g.gov() < 0) break;
                    v = g.gov();
                    if (s.token(v).isVerb()) {
                        for (Dependency sub : s.children(v, "nsubj")) {
                            NameResolver.Named subject = entity(s, sub.dep());
                            if (subject != null) candidates.remove(subject);
                        }
                        break;
                    }
                }
                if (candidates.isEmpty()) {
                    for (int si = s.index() - 1; si >= 0 && si >= s.index() - 2; si--) {
                        NameResolver.Named topic = topics.get(si);
                        if (topic != null) candidates.add(topic);
                    }
                }
            }
            if (candidates.isEmpty()) return null;
            // Someone does not visit their own country: prefer a candidate from elsewhere for a visit's subject.
            if (up != null && up.gov() >= 0) {
                String gl = s.token(up.gov()).lemma().toLowerCase(Locale.ROOT);
                if (Words.VISIT_OBJ_VERBS.contains(gl) || Words.VISIT_MOTION_VERBS.contains(gl)) {
                    String destCountry = countryOf(destination(s, up.gov(), gl));
                    if (destCountry != null) {
                        for (NameResolver.Named c : candidates) {
                            if (c.affiliation != null && !c.affiliation.equals(destCountry)) return c;
                        }
                        for (NameResolver.Named c : candidates) if (c.affiliation == null) return c;
                    }
                }
            }
            return candidates.get(0);
        }

        private NameResolver.Named destination(Sentence s, int trigger, String lemma) {
            List<Integer> heads = new ArrayList<>();
            for (Dependency d : s.children(trigger, null)) {
                String r = d.rel();
                boolean ok = switch (lemma) {
                    case "visit", "tour" -> r.equals("obj") || r.startsWith("nmod:to") || r.startsWith("obl:to") || r.startsWith("nmod:in")
                            || r.startsWith("obl:in") || r.equals("compound");
                    case "arrive", "land", "reach" -> r.startsWith("obl:in") || r.startsWith("obl:at") || r.startsWith("obl:to") || r.equals("obj")
                            || r.startsWith("obl:into");
                    default -> r.startsWith("obl:to") || r.startsWith("obl:into") || r.startsWith("nmod:to");
                };
                if (ok && !inDateline(s, d.dep())) heads.add(d.dep());
            }
            NameResolver.Named best = null;
            for (int h : heads) {
                NameResolver.Named e = entity(s, h);
                if (e != null && (e.type == EntityType.PLACE || e.type == EntityType.COUNTRY)) return e;
                if (e != null && e.type == EntityType.PERSON) continue;
                // A site: "a frigate in the Far East" names the Far East as the most specific place.
                NameResolver.Named inner = placeInside(s, h);
                if (inner != null && best == null) best = inner;
            }
            return best;
        }

        /** "Buenos Aires, where he arrived": a clause hanging on a place happens there. */
        private NameResolver.Named relativePlace(Sentence s, int verb) {
            Dependency up = governor(s, verb);
            if (up == null || up.gov() < 0 || !up.rel().startsWith("acl")) return null;
            NameResolver.Named e = entity(s, up.gov());
            return e != null && (e.type == EntityType.PLACE || e.type == EntityType.COUNTRY) ? e : null;
        }

        /** "visited Sofia ... and then Prague": the other places coordinated with the destination. */
        private List<NameResolver.Named> coordinatedPlaces(Sentence s, int verb, NameResolver.Named dest) {
            List<NameResolver.Named> out = new ArrayList<>();
            if (dest == null) return out;
            for (Dependency d : s.children(verb, null)) {
                if (entity(s, d.dep()) != dest) continue;
                for (Dependency c : s.children(d.dep(), "conj")) {
                    NameResolver.Named e = entity(s, c.dep());
                    if (e != null && e != dest && (e.type == EntityType.PLACE || e.type == EntityType.COUNTRY) && !out.contains(e)) out.add(e);
                }
            }
            return out;
        }

        private NameResolver.Named placeInside(Sentence s, int head) {
            int[] r = subtreeRange(s, head);
            NameResolver.Named found = null;
            for (int k = r[0]; k < r[1]; k++) {
                NameResolver.Named e = entity(s, k);
                if (e == null || !(e.type == EntityType.PLACE || e.type == EntityType.COUNTRY)) continue;
                if (found == null || found.type == EntityType.COUNTRY && e.type == EntityType.PLACE) found = e;
            }
            return found;
        }

        private NameResolver.Named meetingPlace(Sentence s, int trigger) {
            NameResolver.Named where = relativePlace(s, trigger);
            if (where == null) {
                Dependency up = governor(s, trigger);
                if (up != null && up.gov() >= 0 && s.token(trigger).isNoun()) where = relativePlace(s, up.gov());
            }
            if (where != null) return where;
            List<NameResolver.Named> found = new ArrayList<>();
            List<Integer> cluster = cluster(s, trigger);
            for (int t : cluster) {
                for (Dependency d : s.children(t, null)) {
                    String r = d.rel();
                    if (!(r.startsWith("obl:in") || r.startsWith("obl:at") || r.startsWith("nmod:in") || r.startsWith("nmod:at"))) continue;
                    if (inDateline(s, d.dep())) continue;
                    NameResolver.Named e = entity(s, d.dep());
                    if (e != null && (e.type == EntityType.PLACE || e.type == EntityType.COUNTRY)) found.add(e);
                    else {
                        NameResolver.Named inner = placeInside(s, d.dep());
                        if (inner != null) found.add(inner);
                    }
                    // "at the Royal Palace in Rabat": the place of the place
                    for (Dependency dd : s.children(d.dep(), "nmod:in")) {
                        NameResolver.Named e2 = entity(s, dd.dep());
                        if (e2 != null && (e2.type == EntityType.PLACE || e2.type == EntityType.COUNTRY)) found.add(e2);
                    }
                }
            }
            if (found.isEmpty()) {
                // A place one step further down: "talks with Karl Nehammer in Vienna".
                for (int c : cluster) {
                    for (Dependency arg : s.children(c, null)) {
                        if (!(arg.rel().startsWith("obl") || arg.rel().startsWith("nmod") || arg.rel().equals("obj"))) continue;
                        for (Dependency d : s.children(arg.dep(), null)) {
                            if (!(d.rel().startsWith("nmod:in") || d.rel().startsWith("nmod:at"))) continue;
                            NameResolver.Named e = entity(s, d.dep());
                            if (e != null && (e.type == EntityType.PLACE || e.type == EntityType.COUNTRY) && !inDateline(s, d.dep())) found.add(e);
                        }
                    }
                }
            }
            return mostSpecific(found);
        }

        /** Site over city over country: the spec wants the most specific named place. */
        private NameResolver.Named mostSpecific(List<NameResolver.Named> places) {
            NameResolver.Named best = null;
            for (NameResolver.Named p : places) {
                if (best == null || specificity(p) > specificity(best)) best = p;
            }
            return best;
        }

        private int specificity(NameResolver.Named p) {
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

        /** The trigger and the clauses tied to it that can carry its date or place (not reporting verbs). */
        private List<Integer> cluster(Sentence s, int trigger) {
            List<Integer> out = new ArrayList<>(List.of(trigger));
            Dependency up = governor(s, trigger);
            if (up != null && up.gov() >= 0) {
                String gl = s.token(up.gov()).lemma().toLowerCase(Locale.ROOT);
                boolean tied = up.rel().equals("obj") || up.rel().startsWith("nsubj") || up.rel().startsWith("obl")
                        || up.rel().startsWith("xcomp") || up.rel().startsWith("advcl") || up.rel().startsWith("conj");
                // Coordinated verbs share a time: "landed in Tel Aviv on Wednesday and met Netanyahu".
                if (tied && !Words.REPORT_VERBS.contains(gl) && !s.token(trigger).isVerb() || tied && s.token(trigger).isVerb()
                        && (up.rel().startsWith("xcomp") || up.rel().startsWith("conj")) && !Words.REPORT_VERBS.contains(gl)) {
                    out.add(up.gov());
                }
            }
            for (Dependency d : s.children(trigger, null)) {
                if ((d.rel().startsWith("advcl") || d.rel().startsWith("xcomp")) && !Words.REPORT_VERBS.contains(s.token(d.dep()).lemma().toLowerCase(Locale.ROOT))) {
                    out.add(d.dep());
                }
            }
            // "visited Sofia, where he met X": the clause shares the visit's time.
            int clauseVerb = s.token(trigger).isNoun() && up != null && up.gov() >= 0 ? up.gov() : trigger;
            Dependency rel = governor(s, clauseVerb);
            if (rel != null && rel.gov() >= 0 && rel.rel().startsWith("acl") && entity(s, rel.gov()) != null) {
                Dependency placeUp = governor(s, rel.gov());
                if (placeUp != null && placeUp.gov() >= 0 && !Words.REPORT_VERBS.contains(s.token(placeUp.gov()).lemma().toLowerCase(Locale.ROOT))) {
                    out.add(placeUp.gov());
                    if (!out.contains(clauseVerb)) out.add(clauseVerb);
                }
            }
            return out;
        }

        private Dependency governor(Sentence s, int token) {
            Dependency best = null;
            for (Dependency d : s.parents(token)) {
                if (d.rel().equals("ref")) continue;
                if (best == null || rank(d.rel()) < rank(best.rel())) best = d;
            }
            return best;
        }

        private int rank(String rel) {
            if (rel.startsWith("nsubj") && rel.contains("xsubj")) return 5;
            if (rel.startsWith("conj")) return 3;
            return 1;
        }

        // ---- dates ----

        private TimeValue dateFor(Sentence s, int trigger, Factuality f) {
            TimeValue relative = daysFromClause(s, trigger, f);
            if (relative != null) return relative;
            boolean past = f == Factuality.HAPPENED;
            List<Integer> cluster = cluster(s, trigger);
            TimeMention best = null;
            for (TimeMention tm : s.times()) {
                if (tm.start() < s.tokens().size() && inDateline(s, tm.start())) continue;
                for (int k = tm.start(); k < tm.end(); k++) {
                    Dependency up = governor(s, k);
                    if (up != null && up.gov() >= 0 && cluster.contains(up.gov()) && (up.gov() < tm.start() || up.gov() >= tm.end())) {
                        best = tm;
                        break;
                    }
                }
                if (best != null) break;
            }
            if (best == null) best = onlyEventTime(s, cluster);
            if (best != null) {
                TimeValue tv = DateResolver.resolve(withPreposition(s, best), best.value(), pub, past);
                if (tv.value() != null || tv.text() != null) return tv;
            }
            // "agreed on Monday evening ..., after a meeting with X": the news and what led to it share the day.
            Dependency anchor = governor(s, trigger);
            if (anchor != null && anchor.rel().equals("obl:after") && !s.token(trigger).isVerb()) {
                for (Dependency d : s.deps()) {
                    if (d.gov() < 0 && d.rel().equals("root") && d.dep() != trigger && s.token(d.dep()).isVerb()) {
                        TimeValue rootDate = dateFor(s, d.dep(), f);
                        if (rootDate.value() != null && rootDate.value().length() == 10) return rootDate;
                    }
                }
            }
            // A present-perfect lead with no time word takes the publication date: "has met".
            Token t = s.token(trigger);
            int verb = t.isVerb() ? trigger : governorVerb(s, trigger);
            // Only the lead: "has met X three times since 2019" further down is no report of today.
            if (verb >= 0 && isLead(s) && (s.token(verb).pos().equals("VBN") || s.token(verb).pos().equals("VBD"))) {
                for (Dependency a : s.children(verb, "aux")) {
                    String w = s.token(a.dep()).word().toLowerCase(Locale.ROOT);
                    if (w.equals("has") || w.equals("have")) return new TimeValue(pub.toString(), null);
                }
            }
            return new TimeValue(null, null);
        }

        /**
         * "arrived on Wednesday, a day after he held talks with Biden": a clause marked "after" or "before" with a
         * count of days is dated from the clause it hangs on. Null when the sentence says no such thing.
         */
        private TimeValue daysFromClause(Sentence s, int trigger, Factuality f) {
            int verb = s.token(trigger).isVerb() ? trigger : governorVerb(s, trigger);
            if (verb < 0) return null;
            String mark = null;
            for (Dependency m : s.children(verb, "mark")) {
                String w = s.token(m.dep()).word().toLowerCase(Locale.ROOT);
                if (w.equals("after") || w.equals("before")) mark = w;
            }
            Dependency up = governor(s, verb);
            if (mark == null || up == null || up.gov() < 0 || !(up.rel().startsWith("advcl") || up.rel().equals("dep"))) return null;
            // The clause may hang on a noun of the main clause ("for a summit ..., a day after"): climb to its verb.
            int anchorVerb = up.gov();
            for (int depth = 0; depth < 4 && anchorVerb >= 0 && !s.token(anchorVerb).isVerb(); depth++) {
                Dependency next = governor(s, anchorVerb);
                anchorVerb = next == null ? -1 : next.gov();
            }
            if (anchorVerb < 0) return null;
            for (TimeMention tm : s.times()) {
                if (!"DURATION".equals(tm.type()) || tm.value() == null || !tm.value().matches("P\\d+D")) continue;
                Dependency on = governor(s, tm.end() - 1);
                if (on == null || on.gov() != verb) continue;
                TimeValue anchor = dateFor(s, anchorVerb, f);
                if (anchor.value() == null || anchor.value().length() != 10) return null;
                int days = Integer.parseInt(tm.value().substring(1, tm.value().length() - 1));
                LocalDate d = LocalDate.parse(anchor.value()).plusDays(mark.equals("after") ? -days : days);
                return TimeValue.day(d, tm.text() + " " + mark);
            }
            return null;
        }

        /** The first two sentences of the body that are not page noise. */
        private boolean isLead(Sentence s) {
            int before = 0;
            for (int i = 0; i < s.index(); i++) if (!skipped.contains(i)) before++;
            return before <= 1;
        }

        private int governorVerb(Sentence s, int noun) {
            Dependency up = governor(s, noun);
            return up != null && up.gov() >= 0 && s.token(up.gov()).isVerb() ? up.gov() : -1;
        }

        /**
         * When the parse ties no time to the trigger, a sentence with exactly one date that no reporting verb
         * governs ("said on Sunday") is taken to date its contact.
         */
        private TimeMention onlyEventTime(Sentence s, List<Integer> cluster) {
            TimeMention only = null;
            for (TimeMention tm : s.times()) {
                if (!(tm.type().equals("DATE") || tm.type().equals("TIME")) || tm.value() == null) continue;
                if (inDateline(s, tm.start())) continue;
                boolean reporting = false;
                for (int k = tm.start(); k < tm.end(); k++) {
                    Dependency up = governor(s, k);
                    if (up == null || up.gov() < 0 || up.gov() >= tm.start() && up.gov() < tm.end()) continue;
                    Token g = s.token(up.gov());
                    // A date of another clause ("since Russia launched ... in February") or of the report is not the contact's.
                    if (Words.REPORT_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT)) || g.isVerb() && !cluster.contains(up.gov())) reporting = true;
                }
                if (reporting) continue;
                if (only != null) return null;
                only = tm;
            }
            return only;
        }

        private String withPreposition(Sentence s, TimeMention tm) {
            int start = tm.start();
            if (start > 0) {
                String prev = s.token(start - 1).word().toLowerCase(Locale.ROOT);
                if (Set.of("on", "in", "during", "since", "by", "at", "early", "late", "earlier").contains(prev)) start--;
            }
            return s.span(start, tm.end());
        }

        // ---- factuality ----

        private Factuality factuality(Sentence s, int verb) {
            Factuality f = Factuality.HAPPENED;
            int v = verb;
            for (int depth = 0; depth < 4 && v >= 0; depth++) {
                Token t = s.token(v);
                for (Dependency d : s.children(v, null)) {
                    String w = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
                    if (d.rel().equals("aux") || d.rel().equals("aux:pass")) {
                        if (Words.MODALS.contains(w)) return w.equals("could") || w.equals("might") || w.equals("would") || w.equals("may")
                                ? Factuality.HYPOTHETICAL : Factuality.PLANNED;
                        if (w.equals("to") && depth == 0) f = Factuality.PLANNED;
                    }
                    if (d.rel().equals("advmod") && Words.NEGATIONS.contains(w) || d.rel().equals("neg")) return Factuality.DENIED;
                    if (d.rel().equals("mark") && (w.equals("if") || w.equals("whether") || w.equals("unless"))) return Factuality.HYPOTHETICAL;
                    if (d.rel().equals("mark") && w.equals("to") && depth == 0) f = Factuality.PLANNED;
                }
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (depth > 0) {
                    if (Words.DENY_GOVERNORS.contains(lemma)) return Factuality.DENIED;
                    if (Words.CANCEL_GOVERNORS.contains(lemma)) return Factuality.CANCELLED;
                    if (Words.NEGATIVE_GOVERNORS.contains(lemma)) return Factuality.DENIED;
                    if (Words.PLAN_GOVERNORS.contains(lemma)) return Factuality.PLANNED;
                }
                if (depth == 0 && t.pos().equals("VBG") && (lemma.equals("head") || lemma.equals("travel") || lemma.equals("fly"))
                        && !s.children(v, "aux").isEmpty()) return Factuality.IN_PROGRESS;
                Dependency up = governor(s, v);
                if (up == null || up.gov() < 0) break;
                String r = up.rel();
                if (!(r.startsWith("xcomp") || r.startsWith("ccomp") || r.startsWith("obj") || r.startsWith("csubj") || r.startsWith("advcl:to")
                        || r.startsWith("acl") && !r.startsWith("acl:relcl"))) break;
                if (r.startsWith("ccomp") && s.token(up.gov()).isVerb() && Words.REPORT_VERBS.contains(s.token(up.gov()).lemma().toLowerCase(Locale.ROOT))) {
                    // "X denied reports" vs "KCNA reported": only negations of the report verb matter.
                    Factuality g = negatedHere(s, up.gov());
                    return g != null ? g : f;
                }
                v = up.gov();
            }
            return f;
        }

        private Factuality negatedHere(Sentence s, int v) {
            for (Dependency d : s.children(v, null)) {
                String w = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
                if (d.rel().equals("advmod") && Words.NEGATIONS.contains(w)) return Factuality.DENIED;
            }
            return null;
        }

        private Factuality nounFactuality(Sentence s, int noun) {
            for (Dependency d : s.children(noun, null)) {
                String w = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
                if ((d.rel().equals("amod") || d.rel().equals("compound")) && Words.PLANNED_ADJ.contains(w)) return Factuality.PLANNED;
                if (d.rel().equals("det") && (w.equals("no") || w.equals("any"))) return Factuality.DENIED;
                if (d.rel().startsWith("acl") && Words.PLANNED_ADJ.contains(w)) return Factuality.PLANNED;
            }
            Dependency up = governor(s, noun);
            if (up != null && up.gov() >= 0) {
                Token g = s.token(up.gov());
                String gl = g.lemma().toLowerCase(Locale.ROOT);
                if (Words.CANCEL_GOVERNORS.contains(gl) || gl.equals("call") && hasChildWord(s, up.gov(), "compound:prt", "off")) return Factuality.CANCELLED;
                if (Words.DENY_GOVERNORS.contains(gl)) return Factuality.DENIED;
                // "agreed on Monday to send the bid to parliament, after a meeting with X": what a past sentence
                // places its news after has happened, whatever the clause in between says of the future.
                if ((up.rel().equals("obl:after") || up.rel().equals("obl:following")) && pastRoot(s)) return Factuality.HAPPENED;
                // "agreed on Sunday during talks in Kuala Lumpur to ...": the setting of a past act took place,
                // even when the act is a plan.
                if (up.rel().equals("obl:during") && g.pos().equals("VBD") && negatedHere(s, up.gov()) == null
                        && s.children(up.gov(), null).stream().noneMatch(d -> d.rel().startsWith("aux")
                        && Words.MODALS.contains(s.token(d.dep()).word().toLowerCase(Locale.ROOT)))) return Factuality.HAPPENED;
                if (g.isVerb() && !Words.REPORT_VERBS.contains(gl)) {
                    Factuality f = factuality(s, up.gov());
                    if (f != Factuality.HAPPENED) return f;
                }
                if (up.rel().startsWith("nsubj") || up.rel().startsWith("obl")) {
                    for (Dependency d : s.children(up.gov(), null)) {
                        String w = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
                        if (d.rel().startsWith("aux") && Words.MODALS.contains(w)) return Factuality.PLANNED;
                        if (d.rel().equals("xcomp") && Set.of("take", "happen", "begin", "start").contains(s.token(d.dep()).lemma())) {
                            if (Words.PLAN_GOVERNORS.contains(gl)) return Factuality.PLANNED;
                        }
                    }
                    if (Words.PLAN_GOVERNORS.contains(gl) || gl.equals("due") || gl.equals("scheduled")) return Factuality.PLANNED;
                }
            }
            return Factuality.HAPPENED;
        }

        /** The sentence's main verb is a plain past, neither negated nor modal: "agreed", "said". */
        private boolean pastRoot(Sentence s) {
            for (Dependency d : s.deps()) {
                if (d.gov() >= 0 || !d.rel().equals("root")) continue;
                Token root = s.token(d.dep());
                return root.pos().equals("VBD") && factuality(s, root.index()) == Factuality.HAPPENED;
            }
            return false;
        }

        // ---- attribution ----

        private List<Source> sources(Sentence s) {
            List<Source> out = new ArrayList<>();
            for (Dependency d : s.deps()) {
                if (d.rel().startsWith("obl:according_to") || d.rel().startsWith("nmod:according_to")) addSource(s, d.dep(), out, true);
            }
            for (Token t : s.tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (!t.isVerb() || !Words.REPORT_VERBS.contains(lemma)) continue;
                // People are sources only of their own posts; what they say or tell is not attribution of the contact.
                boolean post = Words.POST_VERBS.contains(lemma);
                for (Dependency d : s.children(t.index(), null)) {
                    if (d.rel().equals("nsubj") || d.rel().equals("obl:agent") || d.rel().equals("obl:by")) addSource(s, d.dep(), out, post);
                }
            }
            // ", the MEA said in a statement." at the end of the sentence, where the parse lost the clause.
            if (out.isEmpty()) trailingAttribution(s, out);
            // "state media reported" where the parse lost the subject.
            String lower = s.text().toLowerCase(Locale.ROOT);
            if (out.stream().noneMatch(Source::generic) && lower.matches(".*\\bstate(-run| run)? (media|television|tv|news agency|broadcaster)\\b.*")
                    && lower.matches(".*\\b(reported|said|says|reports|announced|showed|carried)\\b.*")) {
                if (out.isEmpty()) out.add(new Source("state media", true));
            }
            return out;
        }

        /** The wire pattern "..., the Saudi Press Agency (SPA) reported." read from the surface. */
        private void trailingAttribution(Sentence s, List<Source> out) {
            List<Token> toks = s.tokens();
            int end = toks.size() - 1;
            if (end < 3 || !toks.get(end).word().equals(".")) return;
            int verb = -1;
            for (int k = end - 1; k > 0 && k >= end - 6; k--) {
                Token t = toks.get(k);
                if (t.isVerb() && Words.REPORT_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)) && !Words.POST_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                    verb = k;
                    break;
                }
            }
            if (verb < 0) return;
            int comma = -1;
            for (int k = verb - 1; k > 0 && k >= verb - 8; k--) if (toks.get(k).word().equals(",")) { comma = k; break; }
            if (comma < 0) return;
            // The speaker's head: an acronym in brackets if there is one, else the last word before the verb.
            int head = verb - 1;
            for (int k = comma + 1; k < verb; k++) if (toks.get(k).word().matches("[A-Z]{2,6}")) head = k;
            if (toks.get(head).word().equals(")") || toks.get(head).word().equals("-RRB-")) head--;
            if (head <= comma) return;
            NameResolver.Named e = entity(s, head);
            if (e != null && e.type == EntityType.PERSON) return; // people's words are not attribution of the contact
            addSource(s, head, out, false);
        }

        private void addSource(Sentence s, int head, List<Source> out, boolean people) {
            NameResolver.Named e = entity(s, head);
            if (e != null) {
                if (e.type == EntityType.ORGANIZATION || e.type == EntityType.OUTLET) out.add(new Source(sourceLabel(s, head, e), false));
                else if (e.type == EntityType.PERSON && people) out.add(new Source(e.name, false, EntityType.PERSON));
                else if (e.type == EntityType.COUNTRY || e.type == EntityType.PLACE) {
                    // "the Kremlin" or "Beijing said": a government speaking through its seat.
                    if (e.name.equalsIgnoreCase("Kremlin")) out.add(new Source("the Kremlin", false));
                }
                return;
            }
            Token t = s.token(head);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            // "the MEA said": an acronym speaking is an organisation, whether or not NER knew it.
            if (t.word().matches("[A-Z]{2,6}") && lexicon.lookup(t.word()).map(l -> l.kind() != Lexicon.Kind.COUNTRY).orElse(true)) {
                out.add(new Source(t.word(), false));
                return;
            }
            // "the Saudi Press Agency (SPA) reported": the name sits beside its acronym.
            for (Dependency d : s.children(head, null)) {
                if (d.rel().equals("appos") && s.token(d.dep()).word().matches("[A-Z]{2,6}")) {
                    addSource(s, d.dep(), out, people);
                    return;
                }
            }
            if (lemma.equals("statement") || lemma.equals("readout")) {
                // "a statement from the Royal Cabinet", "a Royal Hashemite Court statement": who issued it.
                for (Dependency d : s.children(head, null)) {
                    boolean issuer = d.rel().startsWith("nmod:from") || d.rel().startsWith("nmod:by") || d.rel().startsWith("nmod:of")
                            || d.rel().equals("compound") || d.rel().equals("nmod:poss");
                    if (issuer && s.token(d.dep()).isCapitalised()) {
                        int before = out.size();
                        addSource(s, d.dep(), out, people);
                        if (out.size() > before) return;
                    }
                }
                return;
            }
            if (!Words.GENERIC_SOURCE_HEADS.contains(lemma)) return;
            // The phrase as the article words it, without articles: "Turkish presidency", "Yoon's office".
            int lo = head;
            for (Dependency d : s.children(head, null)) {
                if (d.dep() > head) continue;
                if (d.rel().equals("amod") || d.rel().equals("compound") || d.rel().startsWith("nmod:poss")) {
                    lo = Math.min(lo, subtreeRange(s, d.dep())[0]);
                }
            }
            List<String> words = new ArrayList<>();
            boolean state = false;
            for (int k = lo; k <= head; k++) {
                Token w = s.token(k);
                if (w.pos().equals("DT") || w.pos().equals("PRP$") || w.pos().startsWith("-") || w.word().matches("[,\"'`]+")) continue;
                if (w.word().equalsIgnoreCase("state")) state = true;
                words.add(w.word());
            }
            if (state) {
                // "North Korean state media": the country is the story's, the source is state media.
                words.removeIf(w -> lexicon.lookup(w).map(l -> l.kind() == Lexicon.Kind.DEMONYM || l.kind() == Lexicon.Kind.COUNTRY).orElse(false));
                while (!words.isEmpty() && !words.get(0).equalsIgnoreCase("state")) words.remove(0);
            }
            String label = String.join(" ", words).replace(" 's", "'s").replace(" - ", "-").replace(" -", "-").replace("- ", "-").strip();
            if (label.isEmpty()) return;
            boolean generic = label.equals(label.toLowerCase(Locale.ROOT));
            if (lemma.equals("media") || lemma.equals("outlet")) {
                if (!state) return;
                label = "state media";
                generic = true;
            }
            if (lemma.equals("kremlin")) label = "the Kremlin";
            if (lemma.equals("house") && label.equalsIgnoreCase("White House")) label = "the White House";
            out.add(new Source(label, generic));
        }

        /** An organisation as cited: its acronym when the article used one (KCNA), else the article's own words. */
        private String sourceLabel(Sentence s, int head, NameResolver.Named org) {
            String acr = names.acronymFor(org, acronyms);
            if (acr != null) return acr;
            for (Span sp : spans.get(s.index())) {
                if (sp.contains(head)) return NameResolver.clean(sp.text()).replaceFirst("^(?i)the\\s+", "").replaceAll("[()\\[\\]]", "").strip();
            }
            return org.name;
        }

        private String orgLabel(NameResolver.Named org) {
            String acr = names.acronymFor(org, acronyms);
            return acr != null ? acr : org.name;
        }

        /** Photo credits "(KCNA via REUTERS)": the first is the source of the caption above, the last the publisher. */
        private void applyCredits(List<Sentence> sentences) {
            for (Sentence s : sentences) {
                Matcher m = CREDIT.matcher(s.text().strip());
                if (!m.matches() || s.index() == 0) continue;
                String source = m.group(1).strip();
                String via = m.group(2).strip();
                if (publisher == null) publisher = via.equals(via.toUpperCase(Locale.ROOT)) ? capitalise(via) : via;
                NameResolver.Named org = names.org(source, EntityType.ORGANIZATION, s.index());
                if (source.matches("[A-Z][A-Z.]{1,9}") && !acronyms.contains(source)) acronyms.add(source);
                for (Draft d : drafts) if (d.sentence == s.index() - 1) d.sources.add(new Source(orgLabel(org), false));
            }
        }

        private String capitalise(String s) {
            return s.length() <= 4 ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
        }

        /** A sentence that only attributes ("..., according to KCNA") credits the earlier contact of the same people. */
        private void attributeBack(Sentence s, List<Source> sources) {
            Set<NameResolver.Named> present = new HashSet<>(entityAt.get(s.index()).values());
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (d.sentence < s.index() - 3) break;
                if (d.participants.size() >= 2 && present.containsAll(d.participants)) {
                    d.sources.addAll(sources);
                    return;
                }
            }
        }

        private void rememberTopic(Sentence s) {
            for (Dependency d : s.deps()) {
                if (!d.rel().equals("nsubj") && !d.rel().equals("nsubj:pass")) continue;
                for (NameResolver.Named n : resolveAll(s, d.dep())) {
                    if (n.type == EntityType.PERSON) {
                        topics.put(s.index(), n);
                        return;
                    }
                }
            }
        }

        private void rememberPair(Sentence s, List<Draft> inSentence) {
            for (Draft d : inSentence) {
                List<NameResolver.Named> people = d.participants.stream().filter(p -> p.type == EntityType.PERSON).toList();
                if (people.size() >= 2) { lastPair = people; return; }
            }
            List<NameResolver.Named> seen = new ArrayList<>();
            for (int k = 0; k < s.tokens().size(); k++) {
                NameResolver.Named n = entity(s, k);
                if (n == null && s.token(k).isNoun() && Words.TITLE_HEADS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) {
                    n = describedPerson(s, k);
                }
                if (n != null && n.type == EntityType.PERSON && !seen.contains(n)) seen.add(n);
            }
            if (seen.size() >= 2) lastPair = List.copyOf(seen.subList(seen.size() - 2, seen.size()));
        }

        // ---- one contact, one event ----

        private List<Draft> merge(List<Draft> all) {
            List<Draft> happened = new ArrayList<>();
            List<Draft> other = new ArrayList<>();
            for (Draft d : all) (d.factuality == Factuality.HAPPENED ? happened : other).add(d);
            // Dates after publication mean the contact has not happened yet.
            for (Draft d : happened.toArray(new Draft[0])) {
                if (d.date.value() != null && d.date.value().compareTo(pub.toString().substring(0, d.date.value().length())) > 0) {
                    d.factuality = Factuality.PLANNED;
                    happened.remove(d);
                    other.add(d);
                }
            }
            List<Draft> joining = happened.stream().filter(d -> d.joins).toList();
            happened.removeAll(joining);
            List<Draft> out = new ArrayList<>();
            // Dated and placed drafts first, so undated mentions join the contact they refer to.
            List<Draft> ordered = new ArrayList<>(happened);
            ordered.sort((a, b) -> Integer.compare(score(b), score(a)));
            for (Draft d : ordered) {
                Draft target = null;
                int bestDistance = Integer.MAX_VALUE;
                for (Draft o : out) {
                    if (!compatible(o, d)) continue;
                    // An undated mention does not take the date of a contact first named later in the article:
                    // "Trong paid a visit to the US in July 2015" must not date the lead's meeting.
                    if (d.date.value() == null && o.date.value() != null && o.sentence > d.sentence) continue;
                    int dist = Math.abs(o.sentence - d.sentence);
                    if (d.sentence < o.sentence) dist += 1000; // prefer a contact named before
                    // "At the talks with President Thuong, the host ...": the contact whose host it names, if any.
                    dist += 10_000 * missingPeople(o, d);
                    if (dist < bestDistance) { bestDistance = dist; target = o; }
                }
                if (target == null) { out.add(d); continue; }
                absorb(target, d);
            }
            for (Draft d : joining) {
                Draft target = null;
                for (Draft o : out) {
                    if (o.type != EventType.MEETING || o.sentences.stream().noneMatch(i -> i <= d.sentence && i >= d.sentence - 5)) continue;
                    if (!datesCompatible(o.date, d.date)) continue;
                    if (target == null || Collections.max(o.sentences) > Collections.max(target.sentences)) target = o;
                }
                // Attendance of a contact the article never told is no contact of its own.
                if (target != null) absorb(target, d);
            }
            out.sort((a, b) -> Integer.compare(a.sentence, b.sentence));
            // "a state visit to Turkmenistan" and "in Ashgabat, Yoon held talks": the visit's most specific place is the
            // one city of that country where the visitor met someone, when there is exactly one.
            for (Draft v : out) {
                if (v.type != EventType.VISIT || v.location == null || v.location.type != EntityType.COUNTRY) continue;
                List<NameResolver.Named> cities = new ArrayList<>();
                Draft talks = null;
                for (Draft m : out) {
                    if (m.type != EventType.MEETING || m.location == null || m.location.type != EntityType.PLACE) continue;
                    if (!m.participants.containsAll(v.participants) || !(datesCompatible(m.date, v.date) || daysAfter(v.date, m.date, 3))) continue;
                    if (v.location.name.equals(countryOf(m.location)) && !cities.contains(m.location)) {
                        cities.add(m.location);
                        talks = m;
                    }
                }
                boolean already = cities.size() == 1 && out.stream().anyMatch(o -> o != v && o.type == EventType.VISIT
                        && o.location == cities.get(0) && o.participants.containsAll(v.participants));
                if (cities.size() == 1 && !already) {
                    v.location = cities.get(0);
                    // "Yoon visited Turkmenistan" and "In Ashgabat on Tuesday, Yoon held talks": the visit has the talks' day.
                    if (v.date.value() == null && talks.date.value() != null) v.date = talks.date;
                }
            }
            // A country-level visit goes when the same visitor has a city-level visit in that country.
            out.removeIf(v -> v.type == EventType.VISIT && v.location != null && v.location.type == EntityType.COUNTRY
                    && out.stream().anyMatch(o -> o != v && o.type == EventType.VISIT && o.location != null
                    && o.location.type == EntityType.PLACE && o.participants.containsAll(v.participants)
                    && v.location.name.equals(countryOf(o.location)) && datesCompatible(o.date, v.date)));
            // "his first trip to the Middle East" beside a visit to Riyadh: the macro-region adds nothing.
            out.removeIf(v -> v.type == EventType.VISIT && v.location != null && Words.MACRO_REGIONS.contains(NameResolver.fold(v.location.name))
                    && out.stream().anyMatch(o -> o != v && o.type == EventType.VISIT && o.location != null
                    && !Words.MACRO_REGIONS.contains(NameResolver.fold(o.location.name)) && o.participants.containsAll(v.participants)));
            List<Draft> result = new ArrayList<>(out);
            result.addAll(other);
            return result;
        }

        /** How many of the people a mention names, hosts included, the contact lacks. */
        private int missingPeople(Draft contact, Draft mention) {
            int missing = 0;
            Set<NameResolver.Named> people = new HashSet<>(mention.participants);
            people.addAll(mention.hosts);
            for (NameResolver.Named p : people) {
                if (!contact.participants.contains(p) && !contact.hosts.contains(p)) missing++;
            }
            return missing;
        }

        private int score(Draft d) {
            int s = 0;
            if (d.date.value() != null) s += 4;
            if (d.location != null) s += 2;
            if (d.participants.size() >= 2) s += 1;
            return s;
        }

        private boolean compatible(Draft a, Draft b) {
            if (a.type != b.type) return false;
            if (!datesCompatible(a.date, b.date)) return false;
            if (a.type == EventType.VISIT) {
                if (!a.participants.containsAll(b.participants) && !b.participants.containsAll(a.participants)) return false;
                if (a.location != null && b.location != null && a.location != b.location) {
                    return false;
                }
                return true;
            }
            Set<NameResolver.Named> pa = a.participants, pb = b.participants;
            if (pa.equals(pb)) return true;
            // An incomplete mention ("the meeting", "their talks") joins a contact that includes its people.
            if (pb.size() <= 1 && pa.containsAll(pb)) return true;
            if (pa.size() <= 1 && pb.containsAll(pa)) return true;
            return false; // a trilateral and a bilateral on the same day are two contacts
        }

        /** Whether {@code later} is a day within {@code days} days after the day {@code first}: the same trip. */
        private static boolean daysAfter(TimeValue first, TimeValue later, int days) {
            if (first.value() == null || later.value() == null || first.value().length() != 10 || later.value().length() != 10) return false;
            LocalDate a = LocalDate.parse(first.value()), b = LocalDate.parse(later.value());
            return !b.isBefore(a) && !b.isAfter(a.plusDays(days));
        }

        private boolean datesCompatible(TimeValue a, TimeValue b) {
            if (a.value() == null || b.value() == null) return true;
            return a.value().startsWith(b.value()) || b.value().startsWith(a.value());
        }

        private void absorb(Draft into, Draft d) {
            into.nominal = into.nominal && d.nominal;
            into.participants.addAll(d.participants);
            into.hosts.addAll(d.hosts);
            // One contact named in several sentences takes the most specific place any of them gives.
            if (d.location != null && (into.location == null || specificity(d.location) > specificity(into.location))) {
                into.location = d.location;
            }
            if (into.date.value() == null || d.date.value() != null && d.date.value().length() > into.date.value().length()) {
                if (d.date.value() != null) into.date = d.date;
            }
            into.sources.addAll(d.sources);
            if (!into.sentences.contains(d.sentence)) into.sentences.add(d.sentence);
        }

        /**
         * Dates stated in a neighbouring sentence about the same trip carry over. "On the same day" and "the
         * following day" point back at the last dated contact before them, whoever took part in it.
         */
        private void carryDates(List<Draft> events) {
            for (Draft d : events) {
                if (d.date.value() != null || d.factuality != Factuality.HAPPENED) continue;
                Sentence s = doc.sentences().get(d.sentence);
                int offset = DateResolver.anaphoricOffset(d.date.text());
                boolean anaphoric = offset >= 0;
                if (!anaphoric && !s.times().isEmpty()) continue;
                Draft donor = null;
                for (Draft o : events) {
                    if (o == d || o.date.value() == null || o.factuality != Factuality.HAPPENED) continue;
                    if (o.sentence >= d.sentence || o.sentence < d.sentence - (anaphoric ? 3 : 2)) continue;
                    if (!anaphoric && o.participants.stream().noneMatch(d.participants::contains)) continue;
                    if (donor == null || o.sentence > donor.sentence) donor = o;
                }
                if (donor == null) continue;
                if (!anaphoric) d.date = new TimeValue(donor.date.value(), donor.date.text());
                else if (offset == 0) d.date = new TimeValue(donor.date.value(), d.date.text());
                else if (donor.date.value().length() == 10) {
                    d.date = new TimeValue(LocalDate.parse(donor.date.value()).plusDays(offset).toString(), d.date.text());
                }
            }
        }

        /**
         * A meeting that names no place happened where the same people were, that day, a sentence or two before:
         * "PM Modi held talks with Mirziyoyev in Samarkand. Earlier in the day, he held separate meetings with ...".
         */
        private void carryPlaces(List<Draft> events) {
            for (Draft d : events) {
                if (d.type != EventType.MEETING || d.location != null || d.factuality != Factuality.HAPPENED) continue;
                if (d.date.value() == null) continue;
                Draft donor = null;
                for (Draft o : events) {
                    if (o == d || o.location == null || o.location.type != EntityType.PLACE || o.factuality != Factuality.HAPPENED) continue;
                    if (o.type == EventType.PHONE_CALL || !d.date.value().equals(o.date.value())) continue;
                    if (o.sentence > d.sentence || o.sentence < d.sentence - 2) continue;
                    if (o.participants.stream().noneMatch(d.participants::contains)) continue;
                    if (donor == null || o.sentence > donor.sentence) donor = o;
                }
                if (donor != null) d.location = donor.location;
            }
        }

        private EventMention toMention(Draft d) {
            List<Actor> participants = new ArrayList<>();
            for (NameResolver.Named n : d.participants) participants.add(n.actor());
            if (d.type != EventType.VISIT && participants.size() < 2) return null;
            // Organisations stand in for no one when no person or country takes part: "Tunisia's talks with the IMF".
            if (d.participants.stream().noneMatch(p -> p.type == EntityType.PERSON)
                    && d.participants.stream().anyMatch(p -> p.type == EntityType.ORGANIZATION)) return null;
            if (d.type == EventType.VISIT && participants.isEmpty()) return null;
            // A Visit is travel to a named place; "his trip" with no place named is not one.
            if (d.type == EventType.VISIT && d.location == null) return null;
            // "a visit to China" with no time and no city is background or prospect more often than a report.
            if (d.type == EventType.VISIT && d.nominal && d.date.value() == null && specificity(d.location) < 2) return null;
            if (d.type == EventType.VISIT && d.location != null) {
                // Travel inside one's own country is not a diplomatic contact.
                String where = countryOf(d.location);
                if (where != null && d.participants.stream().allMatch(p -> where.equals(p.affiliation) || where.equals(p.name))) return null;
            }
            if (d.type != EventType.VISIT && domestic(d)) return null;
            List<Actor> hosts = new ArrayList<>();
            for (NameResolver.Named n : d.hosts) hosts.add(n.actor());
            Actor location = d.location == null ? null : Actor.of(d.location.name, d.location.type);
            List<Source> sources = new ArrayList<>(d.sources);
            boolean named = sources.stream().anyMatch(x -> !x.generic());
            if (named) sources.removeIf(Source::generic);
            Map<String, EntityType> labels = new LinkedHashMap<>();
            for (Source src : sources) {
                if (publisher != null && NameResolver.fold(src.label()).equals(NameResolver.fold(publisher))) continue;
                labels.putIfAbsent(src.label(), src.type());
            }
            List<Actor> reportedBy = new ArrayList<>();
            labels.forEach((l, t) -> reportedBy.add(Actor.of(l, t)));
            List<Evidence> evidence = new ArrayList<>();
            List<Integer> order = new ArrayList<>(d.sentences);
            order.sort(Integer::compare);
            for (int si : order) {
                Sentence s = doc.sentences().get(si);
                evidence.add(new Evidence(si, s.begin(), s.end(), s.text()));
            }
            return new EventMention(d.type, participants, hosts, location, d.date, reportedBy, d.factuality, evidence);
        }

        /** All people from one country, and no foreign side: a domestic meeting, not a diplomatic contact. */
        private boolean domestic(Draft d) {
            String country = null;
            for (NameResolver.Named p : d.participants) {
                String c = p.type == EntityType.PERSON ? p.affiliation : p.type == EntityType.COUNTRY ? p.name : null;
                if (c == null) return false;
                if (country == null) country = c;
                else if (!country.equals(c)) return false;
            }
            return country != null;
        }

        // ---- small helpers ----

        private boolean hasChild(Sentence s, int gov, String rel) {
            return !s.children(gov, rel).isEmpty();
        }

        private boolean hasChildWord(Sentence s, int gov, String rel, String word) {
            for (Dependency d : s.children(gov, rel)) if (s.token(d.dep()).word().equalsIgnoreCase(word)) return true;
            return false;
        }

        /** Whether a phone, video or virtual word modifies the trigger: "spoke by phone", "video call". */
        private boolean hasPhoneWord(Sentence s, int trigger) {
            for (Dependency d : s.children(trigger, null)) {
                String w = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
                String l = s.token(d.dep()).lemma().toLowerCase(Locale.ROOT);
                if (Words.PHONE_WORDS.contains(w) || Words.PHONE_WORDS.contains(l)) return true;
                if ((l.equals("call") || l.equals("conversation") || l.equals("line") || l.equals("conference")) && d.rel().startsWith("obl")) {
                    for (Dependency dd : s.children(d.dep(), null)) {
                        if (Words.PHONE_WORDS.contains(s.token(dd.dep()).word().toLowerCase(Locale.ROOT))) return true;
                    }
                }
            }
            String prev = trigger > 0 ? s.token(trigger - 1).word().toLowerCase(Locale.ROOT) : "";
            return Words.PHONE_WORDS.contains(prev) || prev.equals("telephone") || prev.equals("phone");
        }
    }
}
