package org.diplograph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Within-article name resolution: a surname resolves to the full name seen earlier, an acronym to its
 * expansion, a misspelling to the name within a small edit distance ("Shiogu" to "Shoigu"). One instance per
 * article; it keeps the fullest form and the role and affiliation it learns along the way.
 */
final class NameResolver {
    /** One person or organisation of the article, as it is built up. */
    static final class Named {
        String name;
        final EntityType type;
        String role;
        String affiliation;
        final int firstSentence;
        /** Known only by office ("the Chinese president" before or without a name). */
        boolean byOffice;

        Named(String name, EntityType type, int firstSentence) {
            this.name = name;
            this.type = type;
            this.firstSentence = firstSentence;
        }

        Actor actor() { return new Actor(name, type, role, affiliation); }

        @Override
        public String toString() { return name; }
    }

    private static final Pattern SPOUSES = Pattern.compile("(?i)\\b(first lady|wife|husband|spouse|first gentleman)\\b");

    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint", "ben", "binti");

    private final List<Named> people = new ArrayList<>();
    private final List<Named> orgs = new ArrayList<>();

    List<Named> people() { return people; }

    /** The person a name stands for, creating it when it is new. */
    Named person(String surface, int sentence) {
        String name = clean(surface);
        Named found = findPerson(name);
        if (found != null) {
            if (tokens(name).length > tokens(found.name).length && sameFamily(name, found.name)) found.name = name;
            return found;
        }
        Named n = new Named(name, EntityType.PERSON, sentence);
        people.add(n);
        return n;
    }

    /** Whether a word is one of the name words of a person seen so far ("Xi" of "Xi Jinping"). */
    boolean knowsNameToken(String word) {
        String w = fold(word);
        if (w.length() < 2) return false;
        for (Named p : people) for (String t : tokens(p.name)) if (fold(t).equals(w)) return true;
        // A hyphenated surname is one word of the name: "Al-Burhan" of "Abdel Fattah Al-Burhan".
        for (Named p : people) for (String t : p.name.split("\\s+")) if (t.contains("-") && fold(t).equals(w)) return true;
        return false;
    }

    /** Whether the words are a run of the words of a person's full name seen so far ("Al-Burhan" of "Abdel Fattah Al-Burhan"). */
    boolean isPartOfName(String words) {
        String[] toks = tokens(clean(words));
        for (Named p : people) {
            String[] pt = tokens(p.name);
            if (pt.length > toks.length && containsRun(pt, toks)) return true;
        }
        return false;
    }

    /** An existing person for a name, or null: no new person is made. */
    Named findPerson(String surface) {
        String name = clean(surface);
        String[] toks = tokens(name);
        String key = fold(name);
        for (Named p : people) if (fold(p.name).equals(key)) return p;
        if (toks.length == 1) {
            String t = fold(toks[0]);
            // Several people share the surname ("Fumio Kishida" and "his wife, Yuko Kishida"): the bare surname is
            // the one the article titles, else the one it named first.
            Named best = null;
            for (Named p : people) {
                String[] pt = tokens(p.name);
                if (pt.length > 1 && fold(pt[pt.length - 1]).equals(t) && (best == null || !titled(best) && titled(p))) best = p;
            }
            if (best != null) return best;
            // Family name first ("Kim Jong-un", "Kim Jung-sook"): the same choice.
            for (Named p : people) {
                String[] pt = tokens(p.name);
                if (pt.length > 1 && fold(pt[0]).equals(t) && (best == null || !titled(best) && titled(p))) best = p;
            }
            if (best != null) return best;
            // A name the person goes by in the middle of the full one: "Lula" of "Luiz Inácio Lula da Silva".
            List<Named> inner = new ArrayList<>();
            for (Named p : people) {
                String[] pt = tokens(p.name);
                for (int i = 1; i < pt.length - 1 && t.length() >= 3 && !PATRONYMIC.contains(t); i++) {
                    if (fold(pt[i]).equals(t) && !inner.contains(p)) inner.add(p);
                }
            }
            if (inner.size() == 1) return inner.get(0);
            if (t.length() >= 5) {
                for (Named p : people) {
                    for (String pt : tokens(p.name)) {
                        if (pt.length() >= 5 && editDistance(fold(pt), t) <= 2) return p;
                    }
                }
            }
            return null;
        }
        // A shorter form of a longer name seen before ("Hassan Sheikh" of "Hassan Sheikh Mohamud"), or a longer form
        // of a shorter one NER cut ("Tamim bin Hamad Al Thani" after "Hamad Al-Thani").
        for (Named p : people) {
            String[] pt = tokens(p.name);
            if (pt.length > toks.length && containsRun(pt, toks)) return p;
            if (pt.length >= 2 && toks.length > pt.length && containsRun(toks, pt)) return p;
        }
        // Multi-word: same surname and first names that are spelling variants ("Sergey Shoygu" / "Sergei Shoigu").
        for (Named p : people) {
            String[] pt = tokens(p.name);
            if (pt.length < 2) {
                if (fold(toks[toks.length - 1]).equals(fold(pt[0])) || fold(toks[0]).equals(fold(pt[0]))) {
                    p.name = name;
                    return p;
                }
                continue;
            }
            if (pt.length == toks.length) {
                int dist = 0;
                for (int i = 0; i < toks.length; i++) dist += editDistance(fold(toks[i]), fold(pt[i]));
                if (dist <= 2 && fold(name).length() >= 8) return p;
            }
        }
        return null;
    }

