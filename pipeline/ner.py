"""Named entities: gazetteers and rules (spaCy matchers) merged with a trained model (stanza or spaCy).

Labels: PERSON, COUNTRY, LOCATION, ORG, DATE, TITLE, SECTOR (+ NUMBER and ARTEFACT from the
model). Gazetteers keep COUNTRY, LOCATION, TITLE, SECTOR and the normalised DATE values; the
model adds the people, organisations and places no list holds. Rule entities win overlaps, but a
rule place or date inside a longer model place or date takes the model's extent.

Matching runs on a spaCy ``Doc`` of match keys (nukta and vowel length ignored) built from
our own tokens, so a lexicon entry written one way finds the other spellings too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline import MODELS, dates
from pipeline.document import Document, Entity, Sentence, Token
from pipeline.lexicon import (
    AFFAIRS,
    AIRPORTS,
    ALL_OF,
    CITY_NOUNS,
    COPULAS,
    ELECTED_HEADS,
    ERGATIVE,
    FIXED,
    GENITIVE,
    GROUNDS,
    HOUSE,
    IN,
    IS,
    MEETING_NOUNS,
    NAME_PARTICLES,
    OF,
    OFFICE_BUILDINGS,
    PATRONYMICS,
    PLUPERFECT,
    PLURAL_OBLIQUE,
    POSTPOSITIONS,
    PRESENT,
    PROVINCES,
    SAID,
    SITUATED,
    THAT,
    TIMES_OF_DAY,
    TO,
    TOO,
    VOCAB_LIMIT,
    WHO,
    WITH_SOMEONE,
    WOMAN,
    Lexicon,
    about_to,
    affairs_start,
    due_at,
    finite_future,
    is_future,
    likely_to_be,
    load,
    name_key,
    office_after,
    ranks,
    retired_at,
    said_that,
    stem,
    taking_office,
)
from pipeline.match import longest_first
from pipeline.ner_model import load_model
from pipeline.segment import keyset, loose_key, match_key

DEFAULT_NER_MODEL = MODELS / "ner-stanza"  # the better F1 on IL-NER dev; MODELS / "ner-spacy" is the spaCy model
MODEL_LABELS = {"NEP": "PERSON", "NEL": "LOCATION", "NEO": "ORG", "NETI": "DATE", "NEN": "NUMBER", "NEAR": "ARTEFACT"}
CORE = {"PERSON", "COUNTRY", "LOCATION", "ORG", "DATE"}
WIDENS = {"NEL": {"COUNTRY", "LOCATION"}, "NETI": {"DATE"}}  # model tag -> rule labels it may widen
MAX_NAME = 6
MAX_SYLLABLE = 3  # code points of a syllable a hyphen joins to a name ("दू-ही", "सोन-हुई"), though spelled like a word
HYPHENS = ("-", "‐")
TITLE_PREFIXES = keyset("उप", "सह")  # "उप-प्रधानमंत्री", "सह-अध्यक्ष": a deputy's or a co-holder's office
TODAY = "आज"
MAX_DATELINE_PLACE = 3  # words of a dateline's place before its country in brackets
VERB_ENDINGS = ("ने", "ीं", "ें")  # infinitive oblique and plural verb forms
MAX_ORG = 7
MAX_TOPIC_NAME = 12
MAX_ACRONYM = 4  # tokens of an acronym in brackets after a name ("( एनआरए )", "( आर . जे . कोष )")
# Latin letters as Hindi writes their names, in acronyms spelled out ("सीएनईएस": C, N, E, S)
LETTER_NAMES = tuple(
    match_key(w)
    for w in (
        "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी", "क्यू", "आर", "एस",
        "टी", "यू", "वी", "डब्ल्यू", "डब्लू", "एक्स", "वाई", "जेड", "ज़ेड",
    )
)  # fmt: skip
MIN_ACRONYM_LETTERS = 2
ON = "पर"
REPUBLIC = keyset("गणराज्य", "गणतंत्र")
ASIDE_OPENERS = keyset("जो", "जिन्होंने")  # "उच्चायुक्त नीता भूषण, जो ... हैं,": a clause set aside after a name
NATION_NOUNS = keyset("देश", "राष्ट्र")  # "द्वीपीय देश सेंट लूसिया": the noun a country is told as
STATES = keyset("राज्य")  # "अमेरिका के जॉर्जिया राज्य", "अमेरिकी राज्य जॉर्जिया": a state, not the country
COUPLE = keyset("दंपती", "दंपति", "दम्पती", "दम्पति")  # "शाही दंपती": a couple told of, no name
LIST_JOINERS = keyset(",", "और", "तथा", "एवं", "व")
RELATIVE_OPENERS = keyset(
    "जो", "जिसके", "जिनके", "जिसमें", "जिनमें", "जिसकी", "जिनकी", "जिसका", "जिनका", "जिससे", "जिनसे", "जहां", "जहाँ"
)  # fmt: skip
ORG_BOUNDARY = keyset(
    "ने", "को", "में", "से", "का", "की", "के", "है", "हैं", "।", "यह", "इस", "आयोजित", "स्थित", "तहत", "दौरान",
    "जब", "कि", "जो", "उन्होंने", "हुआ", "हुई", "हुए", "था", "थी", "थे", "गया", "गई", "गए", "बीच",
)  # fmt: skip
# Bodies named for their subject ("... सहयोग पर भारत-रूस कार्य समूह"), unlike "सरकार" or "मंत्रालय".
NAMED_FOR_SUBJECT = keyset("आयोग", "समूह", "समिति", "परिषद", "मंच", "फोरम", "कार्यबल", "बोर्ड", "संवाद")
# Heads of named venues ("स्टेट हाउस", "अल्वोराडा पैलेस", "टाउन हॉल", "सह्याद्रि अतिथि गृह"): with their name
# words, a place.
# Venue heads: loan words ("स्टेट हाउस", whose first name word may be a loan common in Hindi text too), and Hindi
# nouns, whose name words never are common words ("दशाश्वमेध घाट", not "150 से अधिक घाट").
LOAN_VENUE_HEADS = [
    tuple(match_key(w) for w in h.split())
    for h in (
        "हाउस",
        "गेस्टहाउस",
        "पैलेस",
        "हॉल",
        "कैसल",
        "गार्डन",
        "गार्डन्स",
        "स्क्वायर",
        "फायरिंग रेंज",
        "बिल्डिंग",
        "बिल्डिंग्स",
        "विला",
        "लॉज",
        "एबे",
        "हेडक्वार्टर्स",  # "जनरल हेडक्वार्टर्स में": Pakistan's army headquarters, as Urdu copy names it
    )
]
# what ends the name of a place a person named just before arrives at: "... नैसरेक एक्सपो सेंटर", "... हवाई अड्डे"
PLACE_HEADS = AIRPORTS | keyset("सेंटर", "सेन्टर", "हॉल", "हाउस", "पैलेस", "स्टेडियम", "होटल")
HOUSES_OF_STATE = keyset("स्टेट", "गवर्नमेंट")  # "स्टेट हाउस एंतेबे": a house of state, named with its town
HINDI_VENUE_HEADS = [
    tuple(match_key(w) for w in h.split())
    for h in (
        "अतिथि गृह",
        "अतिथिगृह",
        "घाट",
        "युद्ध कब्रिस्तान",
        "युद्ध स्मारक",
        "स्मारक",
        "द्वीप",
        "महल",
        "बंदरगाह",
        "सचिवालय",
        "मठ",
        "उद्यान",  # "अंगकोर पुरातत्व उद्यान में": a park, as a venue
        "स्टेडियम",  # "हीरोज स्टेडियम में", not "क्रिकेट स्टेडियम" (IL-NER tags neither it nor "नेशनल स्टेडियम")
    )
]
VENUE_HEADS = LOAN_VENUE_HEADS + HINDI_VENUE_HEADS
INTERNATIONAL = keyset("अंतरराष्ट्रीय", "अंतर्राष्ट्रीय", "इंटरनेशनल")
ADJECTIVAL_HEADS = keyset("राजनयिक")  # "राजनयिक प्रशिक्षण": diplomatic, before a matter
MAX_COMMON_NAME_PARTS = 2  # "राजदूत रुद्र गौरव श्रेष्ठ ने": name parts after a given name that are also words
# venue heads written first: "होटल ताज में", "कसर अल वतन में", "इस्ताना नेगारा में", "पलाज़ो किगी में", "कासा
# प्रेसिडेंशियल में"
HEADS_FIRST = keyset("होटल", "विला", "कसर", "इस्ताना", "पलाज़ो", "पलाज्जो", "कासा")
GONE_TO = match_key("जाकर")  # "राजघाट जाकर श्रद्धांजलि दी": having gone to the place
BY_AGENT = match_key("द्वारा")  # "राष्ट्रपति सैंटियागो पेन्या द्वारा ... स्वागत किया गया": a passive's agent
VENUE_HEAD_ENDS = {head[-1] for head in VENUE_HEADS}
NO_TOPIC = "none"  # the code topic_cues.tsv gives a phrase that holds a cue and is about no topic
BOTH_TOPICS = "+"  # joins the codes of a phrase about two topics in topic_cues.tsv ("climate+finance")
THE = match_key("द")  # "ग्रेट हॉल ऑफ द पीपल"
# a city's own body, named by the city right before it ("जयपुर नगर निगम")
MUNICIPAL = [tuple(match_key(w) for w in h.split()) for h in ("नगर निगम", "नगरपालिका", "महानगरपालिका")]
QUOTES = frozenset("'\"‘’“”")  # what opens and closes a quoted name
MAX_QUOTED_NAME = 4  # words of a body's name quoted after its kind ("एजेंसी 'गाइडेंस तमिलनाडु'")
OPERATIONS = keyset("अभ्यास", "युद्धाभ्यास", "अभियान", "ऑपरेशन", "मिशन")  # "सैन्य अभ्यास 'अल नजाह'": named things
# what a scheme's or plan's name ends with, never a person's ("प्रधानमंत्री गरीब कल्याण योजना द्वारा समर्थित")
SCHEMES = OPERATIONS | keyset("योजना", "परियोजना", "कार्यक्रम", "नीति", "पहल", "कोष", "निधि")
HONOURS = keyset("सम्मान", "पुरस्कार", "अलंकरण", "उपाधि", "पदक")  # "सर्वोच्च सम्मान 'द ऑर्डर ऑफ ...'"
# crafts and weapons, which a name right before them names ("राफेल मरीन विमानों", "ब्रह्मोस मिसाइल")
MACHINES = keyset(
    "विमान", "विमानों", "जेट", "मिसाइल", "मिसाइलों", "पनडुब्बी", "पनडुब्बियों", "हेलीकॉप्टर", "हेलीकॉप्टरों", "टैंक", "टैंकों",
    "ड्रोन", "ड्रोनों", "इंजन", "इंजनों", "युद्धपोत", "युद्धपोतों", "राइफल", "राइफलों", "तोप", "तोपों",
)  # fmt: skip
# "वार्ता कर", "मुलाकात कर": having held talks or a meeting ("कर" as the conjunctive participle, not "tax")
HAVING_DONE, DONE_NOUNS = match_key("कर"), keyset("वार्ता", "बातचीत", "मुलाकात", "भेंट", "बैठक", "चर्चा", "हस्ताक्षर")
MAX_INITIAL = 2  # characters of a Devanagari initial ("टी", "आर", "ए")
FULL_NAME = 3  # words of a name that are all also common words: given, middle and surname
MAX_PORTFOLIO = 5  # words of a portfolio in brackets after a title: "(पूर्वी)", "(पश्चिम एशिया और उत्तरी अफ्रीका)"
PORTFOLIO_JOINERS = keyset("और", "एवं", "तथा")  # "(बांग्लादेश और म्यांमार)": regions joined, no case marker
MAX_VENUE_NAME = 4  # "सर शिवसागर रामगुलाम बॉटनिकल गार्डन"
MAX_TOWN_WORDS = 2  # words of a town told in its district ("... जिले के भैरहवा में")
MIN_ENGLISH_WORDS = 6  # Latin words in a row that are English prose quoted, not a name ("David van Weel")
POSSESSIVES = keyset("उनके", "उनकी", "अपने", "अपनी", "उसके", "उसकी")
MAX_SITUATED_NAME = 2  # "[तेजगांव] स्थित", "[गुलशन एवेन्यू] स्थित": a place named before what stands there
MAX_MEMORIAL_WORDS = 2  # words between a city and the memorial named for it ("किगाली नरसंहार स्मारक")
PERSON_CASES = keyset("से", "को", "ने")  # the case a person met, thanked or acting is told in
TAKING_PART = PRESENT | keyset("शामिल")  # "X और Y भी शामिल हैं": people taking part, or present
MAX_TOWN_NAME = 3  # words of a town named after its country's "के शहर" ("मेक्सिको के शहर सैन लुइस पोटोसी")
PLACE_LABELS = ("COUNTRY", "LOCATION")
CHAIRSHIP = loose_key("अध्यक्षता")  # "भारत की ब्रिक्स अध्यक्षता": a forum the country chairs, not its own body
LOOSE_GENITIVE = frozenset(loose_key(w) for w in ("का", "की", "के"))  # the genitive among gazetteer (loose) keys
# "विक्टोरिया पहुंचे": a city arrived at, as one before a case marker is a city.
ARRIVING = frozenset(loose_key(w) for w in ("पहुंचे", "पहुंचीं", "पहुंची", "पहुंचा", "पहुंचेंगे", "पहुंचेंगी", "पहुंचेगा"))
PORTS = frozenset(loose_key(w) for w in ("बंदरगाह",))  # "मोम्बासा बंदरगाह": the city of the port
MONTH_KEYS = keyset(*dates.MONTHS)
NUMBER_WORDS = keyset(*dates.DAY_WORDS)
HOW_LONG = keyset("दिवसीय", "रोज़ा", "दिनी")  # "दो दिवसीय", Urdu's "दो रोज़ा": lasting so many days
DETERMINERS = keyset("एक", "किसी", "इस", "उस", "इसी", "उसी", "हर", "प्रत्येक")
AMOUNTS = keyset("हजार", "हज़ार", "लाख", "करोड़", "अरब", "खरब")
CURRENCIES = keyset("रुपये", "रुपया", "रुपए", "रुपयों")
REGNAL = keyset("प्रथम", "द्वितीय", "तृतीय", "चतुर्थ", "पंचम", "षष्ठम", "सप्तम", "अष्टम", "दशम")
OF_PLACE = match_key("के")  # "मोरक्को के बेरेशिद में"
# "मॉरिटानिया की राजधानी नुआकशॉट", "स्पेन के शहर सेविया": the town nouns a country's town is named after, with their genitive
TOWN_NOUNS = {**dict.fromkeys(CITY_NOUNS, OF_PLACE), match_key("राजधानी"): match_key("की")}
# a province, a district, or a town no gazetteer holds, by its name before the word ("लाउतोका शहर में")
STATES = keyset("राज्य")  # "जर्मनी के बाडेन-वुर्टेमबर्ग राज्य के": a state of a country named before it (see _provinces)
DIVISION_HEADS = PROVINCES | CITY_NOUNS | STATES
AS_FORM = match_key("रूप")  # "पाकिस्तान के रूप में": as, not where
# what may follow a surname no list holds, besides a case marker: the day or hour the named one acted ("सिगडेल कल शाम"),
# or "भी" ("राजदूत नवीन श्रीवास्तव भी मौजूद थे")
AFTER_NAME = keyset(*dates.RELATIVE, *dates.WEEKDAYS, "भी") | TIMES_OF_DAY
# "प्रतिनिधिमंडल का नेतृत्व उप मंत्री पार्क जोंग-वोन कर रहे थे": the one leading, told before "कर रहे"
DOING = [[match_key("कर"), match_key(w)] for w in ("रहे", "रही", "रहा")]
DESCRIBED = [",", match_key("जो")]  # "X, जो ... हैं, ने": a clause describing the one named
NAME_ENDINGS = keyset("और", ",", "ने", "से", "को", "का", "की", "तथा", "एवं")  # "डोंग जून और": no date goes on
ROMAN = re.compile(r"[IVXLCDM]+")  # "III" is a numeral, not an acronym
HOUR = re.compile(r"\d{1,2}(?:[:.]\d{2})?")  # "5", "12:15": an hour before "PM"
# Latin letters' names, as initials are written ("के पी शर्मा ओली", "एन जी खेतान").
INITIALS = keyset(
    "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम",
    "एन", "ओ", "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड",
)  # fmt: skip


class NER:
    """The NER stage: ``Document -> Document`` filling ``doc.entities``.

    ``model`` is a directory with a model trained on IL-NER: stanza's NER tagger (the default,
    ``models/ner-stanza``) or a spaCy pipeline (``models/ner-spacy``); ``None`` or a missing directory
    runs the rules alone, with a warning. ``quantize=False`` runs a stanza model in float32.
    """

    name = "ner"
    requires = frozenset({"tokens"})
    provides = frozenset({"entities"})

    def __init__(
        self, model: str | Path | None = DEFAULT_NER_MODEL, lexicon: Lexicon | None = None, quantize: bool = True
    ) -> None:
        self.lex = lexicon or load()
        self.model = load_model(model, quantize)
        self._build_matchers()

    def _build_matchers(self) -> None:
        """Matchers over a fresh vocabulary; rebuilt when a long run has filled it (every new word
        of every document stays in a spaCy vocabulary, so a corpus run would grow without bound)."""
        self.vocab = Vocab()  # matching is on ORTH alone: no lexical attributes to compute per new word
        self.phrases = PhraseMatcher(self.vocab)
        self.sectors = PhraseMatcher(self.vocab)
        self.names = PhraseMatcher(self.vocab)  # over loose keys: vowel length ignored
        self.names.add("COUNTRY", [self._doc(k.split()) for k in self.lex.countries])
        self.names.add("LOCATION", [self._doc(k.split()) for k in self.lex.places])
        self.names.add("CITY", [self._doc(k.split()) for k in self.lex.cities])
        self.names.add("BODY", [self._doc(k.split()) for k in self.lex.international])
        self.names.add("NATIONAL", [self._doc(k.split()) for k in self.lex.bodies])
        self.names.add("KNOWN", [self._doc(k.split()) for k in self.lex.people])
        self.loose_heads = {loose_key(head) for head in self.lex.org_heads}  # the body nouns, keyed as names are
        for label, keys in (
            ("TITLE", self.lex.titles),
            ("HONORIFIC", self.lex.honorifics),
            ("ORGHEAD", self.lex.org_heads),
        ):
            self.phrases.add(label, [self._doc(k.split()) for k in keys])
        for cue in self.lex.topics:
            self.sectors.add(self.lex.topics[cue], [self._doc(cue.split())])

    def _doc(self, words: list[str]) -> Doc:
        return Doc(self.vocab, words=words)

    def __call__(self, doc: Document) -> Document:
        if doc.error:
            return doc
        if len(self.vocab.strings) > VOCAB_LIMIT:
            self._build_matchers()
        given = dates.Anchor.of(doc.date)
        anchor = given or _page_anchor(doc.sentences)
        sentences = [[t.text for t in s.tokens] for s in doc.sentences]
        predicted = self.model.predict(sentences) if self.model else [[] for _ in sentences]
        first = doc.dateline()
        for sentence, found in zip(doc.sentences, predicted, strict=True):
            if given is None and sentence.kind == "dateline" and sentence is not first:
                anchor = _dateline_anchor(sentence, doc.sentences) or anchor  # a page of several datelined items
            doc.entities.extend(self.sentence_entities(doc, sentence, anchor, found))
        _acronyms_again(doc)
        _days_from_the_day_told(doc)
        _today_when_said(doc)
        _same_year_as_told(doc)
        if anchor is None:
            _years_from_the_day_told(doc)
        _towns_again(doc)
        _places_ending_names(doc, self.lex)
        _two_names_run_together(doc, self.lex)
        _surname_then_a_word(doc)
        _surnames_not_places(doc)  # of names a place was found ending, too ("फिलिप डेविस ने ... । डेविस ने")
        _places_as_datelined(doc, self.lex)
        _towns_of_countries_told(doc, self.lex)
        self._short_names(doc)
        self._author(doc)
        return doc

    def _author(self, doc: Document) -> None:
        """The line naming an op-ed's author, which the note closing it describes ("लिंडी कैमरन" ... "(लेखिका भारत में
        ब्रिटेन की उच्चायुक्त हैं)"), is a person's name, when its words are names' (no common word, no case marker)."""
        line = doc.byline()
        if line is None or not all(t.norm[:1].isalpha() and t.norm not in self.lex.common for t in line.tokens):
            return
        start, end = line.tokens[0].start, line.tokens[-1].end
        doc.entities = [e for e in doc.entities if e.sentence != line.index]
        doc.entities.append(Entity("PERSON", start, end, doc.raw[start:end], None, "rule", line.index))
        doc.entities.sort(key=lambda e: (e.start, -e.end))

    def _short_names(self, doc: Document) -> None:
        """A name two countries share ("कांगो") is the one the document names in full ("भारत और कांगो गणराज्य
        के बीच ... कांगो के विदेश मंत्री"): the Republic of the Congo, not the default DR Congo."""
        countries = [e for e in doc.entities if e.label == "COUNTRY"]
        for entity in (e for e in countries if name_key(e.text) in self.lex.short):
            words = name_key(entity.text).split()
            full = {
                e.value
                for e in countries
                if e is not entity and len(name_key(e.text).split()) > len(words) and _holds(name_key(e.text), words)
            }
            if len(full) == 1:
                entity.value = full.pop()

    def sentence_entities(
        self, doc: Document, sentence: Sentence, anchor: dates.Anchor | None = None, predicted=()
    ) -> list[Entity]:
        """Entities of one sentence: rules first, then the model's (``predicted`` token spans with
        IL-NER labels) where they overlap no rule entity."""
        tokens = sentence.tokens
        keys = [t.norm for t in tokens]
        spans: list[tuple[int, int, str, str | None]] = []  # token start, end, label, value
        found = self.phrases(self._doc(keys))
        loose = [loose_key(t.text) for t in tokens]
        predicted = _trim(predicted, keys, self.lex.honorifics, self.lex.suffixes)
        named = self.names(self._doc(loose))
        spans += self._gazetteer(named, loose, predicted)
        spans += self._titles(found, keys, spans + [(a, b, tag, None) for a, b, tag in predicted])
        spans = _hyphen_joined(spans, tokens, "TITLE")  # "मंत्री-प्रतिनिधि": one office
        spans += self._orgs(found, keys, spans)
        spans += _municipal_bodies(keys, spans)
        spans += sentence_dates(sentence, anchor)
        spans += self._venues(keys, spans, predicted)
        spans += self._ships(keys, spans)
        spans += self._provinces(keys, spans, predicted)
        spans = _states_of_countries(_resolve(spans), keys)
        spans += self._places_of_countries(keys, spans)
        if sentence.kind == "dateline":
            spans = _dateline_place(keys, spans)
        spans += self._persons(keys, spans, found)
        spans += self._named_before_office(keys, spans)
        spans = _places_inside_names(spans)
        spans = self._styles_inside_names(spans, keys)
        spans = self._surnames_after_names(spans, keys)
        spans = _names_to_the_verb(spans, predicted, keys)
        spans = self._country_as_given_name(spans, keys)
        spans = self._office_takers(spans, keys)
        spans = _adjectives_before_cues(spans + self._sectors(keys), keys)
        spans = self._names_the_model_joins(spans, predicted, keys, loose)
        spans = _widen(spans, predicted, keys, self.lex.common)
        spans = _republics(spans, predicted, keys, {span[0] for span in spans if self._demonym(span, loose)})
        known = [(a, b) for match_id, a, b in named if self.vocab.strings[match_id] == "KNOWN"]  # people.tsv's names
        predicted = _after_title(_before_title(predicted, spans, keys), spans, keys, known)
        cues = [(a, b) for a, b, label, _ in spans if label == "SECTOR"]
        model_spans = [
            m
            for m in _model_spans(predicted, spans, tokens)
            if not self._described_body(m, keys)
            and not _titled(m, keys)
            and not _names_a_machine(m, keys)
            and not _listed_topic(m, cues, keys)
            and not _described_country(m, spans, keys)
            and not _meeting_noun(m, keys)
            and not _couple(m, keys)
        ]
        model_spans = self._coordinated_bodies([self._body_not_person(m, keys) for m in model_spans], keys)
        model_spans = self._name_then_body(spans, model_spans, keys)
        model_spans = [self._listed_portfolios(m, keys) for m in model_spans]
        spans, model_spans = _settle_orgs(spans, model_spans, keys)
        spans, model_spans = _acronyms(spans, model_spans, keys, doc.raw, tokens)
        spans, model_spans = _acronym_told_after(spans, keys), _acronym_told_after(model_spans, keys, spans)
        spans, model_spans = _initial_after_title(spans, keys), _initial_after_title(model_spans, keys, spans)
        spans, model_spans = _joined_by_particle(spans, model_spans, keys)
        model_spans = _of_the_country_before(_hyphen_joined(model_spans, tokens, "LOCATION"), spans, keys)
        model_spans = self._known_in_full(known, spans + model_spans, model_spans)
        spans = _known_before_a_place(known, self._known_in_full(known, spans + model_spans, spans), keys)
        spans += self._known_people(known, loose, spans + model_spans)
        # people in quoted English ("'Good discussion with Minister Margherita on ...'") are those the Hindi names
        english = _english_prose(tokens)
        spans, model_spans = _not_named_in(english, spans), _not_named_in(english, model_spans)
        if sentence.kind == "dateline":  # "दोहा, 16 नवंबर 2025 (अल जज़ीरा)": the agency, no one and nowhere
            model_spans = [m for m in model_spans if not _agency(keys, spans, m)]
        return sorted(
            [self._entity(doc, sentence, span, "demonym" if self._demonym(span, loose) else "rule") for span in spans]
            + [self._entity(doc, sentence, span, "model") for span in model_spans],
            key=lambda e: (e.start, -e.end),
        )

    @staticmethod
    def _entity(doc: Document, sentence: Sentence, span: tuple, source: str) -> Entity:
        a, b, label, value = span
        start, end = sentence.tokens[a].start, sentence.tokens[b - 1].end
        # a name a hard wrap cut ("सहायक\nउच्चायुक्त") is written on one line
        return Entity(label, start, end, " ".join(doc.raw[start:end].split()), value, source, sentence.index)

    # -- gazetteers -------------------------------------------------------------------------

    def _gazetteer(self, found: list, keys: list[str], predicted=()) -> list[tuple[int, int, str, str | None]]:
        """Countries, places, international organisations and the national bodies news names alone; a GeoNames city
        only where the model reads no other kind of name there ("नेल्सन मंडेला" is a person, "रॉयल सोसायटी ऑफ लन्दन" a
        body) and a case marker, conjunction or punctuation follows, as after a place ("जलगांव और धुले का"), not inside
        a name ("मेलानी विक्टोरिया जोली")."""
        others = {i for a, b, tag in predicted if tag != "NEL" for i in range(a, b)}
        countries = {b for m, a, b in found if self.vocab.strings[m] == "COUNTRY"}
        demonyms = {
            b for m, a, b in found if b in countries and " ".join(map(loose_key, keys[a:b])) in self.lex.demonyms
        }
        out = []
        for match_id, a, b in found:
            label = self.vocab.strings[match_id]
            key = " ".join(keys[a:b])
            hyphened = a > 0 and keys[a - 1] in HYPHENS  # "ओ से-हून": a part of a name, not the city of Hun
            if label == "COUNTRY":
                out.append((a, b, "COUNTRY", self.lex.countries[key]))
            elif label == "LOCATION":
                out.append((a, b, "LOCATION", self.lex.places[key][0] or None))  # "संसद भवन": anywhere
            elif label == "CITY" and not others.intersection(range(a, b)) and _city_follows(keys, b) and not hyphened:
                out.append((a, b, "LOCATION", self.lex.cities[key] or None))  # "प्रधानमंत्री आवास में": anywhere
            elif label == "BODY":  # an international organisation, valued by its code ("UN")
                # "रूस की सुरक्षा परिषद", "रूसी सुरक्षा परिषद": a country's own body of that name
                national = (a > 1 and keys[a - 1] in LOOSE_GENITIVE and a - 1 in countries) or a in demonyms
                national = national and keys[b : b + 1] != [CHAIRSHIP]  # "भारत की ब्रिक्स अध्यक्षता": the forum chaired
                # "भारत के संयुक्त राष्ट्र मानवाधिकार परिषद का सदस्य": a body of the UN is no country's own
                national = national and not key.startswith(self.lex.un_prefixes)
                out.append((a, b, "ORG", None if national else self.lex.international[key]))
            elif label == "NATIONAL" and _place_follows(keys, b) and not (a > 0 and keys[a - 1] in self.loose_heads):
                # "नासा के", "जेट्रो और": a country's own agency or company (see Lexicon.country_in), not a word of a
                # longer name, nor the name a body's noun opens ("बिजली कंपनी एनटीपीसी": the body's whole name)
                out.append((a, b, "ORG", None))
        return out

    def _venues(self, keys: list[str], taken: list, predicted=()) -> list[tuple[int, int, str, str | None]]:
        """Named venues no gazetteer holds ("नामीबिया के स्टेट हाउस में", "अल्वोराडा पैलेस में", "ग्रेट हॉल ऑफ द पीपल
        में"): a loan-word head with its name words, or the town it is named for ("डबलिन कैसल में"), before a case
        marker or punctuation, as a place is (not "ग्रीन हाउस गैसों"). Their country is the one the frames stage gives a
        venue. A head that comes first opens no venue inside a person's name or right after a title ("राष्ट्रपति कार्लोस
        विला नोवा से")."""
        if VENUE_HEAD_ENDS.isdisjoint(keys) and HEADS_FIRST.isdisjoint(keys):  # most sentences name no venue
            return []
        # a venue every country has, as the gazetteer holds it ("युद्ध स्मारक"), is the head of one named before it
        generic = {(a, b) for a, b, label, value in taken if label == "LOCATION" and value is None}
        blocked = {i for a, b, *_ in taken if (a, b) not in generic for i in range(a, b)}
        out = []
        for end, head in ((e, h) for e in range(1, len(keys) + 1) for h in VENUE_HEADS):
            i = end - len(head)
            if i < 0 or tuple(keys[i:end]) != head or blocked.intersection(range(i, end)):
                continue
            start, stop = self._venue_start(keys, i, blocked, head in HINDI_VENUE_HEADS), _venue_of(keys, end)
            town = next((a for a, b, label, value in taken if b == i and label == "LOCATION" and value), None)
            if start == i and town is not None and head not in HINDI_VENUE_HEADS:
                start = town  # "डबलिन कैसल में", "बीकानेर हाउस में": a house named for its town
            if head in HINDI_VENUE_HEADS:
                start = _named_for_its_place(taken, keys, start, i)
                if any(b == start and label == "TITLE" for _a, b, label, _v in taken):
                    # "रक्षा मंत्री निकोस डेंडियास पिरेयस बंदरगाह पर": the titled one's name, then the venue's one word
                    start = i - 1 if i - start > 1 else i
            grounds = stop < len(keys) and keys[stop] in GROUNDS  # "स्टेट हाउस परिसर में"
            if keys[start] in HOUSES_OF_STATE and self._town_after_venue(keys, stop, blocked):
                stop += 1  # "स्टेट हाउस एंतेबे में": the town the house is told with, a part of its name
            if start < i and (_place_follows(keys, stop) or grounds):
                out.append((start, stop, "LOCATION", None))
        named = {i for a, b, tag in predicted if tag == "NEP" for i in range(a + 1, b)}  # "कसर अल वतन" read as one
        named |= {b for _a, b, label, _v in taken if label == "TITLE"}
        for i in (
            i
            for i, key in enumerate(keys)
            if key in HEADS_FIRST and i not in named and (i == 0 or self._word_before_venue(keys[i - 1]))
        ):  # not "कार्लोस विला नोवा से": a head after a name word goes on that name
            stop = i + 1  # "होटल ताज में", "होटल ले मेरिडियन में": the head first, then name words no common ones
            while stop < len(keys) and stop - i <= MAX_VENUE_NAME and self._venue_name_word(keys[stop]):
                stop += 1
            if stop > i + 1 and _place_follows(keys, stop) and blocked.isdisjoint(range(i, stop)):
                out.append((i, stop, "LOCATION", None))
        return out

    def _provinces(self, keys: list[str], taken: list, predicted=()) -> list[tuple[int, int, str, str | None]]:
        """A province, a district or a town no gazetteer holds, by its name words before "प्रांत", "जिले" or "शहर" and a
        case marker after it ("हैनान प्रांत में", "स्याङ्जा जिले में", "लाउतोका शहर में"), or a country's state before
        "राज्य" ("जर्मनी के बाडेन-वुर्टेमबर्ग राज्य के"): the name alone is the place, as IL-NER tags "तमिलनाडु
        प्रान्त", but not a described one ("एक सीमावर्ती जिले"). Its country is the one named
        right before it ("नेपाल के रूपन्देही जिले", "जापान के वाकायामा प्रांत"), else the one the frames stage gives a
        place of none; a town told in it after "के" is a place of that country too ("... जिले के भैरहवा में")."""
        if DIVISION_HEADS.isdisjoint(keys):
            return []
        blocked = {i for a, b, *_ in taken for i in range(a, b)} | {i for a, b, _ in predicted for i in range(a, b)}
        out = []
        for i in (i for i, key in enumerate(keys) if key in DIVISION_HEADS and i not in blocked):
            start = self._venue_start(keys, i, blocked, hindi_head=True)
            described = start > 0 and keys[start - 1] in DETERMINERS  # "एक सीमावर्ती जिले के गांवों": no name
            # "... के सुंदर और विस्मयकारी शहर से": words joined to another describe a town, they do not name it
            described = described or (keys[i] in CITY_NOUNS and start > 0 and keys[start - 1] in LIST_JOINERS)
            if (
                start < i
                and _place_follows(keys, i + 1)
                and not blocked.intersection(range(start, i))
                and not described
            ):
                country = _country_before(taken, keys, start)  # "नेपाल के रूपन्देही जिले": Nepal's
                if country is None and keys[i] in STATES:
                    continue  # "सदस्य राज्य", "इस्लामिक राज्य": a state only as a country's
                out.append((start, i, "LOCATION", country))
                town = _town_in(keys, i + 1, blocked, self.lex.common)
                if town is not None:  # "रूपन्देही जिले के भैरहवा में": a town of the district
                    out.append((*town, "LOCATION", country))
        return out

    def _ships(self, keys: list[str], taken: list) -> list[tuple[int, int, str, str | None]]:
        """A navy's ship, its prefix and the name word after it: an organisation ("आईएनएस तबर मोम्बासा पहुंचा"), or a
        place where it is where something is done ("आईएनएस विक्रांत पर ... वार्ता की")."""
        blocked = {i for a, b, *_ in taken for i in range(a, b)}
        return [
            (i, i + 2, "LOCATION" if keys[i + 2 : i + 3] == [ON] else "ORG", None)
            for i, key in enumerate(keys[:-1])
            if key in self.lex.ships and self._venue_name_word(keys[i + 1]) and not blocked & {i, i + 1}
        ]

    def _town_after_venue(self, keys: list[str], stop: int, blocked: set[int]) -> bool:
        """ "स्टेट हाउस एंतेबे में": one name word after a venue's head, then a case marker, names the venue's town."""
        return (
            stop + 1 < len(keys)
            and stop not in blocked
            and self._venue_name_word(keys[stop])
            and keys[stop] not in self.lex.titles
            and keys[stop] not in GROUNDS  # "स्टेट हाउस प्रांगण में": its grounds, no town
            and _place_follows(keys, stop + 1)
        )

    def _word_before_venue(self, key: str) -> bool:
        """What may come before a venue whose head comes first: a case marker, punctuation or a common word ("नई
        दिल्ली के होटल ताज में", "बर्लिन के पास विला बोर्जिग में"), not a name word, whose name it goes on."""
        return key in POSTPOSITIONS or key in ORG_BOUNDARY or key in self.lex.common or _punctuation(key)

    def _venue_name_word(self, key: str) -> bool:
        return key[:1].isalpha() and key not in POSTPOSITIONS and key not in ORG_BOUNDARY and key not in self.lex.common

    def _venue_start(self, keys: list[str], i: int, blocked: set[int], hindi_head: bool = False) -> int:
        """The name words before a venue's head: the word before it (unless the head is a Hindi noun and the word
        a common one: "150 से अधिक घाट" names no ghat), and more before that if they are no common Hindi words
        ("के साथ स्टेट हाउस" keeps "साथ" out); a hyphen joins two ("अल-यमामा")."""
        start, words = i, 0
        while start > 0 and words < MAX_VENUE_NAME and start - 1 not in blocked:
            key = keys[start - 1]
            if (
                key in POSTPOSITIONS
                or key in ORG_BOUNDARY
                or key in TIMES_OF_DAY  # "शुक्रवार शाम दशाश्वमेध घाट पर": the time it was
                or _punctuation(key)
                or ((start < i or hindi_head) and key in self.lex.common)
                or (hindi_head and key in self.lex.qualifiers)  # "शाही महल में": a royal palace, named by no word
            ):
                break
            start, words = start - 1, words + 1
            if start > 1 and keys[start - 1] == "-" and keys[start - 2][:1].isalpha():
                start -= 2
        return start

    @staticmethod
    def _known_in_full(known: list, taken: list, spans: list) -> list[tuple[int, int, str, str | None]]:
        """A well-known person's full name (``people.tsv``) that the rules read short ("नेता किम जोंग उन से": "उन"
        is also a word; "प्रधानमंत्री लुईस मोंटेनेग्रो से": a surname that names a country; "मंत्री श्री जगत प्रकाश नड्डा
        से": a given name that is also a word, before the name read): the whole name, where nothing but a place is read
        in the rest of it (``known``: token spans of its names)."""
        starts = {a for a, _b, label, _v in taken if label not in PLACE_LABELS}
        out, inside = [], set()
        for a, b, label, value in spans:
            full = max(((x, y) for x, y in known if x <= a and b <= y), key=lambda s: s[1] - s[0], default=(a, b))
            rest = set(range(full[0], a)) | set(range(b, full[1]))
            if label == "PERSON" and rest and not starts.intersection(rest):
                inside |= rest
                a, b = full
            out.append((a, b, label, value))
        return [s for s in out if not (s[2] in PLACE_LABELS and s[0] in inside)]

    def _known_people(self, known: list, keys: list[str], taken: list) -> list[tuple[int, int, str, str | None]]:
        """ "पुतिन और शी ने": a well-known person's name (``people.tsv``; ``known``, the token spans of its names) where
        neither the rules nor the model read anything, and no common word alone."""
        used = {i for a, b, *_ in taken for i in range(a, b)}
        return [
            (a, b, "PERSON", None)
            for a, b in known
            if not used.intersection(range(a, b)) and (b - a > 1 or keys[a] not in self.lex.common)
        ]

    def _titles(self, found: list, keys: list[str], named: list) -> list[tuple[int, int, str, str | None]]:
        """Role nouns, widened left over portfolio modifiers ("उद्योग एवं व्यापार उपमंत्री"), affairs named ("युवा मामलों की
        मंत्री", not over a name the gazetteer or the model reads: "दक्षिण और मध्य एशिया मामलों के") and a hyphened prefix
        ("उप-प्रधानमंत्री"); not one that names a house ("मिस्र की प्रतिनिधि सभा के अध्यक्ष": the house of representatives),
        nor "PM" after an hour ("3:30 PM:", "11:45 PM IST": the afternoon)."""
        heads = longest_first([(m, a, b) for m, a, b in found if self.vocab.strings[m] == "TITLE"])
        held = {i for a, b, *_ in named for i in range(a, b)}
        out = []
        for _m, a, end in heads:
            if keys[end : end + 1] == [HOUSE] or _clock_before(keys, a):
                continue
            while a > 0:
                if keys[a - 1] in HYPHENS and a > 1 and keys[a - 2] in TITLE_PREFIXES:
                    a -= 2  # "उप-प्रधानमंत्री", "सह-राष्ट्रपति": the prefix and its hyphen
                elif keys[a - 1] in WOMAN and end - a == 1 and keys[a] in ELECTED_HEADS:
                    break  # "पहली महिला प्रधानमंत्री": who holds the office, not a portfolio ("महिला मंत्री")
                elif keys[a - 1] in self.lex.modifiers or self._portfolio_link(keys, a - 1, end):
                    a -= 1  # "उद्योग एवं व्यापार", "विकास, उद्योग, व्यापार और सेवा मंत्री"
                elif (
                    a > 2
                    and keys[a - 1] in GENITIVE
                    and keys[a - 2] in AFFAIRS
                    and (named_from := affairs_start(keys, a - 2, held)) < a - 2
                ):
                    a = named_from  # "विदेश एवं यूरोपीय मामलों के मंत्री", "युवा मामलों की मंत्री"
                else:
                    break
            out.append((a, _portfolio_end(keys, end), "TITLE", None))
        return out

    def _orgs(self, found: list, keys: list[str], taken: list) -> list[tuple[int, int, str, str | None]]:
        """Organisations: a head noun ("मंत्रालय", "विभाग") with the name words before it, and Latin
        acronyms in brackets or before a genitive ("(DPIIT)", "ITEC के"; bare, they are as often
        viruses and projects: "SARS", "INSTC"); an acronym in brackets after a name is linked to it
        later (see _acronyms)."""
        blocked = {i for a, b, label, _ in taken if label in ("COUNTRY", "LOCATION", "TITLE") for i in range(a, b)}
        # "ऊर्जा, पर्यटन और [यूरोपीय संघ] की सदस्यता": a body the gazetteer names whole takes no portfolios before it
        listed = {b for a, b, label, value in taken if label == "ORG" and value is not None and b - a > 1}
        out = []
        for match_id, a, b in found:
            if self.vocab.strings[match_id] != "ORGHEAD" or b in listed:
                continue
            start = a
            while (
                start > 0
                and a - start - keys[start:a].count(",") < MAX_ORG
                and self._org_word(keys, start - 1, blocked, a)
            ):
                start -= 1
            while start < a and keys[start] in self.lex.joiners:
                start += 1
            if keys[b - 1] in NAMED_FOR_SUBJECT:
                start = self._topic_name_start(keys, start, blocked)
            elif start < a:
                start = self._country_named_first(taken, keys, start)
            if self._names_something(keys[start:a]):
                out.append((start, b, "ORG", None))
            elif start == a and (country := self._countrys_own(taken, keys, a, b)) is not None:
                out.append((country, b, "ORG", None))
        for i, key in enumerate(keys):
            if _latin_acronym(key) and (keys[i - 1 : i] == ["("] or (keys[i + 1 : i + 2] and keys[i + 1] in GENITIVE)):
                out.append((i, i + 1, "ORG", None))
        for match_id, _a, b in found:  # "राज्य की निवेश प्रोत्साहन एजेंसी 'गाइडेंस तमिलनाडु' ने": the body's own name
            name = self._quoted_name(keys, b) if self.vocab.strings[match_id] == "ORGHEAD" else None
            if name is not None:
                out.append((b + 1, name, "ORG", None))
        return out

    def _quoted_name(self, keys: list[str], b: int) -> int | None:
        """Where a name quoted right after a body's head at ``b`` ends: a quote opened there (not one closing a
        quoted head, "“ प्रकाशन विभाग ” और"), a few words, not all common ones ("संगठन ' शुद्ध शून्य कार्बन उत्सर्जन
        \" की अवधारणा" names a goal), then its closing quote; else None."""
        if keys[b : b + 1] == [] or keys[b] not in QUOTES or sum(k in QUOTES for k in keys[:b]) % 2:
            return None
        close = next((k for k in range(b + 2, min(b + 2 + MAX_QUOTED_NAME, len(keys))) if keys[k] in QUOTES), None)
        words = keys[b + 1 : close] if close is not None else []
        if not words or not all(w[:1].isalpha() for w in words) or all(w in self.lex.common for w in words):
            return None
        return close

    def _joined(self, keys: list[str], a: int, b: int) -> bool:
        """Whether a joiner (एवं/और/तथा) stands among the words ``a:b``."""
        return not self.lex.joiners.isdisjoint(keys[a:b])

    def _countrys_own(self, taken: list, keys: list[str], a: int, b: int) -> int | None:
        """Where "जापान तटरक्षक बल" starts: a head of two words (``a`` to ``b``) after its country's name is that
        country's body (a bare "सुरक्षा बल" is any force, and so is "भारतीय पुलिस बल" in IL-NER), but not after a pair
        ("भारत और श्रीलंका संयुक्त कार्य समूह": both countries' body); None where it is no such body."""
        country = self._country_named_first(taken, keys, a) if b - a > 1 else a
        # "भारत और श्रीलंका संयुक्त कार्य समूह": a pair's; not "X के महानिदेशक Y, मालदीव तटरक्षक बल के": a list's next
        paired = country > 1 and keys[country - 1] in self.lex.joiners and _country_ends(taken, country - 1)
        return country if country < a and not paired else None

    def _country_named_first(self, taken: list, keys: list[str], start: int) -> int:
        """A body whose name opens with its country's ("ओमान निवेश प्राधिकरण") takes it in; not a demonym
        ("अमेरिकी विदेश मंत्रालय" is the US's ministry) nor the second of a pair ("भारत-ओमान")."""
        for a, b, label, _ in taken:
            pair = a > 0 and keys[a - 1] == "-"
            if (
                label == "COUNTRY"
                and b == start
                and not pair
                and " ".join(map(loose_key, keys[a:b])) not in self.lex.demonyms
            ):
                return a
        return start

    def _coordinated_bodies(self, model_spans: list, keys: list[str]) -> list:
        """Two bodies the model read as one because "और" joins them ("भारतीय अंतरिक्ष अनुसंधान संगठन और
        जापान अंतरिक्ष अन्वेषण एजेंसी", "संयुक्त राष्ट्र और शंघाई सहयोग संगठन"): each part ending in a body's head
        noun, or naming an international body whole, is a body of its own."""
        out = []
        for a, b, label, value in model_spans:
            # "विदेश, [राष्ट्रमंडल और विकास कार्यालय]": a portfolio listed before, one ministry's name
            listed = a > 0 and keys[a - 1] == ","
            cut = next(
                (
                    i
                    for i in range(a + 1, b - 1)
                    if keys[i] in self.lex.joiners
                    and (keys[i - 1] in self.lex.org_heads or (not listed and self._international(keys, a, i)))
                ),
                None,
            )
            if (
                label == "ORG"
                and cut is not None
                and (keys[b - 1] in self.lex.org_heads or self._international(keys, cut + 1, b))
            ):
                out += [(a, cut, label, None), (cut + 1, b, label, None)]
            else:
                out.append((a, b, label, value))
        return out

    def _international(self, keys: list[str], a: int, b: int) -> bool:
        """Tokens ``a`` to ``b`` name an international body whole ("संयुक्त राष्ट्र")."""
        return " ".join(keys[a:b]) in self.lex.international

    def _name_then_body(self, spans: list, model_spans: list, keys: list[str]) -> list:
        """A name read after a title, then "और" and a body, or the body's name at once, that the model read as
        one body ("अध्यक्ष [एंटोनियो कोस्टा और यूरोपीय आयोग] की अध्यक्ष", "[संयुक्त सचिव नागराज नायडू और रक्षा
        मंत्रालय] में", "विदेश मंत्री [एस जयशंकर शंघाई सहयोग संगठन] के"): the title and name are a person's, the
        rest the body."""
        names = {a: b for a, b, label, _ in spans if label == "PERSON"}
        titles = {a: b for a, b, label, _ in spans if label == "TITLE"}
        titled = set(titles.values())
        out = []
        for a, b, label, value in model_spans:
            start = titles.get(a, a)  # the title the model took in
            end = names.get(start, b)
            if label == "ORG" and end < b - 1 and keys[end] in self.lex.joiners:
                a = end + 1
            elif label == "ORG" and start in titled and end < b - 1 and keys[b - 1] in self.lex.org_heads:
                a = end
            out.append((a, b, label, value))
        return out

    def _body_not_person(self, span: tuple, keys: list[str]) -> tuple:
        """A model person ending in a body's head noun ("गाम्बिया की [नेशनल असेंबली] के अध्यक्ष") is that body."""
        a, b, label, value = span
        return (a, b, "ORG", value) if label == "PERSON" and keys[b - 1] in self.lex.org_heads else span

    def _described_body(self, span: tuple, keys: list[str]) -> bool:
        """A model organisation that is only a described head noun ("नई सरकार"), as in :meth:`_orgs`."""
        a, b, label, _ = span
        return label == "ORG" and keys[b - 1] in self.lex.org_heads and not self._names_something(keys[a : b - 1])

    def _names_something(self, words: list[str]) -> bool:
        """A bare "मंत्रालय" or a described one ("नई सरकार", "राष्ट्रीय समिति") names no organisation."""
        return any(w not in self.lex.qualifiers and w not in self.lex.joiners for w in words)

    def _topic_name_start(self, keys: list[str], start: int, countries: set[int]) -> int:
        """Bilateral bodies are named for their subject: "भारत-रूस व्यापार, आर्थिक ... सहयोग पर
        अंतर-सरकारी आयोग", "आधुनिकीकरण और औद्योगिक सहयोग पर भारत-रूस कार्य समूह"."""
        j = start
        if j >= 3 and keys[j - 2] == "-" and {j - 1, j - 3} <= countries:
            j -= 3
        if j < 1 or keys[j - 1] != ON:
            return start
        k = j - 1
        while k > 0 and j - k < MAX_TOPIC_NAME and keys[k - 1] not in ORG_BOUNDARY:
            k -= 1
            if k >= 2 and keys[k - 1] == "-" and {k, k - 2} <= countries:
                return k - 2
        return k

    def _listed_portfolios(self, span: tuple, keys: list[str]) -> tuple:
        """A model ministry whose portfolios are listed with commas before the joiner takes in the first ones:
        "पर्यावरण, [वन और जलवायु परिवर्तन मंत्रालय]" is one body, not a topic and a ministry."""
        a, b, label, value = span
        if label != "ORG" or keys[b - 1] not in self.lex.org_heads or not self._joined(keys, a, b):
            return span
        while a > 1 and keys[a - 1] == "," and keys[a - 2] in self.lex.modifiers:
            a -= 2  # "उपभोक्ता मामले, [खाद्य एवं सार्वजनिक वितरण मंत्रालय]": a portfolio of two words
            while a > 0 and keys[a - 1] in self.lex.modifiers and keys[a - 1] not in self.lex.qualifiers:
                a -= 1
        return a, b, label, value

    def _org_word(self, keys: list[str], i: int, blocked: set[int], head: int) -> bool:
        """Name words of an organisation are portfolio words, joined by एवं/और/तथा, or listed with commas before
        the joiner ("पर्यावरण, वन और जलवायु परिवर्तन मंत्रालय", "ऊर्जा, जल संसाधन और सिंचाई मंत्रालय")."""
        if i in blocked:
            return False
        return keys[i] in self.lex.modifiers or self._portfolio_link(keys, i, head)

    def _portfolio_link(self, keys: list[str], i: int, end: int) -> bool:
        """A joiner after a portfolio word, or a comma after one listing portfolios before a joiner that comes by
        ``end`` ("विकास, उद्योग, व्यापार और सेवा मंत्री"): what joins the portfolios of a title's or a body's name."""
        listed = keys[i] == "," and self._joined(keys, i + 1, end)
        return (keys[i] in self.lex.joiners or listed) and i > 0 and keys[i - 1] in self.lex.modifiers

    # -- people -----------------------------------------------------------------------------

    def _styles_inside_names(self, spans: list, keys: list[str]) -> list:
        """A style between two pieces of one name is a part of it ("मार्टिन लूथर किंग जूनियर"), not a king."""
        for title in [s for s in spans if s[2] == "TITLE" and " ".join(keys[s[0] : s[1]]) in self.lex.styles]:
            before = next((s for s in spans if s[2] == "PERSON" and s[1] == title[0]), None)
            after = next((s for s in spans if s[2] == "PERSON" and s[0] == title[1]), None)
            if before is not None and after is not None:
                spans = [s for s in spans if s not in (before, title, after)] + [(before[0], after[1], "PERSON", None)]
        return spans

    def _surnames_after_names(self, spans: list, keys: list[str]) -> list:
        """An office that is also a surname, right after a name, ends it ("नेपाल के भूमि व्यवस्था मंत्री बलराम अधिकारी
        से", "सुवेंदु अधिकारी ने"): Hindi tells an office before a name, never after it. So does a style that also
        opens given names after initials ("उद्योग मंत्री टी आर बी राजा", "ए राजा ने")."""
        for title in [s for s in spans if s[2] == "TITLE"]:
            name = next((s for s in spans if s[2] == "PERSON" and s[1] == title[0]), None)
            office = " ".join(keys[title[0] : title[1]])
            initials = name is not None and all(len(k) <= MAX_INITIAL for k in keys[name[0] : name[1]])
            if name is not None and (office in self.lex.surnames or (office in self.lex.styles and initials)):
                spans = [s for s in spans if s not in (name, title)] + [(name[0], title[1], "PERSON", None)]
        return spans

    def _names_the_model_joins(self, spans: list, predicted, keys: list[str], loose: list[str]) -> list:
        """A model person over the rules' pieces of a name, a title word or a demonym in it
        ("रीता रानी पालीवाल", "स्मृति जुबिन ईरानी", "मोहम्मद नूर रहमान शेख"), or over a country
        name after a title ("प्रधानमंत्री जॉर्जिया मेलोनी"), as is one a style ends ("वाजिद अली शाह"), is one name: the
        pieces give way. A title may open it only if it is a style that also opens given names ("अमीर
        खुसरो", not "राजदूत संधू") and no country's office ("कतर के अमीर")."""
        out = list(spans)
        for start, end, tag in predicted:
            pieces = [s for s in out if s[0] < end and start < s[1]]
            given = [s for s in pieces if s[2] == "COUNTRY" and s[1] < end and self._title_at_end(out, s[0])]
            family = [s for s in pieces if s[0] > start and s[1] == end and self._style(s, keys)]  # "वाजिद अली शाह"
            # "प्रधानमंत्री लुइस मोंटेनेग्रो ने": a country ending the name of one a title names by a given name alone,
            # acting or met (not "प्रधानमंत्री नरेंद्र मोदी घाना की यात्रा के बाद", a full name then a place)
            acting = _acting_at(keys, end)
            family += [
                s
                for s in pieces
                if s[2] == "COUNTRY"
                and s[1] == end
                and acting
                and any(
                    p[2] == "PERSON" and p[1] == s[0] and p[1] - p[0] == 1 and self._title_at_end(out, p[0])
                    for p in pieces
                )
            ]
            if tag != "NEP" or (not any(s[2] == "PERSON" for s in pieces) and not given and not family):
                continue
            if not all(
                start <= s[0] and s[1] <= end and (self._name_piece(s, loose) or s in given or s in family)
                for s in pieces
            ):
                continue
            opening = next((s for s in pieces if s[2] == "TITLE" and s[0] == start), None)
            if opening and (not self._style(opening, keys) or self._office_of_country(out, keys, start)):
                continue
            out = [s for s in out if s not in pieces]
        return out

    def _style(self, span: tuple, keys: list[str]) -> bool:
        """A title that is a style, which also opens or ends names ("अमीर खुसरो", "वाजिद अली शाह")."""
        return span[2] == "TITLE" and " ".join(keys[span[0] : span[1]]) in self.lex.styles

    @staticmethod
    def _title_at_end(spans: list, end: int) -> bool:
        """A title ends right before ``end``: "प्रधानमंत्री जॉर्जिया मेलोनी" opens with a given name,
        not with Georgia."""
        return any(b == end and label == "TITLE" for a, b, label, _ in spans)

    def _name_piece(self, span: tuple, loose: list[str]) -> bool:
        return span[2] in ("PERSON", "TITLE") or self._demonym(span, loose)

    def _demonym(self, span: tuple, loose: list[str]) -> bool:
        """A country found by its demonym ("भारतीय"), which IL-NER leaves untagged."""
        a, b, label, _ = span
        key = " ".join(loose[a:b])
        if label != "COUNTRY" or key not in self.lex.demonyms:
            return False
        # "तुर्की शब्दों" is Turkish, "तुर्की के राष्ट्रपति" and "तुर्की ने" Turkey: a case marker or a stop follows the name
        marked = b == len(loose) or loose[b] in POSTPOSITIONS or not loose[b][:1].isalpha()
        return key not in self.lex.named_too or not marked

    @staticmethod
    def _office_of_country(spans: list, keys: list[str], at: int) -> bool:
        """A title right after a country or "<country> के" ("कतर के अमीर", "ब्रिटेन के राजा")."""
        end = at - 1 if at >= 1 and keys[at - 1] in GENITIVE else at
        return any(b == end and label == "COUNTRY" for a, b, label, _ in spans)

    def _persons(self, keys: list[str], spans: list, found: list) -> list[tuple[int, int, str, str | None]]:
        """A name after a title or an honorific, up to a case marker or a common word."""
        taken = {i for a, b, *_ in spans for i in range(a, b)}
        # "मेजर जनरल": two words; none inside a place's name ("पोर्ट-ओ-प्रिंस हवाई अड्डे": no prince)
        honorifics = {a: b for m, a, b in found if self.vocab.strings[m] == "HONORIFIC" and a not in taken}
        # English titles name people in Hinglish copy, not in an English sentence ("Chief Minister Employment ...")
        english = _mostly_english(keys)
        titled = {b for a, b, label, _ in spans if label == "TITLE" and not (english and keys[a].isascii())}
        heads = {a for a, _b, label, _ in spans if label in ("TITLE", "COUNTRY")}  # where a coordinated person opens
        anchors = sorted(titled | set(honorifics.values()))
        out = []
        for start in anchors:
            while start < len(keys) and (start in honorifics or self._title_at(start, spans)):
                start = self._title_end(start, spans) if self._title_at(start, spans) else honorifics[start]
                start += retired_at(keys, start)
            end = self._name_end(keys, start, start, taken)
            if end == start:
                end = self._weak_start(keys, start, taken)
            if end == start:
                end = self._common_given_name(keys, start, taken)
            while end > start and keys[end - 1] in ("-", "‐"):
                end -= 1
            if (
                end > start
                and all(_initials(keys, i) for i in range(start, end))
                and _verb_form("".join(keys[end : end + 1]))
            ):
                continue  # "थाना प्रभारी एफ. आई. आर. लेने से": letters alone, a verb's object, name a thing
            end = _town_as_surname(keys, spans, start, end, self.lex.places)
            if end > start and (words := self._surname_before_agent(keys, end, taken, heads)):
                end += words  # "उच्चायुक्त फिलिप ग्रीन ने", "राजदूत रुद्र गौरव श्रेष्ठ ने": name parts that are also words
            elif end == start + 1 and self._topic_surname(keys, end, taken):
                end += 1  # "कार्यकारी सचिव साइमन स्टील से": a surname that is a topic word
            both = _titled_as_both(keys, spans, start)
            second = self._coordinated_name(keys, end, taken) if end > start else []
            if (
                end > start
                and not second
                and any(a == end and b == end + 1 and lbl == "LOCATION" for a, b, lbl, _ in spans)
            ):
                second = self._coordinated_name(keys, end + 1, taken)  # "रो खन्ना और ...": a surname that is a town
            if both and not second:
                continue  # "दोनों नेता नखचिवान होकर ...": the two told before, then a word of what they did
            if end > start and not any(a <= start < b for a, b, *_ in out):
                out.append((start, end, "PERSON", None))
                acting = bool(second) and _acting_at(keys, second[-1][1])
                if keys[start - 1].endswith(PLURAL_OBLIQUE) or both or acting:
                    out += second  # "विदेश मंत्रियों चो ह्यून और ताकेशी इवाया ने",
                    # "दोनों कैप्टन रीजेंट फ्रांचेस्का चिवेरकिया और दालिबोर रिक्कार्दी को", and after one title, two
                    # acting or met ("कैप्टन रीजेंट मातेओ रोसी और लूका बेक्करी ने")
        return out

    def _coordinated_name(self, keys: list[str], end: int, taken: set[int]) -> list[tuple[int, int, str, None]]:
        """The names after the first of a plural title, each joined by "और" or a comma ("समकक्षों A, B और C")."""
        out: list[tuple[int, int, str, None]] = []
        while end + 1 < len(keys) and keys[end] in self.lex.joiners:
            last = self._name_end(keys, end + 1, end + 1, taken)
            if last == end + 1:
                break
            out.append((end + 1, last, "PERSON", None))
            end = last
        return out

    def _country_as_given_name(self, spans: list, keys: list[str]) -> list:
        """A country's or city's name between a title and a name word is a given name ("प्रधानमंत्री जॉर्जिया
        मेलोनी", "राष्ट्रपति सैंटियागो पेना"); the country an office is of comes before the title ("इटली की
        प्रधानमंत्री")."""
        titles = {b for a, b, label, _ in spans if label == "TITLE"}
        taken = {i for a, b, *_ in spans for i in range(a, b)}
        days = {a for a, b, label, _ in spans if label == "DATE"}  # "राष्ट्रपति सैंटियागो पेना बुधवार को ... पधारे"
        out = []
        for a, b, label, value in spans:
            if label in PLACE_LABELS and a in titles and b < len(keys) and self._name_word(keys, b, b):
                end = self._name_end(keys, b, b, taken)
                ends = end == len(keys) or keys[end] in POSTPOSITIONS | {BY_AGENT} or end in days
                if label == "LOCATION" and not ends:
                    out.append((a, b, label, value))  # "नेता कज़ान पहुंचे": a city, unless a case marker ends the name
                    continue
                out = [s for s in out if not (s[2] == "PERSON" and a <= s[0] < end)]
                out.append((a, end, "PERSON", None))
                taken |= set(range(b, end))
            elif not (label == "PERSON" and any(s[2] == "PERSON" and s[0] <= a < s[1] for s in out)):
                out.append((a, b, label, value))
        return out

    def _office_takers(self, spans: list, keys: list[str]) -> list:
        """ "डिक शूफ को नीदरलैंड के प्रधानमंत्री बनने पर बधाई": the words before "को" name the one who
        takes the office, a person even where a gazetteer read a place."""
        taken = {i for a, b, label, _ in spans if label != "LOCATION" for i in range(a, b)}
        people = []
        for k, key in enumerate(keys):
            if key != TO or not self._office_after(spans, keys, k + 1):
                continue
            start = k
            while (
                start > 0
                and k - start < MAX_NAME
                and start - 1 not in taken
                and self._name_word(keys, start - 1, start - 1)
            ):
                start -= 1
            if start < k:
                people.append((start, k, "PERSON", None))
        cells = {i for a, b, *_ in people for i in range(a, b)}
        return [s for s in spans if not cells.intersection(range(s[0], s[1]))] + people

    @staticmethod
    def _office_after(spans: list, keys: list[str], at: int) -> bool:
        """A country's office taken from ``at``: "नीदरलैंड के प्रधानमंत्री बनने", "जमैका की विदेश मंत्री के रूप में"."""
        country = next((s for s in spans if s[2] == "COUNTRY" and s[0] == at), None)
        if country is None or country[1] >= len(keys) or keys[country[1]] not in GENITIVE:
            return False
        title = next((s for s in spans if s[2] == "TITLE" and s[0] == country[1] + 1), None)
        return title is not None and taking_office(keys, title[1])

    def _surname_then_case(self, keys: list[str], i: int) -> bool:
        """A surname no lexicon holds at ``i``, then a case marker, the end of the clause, the day or hour the
        named one acted ("जनरल अशोक राज सिगडेल कल शाम ... पहुंचे"), or "भी"."""
        if i + 1 > len(keys) or not keys[i][:1].isalpha() or keys[i] in POSTPOSITIONS:
            return False
        if keys[i] in self.lex.common or keys[i] in self.lex.titles or _verb_form(keys[i]):
            return False
        if (keys[i],) in VENUE_HEADS:
            return False  # "जनरल जांग स्वतंत्रता स्मारक पर": a venue's head word, not a surname
        ends = i + 1 == len(keys) or keys[i + 1] in POSTPOSITIONS or not keys[i + 1][:1].isalpha()
        return ends or keys[i + 1] in AFTER_NAME

    def _names_then_case(self, keys: list[str], i: int, taken: Collection[int] = ()) -> bool:
        """One to three name words no lexicon holds from ``i``, then a case marker ("[गोंसाल्वेस लौरेंको] ने"); none of
        another entity's ("अगले हफ्ते [Saudi Arabia] की": a country, not a surname)."""
        return any(
            all(self._bare_name(k) for k in keys[i : i + n - 1])
            and self._surname_then_case(keys, i + n - 1)
            and not any(j in taken for j in range(i, i + n))
            for n in (1, 2, 3)
            if i + n <= len(keys)
        )

    def _bare_name(self, key: str) -> bool:
        """A word that can only be part of a name: no function word, common word or title."""
        return (
            key[:1].isalpha() and key not in POSTPOSITIONS and key not in self.lex.common and key not in self.lex.titles
        )

    def _surname_before_agent(self, keys: list[str], end: int, taken: set[int], heads: set[int]) -> int:
        """How many common words ("ग्रीन", "सिंह" is not one; "गौरव श्रेष्ठ", two) between a titled name and its "ने" (or
        a passive's "द्वारा") end the name, as do those before "और" and another person's title or country ("सचिव अभिलक्ष
        लिखी और श्रीलंका की सचिव"), or before a clause set aside ("उच्चायुक्त नीता भूषण, जो ... हैं,"); 0 where none
        does."""
        for words in range(1, MAX_COMMON_NAME_PARTS + 1):
            after = end + words
            if after >= len(keys) or taken.intersection(range(end, after)):
                return 0
            if not all(k in self.lex.common and self._surname_like(k) for k in keys[end:after]):
                return 0
            coordinated = keys[after] in self.lex.joiners and after + 1 in heads
            aside = keys[after : after + 2] in ([",", k] for k in ASIDE_OPENERS)  # "नीता भूषण, जो ... हैं, और"
            if keys[after] in (ERGATIVE, BY_AGENT) or coordinated or aside:
                return words
        return 0

    def _topic_surname(self, keys: list[str], end: int, taken: set[int]) -> bool:
        """A topic word ("स्टील", "राइस") right after a titled given name and before the case marker of one acting or
        met is the surname."""
        if end in taken or not _acting_at(keys, end + 1):
            return False
        return self.lex.topics.get(stem(keys[end])) not in (None, NO_TOPIC) and self._surname_like(keys[end])

    def _common_given_name(self, keys: list[str], start: int, taken: set[int]) -> int:
        """ "उच्चायुक्त संतोष झा ने": a given name that is also a word, then one name word that ends the name at a case
        marker (or what else may follow a name: "राजदूत नवीन श्रीवास्तव भी"); returns the name's end (start: no name).
        Three words that are all also common words are a name only right before "ने" or a passive's "द्वारा" ("विदेश सचिव
        अमृत बहादुर राय ने"), where a title's holder acts, or before a clause describing them ("राजदूत विद्या सागर वर्मा,
        जो ... हैं, ने")."""
        first, last = start, start + 1
        words = range(start, start + FULL_NAME)
        after = keys[start + FULL_NAME : start + FULL_NAME + 2]
        agent = (after[:1] in ([ERGATIVE], [BY_AGENT]) or after == DESCRIBED) and not taken.intersection(words)
        if agent and all(self._surname_like(keys[i]) for i in words) and keys[words[-1]] not in SCHEMES:
            return start + FULL_NAME
        end = last + 1
        while end + 1 < len(keys) and keys[end] in HYPHENS and self._name_word(keys, end + 1, last):
            end += 2  # "लाई चिंग-ते से": a hyphened name word is one
        if end >= len(keys) or set(range(first, end)) & taken:
            return start
        if keys[end] not in POSTPOSITIONS | AFTER_NAME and keys[end : end + 2] not in DOING and keys[end] != "(":
            return start  # "विदेश मंत्री केन तनाका (जापान) से": brackets after the name tell more of its holder
        if not self._surname_like(keys[first]) or not self._name_word(keys, last, last):
            return start
        return end

    def _surname_like(self, key: str) -> bool:
        """A common word that may still be part of a name: not a function word, title, verb or plural."""
        return (
            key[:1].isalpha()
            and key not in self.lex.org_heads
            and key not in self.lex.titles
            and key not in self.lex.honorifics
            and key not in self.lex.stop
            and key not in POSTPOSITIONS
            and not key.endswith(PLURAL_OBLIQUE)
            and not _verb_form(key)
        )

    def _weak_start(self, keys: list[str], start: int, taken: set[int]) -> int:
        """A name may open with a short word that is also a common word, or an initial ("जो बाइडन",
        "एस जयशंकर"), when a real name word follows it, but not with a longer one ("अधिकारी इसका
        सख्ती से"); returns the name's end (start: no name)."""
        weak = start
        while weak < len(keys) and weak - start < 2 and weak not in taken and keys[weak] not in POSTPOSITIONS:
            # "नरेश दो दिवसीय यात्रा पर": a number; but "उप विदेश मंत्री दो हुंग वियत ने": a name (Đỗ) up to a case marker
            number = keys[weak] in NUMBER_WORDS
            if number and keys[weak + 1 : weak + 2] != [] and keys[weak + 1] in HOW_LONG:
                return start  # "वज़ीर-ए-आज़म दो रोज़ा सरकारी दौरे पर": how long the visit is, no name
            if not keys[weak][:1].isalpha() or len(keys[weak].rstrip(".")) > 2:
                return start
            weak += 1
            end = self._name_end(keys, start, weak, taken)
            marked = end < len(keys) and (keys[end] in POSTPOSITIONS or keys[end] == BY_AGENT)
            if end > weak and (not number or marked):
                return end
        return start

    def _name_end(self, keys: list[str], start: int, first: int, taken: set[int]) -> int:
        """Where a run of name words beginning at ``first`` ends (a name starting at ``start``); hyphens
        and particles count as no word ("सबाह अल-खालिद अल-सबाह" is four, "खालिद बिन मोहम्मद बिन जायद अल
        नाहयान" five)."""
        end, words = first, sum(k not in HYPHENS and k not in NAME_PARTICLES for k in keys[start:first])
        crossing = False  # "जोस डी सैन मार्टिन": a place's name after a particle is the name's, and ends it
        while end < len(keys) and words < MAX_NAME and self._name_word(keys, end, first, taken):
            if end in taken:
                if not (crossing or (end > first and keys[end - 1] in NAME_PARTICLES)):
                    break
                crossing = True
            elif crossing:
                break
            words += keys[end] not in HYPHENS and keys[end] not in NAME_PARTICLES
            end += 1
        return end

    @staticmethod
    def _title_at(i: int, spans: list) -> bool:
        return any(a == i and label == "TITLE" for a, b, label, _ in spans)

    @staticmethod
    def _title_end(i: int, spans: list) -> int:
        return max(b for a, b, label, _ in spans if a == i and label == "TITLE")

    def _name_follows(self, keys: list[str], i: int) -> bool:
        """A word no lexicon holds comes next: a given name that looks like a verb opens a full name."""
        nxt = keys[i + 1] if i + 1 < len(keys) else ""
        return nxt[:1].isalpha() and nxt not in self.lex.common and nxt not in POSTPOSITIONS and not _verb_form(nxt)

    def _hyphened_name(self, keys: list[str], i: int) -> bool:
        """A hyphen at ``i`` joins a name part no lexicon holds ("से-हून"), not a common word ("सह-अध्यक्षता")."""
        after = keys[i + 1] if keys[i : i + 1] and keys[i] in HYPHENS and i + 1 < len(keys) else ""
        return after[:1].isalpha() and after not in self.lex.common and after not in self.lex.titles

    def _name_word(self, keys: list[str], i: int, start: int, taken: Collection[int] = ()) -> bool:
        key = keys[i]
        if _initials(keys, i):  # "प्रधानमंत्री के पी शर्मा ओली": "के" is the initial K here
            return True
        if key in INITIALS and i > start and self._surname_then_case(keys, i + 1):
            return True  # "एडमिरल दिनेश के त्रिपाठी ने": a lone initial between given name and surname
        if key in HYPHENS:
            return i > start and i + 1 < len(keys) and self._name_word(keys, i + 1, start, taken)
        if i > start + 1 and keys[i - 1] in HYPHENS and _syllable(keys, i):
            return True  # "ली दू-ही से": a syllable after a hyphen inside a name
        # "मेयर ओ से-हून": "से" of a hyphened name part, not "सह-अध्यक्षता"; opening the name, a hyphened given name
        # with a surname after it ("स्वास्थ्य मंत्री जीन-पैट्रिक अल्फ्रेड", "जीन" a word of the lexicon)
        surname_after = i + 3 < len(keys) and self._bare_name(keys[i + 3])
        if key[:1].isalpha() and self._hyphened_name(keys, i + 1) and (i > start or surname_after):
            return True
        if key in NAME_PARTICLES and i > start and i + 1 < len(keys) and keys[i + 1] in POSTPOSITIONS:
            return True  # "उच्चायुक्त बिश्वदीप डे और": a surname, where a particle would go on to a name word
        if key in NAME_PARTICLES and i > start:  # "हुआन रामोन डे ला फुएंते", "... दे ला फुएंते": particles inside a name
            after = next((j for j in range(i + 1, len(keys)) if keys[j] not in NAME_PARTICLES), len(keys))
            if after < len(keys):
                return self._name_word(keys, after, start, taken)
        if i > start and keys[i - 1] in PATRONYMICS and key[:1].isalpha() and key not in POSTPOSITIONS:
            return True  # "मुख्तार औलद जाये": a name's word, whatever else the word may mean
        if not key[:1].isalpha() or key in POSTPOSITIONS or key in self.lex.stop:
            return False
        if key in TIMES_OF_DAY and i > start and keys[i + 1 : i + 2] and keys[i + 1] in POSTPOSITIONS:
            return False  # "राष्ट्रपति द्रौपदी मुर्मू शाम को": the time, after the name
        if key.isascii():
            return key[:1].isupper()
        if key in REGNAL and i > start:  # "किंग अब्दुल्ला द्वितीय": a monarch's number is part of the name
            return True
        if key in MONTH_KEYS and i > start:  # "रक्षा मंत्री डोंग जून और": a surname, where no date goes on
            return keys[i + 1 : i + 2] == [] or keys[i + 1] in NAME_ENDINGS
        if key in self.lex.suffixes:  # "जी" ends a name, or is an initial inside one ("एन जी खेतान")
            return i > start and i + 1 < len(keys) and self._name_word(keys, i + 1, start, taken)
        if i == start and self._topic_listed(keys, i):
            return False  # "दोनों नेता फार्मा, कृषि और ... पर": a topic after "नेता", not a name
        if key.endswith(PLURAL_OBLIQUE) and i == start:
            # "जनशिकायतों": 2 of IL-NER train's 12,000 such words are in names; after a given name, a
            # surname that is no word of the lexicon may look like one ("राष्ट्रपति इमैनुएल मैक्रों से")
            return False
        singular = next((key[: -len(e)] for e in PLURAL_OBLIQUE if key.endswith(e)), None)
        if singular in self.lex.common:
            return False  # "गृह सचिव X प्रतिनिधिमंडलों का नेतृत्व": a plural of a word of the lexicon ends the name
        if _verb_form(key) and i == start and not self._name_follows(keys, i):
            return False  # "चुनने", "बनीं": 1 of 8,000 such words is in a name; "राष्ट्रपति बोला अहमद टीनूबू" is one
        if i == start + 1 and key in self.lex.common and self._names_then_case(keys, i + 1, taken):
            return True  # "मुख्यमंत्री मोहन चरण माझी से": a middle name that is also a word, before the surname
        if key in self.lex.honorifics and i > start and (i + 1 == len(keys) or keys[i + 1] in POSTPOSITIONS):
            return True  # "उपमुख्यमंत्री दीया कुमारी से": after a given name, before a case marker, a surname
        # after a name word, one no lexicon holds may look like a verb: "अरुणि विजेवर्धने से"
        return key not in self.lex.common and key not in self.lex.titles and key not in self.lex.honorifics

    def _places_of_countries(self, keys: list[str], spans: list) -> list[tuple[int, int, str, str | None]]:
        """ "मोरक्को के बेरेशिद में": a word no list holds, between a country's genitive and "में", is a place there (not
        a word of the lexicon, a title or a topic: "अमेरिका के टैरिफ में"); so are up to three such words after a
        country's "के शहर" or "की राजधानी", before a case marker, punctuation or a joiner ("स्पेन के शहर सेविया और
        मेक्सिको के शहर ग्वाडलहारा ने", "मॉरिटानिया की राजधानी नुआकशॉट पहुंचे"), and before "स्थित"."""
        countries = {b: value for a, b, label, value in spans if label == "COUNTRY"}
        taken = {i for a, b, *_ in spans for i in range(a, b)}
        places = [
            (i, i + 1, "LOCATION", countries[i - 1])
            for i in range(2, len(keys) - 1)
            if i - 1 in countries
            and keys[i - 1] == OF_PLACE
            and keys[i + 1] == IN
            and keys[i] != AS_FORM
            and i not in taken
            and self._unknown_word(keys[i])
        ]
        for b, value in countries.items():
            if keys[b + 1 : b + 2] == [] or TOWN_NOUNS.get(keys[b + 1]) != keys[b]:
                continue
            stop = self._town_name_end(keys, b + 2, taken)
            if stop > b + 2 and (_city_follows(keys, stop) or keys[stop] in LIST_JOINERS):
                places.append((b + 2, stop, "LOCATION", value))
        # "सीमावर्ती शहर माचाला में": a town told after its noun, of no country named (the text's, see frames)
        for i in range(1, len(keys) - 1):
            country_before = keys[i - 1] == OF_PLACE and i - 1 in countries
            if keys[i] in CITY_NOUNS and not country_before and i not in taken:
                stop = self._town_name_end(keys, i + 1, taken)
                # not "शहर पहुंचीं,", nor a plural noun ("हर गांव शहर मोहल्लों में")
                plural = keys[stop - 1].endswith(PLURAL_OBLIQUE)
                if stop > i + 1 and stop < len(keys) and keys[stop] in POSTPOSITIONS and not plural:
                    places.append((i + 1, stop, "LOCATION", None))
        return places + self._places_standing_in(keys, countries, taken)

    def _town_name_end(self, keys: list[str], start: int, taken: set[int]) -> int:
        """Where the words no list holds that name a town after its noun ("शहर") end: up to three."""
        stop = start
        while (
            stop < len(keys) and stop - start < MAX_TOWN_NAME and stop not in taken and self._unknown_word(keys[stop])
        ):
            stop += 1
        return stop

    def _places_standing_in(self, keys: list[str], countries: dict, taken: set[int]) -> list:
        """ "दक्षिणी लेबनान के इबिल अल-साकी स्थित भारतीय बटालियन के मुख्यालय में": up to three words no list holds
        (hyphens and name particles between them), between a country's genitive and "स्थित", are a place there, where
        something stands; so are those before a town's noun ("दक्षिण कोरिया के एंडोंग शहर पहुंचीं")."""
        places = []
        for b, value in countries.items():
            if keys[b : b + 1] != [OF_PLACE]:
                continue
            stop, words = b + 1, 0
            while stop < len(keys) and stop not in taken and words < MAX_TOWN_NAME:
                if keys[stop] in HYPHENS and stop > b + 1:
                    stop += 1
                elif self._unknown_word(keys[stop]) or (keys[stop] in NAME_PARTICLES and stop > b + 1):
                    stop, words = stop + 1, words + 1  # "इबिल अल-साकी": a particle inside the name
                else:
                    break
            if words and keys[stop - 1] not in HYPHENS and stop < len(keys) and keys[stop] in CITY_NOUNS | {SITUATED}:
                places.append((b + 1, stop, "LOCATION", value))
        return places + self._places_before_situated(keys, taken)

    def _places_before_situated(self, keys: list[str], taken: set[int]) -> list:
        """ "... से तेजगांव स्थित उनके कार्यालय में": one or two words no list holds, right after a case marker (not a
        genitive: "के बीच स्थित", "से दूर स्थित" tell where, not which place) or punctuation and before "स्थित", name where
        something stands; so do those between a possessive and an office before its case marker ("उनके व्हाइटहॉल
        कार्यालय में", not "अपने मूल निवास स्थान से"). Their country is the text's: the frames stage reads it."""
        places = []
        for at in (i for i, k in enumerate(keys) if k == SITUATED):
            start = self._unknown_run_before(keys, at, taken)
            opened = start == 0 or (keys[start - 1] in POSTPOSITIONS and keys[start - 1] not in GENITIVE)
            if start < at and (opened or _punctuation(keys[start - 1])):
                places.append((start, at, "LOCATION", None))
        for at in (i for i, k in enumerate(keys) if k in OFFICE_BUILDINGS):
            start = self._unknown_run_before(keys, at, taken)
            marked = keys[at + 1 : at + 2] != [] and keys[at + 1] in POSTPOSITIONS
            if 0 < start < at and keys[start - 1] in POSSESSIVES and marked:
                places.append((start, at, "LOCATION", None))
        return places

    def _unknown_run_before(self, keys: list[str], at: int, taken: set[int]) -> int:
        """Where a run of up to ``MAX_SITUATED_NAME`` words of four letters or more that no list holds, ending before
        ``at``, starts (``at`` where there is none)."""
        start = at
        while (
            start > 0
            and at - start < MAX_SITUATED_NAME
            and start - 1 not in taken
            and keys[start - 1] not in self.lex.common
            and self._unknown_word(keys[start - 1], shortest=4)
        ):
            start -= 1
        return start

    def _named_before_office(self, keys: list[str], spans: list) -> list[tuple[int, int, str, str | None]]:
        """A name no title opens, told before its office: in brackets ("होआंग ज़ुआन चिएन (वियतनाम के उप रक्षा
        मंत्री)") or in a relative clause after the case marker that ends the name ("एल्सा गालार्डो से मुलाकात की, जो
        पेरू की विदेश मंत्री हैं"): two or more words no list holds."""
        taken = {i for a, b, *_ in spans for i in range(a, b)}
        out = []
        for k in range(1, len(keys) - 1):
            if keys[k] == "(" and office_after(keys, spans, k + 1, (")",)) is not None:
                end = k
            elif keys[k] == "," and keys[k + 1] == WHO and office_after(keys, spans, k + 2, COPULAS) is not None:
                end = next((j for j in range(k - 1, 0, -1) if keys[j] in PERSON_CASES), 0)
            else:
                continue
            start = end
            while (
                start > 0
                and end - start < MAX_NAME
                and start - 1 not in taken
                and self._name_or_hyphen(keys[start - 1])
            ):
                start -= 1
            start += keys[start : start + 1] == ["-"]
            if end - start >= 2:
                out.append((start, end, "PERSON", None))
        return out

    def _name_or_hyphen(self, key: str) -> bool:
        """A word of a name told before its office: a hyphen ("योंग-चोल"), or a word of no list, however short ("ली")."""
        return key == "-" or self._unknown_word(key, shortest=2)

    def _unknown_word(self, key: str, shortest: int = 3) -> bool:
        """A word of no list: no common word, title, honorific or topic, and no Latin or digits."""
        lex = self.lex
        return (
            len(key) >= shortest
            and key[:1].isalpha()
            and not key.isascii()
            and not any(c.isdigit() for c in key)
            and loose_key(key) not in lex.common
            and key not in lex.titles
            and key not in lex.honorifics
            and lex.topics.get(stem(key)) is None
        )

    def _topic_listed(self, keys: list[str], i: int) -> bool:
        """A one-word topic cue listed or cased ("फार्मा, कृषि", "ऊर्जा और", "रक्षा में")."""
        nxt = keys[i + 1] if i + 1 < len(keys) else ""
        listed = nxt == "," or nxt in self.lex.joiners or nxt in POSTPOSITIONS
        return listed and self.lex.topics.get(stem(keys[i]), "none") != "none"

    # -- dates, model, sectors --------------------------------------------------------------

    def _sectors(self, keys: list[str]) -> list[tuple[int, int, str, str | None]]:
        """Topic cues; not one that ranks a meeting ("तकनीकी स्तर की बैठक" is about no technology), nor one
        inside a longer phrase about none ("रेल यात्रा के बाद": how someone travelled), nor a head word after
        another topic's cue ("दवा उद्योग" is pharma, "कृषि अनुसंधान" agriculture)."""
        stems = [stem(k) for k in keys]
        found = [(self.vocab.strings[m], a, b) for m, a, b in self.sectors(self._doc(stems))]
        spans = [span for span in longest_first(found) if span[0] != NO_TOPIC]
        ends = {b for _code, _a, b in spans}
        return [
            (a, b, "SECTOR", topic)
            for code, a, b in spans
            if not ranks(keys, b)
            and not (a in ends and " ".join(stems[a:b]) in self.lex.topic_heads)
            and not _sum_of_money(keys, a, b)
            and not _having_done(keys, a)
            for topic in code.split(BOTH_TOPICS)  # "हरित वित्त": climate and finance, one phrase of two topics
        ]


