"""Gazetteers and word lists, loaded once from ``pipeline/resources`` and from babel/pycountry.

Country names come from babel's Hindi territory names (mapped to alpha-3 by pycountry), city
names from babel's Hindi time-zone exemplar cities; the TSV files add what those miss (common
aliases, demonyms, capitals, venues). All keys are :func:`pipeline.segment.match_key` forms of
tokens joined by spaces, so lookups ignore nukta and vowel-length spelling variants.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry
from babel import Locale
from spacy.lang.hi.stop_words import STOP_WORDS

from pipeline.segment import KEY_CACHE, keyset, loose_key, match_key, words

RESOURCES = Path(str(resources.files("pipeline") / "resources"))
#: Strings a stage's spaCy matcher vocabulary may hold before the stage rebuilds it: every new word of
#: every document stays in a spaCy vocabulary, so over a long corpus run it would grow without bound.
VOCAB_LIMIT = 200_000
#: The genitive postpositions: "<country> के राष्ट्रपति", "भारत की ओर से".
GENITIVE = keyset("के", "की", "का")
GOVERNMENT = keyset("सरकार", "हुकूमत")  # "भारत सरकार", "जापान सरकार के खेल मंत्री": a country's government
AFFAIRS = keyset("मामलों", "मामले", "मामला")  # "प्रशांत द्वीप मामलों के मंत्री": whatever words come before, a portfolio
MAX_AFFAIRS_WORDS = 2  # "प्रशांत द्वीप": the words naming the affairs of a portfolio no list holds
#: The nouns that name a meeting: "बैठक में", "वार्ता की"; never the first word of a body's name.
# "काहिरा हवाई अड्डे पर", "नोई बाई अंतरराष्ट्रीय हवाई अड्डे": the words an airport is named with
AIRPORTS = keyset("हवाई", "हवाईअड्डे", "हवाईअड्डा", "एयरपोर्ट")
MEETING_NOUNS = keyset("बैठक", "वार्ता", "मुलाकात", "बातचीत", "भेंट", "भेंटवार्ता", "सत्र", "गुफ्तगू", "मंत्रणा")
#: Heads of state and government by office: a country's holder may be named bare beside the office named with the
#: country ("साइप्रस के राष्ट्रपति" ... "राष्ट्रपति निकोस क्रिस्टोडौलिडेस"); monarchs' words are too often a name's part.
ELECTED_HEADS = keyset("राष्ट्रपति", "प्रधानमंत्री", "चांसलर")
#: Every head of state or government, monarchs too: who "दोनों नेताओं" means where ministers are named too.
HEADS = ELECTED_HEADS | keyset("सुल्तान", "किंग", "राजा", "अमीर", "नरेश", "युवराज", "शाह", "बादशाह")
WOMAN = keyset("महिला")  # "पहली महिला प्रधानमंत्री": the holder, not the portfolio of Brazil's "महिला मंत्री"
#: Particles inside Arabic, Portuguese, Spanish, Dutch names ("मोहम्मद बिन सलमान", "लूला दा सिल्वा", "डे ला फुएंते",
#: "वॉन डेर लेयेन"): never a name alone ("अल-यमामा पैलेस" read as a person "अल"), nor what a person is called for short.
NAME_PARTICLES = keyset(
    "अल", "बिन", "बिंत", "इब्न", "औलद", "दा", "डी", "डे", "दे", "ला", "डेल", "वॉन", "वान", "डेर",
    "van", "von", "der", "de", "da", "del", "la", "al", "bin", "dos", "du",  # as written in Latin: "David van Weel"
)  # fmt: skip
#: "Son of" and "daughter of" ("मोहम्मद बिन सलमान", Mauritania's "मुख्तार औलद जाये"): a name's word always follows.
PATRONYMICS = keyset("बिन", "बिंत", "इब्न", "औलद")
#: A rank: "महानिदेशक स्तर की वार्ता" names no holder, "तकनीकी स्तर की बैठक" no topic.
LEVEL = keyset("स्तर", "स्तरीय", "सतह")  # Urdu's "वफ़ूद की सतह पर": at the level of delegations
#: Taking an office: "X को नेपाल की प्रधानमंत्री बनने पर", "राष्ट्रपति चुने जाने पर".
BECOMING = keyset("बनने", "चुने", "नियुक्त", "निर्वाचित", "बनाए")
AS_ROLE = [match_key("के"), match_key("रूप"), match_key("में")]  # "X को ... विदेश मंत्री के रूप में नियुक्त": as that office
# "X को लेसोथो के प्रधानमंत्री का पदभार संभालने पर": the charge of that office taken
CHARGE_OF = [match_key("का")]
CHARGE, TAKING_UP = keyset("पदभार", "कार्यभार", "पद"), keyset("संभालने", "सँभालने", "ग्रहण")
#: The office a one-word portfolio may be written joined to ("वित्तमंत्री").
MINISTER = "मंत्री"
#: A country's armed forces: "भारतीय नौसेना का आभार" (a force thanked), "भारतीय सेना के उप प्रमुख X", "भारतीय सेना की ओर
#: से X" (of the country's force).
FORCES = keyset("नौसेना", "थलसेना", "वायुसेना", "सेना", "तटरक्षक")
#: The dative marker: "X को नेपाल की प्रधानमंत्री बनने पर".
TO = match_key("को")
FROM = match_key("से")
#: "भारत की ओर से मंत्री X", "मोदी की ओर से बधाई": for the one named before it, who need not be there.
ON_BEHALF = frozenset(tuple(match_key(w) for w in phrase.split()) for phrase in ("की ओर से", "की तरफ से"))
#: The grounds of a place named before them: "स्टेट हाउस परिसर में", "राष्ट्रपति भवन के प्रांगण में".
GROUNDS = keyset("परिसर", "प्रांगण", "लॉन", "लॉन्स")
UN = "UN"  # the United Nations' code in international.tsv: a body named as its own is international
#: Bodies that deal with a country as one side ("भारत-यूरोपीय संघ रणनीतिक वार्ता" is bilateral), unlike groupings
#: whose meetings with a country are forums ("भारत-कैरिकॉम शिखर सम्मेलन").
ONE_SIDE = frozenset({"EU"})
#: A province or a district: "हैनान प्रांत में", "स्याङ्जा जिले में", named by the words before it, which alone are
#: the place.
DISTRICTS = keyset("जिले", "ज़िले")  # "स्याङ्जा जिले में": a district's word
PROVINCES = keyset("प्रांत", "प्रान्त") | DISTRICTS
ALSO = "also"  # cities.tsv's kind of a town that shares its name with a more populous one abroad
CITY_NOUNS = keyset("शहर", "कस्बे", "कस्बा")  # "वोनसान शहर में": a city, told as one; the name alone is the place
#: The ergative marker: "X ने" is the agent of a past transitive verb.
ERGATIVE = match_key("ने")
OFFICE_BUILDINGS = keyset("कार्यालय", "दफ्तर", "निवास", "आवास")  # "उनके [व्हाइटहॉल] कार्यालय में": named for a place
#: The locative marker: "नई दिल्ली में", and an office held in a body ("विदेश मंत्रालय में संयुक्त सचिव").
IN = match_key("में")
TOO = match_key("भी")  # "X से भी भेंट की": a further meeting
PRESENT = keyset("मौजूद", "उपस्थित")  # "समारोह में X मौजूद थे": present at an occasion
WITH_SOMEONE = [match_key("के"), match_key("साथ")]  # "कार्नी के साथ बैठक में": with someone met
HOUSE = match_key("सभा")  # "प्रतिनिधि सभा", "लोक सभा": a house of parliament (no title names it)
OF = match_key("ऑफ")  # "ग्रेट हॉल ऑफ द पीपल", "चैंबर ऑफ डेप्युटीज": the "of" of a name in English
#: "कोलंबो स्थित विदेश मंत्रालय": where a body stands, never part of a name (IL-NER train: all 320 "O").
SITUATED = match_key("स्थित")
PLUPERFECT = keyset("था", "थी", "थे", "थीं")  # "हस्ताक्षर किए थे": told as done before
WHO = match_key("जो")  # ", जो पेरू की विदेश मंत्री हैं": who the one named before is
COMPANIES = keyset("कंपनी", "फर्म", "कंपनियों")  # "फ्रांस की कंपनी डसॉल्ट एविएशन", "अमेरिकी कंपनी एनवीडिया के सीईओ"
MAX_FIRM_NAME = 4  # words of a company's name no list holds
MAX_FIRM_QUALIFIERS = 2  # words describing a company before its noun ("सरकारी तेल कंपनी")
FUNCTION_WORDS = keyset(
    "में", "पर", "से", "के", "की", "का", "को", "ने", "और", "तथा", "साथ", "लिए", "भी", "है", "हैं", "था", "थे", "थी"
)
CASE_MARKERS = keyset("ने", "से", "को", "का", "की", "के", "में", "पर", "तक", "द्वारा", "के साथ", "के बीच")
IS = keyset("है", "हैं")
FIXED = match_key("तय")  # "मुलाकात तय है": a meeting fixed, to come
DUE = keyset("होनी", "होना")  # "मुलाकात गुरुवार को होनी है": a meeting due, to come
TO_COME = keyset("वाले", "वाली", "वाला")  # "होने वाले विश्व एक्सपो", "मिलने वाले हैं": to come
ABOUT_TO_BE = keyset("है", "हैं", "था", "थी", "थे")  # "करने वाला है": about to do (see about_to)
GOING, STILL_GOING = match_key("जा"), keyset("रहा", "रही", "रहे")  # "दिया जा रहा है", "करने जा रहे हैं"
OBLIQUE_INFINITIVE = match_key("ने")  # "पहुंचने"
BEING_OF, LIKELY = [match_key("होने"), match_key("की")], keyset("संभावना", "उम्मीद", "आसार")  # "होने की संभावना है"
COPULAS = IS | PLUPERFECT  # "... विदेश मंत्री हैं": what someone is, or was
#: Case markers and conjunctions: never part of a name.
POSTPOSITIONS = keyset("ने", "से", "को", "का", "की", "के", "में", "पर", "तक", "और", "एवं", "तथा", "या", "व")
#: "एडमिरल (सेवानिवृत्त) डी. के. जोशी": a rank's retired holder, told in brackets between the rank and the name.
RETIRED = keyset("सेवानिवृत्त", "रिटायर्ड", "से.नि.", "सेनि", "retd", "retd.", "retired")
#: "वहां": of the country just named ("वहां के प्रधानमंत्री", "वहां की जनता").
THERE = keyset("वहां", "वहाँ")
#: Times of day: "सुबह जयशंकर ने" is no name, and "शाम को ... मुलाकात की" is the day told before; official releases
#: write "प्रातः", "अपराह्न", "सायं".
TIMES_OF_DAY = keyset(
    "सुबह", "शाम", "दोपहर", "रात", "सवेरे", "तड़के", "प्रातः", "पूर्वाह्न", "मध्याह्न", "अपराह्न", "सायं", "सायंकाल", "रात्रि"
)  # fmt: skip
#: "All of": "दोनों कैप्टन रीजेंट A और B", a title told of as many names.
ALL_OF = keyset("दोनों", "तीनों", "चारों")
#: Past saying verbs: "X ने शुक्रवार को कहा कि ...", "बताया कि", "लिखा कि".
SAID = keyset("कहा", "बताया", "लिखा")
SAYING_AUXILIARIES = keyset("है", "था")  # "X ने कहा है कि", "बताया था कि"
THAT = match_key("कि")  # "कहा कि": what was said follows
SPEECH_OPENERS = keyset("कि", ",", ":")  # after a saying verb: what was said follows ("कहा कि", "कहा, '...'")
# between "ने" and the saying verb: "मोदी ने [एक्स पर] लिखा कि", "X ने [शुक्रवार को संसद में] कहा कि", "रुटो ने [सोशल
# मीडिया मंच 'एक्स' पर] लिखा,"
MAX_SAID_GAP = 8
#: Endings of plural oblique nouns ("अधिकारियों", "जनशिकायतों"): a group, never one name or one office.
PLURAL_OBLIQUE = ("ों", "ओं")
#: The conjunctions a country's name may be joined by ("त्रिनिदाद और टोबैगो", "एवं", "एंड").
NAME_CONJUNCTIONS = ("और", "एवं", "एंड")
# Territory codes babel lists that are not countries an analyst would want as actors.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
# Time-zone "cities" that are research stations named for people ("डेविस", "केसी", "मॉसन"): surnames in the news.
_NO_CITIES = {"AQ"}


def phrase_key(text: str) -> str:
    """The lookup key of a phrase: its tokens' match keys joined by spaces."""
    return " ".join(match_key(w) for w in words(text))


