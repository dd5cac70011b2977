"""People: each PERSON mention bound to its title, organisation and country, and mentions merged.

"रूस के उद्योग एवं व्यापार उपमंत्री अलेक्सी ग्रुज़देव" reads right to left: the name, its title,
the organisation or country the title belongs to ("X के"). Later mentions by surname alone
("सचिव मजुमदार", "मजुमदार ने") and spelling variants (कामिनो / कामीनो) join the same person,
whose fullest name is kept.
"""

from __future__ import annotations

import html
import re
import unicodedata

from pipeline.document import Actor, Document, Entity, Mention, Sentence
from pipeline.lexicon import (
    AFFAIRS,
    ALL_OF,
    BECOMING,
    COPULAS,
    DISTRICTS,
    ELECTED_HEADS,
    ERGATIVE,
    FORCES,
    FROM,
    GENITIVE,
    GOVERNMENT,
    HOUSE,
    IN,
    MAX_AFFAIRS_WORDS,
    NAME_PARTICLES,
    OF,
    ON_BEHALF,
    PATRONYMICS,
    PLURAL_OBLIQUE,
    POSTPOSITIONS,
    SAID,
    THAT,
    THERE,
    TIMES_OF_DAY,
    TO,
    WHO,
    Lexicon,
    affairs_start,
    firm_after,
    load,
    name_key,
    office_after,
    phrase_key,
    ranks,
    retired_at,
    saying_agent,
    taking_office,
)
from pipeline.segment import QUOTE_MARKS, keyset, loose_key, match_key

NAMED = ("PERSON", "COUNTRY", "LOCATION", "ORG")
HONORIFIC_SIZES = (3, 2, 1)  # words of an honorific, longest first ("मेजर जनरल", "दातो सेरी", "श्री")
# A title that is also worn as a courtesy before a name: "पूर्व उप विदेश मंत्री राजदूत हिग्यूरास".
CHIEF = match_key("प्रमुख")  # "head", after a body's genitive; elsewhere mostly "main" ("प्रमुख मुद्दे")
SHIPS = keyset("जहाज", "पोत", "युद्धपोत", "फ्रिगेट", "विध्वंसक", "कोरवेट", "पनडुब्बी")  # "जहाज के कमांडिंग ऑफिसर"
NAVY = "नौसेना"  # "फ्रांसीसी नौसेना का फ्रिगेट": the navy a ship told is of
SHIP_REACH = 40  # characters after a country where its navy's ship is told ("की नौसेना का युद्धपोत")
MAX_SHIP_OFFICE = 3  # words from a ship's genitive to its officer's name ("के कमांडिंग ऑफिसर कमांडर")
SEATS = keyset("मुख्यालय", "सचिवालय", "कार्यालय")  # "बैंक के मुख्यालय में": a body's seat
COMMANDS = keyset("कमान")  # "पूर्वी नौसेना कमान": a command of the armed forces
ENVOY = match_key("राजदूत")
EUROPEAN, EUROPEAN_UNION = match_key("यूरोपीय") + " ", "यूरोपीय संघ"  # an office the European Union's title names
UNION = match_key("केंद्रीय")  # "केंद्रीय मंत्री": of the Union government
FORMER = match_key("पूर्व")  # "जर्मनी की पूर्व विदेश मंत्री": an office once held
# an interview's answer ("उत्तर: मैं पिछले महीने दिल्ली आई थी"): its first person is the one interviewed (and "हम",
# that one with whoever they were with), each word with the case it marks
I_WE = {
    match_key(k): v
    for k, v in {
        "मैं": "", "मैंने": "ने", "मेरी": "की", "मेरा": "का", "मेरे": "के", "मुझसे": "से", "मुझे": "को",
        "हम": "", "हमने": "ने", "हमारी": "की", "हमारा": "का", "हमारे": "के",
    }.items()
}  # fmt: skip
ANSWERS = keyset("उत्तर", "जवाब")  # "उत्तर:" opening a paragraph of an interview
INTERVIEWS = keyset("साक्षात्कार", "इंटरव्यू")  # "X ने ... को दिए साक्षात्कार में कहा": the one interviewed
TALKED_WITH = [[match_key("से"), match_key(w)] for w in ("बातचीत", "बात", "साक्षात्कार", "इंटरव्यू")]  # "X से बातचीत"
OURS = keyset("हमारे", "हमारी", "हमारा")  # "हमारे राष्ट्रपति X": the speaker's country's
FIRMS = keyset("समूह", "ग्रुप", "पोर्ट्स", "इंडस्ट्रीज", "एंटरप्राइजेज", "संस", "फाउंडेशन")  # "टाटा संस": a family's
COURTESY_TITLES = keyset("राजदूत", "शेख", "अमीर", "सुल्तान", "युवराज", "क्राउन प्रिंस")
GENERATIONAL = {loose_key(w) for w in ("जूनियर", "सीनियर", "द्वितीय", "तृतीय")}
PARTICLES = {loose_key(w) for w in NAME_PARTICLES}  # name parts are loose keys
PATRONYMIC = {loose_key(w) for w in PATRONYMICS}  # "खालिद बिन सलमान": the next word is the father's name
INDEFINITE = keyset("किसी", "कोई")  # "फिजी के किसी प्रधानमंत्री की ... पहली भारत यात्रा": any holder of the office
# Countries whose people's family name comes first, and stands alone in later mentions ("यून ने").
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "KHM", "MNG", "HUN"}
BOTH_COUNTRIES = tuple(match_key(w) for w in ("दोनों", "देशों", "के"))
CONJUNCTIONS = keyset("और", "एवं", "तथा", ",", "व")
FORMAL_JOINERS = keyset("एवं", "तथा", "व")  # the "and" of a formal style, joining one person's offices
DEPUTY = "उप"  # "उप प्रधानमंत्री", "उप-प्रधानमंत्री": a deputy's office, mostly held with a portfolio
# "यांगून क्षेत्र के मुख्यमंत्री", "नेपाल के दार्चुला जिले के मुख्य जिला अधिकारी"
REGIONS = keyset("क्षेत्र", "प्रांत", "राज्य", "प्रदेश", "प्रान्त") | DISTRICTS
MAX_BODY_WORDS = 3  # "संप्रभुता परिषद": words of a body's name no list holds
CHAMBER = match_key("सदन")  # "ब्राजील की संसद के निचले सदन": a house of parliament
MIN_ALIKE = 4  # letters of a surname told again in another spelling ("रामफोसा"): shorter ones are too often others
MAX_OFFICE_WORDS = 8  # "उसके भारत रेजिडेंट मिशन के": an office named between "की ओर से" and its holder
# "की ओर से भेजी गई इमदाद के लिए": what was sent, or done for, between "की ओर से" and a name, which is no office
NOT_AN_OFFICE = keyset("लिए", "गई", "गए", "गया", "गयी")
UNITS = keyset("इकाई", "शाखा", "प्रभाग", "विंग")  # "निगम की अंतरराष्ट्रीय इकाई के प्रमुख": a unit of a body
# verbs ending a clause before "और" and the next one's title ("यात्रा करेंगी और प्रधानमंत्री X"): no portfolio words
VERB_WORDS = keyset("है", "हैं", "था", "थे", "थी", "थीं", "किया", "किए", "की", "कीं", "गया", "गए", "गई", "हुआ", "हुए", "हुई")
FUTURE_ENDINGS = ("ेंगे", "ेंगी", "ेगा", "ेगी", "ूंगा", "ूंगी")
LEADER = match_key("नेता")  # "म्यांमार के नेता": whoever of that country the text named, whatever their office
REPUBLIC = match_key("गणराज्य")  # a country's formal name: "मॉरीशस गणराज्य के प्रधानमंत्री"
SIDE = keyset("पक्ष")  # "उज्बेक पक्ष की ओर से"
STANDING_FOR = match_key("प्रतिनिधित्व")  # "कंबोडिया का प्रतिनिधित्व ... X ने किया": X stood for Cambodia
THE_OFFICE = keyset("चुनाव", "चुनावों", "पद")  # "श्रीलंका के राष्ट्रपति चुनाव में": the office, not its holder
CAME = keyset("आए", "आईं", "आई", "आया", "पहुंचे", "पहुंचीं", "पहुंची")  # "भारत आए वहां के मंत्री": come to it
JOINING_WORDS = keyset("कि", "और", "तथा", "एवं", "जबकि", "लेकिन", "परंतु", "किंतु")  # before an office: no qualifier of it
LEADING = {(match_key("का"), match_key("नेतृत्व")), (match_key("की"), match_key("अगुवाई"))}  # "... का नेतृत्व कर रहे X"
DOING, LEADING_NOW = match_key("कर"), keyset("रहे", "रही", "रहीं")
MAX_LED_BODY = 6  # "भारतीय शांति सैनिकों के दल": the words from a led body's country to "का नेतृत्व"
CLAUSE_ENDS = keyset(",", "।", ";", ":", "(", ")", "और")  # what a led body's name never crosses
# "उसी दिन राजदूत ने", "शाम राजदूत ने", "तत्पश्चात राज्य मंत्री ने": when, not whose office
WHEN = TIMES_OF_DAY | keyset("दिन", "तत्पश्चात", "फिर", "तब")