def _adjectives_before_cues(spans: list, keys: list[str]) -> list:
    """ "बौद्ध पर्यटन और राजनयिक प्रशिक्षण पर": a role noun that is also an adjective, right before a topic cue, describes
    the matter ("diplomatic training"), no one holding a role (nor are the cues before it a portfolio)."""
    cues = {a for a, _b, label, _ in spans if label == "SECTOR"}
    return [
        span for span in spans if not (span[2] == "TITLE" and keys[span[1] - 1] in ADJECTIVAL_HEADS and span[1] in cues)
    ]


def _acting_at(keys: list[str], i: int) -> bool:
    """The case marker of a person acting or met stands at ``i`` ("X ने", "X से", "X को"), or the word of one taking
    part or present ("X भी शामिल हैं", "X मौजूद थे")."""
    at = i + (keys[i : i + 1] == [TOO])
    return (i < len(keys) and keys[i] in PERSON_CASES) or (at < len(keys) and keys[at] in TAKING_PART)


def _having_done(keys: list[str], a: int) -> bool:
    """ "वार्ता कर संबंधों को ... दर्जा दिया": "कर" after an event noun is "having held" it, no tax ("कर संबंधी")."""
    return keys[a] == HAVING_DONE and a > 0 and keys[a - 1] in DONE_NOUNS


