package org.diplograph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Dependency;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.TimeMention;
import org.diplograph.nlp.Token;

/**
 * One contact, one event: merges the drafts of an article that tell the same contact, carries dates and places
 * across sentences about the same trip, and turns each contact that happened into an {@link EventMention}.
 */
final class Merger {
    private static final String GATHERING_NOUN = "(?:(?:summit|gathering|conference|forum|assembly|session|coronation|inauguration"
            + "|funeral|ceremony|celebration|parade|visit|trip)s?|games|olympics|expo)";
    /** A gathering a contact happens at or around, within a few words: "on the sidelines of the Arab-Islamic summit". */
    private static final Pattern GATHERING_PHRASE = Pattern.compile("(?i)\\b(?:(?:on|at|during|in) the (?:(eve)|(first|second|opening|final|last"
            + "|closing) day|sidelines|margins?)\\s+of|before|after|ahead of)\\s+(?:the|an?|this|that|its)\\s+(?:[\\w'-]+\\s+){0,6}?(?:" + GATHERING_NOUN
            + "|meeting|talks)\\b");
    private static final Pattern GATHERING = Pattern.compile("(?i)\\b" + GATHERING_NOUN + "\\b");
    private static final Pattern DAYS_LONG = Pattern.compile("(?i)\\b(two|three|four|five|2|3|4|5)-day\\b");
    private static final Map<String, Integer> DAY_COUNTS = Map.of("two", 2, "2", 2, "three", 3, "3", 3, "four", 4, "4", 4, "five", 5, "5", 5);
    /** A day of a gathering the sentence leaves implied, or one named inside the phrase: "On the closing day", "the first day of". */
    private static final Pattern GATHERING_DAY = Pattern.compile("(?i)\\b(?:on|at|during) the (?:(?:sidelines|margins?) of the )?(first|second|opening"
            + "|final|last|closing) day\\b");

    /** "After the talks with Khadka", "following his meeting with": a contact placed after another with someone named. */
    private static final Pattern TALKS_WITH = Pattern.compile("(?i)\\b(?:after|following|before|ahead of) (?:the|his|her|their) "
            + "(?:talks|meetings?) with\\b");

    private final ArticleState st;

    Merger(ArticleState st) {
        this.st = st;
    }