def name_key(text: str) -> str:
    """The lookup key of a name (country, place): vowel length ignored too."""
    return " ".join(loose_key(w) for w in words(text))


def _tsv(name: str) -> list[list[str]]:
    with open(RESOURCES / name, encoding="utf-8", newline="") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [row for row in rows if row and row[0].strip()]


@dataclass(slots=True)
class Lexicon:
    """Every word list the rule stages use, keyed by phrase key."""

    countries: dict[str, str] = field(default_factory=dict)  # name_key of name, alias or demonym -> alpha-3
    demonyms: set[str] = field(default_factory=set)
    named_too: set[str] = field(default_factory=set)  # demonyms that also name the country ("तुर्की")
    short: set[str] = field(default_factory=set)  # names two countries share ("कांगो"): see countries.tsv
    places: dict[str, tuple[str, str]] = field(default_factory=dict)  # name_key of place -> (alpha-3, kind)
    cities: dict[str, str] = field(default_factory=dict)  # name_key of a GeoNames city -> alpha-3 (see cities.tsv)
    city_states: set[str] = field(default_factory=set)  # name_key of a country named as its capital is ("सिंगापुर")
    international: dict[str, str] = field(default_factory=dict)  # name_key of an international body -> its code
    un_prefixes: tuple[str, ...] = ()  # the UN's names, each with a space: what opens the name of a body of the UN
    people: dict[str, str] = field(default_factory=dict)  # name_key of a well-known person -> alpha-3 (people.tsv)
    bodies: dict[str, str] = field(default_factory=dict)  # name_key of a national body -> alpha-3 (bodies.tsv)
    spellings: dict[str, str | None] = field(default_factory=dict)  # place key without "ा" -> alpha-3, None if two
    variants: dict[str, set[str]] = field(default_factory=dict)  # place key without "ा" or "ै" -> every alpha-3
    titles: set[str] = field(default_factory=set)
    home_offices: set[str] = field(default_factory=set)  # titles of the home government's own offices (titles.tsv)
    plural_titles: set[str] = field(default_factory=set)  # titles told of more than one holder ("कैप्टन रीजेंट्स")
    short_titles: dict[str, str] = field(default_factory=dict)  # an acronym or English title -> the office ("PM")
    honorifics: set[str] = field(default_factory=set)
    military_ranks: set[str] = field(default_factory=set)  # honorifics that are the title of one with no other
    suffixes: set[str] = field(default_factory=set)  # honorifics after a name ("जी")
    styles: set[str] = field(default_factory=set)  # titles that also open given names ("अमीर", "राजा")
    surnames: set[str] = field(default_factory=set)  # titles that also end names ("सुवेंदु अधिकारी")
    modifiers: set[str] = field(default_factory=set)
    qualifiers: set[str] = field(default_factory=set)  # modifiers that describe but never name ("नई", "राष्ट्रीय")
    joiners: set[str] = field(default_factory=set)
    org_heads: set[str] = field(default_factory=set)
    ships: dict[str, str] = field(default_factory=dict)  # phrase key of a navy's ship prefix -> alpha-3 (ships.tsv)
    topics: dict[str, str] = field(default_factory=dict)  # stemmed cue -> topic code
    topic_heads: set[str] = field(default_factory=set)  # cues that add nothing after another's ("दवा उद्योग")
    common: set[str] = field(default_factory=set)
    stop: set[str] = field(default_factory=set)

    def country_in(self, name: str) -> str | None:
        """The one country an organisation's name holds ("बॉर्डर गार्ड बांग्लादेश", "रूसी प्रत्यक्ष निवेश कोष"), or the
        national body it names is of ("नासा"); None for none, or for a bilateral body's two ("भारत-रूस कार्य समूह")."""
        words = name.replace("-", " ").split()
        keys = {name_key(" ".join(words[i : i + size])) for size in (3, 2, 1) for i in range(len(words) - size + 1)}
        keys.add(name_key(" ".join(words)))  # "ताइपे आर्थिक एवं सांस्कृतिक केंद्र": a body listed whole
        found = {self.countries.get(key) or self.bodies.get(key) for key in keys} - {None}
        return found.pop() if len(found) == 1 else None

    def place_spelled_like(self, name: str) -> str | None:
        """The country of the one city or place that differs from ``name`` only by where it writes a long "ा"
        ("राबात" for "रबात"): transliterations disagree on it more than on any other vowel. Only for a word known to
        be a place, a dateline's, since most words would find some city so."""
        return self.spellings.get(name_key(name).replace("ा", ""))

    def countries_spelled_like(self, name: str) -> set[str]:
        """The countries of every city or place spelled like ``name`` but for its "ा" and "ै" ("सैन होजे", the USA's;
        "सान होजे", Costa Rica's): transliterations of "San" and "São" disagree on them."""
        return self.variants.get(variant_key(name_key(name)), set())

    def ship_of(self, name: str) -> str | None:
        """The country of a ship by its navy's prefix ("आईएनएस तबर": India's), else None."""
        words = name.split()
        return self.ships.get(phrase_key(words[0])) if len(words) > 1 else None

    def international_body(self, name: str, value: str | None = None, full: str | None = None) -> bool:
        """Whether an organisation (its text, and its ``value`` where the NER stage gave one: a code
        or the name an acronym stands for) is an international body, whose people have no country; so is one
        named as the UN's ("संयुक्त राष्ट्र खाद्य और कृषि संगठन", "यूएन महिला"), or one whose ``full`` name
        carries a listed acronym in brackets ("दक्षिण एशियाई क्षेत्रीय सहयोग संगठन (सार्क)")."""
        if value in self.international.values():
            return True
        acronyms = re.findall(r"\(([^()]+)\)", full or "")
        keys = [name_key(text) for text in (name, value, *acronyms) if text is not None]
        return any(key in self.international or key.startswith(self.un_prefixes) for key in keys)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The shared lexicon (built once per process)."""
    lex = Lexicon()
    _load_countries(lex)
    _load_places(lex)
    kinds = {
        "head": "titles",
        "home": "titles",
        "plural": "titles",
        "style": "titles",
        "surname": "titles",
        "honorific": "honorifics",
        "rank": "honorifics",
        "modifier": "modifiers",
        "qualifier": "modifiers",
        "joiner": "joiners",
        "suffix": "suffixes",
    }
    for title, kind, *office in _tsv("titles.tsv"):
        getattr(lex, kinds[kind]).add(phrase_key(title))
        if office:  # "PM नरेन्द्र मोदी ... प्रधानमंत्री ने": the office it stands for
            lex.short_titles[phrase_key(title)] = phrase_key(office[0])
        if kind == "qualifier":  # a modifier for titles too ("नए राजदूत")
            lex.qualifiers.add(phrase_key(title))
        if kind == "modifier" and " " not in title:  # "वित्तमंत्री", "रक्षामंत्री": a portfolio written joined to it
            lex.titles.add(phrase_key(title + MINISTER))
        if kind == "style":
            lex.styles.add(phrase_key(title))
        if kind == "surname":
            lex.surnames.add(phrase_key(title))
        if kind == "home":  # "सचिव (पश्चिम)": an office of India's foreign ministry, India's whoever stands beside
            lex.home_offices.add(phrase_key(title))
        if kind == "plural":  # "कैप्टन रीजेंट्स A और B": both hold it
            lex.plural_titles.add(phrase_key(title))
        if kind == "rank":  # "म्यांमार के वरिष्ठ जनरल मिन आंग ह्लाइंग": the rank is all the office told
            lex.military_ranks.add(phrase_key(title))
    lex.org_heads = {phrase_key(w) for (w,) in _tsv("org_heads.tsv")}
    lex.ships = {phrase_key(prefix): code for prefix, code in _tsv("ships.tsv")}
    lex.international = {name_key(name): code for name, code in _tsv("international.tsv")}
    lex.un_prefixes = tuple(body + " " for body, code in lex.international.items() if code == UN)
    lex.people = {name_key(name): code for name, code in _tsv("people.tsv")}
    lex.bodies = {name_key(name): code for name, code in _tsv("bodies.tsv")}
    _load_topics(lex)
    lex.common = {
        match_key(w.strip()) for w in (RESOURCES / "common_words.txt").read_text(encoding="utf-8").splitlines()
    }
    # the event types' one-word cues ("वार्ता", "समारोह") name events, never part of a person's name
    lex.common |= {
        match_key(cue) for row in _tsv("event_types.tsv")[1:] for cue in row[2].split(", ") if " " not in cue
    }
    lex.stop = {match_key(w) for w in STOP_WORDS}
    return lex


def _load_countries(lex: Lexicon) -> None:
    hindi = Locale("hi")
    for code, name in hindi.territories.items():
        if not code.isalpha() or code in _NOT_COUNTRIES:
            continue
        country = pycountry.countries.get(alpha_2=code)
        if country is None:
            continue
        for variant in {name, re.sub(r"\s*\(.*?\)", "", name), *re.findall(r"\((.*?)\)", name)}:
            if variant.strip():
                lex.countries.setdefault(name_key(variant), country.alpha_3)
        # Hinglish copy names countries in English ("Singapore के Foreign Minister"): the short English names
        for english in {country.name, getattr(country, "common_name", country.name)}:
            if "," not in english and "(" not in english:
                lex.countries.setdefault(name_key(english), country.alpha_3)
    rows = [(name_key(form), alpha3, kind) for form, alpha3, kind in _tsv("countries.tsv")]
    # "एस्टोनियाई पक्ष": a country named in "-िया" makes its adjective with "ई" (इंडोनेशियाई, नाइजीरियाई), one in
    # "-स्तान" with "ी" (ताजिकिस्तानी, कजाखस्तानी)
    rows += [
        (name_key(name + ("ई" if name.endswith("िया") else "ी")), country.alpha_3, "demonym")
        for code, name in hindi.territories.items()
        if name.endswith(("िया", "स्तान")) and (country := pycountry.countries.get(alpha_2=code)) is not None
    ]
    names = set(lex.countries)
    for key, alpha3, kind in rows:
        lex.countries[key] = alpha3
        if kind == "demonym" and key not in names:  # "चिली" is Chile as well as Chilean: a name first
            lex.demonyms.add(key)
    lex.named_too = lex.demonyms & {key for key, _, kind in rows if kind != "demonym"}
    lex.short = {key for key, _, kind in rows if kind == "short"}
    # "सेंट किट्स एंड नेविस", "साओ टोमे एवं प्रिंसिपे": a name joined by one conjunction is written with the others
    joiners = [name_key(word) for word in NAME_CONJUNCTIONS]
    for key, alpha3 in list(lex.countries.items()):
        words = key.split()
        for joiner in joiners if set(words) & set(joiners) else ():
            variant = " ".join(joiner if word in joiners else word for word in words)
            lex.countries.setdefault(variant, alpha3)


def _load_places(lex: Lexicon) -> None:
    import pytz

    zones = Locale("hi").time_zones
    for code, zone_ids in pytz.country_timezones.items():
        if code in _NO_CITIES:
            continue
        country = pycountry.countries.get(alpha_2=code)
        for zone_id in zone_ids:
            city = (zones.get(zone_id) or {}).get("city")
            if country and city and name_key(city) not in lex.countries:
                lex.places.setdefault(name_key(city), (country.alpha_3, "city"))
            # "Colombo, 8 दिसंबर": the zone's own name, as Hinglish copy writes the city
            latin = zone_id.rsplit("/", 1)[-1].replace("_", " ")
            if country and name_key(latin) not in lex.countries:
                lex.places.setdefault(name_key(latin), (country.alpha_3, "city"))
    curated = _tsv("places.tsv")
    # "गुजरात": India's state, not Pakistan's city of Gujrat
    listed = {name_key(name) for name, _alpha3, kind in curated if kind not in ("gated", ALSO)}
    geonames = _tsv("cities.tsv")
    for name, alpha3, kind in geonames:
        key = name_key(name)
        if kind != ALSO and key not in lex.places and key not in lex.countries and key not in listed:
            lex.cities[key] = alpha3
    for name, alpha3, kind in curated:
        if kind == "gated":  # "सोची" (thought), "बाली" (earring): matched as cities.tsv's are
            lex.cities[name_key(name)] = alpha3
        elif kind != ALSO:
            lex.places[name_key(name)] = (alpha3, kind)
    # "सिंगापुर में", "Singapore में": a country named as its capital is, listed as a place, or in English
    codes = {code for key, (code, _kind) in lex.places.items() if lex.countries.get(key) == code}
    lex.city_states = {
        key for key, code in lex.countries.items() if code in codes and (key in lex.places or key.isascii())
    }
    for key, alpha3 in [*lex.cities.items(), *((k, code) for k, (code, _kind) in lex.places.items())]:
        plain = key.replace("ा", "")
        lex.spellings[plain] = alpha3 if lex.spellings.get(plain, alpha3) == alpha3 else None
        lex.variants.setdefault(variant_key(key), set()).add(alpha3)
    for name, alpha3, kind in [*geonames, *curated]:  # "विक्टोरिया": Canada's, or the Seychelles' where it is told
        if kind == ALSO:
            lex.variants.setdefault(variant_key(name_key(name)), set()).add(alpha3)


def variant_key(key: str) -> str:
    """A place's key without its "ा" and "ै", on which transliterations of "San" and "São" disagree ("सैन होजे", "सान
    होजे"): the key of ``Lexicon.variants``."""
    return key.replace("ा", "").replace("ै", "")


