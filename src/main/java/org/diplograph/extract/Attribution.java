package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Dependency;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Who the article says reported a contact: "according to X", "X reported", a trailing ", the MEA said.", state
 * media, statements and photo credits "(KCNA via REUTERS)". The article's own outlet is its publisher, not a source.
 */
final class Attribution {
    private static final Pattern CREDIT = Pattern.compile("^\\(?\\s*([A-Za-z][A-Za-z .]{1,40}?)\\s+(?:via|/)\\s+([A-Za-z][A-Za-z .]{1,40}?)\\s*\\)?\\.?$");

    private final ArticleState st;

    Attribution(ArticleState st) {
        this.st = st;
    }

    List<CitedSource> sources(Sentence s) {
        List<CitedSource> out = new ArrayList<>();
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
        if (out.stream().noneMatch(CitedSource::generic) && lower.matches(".*\\bstate(-run| run)? (media|television|tv|news agency|broadcaster)\\b.*")
                && lower.matches(".*\\b(reported|said|says|reports|announced|showed|carried)\\b.*")) {
            if (out.isEmpty()) out.add(new CitedSource("state media", true));
        }
        return out;
    }

    /** The wire pattern "..., the Saudi Press Agency (SPA) reported." read from the surface. */
    private void trailingAttribution(Sentence s, List<CitedSource> out) {
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
        NameResolver.Named e = st.entity(s, head);
        if (e != null && e.type == EntityType.PERSON) return; // people's words are not attribution of the contact
        addSource(s, head, out, false);
    }

    private void addSource(Sentence s, int head, List<CitedSource> out, boolean people) {
        NameResolver.Named e = st.entity(s, head);
        if (e != null) {
            if (e.type == EntityType.ORGANIZATION || e.type == EntityType.OUTLET) out.add(new CitedSource(sourceLabel(s, head, e), false));
            else if (e.type == EntityType.PERSON && people) out.add(new CitedSource(e.name, false, EntityType.PERSON));
            else if (e.type == EntityType.COUNTRY || e.type == EntityType.PLACE) {
                // "the Kremlin" or "Beijing said": a government speaking through its seat.
                if (e.name.equalsIgnoreCase("Kremlin")) out.add(new CitedSource("the Kremlin", false));
            }
            return;
        }
        Token t = s.token(head);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        // "the MEA said": an acronym speaking is an organisation, whether or not NER knew it.
        if (t.word().matches("[A-Z]{2,6}") && st.lexicon.lookup(t.word()).map(l -> l.kind() != Lexicon.Kind.COUNTRY).orElse(true)) {
            out.add(new CitedSource(t.word(), false));
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
                lo = Math.min(lo, Deps.subtreeRange(s, d.dep())[0]);
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
            words.removeIf(w -> st.lexicon.lookup(w).map(l -> l.kind() == Lexicon.Kind.DEMONYM || l.kind() == Lexicon.Kind.COUNTRY).orElse(false));
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
        out.add(new CitedSource(label, generic));
    }

    /** An organisation as cited: its acronym when the article used one (KCNA), else the article's own words. */
    private String sourceLabel(Sentence s, int head, NameResolver.Named org) {
        String acr = st.names.acronymFor(org, st.acronyms);
        if (acr != null) return acr;
        for (Span sp : st.spans.get(s.index())) {
            if (sp.contains(head)) return NameResolver.clean(sp.text()).replaceFirst("^(?i)the\\s+", "").replaceAll("[()\\[\\]]", "").strip();
        }
        return org.name;
    }

    private String orgLabel(NameResolver.Named org) {
        String acr = st.names.acronymFor(org, st.acronyms);
        return acr != null ? acr : org.name;
    }

    /** Photo credits "(KCNA via REUTERS)": the first is the source of the caption above, the last the publisher. */
    void applyCredits(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            Matcher m = CREDIT.matcher(s.text().strip());
            if (!m.matches() || s.index() == 0) continue;
            String source = m.group(1).strip();
            String via = m.group(2).strip();
            if (st.publisher == null) st.publisher = via.equals(via.toUpperCase(Locale.ROOT)) ? capitalise(via) : via;
            NameResolver.Named org = st.names.org(source, EntityType.ORGANIZATION, s.index());
            if (source.matches("[A-Z][A-Z.]{1,9}") && !st.acronyms.contains(source)) st.acronyms.add(source);
            for (Draft d : st.drafts) if (d.sentence == s.index() - 1) d.sources.add(new CitedSource(orgLabel(org), false));
        }
    }

    private String capitalise(String s) {
        return s.length() <= 4 ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A sentence that only attributes ("..., according to KCNA") credits the earlier contact of the same people. */
    void attributeBack(Sentence s, List<CitedSource> sources) {
        Set<NameResolver.Named> present = new HashSet<>(st.entityAt.get(s.index()).values());
        for (int i = st.drafts.size() - 1; i >= 0; i--) {
            Draft d = st.drafts.get(i);
            if (d.sentence < s.index() - 3) break;
            if (d.participants.size() >= 2 && present.containsAll(d.participants)) {
                d.sources.addAll(sources);
                return;
            }
        }
    }
}
