package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.diplograph.nlp.AnnotatedArticle;
import org.diplograph.nlp.Dependency;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.TimeMention;
import org.diplograph.nlp.Token;

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

    private final Lexicon lexicon;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon == null ? Lexicon.NONE : lexicon;
    }

    public Extraction extract(AnnotatedArticle article) {
        return new Run(OrdinalDays.apply(article)).run();
    }

    /** The work on one article. */
    private final class Run {
        private final ArticleState st;
        private final Mentions mentions;
        private final Attribution attribution;
        private final Merger merger;
        private final DateRules dateRules;

        Run(AnnotatedArticle doc) {
            this.st = new ArticleState(doc, lexicon);
            this.mentions = new Mentions(st);
            this.attribution = new Attribution(st);
            this.merger = new Merger(st);
            this.dateRules = new DateRules(st);
        }

        Extraction run() {
            mentions.readDateline();
            mentions.markNoise();
            List<Sentence> sentences = st.doc.sentences();
            for (Sentence s : sentences) {
                List<Span> found = mentions.findSpans(s);
                st.spans.add(found);
                st.entityAt.add(new HashMap<>());
                if (st.skipped.contains(s.index())) continue;
                mentions.registerEntities(s, found);
            }
            for (Sentence s : sentences) {
                if (st.skipped.contains(s.index())) continue;
                List<Draft> inSentence = triggers(s);
                List<CitedSource> sources = attribution.sources(s);
                for (Draft d : inSentence) d.sources.addAll(sources);
                shareWithinSentence(inSentence);
                st.drafts.addAll(inSentence);
                if (inSentence.isEmpty() && !sources.isEmpty()) attribution.attributeBack(s, sources);
                rememberPair(s, inSentence);
                rememberTopic(s);
            }
            attribution.applyCredits(sentences);
            List<Draft> merged = merger.merge(st.drafts);
            merger.carryDates(merged);
            merger.carryPlaces(merged);
            List<EventMention> events = new ArrayList<>();
            for (Draft d : merged) {
                EventMention e = merger.toMention(d);
                if (e != null) events.add(e);
            }
            Actor pubActor = st.publisher == null ? null : Actor.of(st.publisher, EntityType.OUTLET);
            return new Extraction(st.doc.article(), pubActor, events);
        }

        /** Drafts a trigger spawns besides its own (other stops of a tour, separate meetings). */
        private final List<Draft> spawned = new ArrayList<>();

        private List<Draft> triggers(Sentence s) {
            spawned.clear();
            List<Draft> out = new ArrayList<>();
            Set<Integer> used = new HashSet<>();
            for (Token t : s.tokens()) {
                if (st.inDateline(s, t.index()) || st.entityAt.get(s.index()).containsKey(t.index())) continue;
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                Draft d = null;
                if (t.isVerb()) d = verbTrigger(s, t, lemma);
                else if (t.isNoun()) d = nounTrigger(s, t, lemma);
                if (d != null && used.add(t.index())) out.add(d);
            }
            out.addAll(spawned);
            out.addAll(surfaceMeetings(s, out));
            out.addAll(presence(s));
            out.addAll(memorials(s));
            out.addAll(tourLegs(s));
            itemise(s, out);
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
            } else if (lemma.equals("shake") && Deps.hasChildWord(s, v.index(), "obj", "hands")
                    || lemma.equals("sit") && Deps.hasChildWord(s, v.index(), "compound:prt", "down") && Deps.hasChild(s, v.index(), "obl:with")) {
                // "shook hands with", "sat down with": a meeting in other words.
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
                    // "called on countries to ...", "called for": not a call; "called Modi on Friday" is one.
                    boolean onSomething = s.children(v.index(), "obl:on").stream().anyMatch(d -> !isTime(s, d.dep()));
                    if (lemma.equals("call") && (Deps.hasChild(s, v.index(), "xcomp") || onSomething
                            || Deps.hasChild(s, v.index(), "obl:for") || Deps.hasChild(s, v.index(), "compound:prt"))) return null;
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
                    extra.factuality = FactualityRules.factuality(s, v.index());
                    extra.date = dateRules.dateFor(s, v.index(), extra.factuality);
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
                    NameResolver.Named o = st.entity(s, dep.dep());
                    if (o != null && o.type == EntityType.PERSON && d.location == null && placeLike(s, dep.dep())) {
                        d.location = st.place(o.name, EntityType.PLACE);
                        continue;
                    }
                    if (o != null && o.type == EntityType.PERSON) {
                        Draft m = new Draft(EventType.MEETING, s.index(), v.index());
                        m.participants.addAll(d.participants);
                        m.participants.add(o);
                        m.hosts.add(o);
                        m.date = d.date;
                        m.factuality = FactualityRules.factuality(s, v.index());
                        m.date = dateRules.dateFor(s, v.index(), m.factuality);
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
                // "met X and, separately, (with) Y": the parse often hangs Y elsewhere; the words say who it is.
                NameResolver.Named apart = separatelyNamed(s, v.index());
                boolean separate = isSeparate(s, v.index());
                if (apart != null && !others.isEmpty() && !others.contains(apart) && !subjects.contains(apart)) {
                    others = new ArrayList<>(others);
                    others.add(apart);
                    separate = true;
                }
                if (separate && others.size() >= 2 && !subjects.isEmpty()) {
                    // "met Putin and Xi separately": one meeting with each.
                    Factuality f = FactualityRules.factuality(s, v.index());
                    for (NameResolver.Named other : others.subList(1, others.size())) {
                        Draft m = new Draft(type, s.index(), v.index());
                        subjects.stream().filter(n -> n.type != EntityType.PLACE).forEach(m.participants::add);
                        m.participants.add(other);
                        m.factuality = f;
                        m.date = dateRules.dateFor(s, v.index(), f);
                        m.location = meetingPlace(s, v.index());
                        spawned.add(m);
                    }
                    objects = new ArrayList<>(List.of(others.get(0)));
                }
                for (NameResolver.Named n : objects) if (n.type != EntityType.PLACE) d.participants.add(n);
                if (hostSubject) (passive ? objects : subjects).stream().filter(n -> n.type == EntityType.PERSON).forEach(d.hosts::add);
                List<NameResolver.Named> places = meetingPlaces(s, v.index());
                d.location = st.mostSpecific(places);
                d.city = cityBeside(d.location, places);
            }
            d.factuality = FactualityRules.factuality(s, v.index());
            d.date = dateRules.dateFor(s, v.index(), d.factuality);
            return d;
        }

        /**
         * "visited Bucha, a town near Kyiv", "visited Bucha, where they laid wreaths": a one-word name NER took for a
         * person that the sentence itself calls a place.
         */
        private boolean placeLike(Sentence s, int token) {
            NameResolver.Named n = st.entity(s, token);
            if (n == null || n.role != null || NameResolver.tokens(n.name).length != 1) return false;
            for (Dependency d : s.children(token, null)) {
                String lemma = s.token(d.dep()).lemma().toLowerCase(Locale.ROOT);
                if (d.rel().startsWith("appos") && Set.of("town", "city", "village", "suburb", "district", "region", "site", "port",
                        "capital", "province").contains(lemma)) return true;
                if (d.rel().startsWith("acl:relcl") && s.children(d.dep(), "advmod").stream()
                        .anyMatch(a -> s.token(a.dep()).word().equalsIgnoreCase("where"))) return true;
            }
            return false;
        }

        /** "at the Royal Palace in Brussels": the city among a meeting's places beside its site, when the place is a site. */
        private NameResolver.Named cityBeside(NameResolver.Named site, List<NameResolver.Named> places) {
            if (site == null || st.countryOf(site) != null) return null;
            for (NameResolver.Named p : places) if (p != site && p.type == EntityType.PLACE && st.countryOf(p) != null) return p;
            return null;
        }

        /** The person named right after "separately" following the trigger, if any. */
        private NameResolver.Named separatelyNamed(Sentence s, int trigger) {
            for (int k = trigger + 1; k < s.tokens().size(); k++) {
                if (!s.token(k).word().equalsIgnoreCase("separately")) continue;
                for (int j = k + 1; j < s.tokens().size() && j <= k + 8; j++) {
                    NameResolver.Named n = st.entity(s, j);
                    if (n == null || n.type == EntityType.COUNTRY) continue; // "Turkish President ..."
                    return n.type == EntityType.PERSON ? n : null;
                }
                return null;
            }
            return null;
        }

        private Draft nounTrigger(Sentence s, Token n, String lemma) {
            String word = n.word().toLowerCase(Locale.ROOT);
            EventType type = null;
            boolean phone = hasPhoneWord(s, n.index());
            if (phone && Words.CALL_NOUNS.contains(lemma)) type = EventType.PHONE_CALL;
            else if (lemma.equals("call") && (Deps.hasChildWord(s, n.index(), "amod", "courtesy") || Deps.hasChildWord(s, n.index(), "compound", "courtesy"))) {
                type = EventType.MEETING; // "paid a courtesy call on the President"
            } else if (lemma.equals("call") || lemma.equals("phone")) {
                // "a phone call", "a call with": a bare "call for X" is not a contact.
                if (!s.children(n.index(), "nmod:for").isEmpty()) return null;
                type = Deps.hasChild(s, n.index(), "nmod:with") || Deps.hasChild(s, n.index(), "nmod:between") ? EventType.PHONE_CALL : null;
            } else if (lemma.equals("teleconference") || lemma.equals("videoconference")) type = EventType.PHONE_CALL;
            else if (Words.MEET_NOUNS.contains(lemma) || Words.MEET_NOUNS.contains(word)) type = EventType.MEETING;
            else if (Words.VISIT_NOUNS.contains(lemma)) type = EventType.VISIT;
            if (type == null) return null;
            if (lemma.equals("ceremony") && !Deps.hasChild(s, n.index(), "nmod:with")) return null;
            Draft d = new Draft(type, s.index(), n.index());
            d.nominal = true;
            int goalOfTrip = -1;
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
            Dependency of = Deps.governor(s, n.index());
            if (of != null && of.gov() >= 0 && of.rel().equals("nmod:of") && s.token(of.gov()).isNoun()) {
                for (Dependency dep : s.children(of.gov(), null)) {
                    if (dep.rel().startsWith("nmod:between") || dep.rel().startsWith("nmod:with")) people.addAll(resolveAll(s, dep.dep()));
                }
            }
            // The governing verb lends its subject: "Kim held talks with Putin", "Modi made a trip to Paris".
            Dependency up = Deps.governor(s, n.index());
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
                    // "who was hosted by Lukashenko in Minsk during a state visit to Belarus": with no owner of its own, the
                    // visit is the guest's, the passive subject of a host verb or its object, else the one the clause is about.
                    if (type == EventType.VISIT && up.rel().startsWith("obl:during") && s.children(n.index(), "nmod:poss").isEmpty()
                            && g.isVerb()) {
                        boolean passive = !s.children(g.index(), "nsubj:pass").isEmpty();
                        if (Words.HOST_VERBS.contains(gl) && !passive) {
                            for (Dependency o : s.children(g.index(), "obj")) people.addAll(resolveAll(s, o.dep()));
                        } else {
                            people.addAll(subjects(s, g.index()));
                        }
                    }
                }
                // "Kim is in Russia on a visit": the copular place predicate gives the destination and visitor.
                NameResolver.Named govEntity = st.entity(s, up.gov());
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
                // "Japarov's first trip abroad took him to Moscow", "whose first trip brought him to Vientiane": where the trip went.
                if (type == EventType.VISIT && (up.rel().startsWith("nsubj") || up.rel().equals("obj"))
                        && Set.of("take", "bring", "lead").contains(gl)) {
                    NameResolver.Named goal = destination(s, up.gov(), "travel");
                    if (goal != null) {
                        d.location = goal;
                        goalOfTrip = up.gov();
                    }
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
            if (goalOfTrip >= 0 && people.stream().noneMatch(p -> p.type == EntityType.PERSON)) {
                // "the trip took him there": the one taken, when the trip has no owner of its own.
                for (Dependency o : s.children(goalOfTrip, "obj")) people.addAll(resolveAll(s, o.dep()));
            }
            for (NameResolver.Named p : people) if (p.type != EntityType.PLACE) d.participants.add(p);
            if (goalOfTrip >= 0) {
                // "took him to Cairo, Brazzaville and Kampala": each city its own visit.
                for (NameResolver.Named more : coordinatedPlaces(s, goalOfTrip, d.location)) {
                    Draft extra = new Draft(EventType.VISIT, s.index(), n.index());
                    extra.nominal = true;
                    d.participants.stream().filter(p -> p.type != EntityType.COUNTRY).forEach(extra.participants::add);
                    extra.location = more;
                    extra.factuality = FactualityRules.nounFactuality(s, n.index());
                    extra.date = dateRules.dateFor(s, n.index(), extra.factuality);
                    spawned.add(extra);
                }
            }
            if (type != EventType.VISIT && isSeparate(s, n.index())) splitSeparate(s, n.index(), d, up);
            if (type == EventType.VISIT) {
                if (d.location == null) d.location = destination(s, n.index(), "visit");
                // Possessors that are countries are destinations ("Russia's visit" is rare; "a visit to Russia" is not).
                d.participants.removeIf(p -> p.type == EntityType.COUNTRY && d.location != null && p == d.location);
            } else {
                List<NameResolver.Named> places = meetingPlaces(s, n.index());
                d.location = st.mostSpecific(places);
                d.city = cityBeside(d.location, places);
            }
            d.factuality = FactualityRules.nounFactuality(s, n.index());
            d.date = dateRules.dateFor(s, n.index(), d.factuality);
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
            return gl.equals("take") && up.rel().startsWith("obl:in") && Deps.hasChildWord(s, g.index(), "obj", "part");
        }

        /** "hosted a luncheon to welcome Kim": the infinitive is the purpose of the host's contact, not a contact of its own. */
        private boolean purposeOfTrigger(Sentence s, int verb) {
            boolean to = s.children(verb, "mark").stream().anyMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("to"));
            if (!to) return false;
            Dependency up = Deps.governor(s, verb);
            if (up == null || up.gov() < 0 || !(up.rel().startsWith("xcomp") || up.rel().startsWith("advcl"))) return false;
            String gl = s.token(up.gov()).lemma().toLowerCase(Locale.ROOT);
            return Words.MEET_VERBS.contains(gl) || Words.VISIT_OBJ_VERBS.contains(gl) || Words.VISIT_MOTION_VERBS.contains(gl)
                    || gl.equals("hold");
        }

        private boolean isSeparate(Sentence s, int trigger) {
            // "held talks with Carney, and with Albanese": each "with" its own contact.
            int withs = 0;
            Dependency up = Deps.governor(s, trigger);
            for (int head : s.token(trigger).isNoun() && up != null && up.gov() >= 0 ? List.of(trigger, up.gov()) : List.of(trigger)) {
                for (Dependency d : s.children(head, null)) {
                    if (!(d.rel().startsWith("obl:with") || d.rel().startsWith("nmod:with")) || !Deps.hasChildWord(s, d.dep(), "case", "with")) continue;
                    // "together with von der Leyen" is company; "with the two heads of state agreeing" no party.
                    NameResolver.Named party = st.entity(s, d.dep());
                    boolean company = s.children(d.dep(), "case").stream().anyMatch(c -> s.token(c.dep()).word().equalsIgnoreCase("with")
                            && c.dep() > 0 && s.token(c.dep() - 1).word().matches("(?i)together|along"));
                    if (party != null && party.type != EntityType.PLACE && !company) withs++;
                }
            }
            if (withs >= 2) return true;
            // "received telephone calls from A and B", "held brief meetings with A and B": one contact each.
            Token t = s.token(trigger);
            if (t.pos().equals("NNS") && (t.lemma().equalsIgnoreCase("call") || t.lemma().equalsIgnoreCase("conversation")
                    || t.lemma().equalsIgnoreCase("meeting"))) return true;
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

        /** "held separate meetings with A, B and C", "calls from A and B": one contact with each of them. */
        private void splitSeparate(Sentence s, int noun, Draft d, Dependency up) {
            List<NameResolver.Named> with = new ArrayList<>();
            for (Dependency w : s.children(noun, null)) {
                if (w.rel().equals("nmod:with") || w.rel().equals("nmod:from")) with.addAll(resolveAll(s, w.dep()));
                // "separate meetings with Abiy and with Hassan Sheikh", parsed as meetings coordinated with a name.
                if (w.rel().startsWith("conj") && Deps.hasChildWord(s, w.dep(), "case", "with")) with.addAll(resolveAll(s, w.dep()));
            }
            if (up != null && up.gov() >= 0) {
                for (Dependency w : s.children(up.gov(), null)) {
                    if (w.rel().equals("obl:with") || w.rel().equals("obl:from")) with.addAll(resolveAll(s, w.dep()));
                }
            }
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
                m.factuality = FactualityRules.nounFactuality(s, noun);
                m.date = dateRules.dateFor(s, noun, m.factuality);
                m.location = meetingPlace(s, noun);
                spawned.add(m);
            }
        }

        /** "Zelensky was in Bratislava": being in a foreign place is a visit there. */
        private List<Draft> presence(Sentence s) {
            List<Draft> out = new ArrayList<>();
            for (Token t : s.tokens()) {
                NameResolver.Named place = st.entity(s, t.index());
                if (place == null || !(place.type == EntityType.PLACE || place.type == EntityType.COUNTRY)) continue;
                boolean copular = !s.children(t.index(), "cop").isEmpty();
                boolean in = s.children(t.index(), "case").stream().anyMatch(c -> Set.of("in", "at").contains(s.token(c.dep()).word().toLowerCase(Locale.ROOT)));
                // "He spent Friday in Singapore": a stay there is a visit, like being there.
                Dependency up = Deps.governor(s, t.index());
                int stay = up != null && up.gov() >= 0 && up.rel().startsWith("obl:in") && s.token(up.gov()).lemma().equalsIgnoreCase("spend")
                        ? up.gov() : -1;
                // "laid a wreath at the Tomb of the Unknown Soldier", "paid tribute at Heroes' Acre": being at the site.
                // "paid tribute on Sunday in Bouaké to the soldiers": the town where the tribute was paid.
                if (stay < 0 && up != null && up.gov() >= 0 && (up.rel().startsWith("obl:at") || up.rel().startsWith("obl:on")
                        || up.rel().startsWith("obl:in")) && tribute(s, up.gov()) && !inRelativeClause(s, up.gov())) stay = up.gov();
                if (!(copular || stay >= 0) || !in && !(stay >= 0 && up.rel().startsWith("obl:on"))) continue;
                if (out.stream().anyMatch(d -> d.location == place)) continue;
                Draft d = new Draft(EventType.VISIT, s.index(), t.index());
                String country = st.countryOf(place);
                for (Dependency sub : s.children(stay >= 0 ? stay : t.index(), "nsubj")) {
                    for (NameResolver.Named n : resolveAll(s, sub.dep())) {
                        if (n.type == EntityType.PERSON && (n.affiliation == null || !n.affiliation.equals(country))) d.participants.add(n);
                    }
                }
                if (d.participants.isEmpty()) continue;
                d.location = place;
                d.factuality = FactualityRules.factuality(s, stay >= 0 ? stay : t.index());
                d.date = stay >= 0 ? stayDate(s, stay, d.factuality) : dateRules.dateFor(s, t.index(), d.factuality);
                out.add(d);
            }
            return out;
        }

        /**
         * "laid a wreath at the tomb of Luís de Camões", "at the memorial ... at the Taj Mahal Palace hotel": a tribute at
         * a site named by a common noun is a visit to the named place inside the phrase, else to the memorial as the
         * phrase names it. A sentence that also tells a visit ("visited the memorial complex and laid flowers at the
         * monument") has its site already.
         */
        private List<Draft> memorials(Sentence s) {
            List<Draft> out = new ArrayList<>();
            if (s.tokens().stream().anyMatch(t -> t.isVerb() && Words.VISIT_OBJ_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)))) return out;
            for (Token v : s.tokens()) {
                if (!v.isVerb() || !tribute(s, v.index()) || inRelativeClause(s, v.index())) continue;
                for (Dependency at : s.children(v.index(), null)) {
                    if (!(at.rel().startsWith("obl:at") || at.rel().startsWith("obl:on"))) continue;
                    int noun = at.dep();
                    if (st.entity(s, noun) != null || !Words.MEMORIAL_NOUNS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))) continue;
                    if (s.children(noun, "det").stream().noneMatch(x -> s.token(x.dep()).word().equalsIgnoreCase("the"))
                            && !Deps.hasChild(s, noun, "nmod:poss")) continue; // "at a church" names no site
                    List<NameResolver.Named> inside = new ArrayList<>();
                    int[] range = Deps.subtreeRange(s, noun);
                    for (int k = range[0]; k < range[1]; k++) {
                        NameResolver.Named e = st.entity(s, k);
                        if (e != null && e.type == EntityType.PLACE && !inside.contains(e)) inside.add(e);
                    }
                    NameResolver.Named place = inside.isEmpty() ? memorialPlace(s, noun) : st.mostSpecific(inside);
                    if (place == null) continue;
                    Draft d = new Draft(EventType.VISIT, s.index(), v.index());
                    String country = st.countryOf(place);
                    for (NameResolver.Named n : subjects(s, v.index())) {
                        if (n.type == EntityType.PERSON && (n.affiliation == null || !n.affiliation.equals(country))) d.participants.add(n);
                    }
                    if (d.participants.isEmpty()) continue;
                    d.location = place;
                    d.factuality = FactualityRules.factuality(s, v.index());
                    d.date = dateRules.dateFor(s, v.index(), d.factuality);
                    out.add(d);
                }
            }
            return out;
        }

        /** "the monument to Marshal Georgy Zhukov", "Allama Iqbal's mausoleum": the memorial named by what it honours, or null. */
        private NameResolver.Named memorialPlace(Sentence s, int noun) {
            int lo = noun, hi = noun + 1;
            boolean honours = false;
            for (Dependency d : s.children(noun, null)) {
                String r = d.rel();
                boolean named = r.startsWith("nmod:to") || r.equals("nmod:of") || r.equals("nmod:poss");
                if (!(named || r.equals("amod") || r.equals("compound"))) continue;
                int[] range = Deps.subtreeRange(s, d.dep());
                for (int k = range[0]; k < range[1] && named; k++) {
                    NameResolver.Named e = st.entity(s, k);
                    if (e != null && e.type == EntityType.PERSON) honours = true;
                }
                lo = Math.min(lo, range[0]);
                hi = Math.max(hi, range[1]);
            }
            if (!honours) return null;
            // The name ends at a comma: "the monument to Marshal Georgy Zhukov, whose troops ...".
            for (int k = noun + 1; k < hi; k++) if (s.token(k).word().equals(",")) { hi = k; break; }
            // "the grave of national leader Heydar Aliyev in the Alley of Honor": a named place follows that the lexicon lacks.
            if (hi + 1 < s.tokens().size() && s.token(hi).word().equals("in") && (s.token(hi + 1).isCapitalised()
                    || s.token(hi + 1).word().equals("the") && hi + 2 < s.tokens().size() && s.token(hi + 2).isCapitalised())) return null;
            String words = NameResolver.clean(s.span(lo, hi));
            return st.place(words, EntityType.PLACE, words);
        }

        /**
         * "a tour that began in Algeria, where Díaz-Canel held talks ..., and continued in Türkiye", "the Prime Minister's
         * tour, which began in Istanbul on Sunday": each place a tour began, went on or ended in is a visit there, by the
         * tour's owner (its possessor, the one who is on it, or the one a where-clause on the place has there).
         */
        private List<Draft> tourLegs(Sentence s) {
            // Each leg: the verb, the place and the tour noun.
            List<int[]> legs = new ArrayList<>();
            for (Token v : s.tokens()) {
                if (!v.isVerb() || !Set.of("begin", "start", "continue", "end", "conclude").contains(v.lemma().toLowerCase(Locale.ROOT))) continue;
                int tour = tourSubject(s, v.index());
                // "began in Algeria ... and continued in Türkiye": the second verb shares the first one's subject.
                Dependency up = Deps.governor(s, v.index());
                if (tour < 0 && up != null && up.gov() >= 0 && up.rel().startsWith("conj")) tour = tourSubject(s, up.gov());
                if (tour < 0) continue;
                for (Dependency in : s.children(v.index(), null)) {
                    NameResolver.Named place = st.entity(s, in.dep());
                    if (in.rel().startsWith("obl:in") && place != null && (place.type == EntityType.PLACE || place.type == EntityType.COUNTRY)) {
                        legs.add(new int[] {v.index(), in.dep(), tour});
                    }
                }
            }
            List<Draft> out = new ArrayList<>();
            for (int[] leg : legs) {
                NameResolver.Named place = st.entity(s, leg[1]);
                String country = st.countryOf(place);
                Draft d = new Draft(EventType.VISIT, s.index(), leg[0]);
                for (NameResolver.Named n : tourOwners(s, leg[2], legs)) {
                    if (n.affiliation == null || !n.affiliation.equals(country)) d.participants.add(n);
                }
                if (d.participants.isEmpty()) continue;
                d.location = place;
                d.leg = true;
                d.factuality = FactualityRules.factuality(s, leg[0]);
                d.date = dateRules.dateFor(s, leg[0], d.factuality);
                out.add(d);
            }
            return out;
        }

        /** The tour, trip or visit noun that is the subject of a verb, or -1. */
        private int tourSubject(Sentence s, int verb) {
            for (Dependency sub : s.children(verb, "nsubj")) {
                if (Set.of("tour", "trip", "journey", "visit").contains(s.token(sub.dep()).lemma().toLowerCase(Locale.ROOT))) return sub.dep();
            }
            return -1;
        }

        /**
         * Whose tour it is: its possessor, the one who is on it, or whoever a where-clause on one of its places has there.
         */
        private List<NameResolver.Named> tourOwners(Sentence s, int tour, List<int[]> legs) {
            List<NameResolver.Named> out = new ArrayList<>();
            for (Dependency p : s.children(tour, "nmod:poss")) out.addAll(resolveAll(s, p.dep()));
            if (out.isEmpty()) out.addAll(subjects(s, tour));
            for (int[] leg : legs) {
                if (!out.isEmpty() || leg[2] != tour) continue;
                for (Dependency rc : s.children(leg[1], "acl:relcl")) out.addAll(subjects(s, rc.dep()));
            }
            out.removeIf(n -> n.type != EntityType.PERSON);
            return out;
        }

        /** "laid a wreath", "placed flowers", "paid tribute", "paid homage", "paid his respects": honouring a site by going there. */
        private boolean tribute(Sentence s, int verb) {
            String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
            for (Dependency o : s.children(verb, "obj")) {
                String what = s.token(o.dep()).lemma().toLowerCase(Locale.ROOT);
                if ((lemma.equals("lay") || lemma.equals("place")) && (what.equals("wreath") || what.equals("flower"))) return true;
                if (lemma.equals("pay") && (what.equals("tribute") || what.equals("homage") || what.equals("respect"))) return true;
            }
            return false;
        }

        /** "visited Uhuru Gardens, where they laid a wreath": a clause about a place already told. */
        private boolean inRelativeClause(Sentence s, int verb) {
            Dependency up = Deps.governor(s, verb);
            return up != null && up.rel().startsWith("acl:relcl");
        }

        /** "spent Friday in Singapore": the time is the object of the stay. */
        private TimeValue stayDate(Sentence s, int verb, Factuality f) {
            for (Dependency o : s.children(verb, "obj")) {
                for (TimeMention tm : s.times()) {
                    if (tm.covers(o.dep())) {
                        TimeValue tv = st.resolve(tm.text(), tm.value(), f == Factuality.HAPPENED);
                        if (tv.value() != null) return tv;
                    }
                }
            }
            return dateRules.dateFor(s, verb, f);
        }

        /** "with Kim meeting Shoigu": the parse loses the verb, so read the surface order. */
        private List<Draft> surfaceMeetings(Sentence s, List<Draft> already) {
            List<Draft> out = new ArrayList<>();
            Map<Integer, NameResolver.Named> ents = st.entityAt.get(s.index());
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

        /** One entry of a list of contacts: "Prime Minister Giorgia Meloni in Rome on Tuesday". */
        private record Item(NameResolver.Named person, NameResolver.Named place, TimeMention time, int at) {}

        /**
         * "holding talks with Macron in Paris on Monday, Meloni in Rome on Tuesday and Trudeau in Ottawa on Thursday":
         * each person of such a list met the one who held the talks where and when the entry says, and the visits of
         * the sentence go to the entries' cities. The parse of such lists is unreliable, so the entries are read from
         * the words: a person, "in" or "at" a place, and optionally "on" a time, two entries or more.
         */
        private void itemise(Sentence s, List<Draft> drafts) {
            List<Item> items = new ArrayList<>();
            for (Span p : st.spans.get(s.index())) {
                if (p.type() != EntityType.PERSON || p.end() + 1 >= s.tokens().size()) continue;
                if (!s.token(p.end()).word().matches("in|at")) continue;
                NameResolver.Named person = st.entity(s, p.start());
                NameResolver.Named place = st.entity(s, p.end() + 1);
                if (person == null || place == null || !(place.type == EntityType.PLACE || place.type == EntityType.COUNTRY)) continue;
                int after = p.end() + 1;
                while (after < s.tokens().size() && st.entity(s, after) == place) after++;
                TimeMention time = null;
                for (TimeMention tm : s.times()) {
                    if (tm.start() == after + 1 && s.token(after).word().equals("on") && !"DURATION".equals(tm.type())) time = tm;
                }
                items.add(new Item(person, place, time, p.start()));
            }
            if (items.size() < 2 || items.stream().map(Item::place).distinct().count() < items.size()) return;
            // The one who held the talks: the participant every meeting with an entry's person shares.
            NameResolver.Named holder = null;
            Draft model = null;
            for (Draft d : drafts) {
                if (d.type != EventType.MEETING || d.factuality != Factuality.HAPPENED) continue;
                for (Item it : items) {
                    if (!d.participants.contains(it.person()) || d.participants.size() != 2) continue;
                    NameResolver.Named other = d.participants.stream().filter(x -> x != it.person()).findFirst().orElse(null);
                    if (holder != null && holder != other) return;
                    holder = other;
                    model = d;
                }
            }
            if (holder == null) return;
            for (Item it : items) {
                if (it.person() == holder) continue;
                Draft meeting = drafts.stream().filter(d -> d.type == EventType.MEETING && d.participants.contains(it.person())
                        && d.participants.size() == 2).findFirst().orElse(null);
                if (meeting == null) {
                    meeting = new Draft(EventType.MEETING, s.index(), it.at());
                    meeting.participants.add(holder);
                    meeting.participants.add(it.person());
                    meeting.factuality = model.factuality;
                    drafts.add(meeting);
                }
                meeting.location = it.place();
                TimeValue when = it.time() == null ? null
                        : st.resolve(it.time().text(), it.time().value(), meeting.factuality == Factuality.HAPPENED);
                meeting.date = when != null && when.value() != null ? when : meeting.date;
                // "visited France, Italy, Britain and Canada": the visit to France is the one to Paris, that day.
                for (Draft v : drafts) {
                    if (v.type != EventType.VISIT || !v.participants.contains(holder) || v.location == null) continue;
                    if (v.location.type == EntityType.COUNTRY && v.location.name.equals(st.countryOf(it.place()))) {
                        v.location = it.place();
                        v.date = meeting.date;
                    }
                }
            }
        }

        /**
         * Whether a contact's verb heads a clause set days or more apart from another ("days after he travelled to
         * Kyiv"); "hours after Xi arrived" and a bare "after" are most often the same day.
         */
        private static boolean markedApart(Sentence s, int trigger) {
            int verb = s.token(trigger).isVerb() ? trigger : Deps.governorVerb(s, trigger);
            if (verb < 0 || s.children(verb, "mark").stream().noneMatch(m -> s.token(m.dep()).word().matches("(?i)after|before"))) return false;
            for (TimeMention tm : s.times()) {
                Dependency on = Deps.governor(s, tm.end() - 1);
                if ("DURATION".equals(tm.type()) && tm.value() != null && tm.value().matches("P(\\d+|X)[DWMY]") && on != null && on.gov() == verb) return true;
            }
            return false;
        }

        /** Within one sentence, a meeting or visit lends its date and place to the others that share people. */
        private void shareWithinSentence(List<Draft> inSentence) {
            for (Draft d : inSentence) {
                for (Draft o : inSentence) {
                    if (o == d || o.factuality != Factuality.HAPPENED || d.factuality != Factuality.HAPPENED) continue;
                    if (o.leg) continue; // a tour's first leg, told in passing, dates nothing else
                    boolean shares = o.participants.stream().anyMatch(d.participants::contains);
                    if (!shares) continue;
                    // "and Shoukry travelled to Ankara the following month": not the month of the clause before; "arrived on
                    // Monday, days after he travelled to Kyiv": a clause marked as earlier or later has a time of its own.
                    if (d.date.value() == null && o.date.value() != null) {
                        OptionalInt offset = DateResolver.anaphoricOffset(d.date.text());
                        if (offset.isPresent() && offset.getAsInt() != 0) {
                            // "arrived on Monday, June 10, and held talks ... the next day": counted from the clause before.
                            if (o.trigger < d.trigger && o.date.value().length() == 10) {
                                d.date = TimeValue.day(LocalDate.parse(o.date.value()).plusDays(offset.getAsInt()), d.date.text());
                            }
                        } else if (DateResolver.anaphoricMonths(d.date.text()).isEmpty() && !markedApart(st.doc.sentences().get(d.sentence), d.trigger)) {
                            d.date = o.date;
                        }
                    }
                    if (d.type == EventType.MEETING && d.location == null && o.type == EventType.VISIT && o.location != null) {
                        d.location = o.location;
                    }
                }
            }
        }

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
                Dependency up = Deps.governor(s, v);
                if (up == null || up.gov() < 0) break;
                String r = up.rel();
                int first = FactualityRules.firstToDo(s, v);
                if (first >= 0) {
                    // "Macron became the first French head of state to visit Mongolia": the one who became it.
                    Dependency role = Deps.governor(s, first);
                    for (Dependency sub : s.children(first, "nsubj")) out.addAll(resolveAll(s, sub.dep()));
                    if (out.isEmpty() && role != null && role.gov() >= 0) {
                        if (role.rel().startsWith("appos")) out.addAll(resolveAll(s, role.gov()));
                        else out.addAll(subjects(s, role.gov()));
                    }
                    break;
                }
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
            NameResolver.Named e = titledName(s, token);
            if (e == null) e = st.entity(s, token);
            // "received Petro's predecessor, Juan Manuel Santos", parsed with the possessor as the head: the one named.
            if (e != null && Deps.hasChildWord(s, token, "case", "'s")) {
                for (Dependency of : s.children(token, "dep")) {
                    for (Dependency a : s.children(of.dep(), "appos")) {
                        NameResolver.Named named = st.entity(s, a.dep());
                        if (named != null && named.type == EntityType.PERSON) e = named;
                    }
                }
            }
            // "Patriarch Kirill of Moscow and All Russia": part of a title, not a party.
            if (e != null && e.type == EntityType.COUNTRY && Deps.hasChildWord(s, token, "det", "all")) return out;
            if (e != null) out.add(e);
            else out.addAll(resolveDescription(s, token));
            // "leaders of the party, including its secretary general X": the people named in the group.
            for (Dependency inc : s.children(token, "nmod:including")) {
                for (NameResolver.Named n : resolveAll(s, inc.dep())) if (n.type == EntityType.PERSON && !out.contains(n)) out.add(n);
            }
            for (Dependency c : s.children(token, "conj")) {
                NameResolver.Named ce = st.entity(s, c.dep());
                if (ce != null && ce.type == EntityType.COUNTRY && Deps.hasChildWord(s, c.dep(), "det", "all")) continue;
                if (ce != null && !out.contains(ce)) out.add(ce);
                if (ce == null && !Words.PRONOUNS_GROUP.contains(s.token(c.dep()).word().toLowerCase(Locale.ROOT))) {
                    // "X and the President of Mozambique Filipe Nyusi"
                    for (NameResolver.Named d : resolveDescription(s, c.dep())) if (!out.contains(d)) out.add(d);
                }
            }
            return out;
        }

        /**
         * "His Excellency President Xi Jinping", "His Royal Highness Prince Faisal ...", "The Custodian of the Two Holy
         * Mosques King Salman": the parse makes the title the head and hangs the name on it; the person is the name.
         */
        private NameResolver.Named titledName(Sentence s, int token) {
            String w = s.token(token).word().toLowerCase(Locale.ROOT);
            NameResolver.Named own = st.entity(s, token);
            boolean honorific = Words.HONORIFIC_HEADS.contains(w);
            if (!honorific && (own != null || !Words.TITLE_HEADS.contains(w))) return null;
            if (own == null) {
                // "the Emir of Kuwait, Sheikh Meshal ...": the name right after the title and its comma.
                int end = Deps.subtreeRange(s, token)[1];
                if (end + 1 < s.tokens().size() && s.token(end).word().equals(",")) {
                    NameResolver.Named n = st.entity(s, end + 1);
                    if (n == null && end + 2 < s.tokens().size() && Words.TITLE_WORDS.contains(s.token(end + 1).word().toLowerCase(Locale.ROOT))) {
                        n = st.entity(s, end + 2);
                    }
                    if (n != null && n.type == EntityType.PERSON) return n;
                }
            }
            for (Dependency d : s.children(token, null)) {
                if (!(d.rel().equals("dep") || honorific && (d.rel().equals("nmod:of") || d.rel().equals("appos")))) continue;
                NameResolver.Named n = st.entity(s, d.dep());
                if (n != null && n.type == EntityType.PERSON) return n;
            }
            return null;
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
                Dependency up = Deps.governor(s, token);
                if (up != null && up.gov() >= 0) {
                    Dependency clause = Deps.governor(s, up.gov());
                    if (clause != null && clause.gov() >= 0 && clause.rel().startsWith("advcl")) {
                        List<NameResolver.Named> group = new ArrayList<>();
                        for (Dependency d : s.children(clause.gov(), "nsubj")) {
                            NameResolver.Named n = st.entity(s, d.dep());
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
            // "The royal couple were welcomed at the airport": the pair the article named as a couple.
            if (t.isNoun() && lemma.equals("couple") && s.children(token, "det").stream().anyMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("the"))) {
                List<NameResolver.Named> couple = couple(s);
                if (!couple.isEmpty()) return couple;
            }
            // "the Holy Father", "the Pontiff": the pope the article names.
            if (t.isNoun() && (lemma.equals("pontiff") || lemma.equals("father") && Deps.hasChildWord(s, token, "compound", "holy"))) {
                List<NameResolver.Named> popes = st.names.people().stream().filter(p -> p.firstSentence <= s.index()
                        && p.role != null && p.role.toLowerCase(Locale.ROOT).contains("pope")).toList();
                if (popes.size() == 1) return popes;
            }
            // "in honour of the visiting dignitary", "his guest": whoever the article has on a visit.
            boolean visiting = s.children(token, "amod").stream().anyMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("visiting"));
            if (t.isNoun() && (visiting && Words.VISITOR_NOUNS.contains(lemma) || lemma.equals("guest"))) {
                NameResolver.Named visitor = currentVisitor(s.index());
                if (visitor != null) return List.of(visitor);
            }
            if ((w.equals("who") || w.equals("whom") || w.equals("whose")) && t.pos().startsWith("W")) {
                // A relative pronoun the parse left unresolved: the name just before the clause.
                for (int k = token - 1; k >= 0 && k >= token - 3; k--) {
                    NameResolver.Named n = st.entity(s, k);
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
                            NameResolver.Named e = st.entity(s, g.dep());
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
                int[] r = Deps.subtreeRange(s, token);
                for (Dependency d : s.deps()) {
                    if (!d.rel().equals("appos") || d.gov() < r[0] || d.gov() >= r[1]) continue;
                    NameResolver.Named e = st.entity(s, d.dep());
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
                    NameResolver.Named e = st.entity(s, d.dep());
                    if (e != null && (e.type == EntityType.PERSON || Words.DELEGATION_HEADS.contains(lemma))) return List.of(e);
                }
            }
            if ((w.equals("majesty") || w.equals("highness") || w.equals("excellency")) && !s.children(token, "nmod:poss").isEmpty()) {
                // "His Majesty arrived": the article's monarch, else the person the text is about.
                NameResolver.Named royal = null;
                for (NameResolver.Named p : st.names.people()) {
                    if (p.role != null && p.role.toLowerCase(Locale.ROOT).matches(".*\\b(king|queen|emir|sultan|sheikh|prince|crown prince)\\b.*")) {
                        royal = p;
                        break;
                    }
                }
                if (royal == null) royal = st.topics.get(s.index() - 1);
                if (royal != null) return List.of(royal);
            }
            if (Words.TITLE_HEADS.contains(lemma) && (t.pos().equals("NN") || t.pos().equals("NNP"))) {
                NameResolver.Named described = describedPerson(s, token);
                if (described != null) return List.of(described);
                NameResolver.Named office = officeHolder(s, token);
                if (office != null) return List.of(office);
            }
            if (Words.GROUP_HEADS.contains(lemma) && t.pos().endsWith("S")) {
                List<NameResolver.Named> ofCountries = leadersOf(s, token);
                if (!ofCountries.isEmpty()) return ofCountries;
                boolean counted = false;
                for (Dependency d : s.children(token, null)) {
                    String dw = s.token(d.dep()).word().toLowerCase(Locale.ROOT);
                    if (dw.equals("two") || dw.equals("both")) counted = true;
                }
                if (counted || s.children(token, "det").stream().anyMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("the"))) {
                    List<NameResolver.Named> pair = pairBefore(s, token);
                    List<NameResolver.Named> titled = pair == st.lastPair ? titledPair(s, token) : null;
                    return titled != null ? titled : pair;
                }
            }
            return List.of();
        }

        /**
         * The first couple named up to this sentence: someone named as another's wife or husband ("Prince William and his
         * wife Catherine"), or a queen, duchess or princess named with her king, duke or prince, each with the person the
         * article named just before. Empty when the article names none.
         */
        private List<NameResolver.Named> couple(Sentence s) {
            List<NameResolver.Named> people = st.names.people().stream().filter(p -> p.firstSentence <= s.index() && !p.byOffice).toList();
            for (int i = 1; i < people.size(); i++) {
                NameResolver.Named p = people.get(i);
                String role = p.role == null ? "" : p.role.toLowerCase(Locale.ROOT);
                boolean consort = NameResolver.isSpouse(p) || role.matches(".*\\b(queen|duchess|princess)\\b.*")
                        && people.get(i - 1).role != null && people.get(i - 1).role.toLowerCase(Locale.ROOT).matches(".*\\b(king|duke|prince)\\b.*");
                if (consort) return List.of(people.get(i - 1), p);
            }
            return List.of();
        }

        /** The person of the latest visit told up to this sentence, if one person made it. */
        private NameResolver.Named currentVisitor(int sentence) {
            for (int i = st.drafts.size() - 1; i >= 0; i--) {
                Draft d = st.drafts.get(i);
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
                // "the Lao Prime Minister", "Belarus's leader", "the President of Belarus"
                if (!(d.rel().equals("amod") || d.rel().equals("compound") || d.rel().equals("nmod:poss") || d.rel().equals("nmod:of"))) continue;
                NameResolver.Named e = st.entity(s, d.dep());
                if (e != null && e.type == EntityType.COUNTRY) country = e.name;
            }
            String head = s.token(token).word().toLowerCase(Locale.ROOT);
            if (country == null) {
                boolean definite = s.children(token, "det").stream().anyMatch(d -> s.token(d.dep()).word().equalsIgnoreCase("the"));
                if (!definite) return null;
                String phrase = (token > 0 && s.token(token - 1).pos().startsWith("NN") || token > 0 && s.token(token - 1).pos().startsWith("JJ")
                        ? s.token(token - 1).word() + " " : "") + s.token(token).word();
                List<NameResolver.Named> fitting = new ArrayList<>();
                for (NameResolver.Named p : st.names.people()) {
                    // Only people named by now: "the president" points back.
                    if (p.firstSentence > s.index()) continue;
                    if (p.role != null && p.role.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT))) fitting.add(p);
                }
                if (fitting.size() == 1) return fitting.get(0);
                // "The president arrived in Paris": of two presidents, the one from elsewhere.
                Dependency up = Deps.governor(s, token);
                if (fitting.size() > 1 && up != null && up.rel().startsWith("nsubj")) {
                    String dest = visitedCountry(s, up);
                    List<NameResolver.Named> visitors = dest == null ? fitting
                            : fitting.stream().filter(p -> !dest.equals(p.affiliation)).toList();
                    if (visitors.size() == 1) return visitors.get(0);
                }
                // Several presidents: "the President" is the one the last sentences were about.
                for (int si = s.index() - 1; si >= 0 && si >= s.index() - 3; si--) {
                    NameResolver.Named topic = st.topics.get(si);
                    if (topic != null && fitting.contains(topic)) return topic;
                }
                return null;
            }
            List<NameResolver.Named> found = new ArrayList<>();
            // "the Nigerian leader" is whoever leads Nigeria in the article, whatever the title.
            // "the Cuban head of state", "the Bahraini monarch" likewise.
            boolean anyTitle = head.equals("leader") || head.equals("ruler") || head.equals("head") || head.equals("monarch");
            for (NameResolver.Named p : st.names.people()) {
                if (!country.equals(p.affiliation)) continue;
                if (p.role != null && !anyTitle && !p.role.toLowerCase(Locale.ROOT).contains(head)) continue;
                if (anyTitle && !Words.LEADER_TITLES.matcher(p.role == null ? "" : p.role).find()) continue;
                found.add(p);
            }
            // A headline's "President of China" before the article names him is the president named since.
            if (found.size() > 1) found.removeIf(p -> p.byOffice);
            if (found.isEmpty() && !anyTitle) {
                // "the Lao Prime Minister" for "Prime Minister Sonexay Siphandone", whose country the text never gave.
                final String country0 = country;
                List<NameResolver.Named> untold = st.names.people().stream().filter(p -> p.affiliation == null && p.role != null
                        && p.firstSentence <= s.index() && p.role.toLowerCase(Locale.ROOT).contains(head)).toList();
                boolean taken = st.names.people().stream().anyMatch(p -> country0.equals(p.affiliation) && p.role != null
                        && p.role.toLowerCase(Locale.ROOT).contains(head));
                if (untold.size() == 1 && !taken) return untold.get(0);
            }
            return found.size() == 1 ? found.get(0) : null;
        }

        /** "The Russian defence minister" with no name yet: a person known by office and country. */
        private NameResolver.Named officeHolder(Sentence s, int token) {
            String country = null;
            int from = token;
            for (Dependency d : s.children(token, null)) {
                if (!(d.rel().equals("amod") || d.rel().equals("compound") || d.rel().equals("nmod:poss"))) continue;
                NameResolver.Named e = st.entity(s, d.dep());
                if (e != null && e.type == EntityType.COUNTRY) country = e.name;
                from = Math.min(from, d.dep());
            }
            if (country == null || !Words.OFFICE_HEADS.contains(s.token(token).lemma().toLowerCase(Locale.ROOT))) return null;
            StringBuilder role = new StringBuilder();
            for (int k = from; k <= token; k++) {
                NameResolver.Named e = st.entity(s, k);
                if (e != null || s.token(k).word().equals("'s")) continue;
                if (role.length() > 0) role.append(' ');
                role.append(s.token(k).word().toLowerCase(Locale.ROOT));
            }
            if (role.length() == 0) return null;
            return st.names.office(country + " " + role, role.toString(), country, s.index());
        }

        private boolean isPossessive(Sentence s, int token) {
            return s.token(token).pos().equals("PRP$");
        }

        /**
         * "The leaders of Cyprus, Greece and Israel met": for each country, the one person of it the article names with a
         * leader's title, before or after; the country itself when the article names no such person or several.
         */
        private List<NameResolver.Named> leadersOf(Sentence s, int token) {
            List<NameResolver.Named> countries = new ArrayList<>();
            for (Dependency of : s.children(token, "nmod:of")) {
                for (NameResolver.Named c : resolveAll(s, of.dep())) if (c.type == EntityType.COUNTRY && !countries.contains(c)) countries.add(c);
            }
            if (countries.size() < 2) return List.of();
            List<NameResolver.Named> out = new ArrayList<>();
            for (NameResolver.Named c : countries) {
                // Affiliations already include the gazetteer's country for a name the text gives none (Mentions).
                List<NameResolver.Named> heads = st.names.people().stream().filter(p -> c.name.equals(p.affiliation) && p.role != null
                        && Words.LEADER_TITLES.matcher(p.role).find()
                        && !p.role.toLowerCase(Locale.ROOT).matches(".*\\b(former|then|vice|deputy)\\b.*")).toList();
                out.add(heads.size() == 1 ? heads.get(0) : c);
            }
            return out;
        }

        /**
         * "The two presidents met in New Delhi", after a paragraph on their foreign ministers: the last pair remembered
         * whose both members hold the title ("presidents", "prime ministers"; "heads of state" a president or monarch), or
         * null when the title says nothing or no pair fits.
         */
        private List<NameResolver.Named> titledPair(Sentence s, int token) {
            String lemma = s.token(token).lemma().toLowerCase(Locale.ROOT);
            boolean headsOfState = lemma.equals("head") && Deps.hasChildWord(s, token, "nmod:of", "state");
            if (!headsOfState && !Set.of("president", "minister", "premier").contains(lemma)) return null;
            String title = lemma;
            for (Dependency d : s.children(token, null)) {
                if (d.rel().equals("compound") || d.rel().equals("amod")) title = s.token(d.dep()).word().toLowerCase(Locale.ROOT) + " " + lemma;
            }
            for (int i = st.pairs.size() - 1; i >= 0; i--) {
                List<NameResolver.Named> pair = st.pairs.get(i);
                final String t = title;
                // "his Turkish counterpart" holds the other member's title.
                boolean fits = pair.size() == 2 && pair.stream().anyMatch(p -> holds(p, t, headsOfState))
                        && pair.stream().allMatch(p -> holds(p, t, headsOfState) || "counterpart".equalsIgnoreCase(p.role));
                if (fits) return pair;
            }
            return null;
        }

        private static boolean holds(NameResolver.Named p, String title, boolean headsOfState) {
            return p.role != null && (headsOfState ? Words.HEAD_OF_STATE_TITLES.matcher(p.role).find() : p.role.toLowerCase(Locale.ROOT).contains(title));
        }

        /** "the two leaders": the last two people named before, in this sentence if it names two. */
        private List<NameResolver.Named> pairBefore(Sentence s, int token) {
            List<NameResolver.Named> seen = new ArrayList<>();
            for (int k = token - 1; k >= 0 && seen.size() < 2; k--) {
                NameResolver.Named n = st.entity(s, k);
                if (n == null && Words.PRONOUNS_SUBJ.contains(s.token(k).word().toLowerCase(Locale.ROOT))) n = pronoun(s, k);
                if (n == null && isBareTitle(s, k)) n = describedPerson(s, k); // "talks with the US President"
                if (n != null && n.type == EntityType.PERSON && !seen.contains(n)) seen.add(n);
            }
            return seen.size() == 2 ? List.of(seen.get(1), seen.get(0)) : st.lastPair;
        }

        /** A title noun standing alone for a person ("the US President"), not one introducing a name. */
        private boolean isBareTitle(Sentence s, int token) {
            Token t = s.token(token);
            if (!t.isNoun() || !Words.TITLE_HEADS.contains(t.lemma().toLowerCase(Locale.ROOT))) return false;
            Dependency up = Deps.governor(s, token);
            if (up != null && up.gov() >= 0 && st.entity(s, up.gov()) != null) return false;
            return s.children(token, null).stream().noneMatch(d -> st.entity(s, d.dep()) != null && st.entity(s, d.dep()).type == EntityType.PERSON);
        }

        /** A subject pronoun: the subject of the governing clause, else the nearest person before it. */
        private NameResolver.Named pronoun(Sentence s, int token) {
            Map<Integer, NameResolver.Named> ents = st.entityAt.get(s.index());
            Dependency up = Deps.governor(s, token);
            List<NameResolver.Named> candidates = new ArrayList<>();
            String pw = s.token(token).word().toLowerCase(Locale.ROOT);
            if ((pw.equals("his") || pw.equals("her")) && up != null && up.gov() >= 0) {
                // "who is in Russia on his first state visit": his is the clause's own subject.
                Dependency pred = Deps.governor(s, up.gov());
                // "received Erdoğan at the airport upon his arrival": the one arriving is the guest, not the host.
                if (pred != null && pred.gov() >= 0 && pred.rel().startsWith("obl")
                        && Words.VISIT_NOUNS.contains(s.token(up.gov()).lemma().toLowerCase(Locale.ROOT))
                        && Words.HOST_VERBS.contains(s.token(pred.gov()).lemma().toLowerCase(Locale.ROOT))) {
                    for (Dependency guest : s.children(pred.gov(), "obj")) {
                        for (NameResolver.Named n : resolveAll(s, guest.dep())) if (n.type == EntityType.PERSON) candidates.add(n);
                    }
                }
                if (pred != null && pred.gov() >= 0) {
                    for (Dependency sub : s.children(pred.gov(), "nsubj")) {
                        for (NameResolver.Named n : resolveAll(s, sub.dep())) if (n.type == EntityType.PERSON) candidates.add(n);
                    }
                }
            }
            if (up != null && up.gov() >= 0) {
                Dependency clause = Deps.governor(s, up.gov());
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
            // "Kobakhidze's first trip took him to Brussels, where he was received by X": in a clause hung on a name, the
            // one person the sentence named before it.
            if (candidates.isEmpty() && up != null && up.gov() >= 0) {
                Dependency clause = Deps.governor(s, up.gov());
                List<NameResolver.Named> before = new ArrayList<>();
                for (int k = 0; k < token; k++) {
                    NameResolver.Named n = ents.get(k);
                    if (n != null && n.type == EntityType.PERSON && !before.contains(n)) before.add(n);
                }
                boolean where = s.children(up.gov(), "advmod").stream().anyMatch(a -> s.token(a.dep()).word().matches("(?i)where|when"));
                if (clause != null && (clause.rel().startsWith("acl:relcl") || where && clause.rel().startsWith("advcl"))
                        && before.size() == 1) candidates.add(before.get(0));
            }
            if (candidates.isEmpty()) {
                for (int si : st.sentencesBefore(s, 1)) {
                    NameResolver.Named topic = st.topics.get(si);
                    if (topic != null) candidates.add(topic);
                }
            }
            for (int k = token - 1; k >= 0; k--) {
                NameResolver.Named n = ents.get(k);
                if (n != null && n.type == EntityType.PERSON && !candidates.contains(n)) candidates.add(n);
            }
            for (int si : st.sentencesBefore(s, 2)) {
                NameResolver.Named topic = st.topics.get(si);
                if (topic != null && !candidates.contains(topic)) candidates.add(topic);
            }
            for (int si : st.sentencesBefore(s, 2)) {
                Sentence prev = st.doc.sentences().get(si);
                for (Dependency d : prev.deps()) {
                    if (!d.rel().startsWith("nsubj")) continue;
                    NameResolver.Named n = st.entityAt.get(si).get(d.dep());
                    if (n != null && n.type == EntityType.PERSON && !candidates.contains(n)) candidates.add(n);
                }
                for (NameResolver.Named n : st.entityAt.get(si).values()) {
                    if (n.type == EntityType.PERSON && !candidates.contains(n)) candidates.add(n);
                }
            }
            // An object pronoun is not the subject of its own clause: "Putin hosted a dinner for him".
            if (pw.equals("him") || pw.equals("her") && !isPossessive(s, token)) {
                int v = token;
                for (int hops = 0; hops < 3; hops++) {
                    Dependency g = Deps.governor(s, v);
                    if (g == null || g.gov() < 0) break;
                    v = g.gov();
                    if (s.token(v).isVerb()) {
                        for (Dependency sub : s.children(v, "nsubj")) {
                            NameResolver.Named subject = st.entity(s, sub.dep());
                            if (subject != null) candidates.remove(subject);
                        }
                        break;
                    }
                }
                if (candidates.isEmpty()) {
                    for (int si : st.sentencesBefore(s, 2)) {
                        NameResolver.Named topic = st.topics.get(si);
                        if (topic != null) candidates.add(topic);
                    }
                }
            }
            if (candidates.isEmpty()) return null;
            // Someone does not visit their own country: prefer a candidate from elsewhere for a visit's subject.
            String destCountry = visitedCountry(s, up);
            if (destCountry != null) {
                for (NameResolver.Named c : candidates) {
                    if (c.affiliation != null && !c.affiliation.equals(destCountry)) return c;
                }
                for (NameResolver.Named c : candidates) if (c.affiliation == null) return c;
            }
            return candidates.get(0);
        }

        /** The country a visit verb governing a token goes to ("he arrived in Paris": France), or null. */
        private String visitedCountry(Sentence s, Dependency up) {
            if (up == null || up.gov() < 0) return null;
            String gl = s.token(up.gov()).lemma().toLowerCase(Locale.ROOT);
            if (!Words.VISIT_OBJ_VERBS.contains(gl) && !Words.VISIT_MOTION_VERBS.contains(gl)) return null;
            return st.countryOf(destination(s, up.gov(), gl));
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
                if (ok && !st.inDateline(s, d.dep())) heads.add(d.dep());
            }
            NameResolver.Named best = null;
            int airport = -1;
            for (int h : heads) {
                NameResolver.Named e = st.entity(s, h);
                if (e != null && (e.type == EntityType.PLACE || e.type == EntityType.COUNTRY)) {
                    if (!Words.AIRPORT.matcher(e.name).find()) return e;
                    if (airport < 0) airport = h;
                    continue;
                }
                if (e != null && e.type == EntityType.PERSON) continue;
                // A site: "a frigate in the Far East" names the Far East as the most specific place.
                NameResolver.Named inner = placeInside(s, h);
                if (inner != null && best == null) best = inner;
            }
            if (airport < 0) return best;
            // "arrived at Noi Bai International Airport in Hanoi": the airport is the way in, the city the destination.
            for (Dependency in : s.children(airport, null)) {
                if (!in.rel().equals("nmod:in") && !in.rel().equals("compound")) continue;
                NameResolver.Named city = st.entity(s, in.dep());
                if (city != null && city.type == EntityType.PLACE && city != st.entity(s, airport)) return city;
            }
            // "landed at Baghdad International Airport": the city the airport is named after.
            NameResolver.Named port = st.entity(s, airport);
            String[] words = port.name.split("\\s+");
            for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
                String head = String.join(" ", Arrays.copyOf(words, n));
                Lexicon.LexEntry city = st.lexicon.lookup(head).orElse(null);
                if (city != null && city.kind() == Lexicon.Kind.CITY) return st.place(city.canonical(), EntityType.PLACE, head);
            }
            return port;
        }

        /** "Buenos Aires, where he arrived": a clause hanging on a place happens there. */
        private NameResolver.Named relativePlace(Sentence s, int verb) {
            Dependency up = Deps.governor(s, verb);
            if (up == null || up.gov() < 0 || !up.rel().startsWith("acl")) return null;
            NameResolver.Named e = st.entity(s, up.gov());
            return e != null && (e.type == EntityType.PLACE || e.type == EntityType.COUNTRY) ? e : null;
        }

        /** "visited Sofia ... and then Prague": the other places coordinated with the destination. */
        private List<NameResolver.Named> coordinatedPlaces(Sentence s, int verb, NameResolver.Named dest) {
            List<NameResolver.Named> out = new ArrayList<>();
            if (dest == null) return out;
            for (Dependency d : s.children(verb, null)) {
                if (st.entity(s, d.dep()) != dest) continue;
                for (Dependency c : s.children(d.dep(), "conj")) {
                    NameResolver.Named e = st.entity(s, c.dep());
                    if (e != null && e != dest && (e.type == EntityType.PLACE || e.type == EntityType.COUNTRY) && !out.contains(e)) out.add(e);
                }
            }
            return out;
        }

        private NameResolver.Named placeInside(Sentence s, int head) {
            int[] r = Deps.subtreeRange(s, head);
            NameResolver.Named found = null;
            for (int k = r[0]; k < r[1]; k++) {
                NameResolver.Named e = st.entity(s, k);
                if (e == null || !(e.type == EntityType.PLACE || e.type == EntityType.COUNTRY)) continue;
                if (found == null || found.type == EntityType.COUNTRY && e.type == EntityType.PLACE) found = e;
            }
            return found;
        }

        private NameResolver.Named meetingPlace(Sentence s, int trigger) {
            return st.mostSpecific(meetingPlaces(s, trigger));
        }

        /** The places a contact's words name for it: one, where a relative clause places it, else all found. */
        private List<NameResolver.Named> meetingPlaces(Sentence s, int trigger) {
            NameResolver.Named where = relativePlace(s, trigger);
            if (where == null) {
                Dependency up = Deps.governor(s, trigger);
                if (up != null && up.gov() >= 0 && s.token(trigger).isNoun()) where = relativePlace(s, up.gov());
            }
            if (where != null) return List.of(where);
            List<NameResolver.Named> found = new ArrayList<>();
            List<Integer> cluster = dateRules.cluster(s, trigger);
            for (int t : cluster) {
                for (Dependency d : s.children(t, null)) {
                    String r = d.rel();
                    if (!(r.startsWith("obl:in") || r.startsWith("obl:at") || r.startsWith("nmod:in") || r.startsWith("nmod:at"))) continue;
                    if (st.inDateline(s, d.dep())) continue;
                    NameResolver.Named e = st.entity(s, d.dep());
                    if (e != null && (e.type == EntityType.PLACE || e.type == EntityType.COUNTRY)) found.add(e);
                    else {
                        NameResolver.Named inner = placeInside(s, d.dep());
                        if (inner != null) found.add(inner);
                    }
                    // "at the Royal Palace in Rabat": the place of the place
                    for (Dependency dd : s.children(d.dep(), "nmod:in")) {
                        NameResolver.Named e2 = st.entity(s, dd.dep());
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
                            NameResolver.Named e = st.entity(s, d.dep());
                            if (e != null && (e.type == EntityType.PLACE || e.type == EntityType.COUNTRY) && !st.inDateline(s, d.dep())) found.add(e);
                        }
                    }
                }
            }
            return found;
        }

        private void rememberTopic(Sentence s) {
            for (Dependency d : s.deps()) {
                if (!d.rel().equals("nsubj") && !d.rel().equals("nsubj:pass")) continue;
                for (NameResolver.Named n : resolveAll(s, d.dep())) {
                    if (n.type == EntityType.PERSON) {
                        st.topics.put(s.index(), n);
                        return;
                    }
                }
            }
        }

        private void rememberPair(Sentence s, List<Draft> inSentence) {
            for (Draft d : inSentence) {
                List<NameResolver.Named> people = d.participants.stream().filter(p -> p.type == EntityType.PERSON).toList();
                if (people.size() >= 2) { st.lastPair = people; st.pairs.add(people); return; }
            }
            List<NameResolver.Named> seen = new ArrayList<>();
            for (int k = 0; k < s.tokens().size(); k++) {
                NameResolver.Named n = st.entity(s, k);
                if (n == null && s.token(k).isNoun() && Words.TITLE_HEADS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) {
                    n = describedPerson(s, k);
                }
                if (n != null && n.type == EntityType.PERSON && !seen.contains(n)) seen.add(n);
            }
            if (seen.size() >= 2) {
                st.lastPair = List.copyOf(seen.subList(seen.size() - 2, seen.size()));
                st.pairs.add(st.lastPair);
            }
        }

        private boolean isTime(Sentence s, int token) {
            return s.times().stream().anyMatch(tm -> tm.covers(token));
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