_SUFFIXES = tuple(match_key(s) for s in ("इयों", "इयां", "ियों", "ियां", "ाओं", "ाएं", "ओं", "ों", "ें", "ीय", "ी", "े", "ो", "ा"))


@lru_cache(maxsize=KEY_CACHE)
def stem(key: str) -> str:
    """Strip one inflectional suffix, keeping at least three characters, so निवेशकों ~ निवेशक."""
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[: -len(suffix)]
    return key


def stem_phrase(text: str) -> str:
    return " ".join(stem(match_key(w)) for w in words(text))


def _load_topics(lex: Lexicon) -> None:
    rows = _tsv("topics.tsv")[1:]
    for code, _label, cues in rows:
        for cue in cues.split(","):
            if cue.strip():
                lex.topics.setdefault(stem_phrase(cue.strip()), code)
    for code, cue in _tsv("topic_cues.tsv"):
        if code == "-":  # an ambiguous cue of topics.tsv, switched off
            lex.topics.pop(stem_phrase(cue), None)
        elif code == "head":  # a cue of topics.tsv that is only the head of a phrase after another topic's cue
            lex.topic_heads.add(stem_phrase(cue))
        else:
            lex.topics.setdefault(stem_phrase(cue), code)


FUTURE_ENDINGS = ("ेंगे", "ेंगी", "ेगा", "ेगी", "ूंगा", "ूंगी", "ोगे", "ंगे", "एगा", "एगी", "एंगे", "एंगी", "ाएगा", "ाएगी", "ाएंगे")