class Actors:
    """The actors stage: ``doc.mentions`` and ``doc.people`` from PERSON, TITLE, ORG, COUNTRY entities."""

    name = "actors"
    requires = frozenset({"entities"})
    provides = frozenset({"mentions"})

    def __init__(self, lexicon: Lexicon | None = None, home_country: str | None = "IND") -> None:
        """``home_country``: the country of an official whose country the text never states.

        Hindi news is written for readers in India: "विदेश मंत्री एस. जयशंकर" needs no "भारत के".
        Set it to None for a corpus from elsewhere.
        """
        self.lex = lexicon or load()
        self.home_country = home_country
        self.common = {loose_key(w) for w in self.lex.common}  # name parts are loose keys ("जून" is "जुन")

    def __call__(self, doc: Document) -> Document:
        if doc.error:
            return doc
        for sentence in doc.sentences:
            doc.mentions.extend(self._describe(doc, sentence))
        _authored(doc)
        self._bodies_of_countries(doc)
        self._find_surnames(doc)
        doc.mentions.sort(key=lambda m: (m.sentence, m.first))
        _ours(doc)
        monarchy = _monarchy(doc, self.home_country, self.lex)
        _cluster(
            doc,
            self.home_country,
            self.lex.people,
            monarchy,
            self.lex.home_offices,
            _offices_unnamed(doc, self.home_country),
        )
        self._titles_alone(doc)
        _past_honorifics(doc, self.lex.suffixes)
        return doc

    def _titles_alone(self, doc: Document) -> None:
        """ "प्रधानमंत्री ने कहा" after "प्रधानमंत्री नरेंद्र मोदी": an office named alone is the one
        person of the document who holds it (when exactly one does, or exactly one of the home
        country does: "विदेश मंत्री ने" after India's and Vietnam's, in Hindi news); named with its
        country ("भूटान नरेश", "रूस के राष्ट्रपति"), the one holder of it from that country."""
        holders: dict[str, set[int]] = {}
        first: dict[int, tuple[int, int]] = {}  # where each person is first named
        for mention in doc.mentions:
            for office in (mention.title, *mention.offices) if mention.title else ():
                holders.setdefault(match_key(office), set()).add(mention.cluster)
                if (full := self.lex.short_titles.get(phrase_key(office))) is not None:  # "PM X": the प्रधानमंत्री
                    holders.setdefault(full, set()).add(mention.cluster)
            at = (mention.sentence, mention.first)
            first[mention.cluster] = min(first.get(mention.cluster, at), at)
        added = []
        bare: dict[str, tuple[int, int]] = {}  # where each office is first told alone in the story
        for sentence in doc.sentences:
            spans = token_spans(sentence, doc.entities_in(sentence))
            taken = {i for m in doc.mentions_in(sentence) for i in range(m.first, m.last)}
            keys = [t.norm for t in sentence.tokens]
            for a, b, label, entity in spans:
                if label != "TITLE" or a in taken:
                    continue
                named = country_named(spans, keys, a) or _behalf_country(spans, keys, a)
                if named is None and sentence.kind == "body":
                    bare.setdefault(match_key(entity.text), (sentence.index, a))
                owners = holders.get(match_key(entity.text), set()) or self._head_holders(
                    holders, entity.text, keys, a, of_country=named is not None
                )
                if named is not None and match_key(entity.text) == LEADER:  # "म्यांमार के नेता ने": its one named
                    owners = {c for c in first if doc.people[c].country == named and first[c] < (sentence.index, a)}
                elif named is not None:  # "भूटान नरेश ... वार्ता करेंगे": the one holder of that country's office
                    owners = {c for c in owners if doc.people[c].country == named}
                else:  # bare, it points back: "प्रधानमंत्री ने ... वहां के प्रधानमंत्री X को" is not X, nor is a
                    # later bare one, where the story told the office alone before X ("प्रधानमंत्री आज पोर्ट लुई
                    # पहुंचे, जहां मॉरीशस के प्रधानमंत्री X ने ... दोपहर में प्रधानमंत्री ने ..."): the home holder
                    # (or any office it ends: "सेनाध्यक्ष" after "थल सेनाध्यक्ष X" and Nepal's "सेनाध्यक्ष Y")
                    owners = owners | self._head_holders(holders, entity.text, keys, a)
                    told = bare.get(match_key(entity.text), (sentence.index, a))
                    owners = {
                        c
                        for c in owners
                        if first[c] < (sentence.index, a)
                        and (first[c] < told or doc.people[c].country in (self.home_country, None))
                    }
                    if len(owners) > 1:
                        owners = self._home_holders(doc, owners)
                if len(owners) != 1:
                    continue
                if ranks(keys, b) or (b < len(keys) and (keys[b] in BECOMING or keys[b] in THE_OFFICE)):
                    continue  # "महानिदेशक स्तर की", "प्रधानमंत्री बनने के बाद", "प्रधानमंत्री पद": not its holder
                (cluster,) = owners
                person = doc.people[cluster]
                # "भूटान नरेश ने": that country's, as the holder named before is
                start, end = entity.start, entity.end
                added.append(Mention(sentence.index, a, b, person.name, start, end, country=named, cluster=cluster))
                person.mentions.append([start, end])
        doc.mentions = sorted(doc.mentions + added, key=lambda m: (m.sentence, m.first))

    def _home_holders(self, doc: Document, owners: set[int]) -> set[int]:
        """Of several holders of an office named alone, those of the home country; one whose country the text states
        before those the home country is only guessed for ("राष्ट्रपति का विमान ... उतरा" after "राष्ट्रपति मुर्मू और
        राष्ट्रपति होसे एंटोनियो कास्ट": Murmu)."""
        home = {c for c in owners if doc.people[c].country == self.home_country}
        stated = {c for c in home if not doc.people[c].country_inferred}
        return stated if len(stated) == 1 else home

    def _head_holders(
        self, holders: dict[str, set[int]], title: str, keys: list[str], a: int, of_country: bool = False
    ) -> set[int]:
        """ "मंत्री ने ... अनावरण किया" after "विदेश राज्य मंत्री X": a head noun (or an office's last words, "राज्य
        मंत्री") standing alone names whoever holds an office it heads (after a conjunction too: "... ने बताया कि मंत्री
        ने"; not "किसी मंत्री", anyone's). Told ``of_country`` ("भारत के किसी मंत्री ने ... यात्रा की है" after "विदेश राज्य मंत्री X"), it names the holders of
        that country's offices it heads, whatever qualifies it: the caller keeps that country's."""
        key = match_key(title)
        before = keys[a - 1] if a > 0 else ""
        qualified = before[:1].isalpha() and (
            before in GENITIVE or (before not in POSTPOSITIONS and before not in JOINING_WORDS | WHEN)
        )
        if qualified and not of_country:
            return set()  # "तालिबान मंत्री", "तालिबान के मंत्री": not the one the story named
        if " " in key:  # "राज्य मंत्री ने" after "विदेश राज्य मंत्री X": an office's last words
            return {c for office, clusters in holders.items() if office.endswith(" " + key) for c in clusters}
        return {c for office, clusters in holders.items() if office.split()[-1] == key for c in clusters}

    def _describe(self, doc: Document, sentence: Sentence) -> list[Mention]:
        """A mention per PERSON entity, reading title, org and country leftwards from the name."""
        spans = token_spans(sentence, doc.entities_in(sentence))
        # a sector inside a title ("वज़ीर-ए-दिफ़ा": defence) leaves its words the title's
        ordered = sorted(spans, key=lambda s: s[2] != "SECTOR")
        labels = {i: (label, ent) for a, b, label, ent in ordered for i in range(a, b)}
        keys = [t.norm for t in sentence.tokens]
        mentions: list[Mention] = []
        for a, b, label, ent in spans:
            if label != "PERSON":
                continue
            mention = Mention(sentence.index, a, b, _strip_honorifics(self.lex, ent.text), ent.start, ent.end)
            between = keys[a - 1] if a >= 2 and a - 1 not in labels else ""
            if (
                ent.source == "model"
                and between[:1].isalpha()
                and between not in POSTPOSITIONS
                and between not in self.lex.honorifics
                and labels.get(a - 2, ("",))[0] == "TITLE"
            ):
                # "राजदूत नवीन श्रीवास्तव" where only the surname was found: the word between belongs to the name
                first = sentence.tokens[a - 1]
                mention.first, mention.start = a - 1, first.start
                mention.name = _strip_honorifics(self.lex, doc.raw[first.start : ent.end])
            mention.rank = self._rank_of(sentence, keys, mention.first, b)
            self._read_left(mention, keys, spans, labels)
            if mention.title and mention.country is None and mention.org is None:
                _of_a_company(mention, sentence.tokens, keys, spans, self.lex.common)
            if mention.title and mention.country is None and mention.org is None:
                _body_told_with_its_country(doc, mention, sentence.tokens, keys, spans, self.lex)
            if mention.country is None:
                _country_in_brackets(mention, keys, spans)
            if mention.title is None:
                _read_right(mention, keys, spans)
            if mention.country is None and mention.title is None:
                _office_taken(mention, keys, spans)
            _on_behalf_of(mention, keys, spans, self.lex)
            if mention.country is None:
                _respectively(mention, mentions, keys, doc)
            if mention.country is None:
                _acting_from(mention, keys, spans)
            if mention.country is None:
                _leading(mention, keys, spans)
            if mention.country is None:
                mention.country = _ship_s_navy(doc, sentence, mention, keys)
            # a well-known person keeps their own country rather than one read across "और": in "रूस के
            # राष्ट्रपति व्लादिमीर पुतिन और प्रधानमंत्री नरेन्द्र मोदी" Modi is India's
            if mention.country is None and mentions and not known_country(mention.name, self.lex.people):
                _inherit_country(mention, mentions[-1], keys, self.lex.home_offices)
            if mention.country is None and mention.title and not known_country(mention.name, self.lex.people):
                _announced_by(mention, keys, spans)
            if mention.title is None and mention.rank is None and mentions:
                _share_title(mention, mentions[-1], keys, self.lex.plural_titles)
            mentions.append(mention)
        _countries_in_order(mentions, sentence, keys, spans)
        return mentions

    def _dual_office(self, keys: list[str], spans: list, labels: dict, i: int) -> int | None:
        """Where "<country> के TITLE और" or "क्राउन प्रिंस और" before a titled name starts: both offices are the
        one person's (without the country, "प्रधानमंत्री और विदेश मंत्री X" may name two people, but not a deputy's
        office nor two joined by "एवं"; a courtesy title is a style of the same person)."""
        if i < 2 or keys[i - 1] not in self.lex.joiners or labels.get(i - 2, ("",))[0] != "TITLE":
            return None
        start, _end, _label, title = span_ending(spans, i - 1, "TITLE")
        courtesy = match_key(title.text) in COURTESY_TITLES and match_key(title.text) != ENVOY
        # "उप प्रधानमंत्री एवं रक्षा मंत्री X": a deputy's office, or two joined by "एवं", are held together
        held_together = keys[i - 1] in FORMAL_JOINERS or re.split(r"[\s-]", title.text)[0] == DEPUTY
        return start if (start > 1 and keys[start - 1] in GENITIVE) or courtesy or held_together else None

    def _honorific_ending(self, keys: list[str], i: int) -> int:
        """Where an honorific of one to three words ending before token ``i`` starts ("मेजर जनरल"); ``i`` if none."""
        for size in HONORIFIC_SIZES:
            if i >= size and " ".join(keys[i - size : i]) in self.lex.honorifics:
                return i - size
        return i

    def _rank_of(self, sentence: Sentence, keys: list[str], a: int, b: int) -> str | None:
        """The military rank a name is told with, before it or opening its entity ("म्यांमार के वरिष्ठ जनरल X",
        "[जनरल X]"), in the text's own spelling: the title of one the text gives no office."""
        start, end = self._honorific_ending(keys, a), a
        if start == a:  # the model took the rank into the name
            end = next((k for k in range(a, b) if keys[k] not in self.lex.honorifics), b)
        if " ".join(keys[start:end]) not in self.lex.military_ranks:
            return None
        return " ".join(token.text for token in sentence.tokens[start:end])

    def _read_left(self, mention: Mention, keys: list[str], spans: list, labels: dict) -> None:
        i = mention.first
        while i > 0:
            if labels.get(i - 1, ("",))[0] == "TITLE":
                if mention.title and match_key(mention.title) not in COURTESY_TITLES:
                    break  # "प्रधानमंत्री राष्ट्रपति जो बाइडन": two people, the first named by office alone
                title_span = span_ending(spans, i, "TITLE")
                mention.title = title_span[3].text
                i = title_span[0]
            elif (start := self._honorific_ending(keys, i)) < i:
                i = start
            elif i >= 3 and retired_at(keys, i - 3):  # "एडमिरल (सेवानिवृत्त) X": the rank before the brackets
                i -= 3
            elif mention.title is None and (chief := self._chief_of_body(keys, spans, i)) is not None:
                mention.title = " ".join(keys[chief:i])  # "ऑस्ट्रेलियाई रक्षा बल के प्रमुख एडमिरल X": the body's head
                i = chief
            elif mention.title and (both := self._dual_office(keys, spans, labels, i)) is not None:
                _hold_too(mention, spans, keys, i)
                i = both  # "पाकिस्तान के उप प्रधानमंत्री और विदेश मंत्री X": one person, two offices
            else:
                break
        if mention.title is None and i == mention.first:
            return  # neither title nor rank: nothing to read further left ("म्यांमार के जनरल X" reads on)
        mention.first = i
        if i > 1 and (keys[i - 1] in GENITIVE or (keys[i - 1] == IN and _org_ending(spans, keys, i - 1))):
            i -= 1  # "भारत के राजदूत", "विदेश मंत्रालय में संयुक्त सचिव": the body the office is held in
        served = span_ending(spans, i, "TITLE") if keys[i : i + 1] and keys[i] in GENITIVE else None
        if served is not None and served[0] > 1 and keys[served[0] - 1] in GENITIVE:
            # "फ्रांस के राष्ट्रपति के राजनयिक सलाहकार X": the office of one who serves an office-holder is of the
            # office-holder's country
            i = served[0] - 1
        if _org_ending(spans, keys, i) is None and span_ending(spans, i, "COUNTRY") is None:
            j = self._past_portfolio(keys, labels, i)
            # "सिंगापुर गणराज्य की डिजिटल विकास एवं सूचना मंत्री": of the republic, past the portfolio's first word
            republic = j > 0 and keys[j - 1] == REPUBLIC and span_ending(spans, j - 1, "COUNTRY") is not None
            country = keys[j] in GENITIVE and (span_ending(spans, j, "COUNTRY") is not None or republic)
            # "जर्मनी के बवेरिया राज्य के आर्थिक मामलों के मंत्री": a region's office, past its portfolio
            region = keys[j] in GENITIVE and self._body_unnamed(keys, spans, j) is not None
            if _org_ending(spans, keys, j) is not None or country or region:
                i = j
        org = _org_ending(spans, keys, i) or _body_told_before(spans, keys, i)
        if org is not None:
            i, name, mention.org = org
            mention.international = self.lex.international_body(name.text, name.value, mention.org)
            inner = next((c for c in spans if c[2] == "COUNTRY" and c[0] == i and c[3].end < name.end), None)
            if inner:  # "भारतीय विदेश मंत्रालय": the country, then the body
                mention.country = inner[3].value
                mention.org = mention.org[inner[3].end - name.start :].strip()
            elif not mention.international:  # "बीजीबी (बॉर्डर गार्ड बांग्लादेश) के महानिदेशक"
                mention.country = self.lex.country_in(name.value or name.text)
            if i > 1 and keys[i - 1] == IN and (outer := _org_ending(spans, keys, i - 1)) is not None:
                i = outer[0]  # "किर्गिस्तान के विदेश मंत्रालय में बहुपक्षीय सहयोग विभाग के निदेशक": a ministry's unit
            mention.first = i
            if (both := self._dual_office(keys, spans, labels, i)) is not None:
                _hold_too(mention, spans, keys, i)  # "परमाणु ऊर्जा आयोग के अध्यक्ष और परमाणु ऊर्जा विभाग के सचिव X":
                i = mention.first = both  # one person, an office in each body
            if i > 1 and keys[i - 1] in GENITIVE:
                i -= 1
        country = (
            span_ending(spans, i, "COUNTRY")
            or (i > 0 and keys[i - 1] == REPUBLIC and span_ending(spans, i - 1, "COUNTRY"))  # "मॉरीशस गणराज्य के"
            or self._body_unnamed(keys, spans, i)
            or _place_of(keys, spans, i)
        )
        if country is not None:
            mention.country = country[3].value
            mention.first = country[0]
        elif i >= 1 and keys[i] in GENITIVE and keys[i - 1] in THERE:  # "स्वीडन के ... पर वहां के प्रधानमंत्री"
            # not the country the one described came to ("मालदीव के ... दूत के रूप में भारत आए वहां के विदेश मंत्री")
            came_to = i - 2 if i >= 2 and keys[i - 2] in CAME else None
            named = [c for c in spans if c[2] == "COUNTRY" and c[1] < i and c[1] != came_to]
            if named:
                mention.country = named[-1][3].value
                mention.first = i - 1
        elif i >= 3 and keys[i - 1] == STANDING_FOR and keys[i - 2] in GENITIVE:
            # "थाईलैंड का प्रतिनिधित्व X और कंबोडिया का प्रतिनिधित्व उप प्रधानमंत्री Y ने किया": who stood for it
            stood_for = span_ending(spans, i - 2, "COUNTRY")
            mention.country = stood_for[3].value if stood_for is not None else mention.country
            body = _org_ending(spans, keys, i - 2) if stood_for is None else None
            if body is not None:  # "यूरोपीय संघ का प्रतिनिधित्व ... X ने किया": the body's
                _start, name, mention.org = body
                mention.international = self.lex.international_body(name.text, name.value, mention.org)
                mention.country = None if mention.international else self.lex.country_in(name.value or name.text)
        if mention.country is None and mention.org is None and match_key(mention.title or "").startswith(EUROPEAN):
            mention.org, mention.international = EUROPEAN_UNION, True  # "यूरोपीय व्यापार आयुक्त X": the Union's

    def _chief_of_body(self, keys: list[str], spans: list, i: int) -> int | None:
        """Where "ऑस्ट्रेलियाई रक्षा बल के प्रमुख", "भारतीय सेना के उप प्रमुख" before ``i`` starts its title: the head of
        a body whose country or name the text gives, or of a command ("पूर्वी नौसेना कमान के प्रमुख", whose country the
        actors stage guesses as an office's); "प्रमुख" alone is mostly "main". None where none is told."""
        if i < 3 or keys[i - 1] != CHIEF:
            return None
        start = i - 1
        while start > 1 and keys[start - 1] in self.lex.modifiers:
            start -= 1  # "उप प्रमुख"
        if keys[start - 1] not in GENITIVE:
            return None
        body = _org_ending(spans, keys, start - 1) or self._body_unnamed(keys, spans, start - 1)
        command = keys[start - 2] in COMMANDS  # "पूर्वी नौसेना कमान के प्रमुख": a command of the forces, the home ones
        return start if body is not None or command or _unit_of_body(keys, spans, start - 1) else None

    def _body_unnamed(self, keys: list[str], spans: list, i: int) -> tuple | None:
        """The country of a body or region no list holds, named between its genitive and the title's
        ("सूडान की संप्रभुता परिषद के अध्यक्ष", "जापान के आइची प्रांत के गवर्नर") or by the adjective opening it
        ("ऑस्ट्रेलियाई रक्षा बल के प्रमुख"): a few words ending in a body's or region's head noun ending at ``i``."""
        if i < 1:
            return None
        if keys[i - 1] == ")":  # "किर्गिस्तान की संसद (जोगोरकू केनेश) के अध्यक्ष": the body's own name in brackets
            i = next((j for j in range(i - 2, max(0, i - 2 - MAX_BODY_WORDS), -1) if keys[j] == "("), i)
        head = [*keys[max(0, i - 2) : i - 1], _singular(keys[i - 1])]  # "मिस्र के सशस्त्र बलों के चीफ ऑफ स्टाफ"
        headed = head[-1] in self.lex.org_heads or " ".join(head) in self.lex.org_heads
        headed = headed or keys[i - 1] in (HOUSE, CHAMBER)  # "मिस्र की प्रतिनिधि सभा के अध्यक्ष": a house of parliament
        headed = headed or (i >= 3 and keys[i - 2] == OF)  # "ब्राजील के चैंबर ऑफ डेप्युटीज के": a body named in English
        headed = headed or span_ending(spans, i, "ORG") is not None  # "चीनी [कम्युनिस्ट पार्टी] के ...": a body found
        if not (headed or keys[i - 1] in REGIONS):
            return None
        j = i - 1
        while j > 0 and i - j <= MAX_BODY_WORDS and keys[j - 1][:1].isalpha() and keys[j - 1] not in POSTPOSITIONS:
            demonym = span_ending(spans, j, "COUNTRY")
            if demonym is not None and (demonym[3].source == "demonym" or j >= i - 2):
                # "ऑस्ट्रेलियाई रक्षा बल के प्रमुख", "केन्या नौसेना के कमांडर", "जिम्बाब्वे रक्षा बलों के कमांडर": the
                # country opening it
                return demonym
            j -= 1
        if j < 2 or keys[j - 1] not in GENITIVE:
            return None
        # "उज्बेकिस्तान की ओली मजलिस के सीनेट की अध्यक्ष": a house of a body no list holds either, of its country
        return span_ending(spans, j - 1, "COUNTRY") or self._body_unnamed(keys, spans, j - 1)

    def _past_portfolio(self, keys: list[str], labels: dict, i: int) -> int:
        """Where the body or country a title is held in ends, read past the portfolio named between
        them ("यूरोपीय संघ की विदेश मामलों और सुरक्षा नीति की उच्च प्रतिनिधि"), up to two of its words no list holds
        between a genitive and the title ("पुर्तगाल के संघीय चांसलर"); ``i`` if there is none."""
        j, unlisted = i, 0
        while j > 0:
            # a joiner joins portfolio words only ("वित्त एवं आर्थिक नियोजन मंत्री"), not a verb to the next clause's
            # title ("भारत की यात्रा करेंगी और प्रधानमंत्री X के साथ": India's is no office of X's)
            joins = keys[j - 1] in self.lex.joiners and j > 1 and self._portfolio_word(keys, labels, j - 2)
            joins = joins and not (j == i and keys[j - 1] == ",")  # "भारत की सहायता, प्रधानमंत्री X": no portfolio
            if keys[j - 1] in self.lex.modifiers or joins:
                j -= 1
            elif labels.get(j - 1, ("",))[0] == "SECTOR":
                held = {k for k, (label, _e) in labels.items() if label != "SECTOR"}
                j = affairs_start(keys, j - 1, held) if keys[j - 1] in AFFAIRS else j - 1
            elif unlisted < MAX_AFFAIRS_WORDS and _plain_word(keys, labels, j - 1):
                j, unlisted = j - 1, unlisted + 1  # "पुर्तगाल के संघीय चांसलर", "... वित्त एवं आर्थिक नियोजन मंत्री"
            else:
                break
        if unlisted and (j < 2 or keys[j - 1] not in GENITIVE):
            return i  # words no list holds name a portfolio only between a genitive and the title
        if j == i or j < 2 or not (keys[j - 1] in GENITIVE or keys[j - 1] == IN):
            return i  # ("अमेरिकी विदेश विभाग में आतंकवाद-रोधी समन्वयक": a body's, held in it)
        return j - 1

    def _portfolio_word(self, keys: list[str], labels: dict, k: int) -> bool:
        """A word of a portfolio's name ("वित्त", "आर्थिक", "उद्योग"), not a verb's ("करेंगी", "किया", "हैं")."""
        key = keys[k]
        if key in self.lex.modifiers or labels.get(k, ("",))[0] == "SECTOR":
            return True
        return _plain_word(keys, labels, k) and key not in VERB_WORDS and not key.endswith(FUTURE_ENDINGS)

    def _bodies_of_countries(self, doc: Document) -> None:
        """ "ऑस्ट्रेलिया के डीकिन विश्वविद्यालय ने ... डीकिन विश्वविद्यालय के कुलपति X ने": an official of a body the
        document once names as a country's ("X के", "X की", or a demonym right before it), or a place's of a country
        ("पश्चिमी ऑस्ट्रेलिया के कर्टिन विश्वविद्यालय"), is of that country, where the words around the name say none.
        Only a body with a name of its own: every country has a "विदेश मंत्रालय"."""
        countries = {e.end: e.value for e in doc.entities if e.label in ("COUNTRY", "LOCATION") and e.value}
        for mention in doc.mentions:
            if not mention.org or mention.country is not None or mention.international or not self._named(mention.org):
                continue
            told = set()
            for found in re.finditer(re.escape(mention.org), doc.raw):
                before = doc.raw[max(0, found.start() - 4) : found.start()]
                end = found.start() - 4 if re.fullmatch(r" (?:के|की|का) ", before) else found.start() - 1
                if end in countries:
                    told.add(countries[end])
            if len(told) == 1:
                mention.country = told.pop()

    def _named(self, body: str) -> bool:
        """A body's name holds a word of its own, no common word, head noun or title ("डीकिन विश्वविद्यालय")."""
        lex = self.lex
        return any(
            loose_key(w) not in self.common and match_key(w) not in lex.org_heads and match_key(w) not in lex.titles
            for w in body.split()
        )

    def _past_honorifics(self, sentence: Sentence, i: int) -> int:
        """The first token from ``i`` on that is no honorific nor its full stop ("शेख डॉ. सुल्तान": "सुल्तान")."""
        tokens = sentence.tokens
        while i < len(tokens) and (tokens[i].norm in self.lex.honorifics or tokens[i].text == "."):
            i += 1
        return i

    def _find_surnames(self, doc: Document) -> None:
        """Bare mentions of a known person's surname or full name ("मजुमदार ने", "यून ने") become mentions,
        and so does a given or middle name only one person of the document bears ("प्रबोवो ने", as Indonesians
        and many others are called; "बोरिक ने", a Chilean's father's name)."""
        names: dict[str, Mention] = {}
        acting: dict[str, Mention] = {}  # names that are also common words: "ली ने" (Lee), not "ली गई"
        marked: dict[str, Mention] = {}  # two letters and no word: a name before a case marker ("औन ने", "औन की")
        spelled: dict[str, Mention] = {}  # names common words only by vowel length: "पुरी" (Puri), not "पूरी" (whole)
        given: dict[str, dict[tuple, Mention]] = {}
        for mention in doc.mentions:
            parts = name_keys(mention.name)
            while len(parts) > 2 and parts[-1] in GENERATIONAL:  # "फर्डिनेंड मार्कोस जूनियर" is "मार्कोस"
                parts = parts[:-1]
            first = mention.country in FAMILY_NAME_FIRST and len(parts) > 1
            family = parts[:1] if first else parts[-1:]
            exact = {loose_key(w): match_key(w) for w in mention.name.split()}
            for part in dict.fromkeys(parts[-1:] + family):  # "यून सुक येओल" is "यून" for short
                shortest = 2 if first and part == family[0] else 3  # a family name put first may be one syllable: "शी"
                if len(part) < shortest:
                    if len(part) == 2 and part not in PARTICLES:  # "जोसेफ औन ... । औन ने": so short a surname is
                        # one only as the agent, or, no word, before any case marker ("औन की यह पहली विदेश यात्रा")
                        (acting if part in self.common else marked).setdefault(part, mention)
                    continue
                spelling = exact.get(part)
                if part not in self.common:
                    names.setdefault(part, mention)
                elif spelling is not None and spelling not in self.lex.common:
                    spelled.setdefault(spelling, mention)
                else:
                    acting.setdefault(part, mention)
            for part in _nickname(doc, mention) - self.common:  # "पुष्प कमल दहल 'प्रचंड'" is "प्रचंड" for short
                names.setdefault(part, mention)
            # a given name, or a middle one ("गेब्रियल बोरिक फॉन्ट" is "बोरिक", "लुइज इनासियो लूला दा सिल्वा" "लूला")
            for part in parts[:-1] if not first else ():
                if len(part) >= 3 and part not in self.common and part not in PARTICLES:
                    given.setdefault(part, {}).setdefault(tuple(parts), mention)
        for part, bearers in given.items():
            if len(bearers) == 1 and part not in names:
                names[part] = next(iter(bearers.values()))
        if not names and not acting and not spelled and not marked:
            return
        found = []
        for sentence in doc.sentences:
            entities = doc.entities_in(sentence)
            for i, token in enumerate(sentence.tokens):
                key = loose_key(token.text)
                agent = i + 1 < len(sentence.tokens) and sentence.tokens[i + 1].norm == ERGATIVE
                agent = agent or (i == 0 and len(sentence.tokens) > 1)  # "ली सोमवार को ... मिलेंगे": no verb opens one
                case = i + 1 < len(sentence.tokens) and sentence.tokens[i + 1].norm in POSTPOSITIONS
                short = key in marked and (agent or case)
                if key not in names and not (key in acting and agent) and token.norm not in spelled and not short:
                    continue
                if token.norm in self.lex.honorifics and _opens_a_name(sentence, i + 1, entities):
                    continue  # "दीया कुमारी ... कुमारी शैलजा ने": an honorific, here, before another's name
                titled = any(e.label == "TITLE" and e.start <= token.start < e.end for e in entities)
                if titled and _opens_a_name(sentence, self._past_honorifics(sentence, i + 1), entities):
                    continue  # "जॉर्डन के शाह अब्दुल्ला": a style here, though "शाह अब्दुल्ला" opens a name with it later
                over = [e for e in entities if e.start <= token.start < e.end and e.label in NAMED]
                # a known person's name beats the model's guess, not a gazetteer or a name already found
                if any(e.source != "model" or e.label == "PERSON" for e in over):
                    continue
                if i + 1 < len(sentence.tokens) and sentence.tokens[i + 1].norm in FIRMS:
                    continue  # "अदाणी समूह के अध्यक्ष", "अदाणी पोर्ट्स ने": a business named for the person
                found.append((sentence.index, i, token, over))
        dropped = {id(e) for *_, over in found for e in over}
        doc.entities = [e for e in doc.entities if id(e) not in dropped]
        for index, i, token, _over in found:
            doc.mentions.append(Mention(index, i, i + 1, token.text, token.start, token.end))
            doc.entities.append(Entity("PERSON", token.start, token.end, token.text, None, "coref", index))
        doc.entities.sort(key=lambda e: (e.start, -e.end))