    List<Draft> merge(List<Draft> all) {
        List<Draft> happened = new ArrayList<>();
        List<Draft> other = new ArrayList<>();
        for (Draft d : all) (d.factuality == Factuality.HAPPENED ? happened : other).add(d);
        // Dates after publication mean the contact has not happened yet.
        for (Draft d : happened.toArray(new Draft[0])) {
            if (d.date.value() != null && d.date.value().compareTo(st.pub.toString().substring(0, d.date.value().length())) > 0
                    && !d.date.value().equals(String.valueOf(st.dayAhead()))) {
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
                // A visit to the same place is the same trip told twice ("days after he travelled to Kyiv" ... "the tour
                // began on Tuesday, when Orbán made his first visit to Kyiv").
                if (d.date.value() == null && o.date.value() != null && o.sentence > d.sentence
                        && !(d.type == EventType.VISIT && d.location != null && d.location == o.location)) continue;
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
                // "hosted at the Royal Palace in Brussels": the city beside the site.
                NameResolver.Named where = st.countryOf(m.location) == null && m.city != null ? m.city : m.location;
                if (v.location.name.equals(st.countryOf(where)) && !cities.contains(where)) {
                    cities.add(where);
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
        // The city may be told days apart on the same trip ("arrived in Washington on Monday"), or in the same
        // sentence as a place the lexicon cannot place ("arrived in Basra in southern Iraq").
        out.removeIf(v -> v.type == EventType.VISIT && v.location != null && v.location.type == EntityType.COUNTRY
                && out.stream().anyMatch(o -> o != v && o.type == EventType.VISIT && o.location != null
                && o.location.type == EntityType.PLACE && o.participants.containsAll(v.participants)
                && (v.location.name.equals(st.countryOf(o.location)) && sameTrip(o.date, v.date)
                    || st.countryOf(o.location) == null && o.sentence == v.sentence && datesCompatible(o.date, v.date))));
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
        // "was met at Manas International Airport by Japarov" and the talks at the palace later: the welcome on arrival
        // is a contact of its own.
        if (a.location != null && b.location != null && a.location != b.location
                && Words.AIRPORT.matcher(a.location.name).find() != Words.AIRPORT.matcher(b.location.name).find()) return false;
        // Spouses who come along ("Macron and his wife received Tinubu and First Lady Remi Tinubu") are the same contact.
        Set<NameResolver.Named> pa = principals(a), pb = principals(b);
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

    private static Set<NameResolver.Named> principals(Draft d) {
        Set<NameResolver.Named> out = new LinkedHashSet<>(d.participants);
        out.removeIf(NameResolver::isSpouse);
        return out.isEmpty() ? d.participants : out;
    }

    /** Dates no more than a week apart, or not both known: the same trip. */
    private boolean sameTrip(TimeValue a, TimeValue b) {
        return datesCompatible(a, b) || daysAfter(a, b, 7) || daysAfter(b, a, 7);
    }

    private boolean datesCompatible(TimeValue a, TimeValue b) {
        if (a.value() == null || b.value() == null) {
            // "last visited Egypt in 2012" (a year alone, so no date) is not the visit of the story, and "earlier in the
            // day" points into the story, not to October 2019. A mention that says nothing of when fits any date.
            Integer ya = yearOf(a);
            Integer yb = yearOf(b);
            return ya == null || yb == null || ya.equals(yb);
        }
        return a.value().startsWith(b.value()) || b.value().startsWith(a.value());
    }

    /**
     * The year a date gives: from its value, from a year in its words ("in 2012"), or the publication year for words
     * pointing at the story's own days ("earlier in the day"); null when nothing says.
     */
    private Integer yearOf(TimeValue t) {
        if (t.value() != null) return Integer.parseInt(t.value().substring(0, 4));
        Matcher m = t.text() == null ? null : DateResolver.YEAR_IN_TEXT.matcher(t.text());
        if (m != null && m.find()) return Integer.parseInt(m.group());
        return DateResolver.anaphoricOffset(t.text()).isPresent() ? st.pub.getYear() : null;
    }

    private void absorb(Draft into, Draft d) {
        into.nominal = into.nominal && d.nominal;
        into.participants.addAll(d.participants);
        into.hosts.addAll(d.hosts);
        // One contact named in several sentences takes the most specific place any of them gives.
        if (d.location != null && (into.location == null || st.specificity(d.location) > st.specificity(into.location))) {
            into.location = d.location;
            into.city = d.city;
        }
        if (into.city == null && into.location == d.location) into.city = d.city;
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
    void carryDates(List<Draft> events) {
        for (Draft d : events) {
            if (d.date.value() != null || d.factuality != Factuality.HAPPENED) continue;
            Sentence s = st.doc.sentences().get(d.sentence);
            OptionalInt pointer = DateResolver.anaphoricOffset(d.date.text());
            boolean anaphoric = pointer.isPresent();
            int offset = pointer.orElse(0);
            TimeValue told = toldAfter(d);
            if (told == null && d.date.text() == null) told = talksWith(d, events);
            if (told == null && d.date.text() == null) told = gatheringDay(d);
            if (told != null) {
                d.date = told;
                continue;
            }
            OptionalInt months = DateResolver.anaphoricMonths(d.date.text());
            if (months.isPresent()) {
                // "visited Cairo in March last year, and Shoukry travelled to Ankara the following month".
                YearMonth base = monthBefore(d, events);
                if (base != null) d.date = TimeValue.month(base.plusMonths(months.getAsInt()), d.date.text());
                continue;
            }
            if (!anaphoric && (!s.times().isEmpty() || pastPerfect(s, d.trigger))) continue;
            TimeValue arrived = anaphoric ? null : visitOpening(d, events);
            if (arrived != null) {
                d.date = arrived;
                continue;
            }
            TimeValue talks = anaphoric ? null : talksThere(d, events);
            if (talks != null) {
                d.date = talks;
                continue;
            }
            // "announced Monday morning that ... the two leaders spoke earlier in the day": a day stated before the
            // words in the same sentence is the day they point back at.
            TimeValue stated = anaphoric ? statedBefore(s, d.date.text(), 10) : null;
            if (stated != null) {
                d.date = new TimeValue(LocalDate.parse(stated.value()).plusDays(offset).toString(), d.date.text());
                continue;
            }
            Draft donor = donor(d, events, anaphoric);
            if (donor == null) {
                // "Later in the day, Trump received the two ministers" after a lead that dated only the signing.
                TimeValue day = anaphoric ? dayStatedBefore(d.sentence) : null;
                if (day != null) d.date = new TimeValue(LocalDate.parse(day.value()).plusDays(offset).toString(), d.date.text());
                // "arrived in the morning" with no day told before: the day of the report.
                else if (DateResolver.partOfDay(d.date.text())) d.date = TimeValue.day(st.pub, d.date.text());
                continue;
            }
            if (!anaphoric) d.date = new TimeValue(donor.date.value(), donor.date.text());
            else if (offset == 0) d.date = new TimeValue(donor.date.value(), d.date.text());
            else if (donor.date.value().length() == 10) {
                d.date = new TimeValue(LocalDate.parse(donor.date.value()).plusDays(offset).toString(), d.date.text());
            }
        }
    }

    /**
     * "After the talks with Khadka, Wang called on Deuba": the day of the talks with the one named, when the article
     * told them with a day and this contact shares someone with them. Null when the sentence says no such thing.
     */
    private TimeValue talksWith(Draft d, List<Draft> events) {
        Sentence s = st.doc.sentences().get(d.sentence);
        Matcher m = TALKS_WITH.matcher(s.text());
        if (!m.find()) return null;
        int at = s.begin() + m.end();
        for (Token t : s.tokens()) {
            if (t.begin() < at || t.begin() > at + 40) continue;
            NameResolver.Named other = st.entity(s, t.index());
            if (other == null || other.type != EntityType.PERSON) continue;
            for (Draft o : events) {
                if (o == d || o.type != EventType.MEETING || o.factuality != Factuality.HAPPENED || !o.participants.contains(other)) continue;
                if (o.date.value() == null || o.date.value().length() != 10 || o.participants.stream().noneMatch(d.participants::contains)) continue;
                return new TimeValue(o.date.value(), m.group().strip());
            }
            return null;
        }
        return null;
    }

    /**
     * "In Lahore, Raisi laid a wreath at Allama Iqbal's mausoleum": a sentence that opens with the city of a visit told
     * before with a day goes on about that visit, so its contacts have that visit's day. Null when it does not.
     */
    private TimeValue visitOpening(Draft d, List<Draft> events) {
        Sentence s = st.doc.sentences().get(d.sentence);
        if (s.tokens().size() < 3 || !s.token(0).word().equalsIgnoreCase("in")) return null;
        NameResolver.Named place = st.entity(s, 1);
        if (place == null || place.type != EntityType.PLACE) return null;
        int k = 1;
        while (k < s.tokens().size() && st.entity(s, k) == place) k++;
        if (k >= s.tokens().size() || !s.token(k).word().equals(",")) return null;
        Draft visit = null;
        for (Draft o : events) {
            if (o.type != EventType.VISIT || o.factuality != Factuality.HAPPENED || o.location != place || o.sentence >= d.sentence) continue;
            if (o.date.value() == null || o.date.value().length() != 10 || o.participants.stream().noneMatch(d.participants::contains)) continue;
            if (visit == null || o.sentence > visit.sentence) visit = o;
        }
        return visit == null ? null : visit.date;
    }

    /**
     * "... his phone conversation with Hun Sen was leaked. The conversation took place on Sunday, June 15": a
     * sentence just after that says when a contact of this kind took place dates it.
     */
    private TimeValue toldAfter(Draft d) {
        List<Sentence> sentences = st.doc.sentences();
        for (int i = d.sentence + 1; i <= d.sentence + 2 && i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            for (Dependency subj : s.deps()) {
                if (!subj.rel().startsWith("nsubj") || subj.gov() < 0) continue;
                String verb = s.token(subj.gov()).lemma().toLowerCase(Locale.ROOT);
                boolean tookPlace = verb.equals("take") && s.children(subj.gov(), "obj").stream()
                        .anyMatch(o -> s.token(o.dep()).lemma().equalsIgnoreCase("place"));
                if (!(tookPlace || verb.equals("happen") || verb.equals("occur")
                        || verb.equals("hold") && subj.rel().equals("nsubj:pass"))) continue;
                Token noun = s.token(subj.dep());
                boolean definite = s.children(subj.dep(), "det").stream().anyMatch(x -> s.token(x.dep()).word().matches("(?i)the|that|this"));
                if (!definite || !names(noun.lemma().toLowerCase(Locale.ROOT), d.type)) continue;
                for (TimeMention tm : s.times()) {
                    if (!DateRules.tiedTo(s, tm, subj.gov())) continue;
                    TimeValue tv = st.resolve(tm.text(), tm.value(), true);
                    if (tv.value() != null) return tv;
                }
            }
        }
        return null;
    }

    /**
     * "On the final day of the summit, Modi met Trudeau", with the summit's days told in another sentence ("the
     * two-day gathering that opened on Saturday and ended on Sunday"): the day the phrase picks out of the gathering's
     * days. "On the sidelines of" or "at" a gathering picks its day only when it lasted one day; "on the eve of" it is
     * the day before it opened. Null when the sentence ties the contact to no gathering or no nearby sentence dates one.
     */
    private TimeValue gatheringDay(Draft d) {
        Sentence own = st.doc.sentences().get(d.sentence);
        Matcher m = GATHERING_PHRASE.matcher(own.text());
        Matcher day = GATHERING_DAY.matcher(own.text());
        boolean phrase = m.find(), dayOnly = day.find();
        if (!phrase && !dayOnly) return null;
        String words = phrase ? m.group() : day.group();
        // "had met for about an hour before the press conference": the tense says before the gathering, not before the story.
        if (pastPerfect(own, d.trigger) && !(phrase && words.toLowerCase(Locale.ROOT).startsWith("before"))) return null;
        // "before the trip" is days before it; "before the talks" is the day of the talks.
        if (words.toLowerCase(Locale.ROOT).matches("(before|after|ahead of)\\b.*\\b(visit|trip)s?")) return null;
        // "On the sidelines of the first day of the summit": the day named inside the phrase.
        String which = phrase && m.group(1) != null ? "eve" : phrase && m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT)
                : dayOnly ? day.group(1).toLowerCase(Locale.ROOT) : "";
        // The nearest sentence that dates a gathering, those before first: the article tells the summit, then its margins.
        // A sentence whose day is a contact's own ("On the sidelines of the summit on Saturday, Modi met Kishida") may not
        // be the gathering's whole span; it only serves, failing any other, to date what happened at the gathering itself.
        // A visit's first day is its arrival, a contact of its own: "On the eve of the visit" counts from it.
        boolean visit = words.toLowerCase(Locale.ROOT).matches(".*\\b(visit|trip)s?");
        for (boolean contactDays : which.isEmpty() || visit ? List.of(false, true) : List.of(false)) {
            for (int distance = 1; distance <= 5; distance++) {
                for (int i : List.of(d.sentence - distance, d.sentence + distance)) {
                    if (i < 0 || i >= st.doc.sentences().size() || i > d.sentence + 3) continue;
                    LocalDate[] span = gatheringSpan(st.doc.sentences().get(i), contactDays);
                    if (span == null) continue;
                    LocalDate first = span[0], last = span[1];
                    LocalDate when = switch (which) {
                        case "eve" -> first.minusDays(1);
                        case "first", "opening" -> first;
                        case "second" -> first.plusDays(1).isAfter(last) ? null : first.plusDays(1);
                        case "final", "last", "closing" -> last;
                        default -> first.equals(last) ? first : null;
                    };
                    return when == null ? null : TimeValue.day(when, words.strip());
                }
            }
        }
        return null;
    }

    /** The first and last day a sentence about a gathering states, or null when it states none or (unless allowed) a contact's. */
    private LocalDate[] gatheringSpan(Sentence s, boolean contactDays) {
        if (!GATHERING.matcher(s.text()).find()) return null;
        LocalDate first = null, last = null;
        for (TimeMention tm : s.times()) {
            if (st.inDateline(s, tm.start())) continue;
            TimeValue tv = st.resolve(tm.text(), tm.value(), true);
            if (tv.value() == null || tv.value().length() != 10) continue;
            LocalDate day = LocalDate.parse(tv.value());
            if (first == null || day.isBefore(first)) first = day;
            if (last == null || day.isAfter(last)) last = day;
        }
        if (first == null) return null;
        String from = first.toString(), to = last.toString();
        boolean contactDay = st.drafts.stream().anyMatch(o -> o.sentence == s.index()
                && (from.equals(o.date.value()) || to.equals(o.date.value())));
        if (contactDay && !contactDays) return null;
        // "The two-day summit, which opened on Tuesday": the days its length gives after the one day stated.
        Matcher length = DAYS_LONG.matcher(s.text());
        if (first.equals(last) && length.find() && s.text().toLowerCase(Locale.ROOT).matches(".*\\b(opened|began|started|kicked off)\\b.*")) {
            last = first.plusDays(DAY_COUNTS.get(length.group(1).toLowerCase(Locale.ROOT)) - 1);
        }
        return new LocalDate[] {first, last};
    }

    /** Whether a noun names a contact of this kind: "the conversation" a call, "the talks" a meeting. */
    private static boolean names(String lemma, EventType type) {
        return switch (type) {
            case PHONE_CALL -> lemma.equals("call") || lemma.equals("conversation");
            case MEETING -> Words.MEET_NOUNS.contains(lemma);
            case VISIT -> Words.VISIT_NOUNS.contains(lemma);
        };
    }

    /**
     * The dated contact a contact's date is carried from: the nearest told before it, within two sentences and
     * sharing someone, or, for words pointing back ("that evening"), within three sentences whoever took part.
     */
    private Draft donor(Draft d, List<Draft> events, boolean pointer) {
        Draft donor = null;
        int donorAt = -1;
        for (Draft o : events) {
            // "flew in on Saturday and returned to Abuja the same evening. A day earlier, ...": the trip, not the way home.
            if (o == d || o.date.value() == null || o.factuality != Factuality.HAPPENED || travelAtHome(o)) continue;
            // A merged contact is as near as the last of its sentences before this one. "flew to Riyadh on Saturday
            // and held talks that evening": an earlier clause of the same sentence counts.
            int at = o.sentences.stream().filter(i -> i < d.sentence || pointer && i == d.sentence && o.trigger < d.trigger)
                    .max(Integer::compare).orElse(-1);
            if (at < 0 || at < d.sentence - (pointer ? 3 : 2)) continue;
            if (!pointer && o.participants.stream().noneMatch(d.participants::contains) && !accompanies(d, o)) continue;
            if (donor == null || at > donorAt || at == donorAt && o.trigger > donor.trigger) {
                donor = o;
                donorAt = at;
            }
        }
        return donor;
    }

    /**
     * "Foreign Minister Ian Borg, who accompanied Abela, held separate talks with ...": someone travelling with a
     * party of another contact is on the same trip, so that contact may date this one.
     */
    private boolean accompanies(Draft d, Draft o) {
        Sentence s = st.doc.sentences().get(d.sentence);
        for (Dependency e : s.deps()) {
            if (!e.rel().equals("obj") || e.gov() < 0 || !s.token(e.gov()).lemma().equalsIgnoreCase("accompany")) continue;
            NameResolver.Named companion = st.entityAt.get(d.sentence).get(e.dep());
            if (companion != null && o.participants.contains(companion)) return true;
        }
        return false;
    }

    /**
     * "Before Brazil, Modi visited Accra, Port of Spain and Buenos Aires. In Accra on July 2, he held talks with ...": an
     * undated visit to a city takes the day of the visitor's talks there, told in the sentence before or the three after.
     */
    private static TimeValue talksThere(Draft visit, List<Draft> events) {
        if (visit.type != EventType.VISIT || visit.location == null || visit.location.type != EntityType.PLACE) return null;
        TimeValue found = null;
        for (Draft o : events) {
            if (o.type != EventType.MEETING || o.factuality != Factuality.HAPPENED || o.date.value() == null) continue;
            if (o.location != visit.location || !o.participants.containsAll(visit.participants)) continue;
            if (o.sentence < visit.sentence - 1 || o.sentence > visit.sentence + 3) continue;
            if (found != null && !found.value().equals(o.date.value())) return null; // two days there: no telling which
            found = o.date;
        }
        return found;
    }

    /** The month stated before a contact's words in its sentence, else of the contact told before it. */
    private YearMonth monthBefore(Draft d, List<Draft> events) {
        TimeValue stated = statedBefore(st.doc.sentences().get(d.sentence), d.date.text(), 7);
        Draft last = stated != null ? null : donor(d, events, true);
        String value = stated != null ? stated.value() : last == null ? null : last.date.value();
        return value == null ? null : YearMonth.parse(value.substring(0, 7));
    }

    /** "Prabowo had spoken by telephone with Trump": a contact told as earlier than the story takes none of its dates. */
    private static boolean pastPerfect(Sentence s, int trigger) {
        int verb = s.token(trigger).isVerb() ? trigger : Deps.governorVerb(s, trigger);
        return verb >= 0 && s.children(verb, "aux").stream().anyMatch(a -> s.token(a.dep()).word().equalsIgnoreCase("had"));
    }

    /** The last full day stated in the three sentences before this one, datelines aside, or null. */
    private TimeValue dayStatedBefore(int sentence) {
        for (int i = sentence - 1; i >= 0 && i >= sentence - 3; i--) {
            Sentence s = st.doc.sentences().get(i);
            TimeValue last = null;
            for (TimeMention tm : s.times()) {
                if (st.inDateline(s, tm.start())) continue;
                TimeValue tv = st.resolve(tm.text(), tm.value(), true);
                if (tv.value() != null && tv.value().length() == 10) last = tv;
            }
            if (last != null) return last;
        }
        return null;
    }

    /** The first date of at least this many characters (10 a day, 7 a month) a sentence states before {@code words}, or null. */
    private TimeValue statedBefore(Sentence s, String words, int precision) {
        int at = words == null ? -1 : s.text().indexOf(words);
        if (at < 0) return null;
        for (TimeMention tm : s.times()) {
            if (s.token(tm.start()).begin() - s.begin() >= at) continue;
            if (st.inDateline(s, tm.start())) continue;
            TimeValue tv = st.resolve(tm.text(), tm.value(), true);
            if (tv.value() != null && tv.value().length() >= precision) return tv;
        }
        return null;
    }

    /**
     * A meeting that names no place happened where the same people were, that day, a sentence or two before:
     * "PM Modi held talks with Mirziyoyev in Samarkand. Earlier in the day, he held separate meetings with ...".
     */
    void carryPlaces(List<Draft> events) {
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

    EventMention toMention(Draft d) {
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
        if (d.type == EventType.VISIT && d.nominal && d.date.value() == null && st.specificity(d.location) < 2) return null;
        if (travelAtHome(d)) return null;
        if (d.type != EventType.VISIT && domestic(d)) return null;
        List<Actor> hosts = new ArrayList<>();
        for (NameResolver.Named n : d.hosts) hosts.add(n.actor());
        Actor location = d.location == null ? null : Actor.of(d.location.name, d.location.type);
        List<CitedSource> sources = new ArrayList<>(d.sources);
        boolean named = sources.stream().anyMatch(x -> !x.generic());
        if (named) sources.removeIf(CitedSource::generic);
        Map<String, EntityType> labels = new LinkedHashMap<>();
        for (CitedSource src : sources) {
            if (st.publisher != null && NameResolver.fold(src.label()).equals(NameResolver.fold(st.publisher))) continue;
            labels.putIfAbsent(src.label(), src.type());
        }
        List<Actor> reportedBy = new ArrayList<>();
        labels.forEach((l, t) -> reportedBy.add(Actor.of(l, t)));
        List<Evidence> evidence = new ArrayList<>();
        List<Integer> order = new ArrayList<>(d.sentences);
        order.sort(Integer::compare);
        for (int si : order) {
            Sentence s = st.doc.sentences().get(si);
            evidence.add(new Evidence(si, s.begin(), s.end(), s.text()));
        }
        return new EventMention(d.type, participants, hosts, location, d.date, reportedBy, d.factuality, evidence);
    }

    /**
     * Travel inside one's own country, which is no diplomatic contact; "returned to Dhaka" is mostly going home, a visit
     * only when the visitors are known to be from elsewhere.
     */
    private boolean travelAtHome(Draft d) {
        if (d.type != EventType.VISIT || d.location == null) return false;
        String where = st.countryOf(d.location);
        if (where != null && d.participants.stream().allMatch(p -> where.equals(p.affiliation) || where.equals(p.name))) return true;
        String lemma = st.doc.sentences().get(d.sentence).token(d.trigger).lemma();
        return lemma.equalsIgnoreCase("return") && (where == null || d.participants.stream().anyMatch(p -> p.affiliation == null));
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
}