def taking_office(keys: list[str], at: int) -> bool:
    """An office, ending before ``at``, told as taken: "... प्रधानमंत्री बनने पर", "... विदेश मंत्री के रूप में नियुक्त",
    "... प्रधानमंत्री का पदभार संभालने पर"."""
    charge = keys[at : at + 1] == CHARGE_OF and keys[at + 1 : at + 2] != [] and keys[at + 1] in CHARGE
    took = charge and keys[at + 2 : at + 3] != [] and keys[at + 2] in TAKING_UP
    return keys[at : at + 1] != [] and (keys[at] in BECOMING or keys[at : at + len(AS_ROLE)] == AS_ROLE or took)


def office_after(keys: list[str], spans: list, at: int, closers) -> tuple[tuple | None, tuple] | None:
    """The office told from token ``at`` ("[पेरू की] विदेश मंत्री") and closed by one of ``closers`` (")", a copula):
    the spans (first, end, label, ...) of its country, None where none is named, and of its title. Brackets close
    before a case, a joiner or punctuation ("X (...) और Y (...) ने"), not before the name of one whose office they
    gloss ("वली अहद (क्राउन प्रिंस) मोहम्मद बिन सलमान")."""
    country = next((s for s in spans if s[0] == at and s[2] == "COUNTRY"), None)
    named = country is not None and keys[country[1] : country[1] + 1] != [] and keys[country[1]] in GENITIVE
    at = country[1] + 1 if named else at  # "पेरू की": the office is that country's
    title = next((s for s in spans if s[0] == at and s[2] == "TITLE"), None)
    if title is None or title[1] >= len(keys) or keys[title[1]] not in closers:
        return None
    after = keys[title[1] + 1] if title[1] + 1 < len(keys) else "।"
    if keys[title[1]] == ")" and after not in POSTPOSITIONS and any(c.isalnum() for c in after):
        return None
    return (country if named else None), title