def _authored(doc: Document) -> None:
    """An op-ed's author, named in its byline, holds the office its closing note gives, of the country named with it
    ("(लेखिका भारत में ब्रिटेन की उच्चायुक्त हैं)": the UK's High Commissioner)."""
    author, note = doc.author(), doc.author_note()  # the mentions come by sentence here already
    if author is None or note is None:
        return
    spans = token_spans(note, doc.entities_in(note))
    keys = [t.norm for t in note.tokens]
    title = next((span for span in spans if span[2] == "TITLE"), None)
    if title is not None:
        author.title = title[3].text
        author.country = country_named(spans, keys, title[0]) or author.country


def _ours(doc: Document) -> None:
    """One an interview's answer tells as "ours" ("उत्तर: ... हमारे उप प्रधानमंत्री X नई दिल्ली आए थे") is of the
    country of the one interviewed (an envoy of Poland's: Poland's), whatever the text's home country."""
    speaker = interviewed(doc)
    if speaker is None or speaker.country is None:
        return
    for mention in doc.mentions:
        sentence = doc.sentences[mention.sentence]
        before = sentence.tokens[mention.first - 1].norm if mention.first > 0 else ""
        if before in OURS and answering(doc, sentence):
            mention.country = speaker.country


def answering(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is in an interview's answer: its paragraph opens "उत्तर:" or "जवाब:"."""
    if I_WE.keys().isdisjoint(t.norm for t in sentence.tokens):
        return False  # no first person to read
    return labelled(doc.paragraph_opening(sentence), ANSWERS)


def labelled(sentence: Sentence, labels: frozenset[str]) -> bool:
    """Whether the sentence opens on one of ``labels`` and a colon ("जवाब:", "प्रश्न:")."""
    tokens = sentence.tokens
    return len(tokens) > 1 and tokens[0].norm in labels and tokens[1].text == ":"


def interviewed(doc: Document) -> Mention | None:
    """The subject of the sentence telling the interview ("X ने ... को दिए साक्षात्कार में कहा", "X ने 'भाषा' से बातचीत
    में ..."), else the one a headline says was talked with ("ब्यूनस आयर्स में भारत के राजदूत X से बातचीत")."""
    told = next(
        (s for s in doc.sentences if s.kind == "body" and not INTERVIEWS.isdisjoint(t.norm for t in s.tokens)), None
    ) or next((s for s in doc.sentences if s.kind == "body" and _talked_with(s)), None)
    keys = [t.norm for t in told.tokens] if told is not None else []
    if keys:  # "X ने ... कहा", or "X से बातचीत के मुख्य अंश:" opening the transcript
        subject = next((m for m in doc.mentions_in(told) if keys[m.last : m.last + 1] == [ERGATIVE]), None)
        return subject or next((m for m in doc.mentions_in(told) if keys[m.last : m.last + 2] in TALKED_WITH), None)
    for headline in (s for s in doc.sentences if s.kind == "headline"):
        keys = [t.norm for t in headline.tokens]
        talked = next((m for m in doc.mentions_in(headline) if keys[m.last : m.last + 2] in TALKED_WITH), None)
        if talked is not None:
            return talked
    return None


def _talked_with(sentence: Sentence) -> bool:
    """Whether the sentence tells talks with someone ("X ने 'भाषा' से बातचीत में ..."): on an interview's page, the
    interview."""
    keys = [t.norm for t in sentence.tokens if t.text not in QUOTE_MARKS]
    return any(keys[i : i + 2] in TALKED_WITH for i in range(len(keys) - 1))


def _opens_a_name(sentence: Sentence, i: int, entities: list[Entity]) -> bool:
    """Whether token ``i`` of the sentence opens a person's name."""
    return i < len(sentence.tokens) and any(
        e.label == "PERSON" and e.start == sentence.tokens[i].start for e in entities
    )


def token_spans(sentence: Sentence, entities: list[Entity]) -> list[tuple[int, int, str, Entity]]:
    """Entities of a sentence as token index spans (start, end, label, entity)."""
    starts = {t.start: i for i, t in enumerate(sentence.tokens)}
    ends = {t.end: i + 1 for i, t in enumerate(sentence.tokens)}
    return [(starts[e.start], ends[e.end], e.label, e) for e in entities if e.start in starts and e.end in ends]


def country_named(spans: list, keys: list[str], a: int) -> str | None:
    """ "रूस के राष्ट्रपति", "अमेरिकी राष्ट्रपति": the country whose office the title at ``a`` names; "फिजी के किसी
    प्रधानमंत्री की ... पहली भारत यात्रा" names the office of Fiji too."""
    a = a - 1 if a > 0 and keys[a - 1] in INDEFINITE else a
    i = a - 1 if a > 0 and keys[a - 1] in GENITIVE else a
    i = i - 1 if i < a and i > 0 and keys[i - 1] in GOVERNMENT else i  # "जापान सरकार के खेल मंत्री": its government's
    country = span_ending(spans, i, "COUNTRY")
    return country[3].value if country is not None else None


def _behalf_country(spans: list, keys: list[str], a: int) -> str | None:
    """ "श्रीलंका की ओर से (वहां के) राजदूत ने": the country an office alone at ``a`` speaks for, so it is not the holder
    of that office named before from another country."""
    end = _behalf_end(a, keys, spans) if a >= 4 else None
    country = span_ending(spans, end, "COUNTRY") if end is not None else None
    return country[3].value if country is not None else None


def _body_told_before(spans: list, keys: list[str], end: int) -> tuple[int, Entity, str] | None:
    """ "... न्यू डेवलपमेंट बैंक के मुख्यालय में बैंक की अध्यक्ष X": a body's head noun alone before the genitive ``end``,
    right after the body's seat ("X के मुख्यालय में"), is that body, where its name ends in the noun (not "भाजपा मुख्यालय
    में पार्टी के महासचिव", whose party is no body found); its start (the noun's), entity and name."""
    if end < 4 or keys[end] not in GENITIVE or keys[end - 2] != IN or keys[end - 3] not in SEATS:
        return None
    seat = end - 4 if keys[end - 4] in GENITIVE else end - 3
    if keys[seat - 1] == ")" and "(" in keys[:seat]:  # "पूर्वी अफ्रीकी समुदाय (ईएसी) के सचिवालय में समुदाय की"
        seat = seat - 1 - keys[:seat][::-1].index("(")
    body = span_ending(spans, seat, "ORG")
    named_by = body is not None and match_key(body[3].text.split()[-1]) == keys[end - 1]
    return (end - 1, body[3], body[3].text) if named_by else None


def _unit_of_body(keys: list[str], spans: list, at: int) -> bool:
    """ "भारतीय राष्ट्रीय भुगतान निगम की अंतरराष्ट्रीय इकाई के प्रमुख": a unit (a word or two, its noun last) of a body
    named right before it, the genitive ``at`` closing the unit."""
    if at < 3 or keys[at - 1] not in UNITS:
        return False
    genitive = at - 2 if keys[at - 2] in GENITIVE else at - 3
    return genitive > 0 and keys[genitive] in GENITIVE and _org_ending(spans, keys, genitive) is not None


def _place_of(keys: list[str], spans: list, end: int) -> tuple | None:
    """A place whose office a title names ("यांगून क्षेत्र के मुख्यमंत्री", "सिंध प्रांत के"): the office is of the
    place's country; a province listed with its word ("मधेश प्रदेश के मुख्यमंत्री") ends where the title starts."""
    place = span_ending(spans, end, "LOCATION")
    if place is None and end > 0 and keys[end - 1] in REGIONS:
        place = span_ending(spans, end - 1, "LOCATION")
    return place if place is not None and place[3].value else None


def _plain_word(keys: list[str], labels: dict, k: int) -> bool:
    """A word no entity holds, no case marker nor punctuation: one of a portfolio's words no list holds."""
    return keys[k][:1].isalpha() and keys[k] not in POSTPOSITIONS and k not in labels


def _org_ending(spans: list, keys: list[str], end: int) -> tuple[int, Entity, str] | None:
    """The organisation ending at ``end``: its first token, its entity and its name. One with its
    acronym in brackets after it, which the NER stage gives as two entities (the acronym's value
    names the body), is read as one: "उद्योग एवं आंतरिक व्यापार संवर्धन विभाग (DPIIT)"."""
    span = span_ending(spans, end, "ORG")
    acronym = span_ending(spans, end - 1, "ORG") if keys[end - 1 : end] == [")"] else None
    if acronym is not None and acronym[0] >= 2 and keys[acronym[0] - 1] == "(":
        name = span_ending(spans, acronym[0] - 1, "ORG")
        if name is not None and acronym[3].value == name[3].text:
            return name[0], name[3], f"{name[3].text} ({acronym[3].text})"
    return None if span is None else (span[0], span[3], span[3].text)


def _office_taken(mention: Mention, keys: list[str], spans: list) -> None:
    """ "सुशीला कार्की को नेपाल की अंतरिम प्रधानमंत्री बनने पर बधाई", "X को जमैका की विदेश मंत्री के रूप में नियुक्त
    होने पर": the office the person has just taken names their title and country."""
    at = mention.last
    if keys[at : at + 1] != [TO]:
        return
    country = next((c for c in spans if c[2] == "COUNTRY" and c[0] == at + 1), None)
    if country is None or keys[country[1] : country[1] + 1] == [] or keys[country[1]] not in GENITIVE:
        return
    title = next((t for t in spans if t[2] == "TITLE" and t[0] in (country[1] + 1, country[1] + 2)), None)
    if title is not None and taking_office(keys, title[1]):
        mention.country, mention.title = country[3].value, title[3].text


def _announced_by(mention: Mention, keys: list[str], spans: list) -> None:
    """ "अमेरिकी विदेश विभाग ने बुधवार को बताया कि उप विदेश मंत्री X ... यात्रा करेंगे": an office-holder of no stated
    country whose doings a country's body announces, named first in what it says, is that country's official."""
    said = mention.first - 1
    if said < 2 or keys[said] != THAT or keys[said - 1] not in SAID:
        return
    agent = saying_agent(keys, mention.first)
    body = _org_ending(spans, keys, agent) if agent is not None else None
    if body is None:
        return
    start = body[0]
    country = next((c for c in spans if c[2] == "COUNTRY" and c[0] == start and c[1] < agent), None)
    country = country or span_ending(spans, start, "COUNTRY")
    if country is None and start > 1 and keys[start - 1] in GENITIVE:
        country = span_ending(spans, start - 1, "COUNTRY")
    if country is not None:
        mention.country = country[3].value


def _behalf_end(first: int, keys: list[str], spans: list) -> int | None:
    """Where the party ends that one named or titled at ``first`` speaks for: "की ओर से" right before it, or before
    the office it holds there ("एडीबी की ओर से उसके भारत रेजिडेंट मिशन के प्रभारी अधिकारी Y"), with no "और", agent or
    person between, nor a thing sent or done for ("तुर्की की ओर से भेजी गई इमदाद के लिए एर्दोगन का शुक्रिया": sent by
    Turkey)."""
    people = {i for a, b, label, _ in spans if label == "PERSON" for i in range(a, b)}
    for k in range(first, max(3, first - MAX_OFFICE_WORDS), -1):
        if tuple(keys[k - 3 : k]) in ON_BEHALF:
            return k - 4 if keys[k - 4] in SIDE else k - 3
        if keys[k - 1] in CONJUNCTIONS or keys[k - 1] == ERGATIVE or k - 1 in people or keys[k - 1] in NOT_AN_OFFICE:
            return None
    return None


def _on_behalf_of(mention: Mention, keys: list[str], spans: list, lex: Lexicon) -> None:
    """ "भारत की ओर से मंत्री X और उज्बेक पक्ष की ओर से उप प्रधानमंत्री Y": each speaks for the
    country named before "की ओर से" (or the country of the place named there: "वाकायामा प्रांत की ओर से"), or the
    country opening the body named there ("भारत सरकार की ओर से"); the
    mention then spans it, so the two are read as coordinated. One who speaks for an international body
    ("यूरोपीय संघ की ओर से महानिदेशक X") is its official, of no country, whatever country names its office."""
    end = _behalf_end(mention.first, keys, spans) if mention.first >= 4 else None
    if end is None:
        return
    country = span_ending(spans, end, "COUNTRY") or _place_of(keys, spans, end)  # "वाकायामा प्रांत की ओर से"
    if country is None and end >= 2 and keys[end - 1] in FORCES:  # "भारतीय सेना की ओर से": the country's force
        country = span_ending(spans, end - 1, "COUNTRY")
    body = _org_ending(spans, keys, end) if country is None else None
    if country is not None:
        mention.country = country[3].value
        mention.first = country[0]
    elif body is not None and lex.international_body(body[1].text, body[1].value, body[2]):
        mention.first, _name, mention.org = body
        mention.country, mention.international = None, True
    elif body is not None and (inner := next((c for c in spans if c[2] == "COUNTRY" and c[0] == body[0]), None)):
        mention.country, mention.first = inner[3].value, body[0]


def _acting_from(mention: Mention, keys: list[str], spans: list) -> None:
    """ "X ने मुंबई से और केंद्रीय बैंक के गवर्नर Y ने पोर्ट ऑफ स्पेन से दस्तखत किए": each of two who took part by
    video from a city of their own is of that city's country, where the text does not say theirs."""
    places = {
        a - 1: value
        for a, b, label, entity in spans
        if label == "LOCATION"
        and (value := entity.value)
        and keys[a - 1 : a] == [ERGATIVE]
        and keys[b : b + 1] == [FROM]
    }
    if len(places) > 1 and mention.last in places:
        mention.country = places[mention.last]


def _ship_s_navy(doc: Document, sentence: Sentence, mention: Mention, keys: list[str]) -> str | None:
    """ "फ्रांसीसी नौसेना का फ्रिगेट ... पहुंचा। जहाज के कमांडिंग ऑफिसर कमांडर X ने": the officer of the ship told is
    of the navy the text last named before him (words of his office no list holds may stand between the ship's
    genitive and the office read, "[कमांडिंग ऑफिसर]")."""
    nearest = range(mention.first - 1, max(0, mention.first - MAX_SHIP_OFFICE - 1), -1)
    of_ship = next((k for k in nearest if keys[k] in GENITIVE), None)
    if of_ship is None or of_ship < 1 or keys[of_ship - 1] not in SHIPS:
        return None
    before = sentence.tokens[of_ship - 1].start
    navies = [
        e
        for e in doc.entities
        if e.label == "COUNTRY" and e.end <= before and doc.raw[e.end :].startswith((f" {NAVY}", f" की {NAVY}"))
    ]  # "फ्रांसीसी नौसेना का", "इक्वाडोर की नौसेना का"
    # the navy told owning a ship ("भारतीय नौसेना का युद्धपोत ... पहुंचा, जहां श्रीलंकाई नौसेना ने ... स्वागत किया")
    owners = [e for e in navies if _owns_a_ship(doc.raw[e.end : e.end + SHIP_REACH])]
    return (owners or navies)[-1].value if navies else None


def _owns_a_ship(after: str) -> bool:
    """Whether the text after a country tells its navy's ship ("नौसेना का युद्धपोत", "की नौसेना के जहाज", a word of its
    kind between: "नौसेना का स्वदेशी युद्धपोत")."""
    words, navy = [match_key(w) for w in after.split()], match_key(NAVY)
    at = words.index(navy) if navy in words else None
    return (
        at is not None
        and words[at + 1 : at + 2] != []
        and words[at + 1] in GENITIVE
        and not SHIPS.isdisjoint(words[at + 2 : at + 4])
    )


def _leading(mention: Mention, keys: list[str], spans: list) -> None:
    """ "रूसी प्रतिनिधिमंडल का नेतृत्व कर रहे उप विदेश मंत्री X", "भारतीय शांति सैनिकों के दल की अगुवाई कर रहे
    ब्रिगेडियर X", "भारतीय दल का नेतृत्व मेजर जनरल X ने किया": one told as leading a country's delegation or force
    is of that country, and one leading the European side the Union's."""
    i = mention.first
    if i >= 5 and keys[i - 1] in LEADING_NOW and keys[i - 2] == DOING and tuple(keys[i - 4 : i - 2]) in LEADING:
        led = i - 4
    elif i >= 3 and tuple(keys[i - 2 : i]) in LEADING and keys[mention.last : mention.last + 1] == [ERGATIVE]:
        led = i - 2
    else:
        return
    for end in range(led, max(0, led - MAX_LED_BODY), -1):
        if keys[end - 1] in CLAUSE_ENDS:
            return
        if keys[end - 1] + " " == EUROPEAN:  # "यूरोपीय दल का नेतृत्व X ने": the Union's side, of no country
            mention.country, mention.org, mention.international = None, mention.org or EUROPEAN_UNION, True
            return
        country = span_ending(spans, end, "COUNTRY")
        if country is not None:
            mention.country = country[3].value
            return


def _singular(key: str) -> str:
    """A plural noun's stem in the oblique case ("बलों" → "बल", "सेनाओं" → "सेना"), as a body's head is listed."""
    for ending in PLURAL_OBLIQUE:
        if key.endswith(ending) and len(key) > len(ending) + 1:
            return key[: -len(ending)]
    return key


def _country_in_brackets(mention: Mention, keys: list[str], spans: list) -> None:
    """ "विदेश मंत्री केन तनाका (जापान) से": a country alone in brackets after the name is the holder's; the brackets
    are then part of the mention, so the case after them is its case."""
    b = mention.last
    country = (
        next((s for s in spans if s[0] == b + 1 and s[2] == "COUNTRY"), None) if keys[b : b + 1] == ["("] else None
    )
    if country is not None and keys[country[1] : country[1] + 1] == [")"]:
        mention.country, mention.last = country[3].value, country[1] + 1


def _read_right(mention: Mention, keys: list[str], spans: list) -> None:
    """An office told after the name: in brackets ("X (वियतनाम के उप रक्षा मंत्री) और Y ... ने", the brackets then
    part of the mention, so the case after them is its case) or between commas ("X, सिंगापुर गणराज्य के प्रधानमंत्री,
    से"), or in a relative clause after the clause naming the
    person ("X से मुलाकात की, जो पेरू की विदेश मंत्री हैं")."""
    b = mention.last
    if keys[b : b + 1] in (["("], [","]):  # or between commas: "महामहिम X, सिंगापुर गणराज्य के प्रधानमंत्री, से भेंट की"
        office = office_after(keys, spans, b + 1, (")" if keys[b] == "(" else ",",))
        if office is not None:
            _hold(mention, office)
            mention.last = office[1][1] + 1
        if keys[b] == "(" or office is not None:
            return
    relative = next((k for k in range(b, len(keys) - 1) if keys[k] == "," and keys[k + 1] == WHO), None)
    if relative is not None and not any(label == "PERSON" and b <= a < relative for a, _b, label, _e in spans):
        office = office_after(keys, spans, relative + 2, COPULAS)
        if office is not None:
            _hold(mention, office)


def _hold(mention: Mention, office: tuple) -> None:
    """The mention's title and country from an office's spans (see ``office_after``)."""
    country, title = office
    mention.title = title[3].text
    mention.country = country[3].value if country is not None else mention.country


def span_ending(spans: list, end: int, label: str) -> tuple | None:
    """The span of ``label`` ending at token ``end``, if any."""
    for span in spans:
        if span[1] == end and span[2] == label:
            return span
    return None


def _hold_too(mention: Mention, spans: list, keys: list[str], i: int) -> None:
    """The person also holds the office told before the joiner at ``i - 1``, written first."""
    other, joiner = span_ending(spans, i - 1, "TITLE")[3].text, keys[i - 1]
    mention.offices = (*mention.offices, other)
    after = mention.written_title or mention.title
    mention.written_title = f"{other}, {after}" if joiner == "," else f"{other} {joiner} {after}"


def _strip_honorifics(lex: Lexicon, name: str) -> str:
    """The name without its honorifics, of one word or more ("दातो सेरी अनवर इब्राहिम"), its words parted by plain spaces
    and with no invisible joiner or HTML entity a web page left inside one (a zero-width joiner in "जयशंकर",
    "एस&nbsp;जयशंकर"): one person, one name in the output."""
    name = "".join(ch for ch in html.unescape(name) if unicodedata.category(ch) != "Cf")
    parts = name.split()
    while size := next((n for n in HONORIFIC_SIZES if " ".join(map(match_key, parts[:n])) in lex.honorifics), 0):
        del parts[:size]
    return " ".join(parts) or name


def _respectively(mention: Mention, mentions: list[Mention], keys: list[str], doc: Document) -> None:
    """ "दोनों देशों के विदेश मंत्रियों X और Y": the two people are of the two countries the text named
    first, in that order."""
    second = bool(mentions) and _coordinated(mentions[-1], mention, keys)
    lead = mentions[-1] if second else mention
    plural = (lead.title or "").endswith(PLURAL_OBLIQUE)
    if not plural or tuple(keys[max(0, lead.first - 3) : lead.first]) != BOTH_COUNTRIES:
        return
    named = [e.value for e in doc.entities if e.label == "COUNTRY" and e.sentence <= mention.sentence and e.value]
    pair = list(dict.fromkeys(named))[:2]
    if len(pair) == 2:
        mention.country = pair[1] if second else pair[0]


def _countries_in_order(mentions: list[Mention], sentence: Sentence, keys: list[str], spans: list) -> None:
    """ "अपने इंडोनेशियाई, मैक्सिकन और तुर्की समकक्षों A, B और C से", "आर्मेनिया और अजरबैजान के विदेश मंत्रियों A और B":
    as many countries listed right before a plural title (or its genitive) as names listed after it are theirs, in that
    order."""
    starts = {token.start: k for k, token in enumerate(sentence.tokens)}
    for i, lead in enumerate(mentions):
        chain = [lead]
        while i + len(chain) < len(mentions) and _coordinated(chain[-1], mentions[i + len(chain)], keys):
            chain.append(mentions[i + len(chain)])
        title = span_ending(spans, starts.get(lead.start, -1), "TITLE")
        if len(chain) < 2 or title is None or not keys[title[1] - 1].endswith(PLURAL_OBLIQUE):
            continue
        listed, j = [], title[0]
        if j > 0 and keys[j - 1] in GENITIVE:  # "आर्मेनिया और अजरबैजान के विदेश मंत्रियों A और B"
            j -= 1
        while (country := span_ending(spans, j, "COUNTRY")) is not None:
            listed.insert(0, country[3].value)
            j = country[0] - 1 if country[0] > 0 and keys[country[0] - 1] in CONJUNCTIONS else -1
        if len(listed) == len(chain):
            for mention, code in zip(chain, listed, strict=True):
                mention.country = code


def _coordinated(previous: Mention, mention: Mention, keys: list[str]) -> bool:
    """Only conjunctions stand between the two mentions ("A और B")."""
    between = keys[previous.last : mention.first]
    return bool(between) and all(k in CONJUNCTIONS for k in between)


def _of_a_company(mention: Mention, tokens: list, keys: list[str], spans: list, common: set[str]) -> None:
    """ "अमेरिकी कंपनी एनवीडिया के सीईओ जेन्सेन हुआंग", "फ्रांस की कंपनी X के अध्यक्ष": an officer of a company no list
    holds, named after the company noun its country opens (``firm_after``), is of that company and that country."""
    i = mention.first - 1
    if i < 3 or keys[i] not in GENITIVE:
        return
    for country in (s for s in spans if s[2] == "COUNTRY"):
        firm = firm_after(keys, country[1], common)
        if firm is None or firm[2] != i:
            continue
        if not any(a < firm[1] and b > firm[0] for a, b, label, _ in spans if label != "ORG"):
            mention.org = " ".join(t.text for t in tokens[firm[0] : firm[1]])
            mention.country, mention.first = country[3].value, country[0]
        return


def _body_told_with_its_country(
    doc: Document, mention: Mention, tokens: list, keys: list[str], spans: list, lex: Lexicon
) -> None:
    """ "सोहार पोर्ट के मुख्य कार्यकारी अधिकारी X", where the story told "ओमान के सोहार पोर्ट एंड फ्रीज़ोन ने": an officer of a
    body no list holds, named right before the office by a word of its own (not "केंद्रीय बैंक", which every country
    has), is of that body and of the one country the text names it with."""
    i = mention.first - 1
    if i < 1 or keys[i] not in GENITIVE:
        return
    taken = {k for a, b, label, _entity in spans if label in (*NAMED, "TITLE") for k in range(a, b)}
    j = i
    while j > 0 and i - j < MAX_BODY_WORDS and keys[j - 1][:1].isalpha() and j - 1 not in taken:
        if keys[j - 1] in POSTPOSITIONS or keys[j - 1] in JOINING_WORDS:
            break
        j -= 1
    kinds = (lex.org_heads, lex.titles, lex.qualifiers, lex.modifiers)
    if j == i or all(loose_key(t.text) in lex.common or any(t.norm in kind for kind in kinds) for t in tokens[j:i]):
        return
    body = doc.raw[tokens[j].start : tokens[i - 1].end]
    countries = {e.end: e.value for e in doc.entities if e.label == "COUNTRY" and e.value}
    told = {
        countries[found.start() - 4]
        for found in re.finditer(re.escape(body) + r"(?![\u0900-\u097F])", doc.raw)
        if found.start() - 4 in countries and re.fullmatch(r" (?:के|की|का) ", doc.raw[found.start() - 4 : found.start()])
    }
    if len(told) == 1:
        mention.org, mention.country = body, told.pop()


def _inherit_country(mention: Mention, previous: Mention, keys: list[str], home_offices: set[str]) -> None:
    """In "पेरू के उप विदेश मंत्री A और उप शिक्षा मंत्री B", B is Peruvian too; one of a body of their own ("आईसीसीआर
    के महानिदेशक A और विश्वविद्यालय की रेक्टर B") is that body's, whatever country A is of, and one of a Union office
    ("भूटान के प्रधानमंत्री A और केंद्रीय रेल मंत्री B", "रोमानिया के राज्य सचिव A और सचिव (पश्चिम) B") is of the home
    country (see _person). After an official of an international body ("यूरोपीय आयोग की कार्यकारी उपाध्यक्ष A और व्यापार
    आयुक्त B"), B is that body's, of no country. One who holds the office A holds ("जापान के विदेश मंत्री A और विदेश मंत्री
    B के बीच") is of another country: a country has one foreign minister, though deputies may be two."""
    if mention.title and mention.title == previous.title and re.split(r"[\s-]", mention.title)[0] != DEPUTY:
        return
    if mention.org is None and not _home_office(mention.title, home_offices) and _coordinated(previous, mention, keys):
        mention.country = previous.country
        mention.international = previous.international
        if previous.international:
            mention.org = previous.org


def _home_office(title: str | None, home_offices: set[str]) -> bool:
    """ "केंद्रीय रेल मंत्री", "सचिव (पश्चिम)": an office of the Union government (``home_offices``: those titles.tsv
    lists), which states the home country."""
    return bool(title) and (match_key(title.split()[0]) == UNION or phrase_key(title) in home_offices)


def _share_title(mention: Mention, previous: Mention, keys: list[str], plural_titles: set[str]) -> None:
    """ "दोनों कैप्टन रीजेंट A और B", "विदेश मंत्रियों A और B", "कैप्टन रीजेंट्स A और B": an office told of both is B's
    too."""
    title = previous.title or ""
    told_of_both = (
        title.endswith(PLURAL_OBLIQUE)
        or phrase_key(title) in plural_titles
        or bool(ALL_OF & set(keys[max(0, previous.first - 2) : previous.first + 1]))
    )
    if told_of_both and _coordinated(previous, mention, keys):
        mention.title = previous.title


def name_keys(name: str) -> list[str]:
    """The parts of a name as match keys, hyphenated parts split ("गोंजालेस-ओलाएचेआने")."""
    return [loose_key(p) for p in name.replace("-", " ").split() if p]


def _fathers_name_only(mention: Mention, members: list[Mention], shorter: bool) -> bool:
    """ "किंग सलमान" after "खालिद बिन सलमान": a name that is only the father's name another one gives after "बिन" is
    the father's, not the son's ("बिन सलमान", with the particle, is the son told short)."""
    short, longer = ([mention], members) if shorter else (members, [mention])
    said = set().union(*(name_keys(m.name) for m in short))
    if not said.isdisjoint(PATRONYMIC):
        return False
    own, fathers = set(), set()
    for m in longer:
        words = name_keys(m.name)
        own |= {w for i, w in enumerate(words) if w not in PATRONYMIC and (i == 0 or words[i - 1] not in PATRONYMIC)}
        fathers |= {w for i, w in enumerate(words) if i > 0 and words[i - 1] in PATRONYMIC}
    return bool(own) and said.isdisjoint(own) and not said.isdisjoint(fathers)


def _unstyled_parts(name: str, styles: set[str]) -> set[str]:
    """The parts of a name but a style opening it: "शेख मोहम्मद" is "मोहम्मद बिन जायद अल नाहयान" told again, whom the
    text named with no style."""
    words = name.split()
    if len(words) > 1 and match_key(words[0]) in styles:
        words = words[1:]
    return set(name_keys(" ".join(words)))


def _past_honorifics(doc: Document, suffixes: set[str]) -> None:
    """ "राटा जी ने", "उच्चायुक्त महोदय ने": a mention's words run on over the honorifics after it, so the case marker
    after them is its own (not over a name they open: "मोदी जी-7 के ... सत्र में")."""
    for mention in doc.mentions:
        tokens = doc.sentences[mention.sentence].tokens
        at = mention.last
        while at < len(tokens) and tokens[at].norm in suffixes and [t.norm for t in tokens[at + 1 : at + 2]] != ["-"]:
            at += 1
        mention.last = at


def _monarchy(doc: Document, home_country: str | None, lex: Lexicon) -> tuple[set[str], str | None]:
    """The styles of monarchs ("किंग", "सुल्तान", "अमीर"), which no official of the home country bears, and the
    country a dateline abroad gives: "अम्मान, ... किंग अब्दुल्ला द्वितीय" is Jordan's king, not India's."""
    dateline = doc.dateline()
    places = [e.value for e in doc.entities_in(dateline) if e.label in ("COUNTRY", "LOCATION")] if dateline else []
    return lex.styles, next((c for c in places if c and c != home_country), None)


def _offices_unnamed(doc: Document, home: str | None) -> dict[str, str]:
    """Heads' offices the text names with their country and no holder ("साइप्रस के राष्ट्रपति की भारत यात्रा"), where
    each names one country: its holder named bare elsewhere ("राष्ट्रपति निकोस क्रिस्टोडौलिडेस ने") is of it. Only a
    head's: the home country's head is a well-known person (``people.tsv``), while its ministers and secretaries are
    named bare all the time ("रक्षा सचिव राजेश कुमार सिंह" beside "ऑस्ट्रेलिया के रक्षा सचिव")."""
    told: dict[str, set[str]] = {}
    for sentence in doc.sentences:
        spans = token_spans(sentence, doc.entities_in(sentence))
        keys = [t.norm for t in sentence.tokens]
        for a, b, label, entity in spans:
            country = (
                country_named(spans, keys, a) if label == "TITLE" and match_key(entity.text) in ELECTED_HEADS else None
            )
            if country is not None and not any(s[0] == b and s[2] == "PERSON" for s in spans):  # no holder after it
                told.setdefault(match_key(entity.text), set()).add(country)
    # the home country's own ("किसी भारतीय राष्ट्रपति की यह पहली चिली यात्रा") is every bare title's guess already
    return {
        title: countries.pop() for title, countries in told.items() if len(countries) == 1 and home not in countries
    }


def _cluster(
    doc: Document,
    home_country: str | None,
    known: dict[str, str],
    monarchy: tuple,
    home_offices: set[str],
    offices: dict[str, str],
) -> None:
    """Merge mentions of one person: a name whose parts all occur in another name is the same person."""
    clusters: list[list[Mention]] = []
    styles = monarchy[0]
    nicknames = [_nickname(doc, m) for m in doc.mentions]  # read from the text once, not for every pair
    # with the style-like word a name opens on ("सुल्तान बिन मोहम्मद अल कासिमी", "शेख सुल्तान" told again)
    words = {
        id(m): _unstyled_parts(m.name, styles) | set(name_keys(m.name)) | n
        for m, n in zip(doc.mentions, nicknames, strict=True)
    }
    for mention, nickname in zip(doc.mentions, nicknames, strict=True):
        parts = _unstyled_parts(mention.name, styles) | nickname
        for index, members in enumerate(clusters):
            full = set().union(*(words[id(m)] for m in members))
            countries = {m.country for m in members} - {None}
            if (
                parts
                and (parts <= full or full <= parts)
                and not _fathers_name_only(mention, members, parts <= full)
                and (mention.country is None or not countries or mention.country in countries)
            ):
                members.append(mention)
                mention.cluster = index
                break
        else:
            index = _spelled_alike(parts, clusters, styles)
            if index is None:
                index = len(clusters)
                clusters.append([])
            clusters[index].append(mention)
            mention.cluster = index
    doc.people = [_person(members, home_country, known, monarchy, home_offices, offices) for members in clusters]


NICKNAME = re.compile(r"\s*['‘\"“]([^\s'’\"”]+)['’\"”]")  # " 'प्रचंड'" right after a name


def _nickname(doc: Document, mention: Mention) -> set[str]:
    """The name a person goes by, quoted right after their own ("पुष्प कमल दहल 'प्रचंड'"): "प्रचंड ने" later, or in
    the headline, is the same person."""
    quoted = NICKNAME.match(doc.raw, mention.end) if mention.name else None
    return set(name_keys(quoted.group(1))) if quoted else set()


def _spelled_alike(parts: set[str], clusters: list[list[Mention]], styles: set[str]) -> int | None:
    """The one person a bare surname names, spelled with a vowel's length otherwise ("सिरिल रामाफोसा ... । रामफोसा
    ने"): Devanagari renderings of a foreign name differ in "ा" from one writer, or sentence, to the next."""
    if len(parts) != 1 or len(next(iter(parts))) < MIN_ALIKE:
        return None
    plain = {p.replace("ा", "") for p in parts}
    names = [{p for m in members for p in _unstyled_parts(m.name, styles)} for members in clusters]
    # the very same spelling is another person's name ("किंग सलमान" after "खालिद बिन सलमान": the father)
    alike = [i for i, full in enumerate(names) if plain <= {p.replace("ा", "") for p in full} and not parts <= full]
    return alike[0] if len(alike) == 1 else None


def known_country(name: str, known: dict[str, str]) -> str | None:
    """The country of a well-known person (``people.tsv``) by full name, else by surname: the list holds
    "ट्रंप" for "डोनाल्ड जे ट्रंप" too; else by a listed name of two words or more the name holds, which a style and a
    family name may wrap ("शेख मोहम्मद बिन जायद अल नाहयान" holds "मोहम्मद बिन जायद")."""
    words = name.split()
    if not words:
        return None
    found = known.get(name_key(name)) or known.get(name_key(words[-1]))
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1))
    return found or next((known[key] for run in runs if (key := name_key(run)) in known), None)