def _sum_of_money(keys: list[str], a: int, b: int) -> bool:
    """A currency after an amount, perhaps of a country ("50 करोड़ रुपये", "4.2 करोड़ नेपाली रुपये"): what something
    cost, no talk of finance."""
    before = [k for k in keys[max(0, a - 2) : a] if k not in POSTPOSITIONS and not _punctuation(k)]
    return b - a == 1 and keys[a] in CURRENCIES and any(k in AMOUNTS or k[:1].isdigit() for k in before)


def _listed_topic(span: tuple, cues: list[tuple[int, int]], keys: list[str]) -> bool:
    """A topic word listed among others is no body ("कृषि, जल संसाधन, आईटी और रक्षा में सहयोग": IL-NER train and dev tag
    "आईटी" O 9 times of 9), though one alone may be ("इसरो ने"); a topic cue is never a person ("अल-शबाब के खिलाफ")."""
    if span[2] == "PERSON" and span[:2] in cues:
        return True
    if span[2] != "ORG" or span[:2] not in cues:
        return False
    a, b = span[:2]
    before = a >= 2 and keys[a - 1] in LIST_JOINERS and any(end == a - 1 for _start, end in cues)
    after = b + 1 < len(keys) and keys[b] in LIST_JOINERS and any(start == b + 1 for start, _end in cues)
    return before or after