def firm_after(keys: list[str], b: int, common: set[str]) -> tuple[int, int, int] | None:
    """The name of a company of the country ending at ``b`` ("फ्रांस की कंपनी डसॉल्ट एविएशन", "जापानी कंपनी
    सुजुकी", "वेनेजुएला की सरकारी तेल कंपनी पेट्रोलियोस डी वेनेजुएला (पीडीवीएसए) ने"): words no lexicon holds
    after the company noun (and a few describing it before), up to a case marker or its acronym in brackets: where
    the name starts and ends, and where the phrase ends. ``common``: the common words that end a name."""
    at = b + 1 if keys[b : b + 1] and keys[b] in GENITIVE else b
    at = next((j for j in range(at, min(at + 1 + MAX_FIRM_QUALIFIERS, len(keys))) if keys[j] in COMPANIES), None)
    if at is None or any(k in FUNCTION_WORDS or not k[:1].isalpha() for k in keys[b + 1 : at]):
        return None
    end = at + 1
    while end < len(keys) and end - at <= MAX_FIRM_NAME and keys[end][:1].isalpha() and keys[end] not in common:
        end += 1
    after = end + 3 if keys[end : end + 1] == ["("] and keys[end + 2 : end + 3] == [")"] else end
    return (at + 1, end, after) if end > at + 1 and keys[after : after + 1] and keys[after] in CASE_MARKERS else None


