"""Frame assembly: triggers, participants from case markers, then one frame per real event.

Per sentence: a trigger (a pattern of ``resources/triggers.tsv``, see ``pipeline.match``) opens a frame; its
participants are the people and countries of the trigger's clause, with roles read from the
case marker that follows each noun phrase (ने agent, से / के साथ partner, को recipient,
का/की/के genitive; coordinated phrases share the last marker). When the syntax stage has run,
the dependency tree gives the case where the surface does not, and the verb group for modality.

Per document: mentions of the same event are merged, participant-less mentions join the
event they talk about, sentences that refer back to an event ("बैठक में", "दोनों पक्षों ने")
lend it their topics, and place and date are carried from where the text gives them.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from pipeline.actors import (
    ANSWERS,
    I_WE,
    OURS,
    QUOTE_MARKS,
    answering,
    country_named,
    interviewed,
    labelled,
    span_ending,
    token_spans,
)
from pipeline.dates import DAY_WORDS, INTERVAL, WEEKDAYS, Anchor, of_the_same_year
from pipeline.document import Actor, Document, Entity, Frame, Mention, Sentence
from pipeline.lexicon import (
    AIRPORTS,
    BECOMING,
    CASE_MARKERS,
    CITY_NOUNS,
    COMPANIES,
    DUE,
    ERGATIVE,
    FIXED,
    FORCES,
    FROM,
    FUNCTION_WORDS,
    GENITIVE,
    GOING,
    GOVERNMENT,
    GROUNDS,
    HEADS,
    IN,
    IS,
    LEVEL,
    MAX_FIRM_QUALIFIERS,
    MEETING_NOUNS,
    OBLIQUE_INFINITIVE,
    OFFICE_BUILDINGS,
    ON_BEHALF,
    ONE_SIDE,
    PLUPERFECT,
    PLURAL_OBLIQUE,
    POSTPOSITIONS,
    PRESENT,
    PROVINCES,
    RESOURCES,
    SAID,
    SITUATED,
    STILL_GOING,
    THAT,
    THERE,
    TIMES_OF_DAY,
    TO,
    TO_COME,
    TOO,
    WHO,
    WITH_SOMEONE,
    Lexicon,
    about_to,
    due_at,
    finite_future,
    firm_after,
    is_future,
    likely_to_be,
    load,
    name_key,
    phrase_key,
    ranks,
    said_that,
    saying_agent,
    saying_verb_ends,
    stem_phrase,
)
from pipeline.match import TokenMatcher, longest_first
from pipeline.segment import keyset, match_key

LIGHT_VERBS = "की/कीं/किया/किए/किये/करेंगे/करेंगी/करेगा/करेगी/करने/कर/करते/करती/करके/हुई/हुआ/हुए/हुईं/होगी/होगा/होंगे/होंगी/हो/होने"
LIGHT_KEYS = keyset(*LIGHT_VERBS.split("/"))
MAX_SUBJECT_GAP = 16  # words between an event noun and its verb ("बैठक सोमवार (15 जनवरी) को ताशकंद में हुई", "शिखर
# सम्मेलन बुधवार को रियाद में सऊदी अरब के क्राउन प्रिंस मोहम्मद बिन सलमान की अध्यक्षता में हुआ")
RESTATING = keyset("यानी", "अर्थात")  # "अगले गुरुवार, यानी इस महीने की 12 तारीख को": the same told again, plainly
SUBJECT_GAP_STOPS = keyset("।", ",", "ने", "?", ":", ";")
# words between an event noun that is the verb's object and the verb, its agent between them ("दस्तावेजों का
# आदान-प्रदान [भारत के राजदूत X और ... सचिव Y ने मंत्रियों A और B की उपस्थिति में] किया")
MAX_OBJECT_GAP = 40
ONGOING = keyset("चल")  # "... पर बातचीत चल रही है": talks going on, no one meeting held
BUILDING = ONGOING | keyset("बन")  # "अंदिजान में बन रहे कारखाने": a thing being built or run there
# After "बैठक की" these words keep "की" a verb; any other word makes it a genitive ("बैठक की तैयारी").
KI = match_key("की")
AFTER_VERB_KI = keyset(
    "गई", "गयी", "गए", "थी", "थीं", "थे", "है", "हैं", "और", "तथा", ",", "।", ".", ":", ";", "जिसमें", "जहां", "जिससे", "तो", "भी"
)  # fmt: skip
SUBORDINATORS = keyset(
    "जब", "जहां", "जहाँ", "जिससे", "जिसमें", "जिसका", "जिसकी", "जिसके", "जो", "जिन्होंने", "कि", "क्योंकि", "जबकि", "ताकि"
) | keyset("जिनमें", "जिनके")  # "..., जिनके तहत ... दिए जाएंगे": what the relative tells is a clause of its own
PRONOUNS = {
    match_key(k): v for k, v in {"उन्होंने": "ने", "उन्होने": "ने", "वे": "", "वह": "", "उन्हें": "को", "उनसे": "से"}.items()
}
THEY_DID = match_key("उन्होंने")
IT = keyset("इसे", "इसको", "इन्हें", "उसे")  # what was just told, as the object of what follows
ITS = keyset("इसकी", "इसका", "इसके")  # "इसकी घोषणा की": of what was just told
PEOPLE = keyset("जनता", "लोगों", "नागरिकों")  # "वहां की जनता": the people of the country just named
SIDE = match_key("पक्ष")  # "कज़ाख़ पक्ष को": the country's side, the country itself
BUSINESS = keyset("कंपनियों", "उद्योगपतियों", "कारोबारियों")  # a business delegation; businesses of the sides
BUSINESS_WORLD = {(match_key(w), match_key("जगत")) for w in ("उद्योग", "व्यापार", "कारोबारी", "व्यापारिक")}
FIRMS = BUSINESS | keyset("कंपनियां", "कंपनियाँ", "व्यापारियों", "उद्यमियों", "निवेशकों")
CROWDS = keyset(
    "पर्यटक", "पर्यटकों", "छात्र", "छात्रों", "श्रद्धालु", "श्रद्धालुओं", "यात्री", "यात्रियों", "मछुआरे", "मछुआरों", "समुदाय",
    "प्रवासियों",
)  # fmt: skip
THEIR = {match_key(k): match_key(v) for k, v in {"उनके": "के", "उनकी": "की", "उनका": "का"}.items()}  # and its case
# "दोनों देशों", "तीनों देशों": the sides just told; "सभी पक्षों" (size 0): all of a forum's sides
BOTH = {
    match_key("दोनों"): 2, match_key("तीनों"): 3, match_key("चारों"): 4, match_key("पांचों"): 5, match_key("छहों"): 6,
    match_key("सभी"): 0,
}  # fmt: skip
_OFFICIALS = (
    "नेता", "नेताओं", "लीडर्स", "leaders", "रहनुमा", "रहनुमाओं", "मंत्री", "मंत्रियों", "अधिकारी", "अधिकारियों", "सचिव", "सचिवों", "प्रतिनिधि", "प्रतिनिधियों",
    "राष्ट्रपति", "राष्ट्रपतियों", "प्रधानमंत्री", "प्रधानमंत्रियों", "राष्ट्राध्यक्षों", "समकक्षों", "अध्यक्षों",
    "कमांडरों", "प्रमुखों", "राजदूतों", "महानिदेशकों", "गवर्नरों", "उच्चायुक्तों", "महापौरों", "मेयरों",
)  # fmt: skip
# "दोनों जानिब"; "दोनों एजेंसियों ने": the two countries' agencies the text named, each its country's side
QUESTIONS = keyset("सवाल", "प्रश्न")  # "सवाल:" opening a paragraph of an interview (see _asked_about)
SIDE_NOUNS = keyset(
    "देश", "देशों", "मुल्क", "मुल्कों", "पक्ष", "पक्षों", "राष्ट्र", "राष्ट्रों", "जानिब", "एजेंसियों", "सरकारों"
)  # fmt: skip
BOTH_NOUNS = SIDE_NOUNS | keyset(*_OFFICIALS)
BOTH_PEOPLE = keyset("दोनों", *_OFFICIALS)  # "दोनों नेताओं", "दोनों अधिकारियों": the two people, not their countries
LEADERS = keyset("नेता", "नेताओं", "लीडर्स", "leaders", "रहनुमा", "रहनुमाओं")  # Urdu's "दोनों रहनुमाओं" too
ONE_WAY = {"THANK", "CONGRATULATE", "VISIT"}
NEXT_DOOR = {"CEREMONY", "VISIT"}  # told by a country, joined only to one its people do in the sentence next door
TALKS = {"MEET", "CALL"}
YEARS_SPAN = re.compile(r"\d{4}/\d{4}")  # "2026 से 2030 तक": an ISO interval of years
ELECTIONS = keyset("चुनाव", "चुनावों", "निर्वाचन", "मतदान")  # "रविवार को हुए [चुनाव] में जीत के बाद"
HAPPENED = keyset("हुई", "हुए", "हुआ", "आए", "आई", "आया")  # after a date: "पिछले महीने आए तूफान", what it describes
HELD_PARTICIPLES = [[match_key(w)] for w in ("हुई", "हुए", "हुआ")]  # "... के साथ फोन पर हुई बातचीत"
WISHES = {"CONGRATULATE", "THANK"}
IN_PERSON = {"MEET", "VISIT", "SIGN", "AGREE", "CEREMONY"}
NOT = keyset("नहीं", "न", "नही")
ASKED = keyset("क्या")
WITNESSED = keyset("साक्षी")
BY = match_key("द्वारा")
HELD_BY = match_key("आयोजित")  # "X द्वारा आयोजित समारोह": held by X
GUESTS = keyset("अतिथियों", "मेहमानों")  # "अतिथियों का स्वागत किया": a host welcoming an occasion's guests
FOR = match_key("लिए")  # "सहायता के लिए आभार": the ground of thanks
FOR_IT, VERBAL_ENDING = [match_key("के"), FOR], "ने"  # "... को सुलझाने के लिए": a purpose, a verbal noun's
DONE_AND = match_key("कर")  # "फोन कर", "फोन करके": a conjunctive verb, something done
HOSTED, WELCOME = match_key("मेजबानी"), match_key("स्वागत")
VIEWS_SHARED = (keyset("विचार", "साझा"), keyset("विचारों", "आदान-प्रदान"))  # "विचार साझा किए": views shared
GAMES = keyset("खेलों", "ओलंपिक", "ओलंपिक्स", "टूर्नामेंट", "चैंपियनशिप", "कप", "मैच", "मैचों")  # hosted, no meeting
MULTILATERAL = "multilateral"
# "40 देशों के प्रतिनिधियों ने भाग लिया": the envoys of many countries (see _many_countries_there)
COUNTRIES_NOUN = keyset("देशों", "राष्ट्रों")
ENVOYS_OF_MANY = keyset("प्रतिनिधियों", "प्रतिनिधिमंडलों", "नेताओं", "मंत्रियों", "राजदूतों", "अधिकारियों", "विशेषज्ञों")
DEFENCE, DEVELOPMENT = "defence", "development"
# "नौसेना के जहाज आईएनएस सुकन्या से पहुंचाई गई सामग्री": a force's ship or aircraft, carrying aid
CARRIERS = keyset("जहाज", "जहाजों", "पोत", "पोतों", "विमान", "विमानों")
MAX_SHIP_WORDS = 6  # from a country's genitive to its ship: "की नौसेना का अपतटीय गश्ती पोत"
CARGO = keyset("सामग्री")  # "सामग्री ... से पहुंचाई गई": goods delivered, whatever they are
# "25 टन मानवीय सहायता लेकर पहुंचा। ... यह सामग्री ... को सौंपी": words for one consignment of aid
SHIPMENT = CARGO | keyset("खेप")  # "यह खेप ... विमान से पहुंची": goods sent
CONSIGNMENT = SHIPMENT | keyset("सहायता", "मदद")
MAX_GOODS_WORDS = 6  # "[दवाइयां, टेंट और खाद्य] सामग्री": the goods a thing word names
ANY = keyset("कोई", "किसी")
HELD_VERBS = LIGHT_KEYS | keyset("आयोजित", "संपन्न", "शुरू")
OCCASION_HELD = keyset("हुए", "हुई", "आयोजित")  # "... में हुए समारोह में": an occasion held there
HE_THEY = keyset("वह", "वे")  # a subject pronoun: "ब्राजील में वह ... भाग लेंगे"
BEING = match_key("होने")  # "सर्बिया में होने वाले विश्व एक्सपो": to come
PREPARATIONS = keyset("तैयारियों", "तैयारी")  # "होने वाली बैठक की तैयारियों की समीक्षा की": a meeting prepared for
PARTICLES_OF_REVIEW = keyset("की", "भी", "पर", "को")  # "तैयारियों [की भी] समीक्षा की", "तैयारियों [पर] चर्चा की"
MAX_TO_COME_GAP = 5  # "अगले महीने [नई दिल्ली में आयोजित] होने वाले": from a date or place to what it describes
BEFELL = keyset("हुए", "हुई", "हुआ", "आए", "आई", "आया")  # "गुजरात में हुए विमान हादसे": what happened there
CALAMITIES = keyset(
    "हादसे", "हादसा", "दुर्घटना", "हमले", "हमला", "हमलों", "भूकंप", "बाढ़", "तूफान", "विस्फोट", "आग", "भूस्खलन", "आपदा",
)  # fmt: skip
MAX_CALAMITY_GAP = 3  # "[गुजरात में हुए] भीषण विमान हादसे": from the verb to the calamity it tells
MOTION = keyset("जाएंगे", "जाएंगी", "जाएगा", "जाएगी", "गए", "गईं", "गई", "पहुंचे", "पहुंचीं", "पहुंचेंगे", "पहुंचेंगी", "पहुंचा")
LEAD = "LEAD"  # who leads a side's delegation: joins the talks told before (triggers.tsv, kind lead)
JOINED = "JOINED"  # "..., जिसमें X और Y ने भाग लिया": joins the meeting or call its sentence told (kind joined)
WHILE = keyset("जबकि")
DURING_THIS = [match_key("इस"), match_key("दौरान")]  # "इस दौरान": during the visit just told
DURING_THESE = (DURING_THIS, [match_key("इसी"), match_key("दौरान")])  # "इस दौरान", "इसी दौरान"
MAX_VISIT_REACH = 2  # sentences from a visit to what "इस दौरान" tells of it
MAX_CALL_TALKS_REACH = 3  # sentences from a call that carried an event to the talks held on it
# "बैठक ... हुई, जिसमें X और Y ने हिस्सा लिया", "जिसकी सह-अध्यक्षता X और Y ने की": the meeting's participants
RELATIVE_IN = keyset("जिसमें", "जिनमें", "जिसकी", "जिनकी")
IN_WHICH = keyset("जिसमें", "जिनमें")  # "वार्ता करेंगे, जिसमें ... पर चर्चा होगी": the talks' business
WHO_DID = keyset("जिन्होंने", "जिसने")  # "Y से मुलाकात की, जिन्होंने ... सौंपी": what one met did at the meeting
DISCUSSION = keyset("चर्चा", "चर्चाएं", "बातचीत", "बात", "विचार-विमर्श", "विचार", "समीक्षा")  # talk, as opposed to meeting
CHAIR, CABINET = match_key("अध्यक्षता"), keyset("मंत्रिमंडल", "कैबिनेट", "मंत्रिपरिषद")  # "X की अध्यक्षता में मंत्रिमंडल ने"
CHAIRING = keyset("अध्यक्षता", "सह-अध्यक्षता", "सहअध्यक्षता")  # "बैठक की सह-अध्यक्षता X और Y ने की": who held it
# "यह सहमति ... वार्ता में बनी", "... बैठक के बाद जारी संयुक्त बयान में यह जानकारी दी गई": the agreement told before
AGREEMENT_WORDS = keyset("सहमति", "समझौता", "समझौते", "जानकारी", "फैसला", "निर्णय")  # "यह फैसला ... वार्ता में लिया गया"
OUTCOMES = {"AGREE", "SIGN"}  # what a meeting produces: dated by the meeting when told right after it
MEETINGS = {"MEET", "VISIT", "CALL"}  # the talks, in person or by phone, that outcomes come out of
SYMMETRIC_MERGE = {"MEET", "CALL", "SIGN", "AGREE"}
AFTER_CALL = {"CONGRATULATE", "THANK", "AGREE", "SIGN"}  # what is often said or exchanged on a call, told after it
REMOTE = {"CALL"}  # held from two places: only a place its own clause states is kept, none is carried
ACTING_LABELS = {"PERSON", "COUNTRY", "LOCATION", "ORG"}  # entities naming who acts (or where), never a thing done
MINISTRIES = keyset("मंत्रालय")  # a ministry is a venue only where a meeting is told held in it
BARE_VENUES = keyset("दूतावास", "उच्चायोग", "मंत्रालय")  # named alone, the one the story is at: "दूतावास में"
FULL_STOPS = ("।", ".")  # a sentence's end, after the words that tell it
HALLS = keyset("सभागार", "सभाकक्ष", "प्रेक्षागृह", "ऑडिटोरियम")  # a hall, named by the office it belongs to
# "उच्चतम न्यायालय में ... शिष्टाचार भेंट की": a court by its rank, where judges receive their guests (a body to
# IL-NER only at times, so no name the NER stage gives)
COURTS, COURT_RANKS = keyset("न्यायालय", "अदालत", "कोर्ट"), keyset("उच्चतम", "सर्वोच्च", "उच्च", "सुप्रीम", "हाई")
NATIONAL, PUBLIC_VENUES = match_key("राष्ट्रीय"), keyset("चिड़ियाघर", "संग्रहालय", "स्टेडियम", "पुस्तकालय", "अभिलेखागार")
BASE_FORCES, BASES = keyset("वायुसेना", "नौसेना", "सैन्य", "नौसैनिक"), keyset("अड्डे", "अड्डा", "अड्डों")  # a base
HEADQUARTERS, ARMS = keyset("मुख्यालय"), BASE_FORCES | keyset("सेना", "थलसेना", "पुलिस")  # "सेना मुख्यालय में"
AGENDA = keyset("एजेंडे", "एजेंडा", "कार्यसूची")  # "हमारे एजेंडे में सबसे ऊपर हैं": what talks to come are to be about
CALLED_AT = keyset("जाकर", "पहुंचकर")  # "X के कार्यालय में जाकर": having gone to call on X there
OFFICES = keyset("कार्यालय", "सचिवालय", "निवास", "आवास")  # "राष्ट्रपति कार्यालय में", "उपराष्ट्रपति निवास में": an
# office-holder's office or residence, by its title
VENUE_NOUNS = keyset(
    "पार्क",
    "भवन",
    "हाउस",
    "हॉल",
    "दूतावास",
    "उच्चायोग",
    "होटल",
    "सभागार",
    "प्रेक्षागृह",
    "ऑडिटोरियम",
    "ओपेरा",  # "अस्ताना ओपेरा में": the opera house named for its town
    "थिएटर",
    "केंद्र",
    "सेंटर",
    "सेन्टर",
    "परिसर",
    "महल",
    "लॉज",
    "एबे",
    "मैदान",
    "स्टेडियम",
    "संग्रहालय",
    "स्मारक",
    "निवास",
    "विश्वविद्यालय",
    "सचिवालय",
    "मेमोरियल",
    "पैलेस",
    "गृह",
    "आवास",
    "ब्लॉक",
    "बंदरगाह",
    "मंदिर",
    "कब्रिस्तान",
    "गुरुद्वारा",
    "मस्जिद",
    "गिरजाघर",
    "मठ",
    "बैराज",
    "मुख्यालय",
    "बांध",
    "संयंत्र",
    "शिपयार्ड",
    "कारखाना",
    "कारखाने",
    "फैक्ट्री",
)
THIS = keyset("इस", "उस")
ANNOUNCED = keyset("घोषणा", "ऐलान")  # "... ने ... यह घोषणा की": the announcement just told
WHOSE = keyset("जिसका", "जिसकी", "जिसके", "जिनका", "जिनकी", "जिनके")  # ", जिसका उद्घाटन": of what was just told
# "का उद्घाटन", "जिसका उद्घाटन": an event noun done to, its agent told before the verb (see _verb_follows)
DONE_TO = WHOSE | keyset("का")
THIS_ONE = keyset("यह", "यही", "इस", "इसी", "ये", "इन")  # "यह सम्मान", "ये क्यूब": the one just told
BY_THE_CLOCK = keyset("समयानुसार")  # "(भारतीय समयानुसार बृहस्पतिवार सुबह)": a day by another zone's clock
THESE = keyset("इन", "दोनों")  # "इन मुलाकातों में", "दोनों मुलाकातों में": in the meetings just listed
FROM_THIS, TIED = match_key("इससे"), keyset("जुड़ा", "जुड़ी", "जुड़े")  # "इससे जुड़ा चेक": the one of what was just told
FOR_THIS = [match_key("इसके"), match_key("लिए")]  # "इसके लिए आभार जताया": for what was just told
MAX_THING_WORDS = 2  # "इस सहायता के लिए", "इस उदार सहायता के लिए": the words naming what was just told
SAID_IT, THIS_SAID = keyset("कही"), (match_key("यह"), match_key("बात"))  # "X ने यह बात ... कही": what was just said
AMONG_THEM = keyset("इनमें", "इनमे")
BULLETS = frozenset("•*▪●-–")  # a list item's marker, though the item ends as a sentence does
IN_IT = keyset("इसमें", "इसमे", "उसमें")  # "इसमें X ने भाग लिया": in the event just told
THOSE_WHO, MAX_AMONG_AT = match_key("वालों"), 8  # "[परिचय पत्र प्रस्तुत करने] वालों में X शामिल थे"
INCLUDED = keyset("शामिल")
RECEIVED = keyset("अगवानी")
SIGNED = match_key("हस्ताक्षर")
ENDED = keyset("संपन्न", "समाप्त")  # "यात्रा ... संपन्न हो गई": a visit told by its end
BECAME = keyset("हो", "हुई", "हुआ", "हुए")  # "संपन्न हो गई", "समाप्त हुई": it ended
RETURNED = keyset("लौट", "लौटे", "लौटीं", "लौटी", "लौटा", "लौटेंगे", "लौटेंगी")  # home again, after a visit
COMING_BACK = keyset("लौटते", "लौटने", "लौटकर", "वापस", "वापसी")  # "यात्रा से लौटते समय": on the way back
TRIBUTE_SITES = keyset("कब्रिस्तान", "स्मारक", "मेमोरियल", "घाट", "समाधि", "समाधिस्थल")  # tributes, not talks
BOOKS = keyset("पुस्तिका", "पुस्तक", "बुक", "रजिस्टर")  # "शोक पुस्तिका पर हस्ताक्षर": a book signed, no agreement
PHONE = keyset("फोन", "फ़ोन", "टेलीफोन", "टेलीफ़ोन", "दूरभाष")
TALK_WORDS = keyset("बात", "बातचीत", "वार्ता")
PRESENCE_STOPS = keyset("।", "?", "जबकि", "लेकिन", "जो", "जहां")
MAX_PRESENT_GAP = 30  # "समारोह में [भारतीय सेना की दक्षिणी कमान के ... और फ्रांस के राजदूत थिएरी माथू] मौजूद थे"
MAX_UNLISTED_BODY = 3  # words of a body's name between its country's genitive and its office's: "नेशनल असेंबली"
MAX_BODY_WORDS = 5  # "नॉर्वे के [सॉवरेन वेल्थ फंड के प्रमुखों] से"
MAX_FORUM_NAME = 5  # "कनाडा में [जी7 शिखर सम्मेलन] में भाग लेंगे"
CHAT = TALK_WORDS - keyset("वार्ता")  # talk that may be by phone, unlike "वार्ता" held across a table
MAX_PHONE_GAP = 10  # "फोन पर [मलेशिया के विदेश मंत्री मोहम्मद हसन] से बात की"
MAX_TRAVELLER_GAP = 10  # "X की [नौ वर्ष में यह पहली भारत] यात्रा है", "X की [4 से 8 अगस्त तक की भारत की राजकीय] यात्रा"
# "खबरों का खंडन किया कि ...", "खबरों को निराधार बताया जिनमें दावा किया गया था कि ...", "उन खबरों को गलत बताया जिनमें
# कहा गया था कि ...", a correction's "पिछले संस्करण में गलती से लिखा गया था कि ...": what follows did not happen
DENIAL = keyset(
    "खंडन", "इनकार", "इंकार", "खारिज", "निराधार", "बेबुनियाद", "गलत", "नकारा", "झूठा", "झूठी", "भ्रामक", "गलती", "त्रुटिवश",
    "भूलवश",
)  # fmt: skip
CLAIMS = keyset("दावा", "दावे")
PASSIVE_CLAIM = keyset("जा", "गया", "गए")  # "दावा किया [जा] रहा है", "दावे किए [गए] हैं"
MAX_CLAIM_AUXILIARIES = 2
POSTED = keyset("पोस्ट", "ट्वीट", "ट्विटर", "एक्स", "सोशल", "पत्र", "चिट्ठी", "ईमेल", "संदेशों")  # said online or by letter
ADDRESSED = keyset("संबोधित")  # "सम्मेलन को संबोधित किया": a gathering addressed
REPLY = keyset("जवाब", "प्रत्युत्तर")  # "इसके जवाब में": in reply to a message
TOOK_PART = keyset("भाग", "हिस्सा", "शामिल")  # "कार्यक्रम में X ने भाग लिया": X was at the occasion
OWN = match_key("अपने")
OWN_ONES = keyset("अपनी", "अपने")  # "अपनी ... यात्रा": the visit of the sentence's subject
# "यात्रा के दूसरे दिन", "ब्राजील यात्रा का गुरुवार का दिन": a day of a visit, not its first (the day it began)
DAY, FIRST_DAY = match_key("दिन"), keyset("पहले", "पहला", "प्रथम")
# "यात्रा के दूसरे दिन", "दूसरे दिन ...": the visit's days counted from its first; "अंतिम दिन": its last
NTH_DAY = {match_key(word): n for n, word in enumerate(("दूसरे", "तीसरे", "चौथे", "पांचवें"), start=1)}
LAST_DAY = keyset("अंतिम", "आखिरी", "आख़िरी")
NEXT_DAY = keyset("अगले दिन", "अगले रोज", "अगली सुबह", "अगली शाम", "अगली दोपहर", "अगली रात")  # the day after the one
# told before
DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")  # an ISO day, its year told or not
HAND_OVER = match_key("सौंप")
GIFT = match_key("भेंट")  # "Y से भेंट की" met Y; "Y को ... भेंट की" gave Y something
UNDER = (match_key("के"), match_key("तहत"))  # "समझौते के तहत": by the terms of a pact
UNDER_IT = [[match_key(w), match_key("तहत")] for w in ("इसके", "इनके")]  # "इसके तहत": by the terms just told
PACTS = keyset("समझौते", "समझौता", "समझौतों", "ज्ञापन", "ज्ञापनों", "एमओयू", "करार", "संधि", "प्रोटोकॉल")
MAX_PACT_WORDS = 4  # "इस समझौता ज्ञापन पर": the agreement a sentence opens with
PAPERS = keyset(
    "ज्ञापन", "प्रतिवेदन", "रिपोर्ट", "पत्र", "चिट्ठी", "मांगपत्र", "मांग-पत्र", "दस्तावेज", "सुझाव", "ब्योरा", "संदेश", "सूची", "सूचियां",
    "न्योता", "न्यौता", "निमंत्रण", "आमंत्रण", "नोट", "विरोध-पत्र",
)  # fmt: skip  # "राजनयिक नोट सौंपा": a protest note handed to an envoy summoned
MAX_PAPER_GAP = 6  # "... की सूची भी एक-दूसरे को सौंपी": the paper, then who it was handed to
CREDENTIALS = keyset("परिचय", "प्रत्यय")  # "परिचय पत्र सौंपे": an envoy's credentials
PASSIVE_AUX = keyset("गया", "गए", "गई", "गयी", "गये")
WAS = keyset("था", "थे", "थी", "थीं")
IS_WAS = keyset("है", "हैं") | WAS
MAX_FORUM_GAP = 4  # "जी20 [विदेश मंत्रियों की] बैठक में"
SENTENCE_STOPS = keyset("।", ";", "?", ":")  # what ends a sentence's clause, not a list's item (",")
MAX_BRACKETED = 6  # "(पलासियो नासियोनाल)": a place's name in another tongue, in brackets after it
MAX_FORUM_NAME_GAP = 8  # "जी4 [देशों के विदेश मंत्रियों की] बैठक में", "ब्रिक्स [देशों के सोमवार को आयोजित वर्चुअल शिखर] सम्मेलन में"
ATTENDING = keyset(
    "भाग", "हिस्सा", "शिरकत", "प्रतिनिधित्व", "अध्यक्षता", "सह-अध्यक्षता", "सहअध्यक्षता", "संबोधित", "शामिल", "मेजबानी"
)  # "बैठक में भाग लिया", "सत्र को संबोधित", "... (एफआईपीआईसी) के शिखर सम्मेलन की सह-अध्यक्षता की", "... की मेजबानी की"
FORUM_NOUNS = keyset("फोरम", "मंच")  # "दोहा फोरम": a forum, named for its town
GLOBAL = keyset("अंतरराष्ट्रीय", "अंतर्राष्ट्रीय", "वैश्विक", "बहुपक्षीय")  # a forum of many countries, by its name
MANY, NATIONS = keyset("कई", "अनेक", "विभिन्न", "दर्जनों"), match_key("देशों")  # "20 से अधिक अफ्रीकी देशों के"
NAMED_MEETINGS = MEETING_NOUNS | keyset("सम्मेलन", "महासभा", "बैठकें", "बैठकों")  # nouns that are a meeting
FORUM_EVENTS = keyset("शिखर", "सम्मेलन", "शिखर-सम्मेलन", "बैठक", "सत्र", "महासभा", "सम्मेलनों", "बैठकों")
#: what makes a forum or its meeting ("शिखर सम्मेलन में") the occasion of another event
MARGINS = [tuple(match_key(w) for w in m.split()) for m in ("से इतर", "के इतर", "के हाशिये")]
TIMED_BY = {(match_key("से"), match_key("पहले")), (match_key("के"), match_key("बाद"))}  # "X की बैठक से पहले"
# "खाड़ी के एक देश में", "एक तीसरे देश में", "एक अज्ञात स्थान में": a place the text does not name
UNNAMED_PLACES, UNNAMED_BY = keyset("देश", "स्थान", "जगह"), keyset("एक", "तीसरे", "अज्ञात", "गुप्त", "अन्य")
TIME_SPANS = keyset("दिन", "घंटे", "घंटा", "सप्ताह", "हफ्ते", "हफ़्ते")  # "बैठक से [एक दिन] पहले"
OCCASION_MARKERS = MARGINS + [tuple(match_key(w) for w in m.split()) for m in ("से अलग", "के दौरान", "के मौके", "के अवसर")]
MAX_SUBJECT = 3  # words of a subject before an occasion told ("जयशंकर ने इस मौके पर")
MAX_SPEAKER = 12  # words from the opening up to the speaker's "ने" ("इस अवसर पर भारत के उच्चायुक्त अमित एस. तेलंग ने")
MAX_LABEL = 8  # words after a speaker's name up to the colon: "(@JMilei), अर्जेंटीना के राष्ट्रपति:"
MAX_CALL_REACH = 2  # sentences from a call, or what was said on it, to the talks told as its business
MAX_PAIR_REACH = 3  # sentences back to the two leaders "दोनों नेताओं" may mean
MAX_QUOTE_REACH = 4  # sentences back to where a quotation a first person stands in was opened
MAX_OFFICE_REACH = 10  # sentences back to where an office named alone was told with its country
MAX_OCCASION_REACH = 2  # sentences back to the occasion those present at it were at
MAX_QUIET_REACH = 4  # the same, where the sentences between tell no event
ANOTHER_ONE = keyset("एक", "अन्य", "दूसरे", "दूसरा", "किसी")  # "एक अन्य समारोह में": not the occasion just told
OCCASIONS = keyset("कार्यक्रम", "समारोह", "आयोजन", "मौके", "अवसर")  # "इस कार्यक्रम में": the occasion just told
PARADES = keyset("परेड")  # "परेड के बाद": after the parade just told (not "... भी परेड में शामिल हुआ", a part of it)
REGARDS = keyset("संबंध", "सिलसिले")  # "इस संबंध में": in the matter just told
ADDRESSES = keyset("संबोधन", "भाषण")  # "अपने संबोधन में": the address given on the occasion just told
# participles that describe a visitor named next
REACHED = keyset("पहुंचे", "पहुंचीं", "पहुंची", "पहुंचा")
TO_MEET = [match_key("से"), match_key("मिलने")]  # "X से मिलने (के लिए) ... पहुंचे": gone to meet X
MAX_GONE_TO_MEET = 12  # words from "से मिलने" to the venue reached, a subject and a day between
LANDED = keyset("उतरे", "उतरीं", "उतरी", "उतरा")  # "विमान सैंटियागो हवाई अड्डे पर उतरा": an arrival by air
ARRIVED = keyset("आए", "आईं", "आये", "आई", "आया") | REACHED | LANDED
CELL = "\t"  # what parts a plain-text table's cells
TO_TAKE = match_key("लेने")  # "बैठक में भाग लेने आए": came to take part
# "संवाददाता सम्मेलन को संबोधित किया", "दोनों मंत्रियों ने संवाददाताओं से बात की": the press, no meeting
SHOWS = keyset("पॉडकास्ट", "टॉक-शो", "इंटरव्यू")  # "पॉडकास्ट में ... बात की": on a show, no meeting (see _on_a_show)
PRESS = keyset("संवाददाता", "संवाददाताओं", "पत्रकार", "पत्रकारों", "प्रेस", "मीडिया", "मीडियाकर्मियों")
LEAVING = keyset("रवाना")  # "PLACE के लिए रवाना": where one leaves for
TIMELINE_ENTRY = re.compile(r"\W*(?:19|20)\d\d\s*[:ः–-]")  # "• 2024: ...": a timeline's year, history
INFORMED = {(match_key("जानकारी"), match_key("दी")), (match_key("अवगत"), match_key("कराया"))}  # what one told the other
OCCASION_KINDS = {"CEREMONY"}  # events those a list names may have taken part in
VERBLESS_ENDS = keyset("में", "से", "पर", "तक", "साथ")  # a sentence's last word where its verb came first
REPRESENTED = keyset("प्रतिनिधित्व")  # "बैठक में भारत का प्रतिनिधित्व X ने किया": one side at a meeting of many
COUPLE = keyset("दंपति", "दंपती", "दम्पति")  # "डच शाही दंपति": a royal or first couple
STAYING = keyset("रहेंगे", "रहेंगी")  # "मॉस्को में रहेंगे": a stay to come at a place
WILL_ARRIVE = keyset("आएंगे", "आएंगी", "आएगा", "आएगी", "पहुंचेंगे", "पहुंचेंगी", "पहुंचेगा", "पहुंचेगी")  # "भारत आएंगे"
CAPITAL = "capital"  # the places.tsv kind of a capital city
VENUE_KINDS = ("venue", "common")  # places.tsv kinds of venues (a site on a trip, not a country visited)
# "ब्रिक्स नेताओं की वर्चुअल बैठक में", "virtual summit की": a meeting held by video, a call
VIRTUAL = keyset("वर्चुअल", "वर्चुअली", "ऑनलाइन", "आभासी", "virtual", "Virtual", "online", "Online")
BY_MEANS = keyset("माध्यम", "जरिए", "जरिये", "द्वारा", "तरीके")  # "वर्चुअल माध्यम से": how something was done
VISIT_NOUNS = keyset("यात्रा", "दौरा", "दौरे")
TOWN_NOUN_REACH = 12  # characters before a place where its town's noun may end ("कस्बे पासो कानोआस")
NOUN_VISIT_CASES = keyset("की", "को", "से")  # "X की कुवैत यात्रा की जानकारी दी": a visit told as a noun (triggers.tsv)
MAX_VISIT_OWNER_GAP = 5  # words from the one whose visit it is to its place ("X की इस सप्ताह की ताजिकिस्तान यात्रा")
CALLED_OFF = keyset("स्थगित", "रद्द", "निरस्त")  # "... की यात्रा स्थगित कर दी गई है": what is to come, called off
TOUR = match_key("दौरा")
# sites toured ("रिफाइनरी का दौरा किया"), not places visited
SITES = keyset(
    "संयंत्र", "कारखाने", "कारखाना", "फैक्टरी", "रिफाइनरी", "केंद्र", "मुख्यालय", "संग्रहालय", "प्रयोगशाला", "शिपयार्ड",
    "विश्वविद्यालय", "अस्पताल", "स्कूल", "परिसर", "संस्थान", "खदान", "परियोजना", "मंदिर", "सिटी", "पार्क", "बंदरगाह",
    "अड्डे", "अड्डा", "घाटी", "इलाके", "इलाकों", "शिविर", "शिविरों",  # "बाढ़ प्रभावित केलानी घाटी का दौरा करेंगी"
)  # fmt: skip
NEAR = match_key("पास")
PLACE_MARKERS = MOTION | keyset("में", "पर", "जाकर", "पहुंचकर")  # "मॉस्को में", "पेरिस जाएंगे"
VENUE_LINKS = keyset("के", "में", "की")
VENUE_REACH = 6  # from the word linking a place to a venue ("स्थित", "के", "में") past a venue's name of up to four words
AT_VENUE = keyset("में", "पर", "जाकर")  # after a venue: where it happened, or where one went to do it
PLACES = ("COUNTRY", "LOCATION")
# before a trigger: a hope ("उम्मीद है कि ... करेंगे"), a belief ("मुझे यकीन है") or a condition ("अगर ... तो")
BELIEF = match_key("विश्वास")  # "विश्वास है कि", but not "आपसी विश्वास"
MAX_ACRONYM_TOKENS = 3  # tokens of an acronym in brackets after a body's name ("( इन - स्पेस )")
CLAUSE_JOINERS = keyset("और", ",", "तथा")  # what joins the clauses of a sentence telling the ties there are
# "... संबंध हैं", "... अहम साझेदार है", "भारत ट्यूनीशिया से फॉस्फोरिक एसिड का सबसे बड़ा खरीदार है": standing ties
TIES = keyset("संबंध", "रिश्ते", "संबंधों", "साझेदार", "साझेदारी", "भागीदार", "खरीदार", "आपूर्तिकर्ता", "निर्यातक", "आयातक")
OLD = keyset("पुरानी", "पुराना", "पुराने")  # "... के बीच यह परंपरा दशकों पुरानी है": how long ties have stood
MAX_FIRM_DESCRIPTION = 8  # words describing a company before its noun ("तेल एवं गैस क्षेत्र की सरकारी कंपनी")
CLAUSE_MARKS = keyset("ने", "को", "से", "में", "पर", ",", "।")  # what no company's description crosses
CONDITIONS = keyset("अगर", "यदि")
EVERY, PERIODS, YEARLY = match_key("हर"), keyset("साल", "वर्ष", "महीने", "सप्ताह"), keyset("प्रतिवर्ष", "सालाना")
FISCAL = keyset("वित्त", "वित्तीय")  # "पिछले वित्त वर्ष": a fiscal year is a period as a year is
HOPES = keyset("उम्मीद", "आशा", "उम्मीदें", "यकीन") | CONDITIONS
EXPECTED = keyset("संभावना", "संभावनाएं", "अपेक्षा", "उम्मीद", "आसार")  # after it: "होने की संभावना है"
INTENDED = keyset("योजना", "कार्यक्रम")  # in a trigger: "से मिलने की योजना है", a meeting planned
FOUNDING, MAX_FOUNDED_WORDS = keyset("स्थापना", "निर्माण"), 6  # "X में Y की स्थापना के लिए"
SET_UP = match_key("स्थापित")  # "केंद्र स्थापित करने की पेशकश": a body to be set up
STATEMENTS = keyset("बयान", "विज्ञप्ति")  # "एक बयान में कहा कि": an official statement, which tells what happened
COLONS = frozenset(":ः")  # a label's colon, or the visarga the normaliser may read it as
DASHES = frozenset("-–—")  # "9 दिसंबर – लुआंडा:": a programme entry's day, then its place
THING_PARTICIPLES = keyset("हस्ताक्षरित", "स्थापित", "गठित", "निर्मित")  # "2021 में हस्ताक्षरित [समझौता]": a thing's year
# where a verbless clause of a programme's entry ends: "... के साथ वार्ता; ...", "... बातचीत और समझौतों पर हस्ताक्षर"
CLAUSE_ENDS = keyset(";", "।", ",", "और", "तथा", "एवं")
MAX_BUSINESS_WORDS = 4  # words of what was talked of between "से" and "पर": "B से [खनन और महत्वपूर्ण खनिजों] पर बात की"
MAX_DESCRIBED_WORDS = 4  # from a case to the one it describes: "लोकसभा में [नेता प्रतिपक्ष] राहुल गांधी"
MAX_CONJUNCT_WORDS = 6  # words of a thing joined by "और" up to its case: "और [चाबहार बंदरगाह के इस्तेमाल] पर"
# "X में ... स्थापित करने के प्रस्ताव/लिए": what is proposed to be done in a place, not where it was talked of
PROPOSED_FOR = {(match_key("के"), match_key(w)) for w in ("प्रस्ताव", "लिए", "योजना")}
MAX_DONE_THERE = 2  # "वानुअतु में [शुरू करने] पर": the verbal noun right after the place (not "... में सीमा पर ... करने पर")
ANY_ONE = keyset("कोई", "किसी")  # "पाकिस्तान के साथ कोई भी बातचीत ... होगी": talks in general, none held
RECENT = match_key("हाल")  # "हाल ही में", "हाल में": recently, not the day or place the sentence told before
MAX_DESCRIPTION_OPENING = 2  # "X और रॉयल [ऑस्ट्रेलियाई नौसेना के ... Y] ने": words before the next one's country
CARRYING, MAX_CARRY_GAP = match_key("लेकर"), 10  # "[राहत सामग्री लेकर रविवार को] पोर्ट लुई पहुंचा": goods brought
APPROVED = keyset("मंजूरी", "स्वीकृति", "अनुमति")  # after an infinitive: "हस्ताक्षर करने को मंजूरी दी", a signing to come
# right after one: "... के बीच शिखर वार्ता प्रस्तावित है", a meeting planned; after a place: "हैदराबाद में प्रस्तावित
# ...", what is only proposed there
PROPOSED = keyset("प्रस्तावित")
BOUNDS = keyset("तक", "से")
IN_OR_BOUND = [[IN]] + [[b] for b in BOUNDS]  # "जून में", "1 जनवरी से", "मार्च तक": when what was agreed is to be
STRETCH_ENDS = keyset("तक", "को")  # "8 से 10 जून तक फ्रांस", "2-3 जुलाई को घाना": the days told for the country after them
AHEAD = keyset("अगले", "अगली", "आगामी")  # "अगले महीने": a time to come
MAX_SCHEDULE_GAP = 31  # days before the dateline's that a yearless day in what was agreed would be: one to come
NEXT, ROUND = AHEAD | keyset("अगला"), keyset("दौर", "चरण")  # "अगले दौर की वार्ता", "वार्ता का अगला दौर"
# "तीसरे दौर की वार्ता अगले वर्ष ... होगी": a round to come, counted
NTH = keyset("दूसरे", "तीसरे", "चौथे", "पांचवें", "पाँचवें", "छठे", "सातवें", "आठवें", "नौवें", "दसवें")
HIS = match_key("उनके")  # "उनके साथ": with the one told of before
HIS_WITH = [[match_key("से"), match_key(w)] for w in ("उनकी", "उनका", "अपनी")]  # "Y से उनकी बातचीत हुई"
WITH_THIS = [match_key("इसके"), match_key("साथ")]  # "इसके साथ ही": with what was told last
ALREADY = keyset("चुका", "चुकी", "चुके")  # "आमंत्रित कर चुके हैं": done already, before what is told
LATER = (match_key("बाद"), match_key("में"))  # "और बाद में": what is done later
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")  # "9:15 PM:" opening a live page's entry
# "सुबह 9.30 बजे:", "11:00 AM -": the hour a programme's entry is labelled with
HOUR_LABEL = re.compile(r"(?:(?:सुबह|दोपहर|शाम|रात|प्रातः|सायं)\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:बजे|AM|PM|am|pm)\s*[:ः–—-]")
# "पहला दिन (9 दिसंबर):": a programme's day by its place in the visit, its date after it
DAY_LABEL = re.compile(r"(?:पहला|दूसरा|तीसरा|चौथा|पांचवां|पाँचवाँ|छठा|सातवां|अंतिम|आखिरी|आख़िरी)\s+दिन\s*[(,–-]")
HINDI_CLOCK = re.compile(r"\s*(?:(?:सुबह|दोपहर|शाम|रात)\s+)?\d{1,2}[:.]\d{2}\s*बजे\s*:")  # "सुबह 9.45 बजे: ..."
# "13:05 IST" on a line above it, perhaps after its label ("BREAKING | 10:42 AM", the bar read as a danda)
CLOCK_LINE = re.compile(r"(?:[^\W\d_]+[|।:–-]?)?" + CLOCK.pattern + r"(?:AM|PM|am|pm|IST|बजे)?")
MAX_AIRPORT_NAME = 4  # "अकरा के [कोटोका अंतरराष्ट्रीय] हवाई अड्डे": the genitive and the airport's name words
EARLIER_THAT_DAY = tuple(match_key(w) for w in ("इससे", "पहले", "दिन", "में"))  # of the day told last
TIME_OF_WHAT_FOLLOWS = keyset("बाद", "पर")  # "पहुंचने के बाद", "पहुंचने पर"
DAY_BEFORE_THAT = {tuple(match_key(w) for w in (this, "एक", "दिन", "पहले")) for this in ("इससे", "उससे")}
IN_THE_DAY = tuple(match_key(w) for w in ("दिन", "में"))  # "X ने दिन में ...": of the day told last, not "दो दिन में"
EARLIER = list(EARLIER_THAT_DAY[:2])  # "इससे पहले" alone: before the scene told, on a day not told
# "इसी दिन", "उसी शाम": the day told last
SAME_DAY = {(match_key(this), match_key(w)) for this in ("इसी", "उसी") for w in ("दिन", "शाम", "सुबह", "दोपहर", "रात")}
GONE_BY = keyset("पिछले", "पिछली", "गत", "बीते")  # "पिछले वर्ष": a time gone by
EVERY_OR_GONE_BY = GONE_BY | {EVERY}  # "हर साल", "पिछले वर्ष": a period that is background
YEARS = keyset("साल", "वर्ष")
HERE = keyset("यहां", "यहाँ")
WHERE = keyset("जहां", "जहाँ")
AFTER_WHICH = keyset("जिसके", "जिसमें")  # "वार्ता हुई, जिसके बाद ...": told within the event before it
FOR_WHICH = match_key("जिसके")  # "..., जिसके लिए ... ने आभार जताया": thanks for what was just told
HONOURS = keyset("सम्मान", "पुरस्कार", "अलंकरण", "उपाधि", "नागरिकता")  # "... की मानद उपाधि प्रदान की"
# what ends the words naming an honour, read back from it: who gets it, where, why ("समारोह में", "योगदान के लिए")
SITE_CASES = keyset("पर", "में")  # "... स्मारक पर पुष्पांजलि": the site a tribute is paid at
HONOUR_NAME_STOPS = keyset("को", "में", "ने", "लिए", "पर", ",", "उन्हें")
NOT_A_SITE = HERE | keyset("उन्होंने", "इससे", "उससे", "इसके", "उसके", "पहले", "बाद", "भी", "फिर")  # before a memorial
# "शोक पुस्तिका में हस्ताक्षर": a tribute too, and so are garlands, flowers and homage ("प्रतिमा पर माल्यार्पण किया")
TRIBUTES = keyset(
    "श्रद्धांजलि", "पुष्पांजलि", "श्रद्धासुमन", "पुष्पचक्र", "शोक", "माल्यार्पण", "पुष्पार्पण", "पुष्प", "फूल", "पुष्पमाला", "नमन",
    "फ़ातिहा", "चादर",
)  # fmt: skip
OPENINGS = keyset("उद्घाटन", "लोकार्पण", "शिलान्यास", "अनावरण", "विमोचन")  # a thing opened or released
PLANTINGS = keyset("पेड़", "पौधा", "पौधे", "वृक्ष")  # a tree planted: a ceremony of its own
FOUNDATIONS = keyset("आधारशिला", "शिलान्यास", "नींव")  # a foundation stone laid: one apart from an opening
GROWTH = keyset("विस्तार", "उन्नयन", "आधुनिकीकरण", "विकास")  # "... केंद्र के विस्तार पर चर्चा की": a body built up
MAX_CONJUNCT = 3  # words of the name after "और" before a shared genitive ("और [कांकेसंतुरै बंदरगाह] के विकास पर")
MAX_OPENED_GAP = 4  # words from a body's genitive to its opening ("का [संयुक्त रूप से] उद्घाटन")
PRESENCE = keyset("मौजूदगी", "उपस्थिति")
# "गाजा में मानवीय स्थिति पर चर्चा": what is happening in a place, talked of there or elsewhere
SITUATIONS = keyset(
    "स्थिति", "हालात", "घटनाक्रम", "संघर्ष", "तनाव", "संकट", "युद्ध", "युद्धविराम", "संघर्षविराम", "शांति", "हिंसा", "सहायता", "मदद",
    "पुनर्निर्माण",
)  # fmt: skip
MAX_SITUATION_WORDS = 3  # "गाजा में [मानवीय] स्थिति": the words from the place to the situation's noun
MAX_TOPIC_WORDS = 14  # a region, then the words of the matter talked of, up to "पर चर्चा"
MAX_STATE_TOPIC_WORDS = 18  # a state's business told at length ("राजस्थान में जापानी कंपनियों के निवेश, ... पर चर्चा")
# no "पर चर्चा" after them is of the region's phrase: "लक्ष्मी विलास पैलेस में वार्ता की, जिसमें ... पर चर्चा हुई"
TOPIC_STOPS = keyset("।", "?", ";", ":", "ने", "जबकि", "लेकिन", "हुई", "हुआ", "हुए", "जिसमें", "जहां") | MEETING_NOUNS
WITNESS = "की मौजूदगी"  # the marker of those in whose presence something is done
MEDIATOR = "की मध्यस्थता"  # the marker of those who mediate talks between others
MEDIATION = match_key("मध्यस्थता")
INVITER = "के निमंत्रण"  # the marker of those at whose invitation someone comes: the host, no visitor
INVITATION = keyset("निमंत्रण", "न्योते", "न्यौते", "आमंत्रण", "बुलावे")  # "X के निमंत्रण पर": at X's invitation
PACT_PARTY = "pact"  # the marker of a party to an agreement talked of: no side of the talks
MAX_PACT_GAP = 3  # words describing the agreement ("अधिमान्य व्यापार समझौते")
BESIDES = keyset("अलावा", "अतिरिक्त")  # "X के अलावा Y से भी": X as well as Y
MAX_SERIES_REACH = 6  # sentences back to where the sides of talks told only as background are named
MAX_OCCASION_WORDS = 8  # "चल रहे [विश्व यात्रा बाज़ार (डब्ल्यूटीएम)] के दौरान": an occasion's name up to its "के दौरान"
MAX_BUILT_BY = 6  # "[भारत की सहायता से बने] केंद्र में": words telling a venue built, by whom and how
BUILT = keyset("स्थापित", "निर्मित", "बनाए", "बनाई", "बनाया", "बने", "बना", "वित्तपोषित")  # "भारत द्वारा स्थापित केंद्र"
GIVEN = keyset("दी", "दीं", "दिए", "दिया", "दिये", "प्रदान", "किए", "किया", "की", "भेजी", "भेजे", "भेजा") | BUILT
GOT = keyset("मिली", "मिले", "मिला", "मिलीं", "प्राप्त")  # "भारत से मिली मदद", "भारत से मिले टीकों के लिए": what was given
GOT_FROM = [[k] for k in GOT]
WELCOME_REACH = 5  # "X का [राष्ट्रपति भवन के प्रांगण में] स्वागत": the words a place may take before "स्वागत"
MAX_GIVEN_GAP = 4  # "द्वारा [उलानबटोर में] स्थापित": a place may come between
BEHALF_WORDS = 3  # "की ओर से", "की तरफ से": the words of the marker after a giver on whose behalf something was sent
HELD_TALKS = keyset("की", "कीं", "हुई", "हुईं", "हुआ")  # "... स्तर की वार्ता की": talks held
MAX_TALKS_AFTER_PLACE = 4  # "में [प्रतिनिधिमंडल स्तर की] वार्ता की"
ENGLISH_OF = match_key("ऑफ")  # "ग्रेट हॉल ऑफ द पीपल": a venue named in the English order, its head first
RESPECTIVELY = keyset("क्रमशः", "क्रमश")  # "X और Y ने क्रमशः A और B से": X with A, Y with B
MAX_RELATIVE_GAP = 12  # "बातचीत [के बारे में संवाददाताओं को जानकारी दे रही थीं], जो ... हुई थी": to the relative
SUMS = keyset("राशि", "धनराशि", "ऋण", "अनुदान", "कर्ज")  # "यह राशि ... पर खर्च की जाएगी": the sum a signing gave
COURTESY = match_key("शिष्टाचार")  # "शिष्टाचार भेंट": a courtesy call, never a gift
MAX_SERIES_WORDS = 4  # "अगला [इब्सा शिखर] सम्मेलन", "अगला [अंतर - सरकारी] परामर्श": the series' words after "अगला"
NOT_A_SERIES = keyset("महीने", "माह", "सप्ताह", "हफ्ते", "वर्ष", "साल", "दिन", "होने", "वाली", "वाले", "वाला")
MAX_AFTER_DOING = 6  # "[चेक सौंपने] के बाद": how far into its sentence what was done before may open it
VERBAL_NOUN = "ने"  # "सौंपने", "पहुंचने": a verb's noun, in the oblique before "के बाद"
MAX_DONE_REACH = 2  # sentences back to the act "चेक सौंपने के बाद" names
MIN_VERB_STEM = 3  # "सौंप" of "सौंपने" (not "बन" of "बनने": "बनाया" is another verb)
GUESTS = keyset("अतिथि", "अतिथियों", "मेहमान", "मेहमानों")  # "अतिथियों के सम्मान में भोज": the visitors honoured
INSTEAD_OF = [match_key("के"), match_key("बजाय")]  # "11 मार्च के बजाय 12 मार्च को": instead of that day
# "तय कार्यक्रम के अनुसार", "तय समय पर": as planned; "X ने उन्हें मुलाकात का समय दिया": an audience granted, met
PLAN, TIME = match_key("कार्यक्रम"), match_key("समय")
DOING = keyset("करते", "करती")  # "वार्ता करते प्रधानमंत्री X": a photo caption's participle, of the one named after it
SIDELINES = match_key("इतर")  # "शिखर सम्मेलन से इतर": on a summit's sidelines
ROUNDTABLES = keyset("गोलमेज", "राउंडटेबल")  # "गोलमेज बैठक", "राउंडटेबल": a meeting of many, each its own
SESSIONS = keyset("सत्र", "सत्रों")  # "बैठक के पहले सत्र को संबोधित करते हुए": a session of a meeting
SEPARATELY = keyset("अलग-अलग", "अलग", "द्विपक्षीय")  # "अलग-अलग मुलाकात", "द्विपक्षीय बैठकें": one by one
AND = match_key("और")
THEN = match_key("फिर")
AFTER_THAT = [[match_key("इसके"), match_key("बाद")], [match_key("उसके"), match_key("बाद")]]  # opening a sentence
ON, BETWEEN, WITH, GEN_KE = match_key("पर"), match_key("बीच"), match_key("साथ"), match_key("के")
AS_WELL_AS = [GEN_KE, WITH, "-", WITH]  # "A के साथ-साथ B से भी"
SUBJECT_REACH = 5  # "व्यापार, निवेश और प्रौद्योगिकी सहयोग पर": the "पर" that ends a body's subject, words after a cue
AMONG = [GEN_KE, BETWEEN]  # "भारत और अमेरिका की सेनाओं के बीच": the two sides, by their people
JOINT = keyset("त्रिपक्षीय", "बहुपक्षीय", "चतुर्पक्षीय", "बीच")  # a meeting of several sides together
NOT_THERE = GENITIVE | {ERGATIVE, FROM}  # "भारत के राजदूत", "भारत ने", "पेरिस से": no place "वहां" stands for
LATER_ON = match_key("बाद")
WHEN = match_key("जब")
THAT_ONE = match_key("उस")  # "उस यात्रा में": at the one told before
IS_NOW = keyset("है", "हैं")  # "2009 से लागू है": what holds now
THEN_TOLD = match_key("तब")  # "तब ... आए थे": at the time just told
AT_THAT_TIME = {(match_key("उस"), match_key("समय")), (match_key("उसी"), match_key("समय"))}  # "उस समय": then
AFTER = [GEN_KE, LATER_ON]
GEN_KA = match_key("का")
ORGANISED = [GEN_KA, match_key("आयोजन")]  # "बैठक का आयोजन ... हुआ": the meeting, held
RELATIVE_AGENTS = keyset("जिन्होंने", "जिसने")  # "..., जिन्होंने ... बधाई दी": who, of the one named before
ASIDE_RELATIVES = keyset("जो") | WHO_DID  # "X, जिन्होंने ... संभाला, ने": a relative clause set aside
MAX_MANY_GAP = 7  # words between "कई" and the meetings it counts ("कई [देशों के मंत्रियों के साथ द्विपक्षीय] बैठकें")
# "कई द्विपक्षीय बैठकें कीं": many at once; "इन मुलाकातों में": in the meetings just listed
MEETINGS_TOLD = keyset("बैठकें", "बैठकों", "मुलाकातें", "मुलाकातों", "वार्ताएं", "वार्ताओं")
ARRIVING = keyset("पहुंचने", "आगमन")  # "पहुंचने के कुछ घंटे बाद", "दिल्ली पहुंचने के बाद": after the arrival just told
DEPARTING = keyset("रवाना", "लौटने", "प्रस्थान")  # "रवाना होने से पहले": before leaving at the visit's end just told
BEFORE_LEAVING = [match_key("होने"), FROM, match_key("पहले")]
DURATION_UNITS = keyset("मिनट", "घंटे", "घंटा", "घंटों")  # "करीब 20 मिनट चली बातचीत में": how long the talks lasted
DURATION_COUNTS = keyset(*DAY_WORDS, "डेढ़", "ढाई", "कुछ", "कई")  # "[डेढ़] घंटे", "[कई] घंटे"
MAX_DURATION_WORDS = 4  # "[करीब डेढ़ घंटे] चली", "[लगभग 40 मिनट] की"
MAX_SOON = 5  # "पहुंचने [के कुछ घंटे] बाद": words from the arrival to "के बाद"
DURING = (GEN_KE, match_key("दौरान"))
LASTING = (match_key("दिवसीय"), match_key("दिनों"), match_key("दिन"))  # "दो दिवसीय", "तीन दिनों की": how long
CONTENT_MARKERS = keyset("पर", "का", "की", "के")  # "... करने पर सहमत", "... करने का निर्णय"
MAX_SOURCE_WORDS = 8  # "[सऊदी प्रेस एजेंसी] के अनुसार,": the words of a source told before what it says
ACCORDING, ISSUED = [GEN_KE, match_key("अनुसार")], [match_key("जारी")]  # "X के अनुसार", "X की ओर से जारी बयान"
FOR_DOING = [match_key("करने"), GEN_KE, match_key("लिए")]  # a purpose after a trigger that ends before its verb
NOMINAL_MARKERS = keyset("के", "की", "का", "में", "पर", "को", "से")
# can and should: "हस्ताक्षर कर सकते हैं", "समझौते पर जल्द हस्ताक्षर होने चाहिए"
MODALS = keyset("सके", "सकें", "सकता", "सकती", "सकते", "सकेंगे", "सकेगा", "सकेगी", "सकूं", "सकें", "चाहिए")
I_MET = keyset("मिला", "मिली", "मिलूंगा", "मिलूंगी")  # "X से मिला": met, in the singular only a speaker's own words use
FIRST_PERSON = keyset("मैं", "मैंने", "हम", "हमने", "मुझे")  # a speech: the speaker, not named, is the source
WE = keyset("हम", "हमने", "हमारी", "हमारा", "हमारे")
TOWARDS = match_key("प्रति")  # "भारत के प्रति कृतज्ञता": gratitude towards India
SECOND_PERSON = keyset("आप", "आपके", "आपकी", "आपका", "आपको", "आपने")  # a message's addressee
VERB_COORDINATORS = keyset("और", "तथा", "एवं", ",")
# a country's delegation, or its business people ("भारतीय और जर्मन कंपनियों के प्रमुखों से")
ROUTE = keyset("रास्ते", "मार्ग")  # "भारत के रास्ते": through a country, which takes no side
LED_GROUPS = keyset("प्रतिनिधिमंडल", "शिष्टमंडल", "प्रतिनिधि-मंडल", "दल")  # a delegation someone leads
DELEGATIONS = LED_GROUPS | BUSINESS
GROUPS = keyset("समूह", "दल")  # "सांसदों के एक समूह से": people of one office together
LEADERSHIP = keyset("नेतृत्व", "सरकार", "हुकूमत", "प्रशासन", "क़यादत")  # "सऊदी नेतृत्व को", "सऊदी क़यादत का": the country
FRIENDS = keyset("मित्रों", "दोस्तों", "साथियों")  # "हमने अपने भारतीय मित्रों के साथ ... बैठक की": the country's side
ENVOYS = keyset("राजदूत", "उच्चायुक्त", "दूत", "महावाणिज्यदूत")  # heads of envoys' titles ("महावाणिज्य दूत")
STATE = keyset("प्रदेश", "राज्य")  # "प्रदेश सरकार": the government of the state the story is in
NATION = keyset("जनता", "लोगों", "नागरिकों", "देशवासियों")  # "यूएई की जनता को शुभकामनाएं": the country itself
PARTY = match_key("पार्टी")  # "भारतीय जनता पार्टी": a party's name, not the people
DELEGATES = keyset("प्रतिनिधि", "प्रतिनिधियों")
FELLOWS = keyset("सदस्य", "सदस्यों", "अधिकारियों") | DELEGATES  # those a body sends or is made of ("मंत्रालय के अधिकारियों से")
MEMBERS = keyset("प्रमुख", "प्रमुखों") | FELLOWS
LED_BY = match_key("नेतृत्व")
MAX_SIDE_NAME = 3  # "और [फ्रांसीसी] दल का नेतृत्व": words from a coordinator to the next side's leadership
LED_KINDS = keyset("में", "वाले", "वाली", "वाला")  # "X के नेतृत्व में आए" or "X के नेतृत्व वाले" प्रतिनिधिमंडल
ONE, MEMBERED = match_key("एक"), match_key("सदस्यीय")
WHICH_ONE = keyset("जिस", "जिन")  # "..., जिस पर ... हस्ताक्षर किए": on the one named before
MAX_NEW_MEETING = 2  # "एक [गोलमेज] बैठक": the words between "एक" and the meeting noun
MAX_DELEGATION_GAP = 2  # "ऑस्ट्रेलियाई व्यापार प्रतिनिधिमंडल", "रूसी उच्च स्तरीय प्रतिनिधिमंडल"
MAX_LED_GAP = 4  # "X के नेतृत्व में [भारत के सर्वदलीय संसदीय] प्रतिनिधिमंडल ने"
MAX_DELEGATION_HOPS = 2  # "अमेरिकी संसद के निचले सदन प्रतिनिधि सभा के ... प्रतिनिधिमंडल": bodies between
MAX_DELEGATION_REACH = 16  # tokens from the country to its delegation noun, at most
MAX_DELEGATION_BODY = 4  # words of each body between ("निचले सदन प्रतिनिधि सभा")
CHIEF_GUEST = [match_key("मुख्य"), match_key("अतिथि")]  # "..., जबकि X मुख्य अतिथि थे"
CONTRAST = keyset("जबकि")  # "X के साथ ... चर्चा हुई, जबकि Y के साथ ...": two events set against each other
MISSIONS = keyset("दूतावास", "उच्चायोग", "दूतावासों")
ONE_OF_MANY = (("ियों", "ी"), ("ियों", "ि"), ("ाओं", "ा"), ("ों", ""))  # a title's plural oblique endings, singular ones
GRATITUDE = keyset("आभार", "धन्यवाद", "शुक्रिया")
MAX_THANKS_GAP = 12  # words from one thanked to the gratitude ("आईएमएफ को आपात वित्तीय सहायता के लिए धन्यवाद")
CONSULAR = keyset("वाणिज्य", "महावाणिज्य")  # "वाणिज्य दूतावास": a consulate
UNANCHORED_TITLES = keyset("समकक्ष", "अधिकारी", "नेता", "प्रतिनिधि")  # whose country an office alone cannot tell
ELSEWHERE = keyset("उधर")
HYBRID = keyset("हाइब्रिड")  # "बैठक हाइब्रिड प्रारूप में हुई": partly by video, so in no one place the text gives


class Entry(NamedTuple):
    """A programme's entry: its day, and the place it is labelled with, if any."""

    day: Entity
    place: Entity | None = None


class Who(NamedTuple):
    """An actor while frames are built: a person (cluster index), a whole country or an organisation."""

    cluster: int | None
    country: str | None
    title: str | None = None  # as this mention gives it; alone, a country's office-holder ("श्रीलंका के राष्ट्रपति")
    org: str | None = None  # an organisation acting ("सीमा सुरक्षा बल (बीएसएफ) और बॉर्डर गार्ड बांग्लादेश के बीच")


def _who(mention: Mention) -> Who:
    """A person mention as an actor."""
    return Who(mention.cluster, mention.country, mention.title)


def _who_known(doc: Document, mention: Mention) -> Who:
    """A person mention as an actor of the country the document knows the person by, not the mention's own."""
    return Who(mention.cluster, doc.people[mention.cluster].country, mention.title)


def _span_text(doc: Document, tokens: list, a: int, b: int) -> str:
    """The text as written of tokens ``a`` to ``b`` (tokens hold offsets into the raw text), on one line."""
    return " ".join(doc.raw[tokens[a].start : tokens[b - 1].end].split())


@dataclass(slots=True)
class Argument:
    """A candidate participant in a clause: a person mention, a country, or a pronoun."""

    first: int
    last: int
    kind: str  # person | country | office | org | pronoun | relative | both
    mention: Mention | None = None
    country: str | None = None
    marker: str = ""
    title: str | None = None  # a country's office-holder's title; for "both", its noun ("नेताओं")
    org: str | None = None  # an organisation's name, for "org"
    ruled: bool = False  # an organisation the rules named: it acts only as a subject or a side of talks
    size: int = 2  # for "both": how many sides ("तीनों देशों": 3)
    compound: str | None = None  # hyphened into "names" ("भारत-अमेरिका") or a "thing" (see _compound)
    office: str | None = None  # for "both": the sides' office ("दोनों देशों के राष्ट्रपतियों से")


@dataclass(slots=True)
class Draft:
    """A frame under construction (before merging and slot filling)."""

    event_type: str
    sentence: int
    trigger: tuple[int, int]  # raw offsets
    trigger_text: str
    planned: bool
    sources: list[Who] = field(default_factory=list)
    targets: list[Who] = field(default_factory=list)
    participants: list[Who] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    location: dict | None = None
    date: dict | None = None
    clause: tuple[int, int] = (0, 0)  # token range of the clause that tells it
    remote: bool = False  # told as part of a call: no place is carried to it
    carrier: bool = False  # a call told only as the means of another event ("वीडियो कॉन्फ्रेंस के माध्यम से उद्घाटन")
    partners: list[Who] = field(default_factory=list)  # "Y से", "Y के साथ": the ones met (hosts, when abroad)
    visited: str | None = None  # the country a visit told in the same sentence goes to
    forum: bool = False  # a multilateral forum's meeting attended: one side named is enough (_at_a_forum)
    scene_date: bool = False  # the day is the scene's, told in the sentence before, not the draft's own
    bodies: set[str] = field(default_factory=set)  # bodies told acting in a mention absorbed (see _topics_of_bodies)
    next_of: Draft | None = None  # the meeting this one is told as the next of, whose business it takes once merged

    def actors(self) -> list:
        return self.sources + self.targets + self.participants

    def has_people(self) -> bool:
        return any(w.cluster is not None for w in self.actors())

    def key(self) -> frozenset:
        return frozenset((w.cluster, None if w.cluster is not None else w.country) for w in self.actors())

    def trigger_words(self) -> set[str]:
        """The match keys of the trigger's words, to ask what kind of event it names."""
        return {match_key(w) for w in self.trigger_text.split()}


class Frames:
    """The frames stage: ``doc.frames`` from sentences, entities and mentions."""

    name = "frames"
    requires = frozenset({"entities", "mentions"})
    provides = frozenset({"frames"})

    def __init__(self, home_country: str | None = "IND") -> None:
        """``home_country``: the country of an office named alone ("विदेश सचिव से मुलाकात की"), as
        the actors stage gives it to a named official whose country the text never states."""
        self.home_country = home_country
        self.lex = load()
        self.cameo: dict[str, str] = {}
        with open(RESOURCES / "event_types.tsv", encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                self.cameo[row["event_type"]] = row["CAMEO"].split()[0]
        self.triggers = TokenMatcher()
        self.refs = TokenMatcher()
        self.subjects = TokenMatcher()
        self.during = TokenMatcher()
        self.leads = TokenMatcher()
        self.joined = TokenMatcher()
        self.entries = TokenMatcher()
        self.subject_verbs: dict[str, set[str]] = {}
        self.cues = _load_triggers(
            {
                "verb": self.triggers,
                "ref": self.refs,
                "subject": self.subjects,
                "during": self.during,
                "lead": self.leads,
                "joined": self.joined,
                "entry": self.entries,
            },
            self.subject_verbs,
        )

    def __call__(self, doc: Document) -> Document:
        if doc.error:
            return doc
        drafts: list[Draft] = []
        sentence_triggers: dict[int, list] = {}
        for sentence in doc.sentences:
            if (
                sentence.kind != "body"
                and not _headline_told(doc, sentence)
                and not _predicate_item(doc, sentence)
                and _programme_entry(doc, sentence) is None
            ):
                continue
            # an event to come told before is not the one "X ने यह बात Y के साथ मुलाकात के बाद कही" names, held already
            said = _said_it(sentence)
            found = self._triggers(doc, sentence, told={d.event_type for d in drafts if not (d.planned and said)})
            made = self._drafts(doc, sentence, found, drafts)
            _on_the_programme(doc, sentence, made, drafts)
            for draft in made:
                draft.forum = _at_a_forum(doc, draft, self.lex)
            made = _one_call(made)
            _called_to_wish(made)
            discussed = [d for d in made if _discussed_on_the_occasion(doc, d, drafts)]
            if discussed:
                drafts[-1].sentences.add(sentence.index)  # the talks told on, their occasion told here too
                made = [d for d in made if all(d is not x for x in discussed)]
            # a sentence whose triggers made no event ("चर्चा होने की उम्मीद है") may still refer to one
            sentence_triggers[sentence.index] = found if made else []
            drafts.extend(made)
        drafts = _came_to_attend(doc, _tour_by_its_entries(doc, drafts))
        _days_of_the_visit(doc, drafts)
        _agreed_at_the_meeting(drafts)
        drafts = _join_listed(doc, _join_list_items(doc, drafts))
        _companions(doc, drafts)
        _named_in_the_meeting(doc, drafts)
        _met_with_the_one_before(doc, drafts)
        _sides_told_next(doc, drafts, sentence_triggers)
        _announced_by(doc, drafts)
        _asked_about(doc, drafts)
        _envoy_for_the_mission(doc, drafts)
        _posted_under_a_label(doc, drafts)
        _senders_named_after(drafts)
        _told_again_by_their_senders(drafts)
        _thanked_for_what_was_given(doc, drafts)
        drafts = _views_shared_on_another(_join_hosts(doc, _join_leaders(doc, _join_relatives(drafts))))
        drafts = _called_off(doc, _rest_of_visit(_merge(_elaborations(drafts, doc), doc)))
        cores = self._link_refs(doc, drafts, sentence_triggers)
        doc.frames = self._finish(doc, drafts, cores, sentence_triggers)
        return doc

    # -- per sentence -----------------------------------------------------------------------

    def _triggers(self, doc: Document, sentence: Sentence, told: frozenset | set = frozenset()) -> list[tuple]:
        """Trigger spans of a sentence; an event named as the time of what it tells ("यात्रा के दौरान",
        "दोनों नेताओं की मुलाक़ात के बाद") is one only when no event of its type was ``told`` before (else
        it is that event again)."""
        keys = [t.norm for t in sentence.tokens]
        if self.cues.isdisjoint(keys):  # most sentences name no event: skip the matcher
            return []
        told_spans = token_spans(sentence, doc.entities_in(sentence))
        extents = [(a, b, e) for a, b, label, e in told_spans if label in PLACES]
        named = [(b, e) for _a, b, e in extents]
        places = {b - 1 for b, _e in named}
        bodies = {b - 1 for _a, b, label, _e in told_spans if label == "ORG"}
        people = {b - 1 for _a, b, label, _e in told_spans if label == "PERSON"}
        labels = [
            "PLACE" if i in places else "BODY" if i in bodies else "PERSON" if i in people else ""
            for i in range(len(keys))
        ]
        spans = [
            ("CALL" if m == "MEET" and _virtual(keys, a) else m, a, b)  # "वर्चुअल बैठक में ... भाग लिया"
            for m, a, b in self.triggers(keys, labels)
            if not _genitive_ki(keys, b) and not _games_hosted(keys, a)
        ]
        since = next((i for i in range(len(keys)) if keys[i : i + 3] == [*AFTER, FROM]), len(keys))
        spans += [  # those present at an occasion ("समारोह में X मौजूद थे") tell one only where nothing was told before;
            # an event told as the time of another is no subject, and what went on since one is no event ("X की
            # मुलाकात के बाद से बातचीत फिर शुरू हुई")
            (m, a, b)
            for m, a, b in self.subjects(keys, labels)
            if not any(m == n and x < b and a < y for n, x, y in spans)  # "का उद्घाटन किया": the verb's own
            and _verb_follows(keys, b, self.subject_verbs[m], done_to=not DONE_TO.isdisjoint(keys[a:b]))
            and not (keys[b : b + 1] == [IN] and told)
            and keys[b : b + 2] not in (AFTER, list(DURING))
            and a < since
            and not _was_due(keys, b)
        ]
        spans += [  # not in what someone said: "X ने कहा कि ... की बैठक के बाद शांति प्रक्रिया आगे बढ़ी है" is background,
            # nor what something is told as since ("... की मुलाकात के बाद से संबंधों में सुधार हुआ है"); but a statement
            # tells what happened ("मंत्रालय ने एक बयान में कहा कि यह निर्णय X की मोरोनी यात्रा के दौरान लिया गया")
            (m, a, b)
            for m, a, b in self.during(keys, labels)
            if m not in told
            and (not said_that(keys, a) or STATEMENTS & set(keys[:a]))
            and keys[b : b + 1] != [FROM]
            and (not _noun_visit(m, keys, a, b) or _noun_visit_owner(doc, sentence, keys, a) is not None)
        ]
        behalf = next((i for i in range(len(keys)) if tuple(keys[i : i + 3]) in ON_BEHALF), len(keys))
        spans += [  # "भारत की ओर से X ने भाग लिया", "पेरू की ओर से X शामिल हुए": who took part for a side
            (LEAD, a, b)
            for _m, a, b in self.leads(keys, labels)
            if (keys[a] != ERGATIVE and keys[a] not in TOOK_PART) or behalf < a
        ]
        relative = next((i for i, k in enumerate(keys) if k in RELATIVE_IN), len(keys))
        venues = {b for b, e in named if _venue({"text": e.text})}
        spans = [_gone_to_meet(keys, span, venues) for span in spans if not _at_a_building(keys, span, venues)]
        # "• 9 दिसंबर: ... औपचारिक स्वागत; ... वार्ता;", "• जयशंकर-वांग यी की मुलाकात, ... पर जोर": verbless
        if _programme_entry(doc, sentence) is not None or _headline_told(doc, sentence):
            spans += [
                (m, a, b)
                for m, a, b in self.entries(keys, labels)
                if (b == len(keys) or keys[b] in CLAUSE_ENDS) and not any(a < y and x < b for _n, x, y in spans)
            ]
        joined = [(JOINED, a, b) for _m, a, b in self.joined(keys, labels) if a > relative]
        spans = [s for s in spans if not any(ja < s[2] and s[1] < jb for _j, ja, jb in joined)]  # "जिसमें X
        # मुख्य अतिथि थे": the guest joins the event told, not one of their own
        # "महात्मा गांधी अंतरराष्ट्रीय सम्मेलन केंद्र में": a word of a place's name tells no event, nor one inside a
        # body's name that goes on after it (a conference's own name ends with "सम्मेलन")
        names = [(a, b) for a, b, _e in extents] + [(a, b - 1) for a, b, label, _e in told_spans if label == "ORG"]
        spans = [s for s in spans if not any(a <= s[1] and s[2] <= b for a, b in names)]
        # "बैठक मंगलवार को ऑनलाइन आयोजित की गई, जिसकी सह-अध्यक्षता ... ने की": a meeting held online, a call
        online = [b for m, _a, b in spans if m == "MEET" and _held_online(keys, b)]
        spans = [("CALL" if m == "MEET" and _of_one_online(keys, online, a, b) else m, a, b) for m, a, b in spans]
        return longest_first(spans + joined)

    def _drafts(self, doc: Document, sentence: Sentence, found: list, earlier: list[Draft]) -> list[Draft]:
        """One draft per event the sentence tells: per type, unless the same type is told again after
        a coordinator ("बैठक में भाग लिया और महासचिव से मुलाकात की": two meetings)."""
        args = _arguments(doc, sentence, self.lex, self.home_country)
        keys = [t.norm for t in sentence.tokens]
        names = {i for m in doc.mentions_in(sentence) for i in range(m.first, m.last)}
        answer = answering(doc, sentence)  # an interview's first person is its own argument (see _first_person)
        headline = _headline_told(doc, sentence)
        if keys and (keys[-1] == "?" or keys[0] in ASKED):
            found = []  # "क्या इस महीने मोदी और ट्रंप की मुलाकात होगी?": a question tells no event
        found = [
            (event_type, a, b)
            for event_type, a, b in found
            if not (
                _hoped(keys, a)
                or _while_doing(keys, b)
                or (event_type == "MEET" and _going_on(keys, b) and (_habitual(sentence) or _negotiating(keys, a)))
                or _was_to_be(keys, b)
                or _nominal(keys, b)
                or _possible(keys, b)
                or _where_possible(keys, a)
                or _denied(keys, a, b)
                or _paper_handed(keys, a, b)
                or _gift(keys, a)
                or _received(keys, b)
                or (event_type == "CALL" and _thanked_for(keys, b, found))
                or (event_type == "CONGRATULATE" and keys[b : b + 2] == [GEN_KE, FOR] and _thanked_for(keys, b, found))
                or (event_type == "AGREE" and _under_way(keys, b))
                or _to_the_press(keys, a)
                or _on_a_show(keys, a)
                or (keys[b : b + 2] == AFTER and bool(said_that(keys, a)))
                or _in_what_was_decided(keys, a, found)
                or _preparations_reviewed(keys, a, found)
            )
        ]  # a hope or a condition, "से बातचीत करते हुए कहा" (an interview), a purpose, a possibility,
        # a press conference, an event someone said something came after: no event
        found = [("CALL" if t == "MEET" and _by_phone(keys, a, b) else t, a, b) for t, a, b in found]
        found = _told_in_its_own_relative(keys, found, names)
        listed = _listed(doc, sentence)
        drafts: list[Draft] = []
        by_segment: dict[tuple[str, tuple[int, int]], Draft] = {}
        past: set[str] = set()  # types of events this sentence tells as no news (background, a tour, a book signed)
        for (event_type, a, b), segment in zip(found, _segments(keys, found), strict=True):
            host = next((d for d in reversed(drafts) if d.event_type == event_type == "CEREMONY"), None)
            guests = _guests_set_against(args, keys, a) if host is not None else []
            if guests:  # "समारोह की मेजबानी X ने की, जबकि Y मुख्य अतिथि थे": one occasion, its host and its guest
                host.participants = _unique(host.participants + guests)
                continue
            earlier_mention = by_segment.get((event_type, segment))
            if earlier_mention is not None and earlier_mention.has_people():
                continue  # the same event told twice in one clause group
            clause = _clause(keys, a, b, names)
            clause = (max(clause[0], segment[0]), min(clause[1], segment[1]))
            if headline and b < len(keys) and keys[b] in CLAUSE_ENDS:
                clause = (clause[0], b)  # "भारत-ओमान सीईपीए पर हस्ताक्षर, ... शुल्क घटेगा": the verbless noun's own words
            in_clause = [
                x
                for x in args
                if (clause[0] <= x.first < clause[1] or (x.first == clause[0] - 1 and keys[x.first] == WHO))
                and not _next_events_pronoun(x, keys, b, found)
                and not _reporting_after(x, keys, b, clause[1])
            ]  # "जो" opening the clause is its subject (see _arguments)
            in_clause += _subject_before_relative(args, keys, clause[0])
            # a passive takes no agent with "ने": those are of a verb told before it ("X और Y ने ... वार्ता की, साथ ही
            # ... समझौते पर हस्ताक्षर भी किए गए"), and shares no subject
            passive = keys[b : b + 1] != [] and keys[b] in PASSIVE_AUX
            if passive:
                told_end = max((b2 for _t, _a2, b2 in found if b2 <= a), default=0)
                in_clause = [x for x in in_clause if not (x.marker == ERGATIVE and x.first < told_end)]
            if passive and event_type in OUTCOMES and _held_by_what_they_adopted(keys, clause, found):
                # "तीनों नेताओं ने खुजंद घोषणा को मंजूरी दी, जिसमें ... का संकल्प लिया गया है": theirs
                in_clause += [x for x in args if x.first < clause[0] and x.marker == ERGATIVE]
            if segment[0] > 0 and not passive and not any(x.marker == "ने" for x in in_clause):  # the subject both share
                after = keys[segment[0] - 2 : segment[0]] == AFTER  # "X ... करने के बाद": X's bare subject too
                said = max(said_that(keys, segment[0]), default=-1)  # not the one telling it: "X ने बताया कि Y ने"
                shared = [
                    x
                    for x in args
                    if said < x.first < segment[0]
                    and (x.marker == "ने" or (after and x.kind == "person" and x.marker not in CASE_MARKERS))
                ]
                bare = [x for x in in_clause if x.kind in ("person", "pronoun") and x.marker not in CASE_MARKERS]
                if any(x.kind == "pronoun" for x in bare) and all(x.kind == "both" for x in shared):
                    shared = []  # "..., जिसमें दोनों पक्षों ने ..., X ने ... गए, जहां वह ...": "वह" is X, not the sides
                to_come = any(is_future(t.text) for t in sentence.tokens[segment[0] : segment[1]])
                if not shared and not bare and to_come:  # "वह ... वार्ता करेंगे और Y से भी मिलेंगे", "X बुधवार को
                    shared = [  # ऑस्ट्रिया जाएंगे और ... स्लोवेनिया पहुंचेंगे": the bare subject of the verb before,
                        x  # a pronoun or a person, in what is to come
                        for x in args
                        if said < x.first < segment[0]
                        and x.kind in ("pronoun", "person")
                        and x.marker not in CASE_MARKERS
                    ][:1]
                if shared:  # "X ने Y के साथ वार्ता की, जबकि मंगलवार को वह Z से मिलेंगे": "वह" is that subject
                    in_clause = [x for x in in_clause if not (x.kind == "pronoun" and x.marker not in CASE_MARKERS)]
                in_clause += shared
            # "X का दौरा करने के बाद ओर्बान ... पहुंचे", "Y के साथ बातचीत के बाद, जिसमें ..., X ने ...": the doer is the
            # next event's subject, where none is told but those met
            met_only = all(x.marker in ("से", "के साथ") for x in in_clause if x.kind == "person")
            if keys[segment[1] - 2 : segment[1]] == AFTER and met_only:
                in_clause += _doer_after(args, keys, segment[1])
            if event_type in OUTCOMES:  # "दोनों देशों के संबंधों को ... ले जाने का फैसला": what was decided, not who
                since = max([clause[0]] + [b2 for _t, _a2, b2 in found if b2 <= a])  # after the event told before
                upto = _after_content(keys, clause, a)
                in_clause = [x for x in in_clause if not (since <= x.first < upto and _decided(x))]
            draft = self._draft(doc, sentence, keys, event_type, (a, b), clause)
            if earlier_mention is not None and earlier_mention.planned and not draft.planned:
                earlier_mention = None  # "होने वाली बैठक की तैयारियों की समीक्षा की": the meeting to come, and another
            draft.partners = _assign_roles(draft, in_clause, (a, b), doc, [*earlier, *drafts], keys)
            if sides := _sides_of_the_meeting_to_come(doc, sentence, (a, b)):
                draft.participants, draft.partners = sides, []
            ships = [x.country for x in in_clause if _ship_of(x, keys, a)] if draft.event_type == "VISIT" else []
            if ships and not draft.sources:
                # "इक्वाडोर की नौसेना का प्रशिक्षण पोत ... कोच्चि पहुंचा": the country whose ship it is comes, to no
                # host of its own
                draft.sources = [Who(None, ships[0])]
                draft.targets = [w for w in draft.targets if w.country != ships[0]]
            if event_type == LEAD:  # "भारत की ओर से X और Y, जबकि जापान की ओर से Z ने हिस्सा लिया": X and Y too
                draft.participants += [_who(x.mention) for x in _verb_shared(args, keys, clause[0])]
            if listed and not draft.partners and draft.event_type in SYMMETRIC_MERGE:
                draft.participants += listed  # "इन नेताओं से मुलाकात की:" and a list of them
                draft.partners = listed
            if draft.event_type in ONE_WAY and FIRST_PERSON & set(keys[clause[0] : clause[1]]) and not answer:
                # "मैं ... को धन्यवाद देता हूं": the speaker thanks, not a word of the clause; one the sentence tells
                # saying it ("रुटो ने एक्स पर लिखा, '... मैं ... का धन्यवाद करता हूं'", "'... हम भारत के आभारी हैं,'
                # राष्ट्रपति X ने कहा") is the source, else the one whose statement it is ("X का प्रेस वक्तव्य:")
                speaker = _speaker(doc, sentence.index, a) or _quoted(doc, sentence.index, a) or doc.author()
                draft.sources = [_who(speaker)] if speaker is not None else []
            if draft.event_type in WISHES and not draft.targets:
                draft.targets = _addressed(doc, sentence, keys)  # "'राष्ट्रपति ट्रंप, आपके ... के लिए धन्यवाद।'"
            if draft.event_type in WISHES and not draft.sources and _their_government(keys, clause[0], a):
                # "X ने कहा कि ... उनकी सरकार भारत, फ्रांस और ऑस्ट्रेलिया की आभारी है": the speaker, for it
                speaker = _speaker(doc, sentence.index, a)
                draft.sources = [_who(speaker)] if speaker is not None else []
            doer = any(w.cluster is not None and w not in draft.partners for w in draft.actors())
            if not doer and event_type == "MEET" and I_MET.intersection(keys[a:b]):
                # "'आज रेल मंत्री X जी से मिला।'": one met by a post's or a speech's first person, who is not told
                speaker = _quoted(doc, sentence.index, a) or doc.author()
                draft.participants += [_who(speaker)] if speaker is not None else []
            if _talks_held_with(keys, event_type, a, b, clause[0]) and len(_countries(draft)) < 2 and not doer:
                # "X ने कहा कि Y के साथ (फोन पर) हुई बातचीत में ...", "Y से मुलाकात के बाद X ने कहा कि": X met Y (not
                # where the clause names who does: "X ने कहा कि राष्ट्रपति ली ... Y के साथ शिखर वार्ता करेंगे")
                _speaker_met(doc, sentence, draft, len(keys) if keys[b - 2 : b] == AFTER else a)
            elif _pact_with(keys, event_type, a, clause[0]) and len(_countries(draft)) == 1:
                # "X ने बताया कि Y के साथ ... समझौता ज्ञापन ... पर हस्ताक्षर होंगे": a pact with Y, told by one of another
                # country, is that country's (not the teller's own signing)
                _speaker_met(doc, sentence, draft, a, country_only=True)
            described = [m for m in doc.mentions_in(sentence) if m.first == b]
            if draft.event_type == "MEET" and keys[b - 1] in ARRIVED and described:
                draft.participants = [_who(m) for m in described]  # the one it describes
            if draft.event_type == "VISIT" and keys[b - 1] in ARRIVED and described:
                # "प्रधानमंत्री मोदी और भारत की यात्रा पर आए X ने ... वार्ता की", "शी ने ... चीन की राजकीय यात्रा पर आए X के
                # साथ भेंटवार्ता की": the visitor is the one it describes, not the host told doing the rest with X
                draft.sources = [_who(m) for m in described]
            _own_visit(draft, in_clause, keys, a)
            rest = None  # "वियतनाम की यात्रा पर आए X ने हनोई में ...": the rest of the clause is X's doing
            if draft.event_type == "VISIT" and ((keys[b - 1] in ARRIVED and b in names) or _time_of_the_rest(keys, b)):
                draft.clause, rest = (_visit_phrase(in_clause, keys, clause[0], a, b), b), (b, clause[1])
            self._place_and_date(doc, sentence, keys, draft, a, b)
            if rest is not None and draft.date is None and _welcome_of_the_arrival(keys, b, names, rest[1]):
                # "मेडागास्कर पहुंचे X का बुधवार देर शाम ... स्वागत किया गया": welcomed on the day of arrival (one "आए"
                # on a visit may be welcomed at the palace days after: "यात्रा पर आए X का शुक्रवार को ... स्वागत")
                draft.date = _date(doc, sentence, rest, b, asserted=not draft.planned)
            if (
                _history(doc, draft, keys, b)
                or _years_before(doc, draft)
                or _at_that_one(doc, draft, keys, b)
                or _site_tour(draft, keys, a)
                or _book_signed(draft, keys, a)
                or _terms_of_a_pact(draft, keys, clause[0], a)
                or (event_type in past and WHO in keys[clause[0] - 1 : clause[0] + 1])
                or _delivered(draft, keys, clause[0], a)
            ):
                # "दोनों देशों ने 1996 में इस संधि पर हस्ताक्षर किए थे": background, not news; and so is what a relative
                # clause tells of it (", जो ... पहली यूएई यात्रा थी")
                past.add(event_type)
                continue
            if earlier_mention is not None:  # "बैठक ... संपन्न हुई, जिसकी सह-अध्यक्षता X और Y ने की": one meeting
                draft.date = draft.date or earlier_mention.date
                draft.location = draft.location or earlier_mention.location
                if not draft.actors():  # "X के परिवहन सचिवों की बैठक ... हुई, जिसमें ... पर चर्चा हुई": X's
                    draft.participants = earlier_mention.participants
                # by identity: one told "अलग से" was split into drafts of its own, and stays so
                drafts[:] = [d for d in drafts if d is not earlier_mention]
            by_segment[event_type, segment] = draft
            if RESPECTIVELY & set(keys[clause[0] : clause[1]]):
                split = _pair_by_pair(draft)
                split = _met_on_their_days(draft, doc, sentence) or split if len(split) == 1 else split
            elif (
                SEPARATELY & set(keys[clause[0] : clause[1]])
                or _in_turn(keys[clause[0] : clause[1]])
                or _as_well_as(keys[clause[0] : clause[1]])
                or _on_the_sidelines(keys, clause, draft)
            ):
                split = _each_with_their_own(draft, doc, sentence) or _one_by_one(draft)
                split = [_held_by_the_named(doc, d, self.lex) for d in split] if len(split) > 1 else split
            elif keys[clause[0] : clause[1]].count(ERGATIVE) > 1:
                # "X ने A से और Y ने B से मुलाकात की": two doers, each with their own counterpart
                split = _each_with_their_own(draft, doc, sentence) or _per_destination(draft, doc, sentence)
            else:
                split = _each_at_their_own_place(draft, doc, sentence) or _per_destination(draft, doc, sentence)
            drafts += [one for d in split for one in _per_sender(d)]
        visited = {w.country for d in drafts if d.event_type == "VISIT" for w in d.targets if w.cluster is None}
        # "... मॉरीशस की यात्रा पर रहेंगे। इस दौरान वह ... मिलेंगे", "यात्रा के दौरान उन्होंने ... से मुलाकात की थी"
        if not visited and (keys[:2] in DURING_THESE or _during_a_visit(keys)):
            visit = next((d for d in reversed(earlier) if d.event_type == "VISIT"), None)
            if visit is not None and sentence.index - visit.sentence <= MAX_VISIT_REACH:  # the tour's every country
                tour = [d for d in earlier if d.event_type == "VISIT" and d.sentence == visit.sentence]
                visited = {w.country for d in tour for w in d.targets if w.cluster is None}
        for draft in drafts:
            draft.visited = next(iter(visited)) if len(visited) == 1 else None
        if len(visited) > 1:  # "फ्रांस और बेल्जियम की यात्रा ... के दौरान मैक्रों और डी वेवर से मुलाकात की": one in each
            drafts = [one for d in drafts for one in _in_each(d, visited)]
        else:
            drafts = [one for d in drafts for one in _with_each(doc, d, keys)]
        return drafts

    @staticmethod
    def _draft(
        doc: Document, sentence: Sentence, keys: list[str], event_type: str, trigger: tuple[int, int], clause
    ) -> Draft:
        tokens = sentence.tokens
        a, b = trigger
        return Draft(
            event_type,
            sentence.index,
            (tokens[a].start, tokens[b - 1].end),
            _span_text(doc, tokens, a, b),
            planned=_planned(
                tokens, a, b, clause, frozenset(i for m in doc.mentions_in(sentence) for i in range(m.first, m.last))
            )
            or _expected(keys, b, clause)
            or bool(INTENDED & set(keys[a:b]))
            or (b < len(keys) and keys[b] in PROPOSED),
            sentences={sentence.index},
            clause=clause,
        )

    def _hosts(self, doc: Document, draft: Draft, location: dict | None, visitors: set) -> str | None:
        """ "धनखड़ अर्जेंटीना जाएंगे, जहां वह राष्ट्रपति जेवियर मिलेई से मुलाकात करेंगे": met abroad (where
        the event is held, else the country a visit the sentence tells goes to), a partner whose country
        the text never states, or anyone but the one who came on a visit to that country ("मोदी अबू धाबी
        पहुंचे ... दोनों नेताओं के बीच वार्ता"), or one of no stated country who hosts it there, is of that
        country, not of the home country (the actors stage's guess): the person's country is corrected for the
        document, and returned."""
        country = (location or {}).get("country") or draft.visited  # "अपनी सिंगापुर यात्रा के दूसरे दिन ... से मिले"
        if draft.event_type in ONE_WAY or country in (None, self.home_country):
            return None
        stated = {w.country for w in draft.actors() if w.cluster is None or not doc.people[w.cluster].country_inferred}
        # one of no country at all, among people only (not beside a country's office: "म्यांमा के कार्यवाहक राष्ट्रपति"),
        # where the text names the host country itself (not only a summit's town: "तियानजिन")
        people_only = (
            not draft.forum
            and all(w.cluster is not None for w in draft.actors())
            and any(e.label == "COUNTRY" and e.value == country and e.sentence <= draft.sentence for e in doc.entities)
        )
        guessed = {
            w.cluster
            for w in draft.actors()
            if w.cluster is not None
            and (doc.people[w.cluster].country_inferred or (people_only and _countryless(doc, w.cluster)))
        }
        # an envoy of no stated country abroad ("महावाणिज्य दूत X ने ... को सौंपे") is the home country's, its guess right
        envoys = {cluster for cluster in guessed if self._envoy(doc.people[cluster].title)}
        guessed -= envoys
        came = {cluster for cluster, to in visitors if to == country} & {w.cluster for w in draft.actors()}
        partners = {w.cluster for w in draft.partners if w not in draft.sources}
        if came:
            hosts = guessed - came
        elif HOSTED in draft.trigger_words() and guessed - partners:
            hosts = guessed - partners  # "चांसलर X ने बर्लिन में Y की मेजबानी की": the host is of where it is held
        elif any(_country_of(doc, w) for w in set(draft.actors()) - set(draft.partners)):
            # not where all who met them are of an international body ("राष्ट्रमंडल की महासचिव ने मार्लबोरो हाउस
            # में विदेश राज्य मंत्री X से मुलाकात की": X came to them)
            hosts = guessed & partners
        elif any(to == country for _cluster, to in visitors) and partners == {w.cluster for w in draft.actors()}:
            # "घाना की यात्रा की। यात्रा के दौरान राष्ट्रपति X के साथ वार्ता में ...": met by the visitor, told only by
            # whom the talks were held with, X is of the country visited
            hosts = guessed & partners
        else:
            hosts = set()
        home_person = bool(envoys) or any(
            w.country == self.home_country and (w.cluster not in guessed if w.cluster is not None else bool(w.title))
            for w in draft.actors()
        )
        received = len(guessed) == 1 and self._head(doc, guessed) and self._envoys_only(draft, guessed)
        if not hosts and len(guessed) == 1 and ((not partners and home_person) or received):
            # "दोनों नेताओं ने वार्ता की" abroad: beside a stated home official (or office: "भारत के नए राजदूत ने
            # राष्ट्रपति X को परिचय पत्र सौंपा"), the one of no stated country; and a head of state or government
            # of no stated country who receives envoys, at home ("काठमांडू, ... राष्ट्रपति रामचंद्र पौडेल ने ... जापानी
            # राजदूत से बातचीत की"; not a leader met on a summit's sidelines abroad)
            hosts = guessed
        if country in stated or not hosts:
            return None
        for cluster in hosts:
            doc.people[cluster].country = country
        _recountry([draft], hosts, country)
        return country

    def _head(self, doc: Document, clusters: set[int]) -> bool:
        """Whether the one person of ``clusters`` holds a head of state's or government's office ("राष्ट्रपति")."""
        (cluster,) = clusters
        return phrase_key(doc.people[cluster].title or "") in HEADS

    def _envoy(self, title: str | None) -> bool:
        """Whether a title, or one holder's of a title told of several, is an envoy's ("राजदूत", "महावाणिज्य दूत",
        "नवनियुक्त राजदूतों")."""
        title = _one_holder(title, self.lex.titles)
        return bool(title) and title.split()[-1] in ENVOYS

    def _envoys_only(self, draft: Draft, guessed: set[int]) -> bool:
        """Whether all those the one of ``guessed`` met are envoys, as heads of state receive."""
        met = [w.title for w in draft.actors() if w.cluster not in guessed]
        return bool(met) and all(self._envoy(title) for title in met)

    def _sides_guessed(self, doc: Document, drafts: list[Draft], moved: set[str]) -> None:
        """ "... अबी अहमद ने उनका स्वागत किया ... इसके बाद दोनों देशों ने हस्ताक्षर किए": sides read from a
        person taken for the home country, later found to be of the host (``moved``: see _hosts), are the
        host's, where the text never states the home country."""
        home = self.home_country
        stated = any(e.label == "COUNTRY" and e.value == home for e in doc.entities) or any(
            p.country == home and not p.country_inferred for p in doc.people
        )
        if len(moved) != 1 or stated:
            return
        (host,) = moved
        for draft in drafts:
            if any(w.cluster is None and w.country == host for w in draft.actors()):
                continue
            draft.participants = [w._replace(country=host) if w == Who(None, home) else w for w in draft.participants]

    @staticmethod
    def _place_and_date(doc: Document, sentence: Sentence, keys: list[str], draft: Draft, a: int, b: int) -> None:
        clause = draft.clause
        content = (clause[0], _after_content(keys, clause, a) if draft.event_type in OUTCOMES else clause[0])
        if draft.event_type in WISHES:
            content = (clause[0], _after_grounds(keys, clause, a))
        # not the place of what was agreed or thanked for ("गाजा में ... के लिए आभार"), nor of another doing after
        # "और" ("वार्ता करेंगे और मुंबई में ... संबोधित", "Y से मिलेंगे और बुधवार को कोच्चि जाएंगे")
        spans = token_spans(sentence, doc.entities_in(sentence))
        after = next(
            (
                i
                for i in range(a + 1, clause[1])
                if keys[i] in VERB_COORDINATORS
                and (keys[i - 1] in LIGHT_KEYS or (i == b and _opens_with_a_day(spans, i + 1)))
            ),
            clause[1],
        )
        joined_next = after  # "... श्रद्धांजलि दी तथा बुधवार को ... मुलाकात की": the day of the verb joined after
        if draft.event_type in TALKS and keys[b : b + 1] == [IN] and _discussed_after(keys, b, after):
            after = b  # "दोनों नेताओं के बीच हुई बैठक में [... यामानाशी में ... रोजगार के अवसरों] पर चर्चा हुई": what
            # was discussed, not where
        if tuple(keys[b - 2 : b]) == DURING:  # "Y से मुलाकात के दौरान गेलेफू में ... आभार प्रकट किया": what was
            after = min(after, b)  # done during the talks has its own place
        # "X ने राष्ट्रपति भवन में Y से मुलाकात की और राजघाट पर ... श्रद्धांजलि अर्पित की": the place of the verb's own
        # clause after "और", before the place the clause shares with the verb joined before it
        joined_at = next(
            (i for i in range(a - 1, content[1], -1) if keys[i] in VERB_COORDINATORS and keys[i - 1] in LIGHT_KEYS),
            None,
        )
        own = _location(doc, sentence, (joined_at + 1, after), draft.planned) if joined_at is not None else None
        here = own or _location(doc, sentence, (content[1], after), draft.planned)
        before = keys[clause[0] - 1] if clause[0] > 0 else ""
        # "X पहुंचे, जहां वे ... मिले", "वार्ता हुई, जिसके बाद ... समझौते हुए": the main clause's place and day
        where = before in WHERE | AFTER_WHICH
        if here is None and before in WHERE:  # "अर्जेंटीना जाएंगे, जहां", "साओ पाउलो में ... और फिर ब्यूनस आयर्स के लिए
            here = _place_gone_to(doc, sentence, clause[0] - 1)  # रवाना हो गए, जहां": the place named last
        if here is None and where:
            here = _location(doc, sentence, (0, clause[0] - 1))
        if here is None and before in VERB_COORDINATORS:
            here = _location(doc, sentence, (0, clause[0]))  # "बीजिंग में ... मुलाकात की और ... हस्ताक्षर किए"
        # "अल-यमामा महल में ... बातचीत के बाद ... दस्तख़त किए": where the talks were; "जुबली हाउस में औपचारिक स्वागत
        # समारोह के बाद ... वार्ता की": the venue of what came before
        since = clause[0] - len(AFTER)
        there = (
            _location(doc, sentence, (0, since))
            if here is None and since > 0 and keys[since : clause[0]] == AFTER
            else None
        )
        if there is not None and (keys[since - 1] in MEETING_NOUNS or _venue(there)):
            here = there
        opened = next((i for i in range(clause[0] - 1, -1, -1) if keys[i] in WHERE), None)
        if here is None and before in VERB_COORDINATORS and opened is not None:
            # "कतर जाएंगे, जहां वह दोहा फोरम में भाग लेंगे और ... से मुलाकात करेंगे": the place gone to, as for the first
            here = _place_gone_to(doc, sentence, opened)
        toured = joined_at is not None and not VISIT_NOUNS.isdisjoint(keys[max(0, joined_at - 3) : joined_at])
        if here is None and toured and draft.planned and draft.event_type in TALKS:
            # "... में भारत की यात्रा करेंगी और प्रधानमंत्री X के साथ शिखर सम्मेलन करेंगी": talks where the visit goes
            here = _place_gone_to(doc, sentence, joined_at)
        joined = _last_verb_joined(keys, clause[0] + 1, content[1]) if here is None else None
        if joined is not None:  # "हैदराबाद हाउस में X और Y ने वार्ता की और ... का निर्णय लिया": the place of the verb
            here = _location(doc, sentence, (clause[0], joined), draft.planned)  # joined before it
        named = _place_in_trigger(doc, sentence, draft) if draft.event_type == "VISIT" else None
        here = named or here  # "रियो में ... भाग लेने के बाद ब्रासीलिया पहुंचे": where the arrival is
        if draft.event_type == "VISIT" and here and match_key(here["text"].split()[-1]) in BASES:
            city = _dateline_place(doc)  # "पालम वायुसेना अड्डे पर उतरे": a visit to the city the base serves, as to
            here = city if city is not None and city["country"] == here["country"] else here  # its airport's
        own_place_only = draft.event_type in REMOTE or _elsewhere(sentence) or _posted(draft, keys)
        # a visit goes to a country or city, not to the venue the sentence before tells of ("राजघाट")
        scene = (
            None
            if own_place_only or here or draft.event_type == "VISIT"
            else _place_before(doc, sentence, draft.planned)
        )
        if scene is not None and not draft.planned and _told_as_future(doc.sentences[sentence.index - 1]):
            scene = None  # "भारत सुवा में अस्पताल बनाएगा। ... हस्ताक्षर किए": where something is to be is no scene
        if scene is not None and draft.event_type != "CEREMONY" and _tribute_site(scene):
            scene = None  # "... राष्ट्रीय कब्रिस्तान में पुष्पांजलि अर्पित की। बाद में ... से मुलाकात की": not there
        earlier = any(keys[i : i + 2] == EARLIER for i in range(a))  # "दोनों नेताओं ने इससे पहले ... वार्ता की"
        if scene is not None and earlier and _venue(scene) and not _all_at_the_scene(doc, sentence, draft):
            scene = None  # "X ने राष्ट्रपति भवन में भोज दिया। इससे पहले X ने Y के साथ वार्ता की": not there
        if scene is not None and _opens_at_a_time_of_day(keys) and _venue(scene):
            scene = None  # "... राष्ट्रपति भवन में रस्मी स्वागत किया गया। शाम को X ने ... भोज दिया": another occasion
        if scene is not None and keys[:2] in AFTER_THAT and _venue(scene) and not _met_at_the_scene(doc, sentence):
            scene = None  # "... इंपीरियल पैलेस में X से मुलाकात की। इसके बाद X ने प्रधानमंत्री Y से भेंट की": elsewhere
        draft.location = here or (_city_of(doc, scene) if scene is not None else None)
        if draft.event_type == "VISIT" and not draft.targets and here and len(draft.sources) > 1:
            # "दोनों नेता ... पेरिस से मार्से पहुंचे": the host travelling with the guest visits nowhere
            draft.sources = [w for w in draft.sources if w.country != here["country"]] or draft.sources
        if draft.event_type == "VISIT" and not draft.targets and _abroad(here, draft.sources):
            draft.targets = [Who(None, here["country"])]  # "स्टार्मर वॉशिंगटन का दौरा करेंगे": the USA hosts
            others = _coordinated_places(doc, sentence, keys, a)  # "कीव और मॉस्को का दौरा": both host
            if len(others) > 1 and all(_abroad(p, draft.sources) for p in others):
                draft.targets = list(dict.fromkeys(Who(None, p["country"]) for p in others))
        draft.date = _date(doc, sentence, (clause[0], joined_next), a, content, asserted=not draft.planned)
        if (
            draft.date
            and _purpose_of_an_arrival(keys, b, clause[1])
            and draft.date["start"] >= sentence.tokens[b].start
        ):
            draft.date = None  # "X के साथ ... बैठक की सह-अध्यक्षता के लिए मंगलवार रात यहां पहुंचे थे": the arrival's day
        if here is None and draft.event_type in OUTCOMES and draft.date is not None:
            # "... ने गुरुवार को कुआलालंपुर में ... मजबूत करने पर सहमति जताई": the place told with its day, before
            # what was agreed
            draft.location = _place_of_the_day(doc, sentence, draft.date) or draft.location
        if draft.date and draft.event_type == "VISIT" and _day_of_return(doc, draft, keys, a):
            draft.date = None
        if (
            draft.date
            and draft.event_type == "VISIT"
            and _came_to_an_end(keys, a, draft.clause[1])
            and INTERVAL not in (draft.date["value"] or "")
        ):
            draft.date = None  # "यात्रा रविवार को संपन्न हो गई": the day it ended ("1 से 3 दिसंबर तक चली": its days)
        if draft.event_type == "VISIT" and DAY in draft.trigger_words() and FIRST_DAY.isdisjoint(draft.trigger_words()):
            draft.date = None  # "यात्रा के दूसरे दिन शनिवार को": a day of the visit, not the one it began
        main = [t.text for t in sentence.tokens[: clause[0] - 1] if t.text[:1].isalpha()][-1:]  # "पहुंचे, जहां वह ...
        # भाग लेंगे": what is to come there has a day of its own
        arrived = draft.planned and main != [] and not is_future(main[0])
        if draft.date is None and where and not arrived:  # the main clause's, not the day something was said of it
            # ("X ने शुक्रवार को बताया कि मिस्री ... जाएंगे, जहां वह ... करेंगे")
            said = max((i + 1 for i in range(clause[0]) if keys[i] == THAT), default=0)
            draft.date = _date(doc, sentence, (said, clause[0] - 1), clause[0])
        # "शुक्रवार सुबह ... स्वागत किया गया और उन्होंने ... श्रद्धांजलि दी", "X ने बुधवार को ... मुलाकात की, जबकि Y ने
        # ... वार्ता की": the day both share; "शुक्रवार का दिन व्यस्त रहा; X ने ... मुलाकात की; Y ने ...": the day told
        # before the semicolon
        after_arrival = keys[clause[0] - 2 : clause[0]] == AFTER  # "रविवार को दिल्ली पहुंचने के बाद ... अर्पित की"
        shared = before in VERB_COORDINATORS or before in WHILE or before == ";"
        if draft.date is None and (shared or after_arrival):
            draft.date = _date(doc, sentence, (0, clause[0]), clause[0])
        said = said_that(keys, clause[0]) if draft.event_type in WISHES else []
        if draft.date is None and said:
            # "X ने शुक्रवार को संसद में कहा कि वह ... आभारी हैं", "... कहा कि भारत ने ... दी है, जिसके लिए वह ...
            # आभारी हैं": thanks said are given the day they are said
            draft.date = _date(doc, sentence, (0, said[-1]), said[-1])
        if draft.date is None and draft.event_type in WISHES and (close := _quote_closed(sentence)) is not None:
            # "'... हम भारत के आभारी हैं,' X ने मंगलवार को ... कहा": the day the words quoted were said
            draft.date = _date(doc, sentence, (close, len(keys)), len(keys))
        if draft.date is None and _time_of_day(keys, clause[0], a):  # "शाम को ... मुलाकात की": that day
            same = any(tuple(keys[i : i + 2]) in SAME_DAY for i in range(clause[0], a - 1))
            draft.date = _day_before(doc, sentence, ahead=draft.planned, same=same)
            if draft.location is None and draft.date is not None:
                draft.location = _town_of_the_day(doc, draft.date)  # and where it was spent
        if draft.date is None and not draft.planned and _after_doing(doc, sentence, keys, a):
            # "X ने सोमवार को ... चेक सौंपा। चेक सौंपने के बाद ... हुई बातचीत में": after what was told done, that day
            draft.date = _day_before(doc, sentence)
        if draft.date is None and (held := _held_in_relative(keys, b)) is not None:
            # "X के साथ हुई अपनी बातचीत के बारे में ..., जो पिछले सप्ताह गुरुवार को हुई थी": the day its relative gives
            draft.date = _date(doc, sentence, held, held[1])
        if draft.date is None:  # "सोमवार: ... मुलाकात की": an item under a day alone, of that day
            draft.date = _heading_day(doc, sentence) or _entry_day(doc, sentence)
        if draft.date is None and _live_entry(doc, sentence):
            draft.date = _day_before(doc, sentence) or _page_day(doc)  # "9:15 PM: ...": a live page's entry
        if draft.date is None and scene is not None and draft.event_type != "VISIT" and not draft.planned:
            # the scene's day, for what is done there (a visit spans days; what is to come has a day of its own;
            # a further meeting, "X के साथ भी बैठक की", is told without one; nor has what was done before the
            # scene, "इससे पहले उन्होंने ... से मुलाकात की")
            prev = doc.sentences[sentence.index - 1]
            # "X सोमवार को यहां पहुंचे थे": what led up to the scene; but not for what is told in the pluperfect too
            # ("इससे पहले ... पिछले गुरुवार को ... बैठक की थी। ... ने बैठक की अध्यक्षता की और ... सहमत हुए थे")
            led_up = _done_before(prev) and not _done_before(sentence)
            if led_up and prev.index > 1 and doc.sentences[prev.index - 1].kind == "body":
                prev = doc.sentences[prev.index - 1]
            aside = _aside(doc, draft) and not _the_same_two(doc, draft, prev)
            # "... दिसंबर के अंत में ... उद्घाटन करेगी। प्रधान मंत्री जी ने ... आभार प्रकट किया": not the day of what is to come
            ahead = not draft.planned and _ends_in_the_future(prev)
            draft.date = None if aside or earlier or ahead or _on_the_margins(keys) else _sentence_date(doc, prev)
            draft.scene_date = draft.date is not None
        if draft.date is None and here is not None and not draft.planned and _held_there(keys, a):
            # "X ने गुरुवार को ... कलाकृतियां भारत को लौटा दीं। वाणिज्य दूतावास में हुए समारोह में Y ने ... सौंपे": the
            # occasion the sentence before told, of its day
            prev = doc.sentences[sentence.index - 1]
            if prev.kind == "body" and prev.paragraph == sentence.paragraph:
                draft.date = _sentence_date(doc, prev)
        if draft.date is None and scene is None and not draft.planned and _further_by_the_same_two(doc, draft):
            # "X और Y ने आज ... का उद्घाटन किया। दोनों नेताओं ने Z में ... की आधारशिला भी रखी": the same occasion's day
            draft.date = _sentence_date(doc, doc.sentences[sentence.index - 1])
        if scene is not None and draft.location is scene and _another_day(doc, sentence, draft.date, scene):
            draft.location = None  # "... मंगलवार को सेना मुख्यालय में वार्ता की। वह बुधवार को X से मिलेंगे": not there
        if (
            scene is not None
            and draft.location is scene
            and draft.event_type in WISHES
            and _venue(scene)
            and not _all_at_the_scene(doc, sentence, draft)
        ):  # "... बंदरगाह पर एक समारोह में सामग्री सौंपी। मोजाम्बिक सरकार ने आभार जताया": thanks from elsewhere
            draft.location = None
        told = _token_from(doc, draft, draft.date["start"]) if draft.date and draft.planned else None
        if told is not None and any(told < k < a for k in said_that(keys, a)):  # "प्रवक्ता ने बृहस्पतिवार को बताया
            draft.date = None  # कि ... वार्ता करेंगे": the day it was told, not the day of what is to come
        recent = next((i for i in range(clause[0], a) if keys[i] == RECENT and IN in keys[i + 1 : i + 3]), None)
        if recent is not None:  # "मंगलवार को यहां ... कहा, 'हमने ... हाल ही में ... बैठक की है'": another day and place
            if (
                draft.date
                and draft.date.get("start") is not None
                and _token_from(doc, draft, draft.date["start"]) < recent
            ):
                draft.date = None
            # (a scene the sentence before told stays: "... महल में X की अगवानी की। दोनों नेताओं ने केबलों को हाल में
            # पहुंचे नुकसान पर चर्चा की")
            scene = draft.location and _told_in_the_sentence_before(doc, sentence, draft.location["start"])
            if draft.location and not scene and _token_from(doc, draft, draft.location["start"]) < recent:
                draft.location = None

    # -- per document -----------------------------------------------------------------------

    def _link_refs(self, doc: Document, drafts: list[Draft], sentence_triggers: dict) -> dict[int, int]:
        """Sentence index -> draft index for sentences that talk about an event already framed."""
        owner: dict[int, int] = {}
        for index, draft in enumerate(drafts):
            for s in draft.sentences:
                owner.setdefault(s, index)
        bodies = _bodies(doc)
        for sentence in doc.sentences:
            if sentence.kind != "body" or sentence.index in owner or sentence_triggers.get(sentence.index):
                continue
            # "इस अवसर पर उन्होंने ... इच्छा जताई": the occasion just told
            occasion = _opens_on_the_occasion([t.norm for t in sentence.tokens])
            if occasion and (told := [i for i, d in enumerate(drafts) if d.sentence < sentence.index]):
                owner[sentence.index] = max(told, key=lambda i: drafts[i].sentence)
                continue
            agenda = _agenda_of(sentence, drafts)
            if agenda is not None:  # of the talks to come too, whatever the sentence goes on telling
                drafts[agenda].sentences.add(sentence.index)
            family = self._ref_family(sentence)
            background = _conditional(sentence) or _habitual(sentence) or _done_already(sentence) or _denial(sentence)
            if family is None or background or _gives_a_gift(sentence) or _later_time(doc, sentence):
                continue
            target = _latest(drafts, sentence.index, family, bodies)
            if target is not None and _session_of_the_occasion(doc, sentence, drafts[target]):
                continue
            if target is not None and _another_pair(doc, sentence, drafts[target]):
                target = None  # "... भारत और मंगोलिया के बीच ... समझौते को स्वीकृति भी दी": another agreement
            if target is None and family != SYMMETRIC_MERGE:  # a lead names its event ("... की बैठक ... संपन्न हुई"),
                target = _announced(drafts, sentence.index, family)  # not "दोनों देश ... के पक्षधर हैं", a stance
            if target is not None:
                owner[sentence.index] = target
        return owner

    def _ref_family(self, sentence: Sentence) -> set[str] | None:
        keys = [t.norm for t in sentence.tokens]
        refs = []
        if not self.cues.isdisjoint(keys):
            refs = sorted((a, m) for m, a, _b in self.refs(keys))
        subject = [label for a, label in refs if a + 1 < len(keys) and keys[a + 1] == "ने"]
        if subject:
            return {subject[0]}
        nouns = [n for i, k in enumerate(keys) if k in BOTH and (n := _both_noun(keys, i)) is not None]
        if refs and any(keys[n + 1 : n + 2] == [ERGATIVE] for n in nouns):
            # "दोनों नेताओं ने सीईपीए के जल्द लागू होने का स्वागत किया": the two just told, about an agreement
            return SYMMETRIC_MERGE | {refs[-1][1]}
        if refs and keys[refs[-1][0]].isascii():  # "Discussed ...": a post quoted in English, of the talks told before,
            return set(TALKS)  # held in person or by phone
        if refs:
            return {refs[-1][1]}
        return SYMMETRIC_MERGE if nouns else None

    def _finish(
        self, doc: Document, drafts: list[Draft], owner: dict[int, int], sentence_triggers: dict
    ) -> list[Frame]:
        topics = _topics_by_sentence(doc)
        links = _continuations(doc, owner, sentence_triggers, drafts)
        default_place = _default_location(doc, drafts)
        held_first = _held_first(doc, drafts)
        visited = _visited_country(drafts)
        if default_place and default_place["country"] is None:  # "नागोया, 3 दिसंबर" from a visit to Japan
            default_place = {**default_place, "country": visited}
        # a sentence told after the events one trigger made ("अलग-अलग मुलाकात की। ... उन्हें अवगत कराया")
        # tells of them all, unless it names someone of some of them only
        sentences = [
            sorted(
                d.sentences
                | {
                    s
                    for s, o in links.items()
                    if (o == i or (drafts[o].trigger == d.trigger and s > d.sentence)) and _tells_of(doc, s, d, drafts)
                }
            )
            for i, d in enumerate(drafts)
        ]
        _visits_told_as_nouns(doc, drafts)
        _told_by_their_items(doc, drafts, sentences)
        _what_came_of_the_talks(doc, drafts, sentences, sentence_triggers)
        _of_these_meetings(doc, drafts, sentences, sentence_triggers)
        _on_the_visit(doc, drafts)
        # talks are dated and placed before the outcomes dated and placed by them
        _talks_told_on(doc, drafts, sentences)
        _day_of_their_encounter(doc, drafts)
        _date_outcomes(doc, drafts, sentences, default_place)
        _day_of_the_outcome_told_first(doc, drafts)
        _day_told_before_the_pronoun(doc, drafts)
        _day_before_the_last(doc, drafts)
        _on_the_occasion(doc, drafts)
        _during_the_one_before(doc, drafts)
        _thanks_after_the_act(doc, drafts)
        _after_arriving(doc, drafts)
        _arrival_told_later(doc, drafts)
        _before_leaving(doc, drafts)
        _welcomed_on_arrival(doc, drafts)
        _earlier_that_day(doc, drafts)
        _day_of_many_meetings(doc, drafts)
        # and by talks dated only now, by the occasion they came after ("स्वागत समारोह के बाद ... बातचीत की। इसके बाद ...
        # हस्ताक्षर किए")
        _date_outcomes(doc, drafts, sentences, default_place)
        _outcomes_in_talks(doc, drafts, sentences)
        _meeting_told_back(doc, drafts, sentences)
        _saying_told_before(doc, drafts, sentences)
        _wishes_said_next(doc, drafts)
        _wishes_of_the_day(doc, drafts)
        _thanks_in_reply(doc, drafts)
        _reached_in_talks(doc, drafts, sentences)
        _during_calls(doc, drafts)
        _thanks_at_the_meeting(doc, drafts, sentences)
        _done_by_video(doc, drafts, sentences)
        _agreed_on_a_call(drafts)
        _held_hybrid(doc, drafts)
        _visitors_from_the_dateline(doc, drafts)
        _visitor_met(drafts)
        _during_the_visit_to_come(doc, drafts)
        _business_of_the_last(drafts, sentences)
        held = [d for d in drafts if d.event_type in IN_PERSON and not d.planned]
        present = {w for d in held for w in d.actors()}
        away: dict[int, set] = {}  # people the text shows meeting in another country than the dateline's, and when
        for d in held:
            if d.location and default_place and d.location["country"] != default_place["country"]:
                for w in d.actors():
                    if w.cluster is not None:
                        away.setdefault(w.cluster, set()).add((d.date or {}).get("value"))
        trips = [  # visits to another country than the dateline's ("रोम, ... मेलोनी ... अबू धाबी पहुंचीं"), and
            d  # what was held in a city there ("रोम, ... सैन मैरिनो सिटी में ... परिचय पत्र प्रस्तुत किया")
            for d in drafts
            if (d.event_type == "VISIT" or (d.event_type in IN_PERSON and d.location and not _venue(d.location)))
            and not d.planned
            and d.location
            and default_place
            and d.location["country"] not in (None, default_place["country"])
        ]
        places = [
            _on_trip(doc, draft, trips)
            or self._place(
                doc, draft, None if _other_story(doc, draft, drafts) else default_place, present, away, held_first
            )
            for draft in drafts
        ]
        # "जुबली हाउस में वार्ता हुई" on a page with no dateline: the visit's country, else the country of the
        # town the text places its events in ("काहिरा में ... बैठक ... । ... युद्ध स्मारक पर श्रद्धांजलि")
        country = visited or (default_place or {}).get("country")
        places = [{**p, "country": country} if p and p["country"] is None and country else p for p in places]
        places = [_at_the_site(doc, draft, place) for draft, place in zip(drafts, places, strict=True)]
        for draft, place in zip(drafts, places, strict=True):
            if draft.event_type == "VISIT" and not draft.targets and _abroad(place, _as_known(doc, draft.sources)):
                draft.targets = [Who(None, place["country"])]  # "टोक्यो, ... मोदी ने ... सेंडाई की यात्रा की": Japan hosts
        visitors = {
            (w.cluster, t.country) for d in drafts if d.event_type == "VISIT" for w in d.sources for t in d.targets
        }
        moved = {self._hosts(doc, draft, place, visitors) for draft, place in zip(drafts, places, strict=True)}
        moved |= {_wished_abroad(doc, draft) for draft in drafts}
        moved |= {_counterpart_at_the_dateline(doc, draft, self.home_country) for draft in drafts}
        moved |= {_thanking_home(doc, draft, self.home_country) for draft in drafts}
        self._sides_guessed(doc, drafts, moved - {None})
        if moved - {None}:
            _visitor_met(drafts)  # talks with one now known to be of the country visited
        _own_country_not_thanked(doc, drafts)
        _agreed_by_the_meetings_sides(doc, drafts)
        _signed_after_talks(doc, drafts)
        drafts, sentences, places, own_items = _each_item_apart(doc, drafts, sentences, places)
        frames = []
        for index, draft in enumerate(drafts):
            if (
                not draft.actors()
                or (_one_sided(draft) and not draft.forum)
                or _visit_home(doc, draft, places[index], drafts)
            ):
                continue
            if draft.event_type == "VISIT" and _site_toured(doc, draft) and _told_elsewhere(draft, drafts):
                continue  # "X ने ... मुलाकात की। X ... रिफाइनरी का दौरा करेंगे": a site toured where X is, no visit
            if draft.event_type == "VISIT" and (
                _envoys_trip(doc, draft)
                or (draft.location is not None and _leg_of_a_stay(doc, draft, places[index], drafts, places))
            ):
                continue  # "... बुधवार को पुणे जाएंगी": a leg of a stay; "राजदूत ... पटना आए थे": an envoy's trip
            if self._domestic(doc, draft, places[index], sentences[index]):
                continue
            if draft.event_type in WISHES and not draft.targets:
                continue  # "... समुदाय को शुभकामनाएं दीं": wishes to no side, or to one the text never names
            # a sentence telling events in different clauses ("वार्ता हुई, जिसके बाद रक्षा ... समझौते हुए"):
            # each takes the topics of its own clause there
            shared = any(
                d.sentence == draft.sentence and d.clause != draft.clause and not _told_as_their_subject(doc, draft, d)
                for d in drafts
            )
            # a call that carried another event has no business of its own, but for talks told on it in another
            # sentence ("... वीडियो कॉन्फ्रेंसिंग के जरिए ... उद्घाटन किया। दोनों नेताओं ने इस मौके पर ... बात की")
            told = (
                [s for s in sentences[index] if s != draft.sentence and _tells_talks(doc, s)]
                if draft.carrier
                else own_items.get(id(draft), sentences[index])
            )
            codes = _topics(doc, draft, told, topics, shared, drafts) if told else set()
            codes |= {MULTILATERAL} if draft.forum else set()
            frames.append(self._frame(doc, draft, sentences[index], codes, places[index]))
        frames.sort(key=lambda f: f.trigger["start"])
        for n, frame in enumerate(frames):
            frame.frame_id = f"{doc.doc_id}#{n}"
        return frames

    def _domestic(self, doc: Document, draft: Draft, place: dict | None, told: list[int]) -> bool:
        """ "मुख्यमंत्री ने ... मंत्रियों के साथ बैठक की। बैठक में उपमुख्यमंत्री X और Y भी मौजूद थे": a meeting of the
        home country's own office-holders (and people named bare), at home, told before the text names any other
        country or a place abroad, is no diplomacy (after one, a home office-holder's partner may be a foreigner
        whose country the text never ties to him: "अर्जेंटीना ... । रेड्डी ने कैटामार्का के गवर्नर X से भी भेंट की")."""
        home = self.home_country
        if home is None or draft.event_type not in TALKS or draft.forum or not draft.has_people():
            return False
        for who in draft.actors():
            person = doc.people[who.cluster] if who.cluster is not None else None
            bare = person is not None and who.country is None and not (who.title or person.title or person.org)
            if who.country != home and not bare:
                return False
        if place and place.get("country") not in (None, home):
            return False
        for index in told:  # "दोनों देशों के विदेश मंत्रियों X और Y ने": two countries, whatever the text names
            keys = [t.norm for t in doc.sentences[index].tokens]
            if any(keys[i] in BOTH and keys[i + 1] in SIDE_NOUNS for i in range(len(keys) - 1)):
                return False
        end = doc.sentences[max(told)].end
        return not any(e.label in PLACES and e.value not in (None, home) and e.start < end for e in doc.entities)

    @staticmethod
    def _place(
        doc: Document, draft: Draft, default_place: dict | None, present: set[Who], away: dict, held_first: bool
    ) -> dict | None:
        """Where the event happened: its own place, else the text's (the dateline's) where it may take it."""
        sentence = doc.sentences[draft.sentence]
        own = _paragraph_place(doc, sentence)
        default_place = own or default_place
        if draft.planned and own is None and held_first:
            default_place = None  # where an event the text told was held is no place of one to come
        if default_place and _venue(default_place) and (draft.event_type == "VISIT" or draft.event_type in WISHES):
            default_place = None  # a building no dateline names places no visit (to a country) nor thanks said
        # "X का आभार जताया है। ... सोमवार को ... पत्र लिखकर उनका धन्यवाद किया": sent, from nowhere
        if _dated_by_post(doc, draft) or _in_reply(draft, sentence):
            return draft.location
        if draft.location is None and _may_take(draft, default_place, sentence, present, away):
            return default_place
        return draft.location

    def _frame(self, doc: Document, draft: Draft, sentences: list[int], topic_codes: set[str], location) -> Frame:
        actors = [_actor(doc, w, "source") for w in draft.sources]
        actors += [_actor(doc, w, "target") for w in draft.targets]
        actors += [_actor(doc, w, "participant") for w in draft.participants]
        for actor in actors:
            actor.title = _one_holder(actor.title, self.lex.titles)
        actors = _dedupe(actors)
        if draft.event_type not in ONE_WAY:
            for actor in actors:
                actor.role = "participant"
        many = len({a.country for a in actors if a.country}) >= 3 or _many_countries_there(doc, sentences)
        if many and draft.event_type in SYMMETRIC_MERGE:
            topic_codes.add(MULTILATERAL)  # a meeting or agreement of three countries or more is multilateral
        topic_codes = sorted(topic_codes)
        evidence_sentence = doc.sentences[draft.sentence]
        confidence = (
            0.55 + 0.2 * draft.has_people() + 0.1 * (draft.location is not None) + 0.1 * (draft.date is not None)
        )
        return Frame(
            doc_id=doc.doc_id,
            event_type=draft.event_type,
            cameo=self.cameo.get(draft.event_type),
            modality="planned" if draft.planned else "asserted",
            trigger={"text": draft.trigger_text, "start": draft.trigger[0], "end": draft.trigger[1]},
            participants=actors,
            countries=sorted({a.country for a in actors if a.country}),
            location=location,
            date=draft.date,
            topics=topic_codes,
            sentence_ids=sentences,
            evidence=doc.raw[evidence_sentence.start : evidence_sentence.end],
            confidence=round(min(confidence, 0.95), 2),
        )


# ---------------------------------------------------------------- triggers


def _load_triggers(matchers: dict[str, TokenMatcher], subject_verbs: dict[str, set[str]]) -> set[str]:
    """Fill the matchers of each kind (verb, ref, subject, during, lead, joined, entry) and the verbs each subject noun
    takes; returns the words that every trigger or reference contains one of."""
    cues: set[str] = set()
    light = {phrase_key(v) for v in LIGHT_VERBS.split("/")}
    with open(RESOURCES / "triggers.tsv", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            event_type, kind, pattern = line.rstrip("\n").split("\t")
            if kind == "subject":
                pattern, _, verbs = pattern.partition(" ... ")
                subject_verbs.setdefault(event_type, set()).update(phrase_key(v) for v in verbs.split("/"))
            patterns = _patterns(pattern)
            matchers[kind].add(event_type, patterns)
            for tokens in patterns:
                cues |= _cue(tokens, light)
    return cues


def _cue(tokens: list[dict], light: set[str]) -> set[str]:
    """Words one of which a sentence must hold for this pattern to match: its first token made only
    of content words ("मुलाकात", not "में" or "की"), so the cheap pre-check skips most sentences."""
    choices = []
    for token in (t.get("ORTH") for t in tokens):
        words = set(token["IN"]) if isinstance(token, dict) else {token} if token else set()
        choices.append(words)
        if words and not words & (light | FUNCTION_WORDS):
            return words
    return {w for words in choices for w in words} - light


def _patterns(text: str) -> list[list[dict]]:
    """Matcher patterns of one triggers.tsv line; alternatives that are several tokens long
    ("सह-अध्यक्षता" is cut into three) become patterns of their own."""
    patterns: list[list[dict]] = [[]]
    for part in text.split():
        optional = part.endswith("?")
        part = part.rstrip("?")
        if part == "PUNCT":
            choices = [[{"IS_PUNCT": True}]]
        elif part == "ANY":
            choices = [[{}]]  # one word of any kind: "फोन पर करीब डेढ़ घंटे बात की"
        elif part in ("PLACE", "BODY", "PERSON"):
            choices = [[{"ENT_TYPE": part}]]
        else:
            alternatives = [phrase_key(alt).split() for alt in (LIGHT_VERBS if part == "LV" else part).split("/")]
            single = [a[0] for a in alternatives if len(a) == 1]
            choices = [[{"ORTH": {"IN": single}}]] if single else []
            choices += [[{"ORTH": word} for word in a] for a in alternatives if len(a) > 1]
        if optional:
            choices.append([])
        patterns = [p + c for p in patterns for c in choices]
    return [p for p in patterns if p]


def _session_of_the_occasion(doc: Document, sentence: Sentence, draft: Draft) -> bool:
    """ "... मंत्रियों की बैठक से इतर ... से मुलाकात की। बैठक के पहले सत्र को संबोधित करते हुए ...": a session of the
    meeting told as the occasion of talks held on its sidelines is of that meeting, not of the talks."""
    keys = [t.norm for t in sentence.tokens]
    told = [t.norm for t in doc.sentences[draft.sentence].tokens]
    session = any(k in MEETING_NOUNS and SESSIONS.intersection(keys[i + 1 : i + 4]) for i, k in enumerate(keys))
    return session and any(told[i : i + 2] == [FROM, SIDELINES] for i in range(len(told)))


def _views_shared_on_another(drafts: list[Draft]) -> list[Draft]:
    """ "... फोन पर बात की। दोनों नेताओं ने ... पर विचार साझा किए": views shared are the talks told before them that
    they were shared on, a call or a meeting, and no event of their own; told with no such talks ("हस्ताक्षर से पहले
    दोनों गवर्नरों ने ... विचार साझा किए"), they are talks."""
    views = [d for d in drafts if d.event_type == "MEET" and any(w <= d.trigger_words() for w in VIEWS_SHARED)]
    talks = [d for d in drafts if d.event_type in TALKS and not d.planned and not any(d is v for v in views)]
    out = []
    for draft in drafts:
        on = [d for d in talks if d.sentence <= draft.sentence] if any(draft is v for v in views) else []
        if on:  # their business is that of the talks told last before them
            max(on, key=lambda d: d.sentence).sentences |= draft.sentences
        else:
            out.append(draft)
    return out


def _games_hosted(keys: list[str], a: int) -> bool:
    """ "2030 में राष्ट्रमंडल खेलों की मेजबानी करेगा": games a country hosts, no meeting of its leaders."""
    return keys[a] == HOSTED and a >= 2 and keys[a - 1] in GENITIVE and keys[a - 2] in GAMES


def _preparations_reviewed(keys: list[str], a: int, found: list) -> bool:
    """ "होने वाली ... बैठक की तैयारियों की भी समीक्षा की": the review of a meeting's preparations is no meeting of its
    own (the trigger at ``a`` opens a few particles after a trigger ending on the preparations)."""
    return any(
        _to_come(keys, x) and keys[y - 1] in PREPARATIONS and y < a and PARTICLES_OF_REVIEW.issuperset(keys[y:a])
        for _t, x, y in found
    )


def _sides_of_the_meeting_to_come(doc: Document, sentence: Sentence, span: tuple[int, int]) -> list[Who]:
    """ "X ने ... होने वाली मिस्र-सऊदी समन्वय परिषद की बैठक की तैयारियों की समीक्षा की": the countries a meeting to come
    is named for are its sides, not whoever prepares it (none when its name names fewer than two)."""
    a, b = span
    keys = [t.norm for t in sentence.tokens]
    if not _to_come(keys, a):
        return []
    countries = [
        e.value
        for x, y, label, e in token_spans(sentence, doc.entities_in(sentence))
        if label == "COUNTRY" and a < x and y < b and e.value
    ]
    return [Who(None, c) for c in dict.fromkeys(countries)] if len(set(countries)) >= 2 else []


def _planned(tokens: list, a: int, b: int, clause: tuple[int, int], names: frozenset[int] = frozenset()) -> bool:
    """Future tense ("करेंगे", "होगी", "जाएंगे") on the trigger's verb group.

    With a tree, the verb group is the trigger's governing verb and its auxiliaries; without
    one, the words from the trigger to the end of its clause, but for the words of people's ``names`` ("संयुक्त सचिव
    विश्वेश नेगी और ... ने की": a surname ending like "होगी").
    """
    keys = [t.norm for t in tokens]
    if _to_come(keys, a) and b > a + 1:
        return True  # "होने वाली ... बैठक की तैयारियों": a meeting to come, whatever is done about it
    if any(about_to(keys, i) for i in range(a, min(b + 1, len(keys)))):  # the trigger's infinitive, or the next word's
        return True  # "... वार्ता की मेजबानी करने वाला है", "X से मिलने वाले हैं", "बात करने जा रहे हैं": about to be done
    told = keys[: clause[1]]  # the clause, to its end
    if any(due_at(told, i) for i in range(b - 1, len(told) - 1)):
        return True  # "मोदी और पुतिन की मुलाकात गुरुवार को होनी है": due to be held
    if tokens[b - 1].norm in TIME_OF_WHAT_FOLLOWS and any(t.norm.endswith(OBLIQUE_INFINITIVE) for t in tokens[a:b]):
        # "मुंबई पहुंचने के बाद ... मिलेंगे": an arrival told as the time of what follows has its tense
        return any(finite_future(tokens, i) for i in range(b, len(tokens)))
    if all(t.deprel for t in tokens):
        verbs = {i for i in range(a, b) if tokens[i].upos in ("VERB", "AUX")} or {tokens[b - 1].head}
        verbs.discard(-1)
        group = verbs | {i for i, t in enumerate(tokens) if t.head in verbs and t.deprel in ("aux", "aux:pass", "cop")}
        # "... ने बताया कि बैठक की सह-अध्यक्षता X और Y करेंगे": an event noun the tree hangs on the saying verb has the
        # tense of the first verb after it in its clause
        after = next((i for i in range(b, clause[1]) if tokens[i].upos in ("VERB", "AUX") and i not in names), None)
        told = not any(tokens[i].upos in ("VERB", "AUX") for i in range(a, b)) and after is not None
        if group - names:
            return any(is_future(tokens[i].text) for i in group - names) or (told and is_future(tokens[after].text))
    # "यहां पहुंचे थे और अब स्वदेश के लिए रवाना होंगे": a verb group finished in the past before "और" is not the future's,
    # nor one before "कि" and what was decided ("बैठक में तय हुआ कि दोनों कंपनियां ... बनाएंगी")
    end = next(
        (
            i
            for i in range(a + 1, clause[1])
            if (i >= b and tokens[i].norm in VERB_COORDINATORS and tokens[i - 1].norm in PLUPERFECT)
            or (tokens[i].norm == THAT and i <= b)  # "कि" ending the trigger or right after it
        ),
        clause[1],
    )
    return any(finite_future(tokens, i) for i in range(a, end) if i not in names)


def _was_to_be(keys: list[str], b: int) -> bool:
    """ "समझौते पर हस्ताक्षर होने थे, लेकिन ... टाल दिया गया": a signing that was to be, told so once it was not."""
    return keys[b - 1] == BEING and keys[b : b + 1] != [] and keys[b] in WAS


def _was_due(keys: list[str], b: int) -> bool:
    """ "बीजिंग में ... बैठक होनी थी": a meeting that was to be held, told so once it was not (only "होनी है" is due)."""
    due = next((i for i in range(b - 1, min(b + MAX_SUBJECT_GAP, len(keys))) if keys[i] in DUE), None)
    return due is not None and not due_at(keys, due)


def _expected(keys: list[str], end: int, clause: tuple[int, int]) -> bool:
    """ "हस्ताक्षर होने की संभावना है", "वार्ता ... नई दिल्ली में होने की संभावना है": an event said to be likely is
    planned, not reported; so is one told as fixed ("X की Y से मुलाकात तय है") or approved ("हस्ताक्षर करने को मंजूरी
    दी")."""
    soon = any(k in EXPECTED for k in keys[end : min(end + 5, clause[1])])
    approved = (
        keys[end - 1].endswith(OBLIQUE_INFINITIVE) and keys[end + 1 : end + 2] != [] and keys[end + 1] in APPROVED
    )
    # "मुलाकात तय है", not "बैठक तय कार्यक्रम के अनुसार हुई" (as planned, and held)
    fixed = keys[end : end + 1] == [FIXED] and keys[end + 1 : end + 2] not in ([PLAN], [TIME])
    return soon or approved or fixed or likely_to_be(keys, end, clause[1])


def _list_items(doc: Document, sentence: Sentence) -> list[Sentence]:
    """The list items after a sentence that ends in a colon, or after one more that does ("कई नेताओं के साथ द्विपक्षीय
    बैठकें कीं। इनमें शामिल हैं:")."""
    at = sentence.index
    if not sentence.tokens or sentence.tokens[-1].text != ":":
        among = doc.sentences[at + 1] if at + 1 < len(doc.sentences) else None
        if among is None or not among.tokens or among.tokens[0].norm not in AMONG_THEM or among.tokens[-1].text != ":":
            return []
        at += 1
    items = []
    for item in doc.sentences[at + 1 :]:
        if item.kind != "item" and not (item.tokens and item.tokens[0].text in BULLETS):  # "• X के साथ ... पर चर्चा।"
            break
        items.append(item)
    return items


def _listed(doc: Document, sentence: Sentence) -> list[Who]:
    """The people (else countries) of the list items after a sentence (see _list_items), but for a programme's entries
    that name their meetings themselves ("• 3 नवंबर – X से मुलाकात", not "- सोमवार: X, नई दिल्ली में")."""
    out = []
    for item in (i for i in _list_items(doc, sentence) if not _tells_its_meeting(doc, i)):
        people = [_who(m) for m in doc.mentions_in(item)]
        keys = [t.norm for t in item.tokens]
        # not a country an item names as where something is to be ("मॉरीशस में जन औषधि केंद्र खोलने पर समझौता")
        countries = [
            Who(None, e.value)
            for a, b, label, e in token_spans(item, doc.entities_in(item))
            if label == "COUNTRY" and e.source != "demonym" and keys[b : b + 1] not in ([IN], [ON])
        ]
        out += people[:1] or countries[:1]
    return out


def _on_trip(doc: Document, draft: Draft, trips: list[Draft]) -> dict | None:
    """ "रोम, 6 नवंबर। मेलोनी ... अबू धाबी पहुंचीं। मंगलवार को उन्होंने यूएई के राष्ट्रपति से मुलाकात की": an unplaced
    event the visitor then has with the host, told after a visit away from the dateline's country, is held where the
    visit went; so is one told after an event held in a city there ("X ने सैन मैरिनो सिटी में परिचय पत्र प्रस्तुत
    किया। उन्होंने बाद में सैन मैरिनो के विदेश मंत्री से भेंट की"), and one of the visitor's country and the host's
    alone ("दोनों देशों ने ... हस्ताक्षर किए"), also an agreement the next sentence tells reached on the visit, and one
    the visitor has with someone of no stated country."""
    if draft.location is not None or draft.event_type == "VISIT" or draft.event_type in REMOTE:
        return None  # a call is held nowhere ("वीडियो कॉन्फ्रेंस के माध्यम से ... अगालेगा द्वीप पर ... उद्घाटन")
    people = {w.cluster for w in draft.actors() if w.cluster is not None}
    countries = {w.country for w in draft.actors()}
    # "उसी शाम उन्होंने विदेश मंत्री X के साथ वार्ता की": one of no stated country met by the visitor there (the actors
    # stage's guess, the home country) may be the host
    guessed = {cluster for cluster in people if doc.people[cluster].country_inferred}
    for trip in reversed(trips):
        visit = trip.event_type == "VISIT"
        if not visit and draft.event_type in WISHES:
            continue  # "शरीफ ने ... जेद्दा में मुलाकात की। शरीफ ने ... शुक्रिया अदा किया": thanks have no place there
        visitors = {w.cluster for w in (trip.sources if visit else trip.actors()) if w.cluster is not None}
        hosts = {w.country for w in trip.targets} if visit else {trip.location["country"]}
        # "दोनों देशों ने ... हस्ताक्षर किए": the countries alone, of the visitor and the host
        sides = not people and visit and {_country_of(doc, w) for w in trip.sources} | hosts <= countries
        hosted = hosts & countries or (visit and bool(guessed - visitors))
        if trip.sentence <= draft.sentence and (visitors & people or sides) and hosted:
            return trip.location
        # "भारत और कोमोरोस ने ... पर सहमति जताई है। ... यह निर्णय X की मोरोनी यात्रा के दौरान लिया गया": reached there
        told_after = trip.sentence == draft.sentence + 1 and draft.event_type in OUTCOMES
        if told_after and sides and AGREEMENT_WORDS & {t.norm for t in doc.sentences[trip.sentence].tokens}:
            return trip.location
    return None


def _envoy_for_the_mission(doc: Document, drafts: list[Draft]) -> None:
    """ "इथियोपिया में भारतीय दूतावास ने ... समारोह आयोजित किया, जिसमें ... मुख्य अतिथि थीं। राजदूत X ने ... का पाठ किया": a
    mission holding a ceremony takes part in it by its envoy, told acting at it in the sentence right after."""
    for draft in drafts:
        missions = [
            w for w in draft.participants if w.cluster is None and w.org and match_key(w.org.split()[-1]) in MISSIONS
        ]
        after = draft.sentence + 1
        told_after = after < len(doc.sentences) and _same_paragraph(doc, draft.sentence, after)
        if draft.event_type != "CEREMONY" or len(missions) != 1 or not told_after:
            continue
        envoys = [
            m
            for m in doc.mentions_in(doc.sentences[after])
            if _envoy_title(m.title)
            and m.country == missions[0].country
            and m.last < len(doc.sentences[after].tokens)
            and doc.sentences[after].tokens[m.last].norm == ERGATIVE
        ]
        if len(envoys) == 1:
            draft.participants = [_who(envoys[0]) if w is missions[0] else w for w in draft.participants]


def _called_off(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """ "वांग यी सोमवार को मॉस्को जाएंगे, जहां वह ... करेंगे। ... अपडेट: ... वांग यी की मॉस्को यात्रा ... स्थगित कर दी गई
    है": a visit to come that a later sentence tells called off, by its traveller's name, is no event, nor is what its
    sentence told was to be done on it."""
    off: set[int] = set()
    for sentence in doc.sentences:
        keys = {t.norm for t in sentence.tokens}
        if CALLED_OFF.isdisjoint(keys) or VISIT_NOUNS.isdisjoint(keys):
            continue
        travellers = {m.cluster for m in doc.mentions_in(sentence)}
        for visit in drafts:
            told_before = visit.event_type == "VISIT" and visit.planned and visit.sentence < sentence.index
            if told_before and travellers & {w.cluster for w in visit.sources}:
                off |= {id(d) for d in drafts if d.planned and d.sentence == visit.sentence}
    return [d for d in drafts if id(d) not in off]


def _rest_of_visit(drafts: list[Draft]) -> list[Draft]:
    """ "मित्सोताकिस ... भारत आने वाले ... पहले प्रधानमंत्री हैं। वह गुरुवार को मुंबई जाएंगे": where a visitor
    goes next in the country they are visiting is the same visit, not a second one."""
    made = {d.key() for d in drafts if d.event_type == "VISIT" and not d.planned}
    return [d for d in drafts if not (d.event_type == "VISIT" and d.planned and d.key() in made)]


def _per_destination(draft: Draft, doc: Document, sentence: Sentence) -> list[Draft]:
    """ "वह डेनमार्क और फ्रांस जाएंगे", "कीव और मॉस्को का दौरा": a visit to each country named, at the
    city named for it, or, one to come, at its name where the trigger's country is the place; an arrival is a visit
    to the country arrived in alone (the tour's next country is told when it comes)."""
    # "शनिवार को ... की यात्रा से लौटे": the day of return is not a day of the visit, nor is the place returned to its place
    back = not RETURNED.isdisjoint(draft.trigger_words())
    if draft.event_type != "VISIT" or len(draft.targets) < 2:
        return [dataclasses.replace(draft, date=None, location=None)] if back and draft.targets else [draft]
    place = (draft.location or {}).get("country")
    arrived = [w for w in draft.targets if w.country == place]
    if arrived and ARRIVED & draft.trigger_words():  # "यूएई और कतर की यात्रा के पहले चरण में अबू धाबी पहुंचे"
        return [dataclasses.replace(draft, targets=arrived[:1])]
    start = sentence.tokens[draft.clause[0]].start
    cities = {
        e.value: _place_of(e)
        for e in doc.entities_in(sentence)
        if e.label == "LOCATION" and e.value and start <= e.start < draft.trigger[0]
    }
    # "वह होंडुरास और कोस्टा रिका जाएंगे": placed at the country the trigger names, each visit to come is at its own
    named = {e.value: _place_of(e) for e in doc.entities_in(sentence) if e.label == "COUNTRY" and start <= e.start}
    if place is None or named.get(place) != draft.location or not draft.planned:
        named = {}
    return [
        dataclasses.replace(
            draft,
            targets=[w],
            sentences=set(draft.sentences),
            location=draft.location if w.country == place else cities.get(w.country) or named.get(w.country),
            date=(None if back else _stretch_before(doc, sentence, w.country)) or draft.date,
        )
        for w in draft.targets
    ]


def _stretch_before(doc: Document, sentence: Sentence, country: str | None) -> dict | None:
    """ "8 से 10 जून तक फ्रांस और 11 से 12 जून तक बेल्जियम की यात्रा", "2-3 जुलाई को घाना": the days told for a country,
    right before it."""
    spans = token_spans(sentence, doc.entities_in(sentence))
    keys = [t.norm for t in sentence.tokens]
    dates = {b: e for _a, b, label, e in spans if label == "DATE" and e.value}
    for a, _b, label, entity in spans:
        if label == "COUNTRY" and entity.value == country and a > 1 and keys[a - 1] in STRETCH_ENDS and a - 1 in dates:
            return _date_of(dates[a - 1])
    return None


def _doer_after(args: list[Argument], keys: list[str], end: int) -> list[Argument]:
    """ "कीव और मॉस्को का दौरा करने के बाद ओर्बान ... बीजिंग पहुंचे": what is done before the next
    event is done by that event's subject, the first person after it with "ने" or no case marker, or the pair of
    "... स्वागत समारोह के बाद दोनों नेताओं ने" (not one in a relative clause about the event, "जिसमें दोनों पक्षों ने")."""
    subject = next(
        (
            x
            for x in args
            if x.first >= end
            and (x.kind == "person" or (x.kind == "both" and x.marker == "ने" and keys[x.first - 1] not in IN_WHICH))
            and (x.marker == "ने" or x.marker not in CASE_MARKERS)
        ),
        None,
    )
    return [dataclasses.replace(subject, marker="ने")] if subject is not None else []  # the doer, as an agent


def _per_sender(draft: Draft) -> list[Draft]:
    """ "चीन और पाकिस्तान ने भी कार्की को शुभकामनाएं भेजीं": each country's wishes or thanks are its own
    message (people of one country may send one together: "X ने Y को मोदी की शुभकामनाएं दीं"), and each country's
    visitors to a third country pay their own visit. One the clause tells of no country ("राजदूत ने", told before
    with it) sends with the first."""
    countries = list(dict.fromkeys(w.country for w in draft.sources if w.country is not None))
    hosts = {w.country for w in draft.targets}
    # "चीन के X और अमेरिका के Y ... नेपाल की राजधानी पहुंचे": two visitors from two countries, two visits
    apart = draft.event_type == "VISIT" and len(hosts) == 1 and hosts.isdisjoint(countries)
    if (draft.event_type not in ONE_WAY - {"VISIT"} and not apart) or len(countries) < 2:
        return [draft]
    return [
        dataclasses.replace(
            draft,
            sources=[w for w in draft.sources if w.country == c or (w.country is None and c == countries[0])],
            targets=list(draft.targets),
            sentences=set(draft.sentences),
        )
        for c in countries
    ]


def _in_turn(keys: list[str]) -> bool:
    """ "पहले X से और फिर Y से मुलाकात की", "X से मुलाकात की, फिर Y से": one after the other ("और फिर से", "and
    again", is no sequence)."""
    return any(
        keys[i] in (AND, ",") and keys[i + 1] == THEN and keys[i + 2 : i + 3] != [FROM] for i in range(len(keys) - 1)
    )


def _gapped(keys: list[str], end: int) -> bool:
    """ "X से मुलाकात की, फिर Y से और अंत में Z से।": a clause that ends on "से" (or "से भी") has left out its verb, the
    one told before, so those it names are met by that verb too, not by a verb of their own."""
    told = keys[:end]
    while told and (told[-1] == TOO or told[-1] in FULL_STOPS):
        told = told[:-1]
    return told[-1:] == [FROM]


def _as_well_as(keys: list[str]) -> bool:
    """ "A के साथ-साथ B से भी मुलाकात की": B as well as A, each met in turn."""
    return TOO in keys and any(keys[i : i + 4] == AS_WELL_AS for i in range(len(keys) - 3))


def _own_visit(draft: Draft, args: list[Argument], keys: list[str], a: int) -> None:
    """ "अपनी दो दिवसीय बांग्लादेश यात्रा के दूसरे दिन ... मिस्री ने": a visit told as its subject's own (the trigger at
    ``a``) is the subject's, to the country it names."""
    own = not OWN_ONES.isdisjoint(keys[max(0, a - MAX_TRAVELLER_GAP) : a])
    if draft.event_type != "VISIT" or not own or any(w.cluster is not None for w in draft.sources):
        return
    subject = [_who(x.mention) for x in args if x.kind == "person" and x.marker == ERGATIVE][:1]
    if subject:
        draft.targets, draft.sources = draft.targets or draft.sources, subject


def _in_each(draft: Draft, visited: set[str]) -> list[Draft]:
    """Talks with people of several of the countries a tour goes to ("मैक्रों और डी वेवर से", "दोनों देशों के
    राष्ट्रपतियों से"): one in each, held there, not all together."""
    met = [w for w in draft.partners if w.country in visited]
    if draft.event_type not in TALKS or len({w.country for w in met}) < 2 or len(met) < len(draft.partners):
        return [draft]
    apart = _apart(draft, [w for w in draft.participants if w not in met], [[w] for w in met])
    for one, w in zip(apart, met, strict=True):
        one.visited = w.country
    return apart


def _with_each(doc: Document, draft: Draft, keys: list[str]) -> list[Draft]:
    """ "इसके अलावा उन्होंने कतर के प्रधानमंत्री A और पुर्तगाल के विदेश मंत्री B से भी मुलाकात की": people of two
    countries or more, other than the doer's, met ("से") are met one country at a time, unless the meeting is told
    as joint ("त्रिपक्षीय", "के बीच"); on a tour, see _in_each."""
    a = _token_from(doc, draft, draft.trigger[0])
    told = keys[draft.clause[0] : draft.clause[1]]
    # "A से ऊर्जा पर और B से खनन पर बात की": each met with their own business told
    about = keys[a - 1 : a] == [ON] and FROM in keys[max(0, a - MAX_BUSINESS_WORDS - 1) : a - 1]
    if draft.event_type != "MEET" or (FROM not in keys[max(0, a - 2) : a] and not about) or not JOINT.isdisjoint(told):
        return [draft]
    doers = {w.country for w in draft.participants if w not in draft.partners}
    met = [w for w in draft.partners if w.cluster is not None and w.country and w.country not in doers]
    countries = list(dict.fromkeys(w.country for w in met))
    if len(countries) < 2 or len(met) < len(draft.partners):  # people all ("अमेरिका के साथ": what was talked of)
        return [draft]
    groups = [[w for w in met if w.country == c] for c in countries]
    apart = _apart(draft, [w for w in draft.participants if w not in met], groups)
    for one, group in zip(apart, groups, strict=True):
        one.partners = group
    return apart


def _held_by_the_named(doc: Document, draft: Draft, lex: Lexicon) -> Draft:
    """ "कनाडा, इटली और दक्षिण कोरिया के प्रधानमंत्रियों से मुलाकात की। ... कनाडा के प्रधानमंत्री मार्क कार्नी ...":
    each office met apart, held by the one person the text names holding it there."""
    draft.participants = [
        (_holder(doc, w.country, _one_holder(w.title, lex.titles)) or w) if w.cluster is None and w.title else w
        for w in draft.participants
    ]
    return draft


def _apart(draft: Draft, kept: list[Who], groups: list[list[Who]]) -> list[Draft]:
    """One event with each group of those met, beside those ``kept`` in all of them (each with its own sentences)."""
    return [
        dataclasses.replace(draft, participants=[*kept, *group], sources=[], targets=[], sentences=set(draft.sentences))
        for group in groups
    ]


def _each_with_their_own(draft: Draft, doc: Document, sentence: Sentence) -> list[Draft]:
    """ "X ने A से और Y ने B से अलग-अलग मुलाकात की" (or with no "अलग-अलग": each with a "ने" of their own): each who
    met named before the one they met, in turn: X with A, Y with B (none where the names do not alternate so)."""
    met, meeting = _met_and_meeting(draft)
    first: dict[int | None, int] = {}  # where each person is first named in the sentence
    for m in doc.mentions_in(sentence):
        first.setdefault(m.cluster, m.first)
    if len(met) < 2 or len(meeting) != len(met) or not all(w.cluster in first for w in met + meeting):
        return []
    order = sorted(met + meeting, key=lambda w: first[w.cluster])
    pairs = list(zip(order[::2], order[1::2], strict=True))
    if not all(one in meeting and other in met for one, other in pairs):
        return []
    return _apart(draft, [], [list(pair) for pair in pairs])


def _each_at_their_own_place(draft: Draft, doc: Document, sentence: Sentence) -> list[Draft]:
    """ "X ने सुबह साउथ ब्लॉक में A से और दोपहर में कृषि भवन में B से मुलाकात की": those met each told with "से"
    and, after "और", a time of day, a day or a place of their own, were met one by one, each where (and on the day:
    "सोमवार को नई दिल्ली में A से और मंगलवार को मुंबई में B से", "सोमवार को A से और मंगलवार को B से") the sentence
    places them."""
    met = [w for w in draft.partners if w.cluster is not None]
    if draft.event_type not in SYMMETRIC_MERGE or len(met) < 2:
        return []
    keys = [t.norm for t in sentence.tokens]
    mentions = {m.cluster: m for m in reversed(doc.mentions_in(sentence))}  # each person's first mention
    if not all(w.cluster in mentions for w in met):
        return []
    met.sort(key=lambda w: mentions[w.cluster].first)
    starts = [draft.clause[0]] + [mentions[w.cluster].last for w in met[:-1]]
    dated = {
        i
        for a, b, label, _e in token_spans(sentence, doc.entities_in(sentence))
        if label == "DATE"
        for i in range(a, b)
    }
    places, days = [], []
    for k, (w, start) in enumerate(zip(met, starts, strict=True)):
        end = mentions[w.cluster].first
        joined = keys[start : start + 2] in ([FROM, AND], [FROM, ","])
        own_day = not dated.isdisjoint(range(start + 2, end))  # "सोमवार को A से और मंगलवार को B से"
        if k and not (joined and (own_day or _own_time_or_place(keys, start + 2, end))):
            return []
        places.append(_location(doc, sentence, (start, end), draft.planned))
        days.append(_date(doc, sentence, (start, end), end))
    return _met_apart(draft, met, places, days)


def _met_apart(draft: Draft, met: list[Who], places: list, days: list) -> list[Draft]:
    """One meeting with each of those ``met``, at its place and on its day where the text tells them apart, else at
    the draft's."""
    apart = _apart(draft, [w for w in draft.participants if w not in met], [[w] for w in met])
    for one, w, place, day in zip(apart, met, places, days, strict=True):
        one.partners, one.location, one.date = [w], place or draft.location, day or draft.date
    return apart


def _own_time_or_place(keys: list[str], start: int, end: int) -> bool:
    """Whether the words before one met, after "से और", tell a time of day or a place of their own ("दोपहर में",
    "कृषि भवन में")."""
    return any(k in TIMES_OF_DAY for k in keys[start:end]) or any(keys[i] in (IN, ON) for i in range(start + 1, end))


def _met_and_meeting(draft: Draft) -> tuple[list[Who], list[Who]]:
    """The people met ("से", "के साथ") and the other people of a draft, each in the order told."""
    met = [w for w in draft.partners if w.cluster is not None]
    return met, [w for w in draft.participants if w.cluster is not None and w not in met]


def _pair_by_pair(draft: Draft) -> list[Draft]:
    """ "जयशंकर और गोयल ने क्रमशः लैमी और रेनॉल्ड्स से मुलाकात की": each of those meeting with the one met named in the
    same place of the list, one meeting a pair."""
    met, meeting = _met_and_meeting(draft)
    if draft.event_type not in SYMMETRIC_MERGE or len(met) < 2 or len(meeting) != len(met):
        return [draft]
    return _apart(draft, [], [list(pair) for pair in zip(meeting, met, strict=True)])


def _met_on_their_days(draft: Draft, doc: Document, sentence: Sentence) -> list[Draft]:
    """ "X ने A और B से क्रमशः सोमवार को रियाद में और मंगलवार को दोहा में मुलाकात की": one meeting with each of those
    met, on the day (and at the place) told in the same place of the list after "क्रमशः"; none where the days told
    there are not one for each."""
    met = [w for w in draft.partners if w.cluster is not None]
    keys = [t.norm for t in sentence.tokens]
    at = next((i for i in range(*draft.clause) if keys[i] in RESPECTIVELY), None)
    if draft.event_type not in SYMMETRIC_MERGE or len(met) < 2 or at is None:
        return []
    spans = token_spans(sentence, doc.entities_in(sentence))
    starts = [a for a, _b, label, _e in spans if label == "DATE" and at < a < draft.clause[1]]
    if len(starts) != len(met):
        return []
    mentions = {m.cluster: m for m in reversed(doc.mentions_in(sentence))}  # each person's first mention
    met.sort(key=lambda w: mentions[w.cluster].first if w.cluster in mentions else 0)
    told = list(zip(starts, [*starts[1:], draft.clause[1]], strict=True))
    places = [_location(doc, sentence, (start, end), draft.planned) for start, end in told]
    return _met_apart(draft, met, places, [_date(doc, sentence, (start, end), end) for start, end in told])


def _on_the_sidelines(keys: list[str], clause: tuple[int, int], draft: Draft) -> bool:
    """ "शिखर सम्मेलन से इतर ... कनाडा, इटली और दक्षिण कोरिया के प्रधानमंत्रियों से मुलाकात की": leaders of several
    countries met on a summit's sidelines, each in talks of their own."""
    sidelines = any(keys[i : i + 2] == [FROM, SIDELINES] for i in range(clause[0], clause[1]))
    together = not JOINT.isdisjoint(keys[clause[0] : clause[1]])  # "... के साथ त्रिपक्षीय बैठक की": one meeting
    offices = [w for w in draft.partners if w.cluster is None and w.title]  # "... के प्रधानमंत्रियों से", not named
    return sidelines and not together and draft.event_type == "MEET" and len({w.country for w in offices}) > 1


def _one_by_one(draft: Draft) -> list[Draft]:
    """ "X ने A, B और C के नेताओं से अलग-अलग मुलाकात की": one meeting with each of the others (each
    person met, "बांग्लादेश के विदेश सलाहकार A और विदेश सचिव B से अलग-अलग मुलाकात की"), and one
    message to each person wished or thanked."""
    wished = [w for w in draft.targets if w.cluster is not None]
    if draft.event_type in WISHES and len(wished) > 1:  # "X और Y को अलग-अलग शुभकामनाएं दीं": a message each
        return [dataclasses.replace(draft, targets=[w], sentences=set(draft.sentences)) for w in wished]
    met = [w for w in draft.partners if w.cluster is not None or w.title]  # a person, or an office-holder unnamed
    others = [w for w in draft.participants if w not in met]
    if draft.event_type in SYMMETRIC_MERGE and len(met) > 1 and others:  # "A और B के बीच द्विपक्षीय वार्ता": one
        return _apart(draft, others, [[w] for w in met])
    countries = {w.country for w in draft.participants}
    if draft.event_type not in SYMMETRIC_MERGE or len(countries) < 3:
        return [draft]
    host = draft.participants[0].country
    hosts = [w for w in draft.participants if w.country == host]
    return _apart(draft, hosts, [[w] for w in draft.participants if w.country != host])


def _segments(keys: list[str], found: list) -> list[tuple[int, int]]:
    """Per trigger, the words its event may draw on: the sentence, cut after a trigger that a
    coordinator follows when an event of the same type, or one with a subject of its own, is told
    later ("... भाग लिया और ... से मुलाकात की", "... मुलाकात की और दोनों देशों ने ... हस्ताक्षर किए")."""
    cuts = [
        c + 1
        for i, (event_type, _a, b) in enumerate(found)
        if (c := _coordinator_after(keys, b)) is not None
        and (
            any(t == event_type for t, *_ in found[i + 1 :])
            or _own_subject(keys, c, found[i + 1 : i + 2])
            or (found[i + 1 :] and tuple(keys[c + 1 : c + 3]) == LATER)  # "... परेड में हिस्सा लिया और बाद में ... से
            or (found[i + 1 :] and keys[c + 1 : c + 2] == [THEN])  # वार्ता की", "... से मुलाकात की, फिर ... से फोन पर
        )  # बात की": what is done later is another doing, with its own partners
    ]
    # "बैठक में भाग लेने आए X ने ... से मुलाकात की": the participle's meeting is X's, the rest another;
    # "घाना की यात्रा पूरी करने के बाद त्रिनिदाद पहुंचे": the first event is done before the next is told
    cuts += [b + 2 for i, (_kind, _a, b) in enumerate(found) if keys[b : b + 2] == AFTER and found[i + 1 :]]
    # "दोनों नेताओं की मुलाक़ात के बाद ... हस्ताक्षर किए": the event named as the time ends there
    cuts += [b for i, (_kind, _a, b) in enumerate(found) if keys[b - 2 : b] == AFTER and found[i + 1 :]]
    cuts += [b for i, (kind, _a, b) in enumerate(found) if kind == "MEET" and keys[b - 1] in ARRIVED and found[i + 1 :]]
    # "X का नेतृत्व A कर रहे हैं, जबकि Y का ...", "X का नेतृत्व A ने तथा Y का नेतृत्व B ने किया" (one verb for both),
    # "भारतीय दल का नेतृत्व A और फ्रांसीसी दल का नेतृत्व B ने किया" (one "ने" for both)
    for (kind, _a, b), (other, a2, b2) in itertools.pairwise(found):
        side = LED_BY in keys[a2:b2]
        cuts += [
            k + 1
            for k in range(b, a2)
            if kind == other
            and (
                keys[k] in WHILE
                or (keys[k] in VERB_COORDINATORS and (keys[k - 1] == ERGATIVE or (side and a2 - k <= MAX_SIDE_NAME)))
            )
        ]
    # "X ने सोमवार को ... मुलाकात की; Y ने मंगलवार को ... वार्ता की": a semicolon ends a clause of its own
    cuts += [k + 1 for k, key in enumerate(keys) if key == ";" and any(a > k for _t, a, _b in found)]
    cuts.sort()
    bounds = [0, *cuts, len(keys)]
    return [next((lo, hi) for lo, hi in itertools.pairwise(bounds) if lo <= a < hi) for _t, a, _b in found]


def _coordinator_after(keys: list[str], b: int) -> int | None:
    """Where a coordinator follows a trigger ending at ``b``, past a light verb the trigger leaves out
    ("श्रद्धांजलि अर्पित [की] और ... पौधा लगाया"), a passive's auxiliary ("स्वागत किया [गया] और") or a past one
    ("यहां पहुंचे [थे] और शुक्रवार को बेंगलुरु जाएंगे")."""
    if b < len(keys) and keys[b] in PASSIVE_AUX:
        b += 1
    if b < len(keys) and keys[b] in PLUPERFECT:
        b += 1
    if b < len(keys) and keys[b] in LIGHT_KEYS and b + 1 < len(keys) and keys[b + 1] in VERB_COORDINATORS:
        return b + 1
    return b if b < len(keys) and keys[b] in VERB_COORDINATORS else None


def _own_subject(keys: list[str], b: int, following: list) -> bool:
    """ "... से मुलाकात की और दोनों देशों ने ... हस्ताक्षर किए": the next event has a subject of its own."""
    return bool(following) and ERGATIVE in keys[b + 1 : following[0][1]]


def _reporting_after(arg: Argument, keys: list[str], b: int, end: int) -> bool:
    """ "... के साथ द्विपक्षीय वार्ता की, एक कनाडाई अधिकारी ने नाम न छापने की शर्त पर बताया": one told after the
    trigger ending at ``b``, past a comma, saying it at the clause's end reports the event, taking no part in it."""
    if arg.marker != ERGATIVE or arg.first <= b or "," not in keys[b : arg.first]:
        return False
    rest = [k for k in keys[arg.last : end] if k not in FULL_STOPS]
    return rest != [] and saying_verb_ends(rest, len(rest))


def _next_events_pronoun(arg: Argument, keys: list[str], b: int, found: list) -> bool:
    """ "... से फोन पर बात की और उन्हें ... शुभकामनाएं दीं": a pronoun after the coordinator that follows
    a trigger, before the next trigger, is the next event's, never this one's."""
    later = [a2 for _t, a2, _b2 in found if a2 >= b]
    return (
        arg.kind == "pronoun"
        and bool(later)
        and b <= arg.first < later[0]
        and any(k in VERB_COORDINATORS for k in keys[b : arg.first])
    )


def _decided(arg: Argument) -> bool:
    """An argument marked as part of what was decided ("के", "को"), not as a side ("ने", "के बीच") or a
    bare subject ("दोनों नेता ... रोकने पर सहमत हुए")."""
    return arg.marker in CASE_MARKERS and arg.marker not in SIDES


def _discussed_after(keys: list[str], b: int, end: int) -> bool:
    """Whether the words after talks' trigger ending at ``b`` ("बैठक में ...") run, before ``end``, to "पर चर्चा",
    "पर बात": what they tell is what was discussed."""
    return any(keys[i] == ON and keys[i + 1] in DISCUSSION for i in range(b + 1, min(end, len(keys) - 1)))


def _after_content(keys: list[str], clause: tuple[int, int], trigger_at: int) -> int:
    """Where an agreement's own words begin: after what was agreed, a verbal noun before the trigger
    ("बैठक जून में नई दिल्ली में आयोजित करने पर सहमत हुए")."""
    for i in range(trigger_at - 1, clause[0], -1):
        if keys[i - 1].endswith("ने") and len(keys[i - 1]) > 2 and keys[i] in CONTENT_MARKERS:
            return i + 1
    return clause[0]


def _after_grounds(keys: list[str], clause: tuple[int, int], trigger_at: int) -> int:
    """Where thanks or wishes begin their own words: after the ground they are given for ("गाजा में
    शांति के प्रयासों में भूमिका के लिए बहरीन का आभार")."""
    for i in range(trigger_at - 1, clause[0], -1):
        if keys[i - 1] == GEN_KE and keys[i] == FOR:
            return i + 1
    return clause[0]


def _grounds(keys: list[str], clause: tuple[int, int], trigger_at: int) -> tuple[int, int]:
    """The tokens of what thanks or wishes are given for, up to its "के लिए" ("[ईरान से ... मदद] के लिए ... आभार"),
    from the last verb joined before it ("मोदी से बात की और [भारत के ... प्रयासों] के लिए आभार")."""
    end = _after_grounds(keys, clause, trigger_at)
    joined = [i + 1 for i in range(clause[0] + 1, end) if keys[i] in VERB_COORDINATORS and keys[i - 1] in LIGHT_KEYS]
    return (max(joined, default=clause[0]), end)


def _paper_handed(keys: list[str], start: int, end: int) -> bool:
    """ "ज्ञापन सौंपा", "को सौंपे गए प्रतिवेदन में": a paper submitted, or a handing-over that only
    describes a noun, is no ceremony (an aircraft handed over, "विमान सौंपा गया है", is one)."""
    if not keys[start].startswith(HAND_OVER):
        return False
    before = keys[max(0, start - MAX_PAPER_GAP) : start]
    if PAPERS & set(before) and not CREDENTIALS & set(before):  # credentials are presented in a ceremony
        return True
    after = keys[end + 1] if end + 1 < len(keys) else ""
    return keys[end : end + 1] != [] and keys[end] in PASSIVE_AUX and after[:1].isalpha() and after not in IS_WAS


def _on_a_show(keys: list[str], start: int) -> bool:
    """ "... एक भारतीय पॉडकास्ट में दिखे, जिसमें उन्होंने ... पर बात की": talk on a show, no meeting."""
    shows = [i for i in range(start) if keys[i] in SHOWS and keys[i + 1 : i + 2] == [IN]]
    if not shows:
        return False
    between = keys[shows[-1] + 2 : start]
    return not IN_WHICH.isdisjoint(between) or not any(k in LIGHT_KEYS for k in between)


def _to_the_press(keys: list[str], start: int) -> bool:
    """ "संवाददाता सम्मेलन", "संवाददाताओं से बात की": talk with the press, no meeting."""
    return (start > 0 and keys[start - 1] in PRESS) or (
        start > 1 and keys[start - 1] == FROM and keys[start - 2] in PRESS
    )


def _received(keys: list[str], end: int) -> bool:
    """ "भारत से मिले टीकों के लिए धन्यवाद दिया", "दूतावास से मिली जानकारी के अनुसार": "से मिले" before a noun and its
    case marker is a participle, what was received from someone, and no meeting."""
    return (
        keys[end - 1] in GOT
        and end + 1 < len(keys)
        and keys[end][:1].isalpha()
        and keys[end] not in CASE_MARKERS | POSTPOSITIONS
        and keys[end + 1] in CASE_MARKERS
    )


def _gift(keys: list[str], start: int) -> bool:
    """ "मुर्मू ने उन्हें भगवान बुद्ध की एक प्रतिमा भेंट की": "भेंट" given to someone ("को", "उन्हें") with no one met
    ("से", "के साथ": "बुधवार को ... राजदूत के साथ शिष्टाचार भेंट की") is a gift, not a meeting, and what was given is
    no topic of the meeting told before; "शिष्टाचार भेंट" is a courtesy call, whatever case its host is told in
    ("विदेश मंत्री X को शिष्टाचार भेंट की", as press notes write it)."""
    if keys[start] != GIFT or (start > 0 and keys[start - 1] == COURTESY):
        return False
    clause = keys[:start]
    met = FROM in clause or any(clause[i : i + 2] == WITH_SOMEONE for i in range(len(clause) - 1))
    return (TO in clause or any(PRONOUNS.get(k) == TO for k in clause)) and not met


def _ship_of(arg: Argument, keys: list[str], trigger: int) -> bool:
    """A country whose genitive opens the subject of an arrival, a ship or plane told after it with no case of its own
    ("इक्वाडोर की नौसेना का प्रशिक्षण पोत 'गुआयास' ... पहुंचा")."""
    if arg.kind != "country" or arg.marker not in GENITIVE or arg.last >= trigger:
        return False
    ships = [j for j in range(arg.last, min(trigger, arg.last + MAX_SHIP_WORDS)) if keys[j] in CARRIERS]
    return bool(ships) and keys[ships[0] + 1 : ships[0] + 2] != [] and keys[ships[0] + 1] not in CASE_MARKERS


def _addressed(doc: Document, sentence: Sentence, keys: list[str]) -> list[Who]:
    """The one a message speaks to ("'राष्ट्रपति ट्रंप, आपके फोन कॉल ... के लिए धन्यवाद।'"): a person named and then a
    comma, with "आप" after or opening the quotation; or one named right after the thanks in a quotation, with no case
    of their own ("'शुभकामनाओं के लिए धन्यवाद, प्रधानमंत्री मोदी।'")."""
    for mention in doc.mentions_in(sentence):
        after = keys[mention.last : mention.last + 1]
        opens = mention.first > 0 and keys[mention.first - 1] in QUOTE_MARKS  # "'प्रधानमंत्री मोदी, ... धन्यवाद।'"
        if after == [","] and (opens or not SECOND_PERSON.isdisjoint(keys[mention.last :])):
            return [_who(mention)]
        before = [k for k in keys[max(0, mention.first - 2) : mention.first] if k != ","]
        called = after and (after[0] in (",", "।", "!") or after[0] in QUOTE_MARKS)
        if called and before[-1:] and before[-1] in GRATITUDE and _quoted(doc, sentence.index, mention.first):
            return [_who(mention)]
    return []


def _thanked_for(keys: list[str], end: int, found: list[tuple]) -> bool:
    """ "आपके फोन कॉल और दीवाली की शुभकामनाओं के लिए धन्यवाद", "बधाई के लिए मोदी का आभार जताया": a call or wishes
    named as what thanks are given for are none of their own (they were told where they happened)."""
    if keys[end - 1] in LIGHT_KEYS or keys[end - 1].endswith(DONE_AND):  # "फोन कर ... के लिए धन्यवाद दिया": a call made
        return False
    thanks = next((a for t, a, _b in found if t == "THANK" and a >= end), None)
    return thanks is not None and any(keys[i : i + 2] == [GEN_KE, FOR] for i in range(end, thanks))


def _held_by_what_they_adopted(keys: list[str], clause: tuple[int, int], found: list[tuple]) -> bool:
    """A clause opening "जिसमें" after a clause telling no talks or other event ("... घोषणा को मंजूरी दी, जिसमें"): what
    it tells as resolved or agreed is held in the document the clause before adopted, by those who adopted it."""
    return clause[0] > 0 and keys[clause[0] - 1] in IN_WHICH and not any(b <= clause[0] for _t, _a, b in found)


def _told_in_its_own_relative(keys: list[str], found: list[tuple], names: set[int]) -> list[tuple]:
    """Talks whose business a relative clause tells ("... के साथ वार्ता करेंगे, जिसमें व्यापार ... पर चर्चा होगी"):
    the discussion is those talks, not a meeting of its own (not one told after other events between: "... बातचीत के
    बाद, जिसमें ... फैसला किया, X ने ... रवाना हो गए, जहां वह Y से मिलेंगे"); but where only the relative clause names
    the people ("दोनों देशों के बीच वार्ता ... होगी, जिसमें X और Y अपने समकक्षों ... के साथ बातचीत करेंगे"), it tells
    who hold them, and stays (to be merged with them)."""
    talks = [b for t, _a, b in found if t == "MEET"]
    return [
        (t, a, b)
        for t, a, b in found
        if not (
            t == "MEET"
            and any(
                end <= a
                and not IN_WHICH.isdisjoint(keys[end:a])
                and not any(end <= x < a for _t, x, _y in found)
                and (names.isdisjoint(range(end, a)) or not names.isdisjoint(range(end)))
                for end in talks
            )
        )
    ]


def _past_attribution(keys: list[str]) -> list[str]:
    """A sentence's words past its source told first ("सऊदी प्रेस एजेंसी के अनुसार, बैठक में ... मौजूद थे", "प्रवक्ता
    ने बताया कि बैठक में ... भाग लेंगे")."""
    at = next((i for i in range(min(len(keys) - 2, MAX_SOURCE_WORDS)) if keys[i : i + 2] == ACCORDING), None)
    if at is not None and keys[at + 2] == ",":
        return keys[at + 3 :]
    said = said_that(keys, min(len(keys), 2 * MAX_SOURCE_WORDS))
    return keys[said[0] + 1 :] if said and saying_agent(keys, said[0] + 1) is not None else keys


def _reported_by(arg: Argument, keys: list[str]) -> bool:
    """ "प्रधानमंत्री कार्यालय की ओर से जारी बयान के अनुसार", "मंत्रालय के अनुसार": who tells of the event, not one who
    takes part in it."""
    at = arg.last
    return keys[at : at + 2] == ACCORDING or (tuple(keys[at : at + 3]) in ON_BEHALF and keys[at + 3 : at + 4] == ISSUED)


def _nominal(keys: list[str], end: int) -> bool:
    """ "बधाई देने के लिए", "यात्रा करने की शर्त", "यात्रा करने में": a verbal noun (purpose, plan,
    condition), not an event, nor one whose light verb follows ("समारोह में भारत का प्रतिनिधित्व करने के लिए"); "मुलाकात
    करने के बाद" tells one that happened."""
    if keys[end : end + 3] == FOR_DOING:
        return True
    # past the trigger's light verb
    at = end + 1 if end + 1 < len(keys) and keys[end] in LIGHT_KEYS and keys[end].endswith("ने") else end
    if keys[at - 1].endswith("ने") and keys[at : at + 1] and keys[at] in VERB_COORDINATORS:
        # "हस्ताक्षर करने और ... विकसित करने पर सहमति": one of the things agreed ("... करने और ... करने के बाद": done)
        return not any(keys[i : i + 2] == AFTER for i in range(at, min(at + MAX_SUBJECT_GAP, len(keys))))
    if not keys[end - 1].endswith("ने") or end >= len(keys) or keys[end] not in NOMINAL_MARKERS:
        return False
    if keys[end + 1 : end + 2] and keys[end + 1] in EXPECTED | APPROVED:
        return False  # "हस्ताक्षर होने की उम्मीद है", "हस्ताक्षर करने को मंजूरी दी": planned (see _expected)
    return keys[end : end + 2] != AFTER


def _in_what_was_decided(keys: list[str], start: int, found: list) -> bool:
    """ "बातचीत में फैसला हुआ कि दोनों देश ... कार्य समूह की बैठक आयोजित करेंगे": an event told in what a decision
    ending in "कि" holds is what was agreed, as one told before "पर सहमत हुए" is, no event of its own."""
    return any(t in OUTCOMES and b <= start and THAT in keys[b - 1 : b + 1] for t, _a, b in found)


def _hoped(keys: list[str], start: int) -> bool:
    """A hope, belief or condition before the trigger ("उम्मीद है कि", "मुझे विश्वास है कि", "अगर")."""
    before = keys[:start]
    return any(k in HOPES for k in before) or any(k == BELIEF and nxt in IS for k, nxt in itertools.pairwise(before))


def _history(doc: Document, draft: Draft, keys: list[str], end: int) -> bool:
    """An event dated by a year or a month of a year alone, or by a year gone by ("पिछले वर्ष"), and told in the
    pluperfect ("1996 में ... हस्ताक्षर किए थे", "अक्टूबर 2024 में ... हुई थी", "1992 में ... वार्ता साझेदारी शुरू की
    थी") is the background of the news, as FRAMES.md says history is ("पिछले महीने ... मुलाकात की थी" is not: it
    leads up to the news)."""
    # "अक्टूबर 2024 में X की भारत यात्रा के दौरान ... हस्ताक्षर किए थे": the tense of what a visit is the time of is its
    told = len(keys) if _time_of_the_rest(keys, end) else max(end + 3, draft.clause[1])
    if not PLUPERFECT & set(keys[end:told]):
        return False
    # "X पिछले साल ... गए थे, जब दोनों देशों ने ... दस्तख़त किए थे", "दिसंबर 2016 में X ... आए थे, जब ...": a clause
    # of "जब" has the time of the one it hangs on
    hung = WHEN in keys[max(draft.clause[0] - 1, 0) : draft.clause[0] + 1]
    start = 0 if hung else draft.clause[0]
    main = _date(doc, doc.sentences[draft.sentence], (0, draft.clause[0]), draft.clause[0]) if hung else None
    named = _year_named(draft.date) or _year_named(main)
    return named or any(k in GONE_BY and n in YEARS for k, n in itertools.pairwise(keys[start:end]))


def _years_before(doc: Document, draft: Draft) -> bool:
    """An event told done and dated by a month or a year named with it, of a year before the page's ("अक्टूबर 2024
    में मुइज्जू की भारत यात्रा के बाद संबंधों में सुधार आया" on a page of 2026): background, in any tense."""
    if draft.planned or draft.date is None:
        return False
    # "जनवरी 2023 में ... और उसी वर्ष जून में ... यात्रा की": a month of the year told before it
    same = bool(draft.date.get("value")) and of_the_same_year(doc.raw, draft.date["start"])
    if not (_year_named(draft.date) or same):
        return False
    page = (_page_day(doc) or {}).get("value") or ""
    return page[:4].isdigit() and draft.date["value"][:4] < page[:4]


def _year_named(date: dict | Entity | None) -> bool:
    """A date of a year or a month of a year alone whose year the text names ("अक्टूबर 2024 में", "1996 में"), not one a
    dateline resolved "पिछले महीने" or "इस वर्ष जनवरी" to."""
    if date is None:
        return False
    value, text = (date.get("value"), date["text"]) if isinstance(date, dict) else (date.value, date.text)
    return bool(re.fullmatch(r"\d{4}(?:-\d{2})?", value or "") and re.search(r"\d{4}", text))


def _at_that_one(doc: Document, draft: Draft, keys: list[str], end: int) -> bool:
    """ "मोदी ने जुलाई 2025 में ब्यूनस आयर्स की यात्रा की थी ...। उस यात्रा में दोनों देशों ने ... फैसला किया था": what
    was done, told in the pluperfect, at "that" visit the sentence before told in the pluperfect of a month or year
    named is background as that visit is; so is what was done "then" ("दोनों देशों ने मार्च 2025 में बातचीत शुरू की
    थी। तब न्यूजीलैंड के प्रधानमंत्री ... भारत यात्रा पर आए थे")."""
    at_that = any(keys[i] == THAT_ONE and keys[i + 1] in VISIT_NOUNS for i in range(draft.clause[0], end - 1))
    at_that = at_that or keys[:1] == [THEN_TOLD] or tuple(keys[:2]) in AT_THAT_TIME
    if not at_that or draft.sentence == 0 or not PLUPERFECT & set(keys[end : max(end + 3, draft.clause[1])]):
        return False
    before = doc.sentences[draft.sentence - 1]
    told = PLUPERFECT & {t.norm for t in before.tokens}
    return bool(told) and any(e.label == "DATE" and _year_named(e) for e in doc.entities_in(before))


def _denied(keys: list[str], start: int, end: int) -> bool:
    """ "कोई द्विपक्षीय मुलाकात नहीं हुई", "हस्ताक्षर नहीं किए": what did not happen (a "नहीं" right
    after the trigger, or "कोई" before its noun and a "नहीं" after it), or what a denial says ("... का
    खंडन किया कि ...")."""
    if NOT & set(keys[end : end + 2]):
        return True
    if any(keys[j] in DENIAL and THAT in keys[j:start] for j in range(start)):
        return True  # "उन खबरों का खंडन किया कि X ने Y से फोन पर बात की थी": a report denied
    if any(keys[j] in CLAIMS and _passive_claim(keys, j) and THAT in keys[j:start] for j in range(start)):
        return True  # "तस्वीर के साथ दावा किया जा रहा है कि X ने Y से मुलाकात की": a rumour no one stands behind
    return bool(ANY & set(keys[max(0, start - 3) : start])) and bool(NOT & set(keys[end : end + 6]))


def _passive_claim(keys: list[str], j: int) -> bool:
    """ "दावा किया जा रहा है", "दावा किया गया है": a claim told in the passive, made by no one named."""
    return not PASSIVE_CLAIM.isdisjoint(keys[j + 1 : j + 1 + MAX_CLAIM_AUXILIARIES])


def _held_in_relative(keys: list[str], b: int) -> tuple[int, int] | None:
    """The words of a relative clause ", जो ... हुई थी" that tells when talks named before it were held (the first
    relative after the trigger ending at ``b``, within a few words), or None."""
    at = next((i for i in range(b, min(b + MAX_RELATIVE_GAP, len(keys) - 1)) if keys[i : i + 2] == [",", WHO]), None)
    if at is None:
        return None
    end = next((i for i in range(at + 2, len(keys)) if keys[i] in CLAUSE_ENDS), len(keys))
    return (at + 2, end) if not HAPPENED.isdisjoint(keys[at + 2 : end]) else None


def _denial(sentence: Sentence) -> bool:
    """ "मंत्रालय ने उन खबरों का खंडन किया जिनमें दावा किया गया था कि दोनों देशों ने ... हस्ताक्षर किए हैं": a report
    denied tells of no event, and lends the one told before none of its business."""
    keys = [t.norm for t in sentence.tokens]
    return any(k in DENIAL and THAT in keys[j:] for j, k in enumerate(keys))


def _by_phone(keys: list[str], start: int, end: int) -> bool:
    """ "फोन पर मलेशिया के विदेश मंत्री से बात की": talks had on the phone named a few words before, the
    partner between (the call patterns hold the words together, "फोन पर बात की"), or told of in a relative clause after
    a phone call named ("फोन वार्ता ..., जिसमें ... बात की")."""
    if not TALK_WORDS & set(keys[start:end]):
        return False
    if any(keys[i] in PHONE and keys[i + 1] == ON for i in range(max(0, start - MAX_PHONE_GAP), start - 1)):
        return True
    # "... उस फोन वार्ता की रही, जिसमें X और Y ने ... पर बात की": the call the relative clause tells of
    told_in = next((i for i in range(start - 1, 0, -1) if keys[i] in IN_WHICH), None)
    return told_in is not None and any(
        keys[i] in PHONE and keys[i + 1] in TALK_WORDS for i in range(max(0, told_in - MAX_PHONE_GAP), told_in - 1)
    )


def _guests_set_against(args: list[Argument], keys: list[str], a: int) -> list[Who]:
    """ "समारोह की मेजबानी X ने की, जबकि Y मुख्य अतिथि थे": the chief guest the clause after "जबकि" names, before the
    trigger at ``a``, took part in the occasion its host is told holding."""
    since = max((i for i in range(a) if keys[i] in CONTRAST), default=None)
    if keys[a : a + 2] != CHIEF_GUEST or since is None:
        return []
    return [_who(x.mention) for x in args if x.kind == "person" and x.mention is not None and since < x.first < a]


def _under_way(keys: list[str], end: int) -> bool:
    """ "तारीखों को अंतिम रूप दिया जा रहा है": an agreement still being reached is none yet."""
    return len(keys) > end + 1 and keys[end] == GOING and keys[end + 1] in STILL_GOING


def _possible(keys: list[str], end: int) -> bool:
    """ "हस्ताक्षर कर सकते हैं", "श्रद्धांजलि दी जा सके", "हस्ताक्षर होने चाहिए": what can, could or should happen has
    not."""
    return any(k in MODALS for k in keys[end : end + 3])


def _closing_quote(keys: list[str], a: int, b: int) -> int:
    """1 where the name at ``a:b`` stands in quotes ("'विला गोरिका' में"), so that what follows the quote is read as
    what follows the name; else 0."""
    return int(a > 0 and keys[a - 1] in QUOTE_MARKS and keys[b : b + 1] != [] and keys[b] in QUOTE_MARKS)


def _after_its_bracket(keys: list[str], b: int) -> int:
    """Where the words after a name at ``b`` go on past a short bracket right after it, or a short quotation (its name
    in another tongue: "राष्ट्रीय महल (पलासियो नासियोनाल) में", "राष्ट्रपति भवन 'पलासियो दे गोबिएर्नो' में")."""
    if keys[b : b + 1] == ["("]:
        closing = {")"}
    elif keys[b : b + 1] != [] and keys[b] in QUOTE_MARKS:
        closing = {keys[b]}
    else:
        return b
    close = next((i for i in range(b + 1, min(b + MAX_BRACKETED, len(keys))) if keys[i] in closing), None)
    return close + 1 if close is not None else b


def _opens_with_a_day(spans: list, i: int) -> bool:
    """ "Y से मिलेंगे और बुधवार को कोच्चि जाएंगे": a clause joined after the event's verb that opens with a day of its
    own tells another doing, with its own place."""
    return any(s[0] == i and s[2] == "DATE" for s in spans)


def _visit_phrase(args: list[Argument], keys: list[str], start: int, a: int, b: int) -> int:
    """Where a visit told of the one met begins ("शी ने 19 नवंबर को पेइचिंग स्थित ... में [चीन की राजकीय यात्रा पर आए]
    X के साथ भेंटवार्ता की"): at the country visited, the day and place before it the meeting's, where an agent before
    it does the rest; else the clause's start."""
    agent = any(x.marker == ERGATIVE and x.first < a for x in args)
    visited = [x.first for x in args if x.kind == "country" and start <= x.first < a]
    return visited[-1] if agent and visited and keys[b - 1] in ARRIVED else start


def _time_of_the_rest(keys: list[str], end: int) -> bool:
    """ "X ने फिजी की यात्रा के दौरान बुधवार को ... से मुलाकात की": a visit ending at ``end`` names the time of what the
    clause goes on to tell, whose day is not the visit's."""
    return DURING in (tuple(keys[end - 2 : end]), tuple(keys[end : end + 2]))


def _during_a_visit(keys: list[str]) -> bool:
    """ "यात्रा के दौरान": what the sentence tells happened on a visit."""
    return any(k in VISIT_NOUNS and tuple(keys[i + 1 : i + 3]) == DURING for i, k in enumerate(keys))


def _where_possible(keys: list[str], a: int) -> bool:
    """ "जापान जा सकते हैं, जहां वह ... वार्ता करेंगे": what is to happen where a possible visit goes is possible too."""
    where = max((i for i in range(a) if keys[i] in WHERE), default=None)
    return where is not None and any(k in MODALS for k in keys[max(0, where - 4) : where])


def _virtual(keys: list[str], a: int) -> bool:
    """A meeting noun at ``a`` told as held online: "वर्चुअल बैठक", "वर्चुअल शिखर सम्मेलन"."""
    i = a - 1
    if i >= 0 and keys[i] in FORUM_EVENTS:
        i -= 1
    if i >= 1 and keys[i] == FROM and keys[i - 1] in BY_MEANS:  # "आभासी माध्यम से शिखर बैठक की"
        i -= 2
    return i >= 0 and keys[i] in VIRTUAL


def _of_one_online(keys: list[str], online: list[int], a: int, b: int) -> bool:
    """A meeting told held online (its noun ending at one of ``online``), or its chairing told in the relative clause
    after it ("..., जिसकी सह-अध्यक्षता X और Y ने की")."""
    return b in online or any(end <= a and not WHOSE.isdisjoint(keys[end:a]) for end in online)


def _held_online(keys: list[str], end: int) -> bool:
    """A meeting noun ending at ``end`` told held online in the words after it: "बैठक मंगलवार को ऑनलाइन आयोजित की
    गई" (its day between, no case marker on the noun)."""
    if keys[end : end + 1] == [] or keys[end] in CASE_MARKERS:
        return False
    clause = list(itertools.takewhile(lambda k: k not in (",", "।"), keys[end : end + MAX_SUBJECT_GAP + 1]))
    return any(k in VIRTUAL and nxt in HELD_VERBS for k, nxt in itertools.pairwise(clause))


def _while_doing(keys: list[str], end: int) -> bool:
    """ "बातचीत करते हुए कहा": the trigger only frames what was said."""
    return keys[end - 1] == match_key("करते") and end < len(keys) and keys[end] == match_key("हुए")


def _going_on(keys: list[str], end: int) -> bool:
    """ "दोनों पक्ष इसके विस्तार पर बातचीत कर रहे हैं": talks going on, the present progressive (no meeting held, where
    the sentence tells what holds since a year: see _habitual; "X के साथ वार्ता कर रहे हैं" on the day is one)."""
    going = keys[end : end + 1] != [] and keys[end] in STILL_GOING
    return going and keys[end + 1 : end + 2] != [] and keys[end + 1] in IS_NOW


def _negotiating(keys: list[str], start: int) -> bool:
    """ "दोनों देश आपसी कानूनी सहायता संधि पर भी बातचीत कर रहे हैं": a pact still being negotiated, talks going on
    over months, no one meeting held."""
    before = [k for k in keys[max(0, start - 3) : start] if k != TOO]
    return before[-2:-1] != [] and before[-1] == ON and before[-2] in PACTS


def _verb_follows(keys: list[str], end: int, verbs: set[str], done_to: bool = False) -> bool:
    """ "आयोग की बैठक सोमवार को ताशकंद में हुई": an event noun with no case marker after it is the
    subject of the first verb of its clause, within a few words; the event happened if that verb
    is one of ``verbs``; one that takes those present ("उद्घाटन समारोह में X और Y मौजूद थे") may be where they were.
    One ``done_to`` ("दस्तावेजों का आदान-प्रदान X और Y ने ... किया") is the object of a verb whose agent may come
    between them."""
    # "शिखर सम्मेलन में X, Y और Z भाग लेंगे": they take part; "समारोह में भारतीय दल का नेतृत्व X ने किया": X led a side
    there = verbs & (PRESENT | TOOK_PART | {LED_BY})
    if end < len(keys) and keys[end] == IN and there:
        if keys[end - 2 : end - 1] == [SIGNED]:
            return False  # "हस्ताक्षर समारोह में X और Y उपस्थित थे": witnesses of the signing just told
        clause = list(itertools.takewhile(lambda k: k not in PRESENCE_STOPS, keys[end : end + MAX_PRESENT_GAP]))
        at = next((j for j, k in enumerate(clause, start=end) if k in there), None)  # not "भाग लेने के लिए": to come
        return at is not None and not (keys[at] in TOOK_PART and keys[at + 1 : at + 2] and keys[at + 1].endswith("ने"))
    held = keys[end : end + len(ORGANISED)] == ORGANISED  # "परामर्श का आयोजन ... हुआ", "बैठक का आयोजन किया गया"
    if held:  # the event noun is the subject through "का आयोजन"
        end += len(ORGANISED)
    if end < len(keys) and keys[end] in CASE_MARKERS:
        return False
    done_to = done_to and not held
    agent = False
    # those in whose presence it was done, told between ("... X और Y की उपस्थिति में किया गया") as long as an agent may be
    witnessed = done_to and not PRESENCE.isdisjoint(keys[end : end + MAX_OBJECT_GAP + 1])
    for j, key in enumerate(keys[end : end + (MAX_OBJECT_GAP if done_to else MAX_SUBJECT_GAP) + 1], start=end):
        if done_to and key == ERGATIVE:
            agent = True
            continue
        if done_to and key == "," and not agent:
            continue  # "महोत्सव का उद्घाटन [... विरासत, कला ... मंत्री X और ... Y ने] किया": a comma inside the agent
        agent_ahead = done_to and ERGATIVE in keys[j : end + MAX_OBJECT_GAP + 1]
        if j - end > MAX_SUBJECT_GAP and not (agent or agent_ahead or witnessed):
            return False
        if likely_to_be(keys, j, j + 4):
            return True  # "वार्ता ... नई दिल्ली में होने की संभावना है": to be, as _expected tells
        if len(key) > 2 and key.endswith("ने") and keys[j + 1 : j + 2] == [ON]:
            return False  # "अगली बैठक फरवरी में बुलाने पर राजी हुए": the meeting is what was agreed, not held
        if key in verbs or (held and key in LIGHT_KEYS):  # "बैठक जून में आयोजित करने पर सहमत", "बैठक का आयोजन
            # दिल्ली में करने पर सहमति": a verbal noun, the meeting is only planned
            verbal = keys[j + 1 : j + 2] != [] and keys[j + 1].endswith("ने")
            return not (verbal or (held and not _finite_light(key)))
        if _genitive_ki(keys, j + 1):
            continue  # "शिखर सम्मेलन ... नाइजर की राजधानी नियामे में हुआ": a genitive, no verb
        if key == "," and keys[j + 1 : j + 2] and keys[j + 1] in RESTATING:
            continue  # "वार्ता अगले गुरुवार, यानी इस महीने की 12 तारीख को मनीला में होगी": the same day told again
        if key in LIGHT_KEYS or key in SUBJECT_GAP_STOPS or key in SUBORDINATORS or key in ONGOING:
            return False
        if key in NAMED_MEETINGS:
            return False  # "परामर्श ... के लिए कार्य तंत्र की 33वीं बैठक ... हुई": the later noun is the subject
    return False


def _aside_case(keys: list[str], at: int) -> str | None:
    """The case marker right after a relative clause set aside between commas at ``at`` ("X, जो ... हैं, ने"), which
    is the case of the phrase before it; "-" where a coordinator follows it ("X, जो ... हैं, और Y ने": X shares Y's)."""
    close = _aside_close(keys, at + 1, len(keys)) if keys[at : at + 1] == [","] else None
    if close is None or close + 1 >= len(keys):
        return None
    if keys[close + 1] in COORDINATORS:
        return "-"
    return keys[close + 1] if keys[close + 1] in CASE_MARKERS else None


def _aside_before(keys: list[str], i: int, a: int) -> bool:
    """A relative pronoun at ``i`` opening a clause between commas that closes before token ``a``."""
    return _aside_close(keys, i, a) is not None


def _aside_close(keys: list[str], i: int, end: int) -> int | None:
    """The comma that closes a clause set aside between commas, opened by a relative pronoun at ``i`` ("X, जो ... हैं,
    ने"), before token ``end``; None where no such clause is."""
    if i >= len(keys) or keys[i] not in ASIDE_RELATIVES or keys[i - 1 : i] != [","]:
        return None
    close = next((k for k in range(i + 1, end) if keys[k] == "," or keys[k] in SUBORDINATORS), None)
    return close if close is not None and keys[close] == "," else None


def _genitive_ki(keys: list[str], end: int) -> bool:
    """A pattern ending in "की" followed by a noun is a genitive ("बैठक की तैयारी"), not a verb; unless its sentence
    ends on a postposition, with no verb after it: copy that puts the verb first, as translated text does ("मुलाकात की
    अपने जर्मन समकक्ष X से बर्लिन में")."""
    if keys[end - 1] != KI or end >= len(keys) or keys[end] in AFTER_VERB_KI:
        return False
    last = next((k for k in reversed(keys) if k[:1].isalnum()), None)
    return last not in VERBLESS_ENDS


def _clause(keys: list[str], a: int, b: int, names: set[int]) -> tuple[int, int]:
    """Token range of the clause holding a trigger: subordinators bound it ("जो" inside a name,
    "जो बाइडन", does not), but not a relative clause set off by commas before it ("X, जिन्होंने ... संभाला, ने Y से
    बात की": the clause runs on round it), nor "जबकि" after a subject with no verb of its own."""
    bounds = [
        i for i, key in enumerate(keys) if key in SUBORDINATORS and i not in names and not _aside_before(keys, i, a)
    ]
    # "... फैसले लिए गए: (1) ..., (2) ... अप्रैल से शुरू होगा, (3) अगली बैठक जून में ... होगी": each numbered item its own
    # (after a colon or a comma: not an age, "कीर स्टार्मर (64) ने")
    bounds += [
        i + 2
        for i in range(len(keys) - 2)
        if keys[i] == "(" and keys[i + 1].isdigit() and keys[i + 2] == ")" and keys[i - 1 : i] in ([":"], [","])
    ]
    bounds.sort()
    start = max((i for i in bounds if i < a), default=-1) + 1
    if start > 1 and keys[start - 1] in RELATIVE_AGENTS and keys[start - 2] == ",":
        start -= 1  # "..., जिन्होंने ... बधाई दी": the relative is the clause's subject
    if start > 2 and keys[start - 1] in WHILE and keys[start - 3 : start - 1] == [ERGATIVE, ","]:
        # "भारत की ओर से X ने, जबकि जापान की ओर से Y ने वार्ता में हिस्सा लिया": the first subject shares the verb
        start = max((i for i in bounds if i < start - 1), default=-1) + 1
    end = next((i for i in bounds if i >= b), len(keys))
    if end < len(keys) and keys[end] in WHILE:
        # "समारोह में भारतीय दल का नेतृत्व X ने किया, जबकि मिस्र की ओर से Y मौजूद रहे": Y was there too
        after = next((i for i in bounds if i > end), len(keys))
        end = after if not PRESENT.isdisjoint(keys[end + 1 : after]) else end
    return start, end


# ---------------------------------------------------------------- participants


def _arguments(doc: Document, sentence: Sentence, lex: Lexicon, home_country: str | None = None) -> list[Argument]:
    """People, countries, offices named alone, organisations and pronouns of a sentence, each with its
    case marker."""
    keys = [t.norm for t in sentence.tokens]
    spans = token_spans(sentence, doc.entities_in(sentence))
    mentions = doc.mentions_in(sentence)
    people = {i for m in mentions for i in range(m.first, m.last)}
    # a country inside a place or a rule-named body ("भारत-रूस कार्य समूह") is no actor; the model's
    # "भारत सरकार" is the country acting
    covered = people | {
        i for a, b, label, e in spans if label in ("ORG", "LOCATION") and e.source != "model" for i in range(a, b)
    }
    args = [Argument(m.first, m.last, "person", mention=m, country=m.country) for m in mentions]
    # "... और स्मोट्रिच ने हस्ताक्षर किए, जो तीन दिन की भारत यात्रा पर हैं": "जो" is the person named last before it
    for i in (i for i, key in enumerate(keys) if key == WHO and i > 1 and keys[i - 1] == ","):
        named = [m for m in mentions if m.last < i]
        if named:
            last = max(named, key=lambda m: m.last)
            args.append(Argument(i, i + 1, "person", mention=last, country=last.country))
    titles = {a: (b, entity.text) for a, b, label, entity in spans if label == "TITLE" and a not in covered}
    for a, b, label, entity in spans:
        if keys[b : b + 1] and keys[b] in CROWDS:
            continue  # "भारतीय पर्यटक थाईलैंड आए थे": private people, no side of anything
        if label == "COUNTRY" and _firms_act(keys, b):
            continue  # "सिंगापुर की कई कंपनियां सम्मेलन में भाग लेंगी": businesses, no side
        if label == "COUNTRY" and _business_world(keys, b) and _delegation(keys, b) is None:
            continue  # "बेल्जियम के उद्योग जगत के प्रमुखों के साथ": a country's business people, no side
        if _named_for_country((a, b, label, entity), keys):
            continue  # "आइसलैंड विश्वविद्यालय में": a building, no side
        if label == "COUNTRY" and a not in covered and keys[b : b + 1] != [SITUATED]:  # "अमेरिका स्थित": a seat
            gen = b  # "जी4 देशों - ब्राजील, जर्मनी और जापान - के", "... भारत और नेपाल (बीबीआईएन) के परिवहन सचिवों"
            if keys[b : b + 2] == ["-", GEN_KE]:
                gen = b + 1
            elif keys[b : b + 1] == ["("] and keys[b + 2 : b + 3] == [")"] and keys[b + 3 : b + 4] == [GEN_KE]:
                gen = b + 3
            at = gen + 2 if keys[gen + 1 : gen + 2] == [OWN] else gen + 1  # "मैक्सिको के अपने समकक्षों से"
            office = titles.get(at) if gen < len(keys) and keys[gen] in GENITIVE else titles.get(b)
            if office and keys[office[0] : office[0] + 1] and keys[office[0]].endswith(PLURAL_OBLIQUE):
                office = None  # "भारत और रूस के राजनयिक संबंधों की": a title word describing a thing
            if office and ranks(keys, office[0]):
                office = None  # "भारत-जापान विदेश मंत्री स्तरीय वार्ता": the talks' level, no one acting
            if office:  # "श्रीलंका के राष्ट्रपति ने": the office-holder acts for the country
                end = _group_of(keys, office[0])
                args.append(Argument(a, end, "country", country=entity.value, title=office[1]))
                titles = {k: v for k, v in titles.items() if v != office}
            elif (body := _body_of(spans, keys, b, lex)) is not None:  # "भारत की एनटीपीसी विद्युत व्यापार निगम के बीच"
                args.append(Argument(a, _delegation_end(keys, body[1]), "org", country=entity.value, org=body[3].text))
            elif (mission := _mission(keys, b)) is not None:  # "भारतीय दूतावास ने": the country's mission acts
                org = _span_text(doc, sentence.tokens, a, mission)
                args.append(Argument(a, mission, "org", country=entity.value, org=org))
            elif _force_thanked(keys, b) and entity.source == "demonym":  # "भारतीय नौसेना का आभार": its force
                args.append(
                    Argument(a, b + 1, "org", country=entity.value, org=_span_text(doc, sentence.tokens, a, b + 1))
                )
            elif (
                entity.source == "demonym"
                and keys[b : b + 1] != []
                and keys[b] in NATION
                and keys[b + 1 : b + 2] != [PARTY]
            ):
                args.append(Argument(a, b + 1, "country", country=entity.value, title=keys[b]))  # "उज्बेक जनता को"
            elif (group := _delegation(keys, b)) is not None:  # "ऑस्ट्रेलियाई व्यापार प्रतिनिधिमंडल के सदस्यों से"
                end, title = group
                if keys[b] in GOVERNMENT:  # "भारत सरकार और प्रधानमंत्री मोदी का": the government is a body
                    org = _span_text(doc, sentence.tokens, a, end)  # beside the people named with it
                    args.append(Argument(a, end, "org", country=entity.value, org=org))
                else:
                    args.append(Argument(a, end, "country", country=entity.value, title=title))
            elif (firm := firm_after(keys, b, lex.common)) is not None:  # "फ्रांस की कंपनी डसॉल्ट एविएशन के साथ"
                org = _span_text(doc, sentence.tokens, firm[0], firm[1])
                args.append(Argument(a, firm[2], "org", country=entity.value, org=org))
            else:  # "भारत सरकार का", "बॉर्डर गार्ड बांग्लादेश (बीजीबी) के बीच": the body the country names stands for it
                body = [(s, e) for s, e, lab, _ in spans if lab == "ORG" and s <= a and b <= e]
                first, end = (min(s for s, _ in body), max(e for _, e in body)) if body else (a, b)
                end = _acronym_after(keys, end) if body else end
                if body and keys[first - 1 : first] != ["-"]:  # the body acts; "भारत-सऊदी ... परिषद" is joint
                    org = _span_text(doc, sentence.tokens, first, end)
                    args.append(Argument(first, _delegation_end(keys, end), "org", country=entity.value, org=org))
                else:
                    args.append(Argument(first, end, "country", country=entity.value))
        if label == "LOCATION" and entity.value and _province_side(keys, b):  # "ओडिशा सरकार और ओसाका प्रांत के बीच"
            org = _span_text(doc, sentence.tokens, a, b + 1)
            args.append(Argument(a, b + 1, "org", country=entity.value, org=org))
        elif label == "LOCATION" and _places_acting(spans, keys, a, b) and not _venue({"text": entity.text}):
            # "गुजरात और शिज़ुओका ने ... हस्ताक्षर किए": a state and a province as the sides (one of no country told is
            # the dateline's, as a place of none is)
            country = entity.value or (_dateline_place(doc) or {}).get("country")
            if country:
                args.append(Argument(a, b, "org", country=country, org=entity.text))
    # "दोनों देशों के विदेश मंत्री", "पांचों नॉर्डिक देशों के राजदूतों": the offices of the sides just told
    nouns = (_both_noun(keys, i) for i, key in enumerate(keys) if key in BOTH)
    both_offices = {n + 2 for n in nouns if n is not None and n + 2 in titles and keys[n + 1] in GENITIVE}
    for a, (b, title) in titles.items():
        if _an_office(keys[a:b]) and a not in both_offices and not ranks(keys, b):  # "विदेश सचिव से मिले": the holder
            there = (
                _country_there(doc, sentence, a) if a > 1 and keys[a - 2] in THERE and keys[a - 1] in GENITIVE else None
            )
            told = _office_told_with_country(doc, sentence, title) if there is None else None
            behalf = _behalf_of(spans, keys, a)
            if behalf is not None:  # "बांग्लादेश की ओर से जल संसाधन सचिव ने": the country is the office's, no side apart
                args = [x for x in args if not (x.kind == "country" and x.first == behalf[0])]
            told = _country_of_its_body(spans, keys, a) or (behalf[1] if behalf else None) or told
            told = told or (there is None and _host_met(doc, sentence, keys, b, home_country))
            told = told or _interviewee_s(doc, sentence, keys, a)
            first = behalf[0] if behalf is not None else a
            args.append(Argument(first, b, "office", country=there or told or home_country, title=title))  # of the
            # country last named; "वहां के आपदा प्रबंधन मंत्री": of the place just told
    taken = people | {i for x in args for i in range(x.first, x.last)}
    args += _organisations(spans, keys, taken, home_country, lex)
    named_at = people | {i for a, b, _label, _e in spans for i in range(a, b)}
    answer = answering(doc, sentence)
    for i, key in enumerate(keys):
        if key in PRONOUNS:
            args.append(Argument(i, i + 1, "pronoun", marker=PRONOUNS[key]))
        elif key in RELATIVE_AGENTS and keys[i - 1 : i] == [","]:  # "... Y की अगवानी की, जिन्होंने ... बधाई दी"
            args.append(Argument(i, i + 1, "relative", marker=ERGATIVE))
        elif key in OURS and i + 1 in titles:
            continue  # "हमारी राष्ट्रपति ... आएंगी": the office is the actor (see _interviewee_s), not the speaker
        elif key in I_WE and (answer or _quoted(doc, sentence.index, i) is not None or doc.author() is not None):
            # "उत्तर: मैं ... आई थी", "'... हमने ...'", an op-ed's "मैंने"
            args.append(Argument(i, i + 1, "pronoun", marker=I_WE[key]))
        elif key in LED_GROUPS and i == 0 and keys[1:2] and keys[1] not in CASE_MARKERS - {ERGATIVE}:
            # "प्रतिनिधिमंडल ने बाद में ... से भी मुलाकात की", "प्रतिनिधिमंडल इससे पहले ... से भी मिला था": the
            # delegation just told, its leader
            args.append(Argument(i, i + 1, "pronoun", marker=ERGATIVE))
        elif key in LED_GROUPS and (marker := _delegation_met(doc, sentence.index, keys, i)) is not None:
            args.append(Argument(i, i + 1, "pronoun", marker=marker))
        elif key in GUESTS and tuple(keys[i + 2 : i + 4]) in IN_HONOUR and keys[i + 1 : i + 2] == [GEN_KE]:
            # "मुर्मू ने अतिथियों के सम्मान में राजकीय भोज दिया": the guests, as "उनके सम्मान में" (the visitor)
            args.append(Argument(i, i + 2, "pronoun", marker=f"{GEN_KE} {WITH}"))
        elif key in THEIR and keys[i + 1 : i + 2] and keys[i + 1] in SIDE_NOUNS:
            continue  # "X को उनके देश के राष्ट्रीय दिवस पर बधाई दी": the country of one named, no one else
        elif key in THEIR:  # "उनके साथ वार्ता की", "उनके बीच"; else theirs, a genitive: "उनकी मुलाकात ... होगी"
            after = keys[i + 1] if i + 1 < len(keys) else ""
            marker = f"{GEN_KE} {after}" if THEIR[key] == GEN_KE and after in (WITH, BETWEEN) else THEIR[key]
            if THEIR[key] == GEN_KE and tuple(keys[i + 1 : i + 3]) in IN_HONOUR:
                marker = f"{GEN_KE} {WITH}"  # "उनके सम्मान में भोज दिया": the guest of honour is there too
            marker = WITNESS if after in PRESENCE else marker  # "उनकी उपस्थिति में ... आदान-प्रदान": witnesses
            args.append(Argument(i, i + 1, "pronoun", marker=marker))
        elif key in GOVERNMENT and i > 0 and keys[i - 1] in STATE and not named_at & {i - 1, i}:
            # "प्रदेश सरकार के सहयोग के लिए आभार": a state's government, of no other country than the home one
            args.append(Argument(i - 1, i + 1, "country", country=home_country))
        elif key in THERE and i + 2 < len(keys) and keys[i + 1] in GENITIVE and keys[i + 2] in PEOPLE:
            named = [e.value for a, _b, label, e in spans if label == "COUNTRY" and a < i and e.value]
            if named:  # "प्रबोवो सुबियांतो और वहां की जनता को बधाई दी": the people of the country just named
                marker = keys[i + 3] if i + 3 < len(keys) else ""
                args.append(Argument(i, i + 3, "country", country=named[-1], title=keys[i + 2], marker=marker))
        elif key in BOTH and (noun := _both_noun(keys, i)) is not None:
            if _firms_of(keys, noun + 1):
                continue  # "दोनों देशों की 150 से अधिक कंपनियों ने भाग लिया": businesses, no side
            # "दोनों देशों के विदेश मंत्री करेंगे": the phrase runs to the office, whose holders they are
            end, office = titles[noun + 2] if noun + 2 in both_offices else (noun + 1, None)
            args.append(Argument(i, end, "both", title=keys[noun], size=BOTH[key], office=office))
        elif BOTH.get(key) and (
            keys[i + 1 : i + 2] == [ERGATIVE] or keys[i + 1 : i + 3] in ([GEN_KE, BETWEEN], WITH_SOMEONE)
        ):  # "दोनों ने", "दोनों के बीच बातचीत": those just named (not "सभी ने", anyone)
            args.append(Argument(i, i + 1, "both", title=key, size=BOTH[key]))
    args.sort(key=lambda x: x.first)
    _markers(args, keys, sentence.tokens)
    args = [x for x in args if x.marker not in ELECTIONS]  # "चिली के राष्ट्रपति चुनाव में": an office's election
    _office_of_its_body(args, keys)
    # "विदेश कार्यालय परामर्श", "ब्रिक्स शिखर सम्मेलन से इतर": a body the rules name is mostly part of an event's name
    for arg in args:
        arg.compound = _compound(arg, args, sentence.tokens)
    # "दिसानायके ने आईएमएफ को ... सहायता के लिए धन्यवाद दिया": an international body the rules name may be thanked
    thanked = {x.first for x in args if x.ruled and x.country is None and _thanked_body(x, keys)}
    return [
        x
        for x in args
        if not (x.ruled and x.marker not in SIDES and x.first not in thanked and not _listed_with_actors(x, args, keys))
        and x.compound != "thing"
        and not _names_its_forum(x, keys)
        and not _chairs_the_cabinet(x, keys)
    ]


def _doing_it(keys: list[str], arg: Argument, args: list[Argument], trigger_end: int) -> bool:
    """ "... के साथ वार्ता करते प्रधानमंत्री X", "... बैठक की सह-अध्यक्षता करते X और Y": those named right after a
    caption's participle (the trigger's own last word, or the word after it), joined by "और", are doing it."""
    if keys[trigger_end - 1] in DOING:
        start = trigger_end
    elif trigger_end < len(keys) and keys[trigger_end] in DOING:
        start = trigger_end + 1
    else:
        return False
    named = {i for x in args if start <= x.first <= arg.first for i in range(x.first, x.last)}
    return start <= arg.first and all(i in named or keys[i] in COORDINATORS for i in range(start, arg.first))


def _thanked_body(arg: Argument, keys: list[str]) -> bool:
    """Whether a body is thanked: "को" or "का" after it, and words of gratitude after, with no verb of its own between
    (not "अफ्रीकी संघ को ... सदस्यता दिलाने में भारत की भूमिका के लिए आभार": the union is given, India thanked)."""
    told = keys[arg.last + 1 : arg.last + 1 + MAX_THANKS_GAP]
    at = next((i for i, k in enumerate(told) if k in GRATITUDE), None)
    return arg.marker in (TO, GEN_KA) and at is not None and not any(k.endswith(OBLIQUE_INFINITIVE) for k in told[1:at])


def _country_unsure(doc: Document, cluster: int) -> bool:
    """Whether a person's country is only the actors stage's guess, or not known at all (see _countryless)."""
    return doc.people[cluster].country_inferred or _countryless(doc, cluster)


def _countryless(doc: Document, cluster: int) -> bool:
    """A person the text gives no country, office or body ("बकामला के प्रमुख वाइस एडमिरल इर्वान्सयाह", a rank alone):
    where met abroad, of the host (see FrameStage._hosts); not an international official, nor one holding an office
    the actors stage found no country for ("म्यांमा के कार्यवाहक राष्ट्रपति ... मिन आंग ह्लाइंग", met at a summit)."""
    person = doc.people[cluster]
    told = [m for m in doc.mentions if m.cluster == cluster]
    return person.country is None and person.org is None and not any(m.international or m.title for m in told)


def _interviewee_s(doc: Document, sentence: Sentence, keys: list[str], a: int) -> str | None:
    """ "जवाब: हमारी राष्ट्रपति जनवरी में नई दिल्ली आएंगी": an office an interview's answer calls "ours" (at ``a``) is
    of the country of the one interviewed (an envoy of Peru's: Peru's), as a person so named is (see actors)."""
    if a == 0 or keys[a - 1] not in OURS or not answering(doc, sentence):
        return None
    speaker = interviewed(doc)
    return speaker.country if speaker is not None else None


def _host_met(doc: Document, sentence: Sentence, keys: list[str], b: int, home: str | None) -> str | None:
    """ "कोलंबो, ... जयशंकर ने ... मुलाकात की। उन्होंने बाद में राष्ट्रपति से भी भेंट की": an office named alone
    (ending at ``b``) as the one met ("से", "के साथ", "के कार्यालय में जाकर"), under a dateline abroad, in a text that
    has stated one of the home country, is the host's (the dateline's country, or a brief's on a page of several:
    "काठमांडू : ... उन्होंने प्रधानमंत्री से भी शिष्टाचार भेंट की" under "जकार्ता : ..."); not one who acts
    ("प्रधानमंत्री जल्द अमेरिका आएंगे")."""
    if keys[b : b + 1] != [FROM] and keys[b : b + 2] != WITH_SOMEONE and not _called_on(keys, b):
        return None
    host = (_paragraph_place(doc, sentence) or _dateline_place(doc) or {}).get("country")
    if host in (None, home):
        return None
    visitor = any(
        m.country == home and m.sentence <= sentence.index and not doc.people[m.cluster].country_inferred
        for m in doc.mentions
        if m.cluster is not None
    )
    return host if visitor else None


def _called_on(keys: list[str], b: int) -> bool:
    """ "मुख्य सलाहकार के कार्यालय में जाकर": the holder of an office ending at ``b``, called on at their office."""
    at_office = keys[b : b + 1] == [GEN_KE] and keys[b + 1 : b + 2] != [] and keys[b + 1] in OFFICES
    return at_office and keys[b + 2 : b + 3] == [IN] and keys[b + 3 : b + 4] != [] and keys[b + 3] in CALLED_AT


def _chairs_the_cabinet(arg: Argument, keys: list[str]) -> bool:
    """ "प्रधानमंत्री X की अध्यक्षता में केंद्रीय मंत्रिमंडल ने ... समझौते को मंजूरी दी": the cabinet's chair decides at
    home, and is no side of what the cabinet approves."""
    at = arg.last
    chaired = keys[at : at + 3] == [KI, CHAIR, IN]
    return chaired and not CABINET.isdisjoint(keys[at + 3 : at + 5])


def _places_acting(spans: list, keys: list[str], a: int, b: int) -> bool:
    """Two places joined before "ने" ("गुजरात और शिज़ुओका ने", "पुणे और ओकायामा ने"): the governments of a state, a
    province or a city acting as sides; a place alone before "ने" is left to what names it."""
    places = {(x, y) for x, y, label, _e in spans if label == "LOCATION"}
    joiner = keys[b : b + 1] != [] and keys[b] in VERB_COORDINATORS
    after = next((y for x, y in places if x == b + 1), None) if joiner else None
    if after is not None:
        return keys[after : after + 1] == [ERGATIVE]
    joined = a > 1 and keys[a - 1] in VERB_COORDINATORS and any(y == a - 1 for _x, y in places)
    return joined and keys[b : b + 1] == [ERGATIVE]


def _province_side(keys: list[str], b: int) -> bool:
    """A province named as a side ("... और ओसाका प्रांत के बीच", "आइची प्रांत ने"), as a government is, not where
    something is ("हैनान प्रांत में") nor whose office ("ओसाका प्रांत के गवर्नर")."""
    if b >= len(keys) or keys[b] not in PROVINCES:
        return False
    return keys[b + 1 : b + 2] == [ERGATIVE] or keys[b + 1 : b + 3] in ([GEN_KE, BETWEEN], WITH_SOMEONE)


def _firms_of(keys: list[str], b: int) -> bool:
    """ "[दोनों देशों] की 150 से अधिक कंपनियों": the businesses of the sides, a few words after their genitive."""
    return keys[b : b + 1] != [] and keys[b] in GENITIVE and not FIRMS.isdisjoint(keys[b + 1 : b + 6])


def _business_world(keys: list[str], b: int) -> bool:
    """ "[बेल्जियम] के उद्योग जगत": the business world of the country whose genitive ends at ``b``."""
    return keys[b : b + 1] != [] and keys[b] in GENITIVE and tuple(keys[b + 1 : b + 3]) in BUSINESS_WORLD


def _firms_act(keys: list[str], b: int) -> bool:
    """ "[सिंगापुर] की कई कंपनियां ... भाग लेंगी": a country's businesses that act are none of its sides (those met with
    or whose heads are, "भारतीय कंपनियों के प्रमुखों से", are left to the rules for people and delegations)."""
    if not _firms_of(keys, b):
        return False
    firm = next(i for i in range(b + 1, len(keys)) if keys[i] in FIRMS)
    after = keys[firm + 1] if firm + 1 < len(keys) else ""
    return after == ERGATIVE or after not in CASE_MARKERS | GENITIVE


def _names_its_forum(arg: Argument, keys: list[str]) -> bool:
    """ "शंघाई सहयोग संगठन (एससीओ) शिखर सम्मेलन से इतर", "सर्वोच्च अंतरराज्यीय परिषद की बैठक की अध्यक्षता की": a
    body naming its own summit or meeting is the occasion, not a side; so is one named as the occasion ("ब्रिक्स
    शिखर सम्मेलन से इतर"), and a summit the NER stage reads whole as a body ("भारत-यूरोपीय संघ शिखर सम्मेलन")."""
    if arg.kind != "org":
        return False
    after = arg.last + 1 + (arg.last + 1 < len(keys) and _ordinal(keys[arg.last + 1]))  # "की 26वीं बैठक"
    meeting = after < len(keys) and keys[after] in FORUM_EVENTS
    occasion = tuple(keys[arg.last : arg.last + 2]) in OCCASION_MARKERS
    summit = keys[arg.last - 1] in FORUM_EVENTS  # "[भारत-यूरोपीय संघ शिखर सम्मेलन] की सह-अध्यक्षता की": a meeting by name
    return (
        arg.marker in FORUM_EVENTS
        or (arg.marker in GENITIVE and meeting)
        or occasion
        or summit
        or _members_meet(arg, keys)
    )


def _ordinal(key: str) -> bool:
    """ "26वीं", "10वां", "5वें": a meeting's number in its series."""
    return re.fullmatch(r"\d+(वीं|वां|वें|वी|वा|वे)", key) is not None


def _members_meet(arg: Argument, keys: list[str]) -> bool:
    """ "शंघाई सहयोग संगठन (एससीओ) के शासनाध्यक्षों की परिषद की बैठक": a meeting of the body's own members, of
    which the body is the occasion; not "X के अध्यक्ष के साथ बैठक", one of them met."""
    if arg.marker not in GENITIVE:
        return False
    window = [k for k in keys[arg.last + 1 : arg.last + 3 + MAX_FORUM_GAP] if not _ordinal(k)]  # "की 26वीं बैठक"
    for j, key in enumerate(window):
        if key in FORUM_EVENTS:
            return j > 1 and window[j - 1] in GENITIVE
        if (key in CASE_MARKERS and key not in GENITIVE) or key in (WITH, BETWEEN) or not key[:1].isalpha():
            return False
    return False


def _compound(arg: Argument, args: list[Argument], tokens: list) -> str | None:
    """Whether a name is hyphened into a compound: "thing" where a word in it names no one ("लामू
    बंदरगाह-दक्षिण सूडान-इथियोपिया परिवहन गलियारे": a corridor's name, no actors), "names" where all name
    someone ("भारत-चीन वार्ता", "भारत-ईयू समझौता"); a dash with spaces ("क्वाड देशों - भारत, अमेरिका") joins
    nothing."""

    def hyphen(i: int) -> bool:
        glued = (
            0 < i < len(tokens) - 1 and tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start
        )
        return glued and tokens[i].text == "-"

    ends, starts = {x.last: x for x in args}, {x.first: x for x in args}
    left = right = arg
    while hyphen(left.first - 1):
        if left.first - 1 not in ends:
            return "thing"
        left = ends[left.first - 1]
    while hyphen(right.last):
        if right.last + 1 not in starts:
            return "thing"
        right = starts[right.last + 1]
    return "names" if (left, right) != (arg, arg) else None


SIDES = keyset("ने", "के बीच", "के साथ")
# "पुतिन के सम्मान में रात्रिभोज", "X के स्वागत में समारोह आयोजित किया": for a guest, who is there too
IN_HONOUR = {(match_key(w), match_key("में")) for w in ("सम्मान", "स्वागत")}
MAX_SUBJECT_NOUN = 2  # "अफगानिस्तान की [सुरक्षा स्थिति] पर चर्चा"
FEASTS = keyset("रात्रिभोज", "भोज", "दोपहर-भोज", "लंच", "डिनर", "ब्रेकफास्ट")
MAX_FEAST_GAP = 2  # "X के लिए [एक राजकीय] भोज"
OWN_MARKERS = CASE_MARKERS | {WITNESS, MEDIATOR, PACT_PARTY, INVITER}  # markers the words give that no tree overrides
COORDINATORS = ("और", ",", "एवं", "तथा", "व", "-")


def _markers(args: list[Argument], keys: list[str], tokens: list | None = None) -> None:
    """Each argument's case marker; coordinated arguments ("A, B और C ने") share the last one.

    The word after the phrase decides first; where it names no case (a bare subject, a verb),
    the dependency tree, when there is one, is asked (``case`` dependents of the phrase's head or
    of its conjuncts). Measured on the seeds with the HDTB parser, asking the tree first was worse.
    """
    leaders: list[Argument] = []
    for arg in args:
        if arg.marker:
            continue
        last = arg.last + (keys[arg.last : arg.last + 1] == [SIDE] and arg.kind == "country")  # "कज़ाख़ पक्ष को"
        nxt = keys[last] if last < len(keys) else "।"
        after = keys[last + 1] if last + 1 < len(keys) else ""
        if nxt == "के" and after == WITH and _pact_talked_of(keys, last + 2):
            arg.marker = PACT_PARTY  # "मर्कोसुर के साथ [अधिमान्य व्यापार] समझौते पर चर्चा की": a party to what is talked of
        elif nxt == "के" and after in ("साथ", "बीच"):
            arg.marker = f"के {after}"
        elif nxt == "के" and (tuple(keys[last + 1 : last + 3]) in IN_HONOUR or _hosted_for(keys, last + 1)):
            arg.marker = "के साथ"  # "पुतिन के सम्मान में रात्रिभोज", "X के लिए लंच का आयोजन": the guest is there too
        elif nxt == "के" and after == LED_BY and (led := _led_delegation(keys, last + 2)) is not None:
            arg.marker = led  # "X के नेतृत्व में आए प्रतिनिधिमंडल के साथ बैठक": X is that side
            leaders.append(arg)  # (the delegation's case, which no tree reading of X's own phrase overrides)
        elif nxt in GENITIVE and after in PRESENCE:
            arg.marker = WITNESS  # "X और Y की मौजूदगी में": coordinated X shares it
        elif _called_on(keys, last):
            arg.marker = FROM  # "मुख्य सलाहकार के कार्यालय में जाकर शिष्टाचार भेंट की": the office's holder was met
        elif nxt == "के" and after in BESIDES:
            arg.marker = "-"  # "X के अलावा Y से भी मुलाकात की": X too, as Y is
        elif nxt in GENITIVE and after == MEDIATION:
            arg.marker = MEDIATOR  # "कतर और तुर्की की मध्यस्थता में": no side of the talks
        elif nxt == GEN_KE and after in INVITATION:
            arg.marker = INVITER  # "X, प्रधानमंत्री Y के निमंत्रण पर ... पहुंचे": the host who invited X
        elif nxt in PEOPLE and after in CASE_MARKERS:
            arg.marker = after  # "ट्रंप और अमेरिकी जनता को": a country's people take the case after them
        elif arg.kind in ("country", "org") and nxt == AND and after in PEOPLE and keys[last + 2 : last + 3]:
            arg.marker = keys[last + 2]  # "भारत सरकार और जनता का धन्यवाद": its people, unnamed, share the case
        elif (aside := _aside_case(keys, last)) is not None:
            arg.marker = aside  # "भारत के राजदूत, जो ... मान्यता प्राप्त हैं, ने": the case after the aside
        else:
            arg.marker = nxt
    words = [arg.marker for arg in args]  # what the words themselves say, which tells who is coordinated
    _share_coordinated(args, keys)
    for arg in args:
        if arg.marker == AND and arg.kind != "person":  # a body joined to a thing, no one: the thing's case
            arg.marker = _phrase_case(keys, arg.last + 1, {x.first for x in args}) or arg.marker
    for i, arg in enumerate(args):
        if arg.marker == "-" and i + 1 < len(args):
            arg.marker = args[i + 1].marker
    if tokens is not None and all(t.deprel for t in tokens):
        shared = [arg.marker for arg in args]
        for arg in args:
            # "X, प्रधानमंत्री Y के निमंत्रण पर": X is no conjunct of the host, whatever the tree reads
            invited = any(x.first == arg.last + 1 and _invited_apart(arg, x, keys) for x in args)
            if arg.marker not in OWN_MARKERS and not any(arg is x for x in leaders) and not invited:
                arg.marker = _tree_marker(tokens, keys, arg) or arg.marker
        if shared != [arg.marker for arg in args]:
            _share_coordinated(args, keys, words)  # the tree may read conjuncts apart: the last one's case holds


def _phrase_case(keys: list[str], at: int, starts: set[int]) -> str | None:
    """The case closing a phrase that opens at ``at`` and names no one (no argument ``starts`` in it), a few words on,
    past its genitives ("[चाबहार बंदरगाह] के इस्तेमाल पर"): that of one joined to it by "और" too ("आईएनएसटीसी और
    चाबहार बंदरगाह के इस्तेमाल पर": a thing talked of, no side; not "X और विश्वविद्यालय के रेक्टर Y ने", nor "X और
    लोकसभा में नेता प्रतिपक्ष Y ने", where the case opens the next one's description)."""
    for i in range(at, min(at + MAX_CONJUNCT_WORDS + 1, len(keys))):
        if i in starts or keys[i] in SUBJECT_GAP_STOPS - {ERGATIVE}:
            return None
        pair = f"{keys[i]} {keys[i + 1]}" if i + 1 < len(keys) else ""
        case = (
            pair if pair in CASE_MARKERS else keys[i] if keys[i] in CASE_MARKERS and keys[i] not in GENITIVE else None
        )
        if case is not None:
            described = any(j in starts for j in range(i + 1, i + 1 + MAX_DESCRIBED_WORDS))
            return None if described else case
    return None


def _pact_talked_of(keys: list[str], at: int) -> bool:
    """Whether an agreement talked of follows ``at`` within a few words ("[अधिमान्य व्यापार] समझौते [के विस्तार] पर
    चर्चा की"), its other party's genitive perhaps first ("मर्कोसुर के साथ [भारत के] तरजीही व्यापार समझौते")."""
    if keys[at + 1 : at + 2] == [GEN_KE]:
        at += 2
    for j in range(at, min(at + MAX_PACT_GAP + 1, len(keys))):
        if keys[j] in PACTS:
            about = j + 3 if keys[j + 1 : j + 2] == [GEN_KE] else j + 1  # "समझौते के विस्तार पर"
            return keys[about : about + 1] == [ON] and not DISCUSSION.isdisjoint(keys[about + 1 : about + 2])
    return False


def _hosted_for(keys: list[str], at: int) -> bool:
    """ "X के लिए [एक राजकीय] लंच का आयोजन किया": "लिए" at ``at`` names the one a meal is given for."""
    return keys[at : at + 1] == [FOR] and bool(FEASTS & set(keys[at + 1 : at + 2 + MAX_FEAST_GAP]))


def _office_of_its_body(args: list[Argument], keys: list[str]) -> None:
    """ "जापान के अर्थव्यवस्था, व्यापार और उद्योग मंत्रालय के उप मंत्री से": an office named right after a body's
    genitive is of that body's country (not the home one, for want of a name), and the body is no side of its own; so is
    one told as in the body ("यूएई के विदेश मंत्रालय में [एशिया प्रशांत मामलों के] सहायक मंत्री के साथ")."""
    for body, office in itertools.pairwise(list(args)):
        gap = keys[body.last + 1 : office.first]
        inside = body.marker == IN and len(gap) <= MAX_BODY_WORDS and all(_portfolio_word(k) for k in gap)
        if (
            body.kind == "org"
            and office.kind == "office"
            and body.country
            and ((body.marker in GENITIVE and office.first == body.last + 1) or inside)
        ):
            office.country = body.country
            args.remove(body)


def _portfolio_word(key: str) -> bool:
    """A word of what an office is for, between its body and its title ("[एशिया प्रशांत मामलों के] सहायक मंत्री")."""
    return key[:1].isalpha() and (key not in CASE_MARKERS or key in GENITIVE)


def _share_coordinated(args: list[Argument], keys: list[str], told: list[str] | None = None) -> None:
    """Coordinated arguments ("A, B और C ने") share the last one's marker; ``told`` gives the markers the
    words themselves gave, which say who is coordinated once a tree has changed them."""
    told = told or [arg.marker for arg in args]
    for i in range(len(args) - 2, -1, -1):
        left, right = args[i], args[i + 1]
        gap = keys[left.last : right.first]
        close = _aside_close(keys, left.last + 1, len(keys)) if keys[left.last : left.last + 1] == [","] else None
        past = next((x for x in args[i + 1 :] if x.first > close), None) if close is not None else None
        if past is not None:  # "X, जो ... हैं, और Y ने": X is joined to Y, past the aside and whoever it names
            right, gap = past, keys[close : past.first]
        if right.kind == "org" and i + 2 < len(args) and _says_where_works(right, told[i + 1], args[i + 2]):
            right = args[i + 2]  # "X और रक्षा मंत्रालय में संयुक्त सचिव Y ने": the body says where Y works
        right = _described(args, told, i + 1, keys) or right
        # "8 से 10 जून तक फ्रांस और 11 से 12 जून तक बेल्जियम की", "2-3 जुलाई को घाना, 3-4 जुलाई को त्रिनिदाद और टोबैगो
        # ... की": countries joined, each with its own stretch
        dated = (
            left.kind == right.kind == "country"
            and gap[:1] in (["और"], [","])
            and gap[-1:] != []
            and gap[-1] in STRETCH_ENDS
            and len(gap) <= 7
        )
        # "X और रॉयल ऑस्ट्रेलियाई नौसेना के फ्लीट कमांडर Y ने": a word or two of the next one's description between
        described = right.kind == "person" and _opens_description(gap)
        invited = _invited_apart(left, right, keys)
        if told[i] in COORDINATORS and (all(k in COORDINATORS for k in gap) or dated or described) and not invited:
            left.marker = right.marker if right.marker != "-" else left.marker
            if left.kind == right.kind == "country" and left.title is None:
                left.title = right.title  # "जापान, इटली और फ्रांस के नेताओं से": each country's leader


def _says_where_works(body: Argument, case: str, after: Argument) -> bool:
    """A body told with "में" before the next one named ("रक्षा मंत्रालय में संयुक्त सचिव Y"), or by its genitive right
    before an office ("ब्यूनस आयर्स विश्वविद्यालय के उप-कुलपति"): where they work, not one joined to those before."""
    return case == IN or (case == GEN_KE and after.first == body.last + 1 and after.kind in ("office", "person"))


def _invited_apart(left: Argument, right: Argument, keys: list[str]) -> bool:
    """ "X, प्रधानमंत्री Y के निमंत्रण पर": a comma before the host at whose invitation X comes, no coordinator."""
    return keys[left.last : left.last + 1] == [","] and right.marker == INVITER


def _opens_description(gap: list[str]) -> bool:
    """A coordinator and up to two words opening the next person's description ("और रॉयल [ऑस्ट्रेलियाई नौसेना के]")."""
    words = gap[1:]
    return (
        gap[:1] != []
        and gap[0] in COORDINATORS
        and 0 < len(words) <= MAX_DESCRIPTION_OPENING
        and all(k[:1].isalpha() and k not in CASE_MARKERS and k not in COORDINATORS for k in words)
    )


def _described(args: list[Argument], told: list[str], j: int, keys: list[str]) -> Argument | None:
    """The person a run of genitive countries and bodies describes ("X और उज्बेकिस्तान के रक्षा मंत्रालय के
    ... विभाग के प्रमुख कर्नल Y ने": Y, whom X is coordinated with; "X और भारतीय सेना के उप प्रमुख Y"), or the
    country they are posted in ("X और निकारागुआ में भारत के राजदूत Y ने"), or the body that ends it ("उत्तर प्रदेश सरकार और
    जापान के यामानाशी प्रान्त ने"); None where no person or body ends it."""
    start = j
    while (
        j + 1 < len(args)
        and args[j].kind in ("country", "org")
        and (
            told[j] in GENITIVE
            or (told[j] == IN and args[j + 1].kind == "person")
            or (told[j] in FORCES and keys[args[j].last + 1 : args[j].last + 2] == [GEN_KE])
        )
    ):
        j += 1
    if args[j].kind == "org" and j > start:
        return args[j]
    return args[j] if args[j].kind == "person" and j > 0 and args[j - 1].kind != "person" else None


def _led_delegation(keys: list[str], at: int) -> str | None:
    """The case marker of the delegation "में" or "वाले" at ``at`` opens ("के नेतृत्व में [आए] प्रतिनिधिमंडल के
    साथ", "के नेतृत्व वाले संसदीय प्रतिनिधिमंडल से"), or None where no delegation follows within a few words."""
    if LED_KINDS.isdisjoint(keys[at : at + 1]):
        return None
    for j in range(at + 1, min(at + 2 + MAX_LED_GAP, len(keys))):
        if keys[j] in DELEGATIONS or keys[j] in DELEGATES:  # "... के नेतृत्व में आए उद्योग प्रतिनिधियों के साथ"
            nxt, after = keys[j + 1 : j + 2], keys[j + 2 : j + 3]
            return f"के {after[0]}" if nxt == ["के"] and after and after[0] in ("साथ", "बीच") else (nxt or ["।"])[0]
    return None


def _tree_marker(tokens: list, keys: list[str], arg: Argument) -> str:
    """The case marker a dependency tree gives a phrase: its head's ``case`` words ("के साथ"),
    else those of a conjunct it is coordinated with ("भारत और पेरू ने")."""
    span = range(arg.first, arg.last)
    heads = [i for i in span if tokens[i].head not in span]
    if not heads:
        return ""
    head = heads[0]
    for candidate in (head, *_conjuncts(tokens, head)):
        case = [i for i, t in enumerate(tokens) if t.head == candidate and t.deprel == "case" and i >= arg.last]
        if case and candidate != head and tokens[head].deprel == "nsubj" and keys[case[-1]] in GENITIVE:
            continue  # "वी नारायणन और सीएनईएस के अध्यक्ष X ने": a subject's conjunct read of a name is no genitive of it
        if case and keys[case[0]] == IN and (candidate != head or AND in keys[arg.last : case[0]]):
            continue  # "... सचिव X और रबात में ... Y ने": the place the tree hangs on X, or on a conjunct read of it, is
            # where Y was, no case of X
        if case:  # "के साथ": UD v2 hangs साथ on के as fixed; v1 trees give two case words
            words = case[:2] if keys[case[0]] == GEN_KE else case[:1]
            words += [i for i, t in enumerate(tokens) if t.head == case[0] and t.deprel == "fixed"]
            return " ".join(keys[i] for i in sorted(set(words)))
    return ""


def _one_call(drafts: list[Draft]) -> list[Draft]:
    """A meeting told in the clause of a video call is that call ("वीडियो कॉन्फ्रेंस के जरिए ... शिखर सम्मेलन
    में भाग लिया": the call is the forum's meeting, attended from afar)."""
    calls = {d.clause: d for d in drafts if d.event_type == "CALL"}
    for draft in drafts:
        if draft.event_type == "MEET" and draft.clause in calls:
            calls[draft.clause].forum |= draft.forum
    return [d for d in drafts if not (d.event_type == "MEET" and d.clause in calls)]


def _identities(actors: list[Who]) -> set:
    """Who the actors are: each person's cluster, else the country a nameless actor stands for."""
    return {w.cluster if w.cluster is not None else w.country for w in actors}


def _called_to_wish(drafts: list[Draft]) -> None:
    """ "X ने फोन कर Y का आभार जताया": a call told with one side only, then wishes or thanks its maker gave in the same
    sentence, was made to the one they went to."""
    for call in (d for d in drafts if d.event_type == "CALL"):
        sides = _identities(call.actors())
        wish = next((d for d in drafts if d.event_type in WISHES and d.trigger > call.trigger), None)
        if wish is None or len(sides) != 1:
            continue
        if _identities(wish.sources) == sides:
            call.participants = _unique(call.participants + wish.targets)


def _conjuncts(tokens: list, head: int) -> list[int]:
    """Tokens coordinated with ``head``: its conj dependents, or its own head when it is one."""
    linked = [i for i, t in enumerate(tokens) if t.head == head and t.deprel == "conj"]
    if tokens[head].deprel == "conj" and tokens[head].head >= 0:
        linked.append(tokens[head].head)
    return linked


def _assign_roles(
    draft: Draft, args: list[Argument], trigger: tuple[int, int], doc: Document, earlier: list[Draft], keys: list[str]
) -> list[Who]:
    """Sort clause arguments into sources, targets and participants by their markers; returns the
    partners ("Y से", "Y के साथ")."""
    trigger_at, trigger_end = trigger
    agents, partners, recipients, genitives, bare, inside, witnesses, welcomed = [], [], [], [], [], [], [], []
    hosts: list[Who] = []  # "X द्वारा आयोजित": who held the occasion the trigger's clause names
    present: list[Who] = []  # "..., जबकि मिस्र की ओर से Y मौजूद रहे": there, whoever else acted
    met_before: list[Who] = []  # met by a verb before the wishes' own ("... से मुलाकात की और ... आभार जताया")
    given_by: list[Who] = []  # "केएफडब्ल्यू द्वारा दी जा रही सहायता के लिए": who gave what is thanked for
    wished_them = False
    sides: list[Who] = []  # "दोनों देशों के बीच": the two sides met, as a pair
    # thanks or wishes given for something ("ईरान से भारतीयों को निकालने में मदद के लिए ... का आभार"): what it
    # names with "से" is of the grounds, not whom they go to (unless told in a verb's clause before)
    grounds = _grounds(keys, draft.clause, trigger_at) if draft.event_type in WISHES else (0, 0)
    named = {arg.first: _resolve(arg, doc, draft.sentence, earlier) for arg in args if arg.kind != "pronoun"}
    taken = {w.cluster for arg in args if arg.marker == "ने" for w in named.get(arg.first, [])} - {None}
    # "मैंने उन्हें ... शुभकामनाएं दीं": the speaker acting is no one else the sentence's pronouns name
    taken |= {
        w.cluster for arg in args if _first_person_agent(arg, keys) for w in _resolve(arg, doc, draft.sentence, earlier)
    }
    taken -= {None}
    openers = said_that(keys, len(keys))  # where words quoted after a saying verb begin
    next_verb = _coordinator_after(keys, trigger_end)  # "... बात की [और] Z के साथ ... चर्चा की": the next verb group
    for arg in _past_the_speaker(args, keys, trigger_at, openers):
        if (
            arg.kind == "office"
            and arg.marker not in CASE_MARKERS
            and not _opens_quote(arg, keys, openers)
            and not _office_opening(arg, args, keys, draft)
        ):
            continue  # "गुजरात का मुख्यमंत्री बनने के बाद": an office named, no one acting
        actors = named[arg.first] if arg.first in named else _resolve(arg, doc, draft.sentence, earlier, taken)
        for actor in actors:
            marker = arg.marker
            if marker == "ने" and draft.event_type == "VISIT" and trigger_end < arg.first < draft.clause[1]:
                continue  # "मोदी अबू धाबी पहुंचे, राष्ट्रपति X ने उनका स्वागत किया": the visitor comes first,
            # unless the visit describes them ("यात्रा पर आए उपराष्ट्रपति X ने")
            if marker == "ने":
                agents.append(actor)
            elif _doing_it(keys, arg, args, trigger_end) and arg.kind in ("person", "office"):
                agents.append(actor)  # "... के साथ वार्ता करते प्रधानमंत्री X": a caption's participle, X doing it
            elif draft.event_type == "VISIT" and arg.first == trigger_end and keys[trigger_end - 1] in ARRIVED:
                # "यात्रा पर आए X शुक्रवार को ... वार्ता कर रहे हैं", "यात्रा पर आए X को ... गार्ड ऑफ ऑनर दिया गया": the one
                # the visit describes, whatever X goes on to do or undergo
                bare.append(actor)
            elif (
                marker == "के साथ"
                and draft.event_type == "VISIT"
                and arg.kind == "person"
                and actor.title
                and arg.last < trigger_at
            ):
                # "ब्रिजिट मैक्रों राष्ट्रपति इमैनुएल मैक्रों के साथ ... भारत पहुंचीं": one in office travelling with the
                # visitor visits too (not "अपनी पत्नी ... के साथ", family)
                bare.append(actor)
            elif marker == "से" and draft.event_type == "THANK" and keys[arg.last + 1 : arg.last + 2] in GOT_FROM:
                recipients.append(actor)  # "भारत से मिली मदद के लिए आभार जताया": thanks to the giver
            elif marker in ("से", "के साथ", "के बीच"):
                # "X ने Y से मुलाकात की और ... पुष्पांजलि अर्पित की": one met by a verb before is no part of the ceremony;
                # "Y से फोन पर बात की और Z के साथ ... पर चर्चा की": one named after the verb group is the next verb's
                before_verb = _last_verb_joined(keys, arg.last, trigger_at) is not None
                earlier_verb = draft.event_type == "CEREMONY" and before_verb
                later_verb = next_verb is not None and arg.first > next_verb and not _gapped(keys, draft.clause[1])
                if earlier_verb or later_verb or _in_topic(arg, args, keys, trigger_at):
                    continue
                if grounds[0] <= arg.first < grounds[1]:
                    continue
                if before_verb and draft.event_type in WISHES:
                    met_before.append(actor)  # "X से मुलाकात की और भारत द्वारा भेजी गई दवाओं के लिए आभार जताया"
                (sides if arg.kind == "both" else partners).append(actor)
            elif marker == "को" or (marker == "द्वारा" and draft.event_type == "THANK" and _given_by(arg, keys)):
                recipients.append(actor)  # "Y को", and "Y द्वारा दी गई सहायता के लिए आभार"
                if marker == "द्वारा":
                    given_by.append(actor)
                wished_them = wished_them or arg.kind == "pronoun"  # "X से बात की और उन्हें बधाई दी": the ones met
            elif marker == BY and keys[arg.last + 1 : arg.last + 2] == [HELD_BY] and arg.last + 1 < trigger_at:
                hosts.append(actor)  # "ओमान दूतावास द्वारा आयोजित स्वागत समारोह में X शामिल हुए": who held the occasion
            elif marker == BY and draft.event_type == "CEREMONY" and _built_thing_before(arg, keys, trigger_at):
                continue  # "भारत द्वारा स्थापित ... केंद्र का उद्घाटन करेंगे": who built what is opened does not open it
            elif marker == BY and _done_by_in_topic(arg, args, keys, trigger_at):
                continue  # "X ने Y से मुलाकात कर भारतीय कंपनियों द्वारा ... परियोजनाओं पर चर्चा की": what was talked of
            elif marker == BY:  # the passive's agent: "सह-अध्यक्षता X और Y द्वारा की गई"; no visitor ("भारत द्वारा
                # भेजी गई ... खेप काबुल पहुंची": what India sent arrived), but a person ("नरेश द्वारा ... यात्रा आरंभ की गई")
                if draft.event_type != "VISIT" or arg.kind == "person":
                    agents.append(actor)
            elif marker == WITNESS:
                witnesses.append(actor)  # "X और Y की मौजूदगी में हस्ताक्षर किए गए": witnesses, not the signatories
            elif marker == MEDIATOR and draft.event_type == "THANK":
                recipients.append(actor)  # "क़तर और तुर्की की मध्यस्थता के लिए शुक्रिया": the mediators are thanked
            elif marker in (MEDIATOR, INVITER):
                continue  # "कतर और तुर्की की मध्यस्थता में", "Y के निमंत्रण पर": those who mediate or invite take no side
            elif marker in GENITIVE and draft.event_type == "VISIT" and arg.first == trigger_at:
                bare.append(actor)  # "मॉरिटानिया के लिए रवाना होंगी": the place the trigger names
                inside.append(actor)
            elif marker in GENITIVE and _guest(arg, keys, draft, trigger_at):
                partners.append(actor)  # "X के लिए दोपहर के भोज की मेजबानी की": the guest takes part
            elif marker == GEN_KA and _welcomed_first(doc, draft, arg, args, trigger):
                partners.append(actor)  # "X का सोमवार को यहां ... Y ने औपचारिक स्वागत किया": the guest
            elif marker in GENITIVE and _welcomed(draft, arg, keys, trigger_end):
                welcomed.append(actor)  # "X का स्वागत किया और रक्षा सहयोग पर चर्चा की": the one welcomed talked too
            elif marker in GENITIVE and (met := _people_of_met(arg, args, keys, trigger_at)):
                # "नॉर्वे के सॉवरेन वेल्थ फंड के प्रमुखों से मुलाकात की": Norway's side, its people ("प्रमुखों")
                partners.append(actor._replace(title=doc.sentences[draft.sentence].tokens[met - 1].text))
            elif marker in GENITIVE and keys[arg.last + 1 : arg.last + 2] != [] and keys[arg.last + 1] in ROUTE:
                continue  # "भारत के रास्ते पनबिजली के व्यापार पर": the way what is traded goes, not a side
            elif marker in GENITIVE and _situation_talked_of(draft, arg, keys, trigger_at):
                continue  # "बैठक में ... अफगानिस्तान की स्थिति पर विचार-विमर्श हुआ": what was talked of
            elif marker in GENITIVE and _inside_the_topic(draft, arg, args, keys, trigger_at):
                continue  # "दोनों के बीच ... जापानी कंपनियों के निवेश ... पर चर्चा हुई": what was talked of
            elif marker in GENITIVE:
                genitives.append((arg, actor))
            elif marker in ("में", "पर", "तक"):
                if trigger_at <= arg.first < trigger_end:  # "यात्रा पर श्रीलंका में हैं": the place the trigger names
                    bare.append(actor)
                    inside.append(actor)
            elif _talked_of(draft, arg, keys, trigger_at):
                continue  # "बैठक में भारत-अमेरिका व्यापार समझौते ... पर चर्चा हुई": what was talked of, not who talked
            elif _describes_the_subject(arg, args, keys, trigger_at):
                continue  # "भारत और ब्राजील ने जापानी निवेश पर ... हस्ताक्षर किए": what it was about, not a side
            elif (
                arg.first < trigger_end
                or marker in LIGHT_KEYS
                or marker in PRESENT
                or _taking_part(marker, keys, trigger_end)
            ):
                bare.append(actor)  # "प्रतिनिधिमंडल का नेतृत्व महानिदेशक X कर रहे हैं": the doer after the noun
                if marker in PRESENT:
                    present.append(actor)
                if arg.first < trigger_end and trigger_at < arg.last:
                    inside.append(actor)  # "जर्मनी जाएंगे", "[त्रिनिदाद और] टोबैगो पहुंचे": the place the trigger names
    # the one welcomed, unless others are named as met ("X का स्वागत किया और Y से भी बातचीत की"); "दोनों देशों के बीच"
    # names no one else ("X का स्वागत किया और दोनों देशों के बीच ... पर चर्चा की")
    partners = partners + sides if partners else welcomed or sides
    trip = _trip_before(keys, trigger_at)  # "जॉर्डन और इथियोपिया की यात्रा के बाद मस्कट पहुंचे": no host of the arrival
    genitive_before = [
        actor
        for arg, actor in genitives
        if ((arg.first < trigger_at and arg.kind != "person") or arg.kind == "person")
        and keys[arg.last : arg.last + 2] != AFTER  # "जापान के बाद ... तियानजिन जाएंगे": a time, not a host
        and not _reported_by(arg, keys)
        and not arg.first < trip
    ]
    # "Y की मेजबानी", "Y की शुभकामनाएं", "उनका स्वागत" (the pronoun holds its case)
    owner = _owners(genitives, keys, trigger_at)
    if draft.event_type in ("THANK", "CONGRATULATE"):
        # "X ने Y को मोदी की शुभकामनाएं दीं": the wishes' owner sends them too, X speaks on their behalf;
        # but "Y का आभार" is gratitude to Y
        senders = [a for a in owner if a not in agents] if draft.event_type == "CONGRATULATE" else []
        # "X ने Y को मोदी की ओर से बधाई दी": sent for someone, who sends them too; but "भारत सरकार की ओर से भेजी
        # गई सामग्री के लिए आभार" thanks the one who sent the aid
        behalf = [(arg, a) for arg, a in genitives if tuple(keys[arg.last : arg.last + 3]) in ON_BEHALF]
        givers = [a for arg, a in behalf if draft.event_type == "THANK" and _given_by(arg, keys, BEHALF_WORDS)]
        senders += [a for _arg, a in behalf if a not in agents and a not in givers]
        draft.sources = (agents or bare[:1]) + _unique(senders)
        if recipients and not wished_them:  # to the side named ("भारत द्वारा भेजी गई", "मलेशिया को"), not to one met
            partners = [a for a in partners if a not in met_before]
        draft.targets = recipients + partners + [a for a in genitive_before if a not in draft.sources]
        draft.targets = draft.targets or givers
        # "Y से फोन पर बात की और ... में सऊदी सरकार के सहयोग के लिए धन्यवाद दिया": the help of Y's own government is
        # what Y is thanked for, not another side thanked
        thanked_people = {w.country for w in draft.targets if w.cluster is not None}
        draft.targets = [
            w
            for w in draft.targets
            if not (w.cluster is None and w.country in thanked_people and w in genitive_before and w not in owner)
        ]
        thanked = [a for a in owner if a not in draft.sources] if draft.event_type == "THANK" else []
        if thanked:  # "X से मुलाकात की और अमेरिका के साथ वार्ता में मध्यस्थता के लिए ओमान का आभार": Oman alone; and
            # "केएफडब्ल्यू द्वारा दी जा रही सहायता के लिए जर्मन सरकार का आभार": the government, not the bank that gave it
            draft.targets = [w for w in recipients if w not in given_by] + thanked
        # "भारत के साथ एकजुटता के लिए अमेरिका का आभार": the sender's own country is what was done for
        # (a government thanked is named, "भारत सरकार का": it stays, whatever country its thanker is first guessed of)
        draft.targets = _others_thanked(draft.targets, {w.country for w in draft.sources}) or draft.targets
    elif draft.event_type == LEAD:  # "श्रीलंकाई प्रतिनिधिमंडल का नेतृत्व X ने किया": X, and the side X leads
        # "... गृह सचिव Y प्रतिनिधिमंडलों का नेतृत्व कर रहे हैं": a person read up to the trigger's own genitive is its
        # bare subject, no owner
        draft.participants = agents + bare
        draft.participants += [
            a for arg, a in genitives if arg.first < trigger_end and (a.cluster is None or arg.last >= trigger_at)
        ]
    elif draft.event_type == "VISIT":
        travellers = _travellers(genitives, args, doc, draft.sentence, trigger_at)
        # "विदेश मंत्रालय ने X की ... भारत यात्रा का कार्यक्रम जारी किया": a body telling of the trip is not on it
        bodies_only = bool(agents) and all(a.cluster is None and a.org for a in agents)
        draft.sources = (
            (travellers if bodies_only else [])
            or agents
            or [a for a in bare if a[0] is not None]
            or travellers  # before "किसी भारतीय" read as India
            or [a for a in bare if a not in inside][:1]
        )
        home = {_country_of(doc, w) for w in draft.sources}
        places = [
            a
            for a in genitive_before + recipients + bare
            if a.cluster is None and a not in draft.sources and not (a.country in home and a not in inside)
        ]  # "बांग्लादेश की सरकार के सलाहकार यूनुस ... चीन पहुंचे": China, not the visitor's Bangladesh
        draft.targets = [a for a in places if a in inside][:1] or places[:1]  # the place the trigger names first
        if (
            not recipients
            and len({w.country for w in places}) > 1
            and (all(w in bare for w in places) or all(w in genitive_before for w in places))
        ):
            draft.targets = places  # "डेनमार्क और फ्रांस जाएंगे", "मलावी और जाम्बिया की यात्रा": one visit to each
    else:
        # "मोदी की पुतिन से बातचीत हुई": with no agent, a genitive before the trigger takes part too (with only
        # "दोनों पक्षों ने", a person: "मर्ज की ... हे लिफेंग के साथ हुई बैठक में दोनों पक्षों ने"); "Y की मेजबानी
        # की": the genitive of the event noun itself always does
        sides_only = all(arg.kind == "both" for arg in args if arg.marker == ERGATIVE)
        named = [w for w in genitive_before if w.cluster is not None and w not in owner] if sides_only else []
        draft.participants = agents + partners + bare + (genitive_before if not agents else owner + named)
        # "X ने Y को शिष्टाचार भेंट की", "X ने Y को मुलाकात का समय दिया", with no one met "से" (not "... से शिष्टाचार
        # भेंट की और उन्हें ... निमंत्रण दिया")
        courtesy = (
            draft.event_type == "MEET"
            and not {COURTESY, TIME}.isdisjoint(keys[max(0, trigger_at - 1) : trigger_end])
            and not partners
        )
        if draft.event_type == "CALL" or courtesy:  # "X ने Y को फोन किया", "X ने Y को शिष्टाचार भेंट की": Y takes part
            draft.participants += recipients
        elif draft.event_type == "MEET" and agents and not partners and _joined_after_a_verb(keys, trigger_at):
            # "X ने Y को ... शुभकामनाएं दीं और ... पर चर्चा की": X talked with the one X addressed
            draft.participants += [w for w in recipients if w.cluster is not None]
        if draft.event_type == "CEREMONY" and TRIBUTES & set(keys[trigger_at:trigger_end]):
            # those paid homage ("को", "की समाधि पर") take no part, nor, when someone pays it, the day or the
            # grounds named before ("गांधी जयंती पर भारतीय दूतावास परिसर में")
            draft.participants = agents + partners + (bare if not agents else [])
        elif draft.event_type == "CEREMONY":  # "X ने Y को सम्मानित किया", "Y का औपचारिक स्वागत": the one honoured
            marker = next((arg.marker for arg, a in genitives if a in owner and a.cluster is not None), None)
            welcomed += [a for arg, a in genitives if a.cluster is not None and marker and arg.marker == marker]
            # "X का शनिवार को राष्ट्रपति भवन में रस्मी स्वागत किया गया": with no one doing it, the person named before
            named = [a for arg, a in genitives if arg.kind == "person" and arg.first < trigger_at]
            if not welcomed and BY in keys[draft.clause[0] : trigger_at]:
                welcomed = named  # "X का ... Y द्वारा औपचारिक स्वागत किया गया": the one welcomed, and Y who welcomed
            # "राष्ट्रपति X उन्हें ... उपाधि प्रदान करेंगी": with no "ने" in what is to come, the bare subject gives it
            doers = agents or ([a for a in bare if a.cluster is not None][:1] if recipients else [])
            draft.participants = (doers + partners + recipients + welcomed or bare or named) + hosts
            draft.participants += [w for w in present if w not in draft.participants]
    _prefer_people(draft)
    if draft.event_type in OUTCOMES:  # "X ने ... चीन के साथ ... कार्ययोजना पर हस्ताक्षर किए": the other side, no one of
        told = {w.country for w in draft.participants}  # it named, stays beside the people
        draft.participants += [w for w in partners if w == Who(None, w.country) and w.country not in told]
    # "समझौतों के आदान-प्रदान के साक्षी बने", "दस्तावेजों के आदान-प्रदान समारोह में भाग लिया": their countries sign
    if draft.event_type == "SIGN" and not (WITNESSED | OCCASIONS).isdisjoint(keys[trigger_at:trigger_end]):
        draft.participants = _unique([Who(None, w.country) for w in draft.participants if w.country])
    sides = _unique([Who(None, w.country) for w in witnesses if w.country])
    if draft.event_type == "SIGN" and not draft.actors() and len(sides) > 1:
        draft.participants = sides  # "X और Y की उपस्थिति में ... हस्ताक्षर किए गए": their countries sign
    if draft.event_type == "CEREMONY":  # "नाइजीरिया ने मोदी को सम्मानित किया": the country honouring stays,
        # and so does the country handed something ("मोदी ने यूक्रेन को चार 'भीष्म क्यूब' सौंपे")
        people = {w.country for w in draft.participants if w.cluster is not None}
        handed = recipients if keys[trigger_at].startswith(HAND_OVER) else []
        draft.participants = _unique(
            draft.participants + [w for w in agents + handed if w.cluster is None and w.country not in people]
        )
        # "X ने Y की मौजूदगी में दूतावास का उद्घाटन किया": those present at an occasion take part in it, as when told
        # present in a sentence of their own (see _join_listed); a signing's witnesses sign nothing
        draft.participants = _unique(draft.participants + [w for w in witnesses if w.cluster is not None])
        # "कोट डी आइवर में भारत के राजदूत X ने राष्ट्रपति Y को परिचय पत्र प्रस्तुत किया": one whom an official of
        # a stated country presents to is the one met (the host, abroad)
        if any(w.cluster is not None and not doc.people[w.cluster].country_inferred for w in agents):
            partners = partners + [w for w in recipients if w.cluster is not None]
    return partners


def _trip_before(keys: list[str], at: int) -> int:
    """Where a trip told as done before the event at ``at`` is named ("... की यात्रा के बाद मस्कट पहुंचे"): its
    places are not where the event is; -1 if none."""
    return max((i for i in range(at) if keys[i] in VISIT_NOUNS and keys[i + 1 : i + 3] == AFTER), default=-1)


def _opens_quote(arg: Argument, keys: list[str], openers: list[int]) -> bool:
    """ "प्रवक्ता ने कहा, 'प्रधानमंत्री अगले सप्ताह ... यात्रा करेंगे'": a person or an office named first in the words
    quoted after a saying verb, past quotation marks only, bare or with "ने": their subject (not one addressed:
    "'राष्ट्रपति ट्रंप, आपके फोन कॉल ... के लिए धन्यवाद'"); ``openers`` are the sentence's (see said_that)."""
    said = [k for k in openers if k < arg.first]
    between = keys[said[-1] + 1 : arg.first] if said else ["-"]
    subject = arg.marker == ERGATIVE or (arg.marker not in CASE_MARKERS and keys[arg.last : arg.last + 1] != [","])
    return arg.kind in ("person", "office") and subject and all(k in QUOTE_MARKS for k in between)


def _past_the_speaker(args: list[Argument], keys: list[str], at: int, openers: list[int]) -> list[Argument]:
    """The arguments of an event told in quoted words that name their own subject ("जायसवाल ने कहा, 'प्रधानमंत्री
    ... यात्रा करेंगे'"): not the speaker's side; quoted words with none ("'... से मिलकर खुशी हुई'") are the speaker's."""
    subject = next((x for x in args if x.first < at and _opens_quote(x, keys, openers)), None)
    if subject is None:
        return args
    said = max(k for k in openers if k < subject.first)
    return [x for x in args if x.first > said]


def _government(who: Who) -> bool:
    """Whether an actor is a government named as such ("भारत सरकार")."""
    return who.org is not None and match_key(who.org.split()[-1]) in GOVERNMENT


def _welcome_of_the_arrival(keys: list[str], b: int, names: set[int], end: int) -> bool:
    """ "मेडागास्कर पहुंचे X का ... स्वागत किया गया": the one who arrived (named from ``b``) is welcomed in the rest of
    the clause."""
    after = next((i for i in range(b, end) if i not in names), end)
    return (
        keys[b - 1] in REACHED
        and keys[after : after + 1] != []
        and keys[after] in GENITIVE
        and WELCOME in keys[after:end]
    )


def _welcomed(draft: Draft, arg: Argument, keys: list[str], trigger_end: int) -> bool:
    """Whether a genitive before "स्वागत" (a pronoun holds its case; where it was may come between) is the one welcomed
    at this event: talks that began with the welcome ("X का स्वागत किया और ... चर्चा की"), or a ceremony told before it
    ("21 तोपों की सलामी के साथ उनका स्वागत किया गया")."""
    after = arg.last + (arg.kind != "pronoun")
    gap = keys[after : after + WELCOME_REACH + 1]
    if WELCOME not in gap:
        return False
    between = gap[: gap.index(WELCOME)]  # "X का सार्वजनिक महल में स्वागत", "उनका हवाई अड्डे पर स्वागत": where
    if between and (between[-1] not in (IN, ON) or ERGATIVE in between or between[0] in GENITIVE):
        return False
    return draft.event_type in TALKS or (draft.event_type == "CEREMONY" and arg.first >= trigger_end)


def _office_opening(arg: Argument, args: list[Argument], keys: list[str], draft: Draft) -> bool:
    """ "प्रधानमंत्री 14 दिसंबर को जॉर्डन की यात्रा पर रहेंगे", "इसके बाद प्रधानमंत्री ... अदीस अबाबा जाएंगे": an office
    that is a visit's clause's first argument, no case marker after it, is the one who travels (not one taken up:
    "... का मुख्यमंत्री बनने के बाद"; nor the hour's "PM" of a live page's "4:45 PM: ..."; nor the office of one named
    right after it, "जहाज के कमांडिंग ऑफिसर कमांडर X"); so is one who is to be at an occasion ("कल प्रधानमंत्री ...
    समारोह में मुख्य अतिथि होंगे"), not the name of a building ("प्रधानमंत्री आवास में")."""
    if any(x.first == arg.last and x.kind == "person" for x in args):
        return False
    building = arg.last < len(keys) and keys[arg.last] in VENUE_NOUNS
    if draft.event_type != "VISIT" and not (draft.planned and not building):
        return False
    first = min((x.first for x in args if x.first >= draft.clause[0]), default=arg.first)
    clock = arg.first > 0 and keys[arg.first - 1].isdigit()
    return arg.first == first and not clock and keys[arg.last : arg.last + 1] != [] and keys[arg.last] not in BECOMING


def _welcomed_first(doc: Document, draft: Draft, arg: Argument, args: list[Argument], trigger: tuple[int, int]) -> bool:
    """ "राष्ट्रपति मुर्मू का सोमवार को यहां राष्ट्रपति भवन में ... राष्ट्रपति Y ने औपचारिक स्वागत किया": the one welcomed,
    told first in the clause, before the day, the place and the welcomer; "का" owns no word of its own there."""
    if draft.event_type != "CEREMONY" or WELCOME not in draft.trigger_words():
        return False
    if any(x.first < arg.first for x in args if x.first >= draft.clause[0]):
        return False
    sentence = doc.sentences[draft.sentence]
    keys = [t.norm for t in sentence.tokens]
    welcomer = any(x.marker == ERGATIVE and arg.last < x.first < trigger[0] for x in args)
    told = {a for a, _b, label, _e in token_spans(sentence, doc.entities_in(sentence)) if label in ("DATE", *PLACES)}
    nxt = arg.last + 1  # the word after "का"
    return welcomer and (nxt in told or keys[nxt : nxt + 1] in ([k] for k in HERE) or any(x.first == nxt for x in args))


def _owners(genitives: list[tuple[Argument, Who]], keys: list[str], trigger_at: int) -> list[Who]:
    """The genitive owning the event noun ("Y का आभार", "उनका स्वागत": the pronoun holds its case, "Y के प्रति
    कृतज्ञता": gratitude towards Y) and those coordinated with it ("भारत सरकार और प्रधानमंत्री मोदी का धन्यवाद": both
    are thanked)."""
    towards = 1 if keys[trigger_at - 1 : trigger_at] == [TOWARDS] else 0
    owning = [arg for arg, _ in genitives if arg.last + (arg.kind != "pronoun") + towards == trigger_at]
    for arg, _ in reversed(genitives):
        gap = keys[arg.last : owning[0].first] if owning else []
        if gap and all(k in COORDINATORS for k in gap):
            owning.insert(0, arg)
    return [actor for arg, actor in genitives if any(arg is o for o in owning)]


def _guest(arg: Argument, keys: list[str], draft: Draft, trigger_at: int) -> bool:
    """ "ट्रंप ने ... असीम मुनीर के लिए दोपहर के भोज की मेजबानी की": the one hosted."""
    return (
        draft.event_type == "MEET"
        and arg.kind == "person"
        and keys[arg.last + 1 : arg.last + 2] == [FOR]
        and arg.last < trigger_at
        and keys[trigger_at] == HOSTED
    )


def _both_noun(keys: list[str], i: int) -> int | None:
    """Where the noun of "दोनों" at ``i`` is: "दोनों देशों", "दोनों नेताओं", or a plural office after its portfolio
    or a hyphened prefix ("दोनों विदेश मंत्रियों", "दोनों रक्षा सचिवों", "दोनों सह-अध्यक्षों")."""
    if i + 1 < len(keys) and keys[i + 1] in BOTH_NOUNS:
        return i + 1
    for j in range(i + 2, min(i + 4, len(keys))):
        if keys[j] in BOTH_NOUNS and keys[j].endswith(PLURAL_OBLIQUE):
            words = [k for k in keys[i + 1 : j] if k != "-"]
            return j if all(k[:1].isalpha() and k not in NOMINAL_MARKERS for k in words) else None
    return None


def _taking_part(marker: str, keys: list[str], trigger_end: int) -> bool:
    """ "शिखर सम्मेलन में X और Y भाग लेंगे": those told after the event and "में" as taking part in it."""
    return marker in TOOK_PART and keys[trigger_end : trigger_end + 1] == [IN]


def _people_of_met(arg: Argument, args: list[Argument], keys: list[str], trigger_at: int) -> int | None:
    """A country whose people, named by a plural and no name, are met ("नॉर्वे के सॉवरेन वेल्थ फंड के प्रमुखों से",
    "चीन की कंपनियों के प्रतिनिधियों के साथ"): where the "से" or "के साथ" after the plural is; a name or title after
    the country is the one met instead."""
    if arg.kind != "country":
        return None
    end = arg.last
    for joined in sorted((a for a in args if a.first > arg.last), key=lambda a: a.first):
        if joined.kind != "country" or joined.first != end + 1 or keys[end] not in COORDINATORS:
            break
        end = joined.last  # "भारत और अमेरिका की सेनाओं के बीच": past the countries joined to it
    stop = min([a.first for a in args if a.first > end] + [trigger_at, end + MAX_BODY_WORDS + 2])
    with_at = next(
        (i for i in range(end + 2, stop) if keys[i] == FROM or keys[i : i + 2] in (WITH_SOMEONE, AMONG)), None
    )
    return with_at if with_at is not None and keys[with_at - 1].endswith(PLURAL_OBLIQUE) else None


def _talked_of(draft: Draft, arg: Argument, keys: list[str], trigger_at: int) -> bool:
    """A compound of names whose phrase runs to the "पर" just before a talk's trigger names its subject; so does one
    naming a thing ("नाइजीरिया-मोरक्को अटलांटिक गैस पाइपलाइन, ... सहयोग पर चर्चा हुई") after the meeting it was talked
    of in ("मुलाकात में"), whose sides were told before."""
    if draft.event_type not in TALKS or arg.compound != "names" or keys[trigger_at - 1 : trigger_at] != [ON]:
        return False
    at = next((i for i in range(arg.last, trigger_at) if keys[i] in CASE_MARKERS and keys[i] not in GENITIVE), None)
    if at == trigger_at - 1:
        return True
    return (
        keys[arg.first - 2 : arg.first] in ([noun, IN] for noun in MEETING_NOUNS)
        and keys[arg.last] not in CASE_MARKERS
        and SENTENCE_STOPS.isdisjoint(keys[arg.last : trigger_at])
    )


def _situation_talked_of(draft: Draft, arg: Argument, keys: list[str], trigger_at: int) -> bool:
    """A country's genitive before a noun or two and the "पर" right before a talk's trigger ("अफगानिस्तान की स्थिति
    पर विचार-विमर्श हुआ"): the subject talked of."""
    noun = keys[arg.last + 1 : trigger_at - 1]
    return (
        draft.event_type in TALKS
        and arg.kind == "country"
        and keys[trigger_at - 1 : trigger_at] == [ON]
        and 0 < len(noun) <= MAX_SUBJECT_NOUN
        and not any(k in CASE_MARKERS or k in VERB_COORDINATORS for k in noun)
    )


def _inside_the_topic(draft: Draft, arg: Argument, args: list[Argument], keys: list[str], trigger_at: int) -> bool:
    """A genitive between the sides of talks told before it ("दोनों के बीच", "X ने") and the "पर" right before the
    talk's trigger ("... जापानी कंपनियों के निवेश ... पर चर्चा हुई"): inside what was talked of, whatever its length."""
    sides = any(x.last <= arg.first and (x.marker == ERGATIVE or x.marker == "के बीच") for x in args)
    between = keys[arg.last : trigger_at]
    # or in talks told before ("वार्ता में ... पोप की संभावित वियतनाम यात्रा पर चर्चा हुई")
    told = sides or _in_meeting(keys[: arg.first])
    return draft.event_type in TALKS and told and between[-1:] == [ON] and not SENTENCE_STOPS.intersection(between)


def _describes_the_subject(arg: Argument, args: list[Argument], keys: list[str], trigger_at: int) -> bool:
    """A country's demonym before a noun, after the agents and inside the "... पर" of what they did ("भारत और
    ब्राजील ने जापानी निवेश पर", "चीनी मिलों के आधुनिकीकरण पर", "चीनी मिलों में ... पर"): it describes the subject;
    not one with a partner's marker or a person's noun before the "पर" ("फ्रांसीसी समकक्ष के साथ व्यापार पर",
    "जापानी कंपनियों के साथ")."""
    if arg.kind != "country" or arg.marker in CASE_MARKERS or arg.marker in load().titles:
        return False
    # in talks just told, with no agents, a list runs on to its "पर" ("जापानी निवेश, पर्यटन और कौशल विकास पर");
    # after agents, "और" may open their next clause
    told = _in_talks_told(keys, arg.first)
    # a bare subject does as an agent: "पोलैंड के राष्ट्रपति X रूसी आक्रमण की चौथी बरसी पर ... कीव पहुंचे"
    doers = [x for x in args if x.marker == ERGATIVE or (x.kind == "person" and x.marker not in CASE_MARKERS)]
    if not told and not any(x.last <= arg.first for x in doers):
        return False
    for i in range(arg.last, trigger_at):
        if keys[i] == ON:
            return True
        partner = keys[i] in GENITIVE and keys[i + 1 : i + 2] in ([WITH], [BETWEEN])
        inside = keys[i] in GENITIVE or keys[i] == IN  # "चीनी मिलों में एथेनॉल उत्पादन ... पर"
        if partner or (keys[i] in CASE_MARKERS and not inside) or (keys[i] in VERB_COORDINATORS and not told):
            return False
    return False


def _in_talks_told(keys: list[str], before: int) -> bool:
    """ "मुख्यमंत्री निवास पर हुई इस गुफ्तगू में जापानी निवेश ... पर बात हुई": inside talks just told, whose sides
    the sentence need not name again."""
    return any(
        k in THIS_ONE and noun in MEETING_NOUNS and marker == IN
        for k, noun, marker in zip(keys[:before], keys[1:before], keys[2:before], strict=False)
    )


def _in_topic(arg: Argument, args: list[Argument], keys: list[str], trigger_at: int) -> bool:
    """ "वाडेफुल से यूरोपीय संघ के साथ मुक्त व्यापार समझौते की वार्ता पर बातचीत की": a "के साथ" phrase after the partner
    or a pair who talked ("दोनों मंत्रियों ने ... ब्रिक्स के साथ सहयोग पर"), or a "के बीच" one after those who talked
    ("दोनों नेताओं ने ... दोनों देशों के सांसदों के बीच आदान-प्रदान बढ़ाने पर चर्चा की") or opening a relative clause on
    talks just told, inside what was talked about or agreed ("... पर"), is no side of it."""
    told = {"के साथ": "से", "के बीच": "ने"}.get(arg.marker)
    if arg.marker == "के बीच" and keys[arg.first - 1 : arg.first] and keys[arg.first - 1] in IN_WHICH:
        return ON in keys[arg.last + 2 : trigger_at]  # "वार्ता की, जिसमें दोनों देशों के बीच ... पर सहमति बनी": the talks'
    if arg.marker == "के बीच" and keys[trigger_at : trigger_at + 1] and keys[trigger_at] not in DISCUSSION:
        return False  # "... के बीच संबंधों की वर्षगांठ पर एक-दूसरे को बधाई दी": the sides of the wishes
    pair = arg.marker == "के साथ" and any(
        x.marker == ERGATIVE and x.kind == "both" and x.last <= arg.first for x in args
    )
    return (pair or (told is not None and any(x.marker == told and x.last <= arg.first for x in args))) and ON in keys[
        arg.last + 2 : trigger_at
    ]


def _done_by_in_topic(arg: Argument, args: list[Argument], keys: list[str], trigger_at: int) -> bool:
    """A "द्वारा" phrase inside what those who acted ("X ने") talked about ("... द्वारा ... परियोजनाओं पर चर्चा की"),
    not the agent of a passive."""
    end = trigger_at if arg.first < trigger_at else arg.last + 1 + MAX_TOPIC_WORDS
    phrase = list(itertools.takewhile(lambda k: k not in SUBJECT_GAP_STOPS, keys[arg.last + 1 : end]))
    return any(x.marker == ERGATIVE and x.last <= arg.first for x in args) and ON in phrase


def _travellers(genitives: list, args: list[Argument], doc: Document, sentence: int, trigger_at: int) -> list[Who]:
    """ "मार्कोस जूनियर की नई दिल्ली यात्रा के दौरान", "मुइज्जू की यह दूसरी तुर्की यात्रा है", "फिजी के किसी
    प्रधानमंत्री की नौ वर्ष में यह पहली भारत यात्रा है" (the one holder the actors stage finds): the person
    whose trip it is, named in the genitive a few words before the visit noun, with no one else named
    between but the place it goes to."""
    spans = token_spans(doc.sentences[sentence], doc.entities_in(doc.sentences[sentence]))
    places = {i for a, b, label, _e in spans if label in PLACES for i in range(a, b)}
    others = {i for x in args for i in range(x.first, x.last)} - places
    return [
        actor
        for arg, actor in genitives
        if arg.kind == "person"
        and trigger_at - arg.last <= MAX_TRAVELLER_GAP
        and not others.intersection(range(arg.last + 1, trigger_at))
    ][:1]


def _given_by(arg: Argument, keys: list[str], marker: int = 1) -> bool:
    """ "भारत द्वारा दी गई", "भारत द्वारा उलानबटोर में स्थापित की जा रही", "भारत की ओर से मजुरो में दान किए गए" (a
    ``marker`` of three words): a giver or builder, not an author ("जयशंकर द्वारा उद्घाटन भाषण")."""
    start = arg.last + marker
    return any(k in GIVEN for k in keys[start : start + MAX_GIVEN_GAP])


def _built_thing_before(arg: Argument, keys: list[str], trigger_at: int) -> bool:
    """ "भारत द्वारा स्थापित साइबर सुरक्षा प्रशिक्षण केंद्र का उद्घाटन": a giver or builder told in a phrase that names
    the thing before the trigger, not the trigger's own passive agent ("X द्वारा ... उद्घाटन किया गया")."""
    window = keys[arg.last + 1 : arg.last + 1 + MAX_GIVEN_GAP]
    given = next((arg.last + 1 + j for j, key in enumerate(window) if key in BUILT), None)
    return given is not None and given + 1 < trigger_at


def _prefer_people(draft: Draft) -> None:
    """When people are named, whole countries are not actors beside them (a leader keeps the side he
    leads, "बांग्लादेशी पक्ष का नेतृत्व X ने किया", which tells his country: see _join_leaders)."""
    if draft.event_type == LEAD:
        return
    for slot in ("sources", "targets", "participants"):
        actors = getattr(draft, slot)
        if any(w.cluster is not None for w in actors):  # office-holders ("नेपाली अधिकारी") and bodies stay,
            # but not a delegation one of its people leads ("X के नेतृत्व में भारत के ... प्रतिनिधिमंडल ने")
            led = {w.country for w in actors if w.cluster is not None}
            actors = [
                w
                for w in actors
                if w.cluster is not None
                or w.org
                or (w.title and not (match_key(w.title) in LED_GROUPS and w.country in led))
            ]
        bodies = {w.country for w in actors if w.org}  # "रक्षा मंत्रालय ने ... भारतीय नौसेना के लिए": the body acts
        setattr(draft, slot, _unique([w for w in actors if w != Who(None, w.country) or w.country not in bodies]))


def _unique(items: list) -> list:
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _group_of(keys: list[str], b: int) -> int:
    """Past a group of the office-holders ending at ``b`` ("अमेरिकी सांसदों [के एक समूह] से"), who are the
    country as they are."""
    j = b + 1 + (keys[b + 1 : b + 2] == [ONE])
    return j + 1 if keys[b : b + 1] == [GEN_KE] and keys[j : j + 1] and keys[j] in GROUPS else b


def _delegation(keys: list[str], b: int) -> tuple[int, str | None] | None:
    """A delegation of the country or body ending at ``b``, within a few words ("व्यापार प्रतिनिधिमंडल",
    "के 40 सदस्यीय प्रतिनिधिमंडल"), with "के सदस्य(ों)" after it, or its leadership ("सऊदी नेतृत्व"): where
    the phrase ends, and the delegation noun (none for the leadership or the people, which are the country
    itself)."""
    if keys[b : b + 1] and keys[b] in GENITIVE and keys[b + 1 : b + 2] and keys[b + 1] in NATION | FELLOWS:
        # "दुबई चैंबर ऑफ कॉमर्स के प्रतिनिधियों के साथ", "... संघ के सदस्यों के साथ": the body; "यूएई की जनता और
        # नेतृत्व को": the country
        more = keys[b + 2 : b + 4]
        both = len(more) == 2 and more[0] in COORDINATORS and more[1] in NATION | LEADERSHIP
        people = keys[b + 1] if keys[b + 1] in NATION else None  # "ग्रेनाडा की जनता को", beside its leader told
        return (b + 4 if both else b + 2), people
    if keys[b : b + 1] and keys[b] in LEADERSHIP:  # "सऊदी नेतृत्व"
        return b + 1, None
    if keys[b : b + 1] and keys[b] in FRIENDS:  # "अपने भारतीय मित्रों के साथ": the country's people, as a delegation
        return b + 1, keys[b]
    start = b + 1 if keys[b : b + 1] and keys[b] in GENITIVE else b  # "जापान के व्यापार प्रतिनिधिमंडल ने"
    at = next((j for j in range(start, min(len(keys), start + MAX_DELEGATION_REACH)) if keys[j] in DELEGATIONS), None)
    if at is None or not _delegation_chain([k for k in keys[start:at] if not _delegation_size(k)]):
        return None
    end = at + 1
    if keys[end : end + 1] == [GEN_KE] and keys[end + 1 : end + 2] and keys[end + 1] in MEMBERS:
        end += 2
    return end, keys[at]


def _delegation_chain(words: list[str]) -> bool:
    """The words between a country and its delegation noun: a few ("व्यापार", "उच्च स्तरीय"), or, after up
    to two genitives, the body it comes from ("अमेरिकी [संसद के निचले सदन प्रतिनिधि सभा के द्विदलीय]
    प्रतिनिधिमंडल")."""
    parts: list[list[str]] = [[]]
    for word in words:
        if word in GENITIVE:
            parts.append([])
        elif word in FUNCTION_WORDS or not word[:1].isalpha():
            return False
        else:
            parts[-1].append(word)
    bodies = parts[:-1]
    return (
        len(parts[-1]) <= MAX_DELEGATION_GAP
        and len(bodies) <= MAX_DELEGATION_HOPS
        and all(0 < len(body) <= MAX_DELEGATION_BODY for body in bodies)
    )


def _mission(keys: list[str], b: int) -> int | None:
    """Where the diplomatic mission of the country ending at ``b`` ends ("भारतीय दूतावास", "भारत का उच्चायोग",
    "अमेरिकी वाणिज्य दूतावास"), or None where none follows."""
    at = b + 1 if keys[b : b + 1] and keys[b] in GENITIVE else b
    at = at + 1 if keys[at : at + 1] and keys[at] in CONSULAR else at
    return at + 1 if keys[at : at + 1] and keys[at] in MISSIONS else None


def _force_thanked(keys: list[str], b: int) -> bool:
    """ "भारतीय नौसेना का आभार जताया": a country's armed force told at ``b`` as the one thanked, which stands for its
    country (not one told doing something else, "श्रीलंकाई नौसेना द्वारा गिरफ्तार", "फ्रांसीसी नौसेना का फ्रिगेट")."""
    told = keys[b : b + 3]
    return len(told) == 3 and told[0] in FORCES and told[1] in (GEN_KA, TO) and told[2] in GRATITUDE


def _delegation_end(keys: list[str], end: int) -> int:
    """Where a body's phrase ends: past its delegation ("सीआईआई के 40 सदस्यीय व्यापार प्रतिनिधिमंडल ने"),
    which acts for it, else at ``end``."""
    if keys[end : end + 1] and keys[end] in GENITIVE and (group := _delegation(keys, end)) is not None:
        return group[0]
    return end


def _delegation_size(key: str) -> bool:
    """A word that sizes a delegation: a number, "एक", "सदस्यीय" ("40-सदस्यीय")."""
    return key.isdigit() or key == ONE or key.endswith(MEMBERED)


def _body_of(spans: list, keys: list[str], b: int, lex: Lexicon) -> tuple | None:
    """The organisation a country ending at ``b`` owns, within two words after its genitive ("भारत की
    [एनटीपीसी] विद्युत व्यापार निगम") or right after its adjective ("अमेरिकी विदेश विभाग"): the country's body,
    which acts for it; not a forum the country chairs ("भारत की ब्रिक्स अध्यक्षता की प्राथमिकताओं पर"), nor an
    international body it belongs to ("भारत के संयुक्त राष्ट्र मानवाधिकार परिषद का सदस्य चुने जाने पर")."""
    if b < len(keys) and keys[b] not in GENITIVE:
        return next((s for s in spans if s[2] == "ORG" and s[0] == b), None)
    if b >= len(keys) or keys[b + 1 : b + 2] in ([BETWEEN], [WITH]):
        return None  # "बांग्लादेश के बीच ... कार्य समूह": a joint body, not the country's
    body = next((s for s in spans if s[2] == "ORG" and b + 1 <= s[0] <= b + 2), None)
    if body is None or keys[body[1] : body[1] + 1] == [CHAIR] or lex.international_body(body[3].text, body[3].value):
        return None
    return body


def _behalf_of(spans: list, keys: list[str], a: int) -> tuple[int, str] | None:
    """ "बांग्लादेश की ओर से जल संसाधन सचिव ने": where the country an office right after "की ओर से" acts for is named,
    and its code."""
    if a < 4 or tuple(keys[a - 3 : a]) not in ON_BEHALF:
        return None
    return next(((start, e.value) for start, end, label, e in spans if label == "COUNTRY" and end == a - 3), None)


def _country_of_its_body(spans: list, keys: list[str], a: int) -> str | None:
    """ "मॉरिटानिया की नेशनल असेंबली के अध्यक्ष", "चीन की कम्युनिस्ट पार्टी के महासचिव": an office at ``a`` named after
    a body no list holds, the body told with its country's genitive, is of that country."""
    if a < 3 or keys[a - 1] not in GENITIVE:
        return None
    j = a - 1
    while j > 1 and a - 1 - j < MAX_UNLISTED_BODY and keys[j - 1][:1].isalpha() and keys[j - 1] not in CASE_MARKERS:
        j -= 1
        if keys[j - 1] in GENITIVE and (country := span_ending(spans, j - 1, "COUNTRY")) is not None:
            return country[3].value
        if keys[j - 1] in GENITIVE and (province := _province_ending(spans, keys, j - 1)) is not None:
            return province  # "क्वांग निन्ह प्रांत की पार्टी समिति के सचिव": the province's country
    return None


def _province_ending(spans: list, keys: list[str], end: int) -> str | None:
    """The country of a province or district named right before ``end`` ("क्वांग निन्ह प्रांत"), if a list gives it."""
    if end < 2 or keys[end - 1] not in PROVINCES:
        return None
    place = span_ending(spans, end - 1, "LOCATION")
    return place[3].value if place is not None else None


def _office_told_with_country(doc: Document, sentence: Sentence, title: str) -> str | None:
    """ "नेपाल के प्रधानमंत्री ने ... । ... प्रधानमंत्री से मुलाकात की": an office named alone, its holder unnamed, is
    the one told before with its country, where the text told it with that country only (not also bare, as a home
    office is: "प्रधानमंत्री नरेंद्र मोदी")."""
    key = match_key(title)
    told = _offices_told_bare(doc, sentence.index - MAX_OFFICE_REACH, sentence.index)
    countries = {country for office, country in told if match_key(office.text) == key}
    return countries.pop() if len(countries) == 1 else None


def _offices_told_bare(doc: Document, first: int, last: int) -> Iterator[tuple[Entity, str | None]]:
    """The offices sentences ``first`` to ``last`` (not included) name with no holder's name ("नेपाल के प्रधानमंत्री", not
    "रूस के विदेश मंत्री लावरोव"), each with the country named with it, if any."""
    for told in doc.sentences[max(0, first) : last]:
        spans = token_spans(told, doc.entities_in(told))
        keys = [t.norm for t in told.tokens]
        held = {i for m in doc.mentions_in(told) for i in range(m.first, m.last)}
        yield from (
            (e, country_named(spans, keys, a)) for a, _b, label, e in spans if label == "TITLE" and a not in held
        )


def _subject_before_relative(args: list[Argument], keys: list[str], start: int) -> list[Argument]:
    """ "X, जो इन दिनों भारत की यात्रा पर हैं, ने ... मुलाकात की": a clause opening with "ने" after a relative clause on
    the one named before it has that one as its agent."""
    if keys[start : start + 1] != [ERGATIVE] or start < 2 or keys[start - 1] != ",":
        return []
    who = next((i for i in range(start - 2, 0, -1) if keys[i] == WHO and keys[i - 1] == ","), None)
    named = [x for x in args if who is not None and x.last == who - 1 and x.kind in ("person", "country", "office")]
    return [dataclasses.replace(x, marker=ERGATIVE) for x in named[-1:]]


def _listed_with_actors(arg: Argument, args: list[Argument], keys: list[str]) -> bool:
    """ "भारत सरकार, सीरम इंस्टीट्यूट ऑफ इंडिया और यूनिसेफ का आभार": a body the rules name, listed last after actors
    with the case they share, is one of them."""
    last = next((x for x in args if x.last == arg.first - 1 and not x.ruled), None)
    return (
        last is not None
        and keys[last.last] in COORDINATORS
        and keys[last.last] != "-"  # "भारत-यूरोपीय संघ मुक्त व्यापार समझौता": a compound, no list
        and last.marker == arg.marker
    )


def _organisations(spans: list, keys: list[str], taken: set[int], home: str | None, lex: Lexicon) -> list[Argument]:
    """Organisations that act ("सीमा सुरक्षा बल (बीएसएफ) और बॉर्डर गार्ड बांग्लादेश (बीजीबी) के बीच वार्ता"),
    each with its acronym in brackets; of the country named in it, none for an international body,
    else of the home country."""
    names = {e.text for _a, _b, label, e in spans if label == "ORG"}
    countries = {i for a, b, label, _e in spans if label == "COUNTRY" for i in range(a, b)}
    orgs = [
        (a, b, e)
        for a, b, label, e in spans
        if label == "ORG"
        and not taken.intersection(range(a, b))
        and (e.source == "model" or not countries.intersection(range(a, b)))  # "भारत-रूस कार्य समूह": no actor
    ]
    out = []
    for a, b, entity in orgs:
        if entity.value in names:  # the acronym of the name before it
            continue
        end = _acronym_after(keys, b + _closing_quote(keys, a, b))  # "एजेंसी 'गाइडेंस तमिलनाडु' ने"
        inner = [e.value for s, t, label, e in spans if label == "COUNTRY" and a <= s and t <= b]
        inner = inner or [e.value for s, t, label, e in spans if label in PLACES and e.value and a <= s and t <= b]
        # "अबू धाबी नेशनल ऑयल कंपनी": a place right before the name, no case marker between, opens it
        inner = inner or [e.value for _s, t, label, e in spans if label in PLACES and e.value and t == a]
        body = lex.international_body(entity.text, entity.value)
        named = lex.country_in(entity.value or entity.text)  # "बीजीबी" (बॉर्डर गार्ड बांग्लादेश), "ओमान निवेश प्राधिकरण"
        ship = lex.ship_of(entity.text)  # "आईएनएस तबर ... पहुंचा": a ship acts for its navy, as a subject or not
        country = ship or (inner[0] if inner else named or (None if body else home))
        last = _delegation_end(keys, end)  # "जाइका के एक दल से मुलाकात": the body's people, a side like any
        ruled = entity.source == "rule" and ship is None and last == end
        out.append(Argument(a, last, "org", country=country, org=entity.text, ruled=ruled))
    return out


def _acronym_after(keys: list[str], b: int) -> int:
    """Where a name ending at ``b`` ends with its acronym in brackets: "(डीपीआईआईटी)", "(इन-स्पेस)" (a hyphened one is
    three tokens)."""
    if keys[b : b + 1] != ["("]:
        return b
    close = next((j for j in range(b + 2, min(b + 2 + MAX_ACRONYM_TOKENS, len(keys))) if keys[j] == ")"), None)
    return b if close is None else close + 1


def _country_there(doc: Document, sentence: Sentence, at: int) -> str | None:
    """The country of the place "वहां" before token ``at`` stands for: the one named last, in its sentence or the
    one before, as a place ("मेडागास्कर में भारत के राजदूत ने ... वहां के मंत्री को", not "भारत के", whose
    official is described; nor one acting, nor one left from)."""
    for index in (sentence.index, sentence.index - 1):
        if index < 0 or doc.sentences[index].kind != "body":
            continue
        told = doc.sentences[index]
        keys = [t.norm for t in told.tokens]
        spans = token_spans(told, doc.entities_in(told))
        places = [
            e.value
            for a, b, label, e in spans
            if label in PLACES
            and e.value
            and (index < sentence.index or a < at)
            and not (keys[b : b + 1] and keys[b] in NOT_THERE)
        ]
        if places:
            return places[-1]
    return None


def _an_office(keys: list[str]) -> bool:
    """One office-holder: not a group ("अधिकारियों", "मंत्रियों") nor a "counterpart" of unknown country."""
    return not keys[-1].endswith(PLURAL_OBLIQUE) and keys[-1] not in UNANCHORED_TITLES


def _first_person_agent(arg: Argument, keys: list[str]) -> bool:
    """ "मैंने", "हमने": the first person acting."""
    return arg.kind == "pronoun" and arg.marker == ERGATIVE and keys[arg.first] in I_WE


def _resolve(
    arg: Argument, doc: Document, sentence: int, earlier: list[Draft], taken: set[int] | frozenset = frozenset()
) -> list[tuple]:
    """An argument as actors (person cluster or None, country code); a pronoun is never the clause's
    agent (``taken``: in "प्रधानमंत्री ने उन्हें बधाई दी" it is someone else)."""
    if arg.kind == "office":
        said = [w for d in earlier for w in d.actors() if w.cluster is None and w.title == arg.title]
        return said[-1:] or [_holder(doc, arg.country, arg.title) or Who(None, arg.country, arg.title)]
    if arg.kind == "person":
        return [_who(arg.mention)]
    if arg.kind == "country" and arg.title in LED_GROUPS and (leader := _side_led_by(arg.country, earlier)):
        return [leader]  # "... के पक्ष का नेतृत्व X ने किया। ... मिस्र के प्रतिनिधिमंडल ने ... मुलाकात की": X
    if arg.kind == "country":
        return _couple(doc, sentence, arg) or [
            _holder(doc, arg.country, arg.title) or Who(None, arg.country, arg.title)
        ]
    if arg.kind == "org":
        return [Who(None, arg.country, None, arg.org)]
    if arg.kind == "relative":  # "..., जिन्होंने": the one named last before it
        named = [m for m in doc.mentions_in(doc.sentences[sentence]) if m.last <= arg.first]
        return [_who(named[-1])] if named else []
    if arg.kind == "pronoun" and doc.sentences[sentence].tokens[arg.first].norm in I_WE:
        return _first_person(doc, sentence, arg.first, earlier)
    if arg.kind == "pronoun" and (guest := _guest_of_honour(doc, sentence, arg.first, earlier, taken)):
        return [guest]
    if arg.kind == "pronoun":  # the latest actor: a person, or an office-holder whose name was not given
        acting = arg.marker == ERGATIVE or arg.marker not in CASE_MARKERS
        speaking = acting and not _named_in_saying(doc, sentence, arg.first)  # "X ने कहा कि वे": X, not one named there
        speaker = _speaker(doc, sentence, arg.first) if speaking else None
        if speaker is not None and speaker.cluster not in taken:  # "ट्रंप ने कहा कि वे ... बात करेंगे", not "उन्हें"
            return [_who(speaker)]
        office = _office_speaking(doc, sentence, arg.first) if speaking and speaker is None else None
        if office is not None:  # "नेपाल के प्रधानमंत्री ने बताया कि वह ... जाएंगे"
            return [office]
        group = _delegation_told(doc, sentence, arg.first, earlier)
        if group is not None:
            return [group]
        told_last = max((d.sentence for d in earlier), default=-1)
        doer = _doer(doc, sentence - 1) if acting and told_last < sentence - 1 else None
        if doer is not None and doer.cluster not in taken:  # "X ने ... जीत हासिल की थी। वे ... जाएंगी": X
            return [_who(doer)]
        for draft in reversed(earlier):
            people = [
                a
                for a in draft.sources + draft.participants + draft.targets
                if (a.cluster is not None and a.cluster not in taken) or (a.cluster is None and a.title)
            ]
            if people and sentence - draft.sentence <= 3:
                # a subject pronoun ("वह ... जाएंगे", "उनकी मुलाकात ... होगी") is the one who acted, not the one met
                # and one the clause's agent acts on is the one who acted too, the one the story follows ("वे ... से
                # मुलाकात करेंगे। राष्ट्रपति उन्हें ... प्रदान करेंगी"), unless that is the agent
                subject = acting or arg.marker in GENITIVE
                acted = [a for a in people if a not in draft.partners]
                if subject and not acted and draft.sentence < sentence and _bulleted(doc.sentences[draft.sentence]):
                    continue  # "• X से मुलाकात में ...। • Y के साथ उन्होंने ...": the one the bullets are about
                return (acted or people)[:1]
        # no event told just before: the person the text named last ("मोदी ... रवाना हुए। वह ... जाएंगे",
        # "रुबियो ने कहा कि उन्होंने ... बातचीत की")
        named = [
            m
            for m in doc.mentions
            if (sentence - 2 <= m.sentence < sentence or (m.sentence == sentence and m.last <= arg.first))
            and m.cluster not in taken
        ]
        return [_who(named[-1])] if named else _office_told_before(doc, sentence)
    if arg.size == 2 and arg.title in BOTH_PEOPLE:
        pair = _pair_by_portfolio(doc, sentence, arg, earlier) or _people_pair(
            doc, sentence, earlier, arg.first, arg.title in LEADERS
        )
        return pair or _context_pair(doc, sentence, earlier)
    if arg.size > 2 and arg.title in BOTH_PEOPLE and (group := _people_told(doc, sentence, earlier, arg.size)):
        return group
    sides = _sides_named_before(doc, sentence, arg) or _context_pair(doc, sentence, earlier, arg.size)
    return [w._replace(title=arg.office) for w in sides] if arg.office else sides


def _sides_named_before(doc: Document, sentence: int, arg: Argument) -> list[Who]:
    """ "X ने ... भारतीय राजदूत Y से मुलाकात कर दोनों देशों के बीच ... चर्चा की": the two countries whose people the
    sentence names before "दोनों देशों" (``arg``) are those sides, not the pair of some earlier event."""
    if arg.size != 2:
        return []
    before = [m for m in doc.mentions_in(doc.sentences[sentence]) if m.last <= arg.first]
    countries = {doc.people[m.cluster].country for m in before}
    return [Who(None, k) for k in sorted(countries)] if len(countries) == 2 and None not in countries else []


def _couple(doc: Document, sentence: int, arg: Argument) -> list[Who]:
    """ "राजा X और महारानी Y ... । डच शाही दंपति सोमवार रात ... पहुंचे थे": a country's couple is the two people of that
    country the last few sentences name."""
    keys = [t.norm for t in doc.sentences[sentence].tokens]
    if COUPLE.isdisjoint(keys[arg.last : arg.last + 2]):
        return []
    named = {m.cluster: _who(m) for m in _named_lately(doc, sentence, arg.first) if m.country == arg.country}
    return list(named.values()) if len(named) == 2 else []


def _holder(doc: Document, country: str | None, title: str | None) -> Who | None:
    """ "भारत और ऑस्ट्रेलिया के रक्षा सचिव ... वार्ता में हिस्सा लेंगे। ... रक्षा सचिव राजेश कुमार सिंह ने ...": the one
    person the text names holding a country's office, before or after it is told by its country alone."""
    if country is None or not title:
        return None
    key = match_key(title)
    held = {
        m.cluster: m
        for m in doc.mentions
        if m.cluster is not None and m.title and match_key(m.title) == key and doc.people[m.cluster].country == country
    }
    return _who(next(iter(held.values()))) if len(held) == 1 else None


def _talks_held_with(keys: list[str], event_type: str, a: int, b: int, start: int) -> bool:
    """Talks told as held with someone, by the participle: "Y के साथ हुई बातचीत", "Y के साथ फोन पर हुई बातचीत", as
    what something came after ("Y से मुलाकात के बाद"), or
    in the clause before them ("Y के साथ सोमवार को होने वाली बैठक में ... पर चर्चा होगी", "Y के साथ ... आयोग की अगली
    बैठक जनवरी में होगी"; not "Y के साथ कोई भी बातचीत ... होगी", talks in general)."""
    if event_type == "MEET":  # "Y के साथ", and "Y से उनकी (सार्थक) बातचीत हुई": the speaker's own talks with Y
        with_at = _with_at(keys, start, a, HIS_WITH)
        after = keys[a : a + 1] == [FROM] and keys[b - 2 : b] == AFTER  # "पुतिन से मुलाकात के बाद X ने कहा"
        return WITH in keys[a:b] or after or (with_at is not None and ANY_ONE.isdisjoint(keys[with_at:a]))
    return event_type == "CALL" and keys[max(a - 2, 0) : a] == WITH_SOMEONE and keys[b : b + 1] in HELD_PARTICIPLES


def _pact_with(keys: list[str], event_type: str, a: int, start: int) -> bool:
    """A pact told with one side ("Y के साथ [आयुर्वेद पर] समझौता ज्ञापन ... पर हस्ताक्षर होंगे") in the clause before
    its signing at ``a``."""
    with_at = _with_at(keys, start, a)
    return event_type == "SIGN" and with_at is not None and not PACTS.isdisjoint(keys[with_at:a])


def _with_at(keys: list[str], start: int, a: int, pairs: list = ()) -> int | None:
    """Where "के साथ" (or one of ``pairs``: "से उनकी") first tells with whom, from ``start`` up to ``a``."""
    return next((i for i in range(start, a) if keys[i] == WITH or keys[i : i + 2] in pairs), None)


def _speaker_met(doc: Document, sentence: Sentence, draft: Draft, at: int, country_only: bool = False) -> None:
    """ "तोबगे ने कहा है कि ... मोदी के साथ हुई बातचीत में ... चर्चा हुई": talks with someone, told by one of another
    country who says what came of them and named no other side, were the speaker's (or, ``country_only``, the
    speaker's country's)."""
    speaker = _speaker(doc, sentence.index, at)
    who = _who(speaker) if speaker is not None else _office_speaking(doc, sentence.index, at)
    if who is not None and who.country not in _countries(draft):
        draft.participants.append(Who(None, who.country) if country_only else who)


def _guest_of_honour(doc: Document, sentence: int, at: int, earlier: list[Draft], taken: set[int]) -> Who | None:
    """ "X ... भारत की यात्रा पर रहेंगे। ... वह मोदी के साथ वार्ता करेंगे और राष्ट्रपति मुर्मू उनके सम्मान में भोज
    देंगी": the one honoured at ``at`` is the visitor of a visit told in the last few sentences, not the one met last."""
    keys = [t.norm for t in doc.sentences[sentence].tokens]
    at += keys[at] in GUESTS  # "अतिथियों के सम्मान में": past the genitive
    if tuple(keys[at + 1 : at + 3]) not in IN_HONOUR:
        return None
    visitors = [
        w
        for d in reversed(earlier)
        if d.event_type == "VISIT" and sentence - d.sentence <= MAX_PAIR_REACH
        for w in d.sources
        if w.cluster is not None and w.cluster not in taken
    ]
    return visitors[0] if visitors else None


def _side_led_by(country: str | None, earlier: list[Draft]) -> Who | None:
    """The person told leading a country's side before ("मिस्र के पक्ष का नेतृत्व सहायक विदेश मंत्री X ने किया"), also
    one whose own country is not yet known, told leading that country's side by name ("चीनी पक्ष का नेतृत्व तिब्बत
    स्वायत्त क्षेत्र के उपाध्यक्ष X ने किया")."""
    if not country:
        return None
    for lead in (d for d in reversed(earlier) if d.event_type == LEAD):
        people = [w for w in lead.actors() if w.cluster is not None]
        own = next((w for w in people if w.country == country), None)
        if own is not None:
            return own
        if len(people) == 1 and any(w.cluster is None and w.country == country for w in lead.actors()):
            return people[0]._replace(country=country)
    return None


def _delegation_told(doc: Document, sentence: int, at: int, earlier: list[Draft]) -> Who | None:
    """ "बांग्लादेश के युवा प्रतिनिधिमंडल ने ... मुलाकात की। राष्ट्रपति ने ... कहा। प्रतिनिधिमंडल ... भारत आया है": a
    delegation named bare at ``at`` is the one an event told before had as a side, not the last sentence's subject; or,
    where one was told leading a delegation in the last few sentences, that one."""
    if doc.sentences[sentence].tokens[at].norm not in LED_GROUPS:
        return None
    sides = (w for d in reversed(earlier) for w in d.actors() if w.cluster is None and w.title in DELEGATIONS)
    return _delegation_leader(doc, sentence) or next(sides, None)


def _delegation_met(doc: Document, sentence: int, keys: list[str], at: int) -> str | None:
    """ "... ने बाद में अपने कक्ष में प्रतिनिधिमंडल से भेंट की": a delegation named bare after a phrase closed by its
    case word, or as "इस प्रतिनिधिमंडल", is the one led by someone told before; the case word it takes, or None."""
    if at == 0 or not (keys[at - 1] in CASE_MARKERS or keys[at - 1] in THIS):
        return None
    if keys[at + 1 : at + 2] == [FROM]:
        marker = FROM
    elif keys[at + 1 : at + 3] == WITH_SOMEONE:
        marker = f"{GEN_KE} {WITH}"
    else:
        return None
    return marker if _delegation_leader(doc, sentence) is not None else None


def _delegation_leader(doc: Document, sentence: int) -> Who | None:
    """ "X के नेतृत्व में एक संसदीय प्रतिनिधिमंडल ने ... मुलाकात की। प्रतिनिधिमंडल ने ... श्रद्धांजलि अर्पित की", "...
    प्रतिनिधिमंडल का नेतृत्व [मजलिस के उपाध्यक्ष] X कर रहे थे": the person a delegation told in the last few sentences
    was led by."""
    for m in reversed([m for m in doc.mentions if sentence - MAX_PAIR_REACH <= m.sentence < sentence]):
        keys = [t.norm for t in doc.sentences[m.sentence].tokens]
        if keys[m.last : m.last + 2] == [GEN_KE, LED_BY] and _led_delegation(keys, m.last + 2) is not None:
            return _who(m)
        opened = any(keys[i] in LED_GROUPS and keys[i + 1 : i + 3] == [GEN_KA, LED_BY] for i in range(m.first))
        if opened and keys[m.last : m.last + 1] == [DONE_AND]:
            return _who(m)
    return None


def _met_with(doc: Document, sentence: int, at: int) -> int | None:
    """The cluster of a person named before ``at`` as the one a meeting was with ("X के साथ बैठक में ...")."""
    keys = [t.norm for t in doc.sentences[sentence].tokens]
    for m in doc.mentions_in(doc.sentences[sentence]):
        after = keys[m.last : m.last + 3]
        if m.last < at and after[:2] == WITH_SOMEONE and after[2:] and after[2] in MEETING_NOUNS:
            return m.cluster
    return None


def _doer(doc: Document, sentence: int) -> Mention | None:
    """The person a sentence of the body opens with as the subject of its verb ("ताकाइची ने ..."), unless
    the sentence refers back to someone ("X ने उनकी अगवानी की": the one told before stays the one to follow)."""
    if sentence < 0 or doc.sentences[sentence].kind != "body":
        return None
    keys = [t.norm for t in doc.sentences[sentence].tokens]
    if any(k in PRONOUNS or k in THEIR for k in keys):
        return None
    first = next(iter(doc.mentions_in(doc.sentences[sentence])), None)
    return first if first is not None and keys[first.last : first.last + 1] == [ERGATIVE] else None


def _speaker(doc: Document, sentence: int, at: int):
    """The person who says "X ने कहा कि" ("X ने एक्स पर लिखा कि") before token ``at`` of the sentence: a
    pronoun in what they say is themselves."""
    agent = saying_agent([t.norm for t in doc.sentences[sentence].tokens], at)
    if agent is None:
        return None
    return next((m for m in doc.mentions_in(doc.sentences[sentence]) if m.last == agent), None)


def _first_person(doc: Document, sentence: int, at: int, earlier: list[Draft]) -> list[Who]:
    """ "उत्तर: मैं ... आई थी", "... के साथ मेरी बातचीत हुई थी": the one interviewed, the subject of the sentence telling
    the interview ("X ने ... को दिए साक्षात्कार में कहा"), or the one quoted ("X ने एक्स पर लिखा, '... हमने ...'"), else
    an op-ed's author;
    "हमने ... फैसला किया": that one with whoever they met just before, unless the sentence told them with someone
    first ("मैं ... अधिकारियों से मिला और हमने ... चर्चा की": those, named there already)."""
    speaker = interviewed(doc) if answering(doc, doc.sentences[sentence]) else _quoted(doc, sentence, at)
    speaker = speaker or doc.author()  # "पिछले सप्ताह मैंने ... से मुलाकात की" in an op-ed: its author
    if speaker is None:
        return []
    keys = [t.norm for t in doc.sentences[sentence].tokens]
    if keys[at] in WE and not (set(I_WE) - WE).intersection(keys[:at]):
        met = next((d for d in reversed(earlier) if speaker.cluster in {w.cluster for w in d.actors()}), None)
        if met is not None and (sentence - met.sentence <= MAX_PAIR_REACH or _same_sides_since(met, earlier)):
            return _unique([w for w in met.actors() if w.cluster is not None])
    return [_who(speaker)]


def _same_sides_since(met: Draft, earlier: list[Draft]) -> bool:
    """ "X और Y के बीच वार्ता हुई। ... हस्ताक्षर किए गए। ... X ने कहा, 'हम ... सहमत हुए हैं'": every event told since
    the meeting was between its own sides, so the story is still theirs however far the quote comes."""
    sides = {w.country for w in met.actors()}
    since = [d for d in earlier if d.sentence > met.sentence]
    return all({w.country for w in d.actors()} <= sides for d in since)


def _quoted(doc: Document, sentence: int, at: int) -> Mention | None:
    """The one whose words token ``at`` stands in: a quotation left open before it, in its sentence or up to
    ``MAX_QUOTE_REACH`` sentences back in its paragraph (or in the paragraphs of a quotation set apart as a block, see
    _block_speaker), opened after "X ने ... लिखा," ("कहा :")."""
    opened = None
    for index in range(max(0, sentence - MAX_QUOTE_REACH), sentence + 1):
        new_paragraph = index > 0 and doc.sentences[index].paragraph != doc.sentences[index - 1].paragraph
        if new_paragraph and opened is not None and (opened[1] > 0 or _block_speaker(doc, opened[0]) is None):
            opened = None  # a quotation goes on into the next paragraph only when set apart as a block of its own
        tokens = doc.sentences[index].tokens
        for i, token in enumerate(tokens[: at if index == sentence else len(tokens)]):
            if token.text in QUOTE_MARKS:
                opened = None if opened is not None else (index, i)
    if opened is not None and opened[1] == 0:
        return _attributed_after(doc, doc.sentences[opened[0]]) or _block_speaker(doc, opened[0])
    if opened is None or opened[1] < 2 or doc.sentences[opened[0]].tokens[opened[1] - 1].text not in (",", ":"):
        return None
    keys = [t.norm for t in doc.sentences[opened[0]].tokens]
    agents = [m for m in doc.mentions_in(doc.sentences[opened[0]]) if m.last < opened[1] and keys[m.last] == ERGATIVE]
    return agents[-1] if agents else None


def _block_speaker(doc: Document, sentence: int) -> Mention | None:
    """ "X ने एक्स पर ... पोस्ट साझा कीं। उन्होंने लिखा:" and, in a paragraph of its own, a quotation that may run over
    several ("1/3 ... 2/3 ..."): the one told writing it, named with "ने" in the line the colon ends or, where that line
    says "उन्होंने", in the paragraph before it."""
    if sentence == 0 or doc.sentences[sentence].paragraph == doc.sentences[sentence - 1].paragraph:
        return None
    keys = [t.norm for t in doc.sentences[sentence - 1].tokens]
    if len(keys) < 2 or keys[-1] not in (":", "ः") or not saying_verb_ends(keys, len(keys) - 1):
        return None
    paragraph = doc.sentences[sentence - 1].paragraph
    for index in range(sentence - 1, max(sentence - 1 - MAX_QUOTE_REACH, -1), -1):
        told = doc.sentences[index]
        if told.paragraph != paragraph:
            return None
        tokens = told.tokens
        agents = [m for m in doc.mentions_in(told) if tokens[m.last : m.last + 1] and tokens[m.last].norm == ERGATIVE]
        if agents:
            return agents[-1]
        if index == sentence - 1 and not any(t.norm in PRONOUNS for t in tokens):
            return None  # "X ने लिखा:" names its writer or, by a pronoun, the one told before; nothing else does
    return None


def _quote_closed(sentence: Sentence) -> int | None:
    """Where the quotation that opens the sentence closes ("'... आभारी हैं,' X ने कहा"), if one does."""
    tokens = sentence.tokens
    if not tokens or tokens[0].text not in QUOTE_MARKS:
        return None
    return next((i for i in range(1, len(tokens)) if tokens[i].text in QUOTE_MARKS), None)


def _attributed_after(doc: Document, sentence: Sentence) -> Mention | None:
    """ "'... हम भारत के आभारी हैं,' राष्ट्रपति X ने ... कहा": the one told saying it after a quotation that opens the
    sentence."""
    close = _quote_closed(sentence)
    if close is None:
        return None
    keys = [t.norm for t in sentence.tokens]
    agents = [m for m in doc.mentions_in(sentence) if m.first > close and keys[m.last : m.last + 1] == [ERGATIVE]]
    return agents[0] if agents and SAID.intersection(keys[agents[0].last :]) else None


def _office_told_before(doc: Document, sentence: int) -> list[Who]:
    """ "पेरू के विदेश मंत्री ने अपनी भारत यात्रा रद्द कर दी है। ... जयशंकर ने उनसे फोन पर बात की": with no one named in
    the two sentences before, a pronoun is the office-holder last told there, whose name was not given."""
    for before in range(sentence - 1, max(sentence - 3, -1), -1):
        offices = [x for x in _offices_told(doc, before) if x.country]
        if offices:
            return [Who(None, offices[-1].country, offices[-1].title)]
    return []


def _office_speaking(doc: Document, sentence: int, at: int) -> Who | None:
    """ "नेपाल के प्रधानमंत्री ने बताया कि वह ... जाएंगे": an office whose holder is not named, saying it."""
    agent = saying_agent([t.norm for t in doc.sentences[sentence].tokens], at)
    if agent is None:
        return None
    office = next((x for x in _offices_told(doc, sentence) if x.last == agent), None)
    return Who(None, office.country, office.title) if office is not None and office.country else None


def _offices_told(doc: Document, sentence: int) -> list[Argument]:
    """The offices a sentence names by title, alone or as a country's ("नेपाल के प्रधानमंत्री"), whose holders it does
    not name."""
    return [x for x in _arguments(doc, doc.sentences[sentence], load()) if x.kind in ("office", "country") and x.title]


def _named_in_saying(doc: Document, sentence: int, at: int) -> bool:
    """Someone named in what is said before token ``at`` ("X ने बताया कि मिस्री ... जाएंगे, जहां वह"): a pronoun
    there is of the one named, not of the speaker."""
    said = said_that([t.norm for t in doc.sentences[sentence].tokens], at)
    return bool(said) and any(said[-1] < m.first < at for m in doc.mentions_in(doc.sentences[sentence]))


def _people_told(doc: Document, sentence: int, earlier: list[Draft], size: int, guessed: bool = False) -> list[Who]:
    """ "... के साथ त्रिपक्षीय बैठक की। तीनों मंत्रियों ने ... सहमति जताई": the people of as many countries as the words
    count, of the latest event told in the last few sentences with that many; ``guessed``, or with a country of one of
    them only guessed, of an event held ("राष्ट्रपति X ने ... उन्हें सम्मान प्रदान किया" abroad: X, of no country told,
    and the guest); of an event held, where the sentence tells what was done ("... वार्ता की, जबकि मंगलवार को वह
    ... से मिलेंगे। दोनों मंत्रियों ने ... चर्चा की": the two of the talks held); else as many people of as many
    countries as the sentence before names, who joined an event told by its sides alone ("... की वर्चुअल बैठक हुई।
    बैठक में X, Y और Z शामिल हुए। तीनों मंत्रियों ने ...")."""
    to_come = any(is_future(t.text) for t in doc.sentences[sentence].tokens)
    for draft in reversed(earlier):
        if _reach(doc, draft.sentence, sentence) > MAX_PAIR_REACH:
            break
        if draft.planned and not to_come:
            continue
        # "... ताकाइची के साथ शिखर वार्ता हुई। दोनों नेताओं ने ...": talks told by the host alone were the visitor's too
        people = _unique([w for w in [*draft.actors(), *_visitors_met(draft, earlier)] if w.cluster is not None])
        guess = guessed and _guessed(doc, people) and not draft.planned
        if len(people) == size and (len({w.country for w in people}) == size or guess):
            return people
    named = (
        list({m.cluster: _who(m) for m in doc.mentions_in(doc.sentences[sentence - 1])}.values()) if sentence else []
    )
    return named if len(named) == size and len({w.country for w in named} - {None}) == size else []


def _reach(doc: Document, told: int, sentence: int) -> int:
    """How many sentences back from ``sentence`` sentence ``told`` stands, list items not counted ("... वार्ता के बाद
    पांच समझौतों पर हस्ताक्षर किए। ... सूची इस प्रकार है: 1. ... 5. ... दोनों नेताओं ने ...": the talks just told)."""
    return sum(s.kind != "item" for s in doc.sentences[told + 1 : sentence + 1])


def _people_pair(doc: Document, sentence: int, earlier: list[Draft], at: int = 0, leaders: bool = False) -> list[Who]:
    """ "दोनों नेताओं ने": the two people of two countries the sentence itself names before ``at``, else the two the
    sentence before names ("पुतिन ने मोदी का स्वागत किया।"), else those of the latest event between two such people,
    told in the last few sentences, else the two people of two countries the last few sentences and the words before
    ``at`` name ("X पहुंचे। ... Y ने उनका स्वागत किया, जिसके बाद दोनों नेताओं ने वार्ता की")."""
    # "सुल्तान का ... राष्ट्रपति X ने औपचारिक स्वागत किया और दोनों नेताओं के बीच ... वार्ता हुई"
    here = {m.cluster: m for m in doc.mentions_in(doc.sentences[sentence]) if at and m.last <= at}
    pair = [_who_known(doc, m) for m in here.values()]
    if len(pair) == 2 and len({w.country for w in pair} - {None}) == 2:
        return pair
    met = _met_with(doc, sentence, at)  # "कार्नी के साथ बैठक में दोनों नेताओं ने": Carney and whom he met
    for draft in reversed(earlier) if met is not None else ():
        people = _unique([w for w in draft.actors() if w.cluster is not None])
        if len(people) == 2 and met in {w.cluster for w in people}:
            return people
    before = _pair_before(doc, sentence, leaders)
    if len({w.country for w in before}) == 2 or (len(before) == 2 and _guessed(doc, before)):
        return before
    told = _people_told(doc, sentence, earlier, 2, guessed=True)
    if told:
        return told
    # "मोदी नाइजीरिया पहुंचे। राष्ट्रपति टीनूबू ने उनका स्वागत किया। दोनों नेताओं ने वार्ता की": the two
    # people of two countries the last two sentences name
    named = {m.cluster: m for m in _named_lately(doc, sentence, at)}
    if len(named) != 2 and _live_entry(doc, doc.sentences[sentence]):
        # "12:40 PM: ... दोनों नेताओं ने ... अपनाया। ... 11:05 AM: ... मोदी और चांसलर X के बीच ... वार्ता": a live page
        # tells the latest first, the two in the entries below
        later = [m for m in doc.mentions if m.sentence > sentence and doc.people[m.cluster].country]
        named = {m.cluster: m for m in later if m.sentence == later[0].sentence} if later else {}
    people = [_who_known(doc, m) for m in named.values()]
    return people if len(people) == 2 and (len({w.country for w in people}) == 2 or _guessed(doc, people)) else []


def _named_lately(doc: Document, sentence: int, at: int) -> list[Mention]:
    """Mentions of people of some country in the last few sentences and in the words of ``sentence`` before ``at``."""
    return [
        m
        for m in doc.mentions
        if (sentence - MAX_PAIR_REACH <= m.sentence < sentence or (m.sentence == sentence and m.last <= at))
        and doc.people[m.cluster].country
    ]


def _pair_by_portfolio(doc: Document, sentence: int, arg: Argument, earlier: list[Draft]) -> list[Who]:
    """ "दोनों रक्षा मंत्रियों के बीच वार्ता हुई": the two people of two countries the last few sentences name with that
    portfolio in their titles, whoever else they name (the envoys who signed in the defence ministers' presence). With
    no portfolio ("दोनों प्रधानमंत्रियों के बीच"), one named with the office and one the events told lately have by
    the office alone ("प्रधानमंत्री आज पोर्ट लुई पहुंचे, जहां मॉरीशस के प्रधानमंत्री X ने ..."), where there are two."""
    keys = [t.norm for t in doc.sentences[sentence].tokens]
    portfolio, noun = {k for k in keys[arg.first + 1 : arg.last - 1] if k[:1].isalpha()}, keys[arg.last - 1]
    if arg.office:
        return []

    def holds(title: str | None) -> bool:  # "मंत्री" of "मंत्रियों", no "सचिव"
        words = [match_key(w) for w in (title or "").split()]
        return bool(words) and portfolio <= set(words) and noun.startswith(words[-1][:-1])

    named = {m.cluster: m for m in _named_lately(doc, sentence, arg.first) if holds(m.title)}
    people = [_who_known(doc, m) for m in named.values()]
    if not portfolio:
        recent = [d for d in earlier if sentence - d.sentence <= MAX_PAIR_REACH]
        alone = _unique([w for d in recent for w in d.actors() if w.cluster is None and holds(w.title)])
        alone = alone or _offices_told_lately(doc, sentence, holds, {w.country for w in people})
        people = people + alone if len(alone) == 1 else []
    return people if len(people) == 2 and len({w.country for w in people}) == 2 else []


def _offices_told_lately(
    doc: Document, sentence: int, holds: Callable[[str | None], bool], countries: set[str | None]
) -> list[Who]:
    """ "थाईलैंड की प्रधानमंत्री और लाओस के प्रधानमंत्री X की मौजूदगी में ...। ... दोनों प्रधानमंत्रियों ने": an office the
    last few sentences name with its country and no holder's name (``holds``: of the office the pair is told by), of
    another country than ``countries``."""
    told = _offices_told_bare(doc, sentence - MAX_PAIR_REACH, sentence)
    return _unique(
        [
            Who(None, country, office.text)
            for office, country in told
            if country and country not in countries and holds(office.text)
        ]
    )


def _guessed(doc: Document, people: list[Who]) -> bool:
    """One of the people has a country the text never states (the actors stage's guess: the home country)."""
    return any(w.cluster is not None and doc.people[w.cluster].country_inferred for w in people)


def _pair_before(doc: Document, sentence: int, leaders: bool = False) -> list[Who]:
    """The two people of some country the sentence before (list items skipped) names, if it names exactly two
    (one of no country, "ट्रंप ने रेड कार्पेट पर ...", is no leader, nor one another acts for)."""
    before = sentence - 1
    while before > 0 and doc.sentences[before].kind == "item":  # "... का आदान-प्रदान किया: - ... - ...": the items
        before -= 1  # tell what was exchanged, the sentence above them who was there
    if before < 0:
        return []
    keys = [t.norm for t in doc.sentences[before].tokens]
    people = {
        m.cluster: m
        for m in doc.mentions_in(doc.sentences[before])
        if doc.people[m.cluster].country and not _not_there(keys, m.last)
    }
    heads = {c: m for c, m in people.items() if _head_word(m) in HEADS}
    if leaders and len(people) > 2 and len(heads) == 2:  # "मोदी और सुल्तान की मौजूदगी में गोयल और X ने ...
        people = heads  # हस्ताक्षर किए। दोनों नेताओं ने ...": the leaders, not the ministers who signed
    return [_who(m) for m in people.values()] if len(people) == 2 else []


def _not_there(keys: list[str], end: int) -> bool:
    """A person named, ending at ``end``, only as one on whose behalf another acts ("उन्हें मोदी की ओर से बधाई दी") or
    as a message's sender ("उन्हें प्रधानमंत्री मोदी का शुभकामना संदेश सौंपा"): not one who is there."""
    sender = end < len(keys) and keys[end] in GENITIVE and bool(PAPERS & set(keys[end + 1 : end + 3]))
    return sender or tuple(keys[end : end + 3]) in ON_BEHALF


def _context_pair(doc: Document, sentence: int, earlier: list[Draft], size: int = 2) -> list[tuple]:
    """The sides of "दोनों पक्ष/देश/नेता" ("तीनों देशों": ``size`` 3; "सभी पक्षों": ``size`` 0, more than two): the
    countries of the latest event between that many, else (two) the two people of the sentence before, else the
    countries named most."""
    if earlier and (split := [d for d in earlier if d.trigger == earlier[-1].trigger]) and len(split) == size:
        # "मलावी और जाम्बिया की यात्रा करेंगे ... दोनों देशों": the places of a visit told as one per country
        places = sorted({w.country for d in split for w in d.targets if w.country})
        if len(places) == size:
            return [Who(None, k) for k in places]
    if size == 0 and earlier:  # "सभी पक्षों ने": every side the latest sentence telling events names
        last = earlier[-1].sentence
        countries = sorted({c for d in earlier if d.sentence == last for w in d.actors() if (c := _country_of(doc, w))})
        return [Who(None, k) for k in countries] if len(countries) > 2 else []
    acting = {doc.people[m.cluster].country for m in doc.mentions_in(doc.sentences[sentence])}
    for draft in reversed(earlier):
        if draft.event_type == LEAD:  # a side's delegation and its leader: no event between sides
            continue
        countries = sorted({c for w in draft.actors() if (c := _country_of(doc, w))})
        if len(countries) == size:
            return [Who(None, k) for k in countries]
        others = [k for k in countries if k not in acting]
        if size > 2 and len(countries) == size + 1 and len(others) == size:
            return [Who(None, k) for k in others]  # "X ने पांचों नॉर्डिक देशों के राजदूतों के साथ": all but X's own
        actors = list(draft.actors())
        if len(actors) == size and any(_country_of(doc, w) is None for w in actors):
            return actors  # "X ने जीसीसी के महासचिव से मुलाकात की। दोनों पक्ष ...": a body of no country is a side
        body = _international_side(doc, actors)
        if size == 2 and len(countries) == 1 and body is not None:
            # "गोयल और वैष्णव ने यूरोपीय आयोग की उपाध्यक्ष A और आयुक्त B के साथ बैठक की। दोनों पक्षों ने ...": the
            # country and the body whose officials met its people
            return [Who(None, countries[0]), Who(None, None, None, body)]
    before = _pair_before(doc, sentence) if size == 2 else []
    if before:
        return before
    top = _named_most(doc, sentence, size)
    if not top:  # a live blog's latest entry, told before the talks it came after
        top = _named_most(doc, len(doc.sentences), size)
    return [Who(None, k) for k in sorted(top)]


def _international_side(doc: Document, actors: list[Who]) -> str | None:
    """The body of the officials of an international body among ``actors``, or the body itself told as a side ("भारत
    और यूरोपीय संघ के बीच ... बैठक"), where all of no country are its."""
    unowned = [w for w in actors if _country_of(doc, w) is None]
    bodies = {doc.people[w.cluster].org if w.cluster is not None else w.org for w in unowned}
    return bodies.pop() if len(bodies) == 1 and None not in bodies else None


def _named_most(doc: Document, sentence: int, size: int) -> list[str]:
    """The ``size`` countries named most up to ``sentence`` (by name or in a bilateral body's), if that many are."""
    counts = Counter(e.value for e in doc.entities if e.label == "COUNTRY" and e.sentence <= sentence)
    counts.update(
        code for e in doc.entities if e.label == "ORG" and e.sentence <= sentence for code in _pair_of(e.text)
    )
    top = [k for k, _ in counts.most_common(size)]
    return top if len(top) == size else []


def _head_word(mention: Mention) -> str:
    """The head of a mention's office ("वाणिज्य मंत्री": "मंत्री"), else the style a name opens with ("सुल्तान ...")."""
    return phrase_key(mention.title).split()[-1] if mention.title else phrase_key(mention.name).split()[0]


def _country_of(doc: Document, who: Who) -> str | None:
    """An actor's country: as the clause gave it, else as the document knows the person ("अमीर ने": Qatar's)."""
    return who.country or (doc.people[who.cluster].country if who.cluster is not None else None)


def _pair_of(name: str) -> list[str]:
    """The two countries a bilateral body's name opens with ("भारत-उज्बेकिस्तान रक्षा सहयोग पर संयुक्त कार्य
    समूह"), which the NER stage leaves inside the body."""
    parts = name.split()[0].split("-") if name.split() else []
    codes = [load().countries.get(name_key(part)) for part in parts]
    return [code for code in codes if code] if len(parts) == 2 and all(codes) else []


# ---------------------------------------------------------------- place and date


def _location(doc: Document, sentence: Sentence, clause: tuple[int, int], planned: bool = True) -> dict | None:
    """The place the clause says the event happened: a place followed by में/पर/स्थित, widened to a venue;
    a country where something is to be held ("सर्बिया में होने वाले एक्सपो") only for what is planned."""
    keys = [t.norm for t in sentence.tokens]
    tokens = sentence.tokens
    spans = token_spans(sentence, doc.entities_in(sentence))
    places = [
        s for s in spans if (_place_span(s, keys) or _named_for_country(s, keys)) and clause[0] <= s[0] < clause[1]
    ]
    named = {i for s in spans for i in range(s[0], s[1])}
    here = next(
        (
            i + 1
            for i in range(clause[0], clause[1] - 1)
            if keys[i + 1] == SITUATED and (keys[i] in HERE or _locality(keys[i], i, named))
        ),
        None,
    )
    # places before a locality are its people's or bodies' ("ब्रेमेन के मेयर ... ने शिवाजीनगर स्थित ...")
    clear = here is not None and (not places or (keys[here - 1] not in HERE and not any(s[0] >= here for s in places)))
    if clear and (end := _venue_end(keys, here)) is not None:
        # "यहां स्थित नामीबियाई उच्चायोग जाकर": the venue, in the dateline's place; so is one in a part of town no
        # gazetteer holds ("शिवाजीनगर स्थित नगर निगम भवन में")
        return _span_place(doc, tokens, here + 1, end, (_dateline_place(doc) or {}).get("country"))
    for a, named_end, _label, entity in sorted(places, key=lambda s: -_venue_rank(s[3])):
        # "सरकारी मुख्यालय 'विला गोरिका' में", "राष्ट्रीय महल (पलासियो नासियोनाल) में": read past the quote or the
        # name in brackets (not one that is a place read by itself: "राष्ट्रपति भवन 'शीतल निवास' में")
        b = _after_its_bracket(keys, named_end + _closing_quote(keys, a, named_end))
        b = named_end if any(named_end < s[0] < b for s in places) else b
        if (
            _place_kind(entity.text) == "common"
            and _locality(keys[b], b, named)
            and keys[b + 1 : b + 2] in ([IN], [ON])
        ):
            named_end = b = b + 1  # "राष्ट्रपति भवन छोंगवादे में": a venue every country has, then its own name
        end = _venue_end(keys, b)
        if end is not None and keys[b] == SITUATED:  # "हवाना स्थित भारतीय दूतावास में": the venue, in the place's country
            return _span_place(doc, tokens, b + 1, end, entity.value)
        named_after = any(s[0] == b + 1 for s in spans)  # "सिंहदरबार स्थित विदेश मंत्रालय में": the body is the venue
        if end is None and not named_after and _stands_in(keys, b):  # "दुबई स्थित एक्सपो सिटी में": a venue no list
            return _span_place(doc, tokens, a, named_end, entity.value)  # holds, in the place
        # "स्टेट हाउस परिसर में": the grounds of the named place
        at = b + 1 if keys[b : b + 1] and keys[b] in GENITIVE else b  # "राष्ट्रपति भवन के प्रांगण में"
        nouns = GROUNDS if at > b else VENUE_NOUNS | GROUNDS
        grounds = end is None and keys[at : at + 1] and keys[at] in nouns and keys[at + 1 : at + 2] in ([IN], [ON])
        province = b < len(keys) and keys[b] in PROVINCES and keys[b + 1 : b + 2] == [IN]  # "हैनान प्रांत में"
        city = b < len(keys) and keys[b] in CITY_NOUNS and keys[b + 1 : b + 2] == [IN]  # "वोनसान शहर में"
        office = b < len(keys) and keys[b] in OFFICE_BUILDINGS and keys[b + 1 : b + 2] == [IN]  # "व्हाइटहॉल कार्यालय में"
        near = keys[b : b + 2] == [GEN_KE, NEAR]  # "डेरा बाबा नानक के पास ... जीरो पॉइंट पर": by the town
        # "काहिरा हवाई अड्डे पर": the city's airport, the city (as for an arrival there)
        airport = b < len(keys) and keys[b] in AIRPORTS and not {IN, ON}.isdisjoint(keys[b + 1 : b + 3])
        marked = (
            grounds or province or city or office or near or airport or (b < len(keys) and keys[b] in PLACE_MARKERS)
        )
        if end is None and not (marked or _visited(keys, b) or _seat_of_actor(keys, b)):
            continue  # a place followed by स्थित is where the venue after it stands: the venue is the place
        state = entity.value is not None and _place_kind(entity.text) == "region"  # "राजस्थान में ... निवेश ... पर चर्चा"
        reach = MAX_STATE_TOPIC_WORDS if state else MAX_TOPIC_WORDS
        # "बैठक में काशी में पर्यटन ... पर चर्चा हुई": a town right after the meeting's own "में" opens what was talked of
        inside = a >= 2 and keys[a - 2] in MEETING_NOUNS and keys[a - 1] == IN
        if _talked_of_in(keys, b, entity.value is None or state or inside, reach) or (
            not planned and _of_what_is_to_come(keys, b)
        ):
            continue
        if _of_a_calamity(keys, b):
            continue
        if _place_of_a_purpose(keys, b, [s[0] for s in places]):
            continue  # "पूर्वी लद्दाख में ... मुद्दों को सुलझाने के लिए ... वार्ता ... मोल्डो में हुई": where the talks are for
        if _set_up_there(keys, b) or _being_built_there(keys, b):
            continue
        if entity.value is None and _place_kind(entity.text) == "region":
            continue  # "दक्षिण अमेरिका यात्रा के अंतिम चरण में ... अर्जेंटीना जाएंगे": a continent toured, no one place
        if _post(spans, keys, b) and any(s[0] > b and _a_place_held_in(s[3]) for s in places):
            continue  # "कोलकाता में जापान के महावाणिज्य दूत ने राजभवन में": where the envoy is posted, the venue after
        if keys[b + 1 : b + 2] != [] and keys[b + 1] in ARRIVED and any(s[0] > b for s in places):
            continue  # "पिरेयस बंदरगाह पर पहुंचे युद्धपोत आईएनएस तबर पर आयोजित समारोह": where the ship came, the venue after
        named_for = grounds and at == b and keys[b] in VENUE_NOUNS - GROUNDS  # "बेलेम पैलेस में": named for a place
        end = b + 1 if named_for else end or named_end
        country = (_dateline_place(doc) or {}).get("country") or entity.value if named_for else entity.value
        named = next((s for s in spans if s[1] == a and s[2] == "COUNTRY" and s[3].source == "demonym"), None)
        if country is None and named is not None:  # "ऑस्ट्रेलियाई युद्ध स्मारक पर": Australia's, by its name
            a, country = named[0], named[3].value
        # "निकोसिया के राष्ट्रपति भवन में": a venue every country has, of the city told before it
        common = _place_kind(entity.text) == "common"
        owner = _owner_place(spans, keys, a) if country is None or common else None
        region = owner is not None and _place_kind(owner[3].text) == "region"  # "मेघालय के उमरोई में": the town
        if owner is not None and owner[2] == "LOCATION" and not region:  # "बीजिंग के ग्रेट हॉल ऑफ द पीपल में": the
            a, end, country = owner[0], owner[1], owner[3].value  # city, told first
        elif owner is not None:  # "नामीबिया के स्टेट हाउस में": that country's
            country = owner[3].value
        office = span_ending(spans, a, "TITLE") if b - a == 1 and keys[a] in OFFICES else None
        a = office[0] if office is not None else a  # "मुख्यमंत्री सचिवालय में": the holder's office, whole
        # "संसद भवन में", abroad; a province is of the country the frame is about, not the dateline's
        if country is None and not province and (entity.source == "rule" or keys[end - 1] in VENUE_NOUNS):
            country = (_dateline_place(doc) or {}).get("country")
        elif _place_kind(entity.text) == "common":  # "काहिरा, ... राष्ट्रपति भवन में": Egypt's (see places.tsv)
            country = (_dateline_place(doc) or {}).get("country") or country
        return _span_place(doc, tokens, a, end, country)
    venue = _body_venue(doc, sentence, spans, keys, clause)
    if venue is not None:
        return venue
    held = [
        s
        for s in spans
        if s[2] == "COUNTRY"
        and clause[0] <= s[0] < clause[1]
        and _held_in(keys, s[1])
        and (planned or not _to_come(keys, s[1] + 1))
        and not _set_up_there(keys, s[1])
    ]
    if held:  # "अगली बैठक अगले महीने सिंगापुर में होगी": a country named as where it is held
        return _place_of(held[0][3])
    if any(k in HERE for k in keys[clause[0] : clause[1]]):  # where the item's own dateline is, on a page of several
        return _paragraph_place(doc, sentence) or _dateline_place(doc)
    return None


def _body_venue(doc: Document, sentence: Sentence, spans: list, keys: list[str], clause: tuple) -> dict | None:
    """ "लाल बहादुर शास्त्री सांस्कृतिक केंद्र में ... उद्घाटन किया", "बैठक विदेश मंत्रालय में हुई": a body named for its
    building, or a ministry a meeting is held in, is the venue, in the dateline's country; so is an embassy or a
    ministry named alone ("गुरुवार को दूतावास में ... मेजबानी की"), the one the story is at, a force's base named for
    its place ("कटुनायके वायुसेना अड्डे पर"), a force's or a body's headquarters ("सेना मुख्यालय में", "संयुक्त राष्ट्र
    मुख्यालय में") and an office or residence named by its holder's title ("राष्ट्रपति कार्यालय में", "उपराष्ट्रपति
    निवास में"), a country's mission ("भारतीय दूतावास में") and a court by its rank ("उच्चतम न्यायालय में"). Not the
    body someone serves in ("विदेश मंत्रालय में सचिव X")."""
    serving = {s[0] for s in spans if s[2] in ("TITLE", "PERSON")}
    country = (_dateline_place(doc) or {}).get("country")
    for a, b, label, _entity in spans:
        if label != "ORG" or not clause[0] <= a < clause[1] or keys[b : b + 1] != [IN] or b + 1 in serving:
            continue
        if _set_up_there(keys, b):
            continue  # "विश्वविद्यालय में आयुर्वेद पीठ की स्थापना के लिए": where what is agreed will be
        standing = keys[a - 1 : a] == [SITUATED]  # "सिंहदरबार स्थित विदेश मंत्रालय में": the building, where it stands
        held_office = keys[b - 1] in OFFICES and b - a == 2  # "मुख्यमंत्री कार्यालय में", the model's body: the office
        ministry = keys[b - 1] in MINISTRIES and (_held_in(keys, b) or standing or _talks_held_there(keys, b))
        court = keys[b - 1] in COURTS and b - a == 2 and keys[a] in COURT_RANKS  # the model's "सुप्रीम कोर्ट"
        if keys[b - 1] in VENUE_NOUNS or held_office or ministry or court:
            # "टोक्यो स्थित विदेश मंत्रालय में": in the country of the place it stands in, whatever the dateline's
            where = next((s[3].value for s in spans if standing and s[1] == a - 1 and s[2] in PLACES), None)
            return _span_place(doc, sentence.tokens, a, b, where or country)
    for a, b, label, _entity in spans:
        end = _mission(keys, b) if label == "COUNTRY" and clause[0] <= a < clause[1] else None
        # "यहां भारतीय दूतावास में आयोजित समारोह", "यहां म्यांमार दूतावास जाकर ... हस्ताक्षर किए": having gone there
        at = end is not None and end < len(keys) and (keys[end] == IN or keys[end] in CALLED_AT)
        if at and end + 1 not in serving:
            return _span_place(doc, sentence.tokens, a, end, country)
    named = {i for a, b, _label, _entity in spans for i in range(a, b)}
    for i in range(max(clause[0], 1), min(clause[1], len(keys) - 1)):
        if (
            keys[i] in BARE_VENUES
            and keys[i + 1] == IN
            and _after_a_case(keys, i)
            and i not in named
            and i + 2 not in serving
        ):
            return _span_place(doc, sentence.tokens, i, i + 1, country)
        if _hall_of(keys, i, named) and i + 2 not in serving:  # "... से कलेक्ट्रेट सभागार में मुलाकात की"
            return _span_place(doc, sentence.tokens, i - 1, i + 1, country)
        grounds = i + 1 if keys[i + 1] in GROUNDS else i  # "सर्वोच्च अदालत परिसर में": the court's grounds, the court
        # "राष्ट्रीय चिड़ियाघर में आयोजित एक समारोह में": a country's national zoo or museum, as a court by its rank
        ranked = (
            keys[i - 1] in COURT_RANKS if keys[i] in COURTS else keys[i - 1] == NATIONAL and keys[i] in PUBLIC_VENUES
        )
        if ranked and keys[grounds + 1 : grounds + 2] == [IN] and i - 1 not in named and grounds + 2 not in serving:
            return _span_place(doc, sentence.tokens, i - 1, grounds + 1, country)
        base = keys[i] in BASES and keys[i + 1] in (IN, ON) and i >= 2 and keys[i - 1] in BASE_FORCES
        if base and _place_word(keys[i - 2]) and not _city_first(spans, keys, i - 2):
            return _span_place(doc, sentence.tokens, i - 2, i + 1, country)  # "कटुनायके वायुसेना अड्डे पर"
        if keys[i] in HEADQUARTERS and keys[i + 1] == IN and i not in named:
            body = span_ending(spans, i, "ORG")  # "संयुक्त राष्ट्र मुख्यालय में"
            if body is not None or keys[i - 1] in ARMS:  # "श्रीलंका के सेना मुख्यालय में"
                return _span_place(doc, sentence.tokens, i - 1 if body is None else body[0], i + 1, country)
            if keys[i - 1] in load().org_heads and i - 1 not in named:  # "पार्टी केंद्रीय समिति मुख्यालय में"
                return _span_place(doc, sentence.tokens, _unnamed_body_start(keys, i - 1, named), i + 1, country)
        quoted = _quoted_residence(keys, i) if keys[i] in OFFICES else None
        if quoted is not None and i + 2 not in named:  # "मुख्यमंत्री ... से उनके आधिकारिक आवास 'वर्षा' पर मिले"
            return _span_place(doc, sentence.tokens, i + 2, quoted, country)
        office = span_ending(spans, i, "TITLE") if keys[i] in OFFICES else None
        if office is None and keys[i] in OFFICES and keys[i - 1] == GEN_KE:  # "मुख्य सलाहकार के कार्यालय में जाकर"
            office = span_ending(spans, i - 1, "TITLE")
        # "मुख्यमंत्री कार्यालय में मुख्यमंत्री X से भेंट की": the holder in their own office, no one serving in it
        holder = office is not None and keys[i + 2 : i + 2 + i - office[0]] == keys[office[0] : i]
        if office is not None and keys[i + 1] == IN and (i + 2 not in serving or holder):
            # "राष्ट्रपति कार्यालय में ... वार्ता की"; "को कुकसराय राष्ट्रपति निवास में": a residence's own name before it
            a = office[0]
            own_name = a >= 2 and keys[a - 2] in CASE_MARKERS and _locality(keys[a - 1], a - 1, named)
            own_name = own_name and keys[a - 1] not in load().titles
            return _span_place(doc, sentence.tokens, a - 1 if own_name else a, i + 1, country)
    return None


def _quoted_residence(keys: list[str], i: int) -> int | None:
    """Where the name quoted right after an office or residence at ``i`` ends ("आवास 'वर्षा' पर": the residence's own
    name, a word or two, then "में" or "पर"), or None."""
    if keys[i + 1 : i + 2] == [] or keys[i + 1] not in QUOTE_MARKS:
        return None
    close = next((k for k in range(i + 3, min(i + 5, len(keys))) if keys[k] in QUOTE_MARKS), None)
    if close is None or keys[close + 1 : close + 2] not in ([IN], [ON]):
        return None
    return close if all(_place_word(k) for k in keys[i + 2 : close]) else None


def _city_first(spans: list, keys: list[str], a: int) -> bool:
    """A place and its genitive right before token ``a`` ("कोलंबो के ..."): a venue after it is told as the city's."""
    return a >= 2 and keys[a - 1] in GENITIVE and any(s[1] == a - 1 and s[2] == "LOCATION" for s in spans)


def _place_word(key: str) -> bool:
    """A word that may name a place: a word, not a case marker or a conjunction."""
    return key[:1].isalpha() and key not in CASE_MARKERS and key not in VERB_COORDINATORS


def _post(spans: list, keys: list[str], b: int) -> bool:
    """ "कोलकाता में जापान के महावाणिज्य दूत": a place ending at ``b`` where an envoy is posted, which a place told
    after it ("... ने राजभवन में मुलाकात की") tells more exactly."""
    if keys[b : b + 1] != [IN]:
        return False
    country = next((s for s in spans if s[0] == b + 1 and s[2] == "COUNTRY"), None)
    if country is None or country[1] >= len(keys) or keys[country[1]] not in GENITIVE:
        return False
    return _envoy_title(next((s[3].text for s in spans if s[0] == country[1] + 1 and s[2] == "TITLE"), ""))


def _a_place_held_in(entity: Entity) -> bool:
    """A place an event may be told held in: one of a known country, or a venue (not a part of a country no list holds,
    "गुवाहाटी में जापान के राजदूत के साथ पूर्वोत्तर में ... परियोजनाओं की समीक्षा की", which the projects are in)."""
    return entity.value is not None or _place_kind(entity.text) in ("venue", "common")


def _talked_of_in(keys: list[str], b: int, region: bool, reach: int = MAX_TOPIC_WORDS) -> bool:
    """A place ending at ``b`` that is or opens what was talked of, not where the talks were: one discussed ("चाबहार
    बंदरगाह पर चर्चा की"), one named for what is happening there ("गाजा में मानवीय स्थिति पर"), or a region ("हिंद
    महासागर क्षेत्र में समुद्री सुरक्षा सहयोग पर चर्चा"; a city so told, "बीजिंग में द्विपक्षीय संबंधों पर चर्चा", is
    where the talks were), within ``reach`` words of the "पर चर्चा"."""
    if keys[b : b + 1] == [ON] and keys[b + 1 : b + 2] != [] and keys[b + 1] in DISCUSSION:
        return True  # "चाबहार बंदरगाह पर चर्चा की": the place is what was talked of
    if keys[b : b + 1] != [IN]:
        return False
    after = keys[b + 1 : b + 3 + MAX_SITUATION_WORDS]
    for i in range(len(after) - 1):  # "गाजा में युद्धविराम और क्षेत्रीय सुरक्षा पर": what is happening there, among others
        if after[i + 1] == ON and not SITUATIONS.isdisjoint(after[: i + 1]):
            return True
    # a region, or a place followed by what is happening there, opens the matter talked of however long: "अदन की खाड़ी
    # में समुद्री डकैती रोधी अभियानों तथा समुद्री सुरक्षा में सहयोग पर चर्चा की", "गाजा में संघर्ष विराम को मजबूत करने
    # और पुनर्निर्माण के प्रयासों पर चर्चा की"
    situation = not SITUATIONS.isdisjoint(keys[b + 1 : b + 2 + MAX_SITUATION_WORDS])
    # "... सुरक्षा पर भी विचार-विमर्श किया"
    words = [k for k in keys[b + 1 : b + 3 + reach] if k != TOO] if region or situation else []
    for i, key in enumerate(words):
        # "प्रतिनिधिमंडल स्तर पर बातचीत": the talks' level; "... पर करीब दो घंटे बातचीत हुई": past how long they lasted
        nxt = _past_duration(words[i + 1 :])[:1]
        if key == ON and nxt != [] and nxt[0] in DISCUSSION and (i == 0 or words[i - 1] not in LEVEL):
            return True
        if key in TOPIC_STOPS:
            return False
    return False


def _being_built_there(keys: list[str], b: int) -> bool:
    """A place ending at ``b`` where what the talks were about is being built or run ("अंदिजान में बन रहे भारतीय दवा
    कारखाने की प्रगति पर चर्चा की", "नाबलुस में भारत की मदद से बन रहे अस्पताल के लिए धन्यवाद किया"), not where
    they were held."""
    if keys[b : b + 1] != [IN]:
        return False
    for i in range(b + 1, min(b + 1 + MAX_BUILT_BY, len(keys) - 1)):
        if keys[i] in BUILDING and keys[i + 1] in STILL_GOING:
            return not _during_it(keys, i + 2)
        if keys[i] in SUBJECT_GAP_STOPS:
            return False
    return False


def _during_it(keys: list[str], at: int) -> bool:
    """ "लंदन में चल रहे [विश्व यात्रा बाज़ार (डब्ल्यूटीएम)] के दौरान मुलाकात की": what goes on there from ``at`` is the
    occasion the event was held during or beside, so the place is the event's."""
    for j in range(at, min(at + MAX_OCCASION_WORDS, len(keys) - 1)):
        if tuple(keys[j : j + 2]) == DURING or keys[j : j + 2] == [FROM, SIDELINES]:
            return True
    return False


def _set_up_there(keys: list[str], b: int) -> bool:
    """A place ending at ``b`` where what is agreed is to be set up, built or done ("विश्वविद्यालय में आयुर्वेद पीठ की
    स्थापना के लिए ... हस्ताक्षर किए", "... में शुरू करने पर सहमति"), not where it was agreed."""
    if keys[b : b + 1] != [IN]:
        return False
    for i in range(b + 1, min(b + 1 + MAX_FOUNDED_WORDS, len(keys))):
        if keys[i] in FOUNDING and keys[i + 1 : i + 3] == [GEN_KE, FOR]:
            return True
        if (
            i - b <= MAX_DONE_THERE
            and keys[i] != ERGATIVE
            and keys[i].endswith(ERGATIVE)
            and keys[i + 1 : i + 2] == [ON]
        ):
            return True  # "यूपीआई को वानुअतु में शुरू करने पर सहमति": what is agreed is to be done there
        if keys[i] != ERGATIVE and keys[i].endswith(ERGATIVE) and tuple(keys[i + 1 : i + 3]) in PROPOSED_FOR:
            return True  # "ओडिशा में कोरियाई औद्योगिक पार्क स्थापित करने के प्रस्ताव पर चर्चा की": a plan for there
        if keys[i] in SUBJECT_GAP_STOPS:
            return False
    return False


def _of_what_is_to_come(keys: list[str], b: int) -> bool:
    """A date or place ending at ``b`` that describes something still to come ("अगले महीने नई दिल्ली में होने वाले शिखर
    सम्मेलन की तैयारियों की समीक्षा की"): not the day or place of what the sentence tells has happened."""
    for i in range(b, min(b + MAX_TO_COME_GAP, len(keys))):
        if _to_come(keys, i) or keys[i] in PROPOSED:  # "हैदराबाद में प्रस्तावित फ्यूचर सिटी में ... निवेश पर चर्चा की"
            return True
        if keys[i] in SUBJECT_GAP_STOPS:
            return False
    return False


def _of_a_calamity(keys: list[str], b: int) -> bool:
    """A place ending at ``b`` where a calamity befell ("गुजरात में हुए विमान हादसे पर संवेदना व्यक्त की"): not where
    the condolences were told."""
    if b + 1 >= len(keys) or keys[b] != IN or keys[b + 1] not in BEFELL:
        return False
    return any(k in CALAMITIES for k in keys[b + 2 : b + 2 + MAX_CALAMITY_GAP])


def _within(place: dict | None, country: dict | None) -> dict | None:
    """``place`` where it is in the country ``country`` names ("वेलिंगटन" in "न्यूजीलैंड"): the more exact; else None."""
    named = country is not None and name_key(country["text"]) in load().countries
    return (
        place if named and place is not None and place["country"] == country["country"] and place != country else None
    )


def _town(place: dict) -> bool:
    """A city or town, by the lists ("चुशूल", "मुंबई"), not a building or a region."""
    return name_key(place["text"]) in load().cities or _place_kind(place["text"]) in ("city", "capital")


def _told_as_a_town(doc: Document, place: dict) -> bool:
    """ "सीमावर्ती कस्बे पासो कानोआस में": a place told right after a town's noun is a town, whatever the lists hold."""
    start = place.get("start", 0)
    before = doc.raw[max(0, start - TOWN_NOUN_REACH) : start].split()  # the word before, not the text up to it
    return bool(before) and match_key(before[-1]) in CITY_NOUNS


def _place_kind(name: str) -> str | None:
    """The kind places.tsv gives a place ("venue"; "common", a venue every country has, India's by default)."""
    return load().places.get(name_key(name), ("", None))[1]


def _to_come(keys: list[str], i: int) -> bool:
    """Whether "होने वाली/वाले" opens at ``i``: what follows is to come ("होने वाली बैठक")."""
    return keys[i : i + 1] == [BEING] and i + 1 < len(keys) and keys[i + 1] in TO_COME


def _owner_place(spans: list, keys: list[str], a: int) -> tuple | None:
    """The city or country a venue at ``a`` is named as being of ("बीजिंग के", "नामीबिया के")."""
    if a < 2 or keys[a - 1] not in GENITIVE:
        return None
    return next((s for s in spans if s[1] == a - 1 and s[2] in PLACES and s[3].value), None)


def _talks_held_there(keys: list[str], b: int) -> bool:
    """ "विदेश मंत्रालय में प्रतिनिधिमंडल स्तर की वार्ता की": talks told held in the place ending at ``b``, a few words
    after its "में"."""
    after = keys[b + 1 : b + 2 + MAX_TALKS_AFTER_PLACE]
    return keys[b : b + 1] == [IN] and any(
        key in MEETING_NOUNS and nxt in HELD_TALKS for key, nxt in itertools.pairwise(after)
    )


def _held_in(keys: list[str], b: int) -> bool:
    """ "सिंगापुर में होगी", "नेपाल में आयोजित": "में" and the verb that holds the event, not "भारत में निवेश";
    "जर्मनी जाएंगे", "जापान पहुंचे": the country a visit goes to; "ब्राजील में वह ... भाग लेंगे": the scene of what
    the one named after it does; "कनाडा में जी7 शिखर सम्मेलन में भाग लेंगे": the forum's."""
    if keys[b : b + 1] and keys[b] in MOTION:
        return True
    if keys[b : b + 1] != [IN] or b + 1 >= len(keys):
        return False
    # "कनाडा में जी7 शिखर सम्मेलन में भाग लेंगे": the country of the forum attended
    attended = any(
        keys[j] == IN and keys[j + 1] in TOOK_PART for j in range(b + 2, min(b + 2 + MAX_FORUM_NAME, len(keys) - 1))
    )
    return keys[b + 1] in HELD_VERBS or keys[b + 1] in HE_THEY or attended


def _seat_of_actor(keys: list[str], b: int) -> bool:
    """ "काठमांडू स्थित भारतीय दूतावास ने ... मनाया": the body that acts is there, and so is what it does."""
    return keys[b : b + 1] == [SITUATED] and ERGATIVE in keys[b + 1 : b + 6]


def _visited(keys: list[str], b: int) -> bool:
    """ "वॉशिंगटन का दौरा", "बीजिंग की यात्रा", "नई दिल्ली यात्रा": the place a visit goes to; "दिल्ली आई थी और ...":
    the place one arrived in ("राष्ट्रपति भवन पहुंचने पर": arriving in)."""
    if b < len(keys) and keys[b] in VISIT_NOUNS and keys[b + 1 : b + 2] == [FROM] and _back(keys, b + 2):
        return False  # "अफ्रीका यात्रा से लौटते समय": the trip one is coming back from, not where one is
    if b < len(keys) and (keys[b] in VISIT_NOUNS or keys[b] in ARRIVED or keys[b] in ARRIVING):
        return True
    return b + 1 < len(keys) and keys[b] in GENITIVE and keys[b + 1] in VISIT_NOUNS


def _back(keys: list[str], at: int) -> bool:
    """A word of coming back at ``at``: "लौटते", "लौटने", "लौटकर", "वापस"."""
    return keys[at : at + 1] != [] and (keys[at] in RETURNED or keys[at] in COMING_BACK)


def _as_known(doc: Document, whos: list[Who]) -> list[Who]:
    """Actors with the country the document knows them by, where their clause gave none."""
    return [w._replace(country=_country_of(doc, w)) for w in whos]


def _visit_home(doc: Document, draft: Draft, place: dict | None, drafts: list[Draft]) -> bool:
    """A visit no host was found for, told where the visitor is at home: "यह प्रधानमंत्री की ... सबसे लंबी विदेश
    यात्रा होगी" under a New Delhi dateline is the trip told before, not a visit to India. As _one_sided asks of
    the clause's own place, here of the place the frame takes, with the visitor as the document knows them; or a
    visit whose only host is the visitor's own country (a trip at home, "... विदेश मंत्री शुक्रवार को मुंबई जाएंगे"
    read as India's minister)."""
    if draft.event_type != "VISIT":
        return False
    visitors = {w.country for w in _as_known(doc, draft.sources)} - {None}
    if draft.targets:  # not where the country itself is told ("X बुधवार को भारत पहुंचे": X is not India's), unless
        # another visit of theirs is told too ("... का दौरा किया। प्रतिनिधिमंडल ... भारत आया है": that one, again)
        home = bool(visitors) and {w.country for w in draft.targets} <= visitors
        people = {w.cluster for w in draft.sources} - {None}
        again = any(
            d is not draft and d.event_type == "VISIT" and people & {w.cluster for w in d.sources} for d in drafts
        )
        return home and (again or not (place is not None and _names_a_country(doc, place)))
    return _at_home(place, _as_known(doc, draft.sources))


def _at_home(place: dict | None, sources: list[Who]) -> bool:
    """A place in the visitor's own country (a visit there hosts no country; see _abroad)."""
    return place is not None and place["country"] in {w.country for w in sources}


def _site_toured(doc: Document, draft: Draft) -> bool:
    """ "... दामनजोड़ी में नाल्को की एल्युमिना रिफाइनरी का दौरा करेंगे", "... केंद्र का दौरा भी किया": a tour of a site
    where the one touring already is hosts no visit of its own."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    at = _token_from(doc, draft, draft.trigger[0])
    return 2 <= at < len(keys) and keys[at] == TOUR and keys[at - 1] == GEN_KA and keys[at - 2] in SITES


def _leg_of_a_stay(
    doc: Document, draft: Draft, place: dict | None, drafts: list[Draft], places: list[dict | None]
) -> bool:
    """ "मुंबई, ... साकोवा ने मंगलवार को यहां ... मुलाकात की। साकोवा बुधवार को पुणे जाएंगी": a trip, to come or later,
    to another town of the country the visitor was told meeting in before is a leg of their stay there, no visit of its
    own (a trip to the country itself is their visit: "... मौजूद थे, जो सेनेगल आए हैं"). ``place`` is where the draft
    is placed (a town it names itself, not the dateline's), ``places`` where each of ``drafts`` is."""
    people = {w.cluster for w in draft.sources} - {None}
    if place is None or place["country"] is None or not people or _names_a_country(doc, place):
        return False
    return any(
        d.sentence < draft.sentence
        and d.event_type in IN_PERSON
        and not d.planned
        and there is not None
        and there["country"] == place["country"]
        and there["text"] != place["text"]  # "... इस्लामाबाद पहुंचे थे" after the talks there: how the visit began
        and (draft.planned or _later(draft.date, d.date))
        and people <= {w.cluster for w in d.actors()}
        for d, there in zip(drafts, places, strict=True)
    )


def _later(date: dict | None, than: dict | None) -> bool:
    """Whether a day is known to come after another."""
    return _has_day(date) and _has_day(than) and date["value"] > than["value"]


def _envoys_trip(doc: Document, draft: Draft) -> bool:
    """ "भुवनेश्वर, ... दक्षिण कोरिया के राजदूत ... मुलाकात की। राजदूत एक दिवसीय दौरे पर भुवनेश्वर आए थे": an envoy's
    trip is within the country they are posted to (or to one they are accredited to), no visit of their country's."""
    people = [w for w in draft.sources if w.cluster is not None]
    titles = [w.title or doc.people[w.cluster].title for w in people]
    return bool(people) and len(people) == len(draft.sources) and all(_envoy_title(t) for t in titles)


def _envoy_title(title: str | None) -> bool:
    """Whether a title is an envoy's ("राजदूत", "उच्चायुक्त", "महावाणिज्य दूत")."""
    return (phrase_key(title or "").split() or [""])[-1] in ENVOYS


def _names_a_country(doc: Document, place: dict) -> bool:
    """Whether a place told in the text is a country's name ("सेनेगल आए"), not a town's."""
    return any(e.label == "COUNTRY" and e.start == place.get("start") for e in doc.entities)


def _told_elsewhere(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether the draft's people are told at another event of the text, not a visit (where they are, they are); or,
    for a delegation named by its country alone ("वियतनामी प्रतिनिधिमंडल ... नौसैनिक अड्डे का दौरा करेगा"), its
    country."""
    people = {w.cluster for w in draft.actors()} - {None}
    delegations = {w.country for w in draft.sources if w.cluster is None and w.title in DELEGATIONS}
    others = [d for d in drafts if d is not draft and d.event_type != "VISIT"]
    if not people and delegations:
        return any(delegations <= {w.country for w in d.actors()} for d in others)
    return bool(people) and any(people <= {w.cluster for w in d.actors()} for d in others)


def _abroad(place: dict | None, sources: list[Who]) -> bool:
    """A place in another country than the visitor's (a visit at home hosts no country)."""
    return place is not None and place["country"] is not None and place["country"] not in {w.country for w in sources}


def _coordinated_places(doc: Document, sentence: Sentence, keys: list[str], trigger_at: int) -> list[dict]:
    """The places joined by "और" or commas just before a visit's trigger and its genitive ("कीव और मॉस्को
    का दौरा"), in their order."""
    ends = {b: (a, e) for a, b, label, e in token_spans(sentence, doc.entities_in(sentence)) if label in PLACES}
    i = trigger_at - 1 if trigger_at > 0 and keys[trigger_at - 1] in GENITIVE else trigger_at
    places = []
    while i in ends:
        a, entity = ends[i]
        places.insert(0, _place_of(entity))
        if a == 0 or keys[a - 1] not in VERB_COORDINATORS:
            break
        i = a - 1
    return places


def _place_in_trigger(doc: Document, sentence: Sentence, draft: Draft) -> dict | None:
    """The place an arrival, a departure or a stay names ("ब्रासीलिया पहुंचे", "भारत आएंगे", "मॉरिटानिया के लिए रवाना
    होंगी", "जॉर्डन में रहेंगे"); not a visit's country ("तुर्की यात्रा है"), which the dateline's city may tell more
    exactly."""
    start, end = draft.trigger
    words = draft.trigger_words()
    staying = IN in words and bool(STAYING & words)  # "14-15 दिसंबर को जॉर्डन में रहेंगे": where the stay is
    if not (ARRIVED | ARRIVING | WILL_ARRIVE | LEAVING) & words and not staying:
        return None
    # a name the trigger begins inside ("[कांगो गणराज्य] के लिए रवाना", matched from "गणराज्य") is the place too
    inside = [e for e in doc.entities_in(sentence) if e.label in PLACES and e.start < end and start < e.end]
    if not inside:
        inside = _named_for_the_visit(doc, sentence, draft)
    if not inside and AIRPORTS & draft.trigger_words():  # "अकरा के कोटोका अंतरराष्ट्रीय हवाई अड्डे पर पहुंचे": the city's
        keys = [t.norm for t in sentence.tokens]
        at = _token_from(doc, draft, start)
        inside = [  # "सैंटियागो हवाई अड्डे पर": the city's airport, named by the city alone
            e
            for a, b, label, e in token_spans(sentence, doc.entities_in(sentence))
            if label in PLACES and (b == at or (b < at <= b + MAX_AIRPORT_NAME and keys[b] in GENITIVE))
        ]
    return _place_of(inside[-1]) if inside else None


def _named_for_the_visit(doc: Document, sentence: Sentence, draft: Draft) -> list[Entity]:
    """ "भारत दौरे पर आए यूनान के विदेश मंत्री": the country a visit noun is compounded with, where the visitor is
    described as come on it (not "भारत दौरे पर आए हैं", nor "भारत की यात्रा पर आए": told at the dateline's place)."""
    keys = [t.norm for t in sentence.tokens]
    at, end = _token_from(doc, draft, draft.trigger[0]), _token_from(doc, draft, draft.trigger[1])
    if at < 1 or keys[at] not in VISIT_NOUNS or keys[end - 1] not in ARRIVED or end >= len(keys) or keys[end] in IS_WAS:
        return []
    before = sentence.tokens[at - 1]
    return [e for e in doc.entities_in(sentence) if e.label == "COUNTRY" and e.end == before.end]


def _live_entry(doc: Document, sentence: Sentence) -> bool:
    """An entry of a live page, told under its time: "9:15 PM: ..." or "सुबह 9.45 बजे: ..." opening it, or "13:05 IST"
    on the line above the paragraph it opens, or opening its paragraph ("BREAKING | 10:42 AM", the entry on the next
    line)."""
    if CLOCK.fullmatch("".join(t.text for t in sentence.tokens[:3])) or HINDI_CLOCK.match(doc.raw, sentence.start):
        return True
    opening = doc.paragraph_opening(sentence)
    labels = [opening] if opening is not sentence else []
    labels += doc.sentences[opening.index - 1 : opening.index] if opening.index > 0 else []
    return any(s.kind == "headline" and CLOCK_LINE.fullmatch("".join(t.text for t in s.tokens)) for s in labels)


def _told_as_future(sentence: Sentence) -> bool:
    """A sentence whose last verb is future ("... अस्पताल बनाएगा।")."""
    words = [t.text for t in sentence.tokens if t.text[:1].isalpha()]
    return bool(words) and is_future(words[-1])


def _place_before(doc: Document, sentence: Sentence, planned: bool = True) -> dict | None:
    """ "X ने राष्ट्रपति भवन में Y का स्वागत किया। दोनों नेताओं के बीच बैठक हुई।": the place the
    sentence before states, in the same paragraph, is where the event happened (the place of what it told after an
    arrival, where it goes on to one)."""
    if sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1]
    if before.kind != "body" or before.paragraph != sentence.paragraph:
        return None
    if not PHONE.isdisjoint(t.norm for t in before.tokens):
        return None  # "फोन पर बात की और गाजा में युद्धविराम ... की सराहना की": a call tells no scene
    # "X पारो पहुंचे और बाद में थिम्पू में Y से मुलाकात की। दोनों के बीच ... चर्चा हुई": where it went on, last
    keys = [t.norm for t in before.tokens]
    joined = [i + 1 for i in range(1, len(keys)) if keys[i] in VERB_COORDINATORS and keys[i - 1] in ARRIVED]
    last = _location(doc, before, (joined[-1], len(keys)), planned) if joined else None
    return last or _location(doc, before, (0, len(before.tokens)), planned)


def _after_a_case(keys: list[str], i: int) -> bool:
    """Whether a case marker other than a genitive stands right before token ``i`` ("से", "ने", "को")."""
    return i > 0 and keys[i - 1] in CASE_MARKERS and keys[i - 1] not in GENITIVE


def _hall_of(keys: list[str], i: int, named: set[int]) -> bool:
    """A hall named by the office it belongs to, one word no list holds right after a case marker ("से कलेक्ट्रेट
    सभागार में", "ने सचिवालय सभागार में"): a venue in the dateline's town."""
    return (
        i >= 2
        and keys[i] in HALLS
        and keys[i + 1 : i + 2] == [IN]
        and _after_a_case(keys, i - 1)
        and keys[i - 1][:1].isalpha()
        and not named & {i - 1, i}
    )


def _unnamed_body_start(keys: list[str], head: int, named: set[int]) -> int:
    """Where a body no entity holds opens, its head noun at ``head``: the words before it back to a case marker, a
    name or a clause's edge, a few at most ("को [पार्टी केंद्रीय] समिति मुख्यालय में")."""
    start = head
    while (
        start > 0
        and head - start < MAX_BODY_WORDS
        and keys[start - 1][:1].isalpha()
        and keys[start - 1] not in CASE_MARKERS | POSTPOSITIONS
        and start - 1 not in named
    ):
        start -= 1
    return start


def _purpose_of_an_arrival(keys: list[str], b: int, end: int) -> bool:
    """Whether the event ending at ``b`` is what someone arrived for ("... की सह-अध्यक्षता के लिए ... पहुंचे")."""
    return keys[b : b + 2] == [GEN_KE, FOR] and not ARRIVED.isdisjoint(keys[b + 2 : end])


def _told_in_the_sentence_before(doc: Document, sentence: Sentence, at: int) -> bool:
    """Whether offset ``at`` lies in the body sentence before ``sentence`` (a scene it told, not a dateline)."""
    before = doc.sentences[sentence.index - 1] if sentence.index else None
    return before is not None and before.kind == "body" and before.start <= at < sentence.start


def _city_of(doc: Document, scene: dict) -> dict:
    """ "टोक्यो, ... जापान पहुंचे। ... वार्ता करेंगे": a scene told by its country alone is the dateline's city there."""
    city = _dateline_place(doc)
    named = load().countries.get(name_key(scene["text"]))
    return city if named and city is not None and city["country"] == named else scene


def _another_day(doc: Document, sentence: Sentence, date: dict | None, scene: dict) -> bool:
    """A venue the sentence before tells of is not the scene of an event its own sentence dates to another day."""
    before = _sentence_date(doc, doc.sentences[sentence.index - 1])
    return _venue(scene) and date is not None and before is not None and before["value"] != date["value"]


def _met_at_the_scene(doc: Document, sentence: Sentence) -> bool:
    """Whether everyone the sentence names was named in the sentence before, the scene's."""
    named = {m.cluster for m in doc.mentions_in(doc.sentences[sentence.index - 1])}
    return {m.cluster for m in doc.mentions_in(sentence)} <= named


def _all_at_the_scene(doc: Document, sentence: Sentence, draft: Draft) -> bool:
    """Whether everyone in the draft is named in the sentence before, the scene's (a whole country by one of its people
    there: "X ने राष्ट्रपति भवन में भारत के राजदूत से मुलाकात की। X ने ... भारत का आभार जताया")."""
    if any(w.cluster is None and w.title for w in draft.actors()):
        return False  # an office-holder of no name ("उप प्रधानमंत्री के साथ"): no telling who was there
    people = {w.cluster for w in draft.actors() if w.cluster is not None}
    countries = {w.country for w in draft.actors() if w.cluster is None}
    scene = doc.sentences[sentence.index - 1]
    there = doc.mentions_in(scene)
    named = {m.country for m in there} | {e.value for e in doc.entities_in(scene) if e.label == "COUNTRY"}
    return bool(people) and people <= {m.cluster for m in there} and countries <= named


def _tribute_site(place: dict) -> bool:
    """A cemetery, memorial or ghat, where tributes are paid, not talks held; the site's word may close a compound
    ("राजघाट")."""
    return _tribute_word(match_key(place["text"].split()[-1]))


def _locality(key: str, at: int, named: set[int]) -> bool:
    """Whether a word before "स्थित" may be a part of town no gazetteer holds: no entity's, no word of the lexicon's."""
    return at not in named and key[:1].isalpha() and key not in load().common


def _venue_rank(entity) -> int:
    return 1 if " " in entity.text else 0


def _place_span(span: tuple, keys: list[str]) -> bool:
    """A place, or a country whose capital bears its name told as where something is ("लक्ज़मबर्ग में", "सिंगापुर में")."""
    if span[2] == "LOCATION":
        return True
    city_state = span[2] == "COUNTRY" and span[3].source != "demonym" and name_key(span[3].text) in load().city_states
    return city_state and keys[span[1] : span[1] + 1] == [IN]


def _named_for_country(span: tuple, keys: list[str]) -> bool:
    """ "आइसलैंड विश्वविद्यालय में": a building named for a country, where something is (not its mission, "नेपाल
    दूतावास में", which is in the country it is posted to)."""
    _a, b, label, entity = span
    named = label == "COUNTRY" and entity.source != "demonym" and b + 1 < len(keys)
    return named and keys[b] in VENUE_NOUNS - GROUNDS - BARE_VENUES and keys[b + 1] in (IN, ON)


def _tribute_word(key: str) -> bool:
    """A word naming a site of tributes, alone or closing a compound ("स्मारक", "राजघाट")."""
    return key.endswith(tuple(TRIBUTE_SITES))


def _stands_in(keys: list[str], b: int) -> bool:
    """ "दुबई स्थित [एक्सपो सिटी] में": "स्थित" after the place at ``b``, then the name of something there, of up to four
    words and no case marker, then where the event was ("में", "पर")."""
    if keys[b : b + 1] != [SITUATED]:
        return False
    for end in range(b + 2, min(b + VENUE_REACH, len(keys))):
        if keys[end] in AT_VENUE:
            return True
        if keys[end] in CASE_MARKERS or not keys[end][:1].isalpha():
            return False
    return False


def _place_of_a_purpose(keys: list[str], b: int, starts: list[int]) -> bool:
    """A place (ending at ``b``) in a purpose clause ("... को सुलझाने के लिए"), with another place told after that clause
    (``starts``: where the clause's places begin), which is where the event was held."""
    purpose = next(
        (j for j in range(b, len(keys) - 1) if keys[j : j + 2] == FOR_IT and keys[j - 1].endswith(VERBAL_ENDING)), None
    )
    return purpose is not None and any(start > purpose for start in starts)


def _venue_end(keys: list[str], b: int) -> int | None:
    """ "लिमा के लिंके पार्क में", "लिमा में भारतीय दूतावास में", "हवाना स्थित [भारतीय दूतावास] में", "नई दिल्ली स्थित
    [वेटिकन दूतावास] जाकर": a venue within four words; not one told as "एक पार्क" ("तिराना के एक पार्क में"), of no
    name, where the place is the town."""
    if b >= len(keys) or keys[b] not in VENUE_LINKS | {SITUATED} or keys[b + 1 : b + 2] == [ONE]:
        return None
    # not its grounds: "हैदराबाद हाउस के परिसर में" (see _location)
    for end in range(b + 2, min(b + VENUE_REACH, len(keys)) + 1):
        if keys[end - 1] in VENUE_NOUNS - GROUNDS and end < len(keys) and keys[end] in AT_VENUE:
            return end
    return None


def _place_gone_to(doc: Document, sentence: Sentence, before: int) -> dict | None:
    """The country or place named last before token ``before`` ("अर्जेंटीना जाएंगे, जहां", "मुंबई भी जाएंगे, जहां"),
    not one left from ("पेरिस से ... पहुंचे थे, जहां")."""
    keys = [t.norm for t in sentence.tokens]
    spans = token_spans(sentence, doc.entities_in(sentence))
    named = [
        e
        for a, b, label, e in spans
        if label in PLACES and a < before and e.source != "demonym" and keys[b : b + 1] != [FROM]
    ]
    return _place_of(named[-1]) if named else None


def _span_place(doc: Document, tokens: list, a: int, end: int, country: str | None) -> dict:
    """A frame's location from the tokens ``a:end`` of a sentence, as written, with the country given."""
    return {
        "text": _span_text(doc, tokens, a, end),
        "country": country,
        "start": tokens[a].start,
        "end": tokens[end - 1].end,
    }


def _place_of(entity) -> dict:
    """A frame's location from a place or country entity: as written, with its country."""
    return {"text": entity.text, "country": entity.value, "start": entity.start, "end": entity.end}


def _date_of(entity) -> dict:
    """A frame's date from a date entity: as written, with its value."""
    return {"text": entity.text, "value": entity.value, "start": entity.start, "end": entity.end}


def _noun_visit(event_type: str, keys: list[str], a: int, b: int) -> bool:
    """A visit told only as its place and noun, and a case marker ("X की कुवैत यात्रा की जानकारी दी"), not by a verb or
    as the time of another event."""
    return event_type == "VISIT" and b == a + 3 and keys[a + 1] in VISIT_NOUNS and keys[a + 2] in NOUN_VISIT_CASES


def _noun_visit_owner(doc: Document, sentence: Sentence, keys: list[str], a: int) -> Mention | None:
    """The person whose visit a place and its noun at ``a`` tell: one named a few words before them with a genitive
    after the name ("विदेश सचिव X की कुवैत यात्रा", "X की इस सप्ताह की ताजिकिस्तान यात्रा"), if any."""
    owners = [m for m in doc.mentions_in(sentence) if m.last < a and keys[m.last] in GENITIVE]
    owner = max(owners, key=lambda m: m.last, default=None)
    return owner if owner is not None and a - owner.last <= MAX_VISIT_OWNER_GAP else None


def _visits_told_as_nouns(doc: Document, drafts: list[Draft]) -> None:
    """ "विदेश सचिव X की कुवैत यात्रा की जानकारी दी", "X की इस सप्ताह की ताजिकिस्तान यात्रा को ... माना जा रहा है": a
    visit told only as a noun is the visit of the one whose it is (not of who told of it), to the place it names, on no
    day the sentence gives (that is the day it was told of)."""
    for draft in (d for d in drafts if d.event_type == "VISIT"):
        sentence = doc.sentences[draft.sentence]
        keys = [t.norm for t in sentence.tokens]
        a = _token_from(doc, draft, draft.trigger[0])
        if not _noun_visit(draft.event_type, keys, a, _token_from(doc, draft, draft.trigger[1])):
            continue
        owner = _noun_visit_owner(doc, sentence, keys, a)
        place = next((e for x, _b, _label, e in token_spans(sentence, doc.entities_in(sentence)) if x == a), None)
        if owner is not None and place is not None:
            draft.sources = [_who(owner)]
            draft.location, draft.date = _place_of(place), None


def _visitor_met(drafts: list[Draft]) -> None:
    """ "X सदर दौरे पर लाहौर पहुंचे ... वज़ीर-ए-आज़म Y के साथ बातचीत के बाद दोनों मुल्कों ने ...": talks told only by
    whom they were held with, one of the country a visit told before goes to, were the visitor's."""
    for draft in drafts:
        if visitors := _visitors_met(draft, drafts):
            draft.participants = _unique([*draft.participants, *visitors])


def _visitors_met(draft: Draft, drafts: list[Draft]) -> list[Who]:
    """The named visitors whose talks ``draft`` tells only by whom they were held with (see _visitor_met)."""
    met = _countries(draft)
    if draft.event_type not in TALKS or draft.planned or len(met) != 1 or not draft.partners:
        return []
    if any(w not in draft.partners for w in draft.actors()):
        return []
    visits = [
        v
        for v in drafts
        if v.event_type == "VISIT"
        and not v.planned
        and v.sentence <= draft.sentence
        and _countries(v) - met
        and {w.country for w in v.targets} == met
    ]
    return [w for w in visits[-1].sources if w.cluster is not None] if visits else []


def _visitors_from_the_dateline(doc: Document, drafts: list[Draft]) -> None:
    """ "काठमांडू, ... प्रधानमंत्री सुशीला कार्की भारत भ्रमण के बाद स्वदेश लौट आईं": one taken for the home country
    (the actors stage's guess) who visits that very country is of the country the dateline places the story in."""
    home = (_dateline_place(doc) or {}).get("country")
    if home is None:
        return
    for draft in (d for d in drafts if d.event_type == "VISIT"):
        # "काठमांडू, ... परराष्ट्र मंत्री X अगले सप्ताह भारत के ... दौरे पर नई दिल्ली जाएंगे": no host found, the place gone to
        went = {draft.location["country"]} if draft.location and not draft.targets else set()
        hosts = ({w.country for w in draft.targets} | went) - {None}
        movers = {
            w.cluster
            for w in draft.sources
            if w.cluster is not None and doc.people[w.cluster].country_inferred and w.country in hosts
        }
        if not movers or home in hosts:
            continue
        for cluster in movers:
            doc.people[cluster].country, doc.people[cluster].country_inferred = home, False
        _recountry(drafts, movers, home)
        draft.targets = draft.targets or [Who(None, country) for country in sorted(hosts)]


def _thanking_home(doc: Document, draft: Draft, home: str | None) -> str | None:
    """ "किंग्स्टन, ... प्रधानमंत्री एंड्रयू होलनेस ने ... भारत का आभार जताया": one taken for the home country (the
    actors stage's guess) who thanks or wishes the home country alone is of the country the dateline places the story
    in; the person's country is corrected for the document, and returned."""
    there = (_dateline_place(doc) or {}).get("country")
    if draft.event_type not in WISHES or there in (None, home) or {w.country for w in draft.targets} != {home}:
        return None
    guessed = {w.cluster for w in draft.sources if w.cluster is not None and doc.people[w.cluster].country_inferred}
    if not guessed or any(w.cluster not in guessed for w in draft.sources):
        return None
    for cluster in guessed:
        doc.people[cluster].country, doc.people[cluster].country_inferred = there, False
    _recountry([draft], guessed, there)
    return there


def _wished_abroad(doc: Document, draft: Draft) -> str | None:
    """ "मोदी ने रोमानिया के राष्ट्रीय दिवस पर राष्ट्रपति निकुशोर दान को बधाई दी": wishes to one of no stated country, in a
    sentence that names one country and not the giver's, go to someone of that country (not of the home country, the
    actors stage's guess): the person's country is corrected for the document, and returned. Wishes told as given too
    ("विदेश मंत्री X ने भी प्रधानमंत्री Y को शुभकामनाएं दीं"), in a sentence naming no country, go to the country the
    sentence before named."""
    if draft.event_type not in WISHES or not draft.sources:
        return None
    named = _countries_named(doc, draft.sentence)
    before = draft.sentence - 1
    if not named and TOO in (t.norm for t in doc.sentences[draft.sentence].tokens) and before >= 0:
        named = _countries_named(doc, before) if _same_paragraph(doc, before, draft.sentence) else set()
    givers = {w.country for w in draft.sources}
    # "... चुनाव में जीत पर X को बधाई दी": one named with no office too
    guessed = {w.cluster for w in draft.targets if w.cluster is not None and _country_unsure(doc, w.cluster)}
    if len(named) != 1 or named & givers or not guessed:
        return None
    (country,) = named
    for cluster in guessed:
        doc.people[cluster].country = country
    _recountry([draft], guessed, country)
    return country


def _counterpart_at_the_dateline(doc: Document, draft: Draft, home: str | None) -> str | None:
    """ "माले, ... । विदेश मंत्री अब्दुल्ला खलील ने ... विदेश मंत्री एस जयशंकर से फोन पर बात की": of two holders of one
    office talking, one of the home country, the other, of no stated country (the actors stage's guess, the home
    country), is of the country a dateline abroad names: a country has one foreign minister. The person's country is
    corrected for the document, and returned."""
    people = [w for w in draft.actors() if w.cluster is not None]
    if draft.event_type not in TALKS or len(people) != 2:
        return None
    country = (_dateline_place(doc) or {}).get("country")
    if country in (None, home):
        return None
    titles = {match_key(doc.people[w.cluster].title or "") for w in people}
    guessed = {w.cluster for w in people if doc.people[w.cluster].country_inferred}
    if len(titles) != 1 or "" in titles or len(guessed) != 1 or {w.country for w in people} != {home}:
        return None
    doc.people[next(iter(guessed))].country = country
    _recountry([draft], guessed, country)
    return country


def _countries_named(doc: Document, index: int) -> set[str]:
    """The countries a sentence names (not by a demonym)."""
    return {e.value for e in doc.entities_in(doc.sentences[index]) if e.label == "COUNTRY" and e.source != "demonym"}


def _own_country_not_thanked(doc: Document, drafts: list[Draft]) -> None:
    """ "प्रधानमंत्री हुन मानेत ने कंबोडिया की सेना के प्रशिक्षण में वियतनाम की सहायता के लिए आभार व्यक्त किया": a country
    named bare in what thanks are for, the thanker's own (known only once the document placed the thanker, after roles
    were read), is not thanked where another side is; as roles drop it where the clause itself told the country."""
    for draft in (d for d in drafts if d.event_type == "THANK"):
        own = {w.country if w.cluster is None else doc.people[w.cluster].country for w in draft.sources}
        draft.targets = _others_thanked(draft.targets, own) or draft.targets


def _others_thanked(targets: list[Who], own: set[str | None]) -> list[Who]:
    """Those thanked but a bare country of the thankers' own (``own``): people and governments named stay."""
    return [w for w in targets if w.cluster is not None or _government(w) or w.country not in own]


def _recountry(drafts: list[Draft], clusters: set[int], country: str) -> None:
    """The people ``clusters`` found to be of ``country`` are of it wherever these drafts name them."""
    for draft in drafts:
        for slot in ("sources", "targets", "participants", "partners"):
            whos = getattr(draft, slot)
            setattr(draft, slot, [w._replace(country=country) if w.cluster in clusters else w for w in whos])


def _dateline_place(doc: Document) -> dict | None:
    """The dateline's place; a first body unit that is a place alone ("नई दिल्ली।") is a dateline too.
    A dateline of places in two countries ("ढाका/नई दिल्ली, 18 मार्च") gives none: the events may be in either."""
    first_body = next((s for s in doc.sentences if s.kind == "body"), None)
    undated = doc.dateline() is None
    for sentence in doc.sentences:
        places = [e for e in doc.entities_in(sentence) if e.label in ("LOCATION", "COUNTRY")]
        # "जनसत्ता ऑनलाइन | नई दिल्ली | Updated: ...": a stamp's field that is a place alone places the story too
        stamped = undated and sentence.kind == "stamp" and _place_field(sentence, places[0]) if places else False
        # "भारत का दूतावास, ब्रातिस्लावा": a mission's heading line, with the town it is in, places its release
        signed = undated and sentence.kind == "headline" and _mission_heading(sentence, places) if places else False
        if signed:
            places = places[-1:]
        if sentence.kind == "dateline":  # "एनडीटीवी इंडिया | नई दिल्ली | ...": not an outlet's word the model reads
            places = [e for e in places if e.value or e.source != "model"] or places
        if places and (
            sentence.kind == "dateline"
            or stamped
            or signed
            or (sentence is first_body and _place_alone(sentence, places[0]))
        ):
            # an unknown word the model reads as a place ("(शिन्हुआ)", the agency) names no second country
            if sentence.kind == "dateline" and len({e.value for e in places if e.source != "demonym" and e.value}) > 1:
                return None
            return _place_of(places[0])
    return None


def _paragraph_place(doc: Document, sentence: Sentence) -> dict | None:
    """ "- लीमा: भारत और पेरू के बीच ... वार्ता संपन्न हुई": a brief that opens with a place and a colon
    is datelined there, as a story is by its dateline; so is one that opens with a dateline of its own, on a
    page of several ("ढाका, 8 सितंबर (भाषा)। ..."); and so is one under a subheading that is a place alone ("ढाका",
    "थिम्पू": a tour told stop by stop)."""
    first = doc.paragraph_opening(sentence)
    heading = _place_heading(doc, first.index - 1)
    if heading is not None:
        return heading
    tokens = [t for t in first.tokens if t.text[:1].isalnum() or t.text == ":"]
    place = next((e for e in doc.entities_in(first) if e.label in PLACES), None)
    if place is not None and first.kind == "dateline" and first is not doc.dateline():
        return _place_of(place)
    if place is None or not tokens or tokens[0].start != place.start:
        return None
    after = next((t for t in tokens if t.start >= place.end), None)
    return _place_of(place) if after is not None and after.text == ":" else None


def _place_heading(doc: Document, index: int) -> dict | None:
    """The place a subheading between body paragraphs names alone, if unit ``index`` is one."""
    if index < 1 or doc.sentences[index].kind != "headline":
        return None
    if not any(s.kind == "body" for s in doc.sentences[:index]):
        return None  # the page's own headline
    sentence = doc.sentences[index]
    places = [e for e in doc.entities_in(sentence) if e.label in PLACES]
    return _place_of(places[0]) if len(places) == 1 and _place_alone(sentence, places[0]) else None


def _mission_heading(sentence: Sentence, places: list) -> bool:
    """Whether a heading names a mission and, after a comma, the town it is in, last ("भारत का दूतावास, ब्रातिस्लावा")."""
    keys = [t.norm for t in sentence.tokens if t.text[:1].isalnum() or t.text == ","]
    town = places[-1]
    last = [t for t in sentence.tokens if t.text[:1].isalnum()][-1:]
    return (
        not MISSIONS.isdisjoint(keys)
        and town.label == "LOCATION"
        and bool(last)
        and last[0].end == town.end
        and [t.text for t in sentence.tokens if t.end <= town.start][-1:] == [","]
    )


def _place_field(sentence: Sentence, place) -> bool:
    """Whether the place fills a field of a line of bar-separated fields by itself ("| नई दिल्ली |", the bars read as
    dandas once normalised)."""
    before = [t.text for t in sentence.tokens if t.end <= place.start]
    after = [t.text for t in sentence.tokens if t.start >= place.end]
    return before[-1:] in (["|"], ["।"]) and after[:1] in (["|"], ["।"])


def _place_alone(sentence: Sentence, place) -> bool:
    return all(place.start <= t.start < place.end or not t.text[:1].isalnum() for t in sentence.tokens)


def _may_take(
    draft: Draft, place: dict | None, sentence: Sentence, present: set[Who] = frozenset(), away: dict | None = None
) -> bool:
    """Whether the text's default place (the dateline's) is where this event happened: not for a
    call, nor an event told as elsewhere, nor a visit to another country ("काठमांडू, 7 सितंबर ...
    ओली ... भारत यात्रा पर रहेंगे")."""
    if place is None or draft.event_type in REMOTE or draft.remote or _elsewhere(sentence):
        return False
    if _posted(draft, [t.norm for t in sentence.tokens]):
        return False
    if not draft.planned and len((draft.date or {}).get("value") or "YYYY-MM-DD") < len("YYYY-MM-DD"):
        return False  # "इस वर्ष सितंबर में ... हस्ताक्षर किए थे": a month gone by is no day the dateline reports
    if draft.event_type in WISHES and _from_abroad(draft, place, present):
        return False  # "नई दिल्ली, 15 अगस्त ... अमेरिका के विदेश मंत्री ने शुभकामनाएं दीं": sent from elsewhere
    if draft.event_type in WISHES and any(_there_then(draft, (away or {}).get(w.cluster)) for w in draft.sources):
        return False  # "इस्लामाबाद, ... शरीफ ने ... जेद्दा में मुलाकात की। शरीफ ने ... शुक्रिया अदा किया": not at home
    hosts = {w.country for w in draft.targets} if draft.event_type == "VISIT" else set()
    if draft.event_type != "VISIT" and draft.visited:  # "इस दौरान वह ... मिलेंगे": where the visit goes
        hosts = {draft.visited}
    return not hosts or place["country"] in hosts


def _there_then(draft: Draft, days: set | None) -> bool:
    """Whether wishes or thanks may have been given abroad, on one of the ``days`` their giver met someone there: not
    where both are known and differ ("दो दिन पहले नई दिल्ली में ... बातचीत ... शुक्रवार को संसद में ... आभारी हैं")."""
    if days is None:
        return False
    value = (draft.date or {}).get("value")
    return value is None or None in days or value in days


def _dated_by_post(doc: Document, draft: Draft) -> bool:
    """Wishes or thanks whose day is told by a sentence telling them sent by post or letter: they were made so (not
    where a post only quotes wishes dated where they are told: "रुटो ने शनिवार को ... आभार व्यक्त किया। रुटो ने ... 'एक्स'
    पर लिखा, '... धन्यवाद करता हूं'")."""
    at = (draft.date or {}).get("start")
    told = next((s for s in doc.sentences if at is not None and s.start <= at < s.end), None)
    return told is not None and told.index != draft.sentence and _posted(draft, [t.norm for t in told.tokens])


def _in_reply(draft: Draft, sentence: Sentence) -> bool:
    """ "प्रधानमंत्री ने इसके जवाब में X का आभार जताया": thanks or wishes in reply to a message, sent as it was, from
    nowhere in particular."""
    keys = [t.norm for t in sentence.tokens]
    return draft.event_type in WISHES and any(k in REPLY and nxt == IN for k, nxt in itertools.pairwise(keys))


def _during_the_visit_to_come(doc: Document, drafts: list[Draft]) -> None:
    """ "मोदी अगले सप्ताह मॉस्को जाएंगे। ... पुतिन के साथ वार्ता में ... पर चर्चा होगी। ... समझौतों पर हस्ताक्षर होने
    की उम्मीद है": talks to come told after a visit to come, naming only the hosts' people, are the visitors' too;
    and they, like what is to be signed between the visitors' and the hosts' countries, are where the visit goes
    when it goes abroad from the dateline (a visit to its country leaves them at its place)."""
    home = (_dateline_place(doc) or {}).get("country")
    visits = [d for d in drafts if d.event_type == "VISIT" and d.planned and d.location and d.targets and d.sources]
    for draft in drafts:
        visit = next((v for v in reversed(visits) if v.sentence < draft.sentence), None)
        if visit is None or not draft.planned or draft.event_type == "VISIT" or draft.location is not None:
            continue
        hosts = {w.country for w in visit.targets}
        guests = [w for w in visit.sources if w.cluster is not None]
        alone = {w.cluster for w in draft.actors()} - {None}
        if draft.event_type in TALKS and alone and len(alone) == len(draft.actors()) and _countries(draft) <= hosts:
            draft.participants = _unique(guests + list(draft.actors()))
            draft.sources, draft.targets = [], []
        if _countries(draft) == hosts | {w.country for w in visit.sources} and visit.location["country"] != home:
            draft.location = visit.location


def _of_these_meetings(doc: Document, drafts: list[Draft], sentences: list[list[int]], sentence_triggers: dict) -> None:
    """ "सुबह X से मुलाकात की, दोपहर में Y के साथ बैठक की और शाम को Z से भेंट की। इन मुलाकातों में ... प्रमुख मुद्दा रहा":
    a sentence opening on "these meetings" tells of every meeting the sentence before told."""
    for draft, told in zip(drafts, sentences, strict=True):
        several = sum(d.event_type in TALKS and d.sentence == draft.sentence for d in drafts) > 1
        nxt = draft.sentence + 1
        if (
            draft.event_type in TALKS
            and several
            and nxt not in told
            and _on_these_meetings(doc, nxt, sentence_triggers)
        ):
            told.append(nxt)


def _what_came_of_the_talks(
    doc: Document, drafts: list[Draft], sentences: list[list[int]], sentence_triggers: dict
) -> None:
    """ "... ने वार्ता के बाद ... कार्ययोजना पर मुहर लगाई। कार्ययोजना में ...": talks are about what came of them, told
    after them in their sentence, and so about the sentence after it that tells what that holds."""
    for talks, told in zip(drafts, sentences, strict=True):
        if talks.event_type not in TALKS:
            continue
        for outcome in drafts:
            after = outcome.sentence == talks.sentence and outcome.trigger > talks.trigger
            if outcome.event_type in OUTCOMES and after and _what_was_agreed_told_next(doc, outcome, sentence_triggers):
                told.append(outcome.sentence + 1)


def _each_item_apart(
    doc: Document, drafts: list[Draft], sentences: list[list[int]], places: list
) -> tuple[list[Draft], list[list[int]], list, dict[int, list[int]]]:
    """ "इस वर्ष भारत ने कई देशों के साथ समझौतों पर हस्ताक्षर किए हैं। इनमें शामिल हैं: • मई में ब्रिटेन के साथ ...
    • अगस्त में ओमान के साथ ...": agreements listed one a country, each item with its own day or month, were signed
    apart, each with its item's country, on its day, at its place (none where it tells none), about what it names.
    Returns the drafts, their sentences and places with each such draft told apart, and the items whose topics are
    the parts' own."""
    kept: list[Draft] = []
    kept_sentences: list[list[int]] = []
    kept_places: list = []
    own_items: dict[int, list[int]] = {}
    for draft, told, place in zip(drafts, sentences, places, strict=True):
        items = _items_apart(doc, draft)
        listed = {country for _item, country, _day in items}
        for item, country, day in items:
            others = [w for w in draft.actors() if w.country not in listed]
            part = dataclasses.replace(
                draft,
                sources=[],
                targets=[],
                participants=[*others, Who(None, country)],
                date=day,
            )
            own_items[id(part)] = [item.index]
            kept.append(part)
            kept_sentences.append([draft.sentence, item.index])
            kept_places.append(_location(doc, item, (0, len(item.tokens)), draft.planned))
        if not items:
            kept.append(draft)
            kept_sentences.append(told)
            kept_places.append(place)
    return kept, kept_sentences, kept_places, own_items


def _items_apart(doc: Document, draft: Draft) -> list[tuple[Sentence, str, dict]]:
    """The list items after an agreement's sentence that each name one country (none its own sentence names) and a
    day or month of their own, with that country and that date; none where fewer than two items do so."""
    if draft.event_type not in OUTCOMES or draft.planned:
        return []
    sentence = doc.sentences[draft.sentence]
    named = {e.value for e in doc.entities_in(sentence, "COUNTRY")}
    items = []
    for item in _list_items(doc, sentence):
        countries = {e.value for e in doc.entities_in(item, "COUNTRY") if e.source != "demonym"} - named
        day = _sentence_date(doc, item)
        if len(countries) != 1 or not (day or {}).get("value"):
            return []
        items.append((item, countries.pop(), day))
    return items if len(items) > 1 else []


def _told_by_their_items(doc: Document, drafts: list[Draft], sentences: list[list[int]]) -> None:
    """ "तीन देशों के विदेश मंत्रियों से मुलाकात की: - सोमवार: X, नई दिल्ली में - बुधवार: Y, रियाद में": each meeting
    with one of those a list after the colon names is held on the day and at the place its own item tells."""
    for draft, told in zip(drafts, sentences, strict=True):
        if draft.event_type not in TALKS or _has_day(draft.date) or draft.location:  # a week told leaves room for one
            continue
        people = {w.cluster for w in draft.actors()} - {None}
        for item in _list_items(doc, doc.sentences[draft.sentence]):
            named = {m.cluster for m in doc.mentions_in(item)}
            if named and named <= people:
                draft.date = _sentence_date(doc, item) or draft.date
                draft.location = _location(doc, item, (0, len(item.tokens)), draft.planned)
                told.append(item.index)
                break


def _thanks_in_reply(doc: Document, drafts: list[Draft]) -> None:
    """ "मोदी ने X को बधाई दी। ... X ने इसके जवाब में लिखा, 'Thank you, Prime Minister @narendramodi'": thanks in reply
    that name no one thanked go to those whose wishes to the thanker were told before."""
    for draft in drafts:
        if draft.event_type != "THANK" or draft.targets or not _in_reply(draft, doc.sentences[draft.sentence]):
            continue
        thankers = {w.cluster for w in draft.sources} - {None}
        wishes = [
            d
            for d in drafts
            if d.event_type == "CONGRATULATE"
            and d.sentence < draft.sentence
            and thankers
            and thankers <= {w.cluster for w in d.targets}
        ]
        if wishes:
            draft.targets = list(wishes[-1].sources)


def _posted(draft: Draft, keys: list[str]) -> bool:
    """ "एक्स पर एक पोस्ट में", "पत्र लिखकर ... आभार जताया", "अलग-अलग संदेशों में धन्यवाद दिया": wishes or thanks sent,
    from nowhere in particular (a message sent, "बधाई संदेश भेजा", is sent from the dateline's place, as the older sets
    have it)."""
    return draft.event_type in WISHES and bool(POSTED & set(keys))


def _from_abroad(draft: Draft, place: dict, present: set[Who]) -> bool:
    """Wishes or thanks whose senders are all of another country than the dateline's place, and none of
    them shown taking part in person in anything (a visit, a meeting, a signing): a person by name ("कोलंबो,
    ... मोदी ने बधाई दी थी" while India's high commissioner met there), a side by anyone of its country."""
    senders = {w.country for w in draft.sources}
    people = {w.cluster for w in present if w.cluster is not None}
    countries = {w.country for w in present}
    attending = any(w.cluster in people if w.cluster is not None else w.country in countries for w in draft.sources)
    return bool(senders) and None not in senders and place["country"] not in senders and not attending


def _elsewhere(sentence: Sentence) -> bool:
    """ "उधर, पुतिन ने एर्दोगन के साथ बातचीत की", "... की खाड़ी के एक देश में गुपचुप मुलाकात हुई": an event told as
    happening elsewhere, or in a place the text does not name, takes no place from the dateline or the sentence
    before."""
    keys = [t.norm for t in sentence.tokens]
    unnamed = any(
        k in UNNAMED_PLACES and keys[i - 1] in UNNAMED_BY and keys[i + 1] == IN for i, k in enumerate(keys[1:-1], 1)
    )
    return bool(keys) and (keys[0] in ELSEWHERE or unnamed)


def _visited_country(drafts: list[Draft]) -> str | None:
    """The one country the visits the text reports as made go to, if there is one."""
    countries = {w.country for d in drafts if d.event_type == "VISIT" and not d.planned for w in d.targets}
    return countries.pop() if len(countries) == 1 else None


def _default_location(doc: Document, drafts: list[Draft]) -> dict | None:
    """Where the text places the events it reports: the dateline, else the first stated place of an
    event that happened (the place of one announced is not where the others were held), a city or country before a
    building ("जुबली हाउस में ... अकरा में"). The seeds' gold gives it to events told before it too (thanks in the lead,
    the summit's city later, "वाणिज्य भवन" where the text names no city)."""
    first = _located_first(drafts)
    return _dateline_place(doc) or (first.location if first else None) or _headline_place(doc)


def _headline_place(doc: Document) -> dict | None:
    """The city a live page's title tells its entries are in ("LIVE: जोहानिसबर्ग में जी20 शिखर सम्मेलन का पहला दिन"),
    where nothing else places them (not another page's title: "ब्यूनस आयर्स में भारत के राजदूत से बातचीत" is where the
    one interviewed is posted)."""
    if not doc.sentences or doc.sentences[0].kind != "headline" or not any(_live_entry(doc, s) for s in doc.sentences):
        return None
    title = doc.sentences[0]
    keys = [t.norm for t in title.tokens]
    spans = token_spans(title, doc.entities_in(title))
    city = next((e for _a, b, label, e in spans if label == "LOCATION" and keys[b : b + 1] == [IN]), None)
    return _place_of(city) if city is not None and city.value else None


def _held_first(doc: Document, drafts: list[Draft]) -> bool:
    """Whether the text's place is where the first event told at a place was held, no dateline giving it (a visit's
    place is where the visitor stays, and events to come there are held there too)."""
    first = _located_first(drafts)
    return _dateline_place(doc) is None and first is not None and first.event_type != "VISIT"


def _located_first(drafts: list[Draft]) -> Draft | None:
    """The first event that happened at a stated place, a city or country before a building."""
    located = [d for d in drafts if d.location and not d.planned]
    towns = [d for d in located if not _venue(d.location)]  # a building places the text only where nothing else does
    return min(towns or located, key=lambda d: min(d.sentences), default=None)


def _other_story(doc: Document, draft: Draft, drafts: list[Draft]) -> bool:
    """ "बर्लिन में मर्ज़ ने टस्क से मुलाकात की। ... मलेशिया और इंडोनेशिया ने ... संधि पर हस्ताक्षर किए": where no dateline
    places the text, an event in another paragraph of none of the countries of the one whose place the text takes, nor
    of that place's, is another story, and was not held there; the place's own country, which news from there names
    everywhere ("प्रधानमंत्री ने यूएई के राष्ट्रपति को बधाई दी" in a bulletin whose first place is a visitor's arrival in
    New Delhi), ties no two stories."""
    origin = None if _dateline_place(doc) else _located_first(drafts)
    if origin is None or _same_paragraph(doc, origin.sentence, draft.sentence):
        return False
    there = origin.location["country"]
    theirs = _countries(origin) - {there}  # none: the story is of that country alone ("ट्रंप एंकोरेज पहुंचे")
    countries = _countries(draft) - {there} if theirs else _countries(draft)
    return bool(countries) and countries.isdisjoint(theirs or {there})


def _at_a_building(keys: list[str], span: tuple[str, int, int], venue_ends: set[int]) -> bool:
    """ "राष्ट्रपति भवन पहुंचने पर उपराष्ट्रपति का रस्मी स्वागत किया गया": an arrival at a building (``venue_ends``:
    where venues end), told as the time of what follows, is no visit: the visit is to the country or the city."""
    kind, a, _b = span
    return kind == "VISIT" and a + 1 in venue_ends and keys[a + 1 : a + 2] != [] and keys[a + 1] in ARRIVING


def _gone_to_meet(keys: list[str], span: tuple[str, int, int], venue_ends: set[int]) -> tuple[str, int, int]:
    """ "X से मिलने के लिए Y बुधवार को हैदराबाद हाउस पहुंचे": an arrival at a venue (``venue_ends``: where venues
    end) to meet someone is the meeting, told from "से मिलने" with its subject and day between (too far for the
    pattern "से मिलने ANY? ANY? ANY? पहुंचे"); an arrival in a country or a city stays a visit."""
    kind, a, b = span
    if kind != "VISIT" or keys[b - 1] not in REACHED or a + 1 not in venue_ends:
        return span
    start = next((i for i in range(a - 1, max(a - MAX_GONE_TO_MEET, 0) - 1, -1) if keys[i : i + 2] == TO_MEET), None)
    if start is None or not SUBJECT_GAP_STOPS.isdisjoint(keys[start:a]):
        return span
    return ("MEET", start, b)


def _venue(place: dict) -> bool:
    """A building or grounds ("राष्ट्रपति भवन", "हैदराबाद हाउस", named in the English order: "ग्रेट हॉल ऑफ द पीपल"),
    which places the events told there, not the text's."""
    words = [match_key(w) for w in place["text"].split()]
    head = words[words.index(ENGLISH_OF) - 1] if ENGLISH_OF in words[1:] else words[-1]
    return _place_kind(place["text"]) in VENUE_KINDS or head in VENUE_NOUNS


def _date(
    doc: Document,
    sentence: Sentence,
    clause: tuple[int, int],
    trigger_at: int,
    content: tuple[int, int] = (0, 0),
    asserted: bool = False,
) -> dict | None:
    """The clause's date nearest before the trigger (else after it); a bare year marked as a bound
    ("2030 तक", "2014 से") is a deadline or a starting point, not the day of the event, and a date in what was
    agreed or thanked for (``content``: "अगली बैठक जून में ... करने पर सहमत", "1 जनवरी 2027 से ... शुरू करने पर
    सहमति", "जुलाई में ... बधाई देने के लिए आभार", "अगले महीने रोम में मिलने पर सहमति") is not the agreement's or
    the thanks'; nor, for what has happened (``asserted``), one of something to come (see _of_what_is_to_come)."""
    spans = token_spans(sentence, doc.entities_in(sentence))
    keys = [t.norm for t in sentence.tokens]
    dated = [
        s
        for s in spans
        if s[2] == "DATE"
        and clause[0] <= s[0] < clause[1]
        and s[3].source == "rule"
        and not _bound_year(s, keys, trigger_at)
        and not _year_of_a_thing(s, keys)
        and not (content[0] <= s[0] < content[1] and _day_of_a_thing(keys, s[1]))
        and not (content[0] <= s[0] < content[1] and (keys[s[1] : s[1] + 1] in IN_OR_BOUND or keys[s[0]] in AHEAD))
        and not (content[0] <= s[0] < content[1] and _scheduled(doc, s[3]))
        and not (asserted and _of_what_is_to_come(keys, s[1]))
        and not _other_reckoning(keys, s[0])
        and not _day_of_the_occasion(sentence.tokens, s[0], s[1])
        and not _day_of_an_election(keys, s[1])
        and not _day_released(keys, s[1])
        and keys[s[1] : s[1] + 2] != INSTEAD_OF  # "11 मार्च के बजाय 12 मार्च को": the day it no longer is
    ]
    if not dated:
        return None
    before = [s for s in dated if s[0] < trigger_at]
    chosen = before[-1] if before else dated[0]
    after = next((s for s in dated if s[0] >= chosen[1]), None)
    if chosen[3].value is None and after is not None and after[3].value and after[0] - chosen[1] <= 2:
        chosen = after  # "सोमवार (15 जनवरी) को", "शुक्रवार, 3 मई को": the weekday's date follows it
    between = [k for k in keys[chosen[1] : after[0]] if k != ","] if after is not None else []
    if len(between) == 1 and between[0] in RESTATING:
        chosen = after  # "अगले गुरुवार, यानी इस महीने की 12 तारीख को": the day told plainly
    if chosen[3].value is None and chosen[3].text not in WEEKDAYS:
        # "इस सप्ताह कई द्विपक्षीय बैठकें हुईं: X ने सोमवार को ...": a week told, then a day of it; "X ने सोमवार को Y
        # से, जो पिछले सप्ताह पद पर आईं, फोन पर बात की": the day told, not the week of the clause set aside
        said = max(said_that(keys, chosen[0]), default=-1)  # not the day a week's event was told on ("बताया कि")
        valued = [s for s in dated if s[3].value and s[0] > said]
        chosen = next((s for s in reversed(valued) if s[0] < trigger_at), None) or next(
            (s for s in valued if s[0] > chosen[0]), chosen
        )
    return _date_of(chosen[3])


def _day_released(keys: list[str], b: int) -> bool:
    """ "गुरुवार को जारी बयान के अनुसार दोनों के बीच ... बात हुई": the day ending at ``b`` is when the statement the
    sentence cites was put out, not when what it tells happened."""
    if keys[b : b + 2] != [TO, *ISSUED]:
        return False
    return any(keys[j : j + 2] == ACCORDING for j in range(b + 2, min(b + 2 + MAX_SOURCE_WORDS, len(keys))))


def _after_doing(doc: Document, sentence: Sentence, keys: list[str], a: int) -> bool:
    """The sentence opens, before the trigger at ``a``, on what one of the sentences just before told done, as a verbal
    noun ("... चेक सौंपा। ... चेक सौंपने के बाद ..."; not "चांसलर बनने के बाद", since taking office)."""
    at = next((i for i in range(1, min(a, MAX_AFTER_DOING)) if keys[i : i + 2] == AFTER), None)
    if at is None or not keys[at - 1].endswith(VERBAL_NOUN) or sentence.index == 0:
        return False
    stem = keys[at - 1][: -len(VERBAL_NOUN)]
    told = [t for s in doc.sentences[max(0, sentence.index - MAX_DONE_REACH) : sentence.index] for t in s.tokens]
    return len(stem) >= MIN_VERB_STEM and any(t.norm.startswith(stem) for t in told)


def _day_of_the_occasion(tokens: list, a: int, b: int) -> bool:
    """A date in brackets after a noun ("स्वतंत्रता दिवस (28 नवंबर) की बधाई") is the day of what that noun names, not of
    the event (one after a weekday, "गुरुवार (3 दिसंबर) को", is that weekday's date; one after how long the event
    lasts, "दो दिवसीय (10-11 दिसंबर) भारत यात्रा", or its noun, "यात्रा (10-11 दिसंबर) के दौरान", its days)."""
    bracketed = a >= 2 and tokens[a - 1].text == "(" and b < len(tokens) and tokens[b].text == ")"
    before = tokens[a - 2].norm if a >= 2 else ""
    lasting = before.endswith(LASTING) or before in VISIT_NOUNS
    return bracketed and tokens[a - 2].text[:1].isalpha() and tokens[a - 2].text not in WEEKDAYS and not lasting


def _day_of_an_election(keys: list[str], end: int) -> bool:
    """ "रविवार को हुए चुनाव में जीत के बाद यह कास्ट की पहली विदेश यात्रा है": the day a participle gives the election
    the winner's event follows, not that event's."""
    at = end + 1 if keys[end : end + 1] == [TO] else end
    return (
        keys[at : at + 1] != [] and keys[at] in HAPPENED and keys[at + 1 : at + 2] != [] and keys[at + 1] in ELECTIONS
    )


def _scheduled(doc: Document, date: Entity) -> bool:
    """ "दोनों पक्षों ने 15 जनवरी को अगली बैठक करने पर सहमति जताई": a day and month with no year, told in what was
    agreed or thanked for, that would fall a month or more before the dateline's day, is when the thing is to be, not
    the day it was agreed."""
    dateline = doc.dateline()
    told = [e.value for e in doc.entities_in(dateline) if e.label == "DATE"] if dateline else []
    days = [v for v in [*told[:1], date.value] if v and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)]
    if len(days) < 2 or re.search(r"\d{4}", date.text):
        return False
    return (dt.date.fromisoformat(days[0]) - dt.date.fromisoformat(days[1])).days > MAX_SCHEDULE_GAP


def _other_reckoning(keys: list[str], start: int) -> bool:
    """ "बुधवार रात (भारतीय समयानुसार बृहस्पतिवार सुबह)": a day told in brackets by another time zone's clock restates
    the day the text's place had, which is the event's."""
    opened = next((i for i in range(start - 1, -1, -1) if keys[i] in ("(", ")")), None)
    if opened is None or keys[opened] != "(":
        return False
    closed = next((i for i in range(start, len(keys)) if keys[i] == ")"), len(keys))
    return any(k in BY_THE_CLOCK for k in keys[opened:closed])


def _day_of_a_thing(keys: list[str], end: int) -> bool:
    """ "[पिछले महीने आए] तूफान के बाद भेजी गई सहायता के लिए आभार", "[पिछले साल दी गई] मदद के लिए": a date that a
    participle follows describes the thing thanked for or agreed on, not the day of the thanks or the agreement."""
    after = keys[end : end + 2]
    if len(after) == 2 and after[1] in PASSIVE_AUX:
        return True
    # the participle right after, or its place between ("[पिछले महीने बर्लिन में हुई] ... बैठक की सफलता के लिए धन्यवाद")
    between = keys[end : end + MAX_TO_COME_GAP]
    held = next((i for i, k in enumerate(between) if k in HAPPENED), None)
    return held is not None and not any(k in SUBJECT_GAP_STOPS for k in between[:held])


def _year_of_a_thing(span: tuple, keys: list[str]) -> bool:
    """ "1994 के नरसंहार के पीड़ितों को श्रद्धांजलि दी": a bare year before a genitive names the thing's year, not the
    event's day; so does one before a participle describing the thing ("2021 में हस्ताक्षरित समझौता ज्ञापन का
    नवीनीकरण किया")."""
    b = span[1]
    described = keys[b : b + 1] == [IN] and keys[b + 1 : b + 2] != [] and keys[b + 1] in THING_PARTICIPLES
    return bool(re.fullmatch(r"\d{4}", span[3].value or "")) and b < len(keys) and (keys[b] in GENITIVE or described)


def _time_of_day(keys: list[str], start: int, trigger_at: int) -> bool:
    """A time of day alone, opening the sentence or after the clause's subject ("शाम को ...", "रामगुलाम शाम को
    ... शामिल हुए", "गोयल ने दिन में ... भेंट की"), earlier that day ("इससे पहले दिन में") or that same day ("X ने
    इसी दिन ... मुलाकात की"): of the day told last."""
    if _opens_at_a_time_of_day(keys) or tuple(keys[:4]) == EARLIER_THAT_DAY:
        return True
    return any(
        (keys[i] in TIMES_OF_DAY and keys[i + 1] == TO)
        or tuple(keys[i : i + 2]) in SAME_DAY
        or (tuple(keys[i : i + 2]) == IN_THE_DAY and keys[i - 1 : i] == [ERGATIVE])
        for i in range(start, trigger_at - 1)
    )


def _held_there(keys: list[str], a: int) -> bool:
    """An occasion told as held at a place before the trigger at ``a`` ("... में हुए समारोह में", "... में आयोजित
    कार्यक्रम में")."""
    return any(keys[i] in OCCASION_HELD and keys[i + 1] in OCCASIONS and keys[i + 2] == IN for i in range(1, a - 2))


def _sentence_date(doc: Document, sentence: Sentence) -> dict | None:
    """The date a whole sentence tells (its last one told, as for a clause ending at the sentence's end)."""
    return _date(doc, sentence, (0, len(sentence.tokens)), len(sentence.tokens))


def _heading_day(doc: Document, sentence: Sentence) -> dict | None:
    """The day a paragraph opens on alone, as its label ("सोमवार:", "बुधवार: ... बैठक येरेवान में हुई" in a week's round-up):
    the day of what the paragraph tells (a dateline names its place too, and dates only "आज")."""
    label = doc.paragraph_opening(sentence)
    if label is sentence or label.kind != "dateline" or not _labelled_by(doc, label, "DATE"):
        return None
    return _sentence_date(doc, label)


def _entry_day(doc: Document, sentence: Sentence) -> dict | None:
    """The day of a programme's entry (see _programme_entry), for each thing it lists ("• 9 दिसंबर: ...; ... वार्ता;")."""
    entry = _programme_entry(doc, sentence)
    if entry is None:
        return None
    day = entry.day
    told = doc.sentences[day.sentence]
    label = sum(t.end <= day.end for t in told.tokens)
    return _date(doc, told, (0, label), label)


def _labelled_by(doc: Document, label: Sentence, kind: str) -> bool:
    """Whether the unit is one entity of ``kind`` and a colon ("सोमवार:")."""
    entities = doc.entities_in(label)
    words = [t for t in label.tokens if t.text != ":"]
    return (
        len(entities) == 1
        and entities[0].label == kind
        and bool(words)
        and (words[0].start, words[-1].end) == (entities[0].start, entities[0].end)
    )


def _day_before(doc: Document, sentence: Sentence, ahead: bool = False, same: bool = False) -> dict | None:
    """The date the body told last before ``sentence``, not the day of what led up to the scene ("X मंगलवार रात ...
    पहुंचे थे। शाम को ... भोज देंगी": the evening of the day the story tells), unless the day is told as the ``same``
    ("... भेंट की थी। राजदूत ने उसी दिन देर शाम ..."); for what has happened, not the day of something to come
    ("अगला परामर्श 2027 में बर्लिन में होगा।" told the entry before)."""
    for prev in reversed(doc.sentences[: sentence.index]):
        skipped = (_done_before(prev) and (ahead or not same)) or (not ahead and _told_as_future(prev))
        day = _sentence_date(doc, prev) if prev.kind == "body" and not skipped else None
        if day is not None:
            return day
    return None


def _town_of_the_day(doc: Document, date: dict) -> dict | None:
    """The town the sentence telling a day names as where something was ("इससे एक दिन पहले नई दिल्ली में ... स्वागत
    किया गया ... शाम को ... भोज दिया": New Delhi, not the dateline's town of a later day)."""
    told = next((s for s in doc.sentences if s.start <= date.get("start", -1) < s.end), None)
    if told is None or told.kind != "body":
        return None
    keys = [t.norm for t in told.tokens]
    for _a, b, label, entity in token_spans(told, doc.entities_in(told)):
        if label == "LOCATION" and entity.value and keys[b : b + 1] == [IN] and not _venue(_place_of(entity)):
            return _place_of(entity)
    return None


def _page_day(doc: Document) -> dict | None:
    """The day the page's dateline or stamp gives ("अपडेटेड: 2 जुलाई 2025, 11:45 PM IST")."""
    for sentence in doc.sentences:
        if sentence.kind in ("dateline", "stamp"):
            day = _sentence_date(doc, sentence)
            if day is not None and day["value"]:
                return day
    return None


def _bound_year(span: tuple, keys: list[str], trigger_at: int) -> bool:
    """A bare year that bounds a span ("2030 तक", "2014 से"), or dates what the event came after ("1991 में
    यूक्रेन की आजादी के बाद ... यह पहली यूक्रेन यात्रा है"); years from one to another ("2026 से 2030 तक गैस की
    आपूर्ति के समझौते पर"), what was agreed runs for, never a day events are held on."""
    value = span[3].value or ""
    if YEARS_SPAN.fullmatch(value):
        return True
    if len(value) != 4 or span[1] >= len(keys):
        return False
    return keys[span[1]] in BOUNDS or any(keys[i : i + 2] == AFTER for i in range(span[1], trigger_at - 1))


# ---------------------------------------------------------------- merging


def _elaborations(drafts: list[Draft], doc: Document) -> list[Draft]:
    """ "मोदी ने रविवार को कई नेताओं के साथ द्विपक्षीय बैठकें कीं। उन्होंने ... से मुलाकात की": a
    one-sided event told in general, then in detail in the same or the next sentence by the same
    person, or in the bullets after it ("• ऑस्ट्रेलिया के प्रधानमंत्री X से मुलाकात में ... चर्चा हुई"),
    is those events: they take its date and place (and, in bullets, its actor), and it makes no frame of
    its own."""
    out = list(drafts)
    for general in drafts:
        took_part = bool(TOOK_PART & general.trigger_words())  # "भारत की ओर से X ने बैठक में हिस्सा लिया"
        if (
            not _one_sided(general)
            or not general.has_people()
            or general.forum
            or REPRESENTED & general.trigger_words()
            or (took_part and any(d.forum and d.sentence == general.sentence - 1 for d in drafts))
        ):
            continue  # a forum's meeting is told whole ("बैठक में भारत का प्रतिनिधित्व X ने किया" too, or "... ने बैठक
            # में हिस्सा लिया" after it), and bilaterals on its margins are others
        who = {w.cluster for w in general.actors()} - {None}
        bulleted = _bulleted_after(general, drafts, doc)
        for draft in bulleted:
            draft.participants += [w for w in general.actors() if w.cluster not in {x.cluster for x in draft.actors()}]
            draft.date = draft.date or general.date
            draft.location = draft.location or general.location
        same = [d for d in drafts if d.event_type == general.event_type and who & {w.cluster for w in d.actors()}]
        if any(d.sentence == general.sentence and d.trigger < general.trigger for d in same):
            continue  # "X से मुलाकात की और ... पर चर्चा की": the meeting just told, told on
        if _told_on(doc, general, same):
            continue  # "X ने Y से मुलाकात की। उन्होंने ... पर चर्चा की": that meeting, told on by its pronoun
        detail = [
            d
            for d in same
            if d is not general
            and d.trigger > general.trigger
            and 0 <= d.sentence - general.sentence <= 1
            and d.planned == general.planned  # "... चर्चा हुई। दोनों ... सह-अध्यक्षता करेंगे": another meeting
            and not _one_sided(d)
        ]
        for draft in detail:
            draft.date = draft.date or general.date
            draft.location = draft.location or general.location
            draft.sentences |= general.sentences
        if detail or bulleted:
            out.remove(general)
    return out


def _told_on(doc: Document, general: Draft, same: list[Draft]) -> bool:
    """A sentence opening on a pronoun ("उन्होंने") right after a two-sided event of the same kind and person goes on
    telling that event, not events in general."""
    keys = [t.norm for t in doc.sentences[general.sentence].tokens]
    before = [d for d in same if d.sentence == general.sentence - 1 and not _one_sided(d)]
    return (
        bool(before)
        and keys[:1] != []
        and keys[0] in PRONOUNS
        and _same_paragraph(doc, general.sentence - 1, general.sentence)
    )


def _bulleted_after(general: Draft, drafts: list[Draft], doc: Document) -> list[Draft]:
    """The talks told in the run of bullets right after ``general``, one a bullet (none where ``general`` is
    itself a bullet: a bulletin's briefs are news of their own)."""
    if _bulleted(doc.sentences[general.sentence]):
        return []
    run = set()
    for sentence in doc.sentences[general.sentence + 1 :]:
        if not _bulleted(sentence):
            break
        run.add(sentence.index)
    return [d for d in drafts if d.sentence in run and d.event_type in TALKS | OUTCOMES]


def _bulleted(sentence: Sentence) -> bool:
    return bool(sentence.tokens) and sentence.tokens[0].text in BULLETS


def _join_relatives(drafts: list[Draft]) -> list[Draft]:
    """ "शिखर सम्मेलन की मेजबानी की, जिसमें X और Y ने भाग लिया", "बैठक टोक्यो में हुई, जिसमें ... ने हिस्सा
    लिया": those taking part join the meeting, call or ceremony the sentence told before them, in place of
    their countries told as its sides; nothing to join, no frame."""
    out: list[Draft] = []
    for draft in drafts:
        if draft.event_type != JOINED:
            out.append(draft)
            continue
        kinds = TALKS | {"CEREMONY"}  # "... समारोह आयोजित किया गया, जिसमें X और Y शामिल हुए"
        told = [d for d in out if d.event_type in kinds and d.sentence == draft.sentence and d.trigger < draft.trigger]
        if told:
            told[-1].participants = _in_place_of_sides(told[-1].participants, draft.participants)
            if told[-1].event_type == "MEET" and VIRTUAL & draft.trigger_words():
                told[-1].event_type = "CALL"  # "बैठक हुई, जिसमें X नई दिल्ली से और Y ब्रासीलिया से वर्चुअली जुड़े"
    return out


def _in_place_of_sides(participants: list[Who], people: list[Who]) -> list[Who]:
    """``participants`` joined by ``people``, each person in place of their country told as a side, whichever
    was told first."""
    named = {w.country for w in people if w.cluster is not None}
    joined = [w for w in participants if w.cluster is not None or w.country not in named] + people
    present = {w.country for w in participants if w.cluster is not None}
    return _unique([w for w in joined if w.cluster is not None or w.country not in present])


def _chaired_by_both(draft: Draft, leaders: list[Who]) -> bool:
    """A chair told of a meeting named in the same words, by people of two countries at least."""
    return not CHAIRING.isdisjoint(draft.trigger_words()) and len({w.country for w in leaders} - {None}) > 1


def _join_leaders(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """ "वार्ता शुरू हुई। भारतीय प्रतिनिधिमंडल का नेतृत्व X कर रहे हैं, जबकि ... Y": the leaders of the
    delegations take part in the latest meeting (or talks by video) told up to a few sentences before, in place of
    their side (a leader whose country is not stated is of the side he leads); a leader with no such
    meeting makes no frame."""
    out: list[Draft] = []
    led: dict[int, Draft] = {}  # sentence of a lead -> the meeting its leaders joined
    stood_for: dict[Who, list[Who]] = {}  # a delegation told travelling -> its leaders (see _visit_led)
    for draft in drafts:
        if stood_for:  # "दल ने ... से मुलाकात की": the delegation just told led, its leaders
            draft.participants = [x for w in draft.participants for x in stood_for.get(w, [w])]
        meeting = led.get(draft.sentence)
        if meeting is not None and draft is not meeting and (_co_chair(draft) or _led_by(draft, meeting)):
            # "... का नेतृत्व X ने किया, जबकि सेनेगल की ओर से Y ने बैठक की सह-अध्यक्षता की": Y is the other side's
            meeting.participants = _in_place_of_sides(meeting.participants, draft.participants)
            meeting.sentences |= draft.sentences
            continue
        if _chairs_for_a_side(doc, draft):
            told = [d for d in out if d.event_type == "MEET" and 0 < draft.sentence - d.sentence <= 3]
            if told and told[-1].planned == draft.planned:
                # "... आयोग की अगली बैठक जनवरी में होगी। ... सह-अध्यक्षता भारत की ओर से X करेंगे": X chairs it for India
                told[-1].participants = _in_place_of_sides(told[-1].participants, draft.participants)
                told[-1].sentences |= draft.sentences
                continue
        if draft.event_type != LEAD:
            out.append(draft)
            continue
        talks = [d for d in out if d.event_type in TALKS and 0 <= draft.sentence - d.sentence <= 3]
        leaders = [w for w in draft.participants if w.cluster is not None]
        if not talks and leaders and _visit_led(doc, out, draft, leaders, stood_for):
            continue
        if not talks and _chaired_by_both(draft, leaders):
            draft.event_type = "MEET"  # "... समिति की बैठक की अध्यक्षता सोमवार को A और B ने संयुक्त रूप से की": the
            out.append(draft)  # meeting itself, told first by its chairs
            continue
        if not talks or not leaders:
            continue
        meeting = next((d for d in reversed(talks) if d.actors()), talks[-1])
        sides = (
            [w.country for w in draft.participants if w.cluster is None and w.country]
            or [w.country for w in meeting.participants if w.cluster is None and w.title in DELEGATIONS]
            or _unmet_side(doc, meeting)
        )  # "प्रतिनिधिमंडल का नेतृत्व X ने किया": the one delegation the meeting had
        leaders = [_of_the_side(doc, w, sides[0], countryless=True) for w in leaders] if sides else leaders
        meeting.participants = _in_place_of_sides(meeting.participants, leaders)
        meeting.sentences |= draft.sentences
        led[draft.sentence] = meeting
    return out


def _visit_led(
    doc: Document, told: list[Draft], lead: Draft, leaders: list[Who], stood_for: dict[Who, list[Who]]
) -> bool:
    """ "भारत का तीन सदस्यीय दल बुधवार को ढाका पहुंचा। दल का नेतृत्व चुनाव आयुक्त X कर रहे हैं": the leaders of a
    delegation told travelling in the sentence before are the visitors, of its country (where theirs is not told), and
    stand for it wherever it is told after (recorded in ``stood_for``); whether there was such a visit."""
    visit = next((d for d in reversed(told) if d.event_type == "VISIT" and 0 <= lead.sentence - d.sentence <= 1), None)
    groups = [w for w in visit.sources if w.cluster is None and w.title in DELEGATIONS] if visit is not None else []
    if len(groups) != 1 or len(visit.sources) != 1:
        return False
    country = groups[0].country
    leaders = [_of_the_side(doc, w, country, countryless=True) for w in leaders] if country else leaders
    visit.sources, stood_for[groups[0]] = list(leaders), list(leaders)
    visit.sentences |= lead.sentences
    return True


def _join_hosts(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """ "रूस और यूक्रेन के बीच वार्ता ... हुई। तुर्की के विदेश मंत्री X ने वार्ता की मेजबानी की": the host of the
    talks just told takes part in them."""
    out: list[Draft] = []
    for draft in drafts:
        told = [d for d in out if d.event_type == "MEET" and d.actors() and 0 <= draft.sentence - d.sentence <= 2]
        if told and _hosts_the_talks(doc, draft):
            told[-1].participants = _unique(told[-1].participants + draft.participants)
            told[-1].sentences |= draft.sentences
            continue
        out.append(draft)
    return out


def _hosts_the_talks(doc: Document, draft: Draft) -> bool:
    """People told hosting talks ("वार्ता की मेजबानी की", "बैठकों की मेज़बानी की", not "भोज की मेजबानी"), or hosting
    the two who held them ("दोनों मंत्रियों की मेजबानी की")."""
    if draft.event_type != "MEET" or HOSTED not in draft.trigger_words() or draft.planned or not draft.has_people():
        return False
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    at = _token_from(doc, draft, draft.trigger[0])
    the_two = at >= 3 and keys[at - 3] in BOTH and keys[at - 2] in BOTH_NOUNS
    return at >= 2 and (keys[at - 2] in MEETING_NOUNS or keys[at - 2] in MEETINGS_TOLD or the_two)


def _verb_shared(args: list[Argument], keys: list[str], start: int) -> list[Argument]:
    """The people of a clause with no verb of its own before ", जबकि" at ``start`` ("भारत की ओर से X और Y, जबकि जापान
    की ओर से Z ने हिस्सा लिया"): they share the verb of the clause after it."""
    if start < 2 or keys[start - 1] not in WHILE or keys[start - 2] != ",":
        return []
    if any((k in LIGHT_KEYS and k not in GENITIVE) or is_future(k) for k in keys[: start - 2]):
        return []
    return [x for x in args if x.kind == "person" and x.last <= start - 2 and x.marker in (ERGATIVE, "", None)]


def _their_government(keys: list[str], start: int, trigger_at: int) -> bool:
    """ "उनकी सरकार ... की आभारी है": a clause whose subject is the government of the one who speaks."""
    return any(keys[i] in THEIR and keys[i + 1] in GOVERNMENT for i in range(start, trigger_at - 1))


def _delivered(draft: Draft, keys: list[str], start: int, trigger_at: int) -> bool:
    """ "भारतीय नौसेना का जहाज ... राहत सामग्री लेकर पोर्ट लुई पहुंचा", "यह खेप ... विमान से हवाई अड्डे पर पहुंची": goods
    delivered by a ship or an aircraft, or goods arriving, no one's visit (a port call, "चार दिन की यात्रा पर ...
    पहुंचा", is one; so is a minister arriving with aid)."""
    carrying = CARRYING in keys[max(start, trigger_at - MAX_CARRY_GAP) : trigger_at]
    subject = start + 1 if keys[start : start + 1] and keys[start] in THIS_ONE else start
    goods = subject < trigger_at and keys[subject] in CONSIGNMENT  # "यह खेप", "सामग्री" opening the clause
    return draft.event_type == "VISIT" and (carrying or goods) and not any(w.cluster is not None for w in draft.sources)


def _chairs_for_a_side(doc: Document, draft: Draft) -> bool:
    """A meeting (co-)chaired by one side's people only, told as chaired for that side ("... की सह-अध्यक्षता भारत की ओर
    से विदेश मंत्री X करेंगे"): the chair of a meeting told before, not a meeting of its own."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    behalf = any(tuple(keys[i : i + 3]) in ON_BEHALF for i in range(draft.clause[0], draft.clause[1]))
    chaired = not CHAIRING.isdisjoint(draft.trigger_words())
    return _one_sides_people(draft) and behalf and chaired


def _led_by(draft: Draft, meeting: Draft) -> bool:
    """ "X के प्रतिनिधिमंडल का नेतृत्व कर रहे Y ने Z के साथ परामर्श की सह-अध्यक्षता की": talks the leader just joined to
    the meeting told before hold with the other side are that meeting."""
    leaders = {w.cluster for w in meeting.participants} - {None}
    return draft.event_type == "MEET" and not draft.planned and bool(leaders & {w.cluster for w in draft.participants})


def _co_chair(draft: Draft) -> bool:
    """A meeting told with one side's people only, beside the lead of the other side's delegation."""
    return _one_sides_people(draft) and not draft.planned


def _one_sides_people(draft: Draft) -> bool:
    """A meeting whose participants are people of one country only."""
    return (
        draft.event_type == "MEET"
        and all(w.cluster is not None for w in draft.participants)
        and len(_countries(draft)) == 1
    )


def _merge(drafts: list[Draft], doc: Document) -> list[Draft]:
    """One draft per real event: same actors merge; an actorless mention ("बैठक में ... विचार-विमर्श
    हुआ") joins the nearest earlier one (else the next), a country-level one the nearest meeting of
    its countries' people."""
    merged: list[Draft] = []
    city = _dateline_place(doc)  # where "यहां" is: a venue told there is the more exact place
    for draft in drafts:
        if merged and _joins_the_ceremony(merged[-1], draft, doc):
            merged[-1].sentences |= draft.sentences
            merged[-1].participants = _given_for(doc, _unique(merged[-1].participants + draft.participants))
            merged[-1].location = merged[-1].location or draft.location
            merged[-1].date = merged[-1].date or draft.date
            continue
        siblings = _siblings_told_of(merged, draft, doc)
        if siblings:
            for sibling in siblings:
                sibling.sentences |= draft.sentences
            continue
        forum = _chaired_forum(merged, draft, doc)
        if forum is not None:  # its chair held it, and what was discussed in it is its business
            forum.participants = _unique(forum.participants + draft.actors())
            forum.sentences |= draft.sentences
            continue
        meeting = _represented_at(merged, draft, doc) or _named_after(merged, draft)
        if meeting is not None:
            meeting.participants = _in_place_of_sides(meeting.participants, draft.actors())
            meeting.sentences |= draft.sentences
            continue
        target = _merge_target(merged, draft, city)
        if target is not None and not target.forum and _a_new_one(doc, draft):
            target = None  # "... एक गोलमेज बैठक की अध्यक्षता की": another meeting (a forum's session is the forum's)
        if target is None:
            merged.append(draft)
        else:
            if _later_leg(doc, draft):  # "इसके बाद वह बेंगलुरु जाएंगे": where the visit goes on to, not where it is
                draft.location = None
            _absorb_at(target, draft, city)
    for draft in [d for d in merged if not d.actors()]:
        # not what is to come at another told done ("... योग सत्र आयोजित किए जाएंगे" after "मुलाकात की"), unless
        # told in it ("वार्ता सोमवार को शुरू हुई। वार्ता में ... पर चर्चा होगी")
        told_in = _in_meeting([t.norm for t in doc.sentences[draft.sentence].tokens])
        following = [
            d
            for d in merged
            if d is not draft
            and _same_kind(d, draft)
            and _may_be_one(d, draft)
            and d.actors()
            and (d.planned == draft.planned or told_in)
        ]
        talks = _talks_it_was_reached_in(merged, draft, doc)
        if talks is None and _next_round(doc, draft):  # "... पर बातचीत की। अगले दौर की वार्ता जनवरी में होगी": the
            # of the series told before, held in person or online ("नेताओं ने वर्चुअल माध्यम से बैठक की ... अगला
            # शिखर सम्मेलन ... में होगा")
            kind = [d for d in merged if d.event_type == draft.event_type or {d.event_type, draft.event_type} <= TALKS]
            told = [d for d in kind if d.sentence < draft.sentence]
            if not told and _live_entry(doc, doc.sentences[draft.sentence]):  # a live page tells the latest first:
                told = [d for d in kind if d.sentence > draft.sentence][:1]
            # of two sides at least, not one who only addressed the talks' opening ("... उद्घाटन सत्र को संबोधित किया")
            told = [d for d in told if len({_country_of(doc, w) for w in d.actors()} - {None}) > 1] or told
            series = _series_told(doc, draft)  # the first meeting told of it, not a side meeting after
            told = [d for d in told if series is not None and max(d.sentences) >= series][:1] or told
            sides = _unique([Who(None, c) for w in told[-1].actors() if (c := _country_of(doc, w))]) if told else []
            sides = sides if told else _pair_between_told(doc, draft.sentence)  # talks told only as background
            body = _international_side(doc, list(told[-1].actors())) if told else None
            sides += [Who(None, None, None, body)] if body else []  # "यूरोपीय आयोग की उप महानिदेशक X": the body's side
            draft.participants = sides if len(sides) > 1 else []  # countries of the talks told before
            if told and draft.participants:
                draft.sentences |= told[-1].sentences  # and what they are about, the next round's business too
                if series is not None:  # where the series was named, and its meeting's business once all is joined
                    draft.sentences.add(series)  # to it (see _business_of_the_last)
                    draft.next_of = told[-1]
        if talks is not None:  # "वार्ता की, जिसमें ... का फैसला किया गया": those in the talks decided
            draft.participants = list(talks.actors())
        elif following:
            nearest = min(following, key=lambda d: (d.sentence > draft.sentence, abs(d.sentence - draft.sentence)))
            _absorb_at(nearest, draft, city)
            merged.remove(draft)
        elif draft.event_type == "MEET" and told_in and (pair := _pair_named_before(doc, draft.sentence)):
            draft.participants = pair  # "X ने ... Y का स्वागत किया। भेंट के दौरान ...": the meeting is theirs
        elif draft.event_type in OUTCOMES:
            draft.participants = _sides_of_the_visit(merged, draft, doc) or _sides_before(merged, draft.sentence, doc)

    for draft in merged:  # "शिखर वार्ता के बाद ... X ने कहा, 'आज राष्ट्रपति Y और मैंने ... फैसला किया'"
        reached = _reached_after_the_talks(merged, draft)
        if reached is not None:
            draft.participants = _unique([*draft.actors(), *(w for w in reached.actors() if w.cluster is not None)])
            draft.date = draft.date or reached.date
    for draft in [d for d in merged if d.event_type in OUTCOMES and _one_sided(d)]:
        keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
        if BETWEEN in keys[draft.clause[0] : draft.clause[1]]:
            # "निगम और आइची प्रांत के बीच ... हस्ताक्षर": a side no list holds, of the other country told before
            mine = _countries(draft)
            draft.participants += [w for w in _sides_before(merged, draft.sentence, doc) if w.country not in mine]
    return _absorb_country_level(merged, doc)


def _chaired_forum(merged: list[Draft], draft: Draft, doc: Document) -> Draft | None:
    """ "... ने ... पूर्वी एशिया शिखर सम्मेलन में भारत का प्रतिनिधित्व किया। X की अध्यक्षता में हुए सम्मेलन में ... पर
    चर्चा हुई": a discussion told in a forum's meeting held under a chair, right after that meeting was told, is that
    meeting's, and its chair took part in it."""
    if draft.event_type != "MEET" or DISCUSSION.isdisjoint(draft.trigger_words()):
        return None
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    chaired = [i for i in range(len(keys) - 2) if keys[i : i + 3] == [KI, CHAIR, IN]]
    if not any(
        any(k in FORUM_EVENTS and keys[j + 1 : j + 2] == [IN] for j, k in enumerate(keys[i + 3 : i + 6], i + 3))
        for i in chaired
    ):
        return None
    forums = [d for d in merged if d.forum and 0 < draft.sentence - d.sentence <= 1]
    return forums[-1] if forums else None


def _later_leg(doc: Document, draft: Draft) -> bool:
    """A visit told again as going on from where it was ("इसके बाद वह बेंगलुरु जाएंगे")."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    return draft.event_type == "VISIT" and keys[:2] in AFTER_THAT


def _named_after(merged: list[Draft], draft: Draft) -> Draft | None:
    """ "अमेरिकी विदेश मंत्री ने ... से फोन पर बात की। मार्को रुबियो ने ... की समीक्षा की": the one person of talks told
    right after talks with an office named only by its country, of that country, holds it, and what they do there is
    those talks' business."""
    people = [w for w in draft.actors() if w.cluster is not None]
    if draft.event_type not in TALKS or len(people) != 1 or len(draft.actors()) != 1:
        return None
    # of several told apart in the sentence before ("भारत, चीन और अमेरिका के राजदूतों से अलग-अलग मुलाकात की। भारतीय
    # राजदूत X के साथ मुलाकात में ..."), the one with that country's office
    for talks in reversed(merged):
        if talks.event_type not in TALKS or talks.sentence != draft.sentence - 1:
            break
        offices = [w for w in talks.actors() if w.cluster is None and w.title and w.country == people[0].country]
        if len(offices) == 1:
            return talks
    return None


def _represented_at(merged: list[Draft], draft: Draft, doc: Document) -> Draft | None:
    """ "... बैठक हुई, जिसमें भारत, श्रीलंका और मालदीव ने भाग लिया। बैठक में भारत का प्रतिनिधित्व X ने किया": one
    who stood for a country of the meeting its countries were told attending is that country's side in it; one who
    stood for any country at a forum's summit told just before ("... शांति शिखर सम्मेलन की सह-अध्यक्षता की, जिसमें 20
    से अधिक देशों के नेताओं ने भाग लिया। ... शिखर सम्मेलन में भारत का प्रतिनिधित्व X ने किया") took part in it."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    summit = any(k in FORUM_EVENTS and nxt == IN for k, nxt in itertools.pairwise(keys[:4]))
    if draft.event_type != "MEET" or not draft.has_people() or not (_in_meeting(keys) or summit):
        return None
    told = [d for d in merged if d.event_type == "MEET" and 0 < draft.sentence - d.sentence <= 2]
    if summit and told and told[-1].forum and REPRESENTED & draft.trigger_words():
        return told[-1]
    if not told or told[-1].has_people() or len(_countries(told[-1])) < 2:
        return None
    return told[-1] if _countries(draft) <= _countries(told[-1]) else None


def _a_new_one(doc: Document, draft: Draft) -> bool:
    """ "शाम को X ने ... एक गोलमेज बैठक की अध्यक्षता की": a meeting told as one, a new one, is no meeting told before;
    nor is a roundtable ("... कंपनियों के प्रमुखों के साथ गोलमेज बैठक भी की"), of many by its kind."""
    if draft.event_type != "MEET":
        return False
    at = _token_from(doc, draft, draft.trigger[0])
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    before = keys[max(0, at - MAX_NEW_MEETING) : at + 1]
    return ONE in before[:-1] or not ROUNDTABLES.isdisjoint(before)


def _met_unnamed(draft: Draft) -> bool:
    """ "मुंबई जाएंगे, जहां वह उद्योग जगत के प्रमुखों से मिलेंगे": a meeting with ones no actor stands for (business
    people, students) is not a meeting with named partners told again."""
    return FROM in draft.trigger_words() and not draft.partners


def _same_kind(told: Draft, draft: Draft) -> bool:
    """Of the same type, or a discussion told of a call ("बैठक वर्चुअल माध्यम से हुई। इसमें ... पर चर्चा हुई")."""
    discussed = draft.event_type == "MEET" and bool(DISCUSSION & draft.trigger_words())
    return told.event_type == draft.event_type or (discussed and told.event_type == "CALL")


def _present_alone(keys: list[str]) -> bool:
    """ "... का रस्मी स्वागत किया गया। राष्ट्रपति X और प्रधानमंत्री Y मौजूद रहे।": a sentence that only names people as
    present (no case but genitives, "मौजूद" its verb) tells who was at the occasion just told."""
    words = [k for k in keys if k[:1].isalnum()]
    at = next((i for i, k in enumerate(words) if k in PRESENT), None)
    return at is not None and at >= len(words) - 3 and all(k not in CASE_MARKERS or k in GENITIVE for k in words[:at])


def _join_listed(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """ "पांच देशों के राजदूतों ने परिचय पत्र सौंपे। इनमें X और Y शामिल थे।", "इस अवसर पर X भी मौजूद थीं", "X भी
    समारोह में मौजूद थे", "X और Y ने उनकी अगवानी की": the people a sentence lists as among those just told, as
    present on the occasion or as receiving the guest, take part in the event the sentence before told (a signing's
    witnesses sign nothing), and so do the hosts of a welcome its own sentence tells in a "जहां" clause ("..., जहां X
    और Y ने उनकी अगवानी की"); those listed among the senders of wishes told without them ("बधाई देने वालों में X, Y और
    Z शामिल थे") sent them, each their own."""
    sent = []
    for sentence in doc.sentences:
        keys = _past_attribution([t.norm for t in sentence.tokens])
        told_from = len(sentence.tokens) - len(keys)  # the source's words before it name no one present
        if len(keys) < 3 or sentence.index == 0:
            continue
        # "इनमें X शामिल थे", "परिचय पत्र प्रस्तुत करने वालों में X, Y और Z शामिल थे": among those just told
        among = (keys[0] in AMONG_THEM or _among_those(keys)) and bool(INCLUDED & set(keys))
        at_it = (
            _opens_on_the_occasion(keys)
            or _in_meeting(keys)  # "बैठक में X, Y और Z भी शामिल हुए": they joined the meeting just told
            or (keys[0] in LED_GROUPS and keys[1] == IN)  # "प्रतिनिधिमंडल में X भी शामिल थे": of the delegation met
            or keys[0] in IN_IT  # "... शिखर सम्मेलन किया। इसमें X, Y और Z ने भाग लिया": the event just told
            or keys[:2] in DURING_THESE  # "... भेंटवार्ता की। इस दौरान विदेश मंत्री X भी मौजूद थे"
            or any(  # "X और Y भी समारोह में मौजूद थे", not "X और Y एक स्वागत समारोह में शामिल हुए" (another occasion)
                k in OCCASIONS and keys[i + 1 : i + 2] in ([IN], [ON]) and ONE not in keys[max(0, i - 2) : i]
                for i, k in enumerate(keys)
            )
            or (  # "X भी बैठक में मौजूद थे": present at the meeting just told (taking part in it is told otherwise)
                not PRESENT.isdisjoint(keys)
                and any(k in MEETING_NOUNS and keys[i + 1 : i + 2] == [IN] for i, k in enumerate(keys))
            )
            or _present_alone(keys)
        )
        present = at_it and bool((PRESENT | TOOK_PART) & set(keys))
        received = bool(RECEIVED & set(keys))  # "मुर्मू और मोदी ने उनकी अगवानी की": the hosts of the welcome just told
        # "राष्ट्रपति X ने ... आयोजित समारोह में उनका स्वागत किया": the host who welcomed the guest at the occasion
        # "X ने ... महोत्सव का उद्घाटन किया। राजदूत Y ने उनका स्वागत किया": the one who welcomed the one just told opening it
        welcomed_at = [
            i
            for i, k in enumerate(keys)
            if k in THEIR and keys[i - 1 : i] == [ERGATIVE] and WELCOME in keys[i + 1 : i + 3]
        ]
        received = received or (WELCOME in keys and not OCCASIONS.isdisjoint(keys)) or bool(welcomed_at)
        # "... समाधि पर पुष्पांजलि अर्पित की। हनोई पहुंचने पर ... Y ने उनकी अगवानी की थी": the welcome of an arrival,
        # an occasion of its own (and no event), not the ceremony just told
        received = received and not any(k in ARRIVING and keys[i + 1 : i + 2] == [ON] for i, k in enumerate(keys))
        spoke = _spoke_at_the_occasion([t.norm for t in sentence.tokens])  # "X ने इस अवसर पर कहा कि": X was there
        if not (among or present or received or spoke):
            continue
        kinds = (
            {"MEET", "CALL", "CEREMONY"}
            if present
            else {"CEREMONY"}
            if received or spoke
            else SYMMETRIC_MERGE | WISHES | {"CEREMONY"}
        )
        reach = MAX_OCCASION_REACH if present else 1  # "... उद्घाटन किया। इस वर्ष ... । उद्घाटन समारोह में X भी मौजूद थे"
        # further back, those present, where no event is told between ("... भेंट की। ... अवगत कराया कि ...। उन्होंने
        # ... स्मृति चिह्न भेंट की। इस अवसर पर X भी उपस्थित थे": remarks and a gift at the call)
        quiet = MAX_QUIET_REACH if present else reach
        told = [
            d
            for d in drafts
            if d.event_type in kinds
            and any(
                1 <= (r := _reach(doc, s, sentence.index)) <= reach
                or (r <= quiet and not any(s < x.sentence < sentence.index for x in drafts))
                for s in d.sentences
                if s < sentence.index
            )
        ]
        if present and not _in_meeting(keys) and _signing_told_last(drafts, sentence.index):
            told = []  # "... ने समझौता ज्ञापनों पर हस्ताक्षर किए। उद्योग मंत्री X भी इस अवसर पर उपस्थित थे": its witness
        where = next((i for i, k in enumerate(keys) if k in WHERE), None) if received else None
        if where is not None and (not RECEIVED.isdisjoint(keys[where:]) or any(i > where for i in welcomed_at)):
            # "X का ... औपचारिक स्वागत किया गया, जहां Y और Z ने उनकी अगवानी की": the hosts of the welcome it tells;
            # "विमान ... हवाई अड्डे पर उतरा, जहां X ने उनका स्वागत किया": of the arrival it tells, no occasion before
            # not what the sentence goes on to tell, nor its people ("..., जहां X ने उनका स्वागत किया, जिसके बाद वे ...
            # स्मारक गए और ... श्रद्धांजलि दी")
            told_to = next((i for i in range(where + 1, len(keys)) if keys[i] in SUBORDINATORS), len(keys))
            limit = sentence.tokens[told_to].start if told_to < len(keys) else sentence.end
            told_from += where
            told = [
                d
                for d in drafts
                if d.sentence == sentence.index and d.event_type == "CEREMONY" and d.trigger[0] < limit
            ]
        else:
            told_to = len(keys)
        if told:
            speaker_only = spoke and not (among or present or received)  # not those the speaker talked of
            people = [
                _who(m)
                for m in doc.mentions_in(sentence)
                if (told_from <= m.first < told_to and not speaker_only) or (speaker_only and m.last <= spoke)
            ]
            # "इस अवसर पर दक्षिण सूडान के रक्षा मंत्री और भारत के राजदूत भी उपस्थित थे", "... करने वालों में
            # स्लोवेनिया और कोलंबिया के राजदूत शामिल थे": offices of countries
            if present or among:
                args = _arguments(doc, sentence, load())
                people += [
                    Who(None, arg.country, arg.title)
                    for arg in args
                    if arg.kind == "country" and arg.title and arg.first >= told_from
                ]
            leader = _delegation_leader(doc, sentence.index) if keys[0] in LED_GROUPS else None
            if leader is not None and (side := _country_of(doc, leader)) is not None:
                people = [_of_the_side(doc, w, side) for w in people]  # "प्रतिनिधिमंडल में X भी शामिल थे"
            # the event just told, and the same event told before it in the same words ("X ने Y से मुलाक़ात की.
            # दोनों नेताओं ने ... पर चर्चा की. मुलाक़ात में Z भी मौजूद थे"), which stay one
            last = _retold_by_sides(told)
            for draft in [d for d in told if d.event_type == last.event_type and d.key() == last.key()]:
                if draft.event_type in WISHES:  # "बधाई देने वालों में X, Y और Z शामिल थे": who sent them
                    if draft.targets and not draft.sources:
                        draft.sources = _unique(people)
                        sent.append(draft)
                    continue
                if _in_meeting(keys):  # "बैठक में चीन के विदेश मंत्री X ... भी शामिल हुए": in place of their countries
                    draft.participants = _in_place_of_sides(draft.participants, people)
                else:
                    draft.participants = _unique(draft.participants + people)
                draft.partners = _unique(draft.partners + people)  # whom the doer is with (see _hosts)
            if not speaker_only:  # what the speaker said is no business of the occasion
                last.sentences.add(sentence.index)
    return [one for d in drafts for one in (_per_sender(d) if any(d is w for w in sent) else [d])]


def _of_the_side(doc: Document, who: Who, side: str, countryless: bool = False) -> Who:
    """One whose country was only guessed (or, ``countryless``, never told), now known to be of ``side``."""
    person = doc.people[who.cluster] if who.cluster is not None else None
    if person is None or not (person.country_inferred or (countryless and person.country is None)):
        return who
    person.country, person.country_inferred = side, False
    return who._replace(country=side)


def _join_list_items(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """ "... राजदूतों और उच्चायुक्तों के परिचय पत्र स्वीकार किए। परिचय पत्र प्रस्तुत करने वाले राजनयिक ये हैं: 1. नॉर्वे की
    राजदूत X 2. ...": the people a list names, under a sentence ending on a colon that names no one itself, right after
    a ceremony, took part in it (and what the sentence names again is that one); not a timeline's years ("• 2019: ..."),
    nor those met in meetings listed so ("... बैठकें कीं। इनमें शामिल हैं: - X", each a meeting of its own)."""
    dropped: set[int] = set()
    for sentence in doc.sentences:
        if sentence.kind != "item" or not doc.mentions_in(sentence) or TIMELINE_ENTRY.match(doc.raw[sentence.start :]):
            continue
        opener = _list_opener(doc, sentence)
        if opener is None:
            continue
        own = [d for d in drafts if d.sentence == opener.index]
        told = [d for d in drafts if d.event_type in OCCASION_KINDS and d.sentence == opener.index - 1]
        if not told or any(d.actors() for d in own):
            continue
        told[-1].participants = _unique(told[-1].participants + [_who(m) for m in doc.mentions_in(sentence)])
        told[-1].sentences |= {opener.index, sentence.index}
        dropped |= {id(d) for d in own if d.event_type == told[-1].event_type}
    return [d for d in drafts if id(d) not in dropped]


def _companions(doc: Document, drafts: list[Draft]) -> None:
    """ "विटकॉफ ने ... पुतिन से मुलाकात की। विटकॉफ के साथ ... जेरेड कुशनर भी थे": those told as with a participant of the
    meeting, call or visit the sentence before told ("X के साथ Y भी थे", "उनके साथ A और B भी थे": with its first actor)
    took part in it, on that actor's side; the words before a name only describe them ("ट्रंप के दामाद")."""
    for sentence in doc.sentences[1:]:
        keys = [t.norm for t in sentence.tokens]
        ends = [i for i in range(1, len(keys) - 1) if keys[i] == TOO and keys[i + 1] in IS_WAS]
        mentions = doc.mentions_in(sentence)
        anchor = next((m for m in mentions if keys[m.last : m.last + 2] == [GEN_KE, WITH]), None)
        pronoun = keys[:2] == [HIS, WITH]  # "उनके साथ": with whoever the sentence before told of first
        start = 2 if pronoun else anchor.last if anchor is not None else None
        named = [m for m in mentions if ends and start is not None and start <= m.first and m.last <= ends[0]]
        if start is None or not named or named[-1].last != ends[0]:
            continue
        told = [d for d in drafts if d.sentence == sentence.index - 1 and d.event_type in TALKS | {"VISIT"}]
        lead = next((w for w in told[0].actors() if w.cluster is not None), None) if pronoun and told else anchor
        # the first told; the rest of its sentence's talks it holds ("मुलाकात की और ... चर्चा की")
        draft = next((d for d in told if lead is not None and lead.cluster in {w.cluster for w in d.actors()}), None)
        if draft is None:
            continue
        # of the side they came with, where the text names no country of theirs (nor does the document, but for a guess:
        # "उनके साथ ... वज़ीर-ए-दिफ़ा ख़्वाजा आसिफ़ भी थे", an office no country was told with)
        joined = _joined_names(keys, named)
        guessed = {m.cluster for m in joined if doc.people[m.cluster].country_inferred and lead.country}
        who = [
            _who(m)._replace(country=lead.country if m.cluster in guessed else m.country or lead.country)
            for m in joined
        ]
        for cluster in guessed:
            doc.people[cluster].country, doc.people[cluster].country_inferred = lead.country, False
        if draft.event_type == "VISIT":
            draft.sources = _unique([*draft.sources, *who])
        else:
            draft.participants = _unique([*draft.participants, *who])


def _joined_names(keys: list[str], mentions: list[Mention]) -> list[Mention]:
    """The last of the mentions and those joined to it ("वज़ीर-ए-ख़ारिजा इसहाक़ डार और वज़ीर-ए-दिफ़ा ख़्वाजा आसिफ़"), not
    those that only describe the next ("राष्ट्रपति डोनाल्ड ट्रंप के दामाद जेरेड कुशनर": Kushner alone)."""
    joined = [mentions[-1]]
    for mention in reversed(mentions[:-1]):
        between = keys[mention.last : joined[0].first]
        if GENITIVE.intersection(between) or not CLAUSE_JOINERS.intersection(between):
            break
        joined.insert(0, mention)
    return joined


def _retold_by_sides(told: list[Draft]) -> Draft:
    """The event the last draft told is: itself, the fuller one of its sentence it goes on telling, or, where it names
    only the sides, the event of those sides told before it ("X ने Y से मुलाक़ात की। दोनों जानिब ने ... पर बात की।
    मुलाक़ात में Z भी मौजूद थे": Z was at the meeting)."""
    last = told[-1]
    people = {w.cluster for w in last.actors()} - {None}
    if people:  # "X ने Y से मुलाकात की और ... पर चर्चा की। Z भी इस बैठक में मौजूद थे": the meeting the talk goes on with
        return next(
            (
                d
                for d in reversed(told[:-1])
                if d.event_type == last.event_type
                and d.sentence == last.sentence
                and people < {w.cluster for w in d.actors()}
            ),
            last,
        )
    sides = {w.country for w in last.actors()}
    return next(
        (
            d
            for d in reversed(told[:-1])
            if d.event_type == last.event_type and {w.country for w in d.actors()} == sides
        ),
        last,
    )


def _among_those(keys: list[str]) -> bool:
    """ "... करने वालों में" opening a sentence: among those who did what was just told."""
    return any(k == THOSE_WHO and nxt == IN for k, nxt in itertools.pairwise(keys[:MAX_AMONG_AT]))


def _thanked_for_what_was_given(doc: Document, drafts: list[Draft]) -> None:
    """ "भारत ने ... श्रीलंका को चावल की खेप सौंपी, जिसके लिए श्रीलंका सरकार ने आभार जताया": thanks told with no one
    thanked, in a "जिसके लिए" clause on what the sentence told given, go to those who gave it, the sides of that event
    of another country than the thankers'."""
    for draft in drafts:
        if draft.event_type != "THANK" or not draft.sources or draft.targets:
            continue
        keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
        if not _for_which(keys, draft.clause[0]):
            continue
        given = [d for d in drafts if d.sentence == draft.sentence and d is not draft and d.trigger < draft.trigger]
        thankers = {w.country for w in draft.sources}
        givers = [w for w in given[-1].actors() if w.country not in thankers] if given else []
        draft.targets = _unique(givers)


def _posted_under_a_label(doc: Document, drafts: list[Draft]) -> None:
    """'नरेंद्र मोदी (@narendramodi): "... X को हार्दिक बधाई।"': wishes told with no sender in a quotation that its
    paragraph opens with a person's name for a label (perhaps a handle and an office after it, then a colon) are that
    person's."""
    for draft in drafts:
        if draft.event_type not in WISHES or draft.sources or not draft.targets:
            continue
        speaker = _label_speaker(doc, doc.paragraph_opening(doc.sentences[draft.sentence]))
        if speaker is not None:
            draft.sources = [_who(speaker)]


def _told_again_by_their_senders(drafts: list[Draft]) -> None:
    """ "X को विश्व नेताओं ने बधाई दी। ... मोदी: '... X को बधाई' ... माइली: '... बधाई'": wishes told with no sender, to
    people whom wishes told later by senders of two countries or more go to, are those wishes told in sum: no frame of
    their own (told again by one sender only, they may sum up others the text tells in words no rule reads)."""
    for draft in drafts:
        people = {w.cluster for w in draft.targets}
        if draft.event_type not in WISHES or draft.sources or not people or None in people:
            continue
        again = [
            d
            for d in drafts
            if d.event_type == draft.event_type
            and d.sentence > draft.sentence
            and people <= {w.cluster for w in d.targets}
        ]
        if len({w.country for d in again for w in d.sources} - {None}) > 1:
            draft.targets = []


def _label_speaker(doc: Document, sentence: Sentence) -> Mention | None:
    """The person whose name opens the sentence as the label of a quotation ('जेवियर माइली (@JMilei), अर्जेंटीना के
    राष्ट्रपति: "..."'), if one does."""
    texts = [t.text for t in sentence.tokens]
    named = next((m for m in doc.mentions_in(sentence) if m.first == 0), None)
    colon = next((i for i, text in enumerate(texts) if text in COLONS), None)
    if named is None or colon is None or not named.last <= colon <= named.last + MAX_LABEL:
        return None
    quoted = texts[colon + 1 : colon + 2] != [] and texts[colon + 1][:1] in QUOTE_MARKS
    return named if quoted and QUOTE_MARKS.isdisjoint(texts[:colon]) else None


def _senders_named_after(drafts: list[Draft]) -> None:
    """ "मोदी को ... कई विश्व नेताओं ने शुभकामनाएं दीं। अल्बनीज, मेलोनी और कार्की ने ... बधाई संदेश पोस्ट किए": wishes
    told without their senders, then by senders without a receiver, are those senders' to that receiver, on
    that day (each sender's message a frame of its own)."""
    told = set()
    for draft in drafts:
        if draft.event_type not in WISHES or not draft.sources or draft.targets:
            continue
        before = next(
            (
                d
                for d in drafts
                if d.event_type == draft.event_type and d.sentence == draft.sentence - 1 and d.targets and not d.sources
            ),
            None,
        )
        if before is not None:
            draft.targets = list(before.targets)
            draft.date = draft.date or before.date
            draft.sentences.add(before.sentence)
            told.add(id(before))
    for draft in drafts:
        if id(draft) in told:
            draft.targets = []  # told again by its senders: no frame of its own


def _named_in_the_meeting(doc: Document, drafts: list[Draft]) -> None:
    """ "दोनों देशों के रक्षा मंत्रियों ने बैठक की और ... सहमति जताई। बैठक में जापान के रक्षा मंत्री X और
    फिलीपींस के रक्षा सचिव Y ने ...": the people named doing something in the meeting just told by their
    countries alone are its sides, and those of what was agreed there."""
    for sentence in doc.sentences:
        keys = [t.norm for t in sentence.tokens]
        if sentence.index == 0 or not _in_meeting(keys) or ERGATIVE not in keys:
            continue
        people = [_who(m) for m in doc.mentions_in(sentence)]
        countries, named = {w.country for w in people}, {w.cluster for w in people}
        for draft in drafts:
            told = draft.sentence == sentence.index - 1 and draft.event_type in SYMMETRIC_MERGE
            # not a retelling, by the countries, of a meeting those people were told in before ("X ने Y से मुलाकात
            # की। दोनों पक्षों ने ... समीक्षा भी की। मुलाकात के दौरान Y ने ...")
            again = any(d.sentence < draft.sentence and named <= {w.cluster for w in d.actors()} for d in drafts)
            if told and people and not draft.has_people() and countries <= _countries(draft) and not again:
                draft.participants = people + [w for w in draft.actors() if w.country not in countries]
                draft.sources, draft.targets = [], []
                draft.sentences.add(sentence.index)


def _met_with_the_one_before(doc: Document, drafts: list[Draft]) -> None:
    """ "X और Y की मौजूदगी में ... समझौतों पर हस्ताक्षर किए। ... हुई बैठक के बाद ... Y ने कहा": a meeting told with
    one person of one country, named as the time of what that person did after it, who is one of the two people of
    two countries the sentence before names, was the two's, on that occasion's day where it tells none of its own."""
    for draft in drafts:
        people = _unique([w for w in draft.actors() if w.cluster is not None])
        if draft.event_type != "MEET" or draft.planned or len(people) != 1 or len(_countries(draft)) != 1:
            continue
        words = [match_key(w) for w in draft.trigger_text.split()]
        if words[-2:] != AFTER or words[0] not in MEETING_NOUNS:
            continue  # "बैठक के बाद ... Y ने कहा", not "Y ने ... से भी मुलाकात की" nor "सम्मेलन में भाग लेने के बाद"
        pair = _pair_before(doc, draft.sentence, leaders=True)
        if len({w.country for w in pair}) == 2 and people[0].cluster in {w.cluster for w in pair}:
            draft.participants, draft.sources, draft.targets = pair, [], []
            draft.date = draft.date or _sentence_date(doc, doc.sentences[draft.sentence - 1])


def _sides_told_next(doc: Document, drafts: list[Draft], sentence_triggers: dict) -> None:
    """ "पिछले महीने लीमा में वार्ता का आठवां दौर हुआ। दोनों पक्षों के मुख्य वार्ताकारों ने ...": talks told with no
    one holding them, followed in their paragraph by a sentence of no event of its own opening on "both sides", are
    held by those sides (the pair the text gives them, see _context_pair)."""
    for index, draft in enumerate(drafts):
        nxt = draft.sentence + 1
        if (
            draft.event_type != "MEET"
            or draft.planned
            or draft.actors()
            or not _eventless_body(doc, nxt, sentence_triggers)
        ):
            continue
        keys = [t.norm for t in doc.sentences[nxt].tokens]
        noun = _both_noun(keys, 0) if keys[:1] and BOTH.get(keys[0]) == 2 else None
        if noun is None or keys[noun] not in SIDE_NOUNS or not _same_paragraph(doc, draft.sentence, nxt):
            continue
        sides = _context_pair(doc, nxt, drafts[:index])
        if len(sides) == 2:
            draft.participants = sides
            draft.sentences.add(nxt)


def _announced_by(doc: Document, drafts: list[Draft]) -> None:
    """ "भारत और न्यूजीलैंड ने ... बातचीत के समापन की घोषणा की। गोयल और मैक्ले ने यहां वाणिज्य भवन में ... यह घोषणा
    की": an agreement told by its countries, then said announced by a person of each in the next sentence of its
    paragraph, is those people's, made where they announced it."""
    for draft in drafts:
        nxt = draft.sentence + 1
        last = nxt == len(doc.sentences)
        if draft.event_type != "AGREE" or draft.has_people() or last or not _same_paragraph(doc, draft.sentence, nxt):
            continue
        sentence = doc.sentences[nxt]
        keys = [t.norm for t in sentence.tokens]
        if not any(keys[i] in THIS_ONE and keys[i + 1] in ANNOUNCED for i in range(len(keys) - 1)):
            continue
        people = list({m.cluster: _who(m) for m in doc.mentions_in(sentence)}.values())
        if len(people) == 2 and {w.country for w in people} == _countries(draft):
            draft.participants = people
            draft.location = _location(doc, sentence, (0, len(keys)), planned=False) or draft.location
            draft.sentences.add(nxt)


def _asked_about(doc: Document, drafts: list[Draft]) -> None:
    """ "सवाल: मुक्त व्यापार समझौते पर बातचीत कहां तक पहुंची है? जवाब: पिछले महीने लीमा में वार्ता का आठवां दौर हुआ": the
    event an interview's answer opens on is what the question before it asked about; the question tells of it too."""
    for draft in drafts:
        label = doc.paragraph_opening(doc.sentences[draft.sentence]).index
        if label == draft.sentence or label == 0 or not labelled(doc.sentences[label], ANSWERS):
            continue
        if any(doc.sentences[i].kind == "body" for i in range(label + 1, draft.sentence)):
            continue  # not the answer's first sentence
        asked = doc.paragraph_opening(doc.sentences[label - 1]).index
        if labelled(doc.sentences[asked], QUESTIONS):
            draft.sentences |= {i for i in range(asked + 1, label) if doc.sentences[i].kind == "body"}


def _joins_the_ceremony(ceremony: Draft, draft: Draft, doc: Document) -> bool:
    """ "दूतावास ने योग दिवस मनाया। इस कार्यक्रम में X मुख्य अतिथि के रूप में शामिल हुए": those who join
    the occasion the sentence before told take part in it, and so do one who welcomes its guests ("... स्वागत समारोह
    में X मुख्य अतिथि थे। राजदूत Y ने अतिथियों का स्वागत किया") and one told doing what opens the sentence with the
    occasion's own noun ("... समारोह आयोजित किया गया। समारोह की मेजबानी X ने की")."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    at = _token_from(doc, draft, draft.trigger[0])
    # "मोदी को ... सम्मान से सम्मानित किया गया। राष्ट्रपति X ने ... मोदी को यह सम्मान प्रदान किया": the honour told
    # again, a country told giving it ("घाना ने ... सम्मानित किया") now by the one who gave it
    # ("अबी ने यह सम्मान प्रदान किया": the giver alone, naming no one else given it)
    retold = all(k in draft.key() or k[0] is None for k in ceremony.key()) or len(draft.key()) == 1
    again = at > 0 and keys[at - 1] in THIS_ONE and retold
    # "... समारोह में X मौजूद रहे। [what the occasion opened]. Y ने भी समारोह में भाग लिया": "भी" reaches past a sentence
    also = draft.sentence - ceremony.sentence == 2 and at > 0 and keys[at - 1] == TOO
    return (
        ceremony.event_type == draft.event_type == "CEREMONY"
        and (draft.sentence - ceremony.sentence in (0, 1) or also)
        and (_opens_on_the_occasion(keys) or again or keys[at] in GUESTS or _the_occasion_joined(keys, at))
    )


def _the_occasion_joined(keys: list[str], at: int) -> bool:
    """ "... एक समारोह में सौंपा गया। [मंत्री X और राजदूत Y] समारोह में शामिल हुए": the occasion's noun bare, opening the
    sentence or after those who joined it, is the occasion just told (not "एक अन्य समारोह में")."""
    return keys[at] in OCCASIONS and (at == 0 or keys[at - 1] not in ANOTHER_ONE)


def _given_for(doc: Document, actors: list[Who]) -> list[Who]:
    """ "घाना ने मोदी को ... सम्मानित किया। राष्ट्रपति महामा ने ... मोदी को यह सम्मान प्रदान किया": a country told
    acting and one whose country the text leaves unsaid acting in its place are that one, of that country."""
    people = [w for w in actors if w.cluster is not None]
    alone = [w for w in actors if w.cluster is None]
    unsaid = [w for w in people if doc.people[w.cluster].country_inferred]
    if len(alone) != 1 or len(unsaid) != 1 or any(_country_of(doc, w) == alone[0].country for w in people):
        return actors
    return _settle_country(doc, [w for w in actors if w != alone[0]], unsaid[0], alone[0].country)


def _opens_on_the_occasion(keys: list[str], after_subject: bool = False) -> bool:
    """ "इस अवसर पर", "इस कार्यक्रम में", "कार्यक्रम में", "उद्घाटन समारोह में", "समारोह के बाद", "परेड के बाद", "मुलाकात के
    दौरान", "अपने संबोधन में", "इस संबंध में" opening a sentence (or, ``after_subject``, told right after it: "जयशंकर
    ने इस मौके पर"): the occasion just told (what follows a ceremony is done that day)."""
    keys = keys[_subject_end(keys) :] if after_subject else keys
    if keys[:1] and keys[0] in OWN_ONES:
        return len(keys) > 3 and keys[1] in ADDRESSES and keys[2] == IN
    if _this_regard(keys):
        return True  # "इस संबंध में ... पत्र का आदान-प्रदान हुआ": of what was just told
    at = 1 if keys[:1] and keys[0] in THIS else 0
    if len(keys) > at + 3 and keys[at] in MEETING_NOUNS and tuple(keys[at + 1 : at + 3]) == DURING:
        return True
    if keys[at + 1 : at + 2] and keys[at + 1] in OCCASIONS and keys[at] not in OCCASIONS:
        at += 1  # "उद्घाटन समारोह में": the occasion named by what it was for
    if len(keys) >= at + 3 and keys[at] in PARADES:
        return keys[at + 1 : at + 3] == AFTER
    if len(keys) < at + 3 or keys[at] not in OCCASIONS:
        return False
    return keys[at + 1] in (IN, ON) or keys[at + 1 : at + 3] == AFTER


def _discussed_on_the_occasion(doc: Document, draft: Draft, drafts: list[Draft]) -> bool:
    """ "... से सौजन्य भेंट की गई। भेंट के दौरान ... जर्मन निवेश की संभावनाओं पर चर्चा की गई": a discussion told on the
    occasion of the talks just told, no one named holding it, is those talks' business, no talks of its own (the
    country its words name is what was discussed)."""
    if draft.event_type != "MEET" or DISCUSSION.isdisjoint(draft.trigger_words()) or draft.has_people():
        return False
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    return bool(drafts) and drafts[-1].event_type in TALKS and _opens_on_the_occasion(keys)


def _talks_it_was_reached_in(drafts: list[Draft], draft: Draft, doc: Document) -> Draft | None:
    """ "... के साथ वार्ता की, जिसमें ... पर सहमति बनी": an agreement told in a relative clause on the
    talks just told was reached by those in them (a signing "जिसके बाद" is their countries', see
    _signed_after_talks)."""
    if draft.event_type != "AGREE":
        return None
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    at = _token_from(doc, draft, draft.trigger[0])
    talks = [d for d in _talks_before(drafts, draft) if RELATIVE_IN & set(keys[d.clause[1] : at])]
    return talks[-1] if talks else None


def _reached_after_the_talks(drafts: list[Draft], talks: Draft) -> Draft | None:
    """ "हैदराबाद हाउस में शिखर वार्ता के बाद संयुक्त प्रेस वक्तव्य में X ने कहा, 'आज राष्ट्रपति Y और मैंने ... फैसला
    किया है'": talks told only as the time of an outcome told after them in their sentence were held by the people who
    reached it (two of them at least), where the talks name one person at most (the one telling of them)."""
    people = {w.cluster for w in talks.actors()} - {None}
    if talks.event_type not in TALKS or AFTER[-1] not in talks.trigger_words() or len(people) > 1:
        return None
    reached = [
        d
        for d in drafts
        if d.event_type in OUTCOMES
        and d.sentence == talks.sentence
        and d.trigger > talks.trigger
        and len({w.cluster for w in d.actors()} - {None}) > 1
    ]
    return reached[0] if reached else None


def _talks_before(drafts: list[Draft], draft: Draft) -> list[Draft]:
    """The talks told before a draft's trigger in its sentence."""
    return [d for d in drafts if d.event_type in TALKS and d.sentence == draft.sentence and d.trigger < draft.trigger]


def _came_to_an_end(keys: list[str], a: int, b: int) -> bool:
    """ "यात्रा रविवार को संपन्न हो गई": told as having ended (not "यात्रा संपन्न की", what the visitor did that day)."""
    return any(keys[i] in ENDED and keys[i + 1] in BECAME for i in range(a, min(b, len(keys) - 1)))


def _day_of_return(doc: Document, draft: Draft, keys: list[str], a: int) -> bool:
    """ "पांच दिवसीय भारत भ्रमण के बाद शनिवार को स्वदेश लौट आईं": the day after the visit's trigger (at ``a``) is the
    day its visitor came home, not a day of the visit; so is any day of a visit told by the return ("मंगलवार को ...
    यात्रा से स्वदेश लौट आए")."""
    if not RETURNED.isdisjoint(draft.trigger_words()):
        return True
    at = _token_from(doc, draft, draft.date["start"])
    return at > a and not RETURNED.isdisjoint(keys[at : draft.clause[1]])


def _next_round(doc: Document, draft: Draft) -> bool:
    """A meeting named as the next of its series: "अगली बैठक", "अगले दौर की वार्ता", "वार्ता का अगला दौर", or by its
    count, to come ("तीसरे दौर की वार्ता अगले वर्ष लिस्बन में होगी")."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    at = _token_from(doc, draft, draft.trigger[0])
    before, after = keys[max(at - 3, 0) : at], keys[at + 1 : at + 4]
    # "अगली बैठक", or the series' own words between ("अगला इब्सा शिखर सम्मेलन", "अगला अंतर-सरकारी परामर्श"; not "अगले
    # महीने होने वाली")
    opened = next((k for k in range(at - 1, max(at - MAX_SERIES_WORDS, 0) - 1, -1) if keys[k] in NEXT), None)
    if opened is not None and all(
        k == "-" or (k[:1].isalpha() and k not in POSTPOSITIONS and k not in NOT_A_SERIES)
        for k in keys[opened + 1 : at]
    ):
        return True
    counted = draft.planned and _reads(before, (NTH, ROUND, GENITIVE))
    return counted or _reads(before, (NEXT, ROUND, GENITIVE)) or _reads(after, (GENITIVE, NEXT, ROUND))


def _pair_between_told(doc: Document, sentence: int) -> list[Who]:
    """ "भारत और यूरोपीय संघ के बीच ... की बातचीत 2007 में शुरू हुई थी। ... अगले दौर की वार्ता जनवरी में होगी": the two
    sides told "X और Y के बीच" in a sentence before, nearest first, of talks whose history framed no event."""
    for index in range(sentence - 1, max(sentence - MAX_SERIES_REACH, -1), -1):
        told = doc.sentences[index]
        keys = [t.norm for t in told.tokens]
        spans = [x for x in token_spans(told, doc.entities_in(told)) if x[2] in ("COUNTRY", "ORG")]
        for (_a, b, label, first), (c, d, label2, second) in itertools.pairwise(spans):
            if keys[b:c] == [AND] and keys[d : d + 2] == AMONG:
                return [_side_named(first, label), _side_named(second, label2)]
    return []


def _side_named(entity: Entity, label: str) -> Who:
    """A country or a body named as a side, as an actor."""
    return Who(None, entity.value) if label == "COUNTRY" else Who(None, None, None, entity.text)


def _business_of_the_last(drafts: list[Draft], sentences: list[list[int]]) -> None:
    """ "... बैठक में ... पर सहमति जताई। परिषद की अगली बैठक 2026 में होगी": the next meeting of a series takes up what
    the one before it was about, as told in full (its sentences once all are joined to it)."""
    for i, draft in enumerate(drafts):
        last = next((j for j, d in enumerate(drafts) if d is draft.next_of), None) if draft.next_of else None
        if last is not None:
            sentences[i] = sorted(set(sentences[i]) | set(sentences[last]))


def _series_told(doc: Document, draft: Draft) -> int | None:
    """ "समिति की आठवीं बैठक में ... सहमति जताई। बैठक की सह-अध्यक्षता ... X ने Y से भी मुलाकात की ... समिति की अगली
    बैठक": the sentence where the series a next meeting is of was last named before, by the noun before "की अगली"."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    at = _token_from(doc, draft, draft.trigger[0])
    if at < 3 or keys[at - 1] not in NEXT or keys[at - 2] not in GENITIVE:
        return None
    named = [i for i in range(draft.sentence) if keys[at - 3] in {t.norm for t in doc.sentences[i].tokens}]
    return named[-1] if named else None


def _reads(words: list[str], sets: tuple) -> bool:
    """Each word in its set, as many words as sets."""
    return len(words) == len(sets) and all(w in s for w, s in zip(words, sets, strict=True))


def _token_from(doc: Document, draft: Draft, offset: int) -> int:
    """The first token of the draft's sentence at or after a raw offset (where its trigger starts, or ends)."""
    return bisect.bisect_left([t.start for t in doc.sentences[draft.sentence].tokens], offset)


def _signed_after_talks(doc: Document, drafts: list[Draft]) -> None:
    """ "दोनों नेताओं ने वार्ता की, जिसके बाद ... पर हस्ताक्षर किए गए": a signing no one is named for, told
    after talks in their sentence, is between the countries of those in the talks, as known once the
    hosts are found (see _hosts); so is one given only someone of the talks ("X के साथ वार्ता में ... निर्णय लिया तथा
    ... पर हस्ताक्षर किए गए": X alone, one side)."""
    for draft in drafts:
        if draft.event_type != "SIGN" or (draft.actors() and not _one_sided(draft)):
            continue
        talks = _talks_before(drafts, draft)
        if talks and set(draft.actors()) <= set(talks[-1].actors()):
            countries = {
                doc.people[w.cluster].country if w.cluster is not None else w.country for w in talks[-1].actors()
            }
            draft.participants = [Who(None, c) for c in sorted(countries - {None})]


def _unmet_side(doc: Document, meeting: Draft) -> list[str]:
    """ "... ने अमेरिकी अंतरिक्ष एजेंसी नासा के एक प्रतिनिधिमंडल से मुलाकात की": the one side a meeting had as a body or
    a country with no person of it, which a delegation's leader told next stands for."""
    people = {_country_of(doc, w) for w in meeting.participants if w.cluster is not None}
    sides = {w.country for w in meeting.participants if w.cluster is None and w.country not in people}
    return sorted(sides - {None}) if len(sides) == 1 else []


def _sides_of_the_visit(drafts: list[Draft], draft: Draft, doc: Document) -> list[Who]:
    """ "वह शनिवार को सैंटियागो पहुंचेंगे, जहां ... दो समझौतों पर हस्ताक्षर होने की उम्मीद है": an outcome with no actors,
    told where a visit its sentence tells goes, is between the visitor's country and the one visited."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    if draft.clause[0] == 0 or keys[draft.clause[0] - 1] not in WHERE:
        return []
    visits = [
        d for d in drafts if d.event_type == "VISIT" and d.sentence == draft.sentence and d.trigger < draft.trigger
    ]
    if not visits:
        return []
    sides = ({_country_of(doc, w) for w in visits[-1].sources} | {w.country for w in visits[-1].targets}) - {None}
    return [Who(None, c) for c in sorted(sides)] if len(sides) == 2 else []


def _sides_before(drafts: list[Draft], sentence: int, doc: Document) -> list[Who]:
    """ "वार्ता के अंत में ... पर हस्ताक्षर किए जाएंगे": an outcome told with no actors is between
    the two countries of the latest event before it that had two, else the two the text names up to it
    ("भारत और मालदीव के बीच ... समझौते को मंजूरी दी। यह समझौता ... हस्ताक्षरित हुआ था"), the nearest first; a country
    and an international body whose official met its own ("एडीबी के अध्यक्ष X ने ... वित्त मंत्री Y से मुलाकात की। इस
    दौरान ... ऋण समझौतों पर हस्ताक्षर किए गए") are two sides too."""
    in_it = _in_meeting([t.norm for t in doc.sentences[sentence].tokens])  # "बैठक में ये फैसले लिए गए": its sides,
    for before in range(sentence - 1, -1, -1):  # however many
        for draft in (d for d in drafts if d.sentence == before):
            countries = sorted({w.country for w in draft.actors() if w.country})
            if len(countries) == 2 or (in_it and len(countries) > 2 and draft.event_type in TALKS):
                return [Who(None, c) for c in countries]
            body = _international_side(doc, list(draft.actors())) if len(countries) == 1 else None
            if body is not None:
                return [Who(None, countries[0]), Who(None, None, None, body)]
        if pair := _pair_between(doc, doc.sentences[before]):  # "... भारत और मंगोलिया के बीच ... समझौते को स्वीकृति"
            return [Who(None, c) for c in sorted(pair)]
    named = {e.value for e in doc.entities if e.label == "COUNTRY" and e.sentence <= sentence and e.value}
    return [Who(None, c) for c in sorted(named)] if len(named) == 2 else []


def _another_pair(doc: Document, sentence: Sentence, draft: Draft) -> bool:
    """A sentence naming two other countries as the sides of what it tells ("मंत्रिमंडल ने भारत और मंगोलिया के बीच ...
    समझौता ज्ञापन को स्वीकृति भी दी" after a signing of India and Peru), or another country as the one it was done with,
    tells of another event, not the one before."""
    pair, theirs = _pair_between(doc, sentence), _countries(draft)
    if pair and len(theirs) == 2 and pair != theirs:
        return True
    # "... बांग्लादेश के साथ सीमा पर ... बातचीत जारी है" after talks of India and Sri Lanka: talks with another country
    partner = _partner_named(doc, sentence)
    return partner is not None and len(theirs) == 2 and partner not in theirs


def _partner_named(doc: Document, sentence: Sentence) -> str | None:
    """The country a sentence names as the one something is done with ("बांग्लादेश के साथ"), not by a demonym."""
    keys = [t.norm for t in sentence.tokens]
    return next(
        (
            e.value
            for _a, b, label, e in token_spans(sentence, doc.entities_in(sentence))
            if label == "COUNTRY" and e.source != "demonym" and keys[b : b + 2] == [GEN_KE, WITH]
        ),
        None,
    )


def _pair_between(doc: Document, sentence: Sentence) -> set[str]:
    """The two countries a sentence names as the sides of something ("मंत्रिमंडल ने भारत और मंगोलिया के बीच ... समझौता
    ज्ञापन को स्वीकृति दी"), if it names two and "के बीच"."""
    keys = [t.norm for t in sentence.tokens]
    if not any(keys[i : i + 2] == [GEN_KE, BETWEEN] for i in range(len(keys) - 1)):
        return set()
    named = {e.value for e in doc.entities_in(sentence) if e.label == "COUNTRY" and e.value}
    return named if len(named) == 2 else set()


def _talks_with_both(doc: Document, draft: Draft, nearest: Draft, drafts: list[Draft]) -> list[Draft]:
    """ "ला पाज़ में वह X से मुलाकात करेंगे, जबकि लीमा में ... सह-अध्यक्षता करेंगे। ... दोनों देशों के साथ ... पर चर्चा
    होगी": talks told with both sides of two meetings one sentence told are the other's too, not the nearest's alone."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    both = any(
        keys[i] in BOTH and keys[i + 1] in BOTH_NOUNS and keys[i + 2 : i + 4] == [GEN_KE, WITH]
        for i in range(len(keys) - 3)
    )
    others = [
        d
        for d in drafts
        if d is not nearest
        and d.event_type == draft.event_type
        and d.has_people()
        and _may_be_one(d, draft)
        and d.sentence == nearest.sentence < draft.sentence
    ]
    return others if both and len(others) == 1 and _countries(others[0]) != _countries(nearest) else []


def _siblings_told_of(merged: list[Draft], draft: Draft, doc: Document) -> list[Draft]:
    """ "X ने A से और ... B से मुलाकात की। A के साथ बातचीत में ..., जबकि B के साथ ...": a draft whose sentence names
    people of more than one of the events one trigger made, and no one else, tells of each of those (see
    _parts_told_of)."""
    people = {m.cluster for m in doc.mentions_in(doc.sentences[draft.sentence])}
    earlier = (d.trigger for d in merged if d.event_type == draft.event_type and d.sentence < draft.sentence)
    for trigger in dict.fromkeys(earlier):
        siblings = [d for d in merged if d.trigger == trigger and d.event_type == draft.event_type]
        theirs = [{w.cluster for w in d.actors()} for d in siblings]
        shared = set.intersection(*theirs)  # the one who met them all names none of them
        told = [d for d, them in zip(siblings, theirs, strict=True) if people & (them - shared)]
        if len(told) > 1 and people <= set().union(*theirs):
            return told
    return []


def _merge_target(merged: list[Draft], draft: Draft, city: dict | None) -> Draft | None:
    """The latest draft reporting the same event: same type, same actors, no conflicting place (a
    venue in the dateline's city is that city's), date or modality (see _may_be_one)."""
    call = _latest_call(merged)
    if call is not None and _discusses_the_call(call, draft, merged[-1].sentence):
        draft.location = None  # a region talked of ("हिंद-प्रशांत क्षेत्र में") is no place of a call
        return call
    call = _call_retold(merged, draft)
    if call is not None:
        return call
    for other in reversed(merged):
        if _toured_on(draft, other):
            return other
        if _arrival_told_after(other, draft):
            other.location = draft.location  # where the visit began, not where its later talks were ("यहां")
            return other
        if _same_trip(other, draft):
            draft.location = draft.date = None  # "बुधवार को वह बेंगलुरु गए": a later leg, not where nor when it began
            return other
        if other.event_type != draft.event_type or not draft.actors() or not _retells(draft, other):
            continue
        if (other.sentence, other.trigger) == (draft.sentence, draft.trigger) and _offices_apart(other, draft):
            continue  # one trigger's events told apart ("रक्षा सचिव ... और चीफ ऑफ डिफेंस स्टाफ से अलग-अलग"): each its own
        if not _may_be_one(other, draft) or (other.partners and _met_unnamed(draft)):
            continue
        place = _meeting_place(draft)
        if _venue_within(place, other.location, city) or _venue_within(other.location, place, city):
            place = other.location  # "नई दिल्ली, ... यहां मुलाकात की। साउथ ब्लॉक में हुई इस बैठक में"
        # a day borrowed from the sentence before ("X सोमवार को पहुंचे। दोनों नेताओं ने ... भी चर्चा की") tells
        # no other day
        same_day = draft.scene_date or _same_day(other.date, draft.date)
        if same_day and _compatible(other.location, place, "text"):
            return other
    return None


def _offices_apart(one: Draft, other: Draft) -> bool:
    """Whether two events hold office-holders unnamed of different offices (two people, though of one country)."""
    offices = [{w.title for w in d.participants if w.cluster is None and w.title} for d in (one, other)]
    return all(offices) and offices[0] != offices[1]


def _toured_on(draft: Draft, visit: Draft) -> bool:
    """ "वेंस ने बाद में अक्षरधाम मंदिर का दौरा किया": a place toured, with no country of its own, by one already
    told on a visit is part of that visit."""
    return (
        draft.event_type == visit.event_type == "VISIT"
        and not draft.targets
        and draft.planned == visit.planned
        and bool({w.cluster for w in draft.sources} - {None})
        and {w.cluster for w in draft.sources} <= {w.cluster for w in visit.sources}
    )


def _arrival_told_after(visit: Draft, draft: Draft) -> bool:
    """ "ऑस्ट्रेलिया की दो दिवसीय यात्रा के दूसरे दिन ... वार्ता की। राजनाथ सिंह गुरुवार को सिडनी पहुंचे थे": the
    arrival of one told on an undated visit to the same country is where and when that visit began."""
    return _same_trip(visit, draft) and visit.date is None and bool(ARRIVED & draft.trigger_words())


def _same_trip(visit: Draft, draft: Draft) -> bool:
    """ "ओर्पो मंगलवार को मुंबई पहुंचे थे ... बुधवार को वह बेंगलुरु गए": one visit of one traveller to one country,
    told leg by leg, is one visit; so is one to come, told going on to another place ("सोमवार को ... भारत आएंगी ...
    बुधवार को ... चेन्नई जाएंगी": a town of its own; not "अगले सप्ताह मॉस्को जाएंगे ... 10 और 11 दिसंबर को रूस की यात्रा
    पर रहेंगे", its days)."""
    clusters = {w.cluster for w in draft.sources}
    moved_on = (
        bool(draft.location) and _town(draft.location) and draft.location["text"] != (visit.location or {}).get("text")
    )
    return (
        draft.event_type == visit.event_type == "VISIT"
        and draft.planned == visit.planned
        and (moved_on or not draft.planned)
        and None not in clusters
        and clusters == {w.cluster for w in visit.sources}
        and {w.country for w in draft.targets} == {w.country for w in visit.targets} != set()
    )


def _call_retold(merged: list[Draft], draft: Draft) -> Draft | None:
    """ "मेरी मित्र राष्ट्रपति सामिया सुलुहु हसन से बात करके खुशी हुई": a talk ("बात") with the very people of a
    call told before, with no place or day of its own, is that call told again."""
    told = match_key(draft.trigger_text.split()[0])
    if draft.event_type != "MEET" or told not in CHAT or draft.location or draft.date:
        return None
    calls = (c for c in reversed(merged) if c.event_type == "CALL" and c.planned == draft.planned)
    return next((c for c in calls if c.has_people() and _retells(draft, c)), None)


def _meeting_place(draft: Draft) -> dict | None:
    """Where talks were held, for telling two apart: not a region of no one country, which is talked of
    ("हिंद-प्रशांत क्षेत्र में सहयोग पर चर्चा की" after "टोक्यो में वार्ता की")."""
    region = draft.event_type in TALKS and draft.location is not None and draft.location["country"] is None
    return None if region else draft.location


def _latest_call(merged: list[Draft]) -> Draft | None:
    """The call told last, if only what is said on a call came after it ("X को फोन कर ... बधाई दी":
    the wishes were given on the call, and what they discussed next is the call's business)."""
    for draft in reversed(merged):
        if draft.event_type == "CALL":
            return draft
        if draft.event_type not in AFTER_CALL:
            return None
    return None


def _discusses_the_call(call: Draft, draft: Draft, told_last: int) -> bool:
    """ "ट्रंप और पुतिन के बीच फ़ोन पर बातचीत हुई। ... दोनों नेताओं ने ... पर चर्चा की": talks told by
    the same people right after their call (or after what was said on it, told last at sentence ``told_last``),
    with no place of their own, are what the call was about; its chairs told next ("बैठक वर्चुअल माध्यम से
    हुई। बैठक की सह-अध्यक्षता X और Y ने की") held it."""
    return (
        call.event_type == "CALL"
        and draft.event_type == "MEET"
        and draft.planned == call.planned
        and (draft.location is None or draft.location["country"] is None)  # "हिंद-प्रशांत क्षेत्र में सुरक्षा पर"
        and call.sentence <= draft.sentence
        and 0 <= draft.sentence - told_last <= MAX_CALL_REACH
        and bool((DISCUSSION | CHAIRING) & draft.trigger_words())
        and (_retells(draft, call) or _countries(draft) == _countries(call) != set() or _a_side_of(draft, call))
    )


def _a_side_of(draft: Draft, call: Draft) -> bool:
    """ "... ने वर्चुअल माध्यम से परिषद की बैठक की सह-अध्यक्षता की। बैठक में ऑस्ट्रेलियाई विश्वविद्यालयों के ... पर चर्चा
    हुई": a discussion naming no one, only a country of the call, goes on telling it."""
    return not draft.has_people() and bool(_countries(draft)) and _countries(draft) <= _countries(call)


def _countries(draft: Draft) -> set[str]:
    """The countries of a draft's actors."""
    return {w.country for w in draft.actors()} - {None}


def _retells(draft: Draft, other: Draft) -> bool:
    """Same actors, or one side of a two-sided event told again ("मोदी ने कहा, 'हमने आतंकवाद पर भी
    चर्चा की'")."""
    everyone = {w.cluster for w in draft.actors()} - {None}
    # the forum's meeting and one on its margins are two, unless told again of all its people ("... के साथ इब्सा
    # बैठक की मेजबानी की। तीनों मंत्रियों ने ... पर चर्चा की")
    if draft.forum != other.forum and not (
        len(everyone) > 1 and everyone == {w.cluster for w in other.actors()} - {None}
    ):
        return False
    if draft.event_type == "CEREMONY" and _rite(draft) != _rite(other):
        # "... का उद्घाटन किया। इसके बाद दोनों नेताओं ने ... श्रद्धांजलि दी", "... पौधे लगाए", "... की आधारशिला भी
        # रखी": two ceremonies
        return False
    attended = ATTENDING & (draft.trigger_words() | other.trigger_words())
    if draft.event_type == "CEREMONY" and _opening(draft) != _opening(other) and attended:
        return False  # "समारोह में मुख्य अतिथि के रूप में शामिल हुए। ... भवन का उद्घाटन किया": two ceremonies
    if draft.event_type == "MEET" and _feast(draft) and not _feast(other) and draft.sentence > other.sentence:
        # "... के साथ वार्ता की। शाम को X ने Y के सम्मान में राजकीय भोज दिया": a banquet told after the talks is an occasion
        # of its own (not one told with them, "Y से मुलाकात की, जिन्होंने ... भोज दिया", nor talks told after one, "भोज
        # दिया। इस दौरान दोनों ने ... बातचीत की", which were held at it)
        return False
    senders, sent = _senders(draft), _senders(other)
    if draft.event_type in ONE_WAY and senders and sent and senders.isdisjoint(sent):
        return False  # "मोदी ने कार्की को शुभकामनाएं दीं ... कार्की ने मोदी को बधाई दी": wishes both ways are two
    people = {w.cluster for w in draft.sources} - {None}
    if draft.event_type in WISHES and not draft.targets and other.targets and people:
        # "X ने Y को बधाई दी। X ने 'एक्स' पर पोस्ट किया, '... आपकी जीत पर बधाई'": those wishes, quoted
        return people <= {w.cluster for w in other.sources}
    same_giver = draft.event_type in WISHES and people and people <= {w.cluster for w in other.sources}
    if same_giver and (_to_their_country(draft, other) or _to_their_country(other, draft)):
        # "रुटो ने मोदी का आभार व्यक्त किया। रुटो ने लिखा, '... भारत सरकार ... का धन्यवाद'": the same thanks, to the
        # country of the one thanked (told either way round: "माल्टा सरकार का आभार जताया। ... प्रधानमंत्री X को पत्र
        # लिखकर उनका धन्यवाद किया")
        return True
    key, told = draft.key(), other.key()
    if draft.event_type == "CEREMONY" and draft.sentence == other.sentence and (key <= told or told <= key):
        return True  # "... रस्मी स्वागत किया गया और उन्हें गार्ड ऑफ ऑनर दिया गया": one occasion, some told of more
    # "X ... के साथ वार्ता करेंगे और ... सम्मेलन को संबोधित करेंगे": addressing a gathering is no side of the talks
    side = len(key) == 1 and key < told and not ADDRESSED & draft.trigger_words()
    return key == told or (draft.event_type in SYMMETRIC_MERGE and side)


def _to_their_country(draft: Draft, other: Draft) -> bool:
    """Whether all ``draft`` thanks or wishes are to countries or bodies of no one named, of the countries ``other``'s
    go to."""
    countries = {w.country for w in draft.targets}
    unnamed = all(w.cluster is None and w.country for w in draft.targets)
    return bool(countries) and unnamed and countries <= {w.country for w in other.targets}


def _tribute(draft: Draft) -> bool:
    return bool(TRIBUTES & draft.trigger_words())


def _rite(draft: Draft) -> tuple[bool, bool, bool]:
    """Which rite a ceremony is: a tribute paid, a tree planted, a foundation stone laid (else an opening or other)."""
    words = draft.trigger_words()
    return bool(TRIBUTES & words), bool(PLANTINGS & words), bool(FOUNDATIONS & words)


def _feast(draft: Draft) -> bool:
    return bool(FEASTS & draft.trigger_words())


def _opening(draft: Draft) -> bool:
    return bool(OPENINGS & draft.trigger_words())


def _senders(draft: Draft) -> set[str]:
    """The countries a one-way event comes from, where its sources say (else none to tell it apart)."""
    countries = {w.country for w in draft.sources}
    return set() if not countries or None in countries else countries


def _may_be_one(a: Draft, b: Draft) -> bool:
    """A meeting held and the next one announced with a date or a place of its own ("अगली बैठक अप्रैल
    में होगी", "अगली बैठक अगले महीने सिंगापुर में होगी") are two events; talks and their agenda told in
    the future ("दोनों पक्ष ... पर चर्चा करेंगे") are one. Other events, one planned and one held, are two."""
    if a.planned == b.planned:
        return True
    if a.event_type not in TALKS:  # a parade to attend and a homage paid are two ceremonies
        return False
    planned, held = (a, b) if a.planned else (b, a)
    elsewhere = planned.location is not None and (held.location or {}).get("text") != planned.location["text"]
    return planned.date is None and not elsewhere


def _told_again(doc: Document, again: Draft, draft: Draft) -> bool:
    """ "भारत और चिली ने ... बातचीत पूरी होने की घोषणा की। X और Y ने यहां इसकी संयुक्त घोषणा की": the next sentence
    tells the same event again by "इसकी", with who did it."""
    keys = [t.norm for t in doc.sentences[again.sentence].tokens]
    return again.sentence == draft.sentence + 1 and keys[_token_from(doc, again, again.trigger[0])] in ITS


def _absorb_country_level(merged: list[Draft], doc: Document) -> list[Draft]:
    """A bilateral country-level mention ("भारत और पेरू ने चर्चा की") joins the nearest earlier
    (else later) meeting of the same type between people of those countries; a ceremony told by its
    countries ("भारत ने श्रीलंका को विमान सौंपा") joins the one its people perform in the next sentence;
    a signing by bodies, the one "समझौते पर" the next sentence tells their people making (see _signatories); an arrival
    told by its country ("बुद्ध के पवित्र अवशेष ... बैंकॉक पहुंचे"), the visit of the delegation the next one tells
    came with it."""
    out = list(merged)
    for draft in merged:
        if draft.event_type not in SYMMETRIC_MERGE | NEXT_DOOR or draft.has_people() or not draft.actors():
            continue
        countries = {w.country for w in draft.actors()}
        hosts = [
            d
            for d in out
            if d is not draft
            and d.event_type == draft.event_type
            and (d.has_people() or _signed_by_bodies(d, draft))
            and _may_be_one(d, draft)
            and (_countries_may_be(doc, d, countries) or _signatories(d, draft, doc) or _same_visitors(d, draft))
            and _same_day(d.date, draft.date)
            and not _other_offices(d, draft)
            and (draft.event_type not in NEXT_DOOR or abs(d.sentence - draft.sentence) <= 1)
            # "... का फैसला किया गया। दोनों पक्षों ने ... का लक्ष्य तय किया": a decision told apart is another
            and (draft.event_type != "AGREE" or d.sentence == draft.sentence or _told_again(doc, d, draft))
        ]
        if hosts:
            host = min(hosts, key=lambda d: (d.sentence > draft.sentence, abs(d.sentence - draft.sentence)))
            if _signatories(host, draft, doc):
                _side_left(doc, host, countries)
            for other in _talks_with_both(doc, draft, host, out):
                other.sentences |= draft.sentences
            _absorb(host, draft)
            out.remove(draft)
        elif draft.event_type == "MEET" and (visit := _visit_for_talks(out, draft, countries)) is not None:
            # "X ... परामर्श के लिए ढाका जाएंगे। ... दोनों पक्ष ... चर्चा करेंगे": the visitor is the side
            visitors = [w for w in visit.sources if w.cluster is not None]
            home = {w.country for w in visitors}
            offices = {match_key(w.title or "") for w in visitors}
            # not another office of the visitor's country ("दोनों देशों के व्यापार मंत्री ... मिलेंगे" after a foreign
            # minister's visit: the trade ministers, not the visitor)
            if all(w.title is None or match_key(w.title) in offices for w in draft.participants if w.country in home):
                draft.participants = visitors + [w for w in draft.participants if w.country not in home]
    return out


def _other_offices(host: Draft, draft: Draft) -> bool:
    """ "विदेश मंत्री X ... Y के साथ वार्ता करेंगे। ... दोनों देशों के व्यापार मंत्री भी ... मिलेंगे", "... ऊर्जा मंत्री X और Y
    की मुलाकात ... ऊर्जा सचिवों की बैठक": offices named for the sides that none of the host's people hold (another
    portfolio of the same head, or another head) are other people's, at another meeting."""
    if not all(w.cluster is None and w.title for w in draft.actors()):
        return False  # sides told by country alone, or bodies of a country ("हंगरी की कंपनियों के लिए"), name no office
    offices = {_portfolio(w.title) for w in draft.actors()}
    held = {_portfolio(w.title) for w in host.actors() if w.title}
    if None in offices or None in held or not held:
        return False  # one office each, a portfolio and its head ("व्यापार मंत्री", "ऊर्जा सचिव"), else unknown
    if {head for _p, head in offices}.isdisjoint(head for _p, head in held):
        return True  # "दोनों देशों के ऊर्जा सचिवों की ... बैठक" after the energy ministers': other people
    if len({head for _p, head in offices | held}) != 1:
        return False
    return {p for p, _head in offices}.isdisjoint(p for p, _head in held)


def _portfolio(title: str) -> tuple[str, str] | None:
    """A title of one portfolio word and its head, the head with no number ("विदेश मंत्रियों", "विदेश मंत्री": ("विदेश",
    "मंत्र")), to compare offices named in the singular or the plural; None for any other title."""
    words = match_key(title).split()
    if len(words) != 2:
        return None
    head = words[1]
    for ending in ("ियों", "ों", "ी", "ि"):
        if head.endswith(ending):
            head = head[: -len(ending)]
            break
    return words[0], head


def _same_visitors(visit: Draft, told: Draft) -> bool:
    """A visit of people and one told by their country, from the same country to the same place (or one the visit of
    people, its place unsaid, leaves open)."""
    if visit.event_type != "VISIT" or told.event_type != "VISIT":
        return False
    came = {w.country for w in visit.sources} == {w.country for w in told.sources}
    return came and (not visit.targets or {w.country for w in visit.targets} == {w.country for w in told.targets})


def _countries_may_be(doc: Document, draft: Draft, countries: set[str]) -> bool:
    """Whether the draft's actors are of ``countries``, a person whose country the text never states standing for
    any ("... हस्ताक्षर करेंगे। ... गोयल ... व्यापार मंत्री टॉड मैक्ले के साथ समझौते पर हस्ताक्षर करेंगे": McClay is
    taken for the home country until where he is met tells his, see _hosts)."""
    actors = {w.country for w in draft.actors()}
    guessed = [w for w in draft.actors() if w.cluster is not None and _country_unsure(doc, w.cluster)]
    stated = {w.country for w in draft.actors() if w not in guessed}
    # both sides named ("भारत और न्यूजीलैंड"), one of them the draft's, not a country talked about ("अफगानिस्तान की स्थिति")
    sides = len(countries) > 1 and bool(countries & actors)
    return countries <= actors or (sides and len(countries - stated) <= len(guessed))


def _signatories(signing: Draft, told: Draft, doc: Document) -> bool:
    """ "आईसीसीआर और ... विश्वविद्यालय के बीच ... हस्ताक्षर किए गए। समझौते पर आईसीसीआर के महानिदेशक X और विश्वविद्यालय की
    रेक्टर Y ने हस्ताक्षर किए": the people told signing "the agreement" right after a signing by bodies sign that one,
    whatever country the text leaves them (a host's people are found later, see _hosts)."""
    if signing.event_type != "SIGN" or signing.sentence != told.sentence + 1 or not any(w.org for w in told.actors()):
        return False
    if len(signing.actors()) < 2:  # one signatory alone is no signing of two sides told again
        return False
    keys = [t.norm for t in doc.sentences[signing.sentence].tokens[:MAX_PACT_WORDS]]
    return ON in keys and not PACTS.isdisjoint(keys[: keys.index(ON)])


def _side_left(doc: Document, signing: Draft, countries: set[str]) -> None:
    """ "इसरो और फ्रांस की अंतरिक्ष एजेंसी सीएनईएस ने ... हस्ताक्षर किए। समझौते पर इसरो के अध्यक्ष X और सीएनईएस के अध्यक्ष
    Y ने ...": the one signatory whose country the text never states is of the side no other signatory is of."""
    guessed = [w for w in signing.participants if w.cluster is not None and doc.people[w.cluster].country_inferred]
    left = countries - {w.country for w in signing.participants if w not in guessed}
    if len(guessed) == 1 and len(left) == 1:
        (country,) = left
        signing.participants = _settle_country(doc, signing.participants, guessed[0], country)


def _settle_country(doc: Document, actors: list[Who], person: Who, country: str) -> list[Who]:
    """A person whose country the text never states, found to be of ``country``: corrected for the document (its
    other frames take it from there), and among ``actors``."""
    known = doc.people[person.cluster]
    known.country, known.country_inferred = country, False
    return [w._replace(country=country) if w == person else w for w in actors]


def _signed_by_bodies(signing: Draft, told: Draft) -> bool:
    """ "बांग्लादेश और नेपाल ने ... समझौते पर हस्ताक्षर किए। समझौते पर बांग्लादेश पावर डेवलपमेंट बोर्ड, ... ने हस्ताक्षर
    किए": the signing its countries' bodies are told making next is the same one."""
    return (
        signing.event_type == "SIGN"
        and any(w.org for w in signing.actors())
        and abs(signing.sentence - told.sentence) <= 1
    )


def _visit_for_talks(drafts: list[Draft], talks: Draft, countries: set) -> Draft | None:
    """The visit told in the sentence before or the same one, by a person of one of the talks' two
    countries to the other, with the same modality: the talks are its business."""
    for visit in drafts:
        home = {w.country for w in visit.sources if w.cluster is not None}
        went = {w.country for w in visit.targets}
        if (
            visit.event_type == "VISIT"
            and visit.planned == talks.planned
            and 0 <= talks.sentence - visit.sentence <= 1
            and len(home) == 1
            and home | went == countries
            and len(countries) == 2
        ):
            return visit
    return None


def _one_sided(draft: Draft) -> bool:
    """A meeting, call, signing or agreement needs two sides, and a visit a visitor abroad; with one side
    found, the text is about something else ("भारत ने ... का फैसला किया") or the other side was
    missed: no frame either way."""
    if draft.event_type == "VISIT":  # a visit by no one the text names ("वह ... जाएंगे" unresolved), a trip at
        # home ("अमेरिकी राष्ट्रपति ट्रंप एंकोरेज पहुंचे"), or a year's trips in sum ("वर्ष 2025 में ... 16 देशों की
        # यात्रा की"), to no country named
        summed = len((draft.date or {}).get("value") or "") == len("YYYY")
        return not draft.sources or (not draft.targets and (summed or _at_home(draft.location, draft.sources)))
    countries = {w.country for w in draft.actors()}
    return draft.event_type in SYMMETRIC_MERGE and len(draft.key()) < 2 and len(countries) < 2


def _forum_named_before(doc: Document, sentence: Sentence, at: int, lex: Lexicon) -> bool:
    """ "... डब्ल्यूटीओ की सामान्य परिषद की विशेष बैठक में भाग लेने के लिए ... पहुंचे थे। उन्होंने ... परिषद की बैठक को
    संबोधित किया": a body named bare before the meeting noun at ``at`` is the forum the sentence before named it of."""
    keys = [t.norm for t in sentence.tokens]
    if at < 2 or keys[at - 1] not in GENITIVE or sentence.index == 0:
        return False
    before = doc.sentences[sentence.index - 1]
    words = [t.norm for t in before.tokens]
    starts = [t.start for t in before.tokens]
    return any(
        keys[at - 2] in words[(k := bisect.bisect_left(starts, e.end)) : k + MAX_FORUM_NAME_GAP]
        for e in doc.entities_in(before)
        if (e.label == "ORG" and lex.international_body(e.text, e.value))
        or (e.label == "SECTOR" and e.value == MULTILATERAL)
    )


def _forum_of_the_title(doc: Document, sentence: Sentence, at: int, lex: Lexicon) -> bool:
    """ "जी20 शिखर सम्मेलन: जोहान्सबर्ग में मोदी की कई द्विपक्षीय बैठकें ... प्रधानमंत्री ने शनिवार को शिखर सम्मेलन के
    पहले सत्र को संबोधित किया था": a summit told bare, a few words before the meeting noun at ``at``, on a page whose
    title names the forum's summit."""
    title = doc.sentences[0]
    if title.kind != "headline" or sentence is title:
        return False
    near = {t.norm for t in sentence.tokens[max(0, at - MAX_FORUM_NAME_GAP) : at + 1]} & FORUM_EVENTS
    starts = [t.start for t in title.tokens]
    after = [
        title.tokens[k].norm
        for e in doc.entities_in(title)
        if e.label == "ORG"
        and lex.international_body(e.text, e.value)
        and (k := bisect.bisect_left(starts, e.end)) < len(title.tokens)
    ]
    return bool(near.intersection(after))


def _many_countries_there(doc: Document, sentences: list[int]) -> bool:
    """ "... सम्मेलन की मेजबानी की, जिसमें 40 देशों के प्रतिनिधियों ने भाग लिया": the envoys of three countries or more
    told in the sentences of an event, unnamed, take part in it."""
    for s in sentences:
        keys = [t.norm for t in doc.sentences[s].tokens]
        for i in range(len(keys) - 3):
            many = keys[i].isdigit() and int(keys[i]) >= 3  # "40", "४०"
            if many and keys[i + 1] in COUNTRIES_NOUN and keys[i + 2] == GEN_KE and keys[i + 3] in ENVOYS_OF_MANY:
                return True
    return False


def _at_a_forum(doc: Document, draft: Draft, lex: Lexicon) -> bool:
    """A meeting of a multilateral forum that someone attends or represents a country at ("जी20 विदेश
    मंत्रियों की बैठक में भाग लिया", "डब्ल्यूटीओ की बैठक में भारत का प्रतिनिधित्व ... ने किया"): one side named is
    enough, since the others are the forum's many members, and it is about multilateral affairs."""
    # a forum's meeting told as held, with no one in it yet ("ब्रिक्स शेरपाओं की बैठक ... शुरू हुई। भारत का
    # प्रतिनिधित्व X ने किया"), is one too; one held online too ("ब्रिक्स ... वर्चुअल शिखर सम्मेलन में भाग लिया")
    sentence = doc.sentences[draft.sentence]
    starts = [t.start for t in sentence.tokens]
    at = bisect.bisect_left(starts, draft.trigger[0])
    # so is a forum's meeting told as held under its chair ("जीसीसी का 47वां शिखर सम्मेलन ... X की अध्यक्षता में
    # हुआ"), not one between two sides ("यूरोपीय संघ और भारत के बीच अगला शिखर सम्मेलन ... होगा")
    words = draft.trigger_words()
    held = words <= FORUM_EVENTS and BETWEEN not in (t.norm for t in sentence.tokens[:at])
    if draft.event_type not in TALKS or not (ATTENDING & words or not draft.actors() or held):
        return False
    countries = {e.end for e in doc.entities_in(sentence) if e.label == "COUNTRY"}
    for entity in doc.entities_in(sentence):
        forum = entity.label == "ORG" and lex.international_body(entity.text, entity.value)
        k = bisect.bisect_left(starts, entity.start)
        paired = k > 1 and sentence.tokens[k - 1].text == "-" and sentence.tokens[k - 2].end in countries
        if paired and lex.international.get(name_key(entity.text)) in ONE_SIDE:
            continue  # "भारत-यूरोपीय संघ रणनीतिक वार्ता": the union is one side of a bilateral's
        if forum or (entity.label == "SECTOR" and entity.value == MULTILATERAL):
            between = sentence.tokens[bisect.bisect_left(starts, entity.end) : at]
            if [t.text for t in between[:3:2]] == ["(", ")"]:  # "शंघाई सहयोग संगठन (एससीओ) के ... बैठक"
                between = between[3:]
            elif [t.text for t in between[:1]] == [")"]:  # "भारत-ब्राजील-दक्षिण अफ्रीका (इब्सा) नेताओं की बैठक"
                between = between[1:]
            words = all(t.text[:1].isalnum() or t.text == "-" for t in between)  # no clause ends ("आसियान-भारत")
            # the forum named before the trigger, or ending in its first word ("पूर्वी एशिया शिखर सम्मेलन में ...")
            if entity.start < draft.trigger[0] and len(between) <= MAX_FORUM_NAME_GAP and words:
                return True
    # "अंतरराष्ट्रीय सुरक्षा सम्मेलन में भी भाग लेंगे": a conference named as international, whoever hosts it (not
    # an office: "बोत्सवाना के अंतरराष्ट्रीय संबंध मंत्री X की सह-अध्यक्षता में")
    if _forum_named_before(doc, sentence, at, lex) or _forum_of_the_title(doc, sentence, at, lex):
        return True
    near = [i for i in range(max(0, at - MAX_FORUM_NAME_GAP), at) if sentence.tokens[i].norm in GLOBAL]
    if near:
        spans = token_spans(sentence, doc.entities_in(sentence))
        titled = {i for a, b, label, _e in spans if label == "TITLE" for i in range(a, b)}
        if any(i not in titled for i in near):
            return True
    return _named_forum(sentence, at, draft.trigger_words(), lex) or _many_countries([t.norm for t in sentence.tokens])


def _named_forum(sentence: Sentence, at: int, words: set[str], lex: Lexicon) -> bool:
    """ "दोहा फोरम में भाग लेंगे": a forum by its own name (a name word no lexicon holds before "फोरम" or "मंच"),
    not "इस मंच", "किसी मंच", "आर्थिक मंच"."""
    before = sentence.tokens[at - 1].norm if at > 0 else ""
    return (
        bool(FORUM_NOUNS & words) and before[:1].isalpha() and before not in lex.common and before not in POSTPOSITIONS
    )


def _many_countries(keys: list[str]) -> bool:
    """ "... सम्मेलन की मेजबानी की, जिसमें 20 से अधिक अफ्रीकी देशों के रक्षा मंत्रियों ने भाग लिया", "कई देशों के": a
    meeting told as of many countries is a forum, whoever hosts it."""
    for i in (i for i, key in enumerate(keys) if key == NATIONS):
        if BOTH.get(keys[i - 1] if i else "") == 2:
            continue  # "18 नवंबर: दोनों देशों के ...": two, whatever number the date before holds
        before = keys[max(0, i - 4) : i]
        if not MANY.isdisjoint(before) or any(key.isdigit() and int(key) > 2 for key in before):
            return True
    return False


def _absorb_at(target: Draft, other: Draft, city: dict | None) -> None:
    """Absorb ``other``, taking its venue where ``target`` was placed only at the dateline's city ("यहां ...
    मुलाकात की। सह्याद्रि अतिथि गृह में हुई बैठक में ...")."""
    venue = other.location if _venue_within(other.location, target.location, city) else None
    _absorb(target, other)
    target.location = venue or target.location


def _terms_of_a_pact(draft: Draft, keys: list[str], start: int, a: int) -> bool:
    """ "समझौते के तहत स्विट्जरलैंड, नॉर्वे ... ने ... निवेश की प्रतिबद्धता जताई है": what a pact holds its sides to,
    told in the clause before the trigger at ``a``, is no agreement of its own; a plan made to carry it out is ("समझौते
    के तहत ... प्रतिबद्धता को लागू करने के लिए एक कार्य योजना को अंतिम रूप दिया गया"); so is one its sides, told first,
    reach under it ("दोनों पक्षों ने ... प्रोटोकॉल के तहत नए मार्ग जोड़ने ... पर सहमति जताई")."""
    return draft.event_type == "AGREE" and any(
        tuple(keys[i : i + 2]) == UNDER
        and keys[i - 1] in PACTS
        and FOR not in keys[i + 2 : a]
        and ERGATIVE not in keys[start : i - 1]
        for i in range(max(start, 1), a - 1)
    )


def _book_signed(draft: Draft, keys: list[str], a: int) -> bool:
    """ "शोक पुस्तिका पर (में) हस्ताक्षर किए", "आगंतुक पुस्तिका पर": a book signed in tribute or as a guest is no
    agreement (the tribute is a ceremony: triggers.tsv)."""
    return draft.event_type == "SIGN" and a > 1 and keys[a - 1] in (ON, IN) and keys[a - 2] in BOOKS


def _site_tour(draft: Draft, keys: list[str], a: int) -> bool:
    """ "पुणे स्थित राष्ट्रीय रक्षा अकादमी का दौरा करेंगे", "इसरो का दौरा किया", "राजघाट गए", "बीएपीएस हिंदू मंदिर का
    दौरा किया": a visit to a body, or going to a venue or a building (its trigger at ``a``), on a trip already in its
    country, is no visit to a country (an arrival at one, "व्हाइट हाउस पहुंचे", may be the only telling of the visit)."""
    if draft.event_type != "VISIT":
        return False
    venue = draft.location is not None and _place_kind(draft.location["text"]) in VENUE_KINDS
    going = venue and not ARRIVED & draft.trigger_words()
    at = a - 1 if keys[a - 1 : a] == [TOO] else a  # "... ब्रीफिंग सेंटर का भी दौरा किया"
    # no country named as visited, but the one of the place it is told at (a dateline abroad), if any
    there = all(draft.location is None or w.country == draft.location["country"] for w in draft.targets)
    building = at > 1 and keys[at - 1] in GENITIVE and keys[_past_brackets(keys, at - 1)] in VENUE_NOUNS and there
    return going or building or (bool(draft.targets) and all(w.org for w in draft.targets))


def _past_brackets(keys: list[str], i: int) -> int:
    """The word before ``i``, past a bracketed qualifier ("क्षेत्रीय मुख्यालय (पूर्व) का")."""
    j = i - 1
    if keys[j : j + 1] == [")"] and "(" in keys[:j]:
        j = max(k for k in range(j) if keys[k] == "(") - 1
    return j


def _venue_within(venue: dict | None, place: dict | None, city: dict | None) -> bool:
    """A venue ("सह्याद्रि अतिथि गृह") told of an event already placed at the dateline's city, or at a capital
    ("वॉशिंगटन में ... मुलाकात की। व्हाइट हाउस में हुई इस बैठक में"): the more exact place."""
    if venue is None or place is None or venue["country"] != place["country"]:
        return False
    head = match_key(venue["text"].split()[-1])
    at_city = (city is not None and place["text"] == city["text"]) or _place_kind(place["text"]) == CAPITAL
    return at_city and (head in VENUE_NOUNS or head in MINISTRIES)


def _has_day(date: dict | None) -> bool:
    """Whether a date tells a day (or a span, a month, a year), not only a week ("पिछले सप्ताह") or a weekday no
    anchor fixes."""
    return bool(date and date["value"])


def _compatible(a: dict | None, b: dict | None, field_name: str) -> bool:
    return a is None or b is None or a[field_name] == b[field_name]


def _same_day(a: dict | None, b: dict | None) -> bool:
    """Dates that may be one day: the same value; where neither could be fixed (no dated dateline), not two
    weekdays told apart ("गुरुवार शाम ... रात्रिभोज दिया", "शुक्रवार को ... शिखर वार्ता हुई")."""
    if a is not None and b is not None and (a["value"] is None) != (b["value"] is None):
        unknown = a if a["value"] is None else b
        return unknown["text"] not in WEEKDAYS  # "अगले सप्ताह ... जाएंगे", "10 और 11 दिसंबर को": a week, no day of it
    if a is None or b is None or a["value"] is not None or b["value"] is not None:
        return _compatible(a, b, "value")
    return a["text"] == b["text"] or not {a["text"], b["text"]} <= WEEKDAYS.keys()


def _absorb(target: Draft, other: Draft) -> None:
    target.sentences |= other.sentences
    # "ब्रिक्स देशों के कृषि मंत्रियों की ... बैठक ... संपन्न हुई। बैठक में भारत का प्रतिनिधित्व X ने किया": a forum's meeting
    target.forum |= other.forum and _one_sided(target) and bool(ATTENDING & target.trigger_words())
    target.bodies |= other.bodies | {w.org for w in other.actors() if w.cluster is None and w.org}
    target.location = _within(other.location, target.location) or target.location or other.location
    target.date = target.date if _has_day(target.date) else other.date or target.date  # a day over a week told
    target.planned = target.planned and other.planned
    if not target.has_people() and other.has_people():
        target.sources, target.targets, target.participants = other.sources, other.targets, other.participants
    for slot in ("sources", "targets", "participants"):
        merged = getattr(target, slot) + [
            a for a in getattr(other, slot) if a[0] is not None or not target.has_people()
        ]
        setattr(target, slot, _unique(merged))


def _latest(drafts: list[Draft], sentence: int, family: set[str], bodies: dict[int, set]) -> int | None:
    """The draft of one of these types mentioned most recently before the sentence; first among
    those whose sentences name an organisation this one names ("संयुक्त आयोग की बैठक" goes back to
    the joint commission's meeting, not to the talks told after it)."""
    named = bodies.get(sentence, set())
    best, best_at = None, (False, -1)
    for index, draft in enumerate(drafts):
        seen = [s for s in draft.sentences if s < sentence]
        if draft.event_type not in family or not seen:
            continue
        at = (any(named & bodies.get(s, set()) for s in draft.sentences), max(seen))
        if at > best_at:
            best, best_at = index, at
    return best


def _announced(drafts: list[Draft], sentence: int, family: set[str]) -> int | None:
    """A lead that names an event before any is framed ("... कार्य समूह की बैठक काठमांडू में संपन्न
    हुई") belongs to the one framed in the next two sentences ("बैठक की सह-अध्यक्षता ... ने की")."""
    for index, draft in enumerate(drafts):
        if draft.event_type in family and sentence < draft.sentence <= sentence + 2:
            return index
    return None


def _bodies(doc: Document) -> dict[int, set]:
    """Sentence index -> the organisations it names, by the last two words (the body, not its country)."""
    out: dict[int, set] = {}
    for entity in doc.entities:
        if entity.label == "ORG":
            out.setdefault(entity.sentence, set()).add(tuple(match_key(w) for w in entity.text.split()[-2:]))
    return out


def _date_outcomes(doc: Document, drafts: list[Draft], sentences: list[list[int]], home: dict | None) -> None:
    """An undated agreement or signing told right after a dated meeting of the same countries
    ("दोनों पक्ष ... सहमत हुए" after the joint commission's session), or told as coming after it
    ("बैठक के बाद दोनों पक्षों ने ... हस्ताक्षर किए") or in the same sentence after it, happened at that
    meeting: on its day and, told as after it or where the meeting was in another country than the text's
    place (``home``: "नई दिल्ली। ... बैठक बीजिंग में हुई। ... दोनों पक्षों ने ... सहमति जताई"), where it was held."""
    for draft in drafts:
        if draft.event_type not in OUTCOMES or draft.date is not None or draft.planned:
            continue
        countries = _countries(draft)
        after = _after_meeting([t.norm for t in doc.sentences[draft.sentence].tokens], within=True)
        kinds = TALKS if after else MEETINGS
        if _aside(doc, draft):  # "दोनों केंद्रीय बैंकों ने ... पर भी सहमति व्यक्त की": further to the signing just told
            kinds = kinds | OUTCOMES  # (or "... पर भी हस्ताक्षर किए", to the agreement)
        # the sentence a meeting must reach to be told right before, past links to other stories between
        last = next((i for i in range(draft.sentence - 1, -1, -1) if doc.sentences[i].kind != "furniture"), -1)
        last = _before_the_wishes(drafts, _before_the_remarks(doc, drafts, last), countries)
        # "इससे पहले दोनों नेताओं ने वार्ता की और ... का फैसला किया": of those talks, not of the ceremony told before
        earlier = _told_as_before(doc.sentences[draft.sentence])
        own_talks = earlier or any(
            d.event_type in MEETINGS and d.sentence == draft.sentence and d.trigger < draft.trigger for d in drafts
        )
        for meeting, told in reversed(list(zip(drafts, sentences, strict=True))):
            met = _countries(meeting) | _host_unnamed(meeting)
            before = (meeting.sentence, meeting.trigger) < (draft.sentence, draft.trigger)
            together = not own_talks and _together_at(meeting, draft)
            # "वार्ता के बाद ... हस्ताक्षर किए। दोनों पक्षों ने ... का फैसला किया": at the signing told right before
            chained = meeting.event_type in OUTCOMES and last in told
            if (meeting.event_type not in kinds and not together and not chained) or not before:
                continue
            if earlier and meeting.sentence != draft.sentence:
                continue  # "X ने Y से मुलाकात की। इससे पहले X और Z ने ... हस्ताक्षर किए": before that meeting, not at it
            told_before = _told_as_before(doc.sentences[meeting.sentence])
            if (
                meeting.date is None
                and meeting.event_type == "MEET"
                and meeting.sentence == last
                and told_before
                and not after
            ):
                break  # "इससे पहले X ने Y के साथ भी बैठक की। दोनों पक्षों ने ... हस्ताक्षर किए": of those talks, undated
            # a further meeting told in between ("... से भी भेंट की। अगले दौर ... पर सहमति बनी"), by others than
            # those agreeing ("दोनों विदेश मंत्रियों ने"), is not in the way
            if meeting.date is None and last in told and _aside(doc, meeting) and meeting.key() != draft.key():
                last = min(told) - 1
            if last in told and _arrived_before(doc, meeting):  # "... से मुलाकात की। वांग यी शनिवार को
                last = min(told) - 1  # इस्लामाबाद पहुंचे थे। दोनों पक्षों ने ... संकल्प लिया": of the talks
                continue
            # "... प्रधानमंत्री X के साथ वार्ता की। वार्ता के बाद दोनों देशों ने ...": talks whose host is not settled yet
            unsettled = after and met <= countries and any(_unsettled(doc, w) for w in meeting.actors())
            if not countries <= met and not unsettled:
                continue
            same = meeting.sentence == draft.sentence  # "... ने सोमवार को वार्ता की और दोनों देशों ने ... हस्ताक्षर किए"
            if meeting.date and (last in told or after or same):
                draft.date = meeting.date
            # in another country than the text's place, or another town of it ("लेह, ... चुशूल में ... बैठक हुई")
            town = (
                meeting.location
                and home
                and (_town(meeting.location) or _told_as_a_town(doc, meeting.location))
                and meeting.location["text"] != home["text"]
            )
            elsewhere = meeting.location and home and (meeting.location["country"] != home["country"] or town)
            # "हैदराबाद हाउस में ... शिखर वार्ता हुई। वार्ता में ... चर्चा हुई। दोनों देशों ने ... हस्ताक्षर किए": at its venue
            at_venue = (
                meeting.location and _venue(meeting.location) and _same_paragraph(doc, meeting.sentence, draft.sentence)
            )
            if (elsewhere or at_venue) and last in told:
                draft.location = draft.location or meeting.location
            if after:
                draft.location = draft.location or meeting.location  # "वार्ता के बाद ... हस्ताक्षर किए": there
                break  # the latest meeting is the one it came after
            if own_talks and same:
                break  # "इससे पहले ... वार्ता की और ... हस्ताक्षर किए": of those talks alone, dated or not


def _unsettled(doc: Document, who: Who) -> bool:
    """Whether one's country is not known yet: none, or one guessed (the text's home country, for an office it never
    ties to a country)."""
    return who.country is None or (who.cluster is not None and doc.people[who.cluster].country_inferred)


def _together_at(ceremony: Draft, draft: Draft) -> bool:
    """ "मोदी को ... सम्मान से नवाजा गया। अबी ने यह सम्मान प्रदान किया। दोनों नेताओं ने ... का फैसला किया": a
    ceremony of all the people who then agree, where they were together."""
    people = {w.cluster for w in draft.actors()}
    together = {w.cluster for w in ceremony.actors()}
    return ceremony.event_type == "CEREMONY" and bool(people) and None not in people and people <= together


def _host_unnamed(meeting: Draft) -> set[str]:
    """ "ऑस्ट्रेलिया की यात्रा के दूसरे दिन ... उप प्रधानमंत्री ... से वार्ता की": the country visited, where all met on
    the visit seem of one country so far (the host's side is settled later, in _hosts)."""
    one_side = len(_countries(meeting)) == 1
    return {meeting.visited} if meeting.visited and one_side else set()


def _same_paragraph(doc: Document, a: int, b: int) -> bool:
    """Whether sentences ``a`` and ``b`` stand in one paragraph."""
    return doc.sentences[a].paragraph == doc.sentences[b].paragraph


def _told_as_later(sentence: Sentence) -> bool:
    """A sentence telling what it tells as done later ("इसके बाद ...", "... ने बाद में ... फोन पर बात की")."""
    keys = [t.norm for t in sentence.tokens]
    return keys[:2] in AFTER_THAT or any(tuple(keys[i : i + 2]) == LATER for i in range(len(keys)))


def _day_of_their_encounter(doc: Document, drafts: list[Draft]) -> None:
    """ "X ने मंगलवार को Y का स्वागत किया। दोनों पक्षों ने ... पर चर्चा की": undated talks of the very people a
    dated sentence just before told together, telling no event of its own, were held that day (not those told
    as later: "... मुलाकात नहीं हो सकी। बाद में दोनों नेताओं ने फोन पर बात की"); so were talks told as held too
    ("X और Y ने बुधवार को ... डाक टिकट जारी किया। दोनों मंत्रियों ने ... बैठक की सह-अध्यक्षता भी की")."""
    told = {s for d in drafts for s in d.sentences}
    for draft in drafts:
        before = draft.sentence - 1
        if draft.event_type not in TALKS or draft.date or draft.planned or before < 0:
            continue
        end = _token_from(doc, draft, draft.trigger[1])
        also = TOO in draft.trigger_words() or [
            t.norm for t in doc.sentences[draft.sentence].tokens[end : end + 1]
        ] == [TOO]
        if before in told and not also:
            continue
        if _told_as_later(doc.sentences[draft.sentence]):
            continue
        prev = doc.sentences[before]
        people = {w.cluster for w in draft.actors()}
        if None in people or len(people) < 2 or prev.kind != "body":
            continue
        if people <= {m.cluster for m in doc.mentions_in(prev)}:
            draft.date = _sentence_date(doc, prev)


def _day_told_before_the_pronoun(doc: Document, drafts: list[Draft]) -> None:
    """ "X ने सोमवार को ... बधाई संदेशों का जवाब दिया। उन्होंने A और B को अलग-अलग धन्यवाद दिया": an undated event told
    by a sentence opening on a pronoun, after a dated sentence of its paragraph that names its doer and tells no event
    of its own (wishes with no one wished, "बधाई संदेशों का जवाब दिया", make none), was done that day."""
    told = {d.sentence for d in drafts if not _one_sided(d) and not (d.event_type in WISHES and not d.targets)}
    for draft in drafts:
        before = draft.sentence - 1
        sentence = doc.sentences[draft.sentence]
        if _told_as_before(sentence) or _told_as_later(sentence):
            continue  # "उन्होंने इससे पहले ... परिचय पत्र सौंपा": told by another event's time
        if (
            draft.date
            or draft.planned
            or before < 0
            or before in told
            or not _same_paragraph(doc, before, draft.sentence)
        ):
            continue
        opening = sentence.tokens[0].norm if sentence.tokens else ""
        named = {m.cluster for m in doc.mentions_in(doc.sentences[before])}
        if opening in PRONOUNS and named & {w.cluster for w in draft.actors()}:
            draft.date = _sentence_date(doc, doc.sentences[before])


def _day_of_the_outcome_told_first(doc: Document, drafts: list[Draft]) -> None:
    """ "भारत और चिली ने शुक्रवार को ... पूरी करने का संकल्प लिया। X और Y के बीच हैदराबाद हाउस में हुई शिखर वार्ता में
    ... भी चर्चा हुई": undated talks of two countries' people, told as held ("हुई ... वार्ता में") right after a
    dated outcome the countries alone reached, are where it was reached, that day (not talks told as done after it,
    "X ने Y से भी मुलाकात की", nor those told as later)."""
    for draft in drafts:
        if draft.event_type != "MEET" or draft.date or draft.planned or _told_as_later(doc.sentences[draft.sentence]):
            continue
        keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
        at = _token_from(doc, draft, draft.trigger[0])
        if HAPPENED.isdisjoint(draft.trigger_words()) and HAPPENED.isdisjoint(keys[max(0, at - 3) : at]):
            continue  # "... के बीच हैदराबाद हाउस में हुई शिखर वार्ता के बाद": the talks, told as held
        before = [d for d in drafts if d.sentence == draft.sentence - 1 and d.event_type in OUTCOMES]
        if len(before) != 1 or before[0].planned or before[0].date is None:
            continue
        outcome = before[0]
        sides = {w.country for w in outcome.actors() if w.cluster is None}
        countries_only = len(sides) > 1 and all(w.cluster is None for w in outcome.actors())
        same_sides = {_country_of(doc, w) for w in draft.actors()} == sides
        if countries_only and same_sides and _same_paragraph(doc, outcome.sentence, draft.sentence):
            draft.date = outcome.date


def _tells_of(doc: Document, sentence: int, draft: Draft, drafts: list[Draft]) -> bool:
    """ "X और Y से अलग-अलग मुलाकात की। X के साथ बैठक में ... चर्चा हुई": a sentence naming someone (or the office of
    someone) of one of the meetings a trigger made, and no one of this one alone, tells of that one (and not of this)."""
    named = {m.cluster for m in doc.mentions_in(doc.sentences[sentence])}
    siblings = [w for d in drafts if d.trigger == draft.trigger and d is not draft for w in d.actors()]
    mine, others = {w.cluster for w in draft.actors()}, {w.cluster for w in siblings}
    titles = {stem_phrase(e.text) for e in doc.entities_in(doc.sentences[sentence]) if e.label == "TITLE"}
    my_titles, their_titles = _titles_held(titles, draft.actors()), _titles_held(titles, siblings)
    if their_titles - my_titles and not my_titles - their_titles:
        return False  # "रक्षा मंत्रियों की बैठक में": the defence ministers' meeting of two pairs, not the other's
    # "स्विट्ज़रलैंड के साथ बैठक में": a country only some of them were with
    countries = {e.value for e in doc.entities_in(doc.sentences[sentence]) if e.label == "COUNTRY"}
    own, theirs = {_country_of(doc, w) for w in draft.actors()}, {_country_of(doc, w) for w in siblings}
    if countries & (theirs - own) and not countries & (own - theirs):
        return False
    return not (named & (others - mine)) or bool(named & (mine - others))


def _titles_held(titles: set[str], actors: list[Who]) -> set[str]:
    """Those of ``titles`` (stemmed) that one of ``actors`` holds, alone or as the end of a longer title."""
    held = [stem_phrase(w.title) for w in actors if w.title]
    return {t for t in titles if any(h == t or h.endswith(" " + t) for h in held)}


def _done_before(sentence: Sentence) -> bool:
    """A sentence ending in the pluperfect ("राधाकृष्णन सोमवार को ... यहां पहुंचे थे"): what led up to the scene told
    before it, not the scene of what follows (one present there, "X भी मौजूद थे", is)."""
    keys = [t.norm for t in sentence.tokens if t.text[:1].isalpha()]
    return len(keys) > 1 and keys[-1] in PLUPERFECT and keys[-2] not in PRESENT and keys[-2] not in IS_WAS


def _arrived_before(doc: Document, draft: Draft) -> bool:
    """A visit told in the pluperfect ("शनिवार को इस्लामाबाद पहुंचे थे"), or with no day as a state ("... के साथ भारत
    आई हैं"): what led up to the news, not its occasion."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    end = _token_from(doc, draft, draft.trigger[1])
    if draft.event_type != "VISIT" or end >= len(keys):
        return False
    return keys[end] in PLUPERFECT or (draft.date is None and keys[end] in IS_WAS)


def _aside(doc: Document, draft: Draft) -> bool:
    """ "विदेश मंत्री X से भी शिष्टाचार भेंट की", "... पर भी सहमति व्यक्त की": told as further to an event just told."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    at = _token_from(doc, draft, draft.trigger[0])
    return TOO in keys[max(0, at - 3) : at]


def _the_same_two(doc: Document, draft: Draft, prev: Sentence) -> bool:
    """ "Y ने X की अगवानी की ...। दोनों नेताओं ने ... पर भी चर्चा की": talks told as further, of the very people of the
    sentence before, go on from it."""
    people = {w.cluster for w in draft.actors()}
    return len(people) > 1 and None not in people and people <= {m.cluster for m in doc.mentions_in(prev)}


def _signing_told_last(drafts: list[Draft], index: int) -> bool:
    """Whether the events told last before sentence ``index`` are signings only (those present there witnessed one)."""
    last = max((d.sentence for d in drafts if d.sentence < index), default=None)
    return last is not None and all(d.event_type == "SIGN" for d in drafts if d.sentence == last)


def _further_by_the_same_two(doc: Document, draft: Draft) -> bool:
    """A ceremony told as further ("भी") by the very two people of the sentence before in its paragraph, not as before
    or after it: a further rite of that occasion (further talks told so are the sideline's, told without a day)."""
    sentence = doc.sentences[draft.sentence]
    if (
        draft.event_type != "CEREMONY"
        or sentence.index < 1
        or not _same_paragraph(doc, sentence.index - 1, sentence.index)
    ):
        return False
    if _told_as_before(sentence) or _told_as_later(sentence):
        return False
    keys = [t.norm for t in sentence.tokens]
    further = TOO in keys[draft.clause[0] : _token_from(doc, draft, draft.trigger[1])]  # "आधारशिला भी रखी"
    return further and _the_same_two(doc, draft, doc.sentences[sentence.index - 1])


def _on_the_margins(keys: list[str]) -> bool:
    """ "सभा से इतर ... मुलाकात की": a meeting on the margins of a forum's, held on one of its days, not
    necessarily the one the forum's was told on."""
    return any(tuple(keys[i : i + 2]) in MARGINS for i in range(len(keys) - 1))


def _day_before_the_last(doc: Document, drafts: list[Draft]) -> None:
    """ "X ने गुरुवार को ... मुलाकात की। इससे एक दिन पहले X ने ... बैठक की सह-अध्यक्षता की": what the text tells as done a
    day before the event told just before, which has a full date, was done the day before it (not on the day the
    sentence before told, which a draft told after a scene first takes)."""
    for draft in (d for d in drafts if d.date is None or d.scene_date):
        tokens = doc.sentences[draft.sentence].tokens
        keys = [t.norm for t in tokens]
        at = next((i for i in range(len(keys)) if tuple(keys[i : i + 4]) in DAY_BEFORE_THAT), None)
        if at is None:
            continue
        told = [d for d in drafts if d.sentence < draft.sentence and d.date and d.date.get("value")]
        value = max(told, key=lambda d: (d.sentence, d.trigger)).date["value"] if told else ""
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            start, end = tokens[at].start, tokens[at + 3].end
            day = (dt.date.fromisoformat(value) - dt.timedelta(days=1)).isoformat()
            draft.date = {"text": doc.raw[start:end], "value": day, "start": start, "end": end}


def _on_the_visit(doc: Document, drafts: list[Draft]) -> None:
    """ "ब्राज़ील के राष्ट्रपति 26-28 नवंबर को भारत की राजकीय यात्रा पर रहे। ... यात्रा के दौरान ... समझौतों पर हस्ताक्षर
    किए गए": an agreement or signing told as made during a visit told with its days has those days, not the day of
    the scene told before it."""
    for draft in drafts:
        undated = draft.date is None or draft.scene_date
        if draft.event_type not in OUTCOMES or not undated or draft.planned:
            continue
        if not _during_a_visit([t.norm for t in doc.sentences[draft.sentence].tokens]):
            continue
        visits = [d for d in drafts if d.event_type == "VISIT" and not d.planned and d.sentence < draft.sentence]
        days = visits[-1].date if visits else None
        if days is not None and INTERVAL in (days.get("value") or ""):
            draft.date = days


def _before_the_remarks(doc: Document, drafts: list[Draft], last: int) -> int:
    """The sentence before ``last`` where ``last`` tells only what someone said, with no event or day of its own ("...
    से मुलाकात की। पुरी ने कहा कि भारत ... का इच्छुक है। दोनों पक्ष ... सहमत हुए"): said at the talks, it does not part
    the agreement from them."""
    if last < 1 or any(d.sentence == last for d in drafts):
        return last
    sentence = doc.sentences[last]
    if any(e.label == "DATE" for e in doc.entities_in(sentence)):
        return last
    return last - 1 if _speaker(doc, last, len(sentence.tokens)) is not None else last


def _before_the_wishes(drafts: list[Draft], last: int, countries: set[str]) -> int:
    """The sentence before ``last`` where ``last`` tells only dated thanks or wishes among ``countries`` ("... पर
    गुफ़्तगू हुई। X ने ... के लिए Y का शुक्रिया अदा किया। दोनों मुल्कों के दरमियान ... दस्तख़त किए गए"): given at the
    talks, they do not part the signing from them; nor do thanks told undated ("श्री नड्डा ने ... आपूर्ति के लिए मोरक्को
    सरकार का धन्यवाद किया। दोनों पक्षों ने ... सहमति व्यक्त की")."""
    told = [d for d in drafts if d.sentence == last]
    if told and all(d.event_type in WISHES and _countries(d) <= countries for d in told):
        return last - 1
    return last


def _on_the_occasion(doc: Document, drafts: list[Draft]) -> None:
    """ "इस अवसर पर जयशेखर ने ... आभार जताया": what is done on the occasion just told has its day, and, but for
    thanks and wishes (told of the city, not the venue), its place where it states none (in a paragraph of its own
    too: "दोनों देशों ने इस अवसर पर ... हस्ताक्षर किए"); an
    occasion that is no event of ours ("समझौता बुधवार से लागू हो गया। इस मौके पर ...") has the day told with it."""
    for draft in drafts:
        # "इस मौके पर ... समझौता ज्ञापन पर हस्ताक्षर किए गए। ... X ने और ... Y ने दस्तखत किए": told first there
        first = min(draft.sentences, default=draft.sentence)
        keys = [t.norm for t in doc.sentences[first].tokens]
        opens = _opens_on_the_occasion(keys, after_subject=True)
        # "इस मौके पर राजदूत ने कहा कि ... पर्यटक भारत गए थे। उन्होंने ... धन्यवाद किया": the speech goes on, where the
        # occasion was, not where what was said of happened
        if not opens and _said_on_the_occasion(doc, drafts, first):
            first -= 1
            draft.location = draft.location if _placed_here(doc, draft) else None
        elif not opens:
            continue
        clause = doc.sentences[draft.sentence].tokens[max(draft.clause[0] - 1, 0) : draft.clause[0] + 1]
        if draft.sentence == first and any(t.norm in ASIDE_RELATIVES for t in clause):
            continue  # "इस अवसर पर X भी मौजूद थे, जो ... सेनेगल आए हैं": what describes one there is not of the day
        told = [d for d in drafts if d.sentence < first]
        there = max(told, key=lambda d: (d.sentence, d.trigger)).location if told else None
        if draft.location is None and draft.event_type not in WISHES:
            draft.location = there
        elif draft.event_type in WISHES and there and not _venue(there) and not _placed_here(doc, draft):
            draft.location = there  # thanks said there: the city's, not the venue's
        if draft.date is not None:
            continue
        before = [d for d in told if d.date is not None]
        if before:
            draft.date = max(before, key=lambda d: (d.sentence, d.trigger)).date
        elif draft.sentence > 0 and (prev := doc.sentences[draft.sentence - 1]).kind == "body":
            draft.date = _sentence_date(doc, prev)


def _said_on_the_occasion(doc: Document, drafts: list[Draft], index: int) -> bool:
    """Whether sentence ``index`` goes on with "उन्होंने" from a sentence of its paragraph that told, and framed nothing,
    what one said on the occasion ("इस मौके पर राजदूत ने कहा कि ...")."""
    if index == 0 or doc.sentences[index].tokens[0].norm != THEY_DID:
        return False
    before = doc.sentences[index - 1]
    keys = [t.norm for t in before.tokens]
    told = any(index - 1 in d.sentences for d in drafts)
    occasion = _opens_on_the_occasion(keys, after_subject=True) and bool(said_that(keys, len(keys)))
    return before.kind == "body" and _same_paragraph(doc, index - 1, index) and occasion and not told


def _during_the_one_before(doc: Document, drafts: list[Draft]) -> None:
    """ "... ने बृहस्पतिवार को वीडियो कॉन्फ्रेंस के जरिए बातचीत की। दोनों नेताओं ने इस दौरान ... उद्घाटन किया": what
    was done during the event the sentence before tells was done on its day; not during a visit, whose days are many,
    nor what is still to come."""
    for draft in drafts:
        keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
        # "प्रवक्ता ने बताया कि X ने इस दौरान ...": what was told after who told it
        said = said_that(keys, _token_from(doc, draft, draft.trigger[0]))
        keys = keys[said[0] + 1 :] if said else keys
        keys = keys[_subject_end(keys) :]
        if draft.date is not None or draft.planned or keys[:2] not in DURING_THESE:
            continue
        # the event the sentence before tells, or goes on telling ("... वार्ता का दौर ... शुरू हुआ। ... दल का नेतृत्व
        # X ने किया। इसी दौरान ...")
        told = [d for d in drafts if d.sentence < draft.sentence and draft.sentence - 1 in d.sentences]
        last = max(told, key=lambda d: d.trigger) if told else None
        if last is not None and last.date is not None and last.event_type != "VISIT" and not last.planned:
            draft.date = last.date


def _place_of_the_day(doc: Document, sentence: Sentence, date: dict) -> dict | None:
    """The place told right after the day an event is dated by ("गुरुवार को कुआलालंपुर में"): where it happened."""
    tokens = sentence.tokens
    j = next((i + 1 for i, t in enumerate(tokens) if t.end == date.get("end")), None)
    if j is None or j + 2 >= len(tokens) or tokens[j].norm != TO:
        return None
    spans = token_spans(sentence, doc.entities_in(sentence))
    place = next((s for s in spans if s[0] == j + 1 and _place_span(s, [t.norm for t in tokens])), None)
    return _location(doc, sentence, (j + 1, place[1] + 1)) if place is not None else None


def _placed_here(doc: Document, draft: Draft) -> bool:
    """Whether the draft's own sentence names its place (not a dateline's or a sentence before's)."""
    sentence = doc.sentences[draft.sentence]
    return draft.location is not None and sentence.start <= draft.location.get("start", -1) < sentence.end


def _day_of_many_meetings(doc: Document, drafts: list[Draft]) -> None:
    """ "X ने बुधवार को ... कई द्विपक्षीय बैठकें कीं। X ने सबसे पहले A से मुलाकात की ...। इसके बाद B के साथ बातचीत की":
    talks told after a sentence giving the day of many meetings, in its paragraph or in the paragraphs that go on
    telling them with no day of their own, were held that day."""
    for sentence in doc.sentences:
        keys = [t.norm for t in sentence.tokens]
        # "कई द्विपक्षीय बैठकें", "कई देशों के मंत्रियों के साथ द्विपक्षीय बैठकें"
        many = any(k in MANY and MEETINGS_TOLD & set(keys[i + 1 : i + 2 + MAX_MANY_GAP]) for i, k in enumerate(keys))
        day = _sentence_date(doc, sentence) if many and sentence.kind == "body" else None
        if day is None:
            continue
        for draft in drafts:
            later = draft.sentence > sentence.index and (
                _same_paragraph(doc, draft.sentence, sentence.index)
                or _undated_run(doc, sentence.index, draft.sentence)
            )
            if later and draft.event_type in TALKS and draft.date is None and not draft.planned:
                draft.date = day


def _undated_run(doc: Document, first: int, last: int) -> bool:
    """Whether the sentences after ``first`` up to ``last`` are all of the body and tell no day of their own."""
    told = doc.sentences[first + 1 : last + 1]
    return all(s.kind == "body" and _sentence_date(doc, s) is None for s in told)


def _earlier_that_day(doc: Document, drafts: list[Draft]) -> None:
    """ "अल्बनीज ने साबरमती आश्रम जाकर ... श्रद्धांजलि दी। शाम को उन्होंने ... होली मनाई": what its doer did before the
    next sentence of the paragraph, told as "that evening" and dated, was done that day."""
    for draft in drafts:
        nxt = draft.sentence + 1
        if (
            draft.date is not None
            or draft.planned
            or nxt >= len(doc.sentences)
            or not _same_paragraph(doc, nxt - 1, nxt)
        ):
            continue
        if not _opens_at_a_time_of_day([t.norm for t in doc.sentences[nxt].tokens]):
            continue
        own = doc.sentences[draft.sentence]
        if _told_as_before(own) or _told_as_later(own):
            continue  # "इससे पहले ...", "इसके बाद ...": told by another event's time, not the evening's
        people = {w.cluster for w in draft.actors()} - {None}
        later = [d for d in drafts if d.sentence == nxt and d.date and people & {w.cluster for w in d.actors()}]
        if later and not later[0].planned:
            draft.date = later[0].date


def _after_arriving(doc: Document, drafts: list[Draft]) -> None:
    """ "पहुंचने के कुछ घंटे बाद मोदी ने पुतिन के साथ वार्ता की": what is told as done soon after the arrival just
    told, undated, was done the day of that arrival."""
    for draft in drafts:
        keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
        soon = next((i for i in range(min(len(keys), MAX_SUBJECT + 1)) if keys[i] in ARRIVING), None)
        if draft.date is not None or draft.planned or soon is None:
            continue
        if keys[soon + 1 : soon + 2] != [GEN_KE] or LATER_ON not in keys[soon + 2 : soon + MAX_SOON]:
            continue
        visits = [d for d in drafts if d.event_type == "VISIT" and not d.planned and d.sentence < draft.sentence]
        if visits and visits[-1].date is not None:
            draft.date = visits[-1].date


def _arrival_told_later(doc: Document, drafts: list[Draft]) -> None:
    """ "वियतनाम की यात्रा पर आए X ने शनिवार को ... मुलाकात की। ... शुक्रवार शाम हनोई पहुंचने पर ... उनकी अगवानी की
    थी": an undated visit's day is the one its arrival, told later at the visit's place (its own, else the
    dateline's) as the time of a welcome, names."""
    for draft in drafts:
        if draft.event_type != "VISIT" or draft.planned or draft.date is not None:
            continue
        where = (draft.location or _dateline_place(doc) or {}).get("text")
        if where is None:
            continue
        for sentence in doc.sentences[draft.sentence + 1 :]:
            keys = [t.norm for t in sentence.tokens]
            at = next((i for i, k in enumerate(keys) if k in ARRIVING and keys[i + 1 : i + 2] == [ON]), None)
            if at is None:
                continue
            places = [e for e in doc.entities_in(sentence) if e.label in PLACES and e.end <= sentence.tokens[at].start]
            days = [e for e in doc.entities_in(sentence, "DATE") if e.end <= sentence.tokens[at].start and e.value]
            if places and places[-1].text == where and days:
                draft.date = _date_of(days[-1])
            break


def _before_leaving(doc: Document, drafts: list[Draft]) -> None:
    """ "X ने बुधवार को अपनी भारत यात्रा संपन्न की। रवाना होने से पहले उन्होंने राजघाट जाकर श्रद्धांजलि दी": what is
    told as done before leaving, undated, right after a visit's dated end, was done that day."""
    for draft in drafts:
        keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
        if draft.date is not None or draft.planned:
            continue
        at = next((i for i in range(min(len(keys), MAX_SUBJECT + 2)) if keys[i] in DEPARTING), None)
        if at is None or not (keys[at + 1 : at + 4] == BEFORE_LEAVING or keys[at + 1 : at + 3] == BEFORE_LEAVING[1:]):
            continue
        ended = [d for d in drafts if d.event_type == "VISIT" and d.sentence == draft.sentence - 1 and not d.planned]
        if ended and ended[-1].date is not None:
            draft.date = ended[-1].date


def _welcomed_on_arrival(doc: Document, drafts: list[Draft]) -> None:
    """ "X सोमवार को ... हनोई पहुंचे। राष्ट्रपति भवन में Y ने उनका औपचारिक स्वागत किया": an undated welcome of a
    visitor whose dated arrival the sentence before tells, in its paragraph, was given the day of that arrival."""
    for draft in drafts:
        if draft.event_type != "CEREMONY" or draft.date is not None or draft.planned:
            continue
        if WELCOME not in draft.trigger_words() or not draft.sentence:
            continue
        if not _same_paragraph(doc, draft.sentence - 1, draft.sentence):
            continue
        people = {w.cluster for w in draft.actors()}
        arrivals = [
            d
            for d in drafts
            if d.event_type == "VISIT"
            and d.sentence == draft.sentence - 1
            and d.date is not None
            and not d.planned
            and not people.isdisjoint(w.cluster for w in d.sources if w.cluster is not None)
        ]
        if arrivals:  # and so was what the sentence tells as done after it ("स्वागत समारोह के बाद ... वार्ता की")
            draft.date = arrivals[-1].date
            for later in drafts if LATER_ON in draft.trigger_words() else ():
                if later.sentence == draft.sentence and later.trigger > draft.trigger and not later.planned:
                    later.date = later.date or draft.date


def _thanks_after_the_act(doc: Document, drafts: list[Draft]) -> None:
    """ "भारत ने बुधवार को ... एम्बुलेंस सौंपीं। उच्चायुक्त ने ... ये एम्बुलेंस ... को सौंपीं। स्वास्थ्य मंत्री ने इस
    सहायता के लिए ... धन्यवाद किया", "इस अवसर पर ... समझौता ज्ञापन पर हस्ताक्षर किए गए। X की मंत्री ने ... के लिए भारत
    का धन्यवाद किया": undated thanks told right after a ceremony, or a signing of their countries on the occasion just
    told, in its paragraph, were given that day (after a signing told only as after the talks, "बैठक के बाद ...
    हस्ताक्षर किए। X ने ... के लिए Y को धन्यवाद दिया", the text does not say when)."""
    for draft in drafts:
        if draft.event_type not in WISHES or draft.date is not None or draft.planned:
            continue
        before = draft.sentence - 1
        same = before >= 0 and _same_paragraph(doc, before, draft.sentence)
        told = [
            d
            for d in drafts
            if before in d.sentences
            and d.date is not None
            and not d.planned  # "... उद्घाटन करेगी। ... आभार प्रकट किया": not on a day still to come
            and (d.event_type == "CEREMONY" or (d.event_type == "SIGN" and _signed_on_the_occasion(doc, draft, d)))
        ]
        if same and told:
            draft.date = told[-1].date


def _signed_on_the_occasion(doc: Document, thanks: Draft, signing: Draft) -> bool:
    """Whether ``signing``, of the thanks' countries, was told as made on the occasion just told ("इस अवसर पर ...")."""
    keys = [t.norm for t in doc.sentences[signing.sentence].tokens]
    return _countries(thanks) <= _countries(signing) and _opens_on_the_occasion(keys, after_subject=True)


def _outcomes_in_talks(doc: Document, drafts: list[Draft], sentences: list[list[int]]) -> None:
    """An agreement told as reached in the talks before it ("बैठक में दोनों पक्षों ने ... सहमति व्यक्त
    की") tells what the talks were about: the talks take its sentence's topics. A signing there is an
    act of its own, its topics the agreement's ("बैठक में ... बिजली व्यापार समझौते पर हस्ताक्षर किए गए"). Who tells of
    it may come first ("कार्यालय के अनुसार, बातचीत में ...")."""
    for draft in drafts:
        keys = _past_attribution([t.norm for t in doc.sentences[draft.sentence].tokens])
        if draft.event_type != "AGREE" or draft.planned or not _in_meeting(keys):
            continue
        countries = _countries(draft)
        for index in range(len(drafts) - 1, -1, -1):
            talks = drafts[index]
            met = _countries(talks)
            if talks.event_type in TALKS and talks.sentence < draft.sentence and countries <= met:
                sentences[index] = sorted({*sentences[index], draft.sentence})
                break


def _meeting_told_back(doc: Document, drafts: list[Draft], sentences: list[list[int]]) -> None:
    """ "... ने गुरुवार को कुआलालंपुर में ... की विशेष बैठक में ... पर सहमति जताई। बैठक में थाईलैंड का प्रतिनिधित्व X
    ने किया": talks told by "बैठक में" opening the sentence after an agreement told as reached in a meeting are that
    meeting, held when and where the agreement was reached, and about what was agreed."""
    for index, talks in enumerate(drafts):
        keys = [t.norm for t in doc.sentences[talks.sentence].tokens]
        if talks.event_type != "MEET" or talks.planned or talks.date is not None or not _in_meeting(keys):
            continue
        before = talks.sentence - 1
        told = [t.norm for t in doc.sentences[before].tokens] if before >= 0 else []
        reached = [
            d
            for d in drafts
            if d.sentence == before
            and d.event_type == "AGREE"
            and d.date is not None
            and any(k in MEETING_NOUNS and told[i + 1 : i + 2] == [IN] for i, k in enumerate(told))
            and _countries(d) <= _countries(talks)
        ]
        if reached:
            talks.date, talks.location = reached[-1].date, talks.location or reached[-1].location
            sentences[index] = sorted({*sentences[index], before})


def _talks_told_on(doc: Document, drafts: list[Draft], sentences: list[list[int]]) -> None:
    """ "... ने चौथे दौर की वार्ता पूरी की। पांच दिन की यह बातचीत 14 से 18 नवंबर तक ऑकलैंड में चली": talks told
    with no day or place of their own, and told on next by "this" meeting noun, were held on the day and at the place
    that sentence tells."""
    for index, talks in enumerate(drafts):
        nxt = talks.sentence + 1
        if (
            talks.event_type != "MEET"
            or talks.planned
            or (talks.date and talks.location)
            or nxt not in sentences[index]
        ):
            continue
        keys = [t.norm for t in doc.sentences[nxt].tokens]
        if not any(k in THIS_ONE and nk in MEETING_NOUNS for k, nk in itertools.pairwise(keys)):
            continue
        talks.date = talks.date or _sentence_date(doc, doc.sentences[nxt])
        talks.location = talks.location or _location(doc, doc.sentences[nxt], (0, len(keys)), planned=False)


def _said_it(sentence: Sentence) -> bool:
    """Whether the sentence tells what was just said as said ("X ने यह बात ... कही")."""
    keys = [t.norm for t in sentence.tokens]
    return bool(SAID_IT & set(keys)) and any(tuple(keys[i : i + 2]) == THIS_SAID for i in range(len(keys)))


def _saying_told_before(doc: Document, drafts: list[Draft], sentences: list[list[int]]) -> None:
    """ "X ने मंगलवार को कहा कि ... पर्यटन ... । X ने यह बात Y के साथ मुलाकात के बाद कही": talks that what was said
    in the sentence before is told as said after (or during) are about it, and were held the day it was said; not
    what an event of its own was ("X ने ... आभार जताया। X ने यह बात Y से मुलाकात के दौरान कही": thanks, not talks)."""
    told = {d.sentence for d in drafts}
    for index, draft in enumerate(drafts):
        before = draft.sentence - 1
        if draft.event_type not in TALKS or draft.planned or before < 0:
            continue
        said = _said_it(doc.sentences[draft.sentence])
        if not said or doc.sentences[before].kind != "body":
            continue
        if before in told:  # "X ने ... आभार जताया है। उन्होंने शुक्रवार को ... मुलाकात के दौरान यह बात कही": said that day
            for wishes in (d for d in drafts if d.sentence == before and d.event_type in WISHES and d.date is None):
                wishes.date = draft.date
            if all(d.planned for d in drafts if d.sentence == before):  # "X ने शुक्रवार को कहा कि वह ... जाएंगे। X ने
                draft.date = draft.date or _day_said(doc, doc.sentences[before])  # यह बात ... वार्ता के बाद कही"
            continue
        sentences[index] = sorted({*sentences[index], before})
        draft.date = draft.date or _day_said(doc, doc.sentences[before])


def _day_said(doc: Document, sentence: Sentence) -> dict | None:
    """ "X ने शुक्रवार को कहा कि वह अगले महीने ... जाएंगे": the day something was said, not a day in what was said."""
    keys = [t.norm for t in sentence.tokens]
    said = said_that(keys, len(keys))
    return _date(doc, sentence, (0, said[0] - 1), said[0]) if said else _sentence_date(doc, sentence)


def _wishes_of_the_day(doc: Document, drafts: list[Draft]) -> None:
    """ "... राष्ट्रीय दिवस पर बुधवार को नेताओं ने राष्ट्रपति X को बधाई दी। ... Y ने X को बधाई संदेश भेजे": wishes to the
    one just wished on a day (or to their country, "यूएई की जनता को"), told after with no day of their own, were given
    on that day too, and so was the call that carried them."""
    for draft in drafts:
        if draft.event_type != "CONGRATULATE" or draft.date is not None or draft.planned:
            continue
        keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
        if TOO in keys[draft.clause[0] : _token_from(doc, draft, draft.trigger[0])]:
            continue  # "Y ने भी X को शुभकामनाएं दीं": told as further to them, without their day
        if _told_as_before(doc.sentences[draft.sentence]):
            continue  # "इससे पहले Y ने ... X को बधाई दी थी": before that day, on one not told
        targets = _identities(draft.targets)
        dated = [
            d
            for d in drafts
            if d.event_type == "CONGRATULATE"
            and d.sentence < draft.sentence
            and d.date is not None
            and targets & ({w.cluster for w in d.targets} | {w.country for w in d.targets}) - {None}
        ]
        if dated:
            draft.date = dated[-1].date
            for call in (d for d in drafts if d.event_type == "CALL" and d.sentence == draft.sentence and not d.date):
                call.date = draft.date  # "... ने फोन कर X को बधाई दी": the call that carried them


def _wishes_said_next(doc: Document, drafts: list[Draft]) -> None:
    """ "X ने ... के लिए भारत का धन्यवाद किया है। X ने शनिवार को संसद में कहा कि ...": thanks (or wishes) told undated,
    then what their giver said on a day told in the next sentence of the paragraph, which tells no event of its own:
    given that day, as "... यह बात कही" is (see _saying_told_before)."""
    told = {d.sentence for d in drafts}
    for draft in drafts:
        after = draft.sentence + 1
        if draft.event_type not in WISHES or draft.planned or draft.date is not None or after in told:
            continue
        if after >= len(doc.sentences) or not _same_paragraph(doc, draft.sentence, after):
            continue
        sentence = doc.sentences[after]
        speaker = _speaker(doc, after, len(sentence.tokens))
        if sentence.kind == "body" and speaker is not None and speaker.cluster in {w.cluster for w in draft.sources}:
            draft.date = _day_said(doc, sentence)


def _reached_in_talks(doc: Document, drafts: list[Draft], sentences: list[list[int]]) -> None:
    """ "नेपाल और चीन ने ... पर सहमति जताई। यह सहमति ओली की बीजिंग यात्रा के दौरान शी के साथ हुई वार्ता में
    बनी", "भारत और ऑस्ट्रेलिया ने ... यहां हुई रक्षा नीति वार्ता में ... का निर्णय लिया। वार्ता की सह-अध्यक्षता X और Y
    ने की": an agreement told by its countries, then said to come out of talks between their people (or told as made in
    talks its clause names, whose people are told after), is those people's, made where and when the talks were (talks
    told with no day are on the agreement's), and tells what the talks were about."""
    for draft in drafts:
        countries = _countries(draft)
        if draft.event_type != "AGREE" or draft.has_people() or len(countries) != 2:
            continue
        index = _talks_reached_in(doc, draft, drafts, countries)
        if index is not None:
            talks = drafts[index]
            draft.participants = [w for w in talks.actors() if w.cluster is not None]
            draft.location = draft.location or talks.location
            draft.date = draft.date or talks.date
            talks.date = talks.date or draft.date  # "... ने मंगलवार को ... फैसला किया। यह निर्णय ... वार्ता में लिया गया"
            sentences[index] = sorted({*sentences[index], draft.sentence})
            for again in (d for d in drafts if d.event_type == "AGREE" and d.sentence == talks.sentence):
                if _agreement_named_back(doc, again):  # "... वार्ता में यह फैसला लिया गया": the one told, no other
                    again.participants = []


def _agreement_named_back(doc: Document, draft: Draft) -> bool:
    """An agreement whose trigger opens with "यह", "इस" ("यह फैसला लिया गया"): the one just told, named again."""
    at = _token_from(doc, draft, draft.trigger[0])
    return at > 0 and doc.sentences[draft.sentence].tokens[at - 1].norm in THIS_ONE


def _talks_reached_in(doc: Document, draft: Draft, drafts: list[Draft], countries: set[str]) -> int | None:
    """The index of the talks between people of ``countries`` an agreement came out of: told in the sentence after it
    with the agreement named ("यह सहमति ... वार्ता में बनी"), or named in its own clause ("... वार्ता में ... निर्णय
    लिया") and told with its people after, or by them in the next sentence of the paragraph ("... प्रमुखों ने ... अपनी
    वार्षिक बैठक में ... सहमति जताई। ... महानिदेशक X ने ... प्रमुख Y से बातचीत की")."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    at = _token_from(doc, draft, draft.trigger[0])
    in_talks = any(keys[i] in MEETING_NOUNS and keys[i + 1] == IN for i in range(draft.clause[0], at - 1))
    for index, talks in enumerate(drafts):
        if talks.event_type not in TALKS or not talks.has_people() or not _countries_may_be(doc, talks, countries):
            continue
        next_keys = {t.norm for t in doc.sentences[talks.sentence].tokens}
        told_after = talks.sentence == draft.sentence + 1 and bool(AGREEMENT_WORDS & next_keys)
        # not further talks ("बैठक में दोनों पक्षों ने ... सहमति जताई। X ने Y से भी मुलाकात की")
        held_next = talks.sentence == draft.sentence + 1 and not talks.planned and TOO not in next_keys
        held_there = draft.sentence in talks.sentences or (
            held_next and _same_paragraph(doc, draft.sentence, talks.sentence)
        )
        if told_after or (in_talks and held_there):
            return index
    return None


def _past_duration(keys: list[str]) -> list[str]:
    """A sentence's words past how long what it opens with lasted ("करीब 20 मिनट [चली बातचीत में]", "दो घंटे तक")."""
    at = next((i for i, k in enumerate(keys[:MAX_DURATION_WORDS]) if k in DURATION_UNITS), None)
    if at is None or not any(k[:1].isdigit() or k in DURATION_COUNTS for k in keys[:at]):
        return keys
    return keys[at + 1 :]


def _ends_in_the_future(sentence: Sentence) -> bool:
    """Whether the sentence's last verb is in the future tense ("... का उद्घाटन करेगी।")."""
    words = [t.norm for t in sentence.tokens if t.norm[:1].isalpha()]
    return bool(words) and is_future(words[-1])


def _pair_named_before(doc: Document, sentence: int) -> list[Who]:
    """The two people of two countries (or one of none stated) the sentence before names, in its paragraph, where it
    tells no event of its own that they are in ("X ने अपने कार्यालय में Y का स्वागत किया। भेंट के दौरान ..."); else none."""
    if sentence == 0 or doc.sentences[sentence - 1].paragraph != doc.sentences[sentence].paragraph:
        return []
    people = _pair_before(doc, sentence)
    countries = [w.country for w in people if not doc.people[w.cluster].country_inferred]
    return people if len(set(countries)) == len(countries) > 0 else []


def _in_meeting(keys: list[str]) -> bool:
    """ "बैठक में", "वार्ता के दौरान" opening a sentence (after how long it lasted, "करीब 20 मिनट की बातचीत में"):
    what follows was done in that meeting."""
    keys = _past_duration(keys)
    at = next((i for i, k in enumerate(keys[:4]) if k in MEETING_NOUNS), None)
    if at is None:
        return False
    return keys[at + 1 : at + 2] == [IN] or tuple(keys[at + 1 : at + 3]) == DURING


def _after_meeting(keys: list[str], within: bool = False) -> bool:
    """ "बैठक के बाद", "इस वार्ता के बाद" opening a sentence, past its source ("वाम के अनुसार, मुलाकात के बाद"): what
    follows came out of that meeting; ``within`` also where it is told as done in it ("बातचीत में", "मुलाकात के
    दौरान"), whose day and place it has."""
    return any(
        (at := next((i for i, k in enumerate(words[:4]) if k in MEETING_NOUNS), None)) is not None
        and (
            words[at + 1 : at + 3] == AFTER
            or (within and (words[at + 1 : at + 3] == list(DURING) or words[at + 1 : at + 2] == [IN]))
        )
        for words in (_past_duration(keys), _past_duration(_past_attribution(keys)))
    )


def _during_calls(doc: Document, drafts: list[Draft]) -> None:
    """ "मोदी ने अल्बनीज से फोन पर बात की। अल्बनीज ने मोदी को बधाई दी।": wishes, thanks and
    agreements told after a call, between its sides (its people, where both name people) and before
    any other meeting, or told first with the call in the sentence right after, were made on the call: its
    date, and no place from the dateline."""
    for draft in drafts:
        if draft.event_type not in AFTER_CALL or draft.planned:
            continue
        before = [
            d for d in drafts if d.event_type in MEETINGS and (d.sentence, d.trigger) < (draft.sentence, draft.trigger)
        ]
        last = max(((d.sentence, d.trigger) for d in before), default=None)  # "फोन कर बधाई दी": the same sentence
        latest = [d for d in before if (d.sentence, d.trigger) == last]  # one call each ("अलग-अलग फोन पर बात की")
        if not before:  # "X ने ... भारत का आभार जताया है। X ने रविवार को ... फोन पर बात की": the lede, told in full next
            latest = [d for d in drafts if d.event_type in MEETINGS and d.sentence == draft.sentence + 1][:1]
            latest = [d for d in latest if not _in_pluperfect(doc, d)]  # not "... ने फोन कर शुभकामनाएं दी थीं": thanked for
            # nor a call told as later ("X ने ... का आभार जताया। X ने बाद में ... से फोन पर बात की")
            latest = [d for d in latest if not _told_as_later(doc.sentences[d.sentence])]
        people = {w.cluster for w in draft.actors()} - {None}
        call = next((d for d in latest if people <= {w.cluster for w in d.actors()}), latest[0] if latest else None)
        countries = _countries(draft)
        if call is None or call.event_type != "CALL" or not countries <= {w.country for w in call.actors()}:
            continue
        if people and call.has_people() and not people <= {w.cluster for w in call.actors()}:
            continue  # the same countries, other people: "जयशंकर ने वेंस को बधाई दी" after Modi's call to Trump
        if call.sentence < draft.sentence and _told_as_later(doc.sentences[draft.sentence]):
            continue  # "... फोन पर बात की। मोदी ने बाद में एक्स पर लिखा, '... धन्यवाद'": after the call, not on it
        draft.date = draft.date or call.date
        draft.remote = draft.location is None


def _thanks_at_the_meeting(doc: Document, drafts: list[Draft], sentences: list[list[int]]) -> None:
    """ "X ने ... Y से मुलाकात के दौरान कहा, '...'। उन्होंने ... के लिए आभार व्यक्त किया", "... मुलाकात की। दोनों
    नेताओं ने ... चर्चा की। Y ने ... के लिए X के देश का आभार व्यक्त किया": thanks that one who met goes on to give, in
    the next sentence of the paragraph after the meeting's (one named, after one that goes on telling of it) and with
    no day of their own, were given at that dated meeting (and at its place, by one named who met)."""
    for draft in drafts:
        keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
        if draft.event_type != "THANK" or draft.date or draft.planned:
            continue
        giver = {w.cluster for w in draft.sources} - {None}
        named = keys[:1] != [THEY_DID]
        met = [
            d
            for d, told in zip(drafts, sentences, strict=True)
            if d.event_type == "MEET"
            and (d.sentence == draft.sentence - 1 or (named and draft.sentence - 1 in told))
            and d.date
            and not d.planned
            and giver <= {w.cluster for w in d.actors()}
            # told in another paragraph, thanks said "बैठक में" (in the meeting) were given there all the same
            and (_same_paragraph(doc, d.sentence, draft.sentence) or _in_meeting(keys))
        ]
        if giver and met and (not named or _subject_is(doc, draft, giver)):
            draft.date = met[-1].date
            if named and not _placed_here(doc, draft):  # where the meeting was, not the town of the scene before
                draft.location = met[-1].location


def _subject_is(doc: Document, draft: Draft, people: set[int]) -> bool:
    """Whether the sentence opens with one of ``people`` named, then "ने"."""
    sentence = doc.sentences[draft.sentence]
    first = min(doc.mentions_in(sentence), key=lambda m: m.first, default=None)
    if first is None or first.first != 0 or first.cluster not in people:
        return False
    return [t.norm for t in sentence.tokens][first.last : first.last + 1] == [ERGATIVE]


def _in_pluperfect(doc: Document, draft: Draft) -> bool:
    """Whether the draft's clause tells it in the pluperfect ("फोन कर ... शुभकामनाएं दी थीं"): done before what
    the text told first."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    return not PLUPERFECT.isdisjoint(keys[draft.clause[0] : draft.clause[1]])


def _tells_talks(doc: Document, index: int) -> bool:
    """A sentence that tells of talks ("... पर बात की", "चर्चा हुई"), not of what the event was ("इस संयंत्र से ...")."""
    return not DISCUSSION.isdisjoint(t.norm for t in doc.sentences[index].tokens)


def _done_by_video(doc: Document, drafts: list[Draft], sentences: list[list[int]]) -> None:
    """ "X और Y ने वर्चुअल माध्यम से समझौते पर दस्तखत किए": what is done by video is done from afar (no place
    from the dateline), and the call that carried it has its day (but, carrying no agreement, neither place nor
    topics of its own); two who met that day are together, and what they do by video they do from where they are, on
    no call between them ("वार्ता के बाद ... दोनों नेताओं ने वीडियो लिंक के जरिये मॉरीशस में ... केंद्र का उद्घाटन
    किया")."""
    for told, call in zip(sentences, drafts, strict=True):
        if call.event_type != "CALL" or not BY_MEANS & call.trigger_words():
            continue
        for draft in drafts:
            if draft is not call and draft.event_type != "CALL" and call.sentence in draft.sentences:
                draft.remote = draft.location is None
                call.date = call.date or draft.date
                if draft.event_type not in OUTCOMES:  # not what was agreed on the call: an inauguration by video
                    call.location, call.carrier = None, True  # has the place and business of the event it carried
                _signed_on_the_call(call, draft)
        if call.carrier:
            told[:] = sorted(set(told) | _talks_on_the_call(doc, call, drafts))
        if _met_that_day(call, drafts):
            call.sources, call.targets, call.participants = [], [], []


def _signed_on_the_call(call: Draft, draft: Draft) -> None:
    """ "X और Y ने वीडियो कॉन्फ्रेंस के जरिए ... पर हस्ताक्षर किए। समझौते पर X के A ने मुंबई से और Y के B ने ... से
    दस्तखत किए": bodies that signed by video, their signatories told next, were on the call by those people."""
    people = [w for w in draft.participants if w.cluster is not None]
    bodies = call.actors()
    unnamed = all(w.cluster is None for w in bodies) and {w.country for w in bodies} <= {w.country for w in people}
    if draft.event_type == "SIGN" and people and unnamed:
        call.participants = people


def _agreed_on_a_call(drafts: list[Draft]) -> None:
    """ "... दोनों मंत्रियों ने वर्चुअल बातचीत की और ... पर सहमति जताई": an agreement told in the sentence of a call held
    is reached from afar, in no place the dateline gives."""
    calls = [d for d in drafts if d.event_type == "CALL" and not d.planned]
    for draft in drafts:
        if draft.event_type == "AGREE" and draft.location is None and any(draft.sentence in c.sentences for c in calls):
            draft.remote = True


def _held_hybrid(doc: Document, drafts: list[Draft]) -> None:
    """ "आयोग की बैठक हाइब्रिड प्रारूप में हुई। ... X ने नई दिल्ली से और Y ने ताशकंद से की": a meeting held partly by
    video is held in no one place the text gives, so it takes none from the dateline."""
    for draft in drafts:
        told = (doc.sentences[i].tokens for i in draft.sentences)
        if draft.location is None and any(not HYBRID.isdisjoint(t.norm for t in tokens) for tokens in told):
            draft.remote = True


def _talks_on_the_call(doc: Document, call: Draft, drafts: list[Draft]) -> set[int]:
    """ "... ने वीडियो कॉन्फ्रेंस के जरिए ... आधारशिला रखी। कार्यक्रम के बाद दोनों नेताओं के बीच हुई बातचीत में ...": talks
    the two on a call that carried an event held right after it, placed nowhere of their own, were held on that call
    (whose business they are: their sentences are returned), not in person."""
    people = {w.cluster for w in call.actors() if w.cluster is not None}
    told: set[int] = set()
    for draft in drafts:
        after = 0 < draft.sentence - call.sentence <= MAX_CALL_TALKS_REACH
        same = len(people) > 1 and {w.cluster for w in draft.actors()} == people
        day = draft.date is None or draft.date.get("value") == (call.date or {}).get("value")
        if draft.event_type == "MEET" and not draft.planned and after and same and day and not _placed_here(doc, draft):
            told |= draft.sentences
            draft.sources, draft.targets, draft.participants = [], [], []
    return told


def _met_that_day(call: Draft, drafts: list[Draft]) -> bool:
    """Whether those on a call met in person, told as done, on the call's day."""
    people = {w.cluster for w in call.actors() if w.cluster is not None}
    day = (call.date or {}).get("value")
    return (
        len(people) > 1
        and day is not None
        and any(
            d.event_type == "MEET"
            and not d.planned
            and (d.date or {}).get("value") == day
            and people <= {w.cluster for w in d.actors()}
            for d in drafts
        )
    )


def _conditional(sentence: Sentence) -> bool:
    """ "अगर दोनों देश ... सहमत होते हैं तो व्यापार ...": a condition tells nothing of an event told."""
    return not CONDITIONS.isdisjoint(t.norm for t in sentence.tokens)


def _agenda_of(sentence: Sentence, drafts: list[Draft]) -> int | None:
    """ "उर्वरक, परमाणु ऊर्जा और ... हमारे एजेंडे में सबसे ऊपर हैं": what is on the agenda is what the talks to come that
    the text tells will be about; the index of the latest of them told before it, if any (not talks told after it,
    as a meeting to come in the evening after an agenda of talks begun: "वार्ता शुरू। रक्षा ... एजेंडा में सबसे ऊपर।")."""
    if AGENDA.isdisjoint(t.norm for t in sentence.tokens):
        return None
    to_come = [i for i, d in enumerate(drafts) if d.planned and d.event_type in TALKS and d.sentence < sentence.index]
    return to_come[-1] if to_come else None


def _habitual(sentence: Sentence) -> bool:
    """ "दोनों देशों की सेनाओं के बीच संयुक्त सैन्य अभ्यास हर साल होता है": what happens every year is background,
    as is a figure for a period gone by ("द्विपक्षीय व्यापार पिछले (वित्त) वर्ष 2.9 अरब डॉलर रहा") and what was done in a
    year named ("भारत ने 1992 में ... वार्ता साझेदारी शुरू की थी"), or what holds since one ("भारत-मर्कोसुर अधिमान्य
    व्यापार समझौता 2009 से लागू है और दोनों पक्ष इसके विस्तार पर बातचीत कर रहे हैं")."""
    keys = [t.norm for t in sentence.tokens if t.norm not in FISCAL]
    every = any(k in EVERY_OR_GONE_BY and nxt in PERIODS for k, nxt in itertools.pairwise(keys))
    in_a_year = any(len(k) == 4 and k.isdigit() and nxt == IN for k, nxt in itertools.pairwise(keys))
    since = any(len(k) == 4 and k.isdigit() and nxt == FROM for k, nxt in itertools.pairwise(keys))
    holds = since and not IS_NOW.isdisjoint(keys[-3:])
    return every or holds or not YEARLY.isdisjoint(keys) or (in_a_year and not PLUPERFECT.isdisjoint(keys))


def _continuations(
    doc: Document, owner: dict[int, int], sentence_triggers: dict, drafts: list[Draft]
) -> dict[int, int]:
    """Core sentences, the list items after them, and the body sentence right after a trigger with
    the list items after it ("... समझौतों पर हस्ताक्षर किए। इनमें शामिल हैं: 1. ... 2. ..."), or, opening the next
    paragraph, telling one who met addressing the delegation met (see _to_the_delegation)."""
    links = dict(owner)
    for index, draft_index in owner.items():
        if _remark_on_a_visit(doc.sentences[index]) and owner.get(index - 1) is not None:
            draft_index = owner[index - 1]  # what follows goes on with what was told before the remark
        nearest = index + 1 < len(doc.sentences) and [t.norm for t in doc.sentences[index + 1].tokens[:2]] == WITH_THIS
        if nearest:  # "... बैठक के बाद ... संधि पर हस्ताक्षर किए। इसके साथ ही ... सीमा विवाद खत्म हो गया": the signing's
            told = [i for i, d in enumerate(drafts) if d.sentence == index]
            draft_index = max(told, key=lambda i: drafts[i].trigger, default=draft_index)
        if _to_the_delegation(doc, drafts[draft_index], index + 1, sentence_triggers):
            links.setdefault(index + 1, draft_index)
        nxt = _items_after(doc, index, _lister(doc, drafts, index, draft_index), links)
        if nxt > index + 1 and _on_these_meetings(doc, nxt, sentence_triggers):
            links.setdefault(nxt, draft_index)
        for agreed in (i for i, d in enumerate(drafts) if d.sentence == index and d.event_type in OUTCOMES):
            if _what_was_agreed_told_next(doc, drafts[agreed], sentence_triggers):
                links.setdefault(index + 1, agreed)
        if (
            nxt == index + 1
            and sentence_triggers.get(index)
            and (_goes_on(doc, index, sentence_triggers) or _opens_a_list(doc, nxt, sentence_triggers))
        ):
            links.setdefault(nxt, _met_on_the_visit(drafts, index, draft_index))
            _items_after(doc, nxt, links[nxt], links)  # a list opened by what names the event it lists
            # "बिरला ने कहा कि ...। उन्होंने ... सहयोग की पेशकश भी की": the one who spoke goes on
            while _goes_on(doc, nxt, sentence_triggers) and doc.sentences[nxt + 1].tokens[0].norm == THEY_DID:
                nxt += 1
                links.setdefault(nxt, draft_index)
        elif (
            nxt == index + 1
            and _told_there(_past_attribution([t.norm for t in doc.sentences[index].tokens]))
            and _goes_on(doc, index, sentence_triggers)
            and _opening_agent(doc, nxt, {w.cluster for w in drafts[draft_index].actors()} - {None}) is not None
        ):
            # "बैठक में X भी मौजूद थे। शेख मोहम्मद ने ... की सराहना की", "इस अवसर पर मुख्यमंत्री ने ... अवगत कराया।
            # उच्चायुक्त ने ... रुचि व्यक्त की": one who met goes on
            links.setdefault(nxt, draft_index)
    return links


def _met_on_the_visit(drafts: list[Draft], index: int, draft_index: int) -> int:
    """ "X अपनी अमेरिका यात्रा के दौरान ... Y से मिले। उन्होंने Y को ... जानकारी दी": what follows a sentence telling a
    visit and an event of it goes on with that event, not the visit, which has no business of its own."""
    if drafts[draft_index].event_type != "VISIT":
        return draft_index
    others = [i for i, d in enumerate(drafts) if d.sentence == index and d.event_type != "VISIT"]
    return others[0] if len(others) == 1 else draft_index


def _lister(doc: Document, drafts: list[Draft], index: int, draft_index: int) -> int:
    """The draft a list after sentence ``index`` goes on with: where the sentence opens the list with a colon, the
    event told last, right before it ("... वार्ता के बाद निम्नलिखित दस्तावेजों का आदान-प्रदान किया गया:", the exchange),
    else the sentence's own."""
    if not _ends_on_a_colon(doc, doc.sentences[index]):
        return draft_index
    told = [i for i, d in enumerate(drafts) if d.sentence == index]
    return max(told, key=lambda i: drafts[i].trigger, default=draft_index)


def _told_there(keys: list[str]) -> bool:
    """ "बैठक में", "इस अवसर पर" opening a sentence: what follows was done at the meeting just told."""
    return _in_meeting(keys) or _opens_on_the_occasion(keys)


def _later_time(doc: Document, sentence: Sentence) -> bool:
    """ "इसके बाद अक्टूबर में दोनों देशों की नौसेनाओं ने ...": what came after, at a time of its own, is another
    happening, not more of the event told before."""
    opens = [t.norm for t in sentence.tokens[:2]] in AFTER_THAT
    return opens and any(e.label == "DATE" for e in doc.entities_in(sentence))


def _opening_agent(doc: Document, index: int, met: set[int | None]) -> Mention | None:
    """The mention sentence ``index`` opens on, as its agent ("शेख मोहम्मद ने ..."), where it is one of ``met``."""
    first = min(doc.mentions_in(doc.sentences[index]), key=lambda m: m.first, default=None)
    keys = [t.norm for t in doc.sentences[index].tokens]
    agent = first is not None and first.first == 0 and keys[first.last : first.last + 1] == [ERGATIVE]
    return first if agent and first.cluster in met else None


def _eventless_body(doc: Document, index: int, sentence_triggers: dict) -> bool:
    """Whether sentence ``index`` is a body sentence that tells no event of its own."""
    return index < len(doc.sentences) and doc.sentences[index].kind == "body" and not sentence_triggers.get(index)


def _what_was_agreed_told_next(doc: Document, draft: Draft, sentence_triggers: dict) -> bool:
    """ "... ने ... कार्ययोजना पर मुहर लगाई। [paragraph] कार्ययोजना में ... को प्राथमिकता दी गई है": the sentence after an
    agreement, opening with what was agreed (or with "इसके तहत") and telling no event of its own, tells what it holds."""
    nxt = draft.sentence + 1
    if not _eventless_body(doc, nxt, sentence_triggers):
        return False
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    at = _token_from(doc, draft, draft.trigger[0])
    thing = keys[at - 1] if at > 0 and keys[at] == ON else None  # "कार्ययोजना [पर मुहर लगाई]"
    opening = [t.norm for t in doc.sentences[nxt].tokens[:2]]
    # "... समझौते पर हस्ताक्षर हुए। इसके तहत दोनों शहर ... में सहयोग करेंगे": what it holds them to; "... ऋण समझौते पर
    # हस्ताक्षर किए। यह राशि ... पर खर्च की जाएगी": what the sum agreed goes to
    this = opening[:1] != [] and opening[0] in THIS_ONE and opening[1:2] != [] and opening[1] in SUMS
    return (
        (thing is not None and opening == [thing, IN]) or opening in UNDER_IT or (draft.event_type == "SIGN" and this)
    )


def _on_these_meetings(doc: Document, nxt: int, sentence_triggers: dict) -> bool:
    """ "मंत्रालय के अनुसार, इन मुलाकातों में ... प्रमुख मुद्दे रहे": a sentence telling no event of its own that opens on
    "these meetings", telling of every one just told (listed after a colon, or several in the sentence before)."""
    if not _eventless_body(doc, nxt, sentence_triggers):
        return False
    keys = _past_attribution([t.norm for t in doc.sentences[nxt].tokens])
    return keys[:1] != [] and keys[0] in THESE and keys[1:2] != [] and keys[1] in MEETINGS_TOLD and keys[2:3] == [IN]


def _to_the_delegation(doc: Document, draft: Draft, nxt: int, sentence_triggers: dict) -> bool:
    """ "... प्रतिनिधिमंडल ने मुख्यमंत्री X से मुलाकात की। [paragraph] मुख्यमंत्री ने प्रतिनिधिमंडल को ... निवेश के लिए
    आमंत्रित किया", "... Y के साथ वार्ता की। [paragraph] X ने Y को बताया कि ...", "X ने ... क़दमों की जानकारी दी": one who
    met, the subject of the next paragraph's first sentence, addressing the delegation or the one met, or informing,
    goes on telling the meeting (what it was about)."""
    if draft.event_type not in TALKS or nxt >= len(doc.sentences) or sentence_triggers.get(nxt):
        return False
    sentence = doc.sentences[nxt]
    if sentence.kind != "body" or _same_paragraph(doc, nxt, nxt - 1):
        return False
    met = {w.cluster for w in draft.participants} - {None}
    first = _opening_agent(doc, nxt, met)
    if first is None:
        return False
    keys = [t.norm for t in sentence.tokens]
    pairs = list(itertools.pairwise(keys))
    # "राधाकृष्णन ने लोरेंको को बताया कि ...": the other one met, told something, as the delegation is
    told = not SAID.isdisjoint(keys) and any(
        m.cluster in met - {first.cluster} and keys[m.last : m.last + 1] == [TO] for m in doc.mentions_in(sentence)
    )
    informed = any(pair in INFORMED for pair in pairs)  # "X ने ... की जानकारी दी": told them
    return told or informed or any(k in LED_GROUPS and nxt_key == TO for k, nxt_key in pairs)


def _remark_on_a_visit(sentence: Sentence) -> bool:
    """ "यह किसी स्लोवेनियाई प्रधानमंत्री की पहली भारत यात्रा है", "2024 में ... किसी भारतीय मंत्री की यह पहली सीरिया
    यात्रा है": a remark on the visit, between the meeting it was told after and the words told of that meeting."""
    keys = [t.norm for t in sentence.tokens if t.text[:1].isalpha()]
    return len(keys) > 2 and not THIS_ONE.isdisjoint(keys[:-2]) and keys[-1] in IS_WAS and keys[-2] in VISIT_NOUNS


def _goes_on(doc: Document, index: int, sentence_triggers: dict) -> bool:
    """The sentence after ``index`` tells more of the same in its paragraph: no event of its own, no condition, no
    habit, nothing told as before it ("इससे पहले दोनों नेताओं ने संयुक्त प्रेस वार्ता में कहा कि ...") or after it
    ("X ने बाद में संवाददाताओं से कहा कि ..."), nor as done already
    ("अल-सीसी ... सम्मेलन में शाह अब्दुल्ला को आमंत्रित कर चुके हैं"), no report denied."""
    nxt = index + 1
    return (
        _eventless_body(doc, nxt, sentence_triggers)
        and _same_paragraph(doc, nxt, index)
        and not _conditional(doc.sentences[nxt])
        and not _habitual(doc.sentences[nxt])
        and not _told_as_before(doc.sentences[nxt])
        and not _another_question(doc.sentences[nxt])
        and not _told_as_later(doc.sentences[nxt])
        and not _gives_a_gift(doc.sentences[nxt])
        and not _done_already(doc.sentences[nxt])
        and not _denial(doc.sentences[nxt])
    )


def _programme_entry(doc: Document, sentence: Sentence) -> Entry | None:
    """A programme's entry: a list item (or bulleted line) labelled with its day and a colon ("• 9 दिसंबर: राष्ट्रपति भवन
    में औपचारिक स्वागत; ..."), perhaps with a place between ("9 दिसंबर – लुआंडा: ..."), or with an hour ("• सुबह 11 बजे:
    ..."); or a line labelled with an ordinal day and its date ("पहला दिन (9 दिसंबर): ..."). None for any other sentence,
    for a timeline's year ("• 2019: ...", history) and a live page's hours."""
    bulleted = sentence.tokens[:1] != [] and sentence.tokens[0].text in BULLETS
    tokens = sentence.tokens[1:] if bulleted else sentence.tokens
    if not tokens:
        return None
    label = doc.raw[tokens[0].start : sentence.end]
    if DAY_LABEL.match(label):
        return _ordinal_entry(doc, sentence, tokens)
    row = CELL in label  # a table's row: "6 जनवरी\tनई दिल्ली\tप्रधानमंत्री ... के साथ वार्ता"
    if not (bulleted or sentence.kind == "item" or row):
        return None
    if HOUR_LABEL.match(label):
        return _hour_entry(doc, sentence)
    return _dated_entry(doc, sentence, tokens)


def _ordinal_entry(doc: Document, sentence: Sentence, tokens: list) -> Entry | None:
    """ "पहला दिन (9 दिसंबर): ...": the day the label's date tells."""
    colon = next((t for t in tokens if t.text in COLONS), None)
    days = [e for e in doc.entities_in(sentence, "DATE") if colon is not None and e.end <= colon.start and _a_day(e)]
    return Entry(days[0]) if days else None


def _hour_entry(doc: Document, sentence: Sentence) -> Entry | None:
    """ "• सुबह 11 बजे: ...": of the day the sentence it is listed under tells ("सोमवार, 7 दिसंबर का उनका कार्यक्रम इस
    प्रकार है:"), else the one before that ("... का गुरुवार का दिन व्यस्त रहा। उनका दिन इस तरह बीता:"); or of a day
    heading the hours on a line of its own ("गुरुवार, 10 दिसंबर 2026", then "सुबह 9:30 बजे — ...")."""
    heading = _day_heading(doc, sentence)
    if heading is not None:
        return Entry(heading)
    opener = _list_opener(doc, sentence)
    told = doc.sentences[max(opener.index - 1, 0) : opener.index + 1] if opener is not None else []
    days = [e for s in told for e in doc.entities_in(s, "DATE") if _a_day(e)]
    return Entry(days[-1]) if days else None


def _day_heading(doc: Document, item: Sentence) -> Entity | None:
    """The day a list item stands under: an item before it, past other items, that is one day alone."""
    for before in reversed(doc.sentences[: item.index]):
        if before.kind != "item":
            return None
        if _labelled_by(doc, before, "DATE") and _a_day(day := doc.entities_in(before)[0]):
            return day
    return None


def _dated_entry(doc: Document, sentence: Sentence, tokens: list) -> Entry | None:
    """ "• 9 दिसंबर: ...", "11 दिसंबर – गेबोरोन: ...": a day told first, a colon after it or after the place after it;
    or a dash after it, what follows told with no colon ("• 3 नवंबर – सिंगापुर के विदेश मंत्री से मुलाकात"); or a table's
    row, its cells parted by tabs ("6 जनवरी<TAB>नई दिल्ली<TAB>... के साथ वार्ता")."""
    day = next((e for e in doc.entities_in(sentence, "DATE") if e.start == tokens[0].start), None)
    if day is None or not _a_day(day):
        return None
    after = next((t for t in tokens if t.start >= day.end), None)
    if after is not None and CELL in doc.raw[day.end : after.start]:  # a table's row: the day's cell, the place's
        place = next((e for e in doc.entities_in(sentence, "LOCATION") if e.start == after.start), None)
        celled = place is not None and CELL in doc.raw[place.end : place.end + 2]
        return Entry(day, place if celled else None)
    if after is None or after.text not in DASHES:
        return Entry(day) if after is not None and after.text in COLONS else None
    place = next((e for e in doc.entities_in(sentence, "LOCATION") if e.start > after.start), None)
    colon = next((t for t in tokens if place is not None and t.start >= place.end), None)
    if colon is not None and colon.text in COLONS:  # "9 दिसंबर – लुआंडा: ...": the day, then the place
        return Entry(day, place)
    return Entry(day) if not any(t.text in COLONS for t in tokens) else None


def _tour_by_its_entries(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """ "... तीन देशों की यात्रा पूरी कर स्वदेश लौट आए। यात्रा की प्रमुख घटनाएं: • 3 दिसंबर – हनोई: उपराष्ट्रपति X के साथ
    वार्ता ... • 6 दिसंबर – नोम पेन्ह: राजा Y से शिष्टाचार भेंट": entries of a programme labelled with cities abroad are the
    traveller's visits (the one person all their meetings share), one to each country no visit told goes to, on the day
    and at the city of its first entry; one met there of no stated country is of that country."""
    placed = [(d, e) for d in drafts if (e := _programme_entry(doc, doc.sentences[d.sentence])) and _placed(e)]
    meetings = [d for d, _e in placed if d.event_type == "MEET"]
    shared = set.intersection(*({w.cluster for w in d.actors()} - {None} for d in meetings)) if meetings else set()
    if len(shared) != 1:
        return drafts
    traveller = next(w for w in meetings[0].actors() if w.cluster in shared)
    gone = {w.country for d in drafts if d.event_type == "VISIT" for w in d.targets}
    out: list[Draft] = []
    for draft in drafts:
        entry = next((e for d, e in placed if d is draft), None)
        country = entry.place.value if entry is not None and entry.place is not None else None
        if country is not None and country != traveller.country:
            for w in draft.actors():
                if w.cluster is not None and w.cluster != traveller.cluster and doc.people[w.cluster].country is None:
                    doc.people[w.cluster].country = country  # "राजा Y से भेंट" at Phnom Penh: Cambodia's
            if country not in gone:
                gone.add(country)
                out.append(_visit_of_the_entry(doc, draft, traveller, entry))
        out.append(draft)
    return out


def _came_to_attend(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """ "X, जो बिम्सटेक विदेश मंत्रियों की बैठक में भाग लेने आए हैं, ने ...": one who came to take part in a meeting
    held in another country (where it is told held, else the dateline's) visits that country, where the text tells no
    visit of theirs."""
    visiting = {w.cluster for d in drafts if d.event_type == "VISIT" for w in d.sources}
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        came = draft.event_type == "MEET" and TO_TAKE in draft.trigger_words() and ARRIVED & draft.trigger_words()
        country = (draft.location or _dateline_place(doc) or {}).get("country") if came else None
        for w in draft.participants if country else []:
            if w.cluster is not None and w.cluster not in visiting and w.country not in (None, country):
                visiting.add(w.cluster)
                out.append(
                    Draft(
                        "VISIT",
                        draft.sentence,
                        draft.trigger,
                        draft.trigger_text,
                        planned=draft.planned,
                        sources=[w],
                        targets=[Who(None, country)],
                        sentences={draft.sentence},
                        location=draft.location,
                        clause=draft.clause,
                    )
                )
    return out


def _placed(entry: Entry) -> bool:
    """An entry labelled with a place of some country ("3 दिसंबर – हनोई:")."""
    return entry.place is not None and entry.place.value is not None


def _visit_of_the_entry(doc: Document, draft: Draft, traveller: Who, entry: Entry) -> Draft:
    """The traveller's visit to the country an entry's city is in, from the entry's label ("3 दिसंबर – हनोई", its
    words as written, the dash between)."""
    place = entry.place or entry.day  # (placed entries only: see _placed)
    return Draft(
        "VISIT",
        draft.sentence,
        (entry.day.start, place.end),
        doc.raw[entry.day.start : place.end],
        planned=draft.planned,
        sources=[traveller],
        targets=[Who(None, place.value)],
        sentences={draft.sentence},
        location=draft.location,
        date=draft.date,
        clause=draft.clause,
    )


def _days_of_the_visit(doc: Document, drafts: list[Draft]) -> None:
    """ "X 10 दिसंबर से तीन दिन की ... यात्रा पर रहेंगे। ... यात्रा के पहले दिन ... वार्ता करेंगे। अगले दिन वह ...
    मुलाकात करेंगे": what a visit's first day holds, told with no day of its own, has the day the visit begins (its
    second day the day after, its last the day it ends); what is told "अगले दिन", the day after the one the event told
    before it has, and its place, where it tells none (its town, not a building: "ग्रेट हॉल ऑफ द पीपल में वार्ता की।
    ... अगले दिन ... मुलाकात की")."""
    begins = ends = None
    told: Draft | None = None  # the event told last with a day
    for draft in drafts:
        value = (draft.date or {}).get("value") or ""
        if draft.event_type == "VISIT" and DAY_VALUE.fullmatch(value.split(INTERVAL)[0]):
            begins = value.split(INTERVAL)[0]
            ends = value.split(INTERVAL)[-1] if INTERVAL in value else None
        sentence = doc.sentences[draft.sentence]
        told_day = _visit_day_told(sentence) if draft.date is None and begins else None
        after = next((e for e in doc.entities_in(sentence, "DATE") if match_key(e.text) in NEXT_DAY), None)
        if told_day is not None and (day := ends if told_day[1] is None else _days_after(begins, told_day[1])):
            draft.date = {**told_day[0], "value": day}
        elif not value and after is not None and told is not None and told.date is not None:
            draft.date = {
                "text": after.text,
                "value": _day_after(told.date["value"]),
                "start": after.start,
                "end": after.end,
            }
            if told.location is not None and not _venue(told.location):
                draft.location = draft.location or told.location
        if DAY_VALUE.fullmatch((draft.date or {}).get("value") or ""):
            told = draft


def _agreed_by_the_meetings_sides(doc: Document, drafts: list[Draft]) -> None:
    """ "नाइजर के विदेश मंत्री X के साथ अलग से हुई बैठक में दोनों पक्ष ... पर सहमत हुए": an agreement of which one side
    was found, told in the meeting its sentence names before it, is of that meeting's sides (unless it is one told
    already: "भारत और वियतनाम ने ... सहमति जताई है। ... हुई वार्ता में यह फैसला लिया गया")."""
    agreed = [_countries(d) for d in drafts if d.event_type == "AGREE" and not _one_sided(d)]
    for agree in (d for d in drafts if d.event_type == "AGREE" and _one_sided(d)):
        keys = [t.norm for t in doc.sentences[agree.sentence].tokens]
        meetings = [
            d
            for d in drafts
            if d.event_type == "MEET"
            and d.sentence == agree.sentence
            and d.trigger < agree.trigger
            # "... हुई बैठक में" (or "वार्ता में" the trigger itself ends on): what follows was done in it
            and IN in keys[_token_from(doc, d, d.trigger[1]) - 1 :][:2]
            and not _one_sided(d)
            and set(agree.actors()) <= set(d.actors())
        ]
        if meetings and not any(_countries(meetings[-1]) <= countries for countries in agreed):
            agree.sources, agree.targets, agree.participants = [], [], list(meetings[-1].actors())


def _agreed_at_the_meeting(drafts: list[Draft]) -> None:
    """ "सोमवार देर शाम व्हाइट हाउस में हुई मुलाकात में X और Y ने ... पर सहमति जताई": an agreement told in the meeting
    its sentence names first, with no place of its own, is reached where the meeting is held."""
    for agree, meeting in itertools.product(drafts, drafts):
        if (
            agree.event_type == "AGREE"
            and agree.location is None
            and meeting.event_type == "MEET"
            and meeting.sentence == agree.sentence
            and meeting.trigger < agree.trigger
            and IN in meeting.trigger_words()
            and _countries(agree) <= _countries(meeting)
        ):
            agree.location = meeting.location


def _visit_day_told(sentence: Sentence) -> tuple[dict, int | None] | None:
    """Where a sentence tells a day of a visit ("यात्रा के पहले दिन", "यात्रा के दूसरे दिन", or a later one opening it:
    "दूसरे दिन ..."; "यात्रा के अंतिम दिन"), as a date with no value yet, and the days it comes after the first (None
    for the last)."""
    keys = [t.norm for t in sentence.tokens]
    for i in range(len(keys) - 1):
        after = 0 if keys[i] in FIRST_DAY else NTH_DAY.get(keys[i])
        if keys[i + 1] != DAY or (after is None and keys[i] not in LAST_DAY):
            continue
        of_the_visit = i >= 2 and keys[i - 2] in VISIT_NOUNS and keys[i - 1] == GEN_KE
        if of_the_visit or (i == 0 and keys[i] in NTH_DAY):
            tokens = sentence.tokens[i - 2 if of_the_visit else i : i + 2]
            return {"text": " ".join(t.text for t in tokens), "start": tokens[0].start, "end": tokens[-1].end}, after
    return None


def _day_after(value: str) -> str | None:
    """The ISO day after ``value``, one of no year told ("XXXX-12-10") too (see dates.Anchor)."""
    return _days_after(value, 1)


def _days_after(value: str, days: int) -> str | None:
    """The ISO day ``days`` after ``value`` (see _day_after)."""
    anchor = Anchor.of(value)
    return anchor.iso(anchor.day + dt.timedelta(days=days)) if anchor is not None else None


def _a_day(date: Entity) -> bool:
    """A date told to the day ("9 दिसंबर", "2026-12-09"), not a month or a year."""
    return DAY_VALUE.fullmatch(date.value or "") is not None


def _tells_its_meeting(doc: Document, item: Sentence) -> bool:
    """A programme's entry naming its meeting ("• 3 नवंबर – X से मुलाकात")."""
    return _programme_entry(doc, item) is not None and not MEETING_NOUNS.isdisjoint(t.norm for t in item.tokens)


def _on_the_programme(doc: Document, sentence: Sentence, made: list[Draft], earlier: list[Draft]) -> None:
    """ "X 8 से 10 दिसंबर तक भारत की राजकीय यात्रा पर रहेंगे। ... कार्यक्रम के अनुसार: • 9 दिसंबर: राष्ट्रपति भवन में
    औपचारिक स्वागत; प्रधानमंत्री Y के साथ ... वार्ता;": a programme's entries are held at the place they are labelled
    with, to come where their day is after the dateline's, and tell, where a clause names no doer of its own ("ने"),
    what the visitor told last does (see _the_visitors_events)."""
    entry = _programme_entry(doc, sentence)
    if entry is None or not made:
        return
    dateline = doc.dateline()
    told = next((e.value for e in doc.entities_in(dateline, "DATE") if e.value), None) if dateline else None
    day = entry.day.value or ""
    cut = 5 if "X" in f"{told}{day}" else 0  # a day with no year is of the dateline's year
    to_come = told is not None and len(told) == len(day) and told[cut:] < day[cut:]
    visit = next((d for d in reversed(earlier) if d.event_type == "VISIT"), None)
    visitors = [w for w in visit.sources if w.cluster is not None] if visit is not None else _listed_for(doc, sentence)
    if visit is not None and visit.date is None and visit.planned:  # "X की भारत यात्रा का कार्यक्रम ...: पहला दिन (9
        visit.date = _entry_day(doc, sentence)  # दिसंबर): ...": the visit begins on the first entry's day
    keys = [t.norm for t in sentence.tokens]
    for draft in made:
        draft.planned = draft.planned or to_come
        draft.location = _place_of(entry.place) if entry.place is not None else draft.location
        if ERGATIVE not in keys[draft.clause[0] : draft.clause[1]]:  # "• 14 फरवरी: X ने ... मुलाकात की": a timeline's
            _the_visitors_events(doc, draft, visitors, entry)


def _listed_for(doc: Document, sentence: Sentence) -> list[Who]:
    """The one person the sentence a list is told under names ("नवंबर में विदेश मंत्री X की प्रमुख द्विपक्षीय बैठकें इस
    प्रकार रहीं:"), whose the entries are where no visit was told."""
    opener = _list_opener(doc, sentence)
    named = list({m.cluster: _who(m) for m in doc.mentions_in(opener)}.values()) if opener is not None else []
    return named if len(named) == 1 else []


def _the_visitors_events(doc: Document, draft: Draft, visitors: list[Who], entry: Entry) -> None:
    """A programme's meeting or call with someone ("प्रधानमंत्री Y के साथ वार्ता") and ceremony ("राजघाट पर पुष्पांजलि") are
    the visitors', and its signing ("Y के साथ बातचीत और समझौतों पर हस्ताक्षर") is the sides' (the host's country, where
    the text never states it, that of the place the entry is labelled with)."""
    # "• शाम 6 बजे: भारतीय समुदाय के लोगों से मिले": no one met; "• 12 नवंबर – X के साथ फोन पर बातचीत": a call
    met = draft.event_type in ("MEET", "CALL") and bool(draft.actors())
    there = {w.cluster for w in draft.actors()}
    if (met or draft.event_type == "CEREMONY") and there.isdisjoint(w.cluster for w in visitors):
        draft.participants = visitors + draft.participants
    if draft.event_type == "SIGN" and draft.actors():
        stated = visitors + [w for w in draft.actors() if w.cluster is None or not _guessed(doc, [w])]
        host = {entry.place.value} if entry.place is not None and entry.place.value else set()
        sides = {w.country for w in stated if w.country} | host
        draft.sources, draft.targets, draft.participants = [], [], [Who(None, c) for c in sorted(sides)]


def _headline_told(doc: Document, sentence: Sentence) -> bool:
    """A headline or bulleted line of a page of headlines only ("आज की बड़ी खबरें" and its bullets, a ticker), or a live
    page's unpunctuated entry under its hour ("BREAKING | 10:42 AM"): with no story below to tell it in full, it tells
    its news itself, in a headline's verbless words."""
    if sentence.kind not in ("headline", "item"):
        return False
    return not any(s.kind == "body" for s in doc.sentences) or _live_entry(doc, sentence)


def _predicate_item(doc: Document, sentence: Sentence) -> bool:
    """ "साझा बयान में कहा गया कि दोनों पक्ष: • ... सीईपीए को जल्द लागू करने पर सहमत हुए": a list item ending on a verb,
    under a sentence that ends on a colon, finishes that sentence: it tells what its subject did, as a sentence does
    (not an item with a subject of its own or a year before it: "• 2019: मोदी ने थिम्पू में ... शुभारंभ किया", a
    timeline's history)."""
    keys = [t.norm for t in sentence.tokens if t.text[:1].isalnum()]
    if sentence.kind != "item" or not keys or keys[-1] not in LIGHT_KEYS or ERGATIVE in keys or keys[0].isdigit():
        return False
    return _list_opener(doc, sentence) is not None


def _list_opener(doc: Document, item: Sentence) -> Sentence | None:
    """The body sentence ending on a colon that a list item is listed under, past the items before it; None where the
    list stands under anything else."""
    opener = next((s for s in reversed(doc.sentences[: item.index]) if s.kind != "item"), None)
    return opener if opener is not None and opener.kind == "body" and _ends_on_a_colon(doc, opener) else None


def _ends_on_a_colon(doc: Document, sentence: Sentence) -> bool:
    return doc.raw[sentence.start : sentence.end].rstrip().endswith(":")


def _opens_a_list(doc: Document, index: int, sentence_triggers: dict) -> bool:
    """ "... पांच समझौतों पर हस्ताक्षर किए। [paragraph] हस्ताक्षरित दस्तावेजों की सूची इस प्रकार है: 1. ... 2. ...": a
    sentence telling no event of its own that ends on a colon before list items opens the list of what was just told,
    in a paragraph of its own or not."""
    return (
        _eventless_body(doc, index, sentence_triggers)
        and _ends_on_a_colon(doc, doc.sentences[index])
        and index + 1 < len(doc.sentences)
        and doc.sentences[index + 1].kind == "item"
    )


def _done_already(sentence: Sentence) -> bool:
    """ "अल-सीसी ... सम्मेलन में शाह अब्दुल्ला को आमंत्रित कर चुके हैं": what was done before what the text tells."""
    return not ALREADY.isdisjoint(t.norm for t in sentence.tokens)


def _spoke_at_the_occasion(keys: list[str]) -> int:
    """ "प्रधानमंत्री X ने इस अवसर पर कहा", "इस अवसर पर भारत के उच्चायुक्त X ने कहा": where the speaker's "ने" stands,
    when one told speaking on the occasion just told opens the sentence (0 when not)."""
    subject = max(_subject_end(keys) - 1, 0)
    if not (subject and _opens_on_the_occasion(keys, after_subject=True)):
        opened = _opens_on_the_occasion(keys)
        subject = next((i for i, key in enumerate(keys[:MAX_SPEAKER]) if key == ERGATIVE), 0) if opened else 0
    return subject if subject and SAID.intersection(keys[subject : subject + MAX_SUBJECT + 3]) else 0


def _gives_a_gift(sentence: Sentence) -> bool:
    """A sentence telling a gift ("मुर्मू ने उन्हें ... प्रतिमा भेंट की"), whose words are what was given."""
    keys = [t.norm for t in sentence.tokens]
    return any(_gift(keys, i) for i in range(len(keys)))


def _told_as_before(sentence: Sentence) -> bool:
    """A sentence opening with "इससे पहले", after its subject perhaps ("दोनों नेताओं ने इससे पहले")."""
    keys = [t.norm for t in sentence.tokens[: MAX_SUBJECT + 3]]
    return any(keys[i : i + 2] == EARLIER for i in range(len(keys)))


def _another_question(sentence: Sentence) -> bool:
    """A sentence opening on an answer to another question ("एक अन्य प्रश्न के उत्तर में उन्होंने कहा कि ..."): a new
    matter, not more of the event told before."""
    keys = [t.norm for t in sentence.tokens[: MAX_SUBJECT + 3]]
    return any(k in ANOTHER_ONE and nxt in QUESTIONS for k, nxt in itertools.pairwise(keys))


def _items_after(doc: Document, index: int, draft_index: int, links: dict[int, int]) -> int:
    """Link the list items right after sentence ``index`` to a draft; returns the next unit."""
    nxt = index + 1
    while nxt < len(doc.sentences) and doc.sentences[nxt].kind in ("item", "furniture"):
        if links.get(nxt, draft_index) != draft_index:
            break  # an item telling an event of its own: the items after it go on with that one
        if doc.sentences[nxt].kind == "item" and not TIMELINE_ENTRY.match(doc.raw[doc.sentences[nxt].start :]):
            links.setdefault(nxt, draft_index)
        nxt += 1
    return nxt


def _topics_by_sentence(doc: Document) -> dict[int, list[tuple[int, str]]]:
    """Each sentence's topic codes with where they are said, found once per document. Topic words
    inside titles, names of bodies, people and places, and those describing a person (see _descriptions), say nothing
    about the event."""
    topics: dict[int, list[tuple[int, str]]] = {}
    for sentence in doc.sentences:
        entities = doc.entities_in(sentence)
        named = [e for e in entities if e.label in ("TITLE", "ORG", "PERSON", "LOCATION")]
        described = _descriptions(doc, sentence, entities) + _margins_of(sentence)
        found = [
            (e.start, e.value)
            for e in entities
            if e.label == "SECTOR"
            and not any(e.start in span for span in described)
            and not any(
                n.start <= e.start < n.end
                and not (
                    _head(e, n)
                    or _subject(e, n, sentence)
                    or _forum(e, n, sentence)
                    or _own_meeting(n, sentence)
                    or _opened(n, sentence)
                )
                for n in named
            )
        ]
        if _aid_carried(sentence, entities):  # the force and its craft ("वायुसेना के सी-17 विमान से"): how aid came
            crafts = {t.start for t in sentence.tokens if t.norm in CARRIERS}
            found = [(at, code) for at, code in found if code != DEFENCE and at not in crafts]
        if found:
            topics[sentence.index] = found
    return topics


def _margins_of(sentence: Sentence) -> list[range]:
    """Offsets of a forum's name told as the occasion on whose margins an event is held ("एआई इम्पैक्ट शिखर सम्मेलन से
    इतर"), or a day before or after which it is ("आसियान विदेश मंत्रियों की बैठक से एक दिन पहले"): what the forum is
    about is not what the talks on its margins were."""
    tokens, out = sentence.tokens, []
    keys = [t.norm for t in tokens]
    for i in range(1, len(keys) - 1):
        counted = i + 3 < len(keys) and keys[i + 2] in TIME_SPANS and (keys[i], keys[i + 3]) in TIMED_BY
        if tuple(keys[i : i + 2]) not in MARGINS and not counted:
            continue
        if FORUM_EVENTS.isdisjoint(keys[max(0, i - MAX_FORUM_GAP) : i]):
            continue
        j = i  # back over the forum's name and its genitives ("आसियान विदेश मंत्रियों की बैठक")
        while j > 0 and keys[j - 1][:1].isalnum() and (keys[j - 1] not in CASE_MARKERS or keys[j - 1] in GENITIVE):
            j -= 1
        out.append(range(tokens[j].start, tokens[i].start))
    return out


def _aid_carried(sentence: Sentence, entities: list[Entity]) -> bool:
    """ "भारतीय नौसेना का जहाज ... राहत सामग्री लेकर पोर्ट लुई पहुंचा", "यह खेप ... वायुसेना के सी-17 विमान से ...
    पहुंची": a force's ship or aircraft that carries aid is how it came, not what the event was about."""
    keys = [t.norm for t in sentence.tokens]
    carrier = any(
        e.label == "SECTOR"
        and e.value == DEFENCE
        and (i := next((k for k, t in enumerate(sentence.tokens) if t.start >= e.end), None)) is not None
        and CARRIERS & set(keys[i : i + MAX_SHIP_WORDS])
        for e in entities
    )
    aid = any(e.label == "SECTOR" and e.value == DEVELOPMENT for e in entities) or not SHIPMENT.isdisjoint(keys)
    return carrier and aid


def _descriptions(doc: Document, sentence: Sentence, entities: list[Entity]) -> list[range]:
    """Where the words describing a person stand, from their country or body to their name ("केन्याई नौसेना के कमांडर
    X", "काबो वर्दे के वित्त एवं व्यापार प्रोत्साहन मंत्री X"): they say nothing about the event, but the name of an
    international body the person is an official of does ("संयुक्त राष्ट्र महासचिव", "एडीबी के अध्यक्ष")."""
    lex = load()
    bodies = [e for e in entities if e.label == "ORG" and lex.international_body(e.text, e.value)]
    keys = [t.norm for t in sentence.tokens]
    spans = []
    for m in doc.mentions_in(sentence):
        start = sentence.tokens[_firm_described(keys, m.first)].start
        after = max((b.end for b in bodies if start <= b.start < m.start), default=start)
        spans.append(range(after, m.start))
    return spans


def _firm_described(keys: list[str], first: int) -> int:
    """Where the words describing a person's company begin, before their mention ("[तेल एवं गैस क्षेत्र की सरकारी
    कंपनी] सोकार के अध्यक्ष X"): back from the company noun to a case marker or punctuation, else the mention itself."""
    nearest = range(first - 1, max(first - 2 - MAX_FIRM_QUALIFIERS, -1), -1)  # "कंपनी सोकार के", "सरकारी कंपनी X"
    noun = next((i for i in nearest if keys[i] in COMPANIES), None)
    if noun is None:
        return first
    start = noun
    while start > max(0, noun - MAX_FIRM_DESCRIPTION) and keys[start - 1] not in CLAUSE_MARKS:
        start -= 1
    return start


def _forum(sector: Entity, body: Entity, sentence: Sentence) -> bool:
    """A multilateral body named as what is talked of or done ("सुरक्षा परिषद में सुधार", "क्वाड बैठक की
    मेजबानी", "संयुक्त राष्ट्र महासचिव") is about multilateral affairs; one named as the occasion of another
    event is not ("ब्रिक्स शिखर सम्मेलन से इतर", "जी20 विदेश मंत्रियों की बैठक में भाग लेने आए"), nor a
    country's own body of the same name ("रूस की सुरक्षा परिषद", which the NER stage leaves unvalued)."""
    if body.label != "ORG" or sector.value != MULTILATERAL or body.value is None:
        return False
    keys = [t.norm for t in sentence.tokens]
    i = _past_name(keys, next((k for k, t in enumerate(sentence.tokens) if t.start >= body.end), len(keys)))
    meeting = next((j for j in range(i, min(i + MAX_FORUM_GAP, len(keys))) if keys[j] in FORUM_EVENTS), None)
    if meeting is not None:  # "शिखर सम्मेलन में", not "सुरक्षा परिषद में सुधार"
        j = meeting
        while j < len(keys) and keys[j] in FORUM_EVENTS:
            j += 1
        j = _past_name(keys, j)
        return not any(tuple(keys[j : j + len(m)]) == m for m in [*OCCASION_MARKERS, (IN,)])
    return not any(tuple(keys[i : i + len(m)]) == m for m in OCCASION_MARKERS)


def _past_name(keys: list[str], i: int) -> int:
    """Past what ends a forum's name: hyphened parts and an acronym in brackets ("बैठक-प्लस (एडीएमएम-प्लस) से
    इतर")."""
    while keys[i : i + 1] == ["-"] and i + 1 < len(keys):
        i += 2
    close = next((k for k in range(i + 1, min(i + 6, len(keys))) if keys[k] == ")"), None)
    return close + 1 if keys[i : i + 1] == ["("] and close is not None else i


def _head(sector: Entity, named: Entity) -> bool:
    """A place or a body named by what it is ("चाबहार बंदरगाह", a port; "संयुक्त वायुसेना", a force) is about
    that sector; not a body the cue names alone ("इसरो"), nor a region ("हिंद-प्रशांत क्षेत्र की स्थिति")."""
    if named.label == "LOCATION":
        return sector.end == named.end
    # not a multilateral body's name at the end of a country's own ("रूसी सुरक्षा परिषद"): see _forum
    return (
        named.label == "ORG" and sector.end == named.end and sector.start > named.start and sector.value != MULTILATERAL
    )


def _subject(sector: Entity, body: Entity, sentence: Sentence) -> bool:
    """A body named for what it works on ("ऊर्जा पर संयुक्त कार्य समूह", "व्यापार और निवेश पर उप-समिति") is about
    that, wherever it is told: reactivated, set up or meeting."""
    if body.label != "ORG":
        return False
    keys = [t.norm for t in sentence.tokens if sector.end <= t.start and t.end <= body.end]
    return ON in keys[:SUBJECT_REACH]


def _opened(body: Entity, sentence: Sentence) -> bool:
    """A body opened ("सूचना प्रौद्योगिकी उत्कृष्टता केंद्र का उद्घाटन किया"), set up, thanked for or built up: what
    its name says is what the opening, the thanks or the talks were about, as for a centre no model reads as a body
    ("योग केंद्र का उद्घाटन")."""
    if body.label != "ORG":
        return False
    keys = [t.norm for t in sentence.tokens if t.start >= body.end][: 1 + MAX_OPENED_GAP]
    # "... व्यापार मंच का संयुक्त रूप से उद्घाटन किया": how it was opened may come between; "... केंद्र स्थापित करने
    # की पेशकश", "... केंद्र की स्थापना": one to be set up, as one opened
    founded = keys[:1] == [SET_UP] or (keys[:1] and keys[0] in GENITIVE and keys[1:2] and keys[1] in FOUNDING)
    # "... आईटी उत्कृष्टता केंद्र के लिए भारत का आभार जताया": a body thanked for, as one opened; "... केंद्र के विस्तार
    # पर चर्चा की": one whose building-up is talked of
    thanked = keys[:2] == [GEN_KE, FOR] and not GRATITUDE.isdisjoint(keys[2:])
    # "... ऊर्जा केंद्र और कांकेसंतुरै बंदरगाह के विकास पर": a body built up beside another
    after = [t.norm for t in sentence.tokens if t.start >= body.end][: 1 + MAX_OPENED_GAP + MAX_CONJUNCT]
    at = after.index(GEN_KE) if after[:1] == [AND] and GEN_KE in after else 0
    grown = after[at : at + 1] == [GEN_KE] and after[at + 1 : at + 2] != [] and after[at + 1] in GROWTH
    grown = grown and after[at + 2 : at + 3] == [ON]
    opened = len(keys) > 1 and keys[0] in GENITIVE and not OPENINGS.isdisjoint(keys[1:])
    return bool(founded) or thanked or grown or opened


def _own_meeting(body: Entity, sentence: Sentence) -> bool:
    """A country's or two countries' body whose own meeting is told ("संयुक्त व्यापार समिति की 10वीं बैठक") meets
    on what its name says, and so do ministers of a portfolio ("एससीओ कृषि मंत्रियों की बैठक"); an international
    body's ("सुरक्षा परिषद की बैठक") is left to _forum."""
    if body.label not in ("ORG", "TITLE") or body.value is not None:
        return False
    if body.label == "TITLE" and not body.text.endswith(PLURAL_OBLIQUE):  # "रक्षा मंत्री की बैठक": one person's
        return False
    keys = [t.norm for t in sentence.tokens if t.start >= body.end]
    meeting = next((j for j in (1, 2) if keys[j : j + 1] and keys[j] in FORUM_EVENTS), None)
    if keys[:1] == [] or keys[0] not in GENITIVE or meeting is None:
        return False
    # "एससीओ रक्षा मंत्रियों की बैठक से इतर ... मुलाकात की": the ministers' meeting is only the occasion
    after = keys[_past_name(keys, meeting + 1) :]  # past "बैठक-प्लस (एडीएमएम-प्लस)"
    if tuple(after[:2]) in TIMED_BY:
        return False  # "... व्यापार और प्रौद्योगिकी परिषद की बैठक से पहले ... मुलाकात की": the time of another event
    return body.label == "ORG" or not any(tuple(after[: len(m)]) == m for m in OCCASION_MARKERS)


def _told_as_their_subject(doc: Document, talks: Draft, other: Draft) -> bool:
    """Another event told in the talks' sentence that is only what they were about: one no side takes part in
    ("... बातचीत हुई, जिसमें राष्ट्रमंडल की आगामी बैठक ... पर विचार-विमर्श हुआ"), or a discussion among the talks' own
    people ("... फोन पर बात की, जिसमें ... पर विचार-विमर्श हुआ")."""
    if talks.event_type not in TALKS:
        return False
    if not other.actors():
        return True
    tokens = doc.sentences[other.sentence].tokens
    at = _token_from(doc, other, other.trigger[0])
    people = {w.cluster for w in other.actors()}
    return (
        at < len(tokens)
        and tokens[at].norm in DISCUSSION
        and None not in people
        and people <= {w.cluster for w in talks.actors()}
    )


def _topics(
    doc: Document, draft: Draft, sentences: list[int], topics: dict, own_clause: bool, drafts: list[Draft]
) -> set[str]:
    """The topic codes of the sentences that tell an event; in its own sentence, only those of its
    clause when ``own_clause`` (another event of the sentence has another clause), and only those of
    its own verb group where events of other types are joined to it (``_joined_span``). A visit is about
    nothing of its own: what it is for is told by the meetings and signings during it ("एससीओ की बैठक में भाग
    लेने के लिए बीजिंग पहुंचे" is no multilateral visit). What a sentence opening "वार्ता के बाद" tells as
    agreed or signed is not what the talks were about."""
    if draft.event_type == "VISIT":
        return set()
    tokens = doc.sentences[draft.sentence].tokens
    a, b = draft.clause
    lo, hi = (tokens[a].start, tokens[b - 1].end) if own_clause and a < b <= len(tokens) else (0, len(doc.raw))
    if own_clause and draft.event_type in TALKS:  # "वार्ता की, जिसमें ... पर सहमति बनी": what came of them in them
        hi = max([hi, *(tokens[d.clause[1] - 1].end for d in _reached_within(doc, draft, drafts))])
        if 0 < b <= len(tokens) and tokens[b - 1].norm in VERB_COORDINATORS:
            # "... से मुलाकात की और ... पर चर्चा की": what they went on to discuss, up to the next event's clause
            later = [d.clause[0] for d in drafts if d.sentence == draft.sentence and d.clause[0] >= b]
            hi = max(hi, tokens[min(later, default=len(tokens)) - 1].end)
    if own_clause and draft.event_type in OUTCOMES and 0 < b < len(tokens) and tokens[b].norm in IN_WHICH:
        # "संयुक्त बयान जारी किया, जिसमें दोनों देशों ने ... का फैसला किया": what it holds, up to the next clause
        held = next((i for i in range(b + 1, len(tokens)) if tokens[i].norm in SUBORDINATORS), len(tokens))
        hi = max(hi, tokens[held - 1].end)
    lo, hi = _partner_segment(doc, draft, drafts, topics.get(draft.sentence, []), lo, hi)
    lo, hi = _joined_span(doc, draft, drafts, lo, hi)
    hi = min(hi, _address_after(doc, draft))
    venue = _location_span(doc, draft)  # "मोगादिशु बंदरगाह पर आयोजित समारोह": no transport
    honour = _honour_named(doc, draft)
    site = _tribute_site_named(doc, draft)
    parts = {s: _parts_told_of(doc, s, draft) for s in sentences if s != draft.sentence}
    outcomes = {d.sentence for d in drafts if d.event_type in OUTCOMES}
    for s in outcomes & set(parts) if draft.event_type in TALKS else ():
        cut = _what_came_after(doc.sentences[s])
        parts[s] = [range(p.start, min(p.stop, cut)) for p in parts[s]]
    return (
        {
            code
            for s in sentences
            if s == draft.sentence or not _background(doc, s, outcomes)
            for at, code in topics.get(s, [])
            if (
                any(at in part for part in parts[s]) and at not in venue  # where it was held, told where it was
                if s != draft.sentence
                else lo <= at < hi and at not in venue and at not in honour and at not in site
            )
        }
        | _topics_of_bodies(doc, draft)
        | _topics_of_the_thing(doc, draft, topics)
        | _topics_of_the_occasion(doc, draft, topics, drafts)
        | _topics_thanked_for(doc, draft, topics, drafts)
    )


def _partner_segment(
    doc: Document, draft: Draft, drafts: list[Draft], told: list[tuple[int, str]], lo: int, hi: int
) -> tuple[int, int]:
    """ "कई द्विपक्षीय बैठकें कीं: A के साथ ऊर्जा पर; B के साथ खनन पर; और C के साथ रक्षा सहयोग पर": one of the meetings
    one verb tells, each with its own partner, is about what is told from its partner's name to the next one's, where
    each of them has a topic there (else they share what the span ``lo``-``hi`` tells)."""
    twins = [d for d in drafts if d.sentence == draft.sentence and d.trigger == draft.trigger]
    if len(twins) < 2 or all(d is not draft for d in twins):
        return lo, hi
    shared = set.intersection(*({w.cluster for w in d.actors()} for d in twins))
    named = [(_partner_start(doc, d, shared), id(d)) for d in twins]
    if any(at is None for at, _ in named):
        return lo, hi
    starts = sorted(named)
    bounds = [at for at, _ in starts] + [hi]
    spans = {key: (bounds[i], bounds[i + 1]) for i, (_at, key) in enumerate(starts)}
    if not all(any(a <= at < b for at, _code in told) for a, b in spans.values()):
        return lo, hi
    a, b = spans[id(draft)]
    return max(lo, a), min(hi, b)


def _partner_start(doc: Document, draft: Draft, shared: set[int | None]) -> int | None:
    """Where the first of a draft's own people (not those ``shared`` with the drafts it was split from) is named in its
    sentence."""
    own = {w.cluster for w in draft.actors()} - shared - {None}
    named = [m.start for m in doc.mentions if m.sentence == draft.sentence and m.cluster in own]
    return min(named, default=None)


def _what_came_after(sentence: Sentence) -> int:
    """ "भारत और इंडोनेशिया ने ... रक्षा मंत्रियों की बैठक के बाद ... प्रशिक्षण पर दो समझौतों पर हस्ताक्षर किए": where
    what a sentence tells as done after a meeting begins (its end when it tells none): that is not what the meeting
    was about."""
    keys = [t.norm for t in sentence.tokens]
    at = next((i for i, k in enumerate(keys) if k in MEETING_NOUNS and keys[i + 1 : i + 3] == AFTER), None)
    return sentence.tokens[at + 1].start if at is not None else sentence.end


def _address_after(doc: Document, draft: Draft) -> int:
    """ "... नरेश X से मिलेंगे और ... में विधि के छात्रों को संबोधित करेंगे", "... से मिलेंगे और फिर ... नौसैनिक अड्डे का
    दौरा करेंगे": where a clause joined after talks' verb that addresses others or tours a site begins (the text's end
    when none): what it tells is no business of the talks (a session
    addressed at a forum taken part in is: "... डायलॉग में भाग लिया और क्षेत्रीय सुरक्षा पर एक सत्र को संबोधित किया")."""
    if draft.event_type not in TALKS or draft.forum:
        return len(doc.raw)
    tokens = doc.sentences[draft.sentence].tokens
    keys = [t.norm for t in tokens]
    at = _token_from(doc, draft, draft.trigger[0])
    after = _token_from(doc, draft, draft.trigger[1])  # "से मिलेंगे [और]": the verb the trigger ends on
    for i in range(at + 1, len(keys) - 1):
        if keys[i] in VERB_COORDINATORS and (keys[i - 1] in LIGHT_KEYS or i == after):
            joined = keys[i + 1 :]
            end = next((j for j, k in enumerate(joined) if k in VERB_COORDINATORS or k in SUBORDINATORS), len(joined))
            toured = any(k == TOUR and joined[j - 1] == GEN_KA for j, k in enumerate(joined[:end]) if j)
            return tokens[i].start if toured or not ADDRESSED.isdisjoint(joined[:end]) else len(doc.raw)
    return len(doc.raw)


def _honour_named(doc: Document, draft: Draft) -> range:
    """Where the words naming an honour conferred stand ("समारोह में भारतीय सेना के जनरल की मानद उपाधि प्रदान की"): an
    army's rank given names no matter the ceremony was about."""
    if draft.event_type != "CEREMONY":
        return range(0)
    tokens = doc.sentences[draft.sentence].tokens
    at = _token_from(doc, draft, draft.trigger[0])
    if at >= len(tokens) or tokens[at].norm not in HONOURS:
        return range(0)
    return range(tokens[_name_opening(tokens, draft.clause[0], at)].start, tokens[at].start)


def _tribute_site_named(doc: Document, draft: Draft) -> range:
    """Where the words naming the site of a tribute stand ("कोलंबो में [भारतीय शांति सेना (आईपीकेएफ) स्मारक] पर
    पुष्पांजलि अर्पित की"): the force or the war a memorial is named for is not what the ceremony was about."""
    if draft.event_type != "CEREMONY":
        return range(0)
    tokens = doc.sentences[draft.sentence].tokens
    at = _token_from(doc, draft, draft.trigger[0])
    sites = [
        i
        for i in range(draft.clause[0], min(at, len(tokens) - 1))
        if _tribute_word(tokens[i].norm) and tokens[i + 1].norm in SITE_CASES
    ]
    if not sites:
        return range(0)
    return range(tokens[_name_opening(tokens, draft.clause[0], sites[-1])].start, tokens[sites[-1]].end)


def _at_the_site(doc: Document, draft: Draft, place: dict | None) -> dict | None:
    """ "बिरला ने साराजेवो के शाश्वत ज्योति स्मारक पर पुष्पांजलि अर्पित की": a tribute paid at a memorial its own clause
    names in words no list holds was paid there, in the country of the town (or the dateline) it was placed in."""
    if (place is not None and _venue(place)) or not _tribute(draft):
        return place
    site = _tribute_site_named(doc, draft)
    sentence = doc.sentences[draft.sentence]
    tokens = sentence.tokens
    spans = token_spans(sentence, doc.entities_in(sentence))
    told = {i for a, b, label, _e in spans if label in ("DATE", "PERSON") for i in range(a, b)}
    towns = {a for a, _b, label, _e in spans if label == "LOCATION"}
    words = [i for i, t in enumerate(tokens) if site.start <= t.start < site.stop]
    # "जनरल जांग स्वतंत्रता स्मारक पर": who paid it, ranks and all, ends before the site's name
    words = words[max((n + 1 for n, i in enumerate(words) if i in told), default=0) :]
    while words and tokens[words[0]].norm in NOT_A_SITE | BUILT:
        words = words[1:]  # "उन्होंने यहां [... स्मारक]", "इससे पहले [... समाधि]", "की याद में बने [... स्मारक]": who,
        # where, when and how it came to be, not its name
    while len(words) > 2 and tokens[words[1]].norm in GENITIVE and words[0] in towns:
        words = words[2:]  # "साराजेवो के [शाश्वत ज्योति स्मारक]": the town it stands in
    if len(words) < 2 or any(tokens[i].norm in GENITIVE for i in words):
        return place  # "समाधि पर", "सैन मार्टिन के स्मारक पर": a site named by no words of its own
    country = (place or _dateline_place(doc) or {}).get("country")
    return _span_place(doc, tokens, words[0], words[-1] + 1, country)


def _name_opening(tokens: list, first: int, head: int) -> int:
    """Where the words naming an honour or a site that end at token ``head`` begin: after the case marker, comma or
    pronoun before them ("समारोह में [भारतीय सेना के जनरल की मानद उपाधि]", "कोलंबो में [... स्मारक]"), not before ``first``."""
    start = head
    while start > first and tokens[start - 1].norm not in HONOUR_NAME_STOPS:
        start -= 1
    return start


def _background(doc: Document, index: int, outcomes: set[int]) -> bool:
    """A sentence told after an event that says nothing of what it was about: the ties there are, what was agreed
    or signed after the meeting ("बैठक के बाद ... हस्ताक्षर किए"), what was done at another time of the day, or what
    had been so since a time before."""
    keys = [t.norm for t in doc.sentences[index].tokens]
    # "शाम को उन्होंने ... भारतीय छात्रों से संवाद किया": what a sentence opening with another time of day tells is
    # another occasion
    return (
        _opens_at_a_time_of_day(keys)
        or _standing_ties(keys)
        or _so_since(doc, doc.sentences[index])
        or (index in outcomes and _after_meeting(keys))
    )


def _so_since(doc: Document, sentence: Sentence) -> bool:
    """ "सुरक्षा कारणों से दूतावास वर्ष 2019 से बंद था": a state told as so since a time before (its last verb
    pluperfect), what led up to the event, not what it was about."""
    keys = [t.norm for t in sentence.tokens]
    words = [k for k in keys if k[:1].isalpha()]
    if not words or words[-1] not in PLUPERFECT:
        return False
    spans = token_spans(sentence, doc.entities_in(sentence))
    return any(label == "DATE" and keys[b : b + 1] == [FROM] for _a, b, label, _e in spans)


def _opens_at_a_time_of_day(keys: list[str]) -> bool:
    """Whether a sentence opens on a time of day ("शाम को ...", "दोपहर में ...")."""
    return bool(keys) and keys[0] in TIMES_OF_DAY


def _standing_ties(keys: list[str]) -> bool:
    """ "उन्होंने कहा कि दोनों देशों के बीच सदियों पुराने समुद्री व्यापार संबंध हैं", "'भारत हिंद-प्रशांत क्षेत्र में
    हमारा सबसे अहम साझेदार है'", "यह परंपरा दशकों पुरानी है": a sentence with a clause that ends telling the ties or
    the partner there are, or how old they are, is background to the event told before it, not what it was about."""
    words = [k for k in keys if any(c.isalnum() for c in k) or k == ","]
    ends = [i for i, k in enumerate(words) if i + 1 == len(words) or words[i + 1] in CLAUSE_JOINERS]
    # "अंगोला भारत को कच्चे तेल का प्रमुख आपूर्तिकर्ता है और ... व्यापार ... का रहा": a clause of it will do
    return any(i >= 1 and words[i] in IS and (words[i - 1] in TIES or words[i - 1] in OLD) for i in ends)


def _topics_of_the_thing(doc: Document, draft: Draft, topics: dict) -> set[str]:
    """ "... ने मोजाम्बिक के लिए मानवीय सहायता सामग्री पहुंचाई। ... यह सामग्री ... को सौंपी": a thing handed
    over, named again by "यह" (aid by any of its words: "सहायता लेकर पहुंचा। ... यह सामग्री"), is what the sentence
    before said it was; one told as tied to it ("10 लाख डॉलर की अनुदान सहायता दी है। ... इससे जुड़ा चेक ... को
    सौंपा", or named by its own word, "अनुदान का चेक") is about all the sentence before told."""
    if draft.event_type != "CEREMONY" or draft.sentence == 0:
        return set()
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    a = _token_from(doc, draft, draft.trigger[0])
    before = doc.sentences[draft.sentence - 1].tokens
    said_before = topics.get(draft.sentence - 1, [])
    if any(keys[i] == FROM_THIS and keys[i + 1] in TIED for i in range(draft.clause[0], a - 1)):
        return {code for _at, code in said_before}
    # "भारत ने ... समुद्री दीवार बनाने हेतु ... अनुदान दिया है। ... अनुदान का चेक प्राप्त किया": the cheque of the aid
    # the sentence before told, by the word it was told as about
    cues = {t.norm for t in before if any(t.start == at for at, _code in said_before)}
    if any(keys[i] in cues and keys[i + 1] in GENITIVE for i in range(draft.clause[0], a - 1)):
        return {code for _at, code in said_before}
    things = {keys[i + 1] for i in range(draft.clause[0], a - 1) if keys[i] in THIS_ONE}
    if not IT.isdisjoint(keys[draft.clause[0] : a]):  # "यह खेप ... पहुंची, जहां X ने इसे Y को सौंपा": what opened it
        things |= {keys[i + 1] for i in range(draft.clause[0] - 1) if keys[i] in THIS_ONE}
    aid_named = not CONSIGNMENT.isdisjoint(things)
    if aid_named:  # "... मानवीय सहायता लेकर पहुंचा। ... यह सामग्री ... को सौंपी": the aid
        things |= CONSIGNMENT
    starts = {
        before[j].start for i, t in enumerate(before) if t.norm in things for j in range(_goods_from(before, i), i + 1)
    }
    told = {code for at, code in said_before if at in starts}
    # "तूफान प्रभावित परिवारों के लिए भेजी गई ... सामग्री": aid named again, where the sentences before told it as aid
    earlier = topics.get(draft.sentence - 2, []) if _same_paragraph(doc, draft.sentence - 2, draft.sentence - 1) else []
    aid = aid_named and any(code == DEVELOPMENT for _at, code in said_before + earlier)
    return told | {DEVELOPMENT} if aid else told


def _goods_from(tokens: list, i: int) -> int:
    """Where the goods that thing word ``i`` names begin: the words before it, a list of them joined to it ("दवाइयां,
    टेंट और खाद्य सामग्री") or what it is of ("जीवनरक्षक दवाओं की खेप"), back to a case marker, at most a few words."""
    start = i
    while (
        start > max(0, i - MAX_GOODS_WORDS)
        and tokens[start - 1].norm not in CASE_MARKERS - GENITIVE
        and (tokens[start - 1].text[:1].isalnum() or tokens[start - 1].text == ",")
    ):
        start -= 1
    return start


def _topics_of_the_occasion(doc: Document, draft: Draft, topics: dict, drafts: list[Draft]) -> set[str]:
    """ "संयुक्त सैन्य अभ्यास ... संपन्न हुआ। समापन समारोह में X और Y ने सलामी ली": a ceremony told as held at the
    occasion the sentence before told, no event of ours, is about what that occasion was; so is any event told "इस
    संबंध में" after it ("भारत ने ... सौर ऊर्जा संयंत्र के लिए ऋण सहायता दी है। इस संबंध में ... समझौते पर हस्ताक्षर किए
    गए")."""
    before = draft.sentence - 1
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    regard = _in_this_regard(keys)
    if before < 0 or (regard and not _same_paragraph(doc, before, draft.sentence)):
        return set()
    if regard:  # "दोनों ने इस संबंध में एक समझौता ज्ञापन पर भी हस्ताक्षर किए": on what the sentence before told
        return {code for _at, code in topics.get(before, [])}
    if draft.event_type != "CEREMONY" or any(d.sentence == before for d in drafts):
        return set()
    if doc.sentences[before].kind != "body" or not _opens_on_the_occasion(keys):
        return set()
    return {code for _at, code in topics.get(before, [])}


def _in_this_regard(keys: list[str]) -> bool:
    """ "इस संबंध में" opening a sentence, or right after its subject ("दोनों ने इस संबंध में ..."): in the matter just
    told."""
    return _this_regard(keys) or _this_regard(keys[_subject_end(keys) :])


def _subject_end(keys: list[str]) -> int:
    """Where the words after a sentence's subject and its "ने" begin ("जयशंकर ने [इस मौके पर]"), 0 where none opens it."""
    return next((i + 1 for i, key in enumerate(keys[: MAX_SUBJECT + 1]) if key == ERGATIVE), 0)


def _this_regard(keys: list[str]) -> bool:
    """Whether the words open on "इस संबंध में" ("इस सिलसिले में")."""
    return len(keys) > 2 and keys[0] in THIS and keys[1] in REGARDS and keys[2] == IN


def _topics_thanked_for(doc: Document, draft: Draft, topics: dict, drafts: list[Draft]) -> set[str]:
    """ "... रेल संपर्क परियोजना के अध्ययन में समर्थन का आश्वासन दिया। X ने इसके लिए Y का आभार जताया": thanks or wishes
    for what the sentence before told ("इसके लिए", "इस सहायता के लिए", or by a word it named: "परियोजना के लिए") are
    about what it was about, not where an event it told was held ("मापुटो बंदरगाह पर एक समारोह में ... सौंपी"); so are
    those told in a "जिसके लिए" clause ("... 50 डायलिसिस मशीनें सौंपीं, जिसके लिए ... आभार जताया"), of what the
    sentence told before it, and those joined after another doing for "this" ("... की खेप प्राप्त की और इस मदद के
    लिए भारत का आभार व्यक्त किया")."""
    keys = [t.norm for t in doc.sentences[draft.sentence].tokens]
    start = draft.clause[0]
    a = _token_from(doc, draft, draft.trigger[0])
    joined = _last_verb_joined(keys, start + 1, a)
    joined = joined if joined is not None and _for_this(keys, joined + 1, a) else None
    if draft.event_type in WISHES and (_for_which(keys, start) or joined is not None):
        end = doc.sentences[draft.sentence].tokens[start - 1 if joined is None else joined].start
        places = [_location_span(doc, d) for d in drafts if d.sentence == draft.sentence]
        given = {  # "इससे जुड़ा चेक ... सौंपा, जिसके लिए ...": what the thing handed over was for
            code for d in drafts if d.sentence == draft.sentence for code in _topics_of_the_thing(doc, d, topics)
        }
        here = {code for at, code in topics.get(draft.sentence, []) if at < end and not any(at in v for v in places)}
        return here | given
    before = draft.sentence - 1
    if draft.event_type not in WISHES or before < 0 or not _same_paragraph(doc, before, draft.sentence):
        return set()
    # "परियोजना के लिए आभार" after "... परियोजना की ई-पट्टिका का अनावरण किया": the thing the sentence before named
    # (not a name, nor a government or a people: "भारत के निरंतर समर्थन के लिए" thanks India, for no thing told)
    told_before = doc.sentences[before]
    keys_before = [t.norm for t in told_before.tokens]
    spans = token_spans(told_before, doc.entities_in(told_before))
    names = {keys_before[i] for a, b, label, _e in spans if label in ACTING_LABELS for i in range(a, b)}
    named = {k for k in keys_before if k[:1].isalpha() and k not in POSTPOSITIONS | names | LEADERSHIP | NATION}
    venues = [_location_span(doc, d) for d in drafts if d.sentence == before]
    # "भारत ने ... दवाइयां और चिकित्सा उपकरण सौंपे। राजदूत ने ... ये दवाइयां ... सौंपीं। मंत्री ने इस सहायता के लिए
    # ... धन्यवाद किया": a handing over the sentence before tells again is all it was told as; so is help thanked for
    # right after a handing over, naming nothing it helped with ("... सामग्री ... को सौंपी। X ने संकट की इस घड़ी में मदद के
    # लिए भारत का आभार जताया"; not "जलवायु परिवर्तन से निपटने में मदद के लिए")
    given = {s for d in drafts if d.sentence == before and d.event_type == "CEREMONY" for s in d.sentences}
    helped = CONSIGNMENT if given and not topics.get(draft.sentence) else set()
    told = _for_this(keys, start, a, named | helped)
    said = {s for s in given | {before} if _same_paragraph(doc, s, before)}
    if not told:
        return set()
    things = {  # "यह सामग्री ... सौंपी": what the thing handed over was told as before
        code
        for d in drafts
        if d.sentence == before and d.event_type == "CEREMONY"
        for code in _topics_of_the_thing(doc, d, topics)
    }
    return things | {code for s in said for at, code in topics.get(s, []) if not any(at in v for v in venues)}


def _for_this(keys: list[str], start: int, end: int, named: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether words from ``start`` to ``end`` give the ground of thanks or wishes as what was just told: "इसके लिए",
    "इस सहायता के लिए", or a word ``named`` before ("परियोजना के लिए", "समझौते के अनुसमर्थन के लिए")."""
    return any(
        keys[i : i + 2] == FOR_THIS
        or (keys[i] in THIS_ONE and [GEN_KE, FOR] in (keys[j : j + 2] for j in range(i + 2, i + 3 + MAX_THING_WORDS)))
        or (keys[i] in named and _for_its(keys, i + 1))
        for i in range(start, end)
    )


def _for_its(keys: list[str], at: int) -> bool:
    """ "के लिए" at ``at``, or after a genitive and a word or two of what was done with it ("समझौते के अनुसमर्थन के
    लिए": for ratifying the agreement just told)."""
    if keys[at : at + 2] == [GEN_KE, FOR]:
        return True
    return keys[at : at + 1] == [GEN_KE] and any(
        keys[j : j + 2] == [GEN_KE, FOR] and not {GEN_KE, ","} & set(keys[at + 1 : j])
        for j in range(at + 2, at + 2 + MAX_THING_WORDS)
    )


def _for_which(keys: list[str], start: int) -> bool:
    """A clause opened by "जिसके लिए" ("..., जिसके लिए ... ने आभार जताया"): for what the words before it told."""
    return start > 0 and keys[start - 1 : start + 1] == [FOR_WHICH, FOR]


def _location_span(doc: Document, draft: Draft) -> range:
    """Where the place an event was held is told (empty where none is), with the words telling it built by someone
    ("[भारत की सहायता से बने महात्मा गांधी अंतरराष्ट्रीय सम्मेलन केंद्र] में ... समारोह": aid told of the venue)."""
    place = draft.location or {}
    start, end = place.get("start", 0), place.get("end", 0)
    sentence = doc.sentences[draft.sentence]
    if not sentence.start <= start < sentence.end:
        return range(start, end)
    tokens = sentence.tokens
    at = bisect.bisect_left([t.start for t in tokens], start)
    if at == 0 or tokens[at - 1].norm not in BUILT:
        return range(start, end)
    first = at - 1
    while first > 0 and at - first < MAX_BUILT_BY and tokens[first - 1].norm not in SUBJECT_GAP_STOPS | {TO}:
        first -= 1
    return range(tokens[first].start, end)


def _reached_within(doc: Document, talks: Draft, drafts: list[Draft]) -> list[Draft]:
    """Agreements and signings a relative clause right after the talks tells as made in them ("... वार्ता की थी,
    जिसमें ... पर सहमति बनी"), agreements the talks' own sides go on to reach ("... के साथ बातचीत की और दोनों
    नेताओं ने ... पर सहमति जताई"), and what one met is told handing over in a relative clause ("Y से मुलाकात की,
    जिन्होंने उन्हें ... चावल की खेप सौंपी")."""
    keys = [t.norm for t in doc.sentences[talks.sentence].tokens]
    met = {w.cluster for w in talks.actors()} - {None}
    return [
        d
        for d in drafts
        if d.sentence == talks.sentence
        and d.clause[0] >= talks.clause[1]
        and (d.event_type in OUTCOMES or (d.event_type == "CEREMONY" and {w.cluster for w in d.actors()} <= met))
        and (
            keys[d.clause[0] - 1] in IN_WHICH
            or (d.event_type == "CEREMONY" and not WHO_DID.isdisjoint(keys[d.clause[0] - 1 : d.clause[0] + 1]))
            or (
                d.event_type == "AGREE"  # a signing is an act of its own (see _outcomes_in_talks)
                and d.clause[0] == talks.clause[1]
                and keys[d.clause[0] - 1] in VERB_COORDINATORS
                and keys[d.clause[0]] in BOTH
            )
        )
    ]


def _parts_told_of(doc: Document, index: int, draft: Draft) -> list[range]:
    """ "X के साथ बैठक में ऊर्जा पर चर्चा हुई, जबकि Y के साथ बैठक में नवीकरणीय ऊर्जा पर बात हुई": of a sentence
    that tells of events in parts set against each other, the parts naming this one's people; else all of it."""
    sentence = doc.sentences[index]
    keys = [t.norm for t in sentence.tokens]
    cuts = [i for i, key in enumerate(keys) if key in CONTRAST and i > 0]
    mine = {w.cluster for w in draft.actors()} - {None}
    mentions = doc.mentions_in(sentence)
    parts = [
        range(sentence.tokens[a].start, sentence.tokens[b - 1].end)
        for a, b in (itertools.pairwise([0, *cuts, len(keys)]) if cuts and mine else ())
        if any(a <= m.first < b and m.cluster in mine for m in mentions)
    ]
    return parts or [range(sentence.start, sentence.end)]


def _joined_span(doc: Document, draft: Draft, drafts: list[Draft], lo: int, hi: int) -> tuple[int, int]:
    """ "... व्यापार ... पर सहमति जताई और स्वास्थ्य ... पर हस्ताक्षर किए": where a coordinator joins the
    trigger of an event of another type to this one's, each is about what is told up to its own trigger,
    after the one before it; but talks are about what came of them too ("बैठक की और रक्षा ... का फैसला किया")."""
    if draft.event_type in TALKS:
        return lo, hi
    tokens = doc.sentences[draft.sentence].tokens
    keys = [t.norm for t in tokens]
    here = sorted({(d.trigger, d.event_type) for d in drafts if d.sentence == draft.sentence})
    at = here.index((draft.trigger, draft.event_type))
    before = here[at - 1] if at > 0 else None
    after = here[at + 1] if at + 1 < len(here) else None
    if before and before[1] != draft.event_type:
        c = _coordinator_after(keys, _token_from(doc, draft, before[0][1]))
        lo = max(lo, tokens[c].end) if c is not None and tokens[c].end <= draft.trigger[0] else lo
    elif before is None:  # talks told here joined a call told before: "... की समीक्षा की तथा ... पर सहमति जताई"
        at = _token_from(doc, draft, draft.trigger[0])
        c = _last_verb_joined(keys, 1, at)
        # but not where what is agreed is what was just told, by a pronoun: "सीईसीए ... की समीक्षा की और इसे ...", or
        # what is done to it, by a relative: "... पर संगोष्ठी आयोजित की, जिसका उद्घाटन ... किया", "... समझौते पर
        # हस्ताक्षर का स्वागत किया, जिस पर ... हस्ताक्षर किए"
        back = IT | WHOSE | WHICH_ONE
        lo = max(lo, tokens[c].end) if c is not None and back.isdisjoint(keys[c + 1 : c + 2]) else lo
    if after and after[1] != draft.event_type:
        c = _coordinator_after(keys, _token_from(doc, draft, draft.trigger[1]))
        hi = min(hi, tokens[c].start) if c is not None and tokens[c].start < after[0][0] else hi
    return lo, hi


def _joined_after_a_verb(keys: list[str], at: int) -> bool:
    """Whether a coordinator after a finished verb group ("... शुभकामनाएं दीं और", "... से बात की और") comes before ``at``."""
    return any(
        keys[i] in VERB_COORDINATORS and (_finite_light(keys[i - 1]) or keys[i - 1] in GIVEN) for i in range(1, at)
    )


def _last_verb_joined(keys: list[str], start: int, end: int) -> int | None:
    """The last coordinator in ``start:end`` that joins a finished verb group to what follows ("... वार्ता की और ...")."""
    return max(
        (i for i in range(start, end) if keys[i] in VERB_COORDINATORS and _finite_light(keys[i - 1])), default=None
    )


def _finite_light(key: str) -> bool:
    """A light verb that ends a verb group ("की", "किया"), not an infinitive inside one ("तेज करने और")."""
    return key in LIGHT_KEYS and not key.endswith("ने")


def _topics_of_bodies(doc: Document, draft: Draft) -> set[str]:
    """Bodies that act are about what they are named for: a memorandum between "राष्ट्रीय निवेश और
    अवसंरचना कोष" and "ओमान निवेश प्राधिकरण" is about investment, as one the bodies are told signing before their
    heads are ("इसरो और जाक्सा ने ... हस्ताक्षर किए। ... इसरो के अध्यक्ष X और ... ने हस्ताक्षर किए") is about space
    (the name of someone's employer alone is not)."""
    bodies = {w.org for w in draft.actors() if w.cluster is None and w.org} | draft.bodies
    sides = {w.country for w in draft.actors() if w.cluster is None and not w.org and not w.title}
    told = sorted(draft.sentences | {draft.sentence}) if draft.bodies else [draft.sentence]
    entities = [e for s in told for e in doc.entities_in(doc.sentences[s])]
    named = [(e.start, e.end, e.value) for e in entities if e.label == "COUNTRY"]
    spans = [  # "जापान अंतरिक्ष अन्वेषण एजेंसी" acting: the country its name holds is the side
        (e.start, e.end)
        for e in entities
        if e.label == "ORG"
        and (
            any(body.split(" (")[0] == e.text for body in bodies)  # "भारतीय अंतरिक्ष अनुसंधान संगठन (इसरो)"
            or any(e.start <= a and b <= e.end and c in sides for a, b, c in named)
        )
    ]
    return {e.value for e in entities if e.label == "SECTOR" and any(a <= e.start < b for a, b in spans)}


def _actor(doc: Document, who: Who, role: str) -> Actor:
    if who.cluster is None:
        return Actor(name=None, title=who.title, org=who.org, country=who.country, role=role)
    person = doc.people[who.cluster]
    return Actor(
        name=person.name,
        title=_title_here(who.title, person.title),
        org=person.org,
        country=person.country or who.country,
        role=role,
        mentions=person.mentions,
        country_inferred=person.country_inferred,
    )


def _one_holder(title: str | None, titles: set[str]) -> str | None:
    """The title one holder has where it was told of several ("तुवालु और नाउरू के विदेश मंत्रियों से अलग-अलग
    मुलाकात की": each a "विदेश मंत्री"), its last word's singular a title the lexicon lists ("प्रतिनिधियों":
    "प्रतिनिधि", not "प्रतिनिधी")."""
    if not title:
        return title
    head, _, last = title.rpartition(" ")
    for plural, singular in ONE_OF_MANY:
        one = last[: -len(plural)] + singular
        if last.endswith(plural) and len(one) > 1 and phrase_key(one) in titles:
            return f"{head} {one}".strip()
    return title


def _title_here(said: str | None, fullest: str | None) -> str | None:
    """The title the frame's own sentence gives ("उप विदेश मंत्री"), unless it is a short form of the
    person's fullest title ("सचिव" of "सचिव (पूर्वी)")."""
    if not said or (fullest and set(said.split()) <= set(fullest.split())):
        return fullest
    return said


def _dedupe(actors: list[Actor]) -> list[Actor]:
    """One actor each; a country or a body with no one named for it is dropped where someone named stands for it
    ("बैठक में भारत का प्रतिनिधित्व विदेश मंत्रालय में अतिरिक्त सचिव अभय ठाकुर ने किया": India and its ministry are
    there in him; "ओमान दूतावास द्वारा आयोजित समारोह ... ओमान के राजदूत X": the embassy is there in its ambassador),
    as is an office told unnamed where its holder is named ("जापान, मिस्र और ब्राजील के नवनियुक्त राजदूतों से परिचय पत्र
    ग्रहण किए ... जापान के राजदूत X, ...": Japan's ambassador is X)."""
    seen, out = set(), []
    represented = {a.country for a in actors if a.name}  # the countries someone named stands for
    held = {(a.country, a.title.split()[-1]) for a in actors if a.name and a.title}  # offices their holders name
    for actor in actors:
        key = (actor.name, actor.country if actor.name is None else None)
        bare = actor.name is None and actor.title is None and actor.role == "participant"
        unnamed = actor.name is None and actor.title is not None and (actor.country, actor.title.split()[-1]) in held
        if key not in seen and not (bare and actor.country in represented) and not unnamed:
            seen.add(key)
            out.append(actor)
    return out