def _meeting_noun(span: tuple, keys: list[str]) -> bool:
    """ "... से मुलाकात की": the model may take the noun of a meeting alone for a place; it names none."""
    a, b, *_ = span
    return b == a + 1 and keys[a] in MEETING_NOUNS


def _couple(span: tuple, keys: list[str]) -> bool:
    """ "शाही दंपती की अगवानी की": the model may take a couple told of for a person; it names no one."""
    return keys[span[1] - 1] in COUPLE


def _described_country(span: tuple, spans: list, keys: list[str]) -> bool:
    """A model organisation that is a country in apposition to a described noun ("कैरेबियाई द्वीपीय देश सेंट
    लूसिया", "पड़ोसी देश नेपाल"): the country alone is named."""
    a, b, label, _ = span
    return label == "ORG" and any(
        kind == "COUNTRY" and end == b and a < start and keys[start - 1] in NATION_NOUNS
        for start, end, kind, _ in spans
    )


def _names_a_machine(span: tuple, keys: list[str]) -> bool:
    """A person the model reads right before a craft or a weapon ("राफेल मरीन विमानों की आपूर्ति", "ब्रह्मोस
    मिसाइल"): the machine's name, not someone's."""
    _a, b, label, _ = span
    return label == "PERSON" and keys[b : b + 1] != [] and keys[b] in MACHINES