def said_that(keys: list[str], at: int) -> list[int]:
    """Where a "कि" after a saying verb ("कहा कि", "बताया कि"), or the comma or colon opening a quotation ("कहा,
    'मैं ... मिलूंगा'"), stands before token ``at``: what follows it is what someone said."""
    return [k for k in range(1, at) if keys[k] in SPEECH_OPENERS and saying_verb_ends(keys, k)]


def saying_verb_ends(keys: list[str], k: int) -> bool:
    """Whether a saying verb ends right before token ``k``: "कहा", or with its auxiliary "कहा है", "बताया था"."""
    return keys[k - 1] in SAID or (k > 1 and keys[k - 1] in SAYING_AUXILIARIES and keys[k - 2] in SAID)


def saying_agent(keys: list[str], at: int) -> int | None:
    """Where the "ने" of "X ने कहा कि" before token ``at`` is."""
    said = said_that(keys, at)
    if not said:
        return None
    verb = said[-1] - 1
    return next((j for j in range(verb - 1, max(verb - 2 - MAX_SAID_GAP, -1), -1) if keys[j] == ERGATIVE), None)


def ranks(keys: list[str], end: int) -> bool:
    """A rank word follows ``end``: "विदेश मंत्री स्तरीय वार्ता" names a level, no person; "तकनीकी स्तर की बैठक" no topic."""
    return end < len(keys) and keys[end] in LEVEL