def _former(title: str | None) -> bool:
    return bool(title) and match_key(title.split()[0]) == FORMER


def _person(
    members: list[Mention],
    home_country: str | None,
    known: dict[str, str],
    monarchy: tuple,
    home_offices: set[str],
    offices: dict[str, str],
) -> Actor:
    fullest = max(members, key=lambda m: len(name_keys(m.name)))
    titled = [m for m in members if m.title]
    best_title = max(titled, key=lambda m: len(m.title), default=None)
    # "संयुक्त राष्ट्र महासभा की अध्यक्ष X ... जर्मनी की पूर्व विदेश मंत्री X": a country's former office gives none
    # to one who speaks for an international body now
    serving = any(m.international for m in members)
    country = next((m.country for m in members if m.country and not (serving and _former(m.title))), None)
    if country is None:  # "ट्रंप ने कहा": a well-known person's country, when the text does not say it
        country = next(filter(None, (known_country(m.name, known) for m in members)), None)
    if country is None:  # "साइप्रस के राष्ट्रपति की भारत यात्रा ... राष्ट्रपति निकोस क्रिस्टोडौलिडेस ने"
        country = next((offices[key] for m in titled if (key := match_key(m.title)) in offices), None)
    styles, abroad = monarchy
    # a monarch's style, as a title ("किंग अब्दुल्ला") or opening the name ("सुल्तान हैथम बिन तारिक")
    styled = {phrase_key(m.title) for m in titled} or {phrase_key(m.name.split()[0]) for m in members}
    monarch = styled <= styles
    inferred = country is None and (titled or monarch) and not any(m.international for m in members)
    if inferred:
        country = abroad if monarch else home_country  # "संयुक्त राष्ट्र महासचिव" is no Indian official
    # "केंद्रीय स्वास्थ्य मंत्री": a Union office states the home country
    inferred = inferred and not any(_home_office(m.title, home_offices) for m in titled)
    org = next((m.org for m in members if m.org), None)
    for member in members:
        member.country = country if serving and _former(member.title) else member.country or country
    # a rank alone ("सीनियर जनरल X") is the title of one told with no office, but no office of the home country
    rank = next(filter(None, (m.rank for m in members)), None)
    return Actor(
        name=fullest.name,
        title=(best_title.written_title or best_title.title) if best_title else rank,
        org=org,
        country=country,
        mentions=[[m.start, m.end] for m in members],
        country_inferred=bool(inferred and country),
    )
