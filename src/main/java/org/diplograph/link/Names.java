package org.diplograph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Match keys for names. {@link #key} folds what is only spelling (case, diacritics, dots, hyphens, a trailing
 * possessive, a leading "the"); {@link #looseKey} also folds the usual differences between romanisations of
 * one name (Shoigu/Shoygu, Sergei/Sergey, Zelensky/Zelenskyy, Kim Jong-un/Kim Jongun).
 *
 * <pre>{@code
 * Names.key("N. Korea's")        // "north korea"
 * Names.key("U.S.")              // "us"
 * Names.looseKey("Sergey Shoygu") // equals Names.looseKey("Sergei Shoigu")
 * }</pre>
 */
public final class Names {
    /** Letters that Unicode decomposition leaves alone. */
    private static final Map<Character, String> LETTERS = Map.of(
            'ß', "ss", 'ø', "o", 'æ', "ae", 'œ', "oe", 'ł', "l", 'đ', "d", 'ı', "i", 'þ', "th", 'ð', "d");

    /** A lone initial before a place name stands for a compass word: "N. Korea", "S. Sudan". */
    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("dr", "mr", "mrs", "ms", "sayyid", "sayed",
            "he", "hh", "his", "her", "excellency", "highness", "majesty", "prof", "professor", "sir", "dame", "h");
    private static final Map<String, String> COMPASS = Map.of("n", "north", "s", "south", "e", "east", "w", "west");

    private Names() {}

    /** The spelling-insensitive key: lower-case ASCII words separated by single spaces. */
    public static String key(String surface) {
        if (surface == null) return "";
        String s = Normalizer.normalize(surface, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            String r = LETTERS.get(c);
            if (r != null) folded.append(r);
            else folded.append(c);
        }
        s = folded.toString()
                .replaceAll("[\u2018\u2019\u02bc`\u00b4]", "'")
                .replace("&", " and ")
                .trim();
        // A possessive belongs to the sentence, not to the name ("Russia's", "Workers' Party" on both sides).
        s = s.replaceAll("'s\\b", "").replaceAll("(?<=s)'(?![a-z])", "");
        s = s.replace("'", "");
        s = s.replaceAll("[^a-z0-9.]+", " ").trim();
        List<String> tokens = new ArrayList<>();
        for (String t : s.replace('.', ' ').split(" +")) {
            if (!t.isEmpty()) tokens.add(t);
        }
        tokens = joinInitials(tokens, s);
        if (tokens.size() > 1 && tokens.get(0).equals("the")) tokens.remove(0);
        // Honorifics are not part of a name: "Dr. Narayan Khadka", "Sayyid Badr ...", "H.E. ..." key as the bare name.
        while (tokens.size() > 2 && HONORIFICS.contains(tokens.get(0))) tokens.remove(0);
        if (tokens.size() > 1 && COMPASS.containsKey(tokens.get(0)) && tokens.get(1).length() > 1) {
            tokens.set(0, COMPASS.get(tokens.get(0)));
        }
        return String.join(" ", tokens);
    }

    /**
     * The romanisation-insensitive key: {@link #key} with, in words of four letters or more, "kh" as "h", "x" as
     * "ks", "y" as "i" and doubled letters single; then the spaces removed. Kept to differences that real transliterations of one name show.
     */
    public static String looseKey(String surface) {
        StringBuilder out = new StringBuilder();
        for (String word : tokens(key(surface))) {
            // Short words are mostly abbreviations ("EEU" is not "EU"), so only longer words are folded.
            if (word.length() < 4) {
                out.append(word);
                continue;
            }
            String w = word.replace("kh", "h").replace("x", "ks").replace('y', 'i');
            out.append(w.replaceAll("([a-z])\\1+", "$1"));
        }
        return out.toString();
    }

    /** The words of a key. */
    static List<String> tokens(String key) {
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    /**
     * Joins runs of single letters that were written as an abbreviation ("U.S.A." gives "usa") but keeps a lone
     * initial ("N. Korea", "Lloyd J. Austin") as its own word.
     */
    private static List<String> joinInitials(List<String> tokens, String dotted) {
        boolean abbreviation = dotted.matches(".*\\b[a-z]\\.[a-z]\\b.*");
        if (!abbreviation) return tokens;
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String t : tokens) {
            if (t.length() == 1) {
                run.append(t);
                continue;
            }
            if (run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
            out.add(t);
        }
        if (run.length() > 0) out.add(run.toString());
        return out;
    }
}