def _titled(span: tuple, keys: list[str]) -> bool:
    """A person the model reads inside the quoted name of an honour, after its first words ("सर्वोच्च सम्मान 'द ऑर्डर
    ऑफ मुबारक अल कबीर' से"), or as the whole quoted name of an exercise or operation ("संयुक्त सैन्य अभ्यास 'अल नजाह'
    का"): part of that name, not someone taking part."""
    a, b, label, _ = span
    if label != "PERSON":
        return False
    opened = [i for i in range(a) if keys[i] in QUOTES]
    if not opened or len(opened) % 2 == 0 or opened[-1] == 0 or not any(k in QUOTES for k in keys[b:]):
        return False
    named = keys[opened[-1] - 1]
    return (named in HONOURS and opened[-1] < a - 1) or (named in OPERATIONS and opened[-1] == a - 1)


def _syllable(keys: list[str], i: int) -> bool:
    """A short word after a hyphen inside a name, before a case marker or the end ("ली दू-ही से", "जे-म्युंग", "चोए
    सोन-हुई के साथ"): a syllable of the name, though it is spelled like a particle or a verb ("ही", "हुई")."""
    after = keys[i + 1] if i + 1 < len(keys) else None
    return (
        len(keys[i]) <= MAX_SYLLABLE
        and keys[i][:1].isalpha()
        and (after is None or after in POSTPOSITIONS or _punctuation(after))
    )


