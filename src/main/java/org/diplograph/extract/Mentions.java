package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Dependency;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.source.Dateline;

/**
 * The article's layout and its names: the dateline and page noise, then the spans of people, places, countries and
 * organisations in each sentence, resolved to the article's entities with the roles and affiliations of people.
 */
final class Mentions {
    private static final Pattern NOISE_START = Pattern.compile("(?i)^(related|read more|also read|see also|more from|recommended|most read|trending|you may also like)\\b.*");

    private final ArticleState st;

    Mentions(ArticleState st) {
        this.st = st;
    }

    void readDateline() {
        Dateline.find(st.doc.article().text()).ifPresent(d -> {
            String agency = d.agency();
            if (st.publisher == null && agency != null) {
                st.publisher = agency.contains(" via ") ? agency.substring(agency.indexOf(" via ") + 5) : agency;
            }
            st.datelineEnd = d.end();
        });
    }

    void markNoise() {
        for (Sentence s : st.doc.sentences()) {
            String t = s.text().strip();
            // "Also Read | ...", "Related: ..." lines sit anywhere on a page; each is skipped, the body goes on.
            if (NOISE_START.matcher(t).matches()) { st.skipped.add(s.index()); continue; }
            String last = s.tokens().get(s.tokens().size() - 1).word();
            boolean terminal = last.matches("[.!?\"'\u201d\u2019)]|''|-RRB-");
            // A line without closing punctuation is a headline, menu or caption fragment, not reporting.
            if (!terminal && s.tokens().size() > 2) st.skipped.add(s.index());
        }
    }