def retired_at(keys: list[str], at: int) -> int:
    """How many tokens "(सेवानिवृत्त)" takes at ``at`` (none: 0), between a rank and the name."""
    return (
        3
        if keys[at : at + 1] == ["("]
        and keys[at + 1 : at + 2]
        and keys[at + 1] in RETIRED
        and keys[at + 2 : at + 3] == [")"]
        else 0
    )


def due_at(keys: list[str], i: int) -> bool:
    """Whether ``keys[i]`` tells a meeting as due, to come ("मुलाकात गुरुवार को होनी है"; "होनी थी" was due once)."""
    return keys[i] in DUE and i + 1 < len(keys) and keys[i + 1] in IS


def about_to(keys: list[str], at: int) -> bool:
    """Whether the infinitive at ``at`` goes on "वाला है" or "जा रहा है" ("मिलने वाले हैं", "मुलाकात करने जा रहे हैं"):
    what someone is about to do, the future."""
    then = keys[at + 1 : at + 3]
    return (
        keys[at].endswith(OBLIQUE_INFINITIVE)
        and len(then) == 2
        and ((then[0] in TO_COME and then[1] in ABOUT_TO_BE) or (then[0] == GOING and then[1] in STILL_GOING))
    )


def likely_to_be(keys: list[str], start: int, end: int) -> bool:
    """Whether ``keys[start:end]`` tell something as likely to be ("... नई दिल्ली में होने की संभावना है")."""
    return any(
        keys[i : i + 2] == BEING_OF and keys[i + 2] in LIKELY and keys[i + 3] in IS for i in range(start, end - 3)
    )


