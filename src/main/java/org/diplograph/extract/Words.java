package org.diplograph.extract;

import java.util.Set;
import java.util.regex.Pattern;

/** The closed word lists the rules use, in one place so they can be read and extended together. */
final class Words {
    private Words() {}

    static final Set<String> MEET_VERBS = Set.of("meet", "confer", "host", "receive", "welcome", "greet", "hug", "embrace");
    static final Set<String> HOST_VERBS = Set.of("host", "receive", "welcome", "greet");
    static final Set<String> TALK_VERBS = Set.of("talk", "speak", "chat", "converse", "dine");
    static final Set<String> CALL_VERBS = Set.of("call", "phone", "telephone", "ring", "dial");
    static final Set<String> VISIT_OBJ_VERBS = Set.of("visit", "tour");
    static final Set<String> VISIT_MOTION_VERBS = Set.of("travel", "fly", "arrive", "land", "go", "head", "come", "reach", "journey", "return");
    static final Set<String> MEET_NOUNS = Set.of("meeting", "talks", "summit", "luncheon", "lunch", "banquet", "reception",
            "dinner", "breakfast", "tete-a-tete", "meet", "consultations", "ceremony", "audience",
            "bilateral");
    static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour", "stopover", "stop", "journey", "voyage", "arrival");
    static final Set<String> CALL_NOUNS = Set.of("call", "teleconference", "videoconference", "conversation", "conference", "summit", "talks", "meeting");
    static final Set<String> PHONE_WORDS = Set.of("phone", "telephone", "video", "virtual", "online", "videolink", "link",
            "telephonic", "phone-call");
    static final Set<String> HOLD_VERBS = Set.of("hold", "have", "conduct", "convene", "receive", "place", "get", "take", "chair", "make", "pay", "begin", "start", "undertake", "host", "co-chair");
    static final Set<String> REPORT_VERBS = Set.of("report", "say", "state", "announce", "tell", "describe", "confirm", "quote",
            "add", "write", "post", "publish", "release", "broadcast", "note", "cite", "claim", "disclose", "reveal", "carry");
    static final Set<String> PLAN_GOVERNORS = Set.of("plan", "expect", "hope", "want", "seek", "intend", "aim", "agree", "prepare",
            "schedule", "set", "due", "going", "try", "propose", "invite", "offer", "wish", "consider", "arrange", "decide",
            "promise", "pledge", "vow", "likely", "able", "eager", "ready", "willing", "keen", "poised", "look", "request", "ask", "urge");
    static final Set<String> NEGATIVE_GOVERNORS = Set.of("refuse", "decline", "fail", "reject");
    static final Set<String> DENY_GOVERNORS = Set.of("deny", "dismiss", "refute", "rebut", "disavow");
    static final Set<String> CANCEL_GOVERNORS = Set.of("cancel", "postpone", "scrap", "delay", "suspend", "abandon", "shelve", "defer", "call_off", "scuttle");
    static final Set<String> MODALS = Set.of("will", "shall", "would", "could", "may", "might", "should", "must", "can", "'ll", "wo");
    static final Set<String> PLANNED_ADJ = Set.of("planned", "upcoming", "proposed", "possible", "potential", "expected", "future",
            "scheduled", "next", "forthcoming", "prospective", "anticipated", "mooted", "rumoured", "rumored", "tentative", "likely", "would-be", "hypothetical");
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    static final Set<String> TITLE_WORDS = Set.of("president", "vice", "prime", "minister", "foreign", "defence", "defense",
            "secretary", "state", "general", "chancellor", "premier", "king", "queen", "crown", "prince", "princess", "emir", "sheikh",
            "sultan", "leader", "supreme", "chairman", "chairwoman", "chair", "deputy", "first", "senior", "chief", "head", "envoy",
            "ambassador", "spokesman", "spokesperson", "spokeswoman", "counterpart", "affairs", "commissioner", "adviser", "advisor",
            "national", "security", "representative", "special", "high", "pope", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.",
            "president-elect", "governor", "speaker", "commander", "admiral", "marshal", "finance", "trade", "interior", "external",
            "economy", "crown-prince", "prime-minister", "top", "diplomat", "defence-minister", "director", "officer",
            "acting", "former", "vice-president", "chief-of-staff", "staff", "army", "gen.", "lt.", "lieutenant", "military",
            "lady", "gen", "lt", "col", "col.", "maj", "maj.", "brig", "brig.", "prof", "prof.", "professor", "excellency", "highness",
            "chairperson", "executive", "european", "council", "commission", "un", "u.n.", "nato", "of", "the", "and", "for",
            // Forms of address NER keeps inside a name: "Lyonchhen Tshering Tobgay", "Datuk Seri Mohamad Hasan", "Sir Patrick Allen".
            "lyonchhen", "lyonpo", "dasho", "datuk", "dato", "dato'", "datin", "seri", "taoiseach", "tanaiste", "tánaiste",
            "shri", "shrimati", "smt", "smt.", "alhaji", "samdech", "hon", "hon.", "honourable", "sir", "dame", "lord", "baroness");
    static final Set<String> TITLE_HEADS = Set.of("president", "minister", "secretary", "chancellor", "premier", "king", "queen",
            "prince", "princess", "emir", "sheikh", "sultan", "leader", "chairman", "chairwoman", "chair", "envoy", "ambassador",
            "spokesman", "spokesperson", "spokeswoman", "counterpart", "commissioner", "adviser", "advisor", "representative",
            "pope", "president-elect", "governor", "speaker", "commander", "admiral", "marshal", "diplomat", "director", "general",
            "chairperson", "head", "chief", "lady", "monarch", "ruler", "taoiseach");
    /** Nouns for a visitor when "visiting" qualifies them: "the visiting dignitary". */
    static final Set<String> VISITOR_NOUNS = Set.of("dignitary", "leader", "president", "minister", "premier", "king", "queen",
            "emir", "sultan", "prince", "head", "statesman", "guest", "chancellor", "monarch", "counterpart");
    static final Set<String> GROUP_HEADS = Set.of("leader", "side", "minister", "president", "official", "counterpart", "man",
            "diplomat", "head", "delegation", "premier", "chief", "foe", "ally", "rival", "envoy", "country", "nation", "statesman");
    static final Set<String> DELEGATION_HEADS = Set.of("delegation", "officials", "official", "team", "envoys", "envoy", "diplomats", "government", "side");
    static final Set<String> PRONOUNS_SUBJ = Set.of("he", "she", "him", "her", "his", "hers");
    static final Set<String> PRONOUNS_GROUP = Set.of("they", "them", "their", "both");
    static final Set<String> GENERIC_SOURCE_HEADS = Set.of("media", "ministry", "kremlin", "office", "spokesman", "spokesperson",
            "spokeswoman", "agency", "television", "tv", "newspaper", "radio", "broadcaster", "statement", "readout", "house",
            "department", "palace", "government", "presidency", "embassy", "outlet", "service", "website", "cabinet", "division",
            "court", "source", "council", "secretariat");
    static final Set<String> KNOWN_AGENCIES = Set.of("KCNA", "TASS", "RIA", "XINHUA", "YONHAP", "IRNA", "WAM", "SPA", "AFP", "AP",
            "REUTERS", "ANI", "PTI", "APP", "SANA", "MENA", "QNA", "KUNA", "BERNAMA", "ANTARA", "KYODO", "JIJI", "UKRINFORM",
            "BELTA", "AZERTAC", "ANADOLU", "IRIB", "ISNA", "FARS", "MEHR", "TANJUG", "CTK", "PAP", "ANSA", "EFE", "DPA", "UNIAN",
            "NHK", "CGTN", "CCTV", "RT", "WAFA", "SABA", "NNA", "ENA", "APS", "MAP", "TAP", "NAN", "KBS", "VNA", "PNA", "BSS", "RSS");
    static final Set<String> VESSELS = Set.of("frigate", "ship", "destroyer", "cruiser", "carrier", "submarine", "vessel",
            "warship", "corvette", "yacht", "icebreaker", "aircraft");
    /** Offices one person holds at a time in a country, so "the Russian defence minister" names someone. */
    static final Set<String> OFFICE_HEADS = Set.of("president", "minister", "secretary", "chancellor", "premier", "king",
            "queen", "emir", "sultan", "leader", "chief", "pope");
    static final Set<String> POST_VERBS = Set.of("post", "write", "tweet", "announce");
    /** Continents and world regions (folded): a visit there is only kept when no more specific visit is given. */
    static final Set<String> MACRO_REGIONS = Set.of("africa", "europe", "asia", "middle east", "the middle east", "latin america",
            "south america", "north america", "central asia", "southeast asia", "south asia", "east asia", "the gulf", "gulf",
            "the balkans", "balkans", "caucasus", "the caucasus", "scandinavia", "west africa", "east africa", "the pacific",
            "indo-pacific", "the indo-pacific", "caribbean", "the caribbean", "central america", "north africa", "southern africa");
    /** Words that end the name of a site: "Jubilee House", "Great Hall of the People", "Nur Khan Airbase". */
    static final Set<String> SITE_WORDS = Set.of("palace", "house", "hall", "kremlin", "residence", "airport", "airbase", "base",
            "hotel", "mosque", "cathedral", "castle", "museum", "cosmodrome", "stadium", "niwas", "bhavan", "kasbah", "centre",
            "center", "mansion", "villa", "building", "secretariat", "dacha", "fortress", "temple", "shrine", "memorial", "square",
            "people", "complex", "pavilion", "bhawan", "sadr", "camp", "lodge", "estate", "manor", "chateau", "cemetery",
            "terminal", "mausoleum", "monastery", "hospital", "university", "monument", "tomb", "church", "basilica", "mandir");
    /** Site nouns that news writes in lower case after a name and that belong to it: "the Taj Mahal Palace hotel", "Vnukovo airport". */
    static final Set<String> LOWER_SITE_WORDS = Set.of("hotel", "airport", "base", "palace", "mosque", "cathedral", "church",
            "cemetery", "mausoleum", "monastery", "museum", "stadium", "hospital", "camp", "residence");
    /** What a lower-case site noun may follow inside a name: "Port-Bouët military base", "Figo Maduro air base". */
    static final Set<String> SITE_MODIFIERS = Set.of("military", "air", "naval", "presidential", "royal");
    /** Common nouns for a place of remembrance, named by what they honour: "the tomb of Luís de Camões". */
    static final Set<String> MEMORIAL_NOUNS = Set.of("monument", "tomb", "grave", "memorial", "mausoleum", "statue", "cenotaph", "shrine");
    static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "de", "da", "van", "von", "der", "du", "di", "la", "le", "ben");
    static final Set<String> OUTLETS = Set.of("Reuters", "AFP", "AP", "Associated Press", "Agence France-Presse", "Bloomberg",
            "REUTERS", "Al Jazeera", "BBC", "CNN", "The Hindu", "Dawn", "Yonhap", "Xinhua", "TASS", "Anadolu", "Kyodo");

    /** Titles of a head of state, as "the two heads of state" means them (no head of government). */
    static final Pattern HEAD_OF_STATE_TITLES = Pattern.compile("(?i)\\b(president|king|queen|emir|sultan|monarch)\\b");
    /** Titles of those who lead a country: "the Nigerian leader" is one of them. */
    static final Pattern LEADER_TITLES = Pattern.compile(
            "(?i)\\b(president|prime minister|premier|chancellor|king|queen|emir|sultan|leader|supreme leader|crown prince|taoiseach)\\b");

    /** An airport or air base: the way into a city, not the destination of a visit. */
    static final Pattern AIRPORT = Pattern.compile("(?i)\\b(airport|air ?base)\\b");

    /** Forms of address the parse may take for the head of a name: "His Excellency ...", "The Custodian of ...". */
    static final Set<String> HONORIFIC_HEADS = Set.of("excellency", "highness", "majesty", "custodian", "eminence", "holiness");
}