    List<Span> findSpans(Sentence s) {
        List<Token> toks = s.tokens();
        Span[] at = new Span[toks.size()];
        List<Span> out = new ArrayList<>();
        // People first: NER is good at them, and they must not be swallowed by place names.
        for (int i = 0; i < toks.size(); ) {
            if (!toks.get(i).ner().equals("PERSON") || st.inDateline(s, i)) { i++; continue; }
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
                    || j - i > 2 && st.lexicon.lookup(toks.get(i).word()).map(l -> l.kind() == Lexicon.Kind.COUNTRY
                            || l.kind() == Lexicon.Kind.DEMONYM).orElse(false))) i++;
            if (i >= j) continue;
            // "Md Touhid Hossain": NER leaves out the abbreviated first name.
            if (i > 0 && at[i - 1] == null && toks.get(i - 1).word().matches("(?:Md|Mohd|Muhd)\\.?")) i--;
            // "Recep Tayyip Erdoğan" where NER tagged only "Tayyip Erdoğan": a known full name reaching further left.
            for (int from = i - 1; from >= 0 && from >= i - 2; from--) {
                if (at[from] != null || !toks.get(from).isCapitalised()
                        || Words.TITLE_WORDS.contains(toks.get(from).word().toLowerCase(Locale.ROOT))) break;
                if (st.lexicon.lookup(s.span(from, j)).filter(l -> l.kind() == Lexicon.Kind.PERSON).isPresent()) {
                    i = from;
                    break;
                }
            }
            String text = s.span(i, j);
            Lexicon.LexEntry lex = st.lexicon.lookup(text).orElse(null);
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
                Lexicon.LexEntry lex = st.lexicon.lookup(text).orElse(null);
                if (lex == null) continue;
                if (lex.kind() == Lexicon.Kind.PERSON) {
                    // A known person NER missed ("Péter Szijjártó"): only full names, all capitalised.
                    boolean caps = true;
                    for (int k = i; k < i + n; k++) if (!toks.get(k).isCapitalised()) caps = false;
                    if (n < 2 || !caps) continue;
                    // An alias with a title ("President Xi"): the name is what follows the title.
                    int from = i;
                    while (from < i + n - 1 && Words.TITLE_WORDS.contains(toks.get(from).word().toLowerCase(Locale.ROOT))) from++;
                    add(out, at, new Span(from, i + n, s.span(from, i + n), EntityType.PERSON, lex));
                    i += n - 1;
                    break;
                }
                // "the Tripoli Medical Centre": a city or country that begins a site's name is left to the site.
                if (lex.kind() != Lexicon.Kind.DEMONYM && beginsSite(toks, i + n)) continue;
                if (n == 1 && lex.kind() != Lexicon.Kind.COUNTRY && lex.kind() != Lexicon.Kind.DEMONYM
                        && toks.get(i).ner().equals("O") && !first.word().equals(first.word().toUpperCase(Locale.ROOT))
                        && !toks.get(i).isProperNoun()) continue;
                add(out, at, new Span(i, i + n, text, typeOf(lex), lex));
                i += n - 1;
                break;
            }
        }
        // "the Argentine capital", "the Azerbaijani capital": the capital city the gazetteer gives that country.
        for (int i = 1; i < toks.size(); i++) {
            Span before = at[i - 1];
            if (at[i] != null || !toks.get(i).word().equals("capital") || before == null || before.lex() == null
                    || before.end() != i || !toks.get(before.start()).word().equalsIgnoreCase("the")
                            && (before.start() < 1 || !toks.get(before.start() - 1).word().equalsIgnoreCase("the"))
                    || before.lex().kind() != Lexicon.Kind.DEMONYM && before.lex().kind() != Lexicon.Kind.COUNTRY) continue;
            Lexicon.LexEntry city = st.lexicon.capitalOf(before.lex().country()).orElse(null);
            if (city == null) continue;
            out.remove(before);
            for (int k = before.start(); k < before.end(); k++) at[k] = null;
            add(out, at, new Span(before.start(), i + 1, city.canonical(), EntityType.PLACE, city));
        }
        // Named sites NER leaves untyped: "Jubilee House", "Sheetal Niwas", "Great Hall of the People".
        for (int i = 0; i < toks.size(); i++) {
            if (at[i] != null || !toks.get(i).isCapitalised() || st.inDateline(s, i)) continue;
            int j = i;
            boolean named = false;
            while (j < toks.size() && at[j] == null) {
                if (toks.get(j).isCapitalised()) { j++; continue; }
                // "the Memorial to the Fighting Glory of the Pacific Fleet": a memorial named by what it honours.
                if (j > i && toks.get(j).word().equals("to") && Words.MEMORIAL_NOUNS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                    int k = toks.size() > j + 1 && toks.get(j + 1).word().equals("the") ? j + 2 : j + 1;
                    if (k < toks.size() && at[k] == null && toks.get(k).isCapitalised()) { j = k; named = true; continue; }
                }
                // A hyphen inside a name: "Al-Yamamah Palace", split by the tokenizer.
                if (j > i && toks.get(j).word().equals("-") && j + 1 < toks.size() && at[j + 1] == null && toks.get(j + 1).isCapitalised()) { j += 2; continue; }
                // "of the" inside a name: "Great Hall of the People"
                int k = j;
                while (k < toks.size() && Set.of("of", "the").contains(toks.get(k).word())) k++;
                if (k > j && j > i && k < toks.size() && at[k] == null && toks.get(k).isCapitalised()) { j = k; continue; }
                // "the National Museum of the DRC": a site named after a country or city the gazetteer already took.
                if (k > j && j > i && k < toks.size() && at[k] != null && at[k].start() >= j && isPlaceSpan(at[k])
                        && Words.SITE_WORDS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                    Span inner = at[k];
                    out.remove(inner);
                    for (int m = inner.start(); m < inner.end(); m++) at[m] = null;
                    j = inner.end();
                    named = true;
                }
                break;
            }
            // "the Taj Mahal Palace hotel", "Port-Bouët military base": a lower-case site noun ends the name.
            int end = j;
            while (end < toks.size() && at[end] == null && Words.SITE_MODIFIERS.contains(toks.get(end).word())) end++;
            boolean bare = toks.get(i).word().equals("The") && j == i + 1; // "The palace said": no name
            if (!bare && end < toks.size() && at[end] == null && Words.LOWER_SITE_WORDS.contains(toks.get(end).word())) j = end + 1;
            int from = i > 0 && toks.get(i).word().equals("The") ? i + 1 : i;
            if (j - from >= 2 && (named || Words.SITE_WORDS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT)))) {
                add(out, at, new Span(from, j, s.span(from, j), EntityType.PLACE, null));
            }
            i = j;
        }
        // A proper noun that is part of a name the article already used ("Xi" after "Xi Jinping").
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            // Any capitalised non-verb: the tagger reads some names as adjectives ("Boric/JJ"), NER some as MISC.
            if (at[i] != null || !t.isCapitalised() || t.isVerb() || !(t.ner().equals("O") || t.ner().equals("MISC"))
                    || t.word().length() < 2 || st.inDateline(s, i)) continue;
            if (Words.TITLE_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) continue;
            if (st.names.knowsNameToken(t.word())) add(out, at, new Span(i, i + 1, t.word(), EntityType.PERSON, null));
        }
        // Remaining NER organisations and locations, and all-caps agency names NER misses.
        for (int i = 0; i < toks.size(); ) {
            Token t = toks.get(i);
            String ner = t.ner();
            if (at[i] != null || st.inDateline(s, i)) { i++; continue; }
            if (ner.equals("ORGANIZATION") || ner.equals("LOCATION") || ner.equals("MISC")) {
                int j = i;
                while (j < toks.size() && toks.get(j).ner().equals(ner) && at[j] == null) j++;
                String text = s.span(i, j);
                Lexicon.LexEntry lex = st.lexicon.lookup(text).orElse(null);
                boolean site = Words.SITE_WORDS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT));
                // "a tour that Al-Burhan began": NER can take a surname for a place; the article named the person.
                if (lex == null && !ner.equals("ORGANIZATION") && st.names.isPartOfName(text)) {
                    add(out, at, new Span(i, j, text, EntityType.PERSON, null));
                    i = j;
                    continue;
                }
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

    /** Whether the capitalised words from {@code from} on end in a site word ("Medical Centre", "Presidential Palace"). */
    private static boolean beginsSite(List<Token> toks, int from) {
        int j = from;
        while (j < toks.size() && toks.get(j).isCapitalised() && toks.get(j).isProperNoun()) j++;
        return j > from && Words.SITE_WORDS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT));
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

    private static boolean isPlaceSpan(Span sp) {
        return sp.type() == EntityType.PLACE || sp.type() == EntityType.COUNTRY;
    }

    private boolean isDemonym(Span sp) {
        return sp.lex() != null && sp.lex().kind() == Lexicon.Kind.DEMONYM;
    }

    /** Resolves each span to an article entity and learns roles and affiliations of people. */
    void registerEntities(Sentence s, List<Span> found) {
        Map<Integer, NameResolver.Named> map = st.entityAt.get(s.index());
        for (Span sp : found) {
            NameResolver.Named named;
            switch (sp.type()) {
                case PERSON -> {
                    named = st.names.person(sp.text(), s.index());
                    learnTitle(s, sp, named, found);
                    if (named.affiliation == null) st.lexicon.countryOfPerson(named.name).ifPresent(c -> named.affiliation = c);
                }
                case ORGANIZATION, OUTLET -> {
                    if (sp.text().matches("[A-Z][A-Z.]{1,9}")) st.acronyms.add(sp.text());
                    named = st.names.org(sp.lex() != null ? sp.lex().canonical() : sp.text(), sp.type(), s.index());
                    if (sp.lex() != null && sp.text().matches("[A-Z][A-Z.]{1,9}") && !st.acronyms.contains(sp.text())) st.acronyms.add(sp.text());
                }
                case COUNTRY, PLACE -> {
                    if (isDemonym(sp)) {
                        named = st.place(sp.lex().country(), EntityType.COUNTRY);
                    } else {
                        String canonical = sp.lex() != null ? sp.lex().canonical() : NameResolver.clean(sp.text());
                        // Countries go by their canonical name (affiliations compare with it); other places keep
                        // the article's words, which the linker resolves to the same entity.
                        String shown = sp.type() == EntityType.COUNTRY ? canonical : NameResolver.clean(sp.text());
                        named = st.place(canonical, sp.type(), shown);
                    }
                }
                default -> named = null;
            }
            if (named != null) for (int k = sp.start(); k < sp.end(); k++) map.put(k, named);
        }
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
            int[] range = Deps.subtreeRange(s, d.dep());
            if (named.role == null) named.role = titleText(s, range[0], range[1]);
            for (Span sp : found) {
                if (affiliation == null && sp.start() >= range[0] && sp.end() <= range[1] && sp.type() == EntityType.COUNTRY) {
                    affiliation = isDemonym(sp) ? sp.lex().country() : canonical(sp);
                }
            }
        }
        if (affiliation != null) named.affiliation = affiliation;
        // "his wife, Brigitte Macron": a spouse, who goes along but is no side of the talks.
        for (Dependency up : s.parents(person.end() - 1)) {
            String lemma = up.gov() >= 0 ? s.token(up.gov()).lemma().toLowerCase(Locale.ROOT) : "";
            if (up.rel().equals("appos") && named.role == null && NameResolver.isSpouseTitle(lemma)) named.role = lemma;
        }
        // "Prince William and his wife Catherine": the noun just before the name.
        String before = person.start() > 0 ? s.token(person.start() - 1).word().toLowerCase(Locale.ROOT) : "";
        if (named.role == null && (before.equals("wife") || before.equals("husband"))) named.role = before;
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
}