    /**
     * A person the article names only by office ("the Russian defence minister"); the linker resolves the office
     * to its holder on the article date.
     */
    Named office(String phrase, String role, String affiliation, int sentence) {
        for (Named p : people) if (fold(p.name).equals(fold(phrase))) return p;
        Named n = new Named(phrase, EntityType.PERSON, sentence);
        n.role = role;
        n.affiliation = affiliation;
        n.byOffice = true;
        people.add(n);
        return n;
    }

    /** The organisation a name stands for: acronyms and expansions are one organisation. */
    Named org(String surface, EntityType type, int sentence) {
        String name = clean(surface);
        for (Named o : orgs) {
            if (fold(o.name).equals(fold(name)) || isAcronymOf(name, o.name) || isAcronymOf(o.name, name)) {
                if (isAcronymOf(o.name, name)) o.name = name; // keep the expansion as the name
                return o;
            }
        }
        Named n = new Named(name, type, sentence);
        orgs.add(n);
        return n;
    }

    /** The acronym seen for an organisation, if the article used one ("KCNA"). */
    String acronymFor(Named org, List<String> seenAcronyms) {
        for (String a : seenAcronyms) if (isAcronymOf(a, org.name)) return a;
        return null;
    }

    private static boolean containsRun(String[] longer, String[] shorter) {
        for (int i = 0; i + shorter.length <= longer.length; i++) {
            // After "bin" comes the father: "Salman bin Abdulaziz" inside "Mohammed bin Salman bin Abdulaziz" is another man.
            if (i > 0 && PATRONYMIC.contains(fold(longer[i - 1]))) continue;
            boolean all = true;
            for (int j = 0; j < shorter.length && all; j++) all = fold(longer[i + j]).equals(fold(shorter[j]));
            if (all) return true;
        }
        return false;
    }

    static boolean isAcronymOf(String acronym, String full) {
        if (!acronym.matches("[A-Z][A-Z.]{1,9}")) return false;
        String letters = acronym.replace(".", "");
        StringBuilder initials = new StringBuilder();
        for (String w : tokens(full)) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            initials.append(w.charAt(0));
        }
        return initials.length() >= 2 && initials.toString().equals(letters);
    }

    /** Titled by an office of their own: a spouse's "first lady" or "wife" does not count. */
    private static boolean titled(Named p) {
        return p.role != null && !isSpouse(p);
    }

    /** Known as someone's spouse: "First Lady Remi Tinubu", "his wife, Brigitte Macron". */
    static boolean isSpouse(Named p) {
        return p.role != null && isSpouseTitle(p.role);
    }

    /** Whether a title or noun names a spouse: "first lady", "wife". */
    static boolean isSpouseTitle(String words) {
        return SPOUSES.matcher(words).find();
    }

    static String clean(String s) {
        String out = s.replaceAll("\\s+", " ").replaceAll("(^[\\s,]+|[\\s,]+$)", "").replaceAll("\\s*'s$", "");
        // A sentence's full stop that the tokenizer left on its last word ("Buenos Aires."), not an abbreviation ("D.C.").
        return out.matches(".*\\p{Ll}{2}\\.") ? out.substring(0, out.length() - 1) : out;
    }

    static String[] tokens(String s) {
        return s.strip().split("[\\s-]+");
    }

    /** Case- and diacritic-insensitive key. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "");
    }

    private static boolean sameFamily(String longer, String shorter) {
        String[] a = tokens(longer);
        String[] b = tokens(shorter);
        for (String x : b) {
            boolean hit = false;
            for (String y : a) if (fold(x).equals(fold(y)) || editDistance(fold(x), fold(y)) <= 1) hit = true;
            if (!hit) return false;
        }
        return true;
    }

    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