def is_future(word: str) -> bool:
    """A future-tense verb form (करेंगे, होगी, जाएंगे): the event is planned, not reported."""
    return word.endswith(FUTURE_ENDINGS) or word in ("होगी", "होगा", "होंगे", "होंगी")


# words that may follow a finite verb: conjunctions, relatives and particles ("करेंगे और", "जाएंगे जहां", "मिलेंगे भी")
AFTER_FINITE = keyset(
    "और", "तथा", "व", "एवं", "या", "कि", "जहां", "जहाँ", "जिसमें", "जिसके", "जिसकी", "जिनमें", "जबकि", "लेकिन", "परंतु", "ताकि",
    "भी", "ही", "तो", "तब", "जब", "क्योंकि", "इसलिए", "बल्कि",
)  # fmt: skip


def finite_future(tokens: list, i: int) -> bool:
    """A future form at ``i`` that ends its verb group: at the clause's end or before punctuation or a linking word
    ("मिलेंगे और", "जाएंगे, जहां"); not a name that merely ends like one ("अगालेगा द्वीप पर", "मोतेगी ने")."""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return is_future(tokens[i].text) and (not nxt[:1].isalnum() or nxt in AFTER_FINITE)


def affairs_start(keys: list[str], at: int, held: frozenset[int] | set[int] = frozenset()) -> int:
    """Where the words naming the affairs of "मामलों" at ``at`` start ("युवा मामलों", "प्रशांत द्वीप मामलों", "आतंकवाद-रोधी
    मामलों"): up to ``MAX_AFFAIRS_WORDS`` words before it (a hyphened word is one), whatever they are, as no list holds
    every region, but no case marker, joiner or punctuation, nor a word ``held`` by another entity."""
    start, words = at, 0
    while start > 0:
        k = start - 1
        if keys[k] == "-" and k > 0 and start < at:
            start = k  # "आतंकवाद-रोधी": the hyphen inside a word
            continue
        if not keys[k][:1].isalpha() or keys[k] in POSTPOSITIONS or k in held:
            break
        if keys[k + 1] != "-" or k + 1 == at:  # the word's last piece
            if words == MAX_AFFAIRS_WORDS:
                break
            words += 1
        start = k
    return start + 1 if keys[start : start + 1] == ["-"] else start
