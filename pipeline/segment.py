"""Sentences and tokens, with indic-nlp-library, on the normalised text; offsets map to raw.

Line breaks always end a unit: in news copy a line without a danda is a headline, a
section heading, a list item or a related-story link, never half of a sentence. A dateline
("कोलंबो, 5 फरवरी (एजेंसी)") at the start of a paragraph is cut off as its own unit.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator

from indicnlp.tokenize import indic_tokenize, sentence_tokenize

from pipeline.dates import DAY_WORDS, SHORT_MONTH, WEEKDAYS
from pipeline.dates import MONTHS as MONTH_NUMBERS
from pipeline.document import Document, Sentence, Token

KEY_CACHE = 1 << 16  # words whose keys are kept: a news corpus's common words, a bounded memory

MONTHS = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_DAY = rf"(?:[0-9०-९]{{1,2}}|{'|'.join(DAY_WORDS)})"  # "नयी दिल्ली, पांच अगस्त (भाषा)"
_WEEKDAY = rf"(?:(?:{'|'.join(WEEKDAYS)})\s*,?\s*)?"  # "नई दिल्ली, गुरुवार, 3 दिसंबर 2026।"
# Nepali outlets date by the Bikram Sambat calendar ("काठमाडौं, 5 असोज"): a dateline all the same, its day unknown.
BS_MONTHS = "बैशाख|वैशाख|जेठ|असार|साउन|भदौ|असोज|कात्तिक|मंसिर|पुस|माघ|फागुन|चैत"
# a tithi of the Hindu calendar ("वाराणसी, मार्गशीर्ष शुक्ल पंचमी (14 दिसंबर 2026)"), the Gregorian day in brackets
HINDU_MONTHS = "चैत्र|वैशाख|ज्येष्ठ|आषाढ़|श्रावण|भाद्रपद|आश्विन|कार्तिक|मार्गशीर्ष|अगहन|पौष|माघ|फाल्गुन"
_TITHI = rf"(?:{HINDU_MONTHS})\s+(?:शुक्ल|कृष्ण)(?:\s+पक्ष)?\s+[\u0900-\u097F]+"
# the Hijri months of a Gulf dateline ("रियाद, 15 रबीउल अव्वल 1447 हिजरी (7 सितंबर 2025)"), the Gregorian day in brackets
HIJRI_MONTHS = (
    "मुहर्रम|सफ़र|सफर|रबीउल अव्वल|रबीउल आखिर|रबीउल आख़िर|रबीउस्सानी|जमादिउल अव्वल|जमादिउल आखिर|जमादिउल आख़िर|रजब|शाबान"
    "|रमज़ान|रमजान|शव्वाल|ज़िलक़ादा|जिलकादा|ज़िलहिज्जा|जिलहिज्जा"
    "|रबी अल-अव्वल|रबी अल-आखिर|रबी अल-आख़िर|जमादी अल-अव्वल|जमादी अल-आखिर|जमादी अल-आख़िर|जुमादा अल-ऊला|जुमादा अल-आखिरा"
)
# "रबात | 23 सितंबर 2025": some outlets put a bar (a danda once normalised) where others put a comma, a state's
# release a colon ("लखनऊ: 04 दिसंबर, 2026"); ANI puts the country in square brackets ("ओस्लो [नॉर्वे], 11 फरवरी (एएनआई):").
# A place may hold an apostrophe ("एन'जामेना"); Hinglish copy writes it in Latin letters ("Colombo, 8 दिसंबर 2026।").
_DATE_LABEL = r"(?:दिनांक|तिथि|तारीख|प्रसारण|Date|Dated)\s*[:ः-]?\s*"  # "(प्रसारण: 4 दिसंबर 2025)": a broadcast's
# a regional paper's label before the dateline's day ("जयपुर, दि. 03/12/2025।", "भोपाल, ता. 3 दिसंबर।")
_DATELINE_LABEL = rf"(?:(?:दि|ता)\.\s*|{_DATE_LABEL})?"
# a release's issuer before its place, on the same line ("विदेश मंत्रालय, नई दिल्ली, 12 मार्च 2026")
_ISSUER = r"(?:[\u0900-\u097F]+ ){0,3}(?:मंत्रालय|कार्यालय|दूतावास|उच्चायोग|सचिवालय)\s*,\s*"
DATELINE = re.compile(
    rf"^\s*(?:{_ISSUER})?"
    r"(?P<place>[\u0900-\u097F][\u0900-\u097F ./'’-]{1,40}?|[A-Z][A-Za-z ./'’-]{1,40}?)"
    r"\s*(?:[(\[][\u0900-\u097F ]{1,30}[)\]])?\s*[,،।:]\s*"
    rf"{_WEEKDAY}{_DATELINE_LABEL}(?P<date>{_DAY}\s+(?:{MONTHS}|{SHORT_MONTH}|{BS_MONTHS}|{HIJRI_MONTHS})(?:\s*,?\s*[0-9०-९]{{4}})?"
    r"(?:\s*हिजरी)?"
    rf"|{_TITHI}"
    rf"|(?:{MONTHS})\s+[0-9०-९]{{1,2}}\s*,\s*[0-9०-९]{{4}}"  # "भोपाल : मंगलवार, नवम्बर 24, 2026, 19:15 IST"
    r"|[0-9०-९]{1,2}(?P<sep>[/.-])[0-9०-९]{1,2}(?P=sep)[0-9०-९]{4}"  # "पेरिस, 14/03/2025:"
    r"|[0-9०-९]{4}-[0-9०-९]{2}-[0-9०-९]{2})"  # "नई दिल्ली, 2025-11-26।": ISO, as feeds and CMS exports write it
    r"(?:\s*,?\s*[0-9०-९]{1,2}:[0-9०-९]{2}\s*(?:IST|बजे)?)?"  # the hour a state's release was posted
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\))?\s*[:\-–—|।.]?\s*"
    r"(?!\s*(?:को|से|तक|में)(?:\s|$))"  # "मोदी, 5 दिसंबर को ...": a sentence's subject and its day, no dateline
)
# "नई दिल्ली (एजेंसी): ...", "मॉस्को: ...", "नई दिल्ली - ...": a short place name and a colon, bar or dash open the
# paragraph; "नई दिल्ली (ब्यूरो)। ...", "नई दिल्ली, (भाषा)। ...", "मेक्सिको सिटी (एएफपी) - ...": with its agency, a danda
# or a dash too.
SHORT_DATELINE = re.compile(
    r"^\s*(?P<place>[\u0900-\u0963\u0966-\u097F'’]+(?: [\u0900-\u0963\u0966-\u097F'’]+){0,2})"  # words, no danda
    r"(?:\s*,?\s*\((?P<agency>[^)@\n]{1,40})\)\s*[:ः|।\-–—]|\s*[:ः|]|\s*[-–—])\s+"
)
# "एजेंसी, नई दिल्ली :", "जागरण संवाददाता, वाराणसी।", "इस्लामाबाद/काबुल, एजेंसी।" and "नई दिल्ली, जागरण ब्यूरो।":
# a news agency (or a paper's reporter) and a place, either way round.
_AGENCY = (
    r"(?:एजेंसी|एजेंसियां|भाषा|वार्ता|पीटीआई|आईएएनएस|यूएनआई|एएनआई|रॉयटर्स|रायटर|एएफपी|एपी|ब्यूरो|संवाददाता|नेटवर्क|डेस्क"
    r"|न्यूज|मीडिया|डीडब्ल्यू|बीबीसी)"
)
AGENCY_DATELINE = re.compile(
    rf"^\s*(?:(?:[\u0900-\u097F]+ ){{0,2}}{_AGENCY}\s*,\s*(?P<place>[\u0900-\u097F]+(?: [\u0900-\u097F]+)?)"
    rf"|(?P<place2>[\u0900-\u097F]+(?: [\u0900-\u097F]+)?)(?:/[\u0900-\u097F ]+)?\s*,\s*(?:[\u0900-\u097F]+ ){{0,2}}{_AGENCY})"
    r"\s*[:ः।|]\s+"
)
# "जागरण संवाददाता, जयपुर", "अमर उजाला नेटवर्क, निकोसिया", "संवाददाता, जयपुर :" or "भास्कर न्यूज | जयपुर" (its bar
# read as a danda) on a line of its own: a byline that places the story.
BYLINE = re.compile(
    rf"^\s*(?:[\u0900-\u097F]+ ){{0,2}}{_AGENCY}\s*[,।]\s*(?P<place>[\u0900-\u097F]+(?: [\u0900-\u097F]+)?)\s*[:ः।|]?"
)
# A page's publication or update stamp ("प्रविष्टि तिथि: 11 SEP 2025 2:45PM by PIB Delhi", "नई दिल्ली | अपडेटेड 27
# जनवरी 2026, 15:40 IST", "NBT डेस्क | नवभारत टाइम्स | Updated: 14 Nov 2025, 7:30 pm", the day before the update:
# "aajtak.in | नई दिल्ली | 05 दिसंबर 2026, अपडेटेड 11:20 AM IST"): no dateline, though its day anchors "आज" and
# weekdays where no dateline dates the story.
STAMP = re.compile(
    r"^\s*(?:(?:प्रविष्टि तिथि|प्रकाशित|प्रकाशन तिथि|पोस्टेड ऑन|Posted On|Published|Publish Date|Published Date)\s*(?:on)?\s*[:ः]"
    r"|(?=.*\b(?:19|20)\d\d\b)(?:[^|।\n]{1,30}[|।]\s*){0,3}(?:[0-9०-९]{1,2}\s+\S+\s+[0-9०-९]{4}\s*,\s*)?(?:Last\s+)?(?:Updated|अपडेटेड)\b)",
    re.I,
)
# A date alone on its line, perhaps after the outlet or a label ("मई 14, 2025" under an MEA release, "डीडब्ल्यू,
# 23.08.2024" at the foot of a story, in brackets too: "(डीडब्ल्यू, 29 अगस्त 2025)", "दिनांक: 18.02.2026" atop a state
# government's release), or with the hour and who posted it ("12 FEB 2026 6:30PM by PIB Delhi", a PIB release's stamp
# without its label; "Sat, 06 Dec 2025 08:40 PM" under a Live Hindustan story), or a bulletin's hour after it ("3 दिसंबर 2026, सुबह आठ बजे"): the page's date, as a stamp gives it.
_NUMERIC_DATE = r"[0-9०-९]{1,2}([/.-])[0-9०-९]{1,2}\1[0-9०-९]{4}"
_POSTED_AT = r"(?:\s+[0-9]{1,2}:[0-9]{2}\s*(?:AM|PM)?(?:\s+IST)?(?:\s+by\s+[A-Za-z ]{2,30})?)?"
_HOUR = r"(?:[0-9०-९]{1,2}(?:[:.][0-9०-९]{2})?|एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|ग्यारह|बारह)"
_AT_HOUR = rf"(?:\s*,?\s*(?:(?:सुबह|शाम|दोपहर|रात)\s+)?{_HOUR}\s+बजे)?"
DATE_ALONE = re.compile(
    rf"^\s*\(?\s*(?:(?:{_AGENCY}|[A-Za-z]+)\s*,\s*|{_DATE_LABEL})?(?:{_NUMERIC_DATE}|(?:{MONTHS})\s+[0-9०-९]{{1,2}}\s*,\s*[0-9०-९]{{4}}"
    rf"|[0-9०-९]{{1,2}}\s+(?:{MONTHS}|{SHORT_MONTH})\s*,?\s*[0-9०-९]{{4}}){_POSTED_AT}{_AT_HOUR}\s*\)?\s*$"
)
# An embedded post's byline ("— Narendra Modi (@narendramodi) December 18, 2025"): the day it was posted, which
# dates the story as a stamp does where no dateline does.
POST_BYLINE = re.compile(
    rf"^\s*[—–-]+\s*[^()\n]{{1,60}}\(@\w{{1,30}}\)\s*(?:{MONTHS})\s+[0-9]{{1,2}}\s*,\s*[0-9]{{4}}\s*$"
)
# "नई दिल्ली 2 घंटे पहले": a place and how long ago the page was posted (Dainik Bhaskar's line under its headline),
# a dateline that tells no day.
PLACE_AGO = re.compile(
    r"^\s*(?P<place>[\u0900-\u0963\u0966-\u097F]+(?: [\u0900-\u0963\u0966-\u097F]+){0,2})\s+[0-9०-९]{1,3}\s+"
    r"(?:मिनट|घंटे|घंटा|दिन)\s+पहले\s*$"
)
# "मुख्य समाचार:", "आज की सुर्खियां": a bulletin's headlines, listed before it tells each story in full below.
HEADLINES_LABEL = re.compile(
    r"^\s*(?:(?:आज\s+(?:के|की)\s+)?(?:मुख्य|प्रमुख|बड़ी|बडी)\s+(?:समाचार|खबरें|ख़बरें)"
    r"|(?:आज\s+की\s+)?(?:सुर्खियां|सुर्खियाँ|हेडलाइंस|हेडलाइन्स))\s*[:ः]?\s*$"
)
# a release's place on the line above its closing date: one to three words, nothing else
CLOSING_PLACE = re.compile(r"[\u0900-\u0963\u0966-\u097F]+(?: [\u0900-\u0963\u0966-\u097F]+){0,2}")
# a credit line closing a story ("(साभार: भाषा, पेरिस, 25 नवंबर 2025)"): its agency, place and day, the story's dateline
CREDIT_LINE = re.compile(
    rf"\(\s*(?:साभार|सौजन्य|स्रोत)\s*[:ः]\s*{_AGENCY}\s*,\s*{CLOSING_PLACE.pattern}\s*,\s*[^()]{{4,30}}\)"
)
# words no place's name holds: case markers, verbs, and "दिन" ("पहला दिन (9 दिसंबर):", a programme's day)
# words that are no place: of a sentence, or of a label ("फोटो कैप्शन:")
NOT_PLACE = re.compile(
    r"(?:^| )(?:ने|को|से|का|की|के|में|पर|है|हैं|था|थे|कहा|बताया|दिन|फोटो|कैप्शन|तस्वीर|एंकर|संवाददाता|रिपोर्टर|प्रस्तोता"
    rf"|साक्षात्कार|इंटरव्यू|क्रमांक|{'|'.join(WEEKDAYS)})(?: |$)"
)  # and a transcript's speakers ("एंकर:", "संवाददाता:"), an interview's label ("साक्षात्कार: ..."), a release's serial
# number ("क्रमांक: CAI/PR/112/2025", which left its mission's heading no dateline to place it), and a day's in a week's
# plan ("सोमवार: X नई दिल्ली पहुंचेंगे"), whose verb tells its tense
# a page's label opening its title ("लाइव: जर्मन चांसलर की ...", "विश्लेषण: ...", "हिंद महासागर सम्मेलन: जयशंकर का ..."),
# no dateline; a line of its own is the page's stamp ("लाइव अपडेट | 4 दिसंबर 2026")
PAGE_LABEL = re.compile(
    r"(?:^| )(?:लाइव|ब्रेकिंग|विश्लेषण|संपादकीय|नजरिया|सम्मेलन|शिखर|संवाद|वार्ता|बैठक|यात्रा|दौरा|चुनाव)(?: |$)"
)  # and a story's topic: "बांग्लादेश चुनाव: भारतीय पर्यवेक्षक दल ढाका पहुंचा"
# a line ending in ":" or "—" opens a list; a sentence's may be followed by its bureau's tag ("। (ब्यूरो)")
# a post's hashtags may follow its last danda ("... समीक्षा की। #SingaporeVietnam\"")
_TERMINAL = re.compile(r"[।॥?!.:ः—–-](?:\s*#\w+)*['\"”’)]*(?:\s*\([^()।]{1,30}\))?\s*$")
_MARKER = r"^\s*(?:[-–—•*▪●]|\d{1,2}[.)])"
_LIST_MARK = re.compile(_MARKER + r"\s*$")
_LIST_ITEM = re.compile(_MARKER + r"\s+\S")  # "- ऊर्जा सुरक्षा": a marker and the item
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")  # a paragraph break
_READ = "प(?:\u095d|\u0922\u093c?)ें"  # पढ़ें, with or without its nukta (the normaliser drops it)
# "संबंधित खबरें:", "इससे जुड़ी खबरें": the label of links to other stories
_RELATED = r"(?:संबंधित|इससे जुड़ी|इनसे जुड़ी) (?:खबरें|ख़बरें|खबर|ख़बर|समाचार)"
_FURNITURE = re.compile(
    rf"(?:\.\.\.|…)\s*$|^\s*(?:और {_READ}|(?:यह|ये|इसे|इन्हें) भी {_READ}|{_RELATED}|Read more|Also read)", re.I
)
# pictographs, arrows and dingbats, with the joiner and variation selector that build them
EMOJI = re.compile("[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]")
QUOTE_MARKS = frozenset("\"“”'‘’")  # straight and curly: the words between are the one quoted's (see frames)
_CLOSING_QUOTE = re.compile(r"(['\"”’]+)\s+")  # a quotation mark then a space opening a piece: it closed the one before
# Punctuation indic's trivial tokenizer leaves glued to words.
_PIECE = re.compile(r"\d+|[^\d\s,:;./-]+|\S")  # digit runs, word runs, single marks
_EXTRA_PUNCT = re.compile(r"([—–“”‘’«»\u2018\u2019\"'])")
ABBREVIATIONS = frozenset({"डॉ", "मा", "श्री", "प्रो", "सं", "ले", "जन", "कै", "मि", "Dr", "Mr", "Mrs", "Ms", "St"})
MAX_SENTENCE_CHARS = 3_000  # a longer unit is text with no punctuation at all: cut it into pieces


class Segmenter:
    """The segment stage (a class so it plugs into the pipeline like the others)."""

    name = "segment"
    requires = frozenset({"text"})
    provides = frozenset({"sentences", "tokens"})

    def __call__(self, doc: Document) -> Document:
        return segment(doc)


def segment(doc: Document) -> Document:
    """Fill ``doc.sentences`` with typed units and their tokens."""
    if doc.error:
        return doc
    units: list[Sentence] = []
    for paragraph, (line_start, line) in enumerate(_paragraph_lines(doc.text)):
        for start, end, kind in _units_of_line(line):
            units.append(Sentence(len(units), line_start + start, line_start + end, paragraph, kind=kind))
    _mark_list_items(doc.text, units)
    _mark_headlines(doc.text, units)
    _mark_closing_dateline(doc.text, units)
    _mark_attributions(doc.text, units)
    for sentence in units:
        sentence.tokens = list(_tokens(doc, sentence.start, sentence.end))
        sentence.start, sentence.end = _raw(doc, sentence.start, sentence.end)
    doc.sentences = [s for s in units if s.tokens]
    for index, sentence in enumerate(doc.sentences):
        sentence.index = index
    return doc


def _paragraph_lines(text: str) -> Iterator[tuple[int, str]]:
    """Non-empty lines with their offsets; each line is one paragraph, but a line a hard wrap cut short goes on in
    the next (see _wrapped), read as one with a space where the line break was (the offsets stay the text's)."""
    blocks: list[list[tuple[int, str]]] = [[]]
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            blocks[-1].append((pos, line))
        elif blocks[-1]:
            blocks.append([])
        pos += len(line) + 1
    width = _wrap_width(blocks)
    for block in blocks:
        yield from _unwrapped(block, width)


def _wrap_width(blocks: list[list[tuple[int, str]]]) -> int:
    """The width a text's lines were cut at, where two lines or more that end no sentence and go on in the next
    line run to about its widest (0 where none were)."""
    widest = max((len(line.rstrip()) for block in blocks for _pos, line in block), default=0)
    cut = [
        line
        for block in blocks
        for _pos, line in block[:-1]
        if not _TERMINAL.search(line) and len(line.rstrip()) >= WRAPPED_SHARE * widest
    ]
    return widest if len(cut) >= 2 and widest >= MIN_WRAP_WIDTH else 0


def _unwrapped(block: list[tuple[int, str]], width: int) -> Iterator[tuple[int, str]]:
    """The paragraphs of consecutive lines: a line joined to the next where a hard wrap cut it (PDF or e-mail text:
    "... ने बुधवार को\\nयहां ... के साथ\\nद्विपक्षीय वार्ता की।"), up to a line that ends a sentence."""
    ended = [bool(_TERMINAL.search(line)) for _pos, line in block]
    start, joined = None, ""
    for i, (pos, line) in enumerate(block):
        if start is None:
            start, joined = pos, line
        else:
            joined += " " + line
        after = block[i + 1][1] if i + 1 < len(block) else None
        if after is None or not any(ended[i + 1 :]) or not _wrapped(line, after, width):
            yield start, joined
            start = None


# Words a line cut by a hard wrap ends with (case markers, conjunctions), and those the next may begin with (a case
# marker or an auxiliary too: "की" and "है" end a headline's verb, never open a line).
WRAP_ENDS = frozenset({"के", "का", "में", "से", "को", "ने", "और", "पर", "तथा", "एवं", "व", "कि", "लिए", "साथ"})
WRAP_STARTS = WRAP_ENDS | {"की", "है", "हैं", "था", "थे", "थी"}
_CELL = re.compile(r"\s[|।]\s")  # a bar or danda with spaces either side parts a table's cells
MIN_WRAP_WIDTH = 40  # the narrowest width a text is taken to be cut at
WRAPPED_SHARE = 0.8  # a line at least this share of the width was cut by it


def _wrapped(line: str, after: str, width: int) -> bool:
    """Whether a hard wrap cut ``line`` short and ``after`` goes on with it: the line ends no sentence, is no
    dateline, table row or list item, the next opens none either, and a case marker or conjunction falls at the cut,
    or the line runs to about the width the text was cut at."""
    short = not _TERMINAL.search(after) and len(after.rstrip()) < MIN_WRAP_WIDTH // 2  # a headline, a label
    table = _CELL.search(line) or _CELL.search(after)  # "क्रम | समझौता | ...": a table's row, its bars read as dandas
    if _TERMINAL.search(line) or short or table or _FURNITURE.search(line) or _FURNITURE.search(after):
        return False
    alone = (DATELINE.fullmatch, BYLINE.fullmatch, STAMP.match, DATE_ALONE.match, PLACE_AGO.match, _LIST_ITEM.match)
    opens = (DATELINE, SHORT_DATELINE, AGENCY_DATELINE, BYLINE, STAMP, DATE_ALONE, _LIST_ITEM, PLACE_AGO)
    if any(match(line.rstrip()) for match in alone) or any(p.match(after) for p in opens):
        return False
    words = line.split(), after.split()
    at_the_cut = words[0][-1] in WRAP_ENDS or words[1][0] in WRAP_STARTS
    return at_the_cut or (width > 0 and len(line.rstrip()) >= WRAPPED_SHARE * width)


def _units_of_line(line: str) -> Iterator[tuple[int, int, str]]:
    """Dateline, then sentences (indic-nlp), each as (start, end, kind) within the line; emoji, read as spaces, end no
    sentence and open no dateline ("... सह-अध्यक्षता की। 💪", "📍 नैरोबी | 🗓️ 14 जनवरी 2026")."""
    line = EMOJI.sub(" ", line)  # one space a code point: the offsets stand
    offset = 0
    if _FURNITURE.match(line) and len(line) < 300:  # "यह भी पढ़ें: ...": a link, not a dateline "यह भी पढ़ें:"
        yield len(line) - len(line.lstrip()), len(line.rstrip()), "furniture"
        return
    if (STAMP.match(line) or DATE_ALONE.match(line) or POST_BYLINE.match(line)) and len(line) < 300:
        yield len(line) - len(line.lstrip()), len(line.rstrip()), "stamp"
        return
    alone = DATELINE.fullmatch(line.rstrip()) or BYLINE.fullmatch(line.rstrip()) or PLACE_AGO.match(line)
    if alone and not NOT_PLACE.search(alone.group("place")):  # "नई दिल्ली, 28 फरवरी 2025" on a line of its own
        yield len(line) - len(line.lstrip()), len(line.rstrip()), "dateline"
        return
    match = DATELINE.match(line) or SHORT_DATELINE.match(line) or AGENCY_DATELINE.match(line)
    place = match and (match.group("place") or match.groupdict().get("place2"))
    if match and place and match.end() < len(line) and not NOT_PLACE.search(place) and not PAGE_LABEL.search(place):
        yield len(line) - len(line.lstrip()), match.end(), "dateline"
        offset = match.end()
    rest = line[offset:]
    if offset and (STAMP.match(rest) or DATE_ALONE.match(rest)):  # "लखनऊ, वरिष्ठ संवाददाता। Sat, 06 Dec 2025 08:40 PM"
        yield offset + len(rest) - len(rest.lstrip()), len(line.rstrip()), "stamp"
        return
    furniture = _FURNITURE.search(rest) and len(rest) < 300
    # a line ending on a comma runs on into the quote below it ("जयशंकर ने बाद में एक्स पर लिखा,"): no headline
    if furniture or (not _TERMINAL.search(rest) and len(rest) < 300 and not rest.rstrip().endswith(",")):
        kind = "furniture" if furniture else "item" if _LIST_ITEM.match(rest) else "headline"
        yield offset + len(rest) - len(rest.lstrip()), len(line.rstrip()), kind
        return
    pos = offset
    pending: tuple[int, int] | None = None
    for piece in sentence_tokenize.sentence_split(rest, "hi"):
        for chunk in _cut(piece):
            found = line.find(chunk, pos)
            if found < 0:
                continue
            if pending and not any(ch.isalnum() for ch in chunk):  # a closing quote after the danda
                pending = (pending[0], found + len(chunk))
                pos = pending[1]
                continue
            closing = _CLOSING_QUOTE.match(chunk) if pending else None
            if closing:  # "... चाहते हैं।' उन्होंने बताया": the quote closes the sentence before, not this one's
                pending = (pending[0], found + len(closing.group(1)))
                found, chunk = found + closing.end(), chunk[closing.end() :]
            if pending:
                yield pending[0], pending[1], "body"
            pending = (found, found + len(chunk))
            pos = pending[1]
    if pending:
        yield pending[0], pending[1], "body"


def _cut(piece: str) -> Iterator[str]:
    """Pieces of at most MAX_SENTENCE_CHARS, cut at a space where one is near."""
    while len(piece) > MAX_SENTENCE_CHARS:
        cut = piece.rfind(" ", 0, MAX_SENTENCE_CHARS)
        cut = cut if cut > MAX_SENTENCE_CHARS // 2 else MAX_SENTENCE_CHARS
        yield piece[:cut]
        piece = piece[cut:].lstrip()
    if piece.strip():
        yield piece.strip()


def _mark_list_items(text: str, units: list[Sentence]) -> None:
    """Unpunctuated lines after a list marker, or after a line that opens a list with a colon
    ("... पर विचार किया:", its colon normalised to a visarga), are list items, not headlines; but a line between
    two lists, after a blank line, that heads the bulleted one after it ("घोषणाएं") stays a heading, and the first list
    ends there."""
    for i in range(1, len(units)):
        prev, unit, nxt = units[i - 1], units[i], units[i + 1 : i + 2]
        if _LIST_MARK.match(text[prev.start : prev.end]):
            prev.kind = "furniture"
            if unit.kind == "headline":
                unit.kind = "item"
        elif unit.kind == "headline" and prev.kind == "item":
            after = text[nxt[0].start : nxt[0].end] if nxt else ""
            heading = BLANK_LINE.search(text[prev.end : unit.start]) and _LIST_ITEM.match(after)
            if not heading:  # a line after a blank one, heading a bulleted list, stays a heading
                unit.kind = "item"
        elif unit.kind == "headline" and text[prev.start : prev.end].rstrip().endswith((":", "ः")):
            unit.kind = "item"


def _mark_headlines(text: str, units: list[Sentence]) -> None:
    """The items listed under a bulletin's headlines label ("मुख्य समाचार:") are headlines: each story is told in full
    below them, and a headline tells no event of its own."""
    listing = False
    for unit in units:
        line = text[unit.start : unit.end]
        if HEADLINES_LABEL.match(line):
            unit.kind, listing = "furniture", True
        elif listing and _LIST_ITEM.match(line):
            unit.kind = "headline"
        else:
            listing = False


def _mark_attributions(text: str, units: list[Sentence]) -> None:
    """A dash line under a quotation ("— राष्ट्रपति X, प्रधानमंत्री Y के साथ वार्ता के बाद संयुक्त वक्तव्य में") says who
    said it and on what occasion, in a sentence's words: body text, not a headline."""
    for prev, unit in itertools.pairwise(units):
        line = text[unit.start : unit.end]
        if (
            unit.kind in ("headline", "item")
            and line.lstrip().startswith(("—", "–", "-"))  # the dash as normalised
            and text[prev.start : prev.end][-1:] in QUOTE_MARKS
        ):
            unit.kind = "body"


def _mark_closing_dateline(text: str, units: list[Sentence]) -> None:
    """A release that ends with its place and date on lines of their own ("बुडापेस्ट" then "2 दिसंबर 2026", as
    embassies and ministries sign off), or a story closed by its credit line ("(साभार: भाषा, पेरिस, 25 नवंबर 2025)"), is
    datelined there, as one that opens so is."""
    if units and units[-1].kind == "headline" and CREDIT_LINE.fullmatch(text[units[-1].start : units[-1].end].strip()):
        units[-1].kind = "dateline"  # "(साभार: भाषा, पेरिस, 25 नवंबर 2025)"
        return
    if len(units) < 2 or units[-1].kind != "stamp" or units[-2].kind != "headline":
        return
    if CLOSING_PLACE.fullmatch(text[units[-2].start : units[-2].end].strip()):
        units[-2].kind = "dateline"


def _tokens(doc: Document, start: int, end: int) -> Iterator[Token]:
    for a, b in pieces(doc.text[start:end].replace("\n", " ")):  # a hard-wrapped line's break parts two words
        yield _token(doc, start + a, start + b)


def pieces(span: str) -> list[tuple[int, int]]:
    """Token spans of a string: indic-nlp tokens, with known abbreviations keeping their full stop."""
    parts = [p for part in _EXTRA_PUNCT.split(span) if part for p in indic_tokenize.trivial_tokenize(part, "hi") if p]
    spans: list[tuple[int, int]] = []
    pos = 0
    for part in _aligned(parts, span):
        found = span.find(part, pos)
        if found < 0:
            continue
        pos = found + len(part)
        if (
            part == "."
            and spans
            and found == spans[-1][1]
            and _abbreviation(pos < len(span.rstrip()), span[spans[-1][0] : spans[-1][1]])
        ):
            spans[-1] = (spans[-1][0], pos)
        else:
            spans.append((found, pos))
    return _inner_apostrophes(spans, span)


def _inner_apostrophes(spans: list[tuple[int, int]], span: str) -> list[tuple[int, int]]:
    """An apostrophe between two letters with no space is inside a name ("ला'आउली", "ओ'ब्रायन"), not a quotation
    mark: the three are one token."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if len(out) >= 2 and out[-1][0] == out[-2][1] and out[-1][1] == a and _inner(span, out[-2], out[-1], (a, b)):
            out[-2:] = [(out[-2][0], b)]
        else:
            out.append((a, b))
    return out


def _inner(span: str, before: tuple[int, int], mark: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether ``mark`` is one apostrophe glued to letters on both sides."""
    letter = ("L", "M")
    return (
        span[mark[0] : mark[1]] in ("'", "’")
        and unicodedata.category(span[before[1] - 1])[0] in letter
        and unicodedata.category(span[after[0]])[0] in letter
    )


def _aligned(parts: list[str], span: str) -> Iterator[str]:
    """The tokenizer's parts, each cut again where it is not in the text as written: indic-nlp joins
    "2025, 08:15" into "2025,08:15", which would otherwise lose the year and the time."""
    for part in parts:
        if part in span:
            yield part
        else:
            yield from _PIECE.findall(part)


def _abbreviation(inside: bool, word: str) -> bool:
    """Titles ("डॉ.") keep their full stop; so do initials ("एस.", "S. Jaishankar") inside a sentence, not at its end."""
    latin = len(word) == 1 and word.isascii() and word.isupper()
    return word in ABBREVIATIONS or (inside and (latin or (len(word) <= 2 and "\u0900" <= word[0] <= "\u097f")))


def words(text: str) -> list[str]:
    """The tokens of a lexicon phrase, cut exactly as document text is cut."""
    return [text[a:b] for a, b in pieces(text)]


def _token(doc: Document, start: int, end: int) -> Token:
    raw_start, raw_end = _raw(doc, start, end)
    text = doc.text[start:end]
    return Token(text=text, start=raw_start, end=raw_end, norm=match_key(text))


def _raw(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Raw offsets of a normalised span, widened over combining marks the normaliser merged."""
    raw_start = doc.offsets[start]
    raw_end = doc.offsets[end - 1] + 1 if end > start else raw_start
    while raw_end < len(doc.raw) and unicodedata.category(doc.raw[raw_end]) in ("Mn", "Mc"):
        raw_end += 1
    return raw_start, raw_end


_KEY = str.maketrans({"\u093c": None, "\u0901": "\u0902", "\u200c": None, "\u200d": None})
_LOOSE = str.maketrans({"ी": "ि", "ू": "ु", "ॅ": "ै", "ऍ": "ऐ"})  # GeoNames' "रॉटरडॅम" is news' "रॉटरडैम"


def keyset(*texts: str) -> frozenset[str]:
    """Match keys of literal words, for comparing with ``Token.norm``."""
    return frozenset(match_key(t) for t in texts)


# keys of words another register writes for a function word: Urdu's "दरमियान", the Sanskrit "पश्चात" and "उपरांत" of
# official releases ("इसके पश्चात", "वार्ता के उपरांत": "इसके बाद", "वार्ता के बाद")
_SAME_AS = {"दरमियान": "बीच", "दरंयान": "बीच", "पश्चात": "बाद", "उपरांत": "बाद"}  # "उपरान्त" keys as "उपरांत" first
_NASAL = re.compile("(?<=[\u0900-\u097f])[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0939])")
_GEMINATE = re.compile("(?<=\u0930\u094d)([\u0915-\u0939])\u094d\\1")  # "वार्त्ता": a consonant doubled after a repha


@functools.lru_cache(maxsize=KEY_CACHE)
def match_key(text: str) -> str:
    """A lookup key that ignores nukta and chandrabindu (ग्रुज़देव = ग्रुजदेव, पहुँचे = पहुंचे), and
    spells a nasal consonant before another as the anusvara (प्रधानमन्त्री = प्रधानमंत्री, सम्बन्ध = संबंध:
    Nepali outlets and older Hindi write the first), though not at a word's start ("म्योंग", "म्यांमार"), and a consonant
    older Hindi doubles after "र्" once (वार्त्ता = वार्ता); Urdu's
    postposition "दरमियान" keys as "बीच" ("दोनों मुल्कों के दरमियान" is "दोनों देशों के बीच"), and official Hindi's "पश्चात"
    and "उपरांत" as "बाद"."""
    key = unicodedata.normalize("NFD", text).translate(_KEY) or text  # a lone nukta stays itself
    key = _GEMINATE.sub(r"\1", _NASAL.sub("\u0902", key)) if "\u094d" in key else key
    return _SAME_AS.get(key, key)


@functools.lru_cache(maxsize=KEY_CACHE)
def loose_key(text: str) -> str:
    """A key that also ignores vowel length, for names only (कामीनो = कामिनो, लीमा = लिमा), and spells the candra e of
    Marathi renderings as Hindi's ai (रॉटरडॅम = रॉटरडैम).

    Not for function words: it would make की (genitive) equal कि (that).
    """
    return match_key(text).translate(_LOOSE)