def _portfolio_end(keys: list[str], end: int) -> int:
    """A title's end, over a portfolio in brackets before a name ("संयुक्त सचिव (आतंकवाद-रोधी) के डी देवल ने",
    as "सचिव (पूर्वी)" is written): a bracket of a few words, regions perhaps joined ("(पूर्वी और दक्षिणी अफ्रीका)")
    but with no case marker in it, followed by a word."""
    close = next((j for j in range(end + 1, min(end + MAX_PORTFOLIO + 2, len(keys))) if keys[j] == ")"), None)
    if keys[end : end + 1] != ["("] or close is None or close == end + 1 or close + 1 >= len(keys):
        return end
    inside, after = keys[end + 1 : close], keys[close + 1]
    if any(
        (k in POSTPOSITIONS and k not in PORTFOLIO_JOINERS) or (_punctuation(k) and k not in HYPHENS) for k in inside
    ):
        return end
    if _punctuation(after) or _verb_form(after) or (after in POSTPOSITIONS and not _initials(keys, close + 1)):
        return end  # "के डी देवल" opens with initials; "सचिव (भारत सरकार) बनने से पहले" names no one
    return close + 1


def _venue_of(keys: list[str], end: int) -> int:
    """Where a venue's name goes on after its head: "हॉल ऑफ द पीपल", "पैलेस ऑफ नेशंस"."""
    if keys[end : end + 1] != [OF]:
        return end
    j = end + 1 + (keys[end + 1 : end + 2] == [THE])
    k = j
    while k < len(keys) and k - j < MAX_VENUE_NAME and keys[k][:1].isalpha() and keys[k] not in POSTPOSITIONS:
        k += 1
    return k if k > j else end


def _verb_form(key: str) -> bool:
    return len(key) > 3 and key.endswith(VERB_ENDINGS)


def _latin_acronym(key: str) -> bool:
    return key.isascii() and key.isalpha() and key.isupper() and 2 <= len(key) <= 10 and not ROMAN.fullmatch(key)


def _place_follows(keys: list[str], end: int) -> bool:
    """A case marker, punctuation, "जाकर" ("मज़ारग युद्ध कब्रिस्तान जाकर") or "स्थित" ("गोरी द्वीप स्थित ... स्मारक"),
    as after a place."""
    return end == len(keys) or keys[end] in POSTPOSITIONS or keys[end] in (GONE_TO, SITUATED) or _punctuation(keys[end])


def _city_follows(keys: list[str], end: int) -> bool:
    """As after a place, or an arrival or a port ("लिमासोल पहुंचे", "मोम्बासा बंदरगाह पहुंचा"), or "शहर" told after
    its name ("वोनसान शहर में"; IL-NER train tags the name alone, "शहर" O 5 times of 5 after a place)."""
    if end < len(keys) and keys[end] in CITY_NOUNS and _place_follows(keys, end + 1):
        return True
    return _place_follows(keys, end) or keys[end] in ARRIVING or keys[end] in PORTS


def _model_spans(predicted, spans: list, tokens: list) -> list[tuple[int, int, str, str | None]]:
    """Model entities that no rule entity contradicts; an organisation or an artefact may contain a
    place or a title ("भारत सरकार", "दिल्ली विश्वविद्यालय", "प्रधानमंत्री कार्यालय", "भारतीय संविधान",
    "बर्लिन दीवार") or be named for a person ("श्री सत्य साई संजीवनी अस्पताल", "प्रोफेसर अलघ कमेटी"),
    and rule organisations give way to the model's (see _settle_orgs)."""
    taken = {i for a, b, label, _ in spans if label in CORE - {"ORG"} or label == "TITLE" for i in range(a, b)}
    inner = [(a, b, label) for a, b, label, _ in spans if label in ("COUNTRY", "LOCATION", "TITLE", "PERSON")]
    # "क्लाइमेट वीज़ा पर बात करने ...": words that are all sector cues name a matter, no one
    cues = {i for a, b, label, _ in spans if label == "SECTOR" for i in range(a, b)}
    out = []
    for start, end, tag in predicted:
        label = MODEL_LABELS.get(tag)
        if label == "PERSON" and end - start > 1 and cues.issuperset(range(start, end)):
            continue
        nested = [
            (a, b)
            for a, b, kind in inner
            if start <= a and b <= end and (a, b) != (start, end) and (kind != "PERSON" or b < end)
        ]
        overlap = taken.intersection(range(start, end))
        holds = label in ("ORG", "ARTEFACT") and overlap <= {i for a, b in nested for i in range(a, b)}
        if label and (not overlap or holds):
            value = None
            if label == "DATE":
                found = dates.find_dates(" ".join(t.text for t in tokens[start:end]), None)
                value = found[0].value if found else None
            out.append((start, end, label, value))
    return out


def _before_title(predicted, spans: list, keys: list[str]) -> list[tuple[int, int, str]]:
    """A model organisation that ends in a title ("संयुक्त राष्ट्र महासचिव", "विदेश मंत्रालय के
    प्रवक्ता") is the body before it; the title is the office of the person named next."""
    ends = {b: a for a, b, label, _ in spans if label == "TITLE"}
    out = []
    for start, end, tag in predicted:
        if tag == "NEO" and start < ends.get(end, start):
            end = ends[end]
            while end > start and keys[end - 1] in GENITIVE:
                end -= 1
        if start < end:
            out.append((start, end, tag))
    return out


def _after_title(predicted, spans: list, keys: list[str], people: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """A model organisation that opens with a title right before a body the gazetteer holds ("इसके बाद
    प्रधानमंत्री शंघाई सहयोग संगठन के शिखर सम्मेलन में") is that body; the title, told alone, is its holder's. One
    that is a well-known person's name (``people``, token spans of ``people.tsv``), after a title perhaps and with its
    Latin spelling in brackets perhaps, is that person."""
    titles = {a: b for a, b, label, _ in spans if label == "TITLE"}
    bodies = {a for a, b, label, value in spans if label == "ORG" and value}
    out = []
    for start, end, tag in predicted:
        if tag == "NEO" and titles.get(start, end) < end and titles[start] in bodies:
            start = titles[start]
        name_at = titles.get(start, start)
        if tag == "NEO" and any(a == name_at and (b == end or keys[b] == "(") for a, b in people):
            continue  # "(केंद्रीय वाणिज्य मंत्री) पीयूष गोयल (Piyush Goyal)": a well-known name, titled perhaps, no body
        out.append((start, end, tag))
    return out


def _names_to_the_verb(spans: list, predicted, keys: list[str]) -> list:
    """A name read after a title up to the sentence's last word has run over the verb (Hindi ends its
    clauses with one: "राष्ट्रपति डोनाल्ड ट्रंप एंकोरेज पहुंचे।"): where the model reads a shorter name from
    the same word, that is the name."""
    last = len(keys) - 1 if keys and _punctuation(keys[-1]) else len(keys)
    out = []
    for a, b, label, value in spans:
        if label == "PERSON" and b == last:
            b = min((end for start, end, tag in predicted if tag == "NEP" and start == a and end < b), default=b)
        out.append((a, b, label, value))
    return out


def _widen(spans: list, predicted, keys: list[str], common: set[str]) -> list:
    """A rule place or date that the model reads as part of a longer one of the same kind
    ("दक्षिण भारत", "मुंबई बंदरगाह", "जुलाई 8 2005") takes the model's extent and keeps its own
    label and normalised value; a model span over two rule entities ("भारत और चीन") widens neither,
    nor one that would take in a word no lexicon holds ("मार्कोस बेंगलुरु में": a name, then the city)."""
    out = list(spans)
    for start, end, tag in predicted:
        inside = [i for i, span in enumerate(out) if span[0] < end and start < span[1] and span[2] in CORE]
        if len(inside) != 1:
            continue
        a, b, label, value = out[inside[0]]
        added = keys[start:a] + keys[b:end]
        known = all(k in common or not k[:1].isalpha() for k in added)
        if label in WIDENS.get(tag, ()) and start <= a and b <= end and (a, b) != (start, end) and known:
            out[inside[0]] = (start, end, label, value)
    return out


def _republics(spans: list, predicted, keys: list[str], demonyms: set[int]) -> list:
    """ "फिलीपींस गणराज्य के राष्ट्रपति": a country named as a republic is that country (IL-NER tags such names as
    places, 3 times of 4 in train and dev), not a body the model reads; so is a demonym's ("किर्गिज़ गणराज्य के
    मंत्रिमंडल के उपाध्यक्ष"), whatever the model reads (``demonyms``: where country spans found by one open)."""
    out = list(spans)
    taken = {i for a, b, *_ in spans for i in range(a, b)}
    ends = {(start, end - 1) for start, end, _tag in predicted if end - start >= 2 and keys[end - 1] in REPUBLIC}
    for at, (a, b, label, value) in enumerate(out):
        named = b < len(keys) and keys[b] in REPUBLIC and b not in taken
        if label == "COUNTRY" and named and ((a, b) in ends or a in demonyms):
            out[at] = (a, b + 1, "COUNTRY", value)
    return out


LEADING = keyset("नेतृत्व", "अगुवाई", "अध्यक्षता")  # "X का नेतृत्व Y ने किया", "बैठक की सह-अध्यक्षता Y ने": who leads
DELEGATION_NOUNS = keyset("प्रतिनिधिमंडल", "शिष्टमंडल")  # "प्रतिनिधिमंडल [X संस्थान] के निमंत्रण पर": not a name


def _trim(predicted, keys: list[str], honorifics: set[str], suffixes: set[str]) -> list[tuple[int, int, str]]:
    """Model spans without punctuation or "नेतृत्व" at their edges ("( पश्चिमी जर्मनी"; a closing bracket whose
    opening one is inside stays), organisations without a meeting or delegation noun opening them ("बैठक विदेश मंत्रालय
    में", "प्रतिनिधिमंडल संसदीय लोकतंत्र ... संस्थान के निमंत्रण पर"), and person spans without a leading "मा. श्रीमती"
    or time of day ("गुरुवार सुबह जयशंकर ने") or a trailing "जी" or time of day ("मुर्मू शाम को"); a span of
    honorifics or punctuation alone is dropped, and a person of name particles alone ("अल")."""
    out = []
    for start, end, tag in predicted:
        if start == 0 and end > 2 and keys[0].isdigit() and keys[1] == ".":
            start = 2  # "2. 5 अगस्त को ...": a numbered paragraph's number is no part of what opens it
        if tag == "NEP":
            start = _past_split_honorific(keys, start, end, honorifics)
        if SITUATED in keys[start : end - 1]:  # "सिंहदरबार स्थित विदेश मंत्रालय": the body, not where it stands
            start = max(i for i in range(start, end - 1) if keys[i] == SITUATED) + 1
        while start < end and (
            _punctuation(keys[start])
            or (tag == "NEP" and (keys[start] in honorifics or keys[start] in TIMES_OF_DAY))
            or keys[start] in LEADING  # "एस्टोनियाई पक्ष का नेतृत्व विदेश मंत्रालय के महासचिव ..."
            or (tag == "NEO" and keys[start] in MEETING_NOUNS | DELEGATION_NOUNS)  # "बैठक विदेश मंत्रालय में हुई"
        ):
            start += 1
        while end > start and _punctuation(keys[end - 1]) and not (keys[end - 1] == ")" and "(" in keys[start:end]):
            end -= 1
        while tag == "NEP" and end > start and (keys[end - 1] in suffixes or keys[end - 1] in TIMES_OF_DAY):
            end -= 1  # "मोदी जी", "मुर्मू शाम को": an honorific or a time of day after the name
        if start < end and not (tag == "NEP" and all(k in NAME_PARTICLES for k in keys[start:end])):
            out.append((start, end, tag))
    return out


def _past_split_honorific(keys: list[str], start: int, end: int, honorifics: set[str]) -> int:
    """ "एयर चीफ मार्शल [मार्शल ए पी सिंह]": a rank of several words that the model's person span begins inside of
    is no part of the name."""
    for size in (3, 2):
        for offset in range(1, size):
            first = start - offset
            if first >= 0 and start - offset + size < end and " ".join(keys[first : first + size]) in honorifics:
                return first + size
    return start


def _known_before_a_place(known: list, spans: list, keys: list[str]) -> list:
    """ "प्रधानमंत्री नरेंद्र मोदी नोई बाई अंतरराष्ट्रीय हवाई अड्डे पर पहुंचे", "प्रधानमंत्री मोदी नैसरेक एक्सपो सेंटर
    पहुंचे": a well-known person's full name (``people.tsv``; ``known``, the token spans of its names) ends where the
    name of an airport or a venue begins, which the rules read on as more of the person's name."""
    ends: dict[int, int] = {}
    for a, b in known:
        ends[a] = max(b, ends.get(a, b))
    out = []
    for a, b, label, value in spans:
        after = b + (keys[b] in INTERNATIONAL if b < len(keys) else 0)
        if label == "PERSON" and ends.get(a, b) < b and keys[after : after + 1] and keys[after] in PLACE_HEADS:
            b = ends[a]
        out.append((a, b, label, value))
    return out


def _english_prose(tokens: list) -> set[int]:
    """Tokens of English prose quoted in the text ("एक्स पर लिखा, 'Good discussion with Minister Margherita on ...'"):
    runs of at least MIN_ENGLISH_WORDS words in Latin letters (a name written in Latin letters inside a Hindi sentence
    is shorter)."""
    prose: set[int] = set()
    run: list[int] = []
    for i, token in enumerate([*tokens, None]):
        if token is not None and (_latin_word(token.text) or (run and _punctuation(token.text))):
            run.append(i)
            continue
        if sum(_latin_word(tokens[j].text) for j in run) >= MIN_ENGLISH_WORDS:
            prose.update(run)
        run = []
    return prose


def _not_named_in(english: set[int], spans: list) -> list:
    """Spans but people and titles inside quoted English prose (see _english_prose): the Hindi around a quote names
    them in Devanagari, and a Latin spelling would count them twice; its countries and topics are kept."""
    return [s for s in spans if s[2] not in ("PERSON", "TITLE") or english.isdisjoint(range(s[0], s[1]))]


def _clock_before(keys: list[str], at: int) -> bool:
    """ "11:45 PM IST", "5 PM", "12:15 PM": an hour before a Latin title ("PM") makes it the afternoon, no prime minister."""
    return at > 0 and HOUR.fullmatch(keys[at - 1]) is not None and keys[at].isascii()


def _mostly_english(keys: list[str]) -> bool:
    """A sentence in English, Latin words twice its Devanagari ones (not Hinglish copy: "Finance Minister Nirmala
    Sitharaman ने Monday को Sri Lanka के President ... से यहां meeting की")."""
    latin = sum(_latin_word(k) for k in keys)
    return latin > 2 * sum(k[:1].isalpha() and not k.isascii() for k in keys)


def _latin_word(text: str) -> bool:
    return text.isascii() and any(c.isalpha() for c in text)


def _punctuation(key: str) -> bool:
    return not any(c.isalnum() for c in key)


def _settle_orgs(spans: list, model_spans: list, keys: list[str]) -> tuple[list, list]:
    """A rule organisation gives way to a model entity that reaches outside it ("रिजर्व बैंक" over
    "बैंक"), keeping its value where the model only adds its acronym in brackets ("शंघाई सहयोग संगठन
    (एससीओ)": SCO); one that holds the model's pieces ("... विभाग (DPIIT)") keeps them together. A title or
    a person inside a model organisation is part of its name ("प्रधानमंत्री कार्यालय"), not an office
    or an actor."""
    rule_orgs = [s for s in spans if s[2] == "ORG"]
    inside = {m for m in model_spans for r in rule_orgs if r[0] <= m[0] and m[1] <= r[1]}
    valued = {r[0]: r[3] for r in rule_orgs if keys[r[1] : r[1] + 1] == ["("]}  # a name its acronym follows
    outside = [
        (a, b, label, valued.get(a) if label == "ORG" and value is None and keys[b - 1] == ")" else value)
        for a, b, label, value in model_spans
        if (a, b, label, value) not in inside
    ]
    cells = {i for a, b, *_ in outside for i in range(a, b)}
    org_cells = {i for a, b, label, _ in outside if label == "ORG" for i in range(a, b)}
    kept = [
        s
        for s in spans
        if not (s[2] == "ORG" and cells.intersection(range(s[0], s[1])))
        and not (s[2] in ("TITLE", "PERSON") and org_cells.issuperset(range(s[0], s[1])))
    ]
    return kept, outside


def _acronyms(spans: list, model_spans: list, keys: list[str], raw: str, tokens: list) -> tuple[list, list]:
    """An organisation and its acronym in brackets ("विश्व स्वास्थ्य संगठन ( डब्लूएचओ )") are two
    mentions, each an ORG, as IL-NER's annotators mostly tag them (64 of 113 in train, 15 of 19 in
    dev); the acronym's value is the name it stands for, so analysts can merge the two. A place in
    brackets after a name is the place."""
    places = {i for a, b, label, _ in spans if label in ("COUNTRY", "LOCATION") for i in range(a, b)}
    split = [[], []]
    for out, found in zip(split, (spans, model_spans), strict=True):
        for a, b, label, value in found:
            k = keys.index("(", a + 1, b) if label == "ORG" and "(" in keys[a + 1 : b] else None
            if k is None or keys[b - 1] != ")" or not 3 <= b - k <= MAX_ACRONYM + 2:
                out.append((a, b, label, value))
            elif places.issuperset(range(k + 1, b - 1)):  # "भारतीय विज्ञान संस्थान (बेंगलूरु)": the place stays one
                out.append((a, k, label, value))
            else:
                out += [(a, k, label, value), (k + 1, b - 1, label, value)]
    names = {b: a for a, b, label, _ in split[0] + split[1] if label == "ORG"}
    used = {i for a, b, *_ in split[0] + split[1] for i in range(a, b)}
    split[0] += [  # "सीमा सुरक्षा बल (बीएसएफ)": one word in brackets after a rule organisation is its acronym
        (b + 1, b + 2, "ORG", None)
        for b in names
        if keys[b : b + 1] == ["("] and keys[b + 2 : b + 3] == [")"] and b + 1 not in used and keys[b + 1][:1].isalpha()
    ]
    for out in split:
        for i, (a, b, label, _) in enumerate(out):
            name = (
                names.get(a - 1) if label == "ORG" and keys[a - 1 : a] == ["("] and keys[b : b + 1] == [")"] else None
            )
            if name is not None and b - a < a - 1 - name:  # the shorter one is the acronym
                out[i] = (a, b, label, raw[tokens[name].start : tokens[a - 2].end])
    return split[0], split[1]


def _acronym_told_after(spans: list, keys: list[str], rules: list = ()) -> list:
    """ "फ्रांस की अंतरिक्ष एजेंसी सीएनईएस के अध्यक्ष": a body's name of words goes on over its acronym told right after it
    with no brackets, a word of letters' names no other span (of ``spans`` or ``rules``) holds (not after an acronym:
    "आइएमए एचक्यू" is the body's headquarters)."""
    taken = {i for a, b, *_ in [*spans, *rules] for i in range(a, b)}
    return [
        (a, b + 1, label, value)
        if label == "ORG" and b - a > 1 and b < len(keys) and b not in taken and _spelled_letters(keys[b])
        else (a, b, label, value)
        for a, b, label, value in spans
    ]


def _spelled_letters(key: str, found: int = 0) -> bool:
    """Whether a word is two or more Latin letters' Hindi names written together ("सीएनईएस", "डीआरडीओ")."""
    if not key:
        return found >= MIN_ACRONYM_LETTERS
    return any(key.startswith(name) and _spelled_letters(key[len(name) :], found + 1) for name in LETTER_NAMES)


def _initial_after_title(spans: list, keys: list[str], rules: list = ()) -> list:
    """ "नागर विमानन मंत्री के राममोहन नायडू ने": a letter's name between a title (in ``spans`` or ``rules``) and a full
    name ending at a case marker is the name's initial, not a genitive."""
    titled = {b for a, b, label, _ in [*spans, *rules] if label == "TITLE"}
    return [
        (a - 1, b, label, value)
        if label == "PERSON"
        and b - a > 1
        and a - 1 in titled
        and keys[a - 1] in INITIALS
        and keys[b : b + 1]
        and keys[b] in NAME_ENDINGS
        else (a, b, label, value)
        for a, b, label, value in spans
    ]


def _joined_by_particle(spans: list, model_spans: list, keys: list[str]) -> tuple[list, list]:
    """ "किंग हमद [बिन ईसा अल खलीफा]": a model person opening with a name particle right after a rule person is the
    rest of that name (the rules stop at a word such as "ईसा" that is also a common word)."""
    for tail in [m for m in model_spans if m[2] == "PERSON" and keys[m[0]] in NAME_PARTICLES]:
        head = next((s for s in spans if s[2] == "PERSON" and s[1] == tail[0]), None)
        if head is not None:
            spans = [(head[0], tail[1], "PERSON", head[3]) if s is head else s for s in spans]
            model_spans = [m for m in model_spans if m is not tail]
    return spans, model_spans


def _hyphen_joined(spans: list, tokens: list, label: str) -> list:
    """ "सेंट-लुई", "मंत्री-प्रतिनिधि": two spans of ``label`` a hyphen joins, with no space on either side, are one
    (a pair of countries, "भारत-फिजी", stays two: they are COUNTRY spans, and no model place overlaps them)."""
    starts = {span[0]: span for span in spans if span[2] == label}
    out, joined = [], set()
    for span in spans:
        if span[0] in joined and span[2] == label:
            continue
        nxt = starts.get(span[1] + 1) if span[2] == label and span[1] < len(tokens) else None
        hyphen = tokens[span[1]] if nxt else None
        if (
            nxt
            and hyphen.text in HYPHENS
            and tokens[span[1] - 1].end == hyphen.start
            and hyphen.end == tokens[nxt[0]].start
        ):
            out.append((span[0], nxt[1], label, span[3]))
            joined.add(nxt[0])
        else:
            out.append(span)
    return out


def _of_the_country_before(model_spans: list, spans: list, keys: list[str]) -> list:
    """ "इंडोनेशिया के पूर्वी कालीमंतान में": a model place no list holds, told after a country's genitive, is that
    country's."""
    return [
        (a, b, label, _country_before(spans, keys, a))
        if label == "LOCATION" and value is None
        else (a, b, label, value)
        for a, b, label, value in model_spans
    ]


def _initials(keys: list[str], i: int) -> bool:
    """A letter's name in a run of two or more ("के पी", "एन जी", "सी. पी."): initials, even where one is a word."""
    near = keys[max(0, i - 1) : i] + keys[i + 1 : i + 2]
    return keys[i].rstrip(".") in INITIALS and any(k.rstrip(".") in INITIALS for k in near)


def _acronyms_again(doc: Document) -> None:
    """An acronym the document spelled out ("सीमा सुरक्षा बल (बीएसएफ)") is that organisation wherever
    it appears again alone ("बीएसएफ के प्रतिनिधिमंडल"), as the surname of a named person is that person."""
    known = {
        loose_key(e.text): e.value
        for e in doc.entities
        if e.label == "ORG" and e.value and " " not in e.text and loose_key(e.text) != loose_key(e.value)
    }
    if not known:
        return
    for entity in doc.entities:
        if entity.label == "ORG" and entity.value is None:
            entity.value = known.get(loose_key(entity.text))  # the model's bare "बीएसएफ" names the same body
    found = []
    for sentence in doc.sentences:
        spans = [(e.start, e.end) for e in doc.entities_in(sentence)]
        for token in sentence.tokens:
            value = known.get(loose_key(token.text))
            if value and not any(a < token.end and token.start < b for a, b in spans):
                found.append(Entity("ORG", token.start, token.end, token.text, value, "coref", sentence.index))
    doc.entities.extend(found)
    doc.entities.sort(key=lambda e: (e.start, -e.end))


def _towns_again(doc: Document) -> None:
    """A town named after its country's "के शहर" or "की राजधानी" ("स्पेन के शहर सेविया") is that country's wherever the
    story names it again, as a place, before a case marker or punctuation ("सेविया के मेयर"), or in the dateline."""
    towns = {
        tuple(loose_key(w) for w in e.text.split()): e.value
        for e in doc.entities
        if e.label == "LOCATION" and e.value and _after_town_noun(doc, e)
    }
    if not towns:
        return
    for entity in doc.entities:
        if entity.label == "LOCATION" and entity.value is None:
            entity.value = towns.get(tuple(loose_key(w) for w in entity.text.split()))
    _places_named_again(doc, towns)


def _places_named_again(doc: Document, places: dict[tuple[str, ...], str]) -> None:
    """Each place (its words' loose keys, its country) named again where no entity was found, before a case marker or
    punctuation, is that place; the model's person of the same words is the place again ("रूपन्देही के प्रमुख जिला
    अधिकारी")."""
    found = []
    for sentence in doc.sentences:
        same = {(e.start, e.end): e for e in doc.entities_in(sentence) if e.label == "PERSON" and e.source == "model"}
        spans = [(e.start, e.end) for e in doc.entities_in(sentence) if (e.start, e.end) not in same]
        keys, loose = [t.norm for t in sentence.tokens], [loose_key(t.text) for t in sentence.tokens]
        for words, value in places.items():
            for i in range(len(loose) - len(words) + 1):
                a, b = sentence.tokens[i].start, sentence.tokens[i + len(words) - 1].end
                named = tuple(loose[i : i + len(words)]) == words and _place_follows(keys, i + len(words))
                if named and (a, b) in same:
                    same[a, b].label, same[a, b].value = "LOCATION", value
                elif named and not any(x < b and a < y for x, y in spans):
                    found.append(Entity("LOCATION", a, b, doc.raw[a:b], value, "coref", sentence.index))
    doc.entities.extend(found)
    doc.entities.sort(key=lambda e: (e.start, -e.end))


def _after_town_noun(doc: Document, entity: Entity) -> bool:
    """Whether the place follows a country's "के शहर" (see ``_places_of_countries``), or is a district or province
    of a country named before it ("नेपाल के रूपन्देही जिले")."""
    tokens = doc.sentences[entity.sentence].tokens
    at = next((i for i, t in enumerate(tokens) if t.start == entity.start), 0)
    end = next((i for i, t in enumerate(tokens) if t.end == entity.end), at) + 1
    district = end < len(tokens) and tokens[end].norm in PROVINCES
    return (at >= 2 and TOWN_NOUNS.get(tokens[at - 1].norm) == tokens[at - 2].norm) or district


def _country_before(taken: list, keys: list[str], start: int) -> str | None:
    """The country named right before ``start`` and its genitive ("नेपाल के ..."), if any."""
    if start < 2 or keys[start - 1] not in GENITIVE:
        return None
    return next((value for _a, b, label, value in taken if b == start - 1 and label == "COUNTRY"), None)


def _town_in(keys: list[str], at: int, blocked: set[int], common: set[str]) -> tuple[int, int] | None:
    """The words of a town named after a district's genitive at ``at``, up to "में" or "पर" ("जिले के भैरहवा में")."""
    if keys[at : at + 1] != [OF_PLACE]:
        return None
    end = at + 1
    while end < len(keys) and end - at <= MAX_TOWN_WORDS and keys[end][:1].isalpha() and keys[end] not in common:
        end += 1
    named = at + 1 < end and not blocked.intersection(range(at + 1, end))
    return (at + 1, end) if named and keys[end : end + 1] in ([IN], [ON]) else None


def _two_names_run_together(doc: Document, lex: Lexicon) -> None:
    """A name of words that end with a well-known person's name and open with the surname of another the document
    names in full ("अमेरिकी राजदूत गोर जयशंकर से मिलने पहुंचे": a headline's two names, no "और" between, where the
    story names "सर्जियो गोर") is two people."""
    full = [e.text.split() for e in doc.entities if e.label == "PERSON" and " " in e.text]
    split = []
    for entity in [e for e in doc.entities if e.label == "PERSON"]:
        words = entity.text.split(" ")
        at = [entity.start + m.start() for m in re.finditer(r"\S+", doc.raw[entity.start : entity.end])]
        for k in range(1, min(len(words), len(at))):
            head, tail = words[:k], words[k:]
            known = name_key(" ".join(tail)) in lex.people and name_key(" ".join(words)) not in lex.people
            if known and any(len(other) > k and other[-k:] == head for other in full if other != words):
                end = at[k - 1] + len(head[-1])
                first = Entity("PERSON", entity.start, end, " ".join(head), None, "coref", entity.sentence)
                second = Entity("PERSON", at[k], entity.end, " ".join(tail), None, "rule", entity.sentence)
                split.append((entity, first, second))
                break
    for entity, first, second in split:
        at = doc.entities.index(entity)
        doc.entities[at : at + 1] = [first, second]


def _surname_then_a_word(doc: Document) -> None:
    """A headline's name that opens with the surname of one the story names in full and goes on with words no name of
    the story holds ("पोलैंड के राष्ट्रपति नावरोत्स्की ट्रेन से कीव पहुंचे", where the story names "करोल नावरोत्स्की")
    is that surname alone: headlines drop given names, and the word after is what they did it by."""
    people = [e for e in doc.entities if e.label == "PERSON"]
    told = [e.text.split() for e in people if doc.sentences[e.sentence].kind != "headline"]
    surnames, words = {name[-1] for name in told if len(name) > 1}, {w for name in told for w in name}
    for entity in (e for e in people if doc.sentences[e.sentence].kind == "headline"):
        head, *rest = entity.text.split(" ")
        if rest and head in surnames and words.isdisjoint(rest):
            entity.end = entity.start + len(head)
            entity.text, entity.source = head, "coref"


def _surnames_not_places(doc: Document) -> None:
    """A place or a country named like the surname of a person the document names in full, and acting or met
    ("विदेश मंत्री विजिता हेरात ... । हेरात ने ...", "प्रधानमंत्री मार्क कार्नी ... । कार्नी के साथ बैठक में",
    "प्रधानमंत्री लुइस मोंटेनेग्रो ... । मोंटेनेग्रो ने"), is that person again, not the city of Herat or Kearney."""
    surnames = {loose_key(e.text.split()[-1]) for e in doc.entities if e.label == "PERSON" and " " in e.text}
    for sentence in doc.sentences:
        ends = {t.end: i for i, t in enumerate(sentence.tokens)}
        keys = [t.norm for t in sentence.tokens]
        for entity in doc.entities_in(sentence):
            i = ends.get(entity.end, len(sentence.tokens))
            acting = keys[i + 1 : i + 2] == [ERGATIVE] or keys[i + 1 : i + 3] == WITH_SOMEONE
            if entity.label in PLACE_LABELS and acting and loose_key(entity.text) in surnames:
                entity.label, entity.value, entity.source = "PERSON", None, "coref"


def _places_ending_names(doc: Document, lex: Lexicon) -> None:
    """A place right after a name of two words or more, before its case marker, is the name's last word where
    the document names a person by that word ("राष्ट्रपति सामिया सुलुहु हसन से ... । राष्ट्रपति हसन ने"), not the
    Indian city of Hassan; so is one right after a name before the agent's marker, which no city takes there
    ("उपराष्ट्रपति सल्वाडोर वाल्डेस मेसा ने", "प्रधानमंत्री फिलिप डेविस ने": not Mesa, Arizona, nor Davis), and a
    GeoNames town of a country the document names by nothing else ("ऑस्ट्रेलिया की खेल मंत्री एनिका वेल्स के साथ":
    not Wels, Austria)."""
    people = {loose_key(e.text) for e in doc.entities if e.label == "PERSON"}
    merged = []
    for sentence in doc.sentences:
        entities = doc.entities_in(sentence)
        for person, place in itertools.pairwise(entities):
            if person.label != "PERSON" or place.label != "LOCATION" or doc.raw[person.end : place.start].strip():
                continue
            after = _key_after(sentence, place.end)
            named = (" " in person.text or after == ERGATIVE) and (loose_key(place.text) in people or after == ERGATIVE)
            # "सह-अध्यक्षों रो खन्ना और रिच मैककॉर्मिक से": a titled given name, its surname a town, another name next
            titled = any(
                e.label == "TITLE" and e.end <= person.start and not doc.raw[e.end : person.start].strip()
                for e in entities
            )
            listed = titled and " " not in person.text and after in lex.joiners
            if (named or _town_of_no_country_told(doc, lex, place) or (listed and _town(lex, place))) and (
                after in POSTPOSITIONS or listed
            ):
                person.end, person.text = place.end, doc.raw[person.start : place.end]
                merged.append(place)
    if merged:
        doc.entities = [e for e in doc.entities if not any(e is m for m in merged)]


def _municipal_bodies(keys: list[str], taken: list) -> list[tuple[int, int, str, str | None]]:
    """ "जयपुर नगर निगम", "बृहन्मुंबई महानगरपालिका": a city's municipal body, named by the city right before it (a bare
    "नगर निगम" is any city's)."""
    out = []
    for a, b, label, _value in taken:
        head = next((h for h in MUNICIPAL if tuple(keys[b : b + len(h)]) == h), None) if label == "LOCATION" else None
        if head is not None:
            out.append((a, b + len(head), "ORG", None))
    return out


def _states_of_countries(spans: list, keys: list[str]) -> list:
    """ "अमेरिका के जॉर्जिया राज्य के गवर्नर", "अमेरिकी राज्य जॉर्जिया": a state that shares a country's name, told
    as a state of the country named before it, is a place of that country."""
    ends = {b: value for _a, b, label, value in spans if label == "COUNTRY"}
    out = []
    for a, b, label, value in spans:
        state_after = keys[b : b + 1] != [] and keys[b] in STATES and a > 1 and keys[a - 1] in GENITIVE  # "के ... राज्य"
        state_before = a > 0 and keys[a - 1] in STATES  # "अमेरिकी राज्य ..."
        owner = ends.get(a - 1) if label == "COUNTRY" and (state_after or state_before) else None
        if owner is not None and owner != value:
            label, value = "LOCATION", owner
        out.append((a, b, label, value))
    return out


def _country_ends(taken: list, end: int) -> bool:
    """Whether a country's name ends right before token ``end``."""
    return any(label == "COUNTRY" and b == end for _a, b, label, _v in taken)


def _town(lex: Lexicon, place: Entity) -> bool:
    """A GeoNames town, no curated place."""
    return name_key(place.text) in lex.cities and place.value is not None


def _town_of_no_country_told(doc: Document, lex: Lexicon, place: Entity) -> bool:
    """A GeoNames town (no curated place) of a country that no other place or country of the document names."""
    if not _town(lex, place):
        return False
    key = loose_key(place.text)
    return not any(
        e.value == place.value and loose_key(e.text) != key for e in doc.entities if e.label in ("COUNTRY", "LOCATION")
    )


def _towns_of_countries_told(doc: Document, lex: Lexicon) -> None:
    """ "सैन होजे, 28 नवंबर। कोस्टा रिका के विदेश मंत्री ...": a town GeoNames places in a country the story names
    nowhere, spelled like one of the one country it names that has such a town ("सान होजे"), is that country's."""
    told = {e.value for e in doc.entities if e.label == "COUNTRY" and e.source != "demonym"}
    for place in [e for e in doc.entities if e.label == "LOCATION"]:
        if place.value in told or not _town_of_no_country_told(doc, lex, place):
            continue
        options = lex.countries_spelled_like(place.text) & told
        if len(options) == 1:
            place.value = options.pop()


def _key_after(sentence: Sentence, end: int) -> str | None:
    """The match key of the token after the one that ends at ``end``."""
    tokens = sentence.tokens
    return next((tokens[i + 1].norm for i, t in enumerate(tokens[:-1]) if t.end == end), None)


def sentence_dates(sentence: Sentence, anchor: dates.Anchor | None) -> list[tuple[int, int, str, str | None]]:
    """DATE token spans of a sentence with ISO values ("कल" means tomorrow in a future-tense sentence, but a day
    whose own verb is pluperfect is past: "बुधवार को यहां पहुंचे थे और शुक्रवार को बेंगलुरु जाएंगे")."""
    texts = [t.text for t in sentence.tokens]
    joined, starts = _join(texts)
    to_come = _told_to_come([t.norm for t in sentence.tokens])
    future = any(finite_future(sentence.tokens, i) for i in range(len(texts))) or to_come
    out = []
    for match in dates.find_dates(joined, anchor, future):
        a = _token_at(starts, match.start)
        b = _token_at(starts, match.end - 1) + 1
        value = match.value
        if future and (_past_next(texts, b) or (not to_come and _future_only_after_that(sentence.tokens, a, b))):
            past = dates.find_dates(joined[match.start : match.end], anchor)
            value = past[0].value if len(past) == 1 else value
        out.append((a, b, "DATE", value))
    return out


def _future_only_after_that(tokens: list[Token], a: int, b: int) -> bool:
    """A day told in a clause with no future verb, before "कि" and what is to come ("बुधवार को हुई बैठक में तय हुआ कि
    दोनों कंपनियां ... बनाएंगी"): the future is the decision's content, not the day's; so is a relative clause's set off
    by a comma ("शुक्रवार को ... हस्ताक्षर किए, जिनके तहत ... दिए जाएंगे", "गुरुवार को ... रवाना हो गए, जहां वह ...
    मिलेंगे")."""
    keys = [t.norm for t in tokens]
    that = next(
        (i for i in range(b, len(keys)) if keys[i] == THAT or (keys[i] in RELATIVE_OPENERS and keys[i - 1] == ",")),
        None,
    )
    if that is None:
        return False
    start = max((i + 1 for i in range(a) if keys[i] == THAT), default=0)
    return not any(finite_future(tokens, i) for i in range(start, that))


def _told_to_come(keys: list[str]) -> bool:
    """A sentence telling an event as fixed, due, likely or about to be, with no future verb ("X की शुक्रवार को Y से
    मुलाकात तय है", "... मुलाकात गुरुवार को होनी है", "शुक्रवार को वार्ता होने की संभावना है", "गुरुवार को Y से मिलने वाले
    हैं"): its days are to come."""
    fixed = any(
        (keys[i] == FIXED and keys[i + 1] in IS) or due_at(keys, i) or about_to(keys, i) for i in range(len(keys) - 1)
    )
    return fixed or likely_to_be(keys, 0, len(keys))


def _past_next(texts: list[str], b: int) -> bool:
    """The first tense the words after a date show is the pluperfect's, or a past saying verb's ("X ने शुक्रवार को
    कहा कि वह ... जाएंगे": the day it was said), not the future's."""
    tense = next((t for t in texts[b:] if match_key(t) in PLUPERFECT | SAID or is_future(t)), None)
    return tense is not None and not is_future(tense)


def _page_anchor(sentences: list[Sentence]) -> dates.Anchor | None:
    """The day the page dates the story: its first dated dateline's, else its first stamp's (published or
    updated, at the head of the page or at its foot: "डीडब्ल्यू, 23.08.2024"), else the day in brackets its title
    ends with (an MEA transcript's "... विशेष ब्रीफिंग का प्रतिलेख (11 मार्च, 2025)")."""
    datelines = (_dateline_anchor(s, sentences) for s in sentences if s.kind == "dateline")
    return next((a for a in datelines if a is not None), None) or _stamped_anchor(sentences)


def _stamped_anchor(sentences: list[Sentence] | tuple) -> dates.Anchor | None:
    """The day a page's stamp or its title's end gives, if either does."""
    stamps = (_stamp_anchor(s) for s in sentences if s.kind == "stamp")
    titles = (_title_anchor(s) for s in sentences if s.kind == "headline")
    return next((a for a in itertools.chain(stamps, titles) if a is not None), None)


def _dateline_anchor(sentence: Sentence, others: list[Sentence] | tuple = ()) -> dates.Anchor | None:
    """A dateline's own date anchors "आज", with or without its year; a yearless one takes the year of
    the same day given in full elsewhere on the page ("नई दिल्ली, 12 सितंबर।" under "अपडेटेड: 12 सितंबर
    2025"), else that of the page's stamp or title, so that weekdays resolve too."""
    for _a, _b, _label, value in sentence_dates(sentence, None):
        anchor = dates.Anchor.of(value)
        if anchor is None:
            continue  # "नई दिल्ली, गुरुवार, 3 दिसंबर 2026": the weekday before the date
        if anchor.yearless:
            full = {v for s in others for *_, v in sentence_dates(s, None) if _full_day(v) and v[4:] == value[4:]}
            if len(full) == 1:
                return dates.Anchor.of(full.pop())
            page = _stamped_anchor(others)  # "संक्षेप में | 6 दिसंबर 2025" over items datelined "काठमांडू, 5 दिसंबर।"
            if page is not None:
                return dates.Anchor.of(dates.dated_by(value, page))
        return anchor
    return None


def _days_from_the_day_told(doc: Document) -> None:
    """ "... बृहस्पतिवार को ताजमहल देखा। इससे एक दिन पहले ... वार्ता की": days counted from the day the text told
    last, in full, up to them (a dateline's too)."""
    told = None
    for entity in sorted((e for e in doc.entities if e.label == "DATE"), key=lambda e: e.start):
        if entity.value is None and told is not None and dates.DAYS_FROM.fullmatch(entity.text):
            entity.value = dates.days_from(entity.text, told)
        if entity.value and _full_day(entity.value):
            told = entity.value


def _today_when_said(doc: Document) -> None:
    """ "ट्रंप ने मंगलवार को कहा कि उन्होंने आज ही मोदी से बात की": "आज" in what was said on a day the sentence tells is
    that day, not the page's."""
    for sentence in doc.sentences:
        keys = [t.norm for t in sentence.tokens]
        starts = {t.start: i for i, t in enumerate(sentence.tokens)}
        told = [e for e in doc.entities_in(sentence) if e.label == "DATE"]
        for entity in told:
            opened = said_that(keys, starts.get(entity.start, 0)) if entity.text == TODAY else []
            day = [e for e in told if opened and starts.get(e.start, len(keys)) < opened[-1] and _full_day(e.value)]
            if day:
                entity.value = day[-1].value


def _same_year_as_told(doc: Document) -> None:
    """ "जनवरी 2023 में ... और उसी वर्ष जून में ...": a month told as of "that same year" is of the year the text told
    last, not the page's."""
    year = None
    for entity in sorted((e for e in doc.entities if e.label == "DATE"), key=lambda e: e.start):
        if entity.value and entity.value[4:5] == "-" and year and dates.of_the_same_year(doc.raw, entity.start):
            entity.value = year + entity.value[4:]  # a known year or none ("XXXX-06")
        elif entity.value and (told := re.search(r"\b(?:19|20)\d\d\b", entity.text)):
            year = told.group()


def _years_from_the_day_told(doc: Document) -> None:
    """ "... 5 से 8 अक्टूबर 2026 तक भारत की यात्रा पर हैं। 6 अक्टूबर को ... स्वागत किया गया": on a page nothing dates,
    a day told without its year is of the year of the last day told with one before it (a month told with its year
    too, not a year alone: "2024 में हमारे मंत्री भारत आए थे। ... राष्ट्रपति जनवरी में आएंगी" is background, then a
    plan), or before any such day of the year the page's title is about ("भारत-पेरू संबंध 2025: साल भर के प्रमुख
    पड़ाव")."""
    year = _title_year(doc.sentences)
    for entity in sorted((e for e in doc.entities if e.label == "DATE"), key=lambda e: e.start):
        if entity.value and entity.value.startswith(dates.UNKNOWN_YEAR) and year is not None:
            entity.value = entity.value.replace(dates.UNKNOWN_YEAR, year)
        elif entity.value and entity.value[:4].isdigit() and entity.value[4:5] == "-":
            year = entity.value[:4]


def _title_year(sentences: list[Sentence]) -> str | None:
    """The one year a page's title names, if it opens the page and names one."""
    title = sentences[0] if sentences and sentences[0].kind == "headline" else None
    years = {t.text for t in title.tokens if re.fullmatch(r"(?:19|20)\d\d", t.text)} if title else set()
    return years.pop() if len(years) == 1 else None


def _title_anchor(sentence: Sentence) -> dates.Anchor | None:
    """The full day in brackets that ends a title, if it ends with one, or after a bar ("... पर चर्चा | 03 Dec 2025": a
    feed's title line, the bar read as a danda) or a comma ("आकाशवाणी समाचार, रात नौ बजे का बुलेटिन, 30 नवंबर 2026": a
    bulletin's own day)."""
    texts = [t.text for t in sentence.tokens]
    found = [
        v
        for a, b, _l, v in sentence_dates(sentence, None)
        if (texts[a - 1 : a] == ["("] and texts[b:] == [")"])
        or (texts[a - 1 : a] in (["|"], ["।"], [","]) and b == len(texts))
    ]
    return dates.Anchor.of(found[0]) if found and _full_day(found[0]) else None


def _stamp_anchor(sentence: Sentence) -> dates.Anchor | None:
    """The full day a publication stamp gives, if it gives one."""
    found = [value for *_, value in sentence_dates(sentence, None) if _full_day(value)]
    return dates.Anchor.of(found[0]) if found else None


def _dateline_place(keys: list[str], spans: list) -> list:
    """A dateline's spans with its place: one no gazetteer holds, with its country in brackets after it
    ("कनानास्किस (कनाडा), 17 जून"), is a place of that country, and so is a namesake the gazetteers give
    to another ("विक्टोरिया (सेशेल्स)", not Canada's); one before a comma and the date ("नागोया, 3
    दिसंबर"), or before its district in brackets ("धारचूला (पिथौरागढ़), 13 नवंबर"), a place whose country the dateline
    does not say. A word in brackets right after the date is the agency
    ("25 नवंबर 2026 (कुना)"), no place."""
    spans = [s for s in spans if not (s[2] == "LOCATION" and _agency(keys, spans, s))]
    at = next((i for i, k in enumerate(keys) if k in ("(", ",")), 0)
    if not 1 <= at <= MAX_DATELINE_PLACE:
        return spans
    country = next((s for s in spans if s[2] == "COUNTRY" and s[0] == at + 1), None)
    bracketed = keys[at] == "(" and country is not None and keys[country[1] : country[1] + 1] == [")"]
    known = next((s for s in spans if s[:3] == (0, at, "LOCATION")), None)
    if known is not None and bracketed:
        return [(0, at, "LOCATION", country[3]) if s is known else s for s in spans]
    if any(s[0] < at for s in spans) or not all(k[:1].isalpha() for k in keys[:at]):
        return spans
    if bracketed:
        return [*spans, (0, at, "LOCATION", country[3])]
    comma = at
    if keys[at] == "(":  # "धारचूला (पिथौरागढ़), 13 नवंबर": a town and, in brackets, its district
        comma = next((j + 1 for j in range(at + 2, min(at + 2 + MAX_DATELINE_PLACE, len(keys))) if keys[j] == ")"), at)
    dated = any(s[2] == "DATE" and s[0] == comma + 1 for s in spans)
    return [*spans, (0, at, "LOCATION", None)] if keys[comma] == "," and dated else spans


def _named_for_its_place(taken: list, keys: list[str], start: int, i: int) -> int:
    """ "किगाली नरसंहार स्मारक": a memorial named by the city told right before its name words (a word or two, common
    words that name no venue alone) starts at the city; a venue told as standing there ("X स्थित") does not."""
    for a, b, label, value in taken:
        named = keys[b:i]
        words = 1 <= len(named) <= MAX_MEMORIAL_WORDS and all(
            k[:1].isalpha() and k not in POSTPOSITIONS and k != SITUATED for k in named
        )
        if label == "LOCATION" and value and b <= start and words:
            return a
    return start


def _agency(keys: list[str], spans: list, span: tuple) -> bool:
    """Whether ``span`` stands alone in brackets right after a dateline's date: the agency ("25 नवंबर 2026 (कुना)")."""
    return any(label == "DATE" and b == span[0] - 1 for _a, b, label, _ in spans) and _bracketed(keys, *span[:2])


def _bracketed(keys: list[str], a: int, b: int) -> bool:
    """Whether the words ``a:b`` stand alone in brackets."""
    return a > 0 and keys[a - 1] == "(" and keys[b : b + 1] == [")"]


def _places_as_datelined(doc: Document, lex: Lexicon) -> None:
    """The dateline's place named again is a place, though the model took it for a name ("बहराइच, ... बहराइच की
    जिलाधिकारी"). A place the dateline gives its country in brackets is that country's wherever the story names it
    again ("विक्टोरिया (सेशेल्स), ... विक्टोरिया पहुंचे"); one no list holds is of the country of the region
    the brackets name ("उमरोई (मेघालय)": India's), or, with no brackets, of the country the story names right before
    it ("तंजानिया के अरुशा शहर में"), else of the one known place spelled like it but for a long "ा" ("राबात")."""
    dateline = doc.dateline()
    entities = doc.entities_in(dateline) if dateline is not None else []
    place = entities[0] if entities and entities[0].label == "LOCATION" else None
    if place is not None and place.value is None:
        place.value = _country_told_before(doc, place) or lex.place_spelled_like(place.text)
    for entity in doc.entities if place is not None else ():
        if entity.label == "PERSON" and entity.source == "model" and name_key(entity.text) == name_key(place.text):
            entity.label, entity.value = "LOCATION", place.value  # "बहराइच, ... बहराइच की जिलाधिकारी": the place again
    if place is not None and place.value is not None:  # "ज़ांज़ीबार, ... । ज़ांज़ीबार के राष्ट्रपति": the place again
        _places_named_again(doc, {tuple(loose_key(w) for w in place.text.split()): place.value})
    if place is None or doc.raw[place.end : place.end + 3].strip()[:1] != "(":
        return
    if place.value is None and len(entities) > 1 and entities[1].label in PLACE_LABELS:
        place.value = entities[1].value
    if place.value is None:
        return
    for entity in doc.entities:
        if entity.label == "LOCATION" and name_key(entity.text) == name_key(place.text):
            entity.value = place.value


def _country_told_before(doc: Document, place: Entity) -> str | None:
    """ "अरुशा, 28 नवंबर ... तंजानिया के अरुशा शहर में": the country a story names right before the place of its
    dateline, one no list holds."""
    for entity in doc.entities:
        gap = doc.raw[entity.end : entity.end + 4]  # " के ", " की ", " का "
        told = gap[:1] == gap[-1:] == " " and gap.strip() in GENITIVE and doc.raw.startswith(place.text, entity.end + 4)
        if entity.label == "COUNTRY" and entity.source != "demonym" and told:
            return entity.value
    return None


def _titled_as_both(keys: list[str], spans: list, end: int) -> bool:
    """Whether the title ending at ``end`` is told of two or more ("दोनों कैप्टन रीजेंट")."""
    start = next((a for a, b, label, _ in spans if label == "TITLE" and b == end), 0)
    return start > 0 and keys[start - 1] in ALL_OF


def _holds(key: str, words: list[str]) -> bool:
    """Whether a phrase key holds the words in a row."""
    parts = key.replace("-", " ").split()
    return any(parts[i : i + len(words)] == words for i in range(len(parts) - len(words) + 1))


def _full_day(value: str | None) -> bool:
    """An ISO day with its year ("2025-09-12", not "XXXX-09-12")."""
    anchor = dates.Anchor.of(value)
    return anchor is not None and not anchor.yearless


def _resolve(spans: list) -> list:
    """Non-overlapping spans, longest first; on a tie COUNTRY beats LOCATION beats the rest."""
    rank = {"COUNTRY": 0, "LOCATION": 1, "DATE": 2, "TITLE": 3, "ORG": 4}
    chosen: list = []
    used: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), rank.get(s[2], 9), s[0])):
        cells = set(range(span[0], span[1]))
        if not cells & used:
            chosen.append(span)
            used |= cells
    return chosen


def _join(texts: list[str]) -> tuple[str, list[int]]:
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 1
    return " ".join(texts), starts


def _token_at(starts: list[int], char: int) -> int:
    index = 0
    for i, start in enumerate(starts):
        if start <= char:
            index = i
    return index


def _town_as_surname(keys: list[str], spans: list, start: int, end: int, places: dict) -> int:
    """ "सिंगापुर के रक्षा मंत्री चान चुन सिंग से": a small town (of GeoNames' list, not one of ``places``, the cities
    news names) of another country than the one whose office the name's holder holds, right after the name's words
    and before the case of one met, thanked or acting ("से", "को", "ने", "के साथ"), is the name's last word ("सिंग", an Indian town; not
    "ब्रिटेन के प्रधानमंत्री X मुंबई में"); returns where the name ends."""
    town = next((s for s in spans if s[:3] == (end, end + 1, "LOCATION")), None) if end > start else None
    title = next((s for s in spans if s[1] == start and s[2] == "TITLE"), None)
    met = keys[end + 1 : end + 2] != [] and (keys[end + 1] in PERSON_CASES or keys[end + 1 : end + 3] == WITH_SOMEONE)
    if town is None or title is None or not met:
        return end
    if loose_key(keys[end]) in places:
        return end
    of = title[0] - 1 if title[0] > 0 and keys[title[0] - 1] in GENITIVE else title[0]
    country = next((s for s in spans if s[1] == of and s[2] == "COUNTRY"), None)
    held_for = country[3] if country is not None else None
    return end + 1 if held_for and town[3] and held_for != town[3] else end


def _places_inside_names(spans: list) -> list:
    """A place a person's name runs through after a particle ("जोस डी सैन मार्टिन"), or ends with (see
    _town_as_surname), is part of the name."""
    names = [(a, b) for a, b, label, _ in spans if label == "PERSON"]
    return [s for s in spans if not (s[2] == "LOCATION" and any(a < s[0] and s[1] <= b for a, b in names))]
