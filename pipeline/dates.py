"""Dates in Hindi news: find them in a sentence's tokens and normalise them to ISO 8601.

Regular expressions over Hindi and English month names read full dates, "2024 की 18 सितंबर", a month alone
("अप्रैल में"), ranges ("21-22 अगस्त", "17 अगस्त से 8 सितंबर 2017"), Devanagari digits and Bhasha's word days, a
day without a year (``XXXX-MM-DD``), and relative words (आज, कल, weekdays) that are resolved only against a known
anchor date (publication date or the dateline's date, see :class:`Anchor`). The calendar checks each day (no 31
September); dateparser, which did that once, took 25 ms a call.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
    "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
}  # fmt: skip
_ENGLISH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")  # fmt: skip
# "प्रविष्टि तिथि: 11 SEP 2025" heads PIB releases: English months, full or short, as written or in capitals
MONTHS.update({f: n for n, name in enumerate(_ENGLISH, 1) for f in (name, name[:3], name.upper(), name[:3].upper())})
MONTHS.update({"Sept": 9, "SEPT": 9})
# Nepali outlets' spellings ("काठमाडौं, ३ पुस २०८२ (१८ डिसेम्बर २०२५)"), not "मे" ("में" mistyped) nor "जुन" ("which")
MONTHS.update({"फेब्रुअरी": 2, "अप्रिल": 4, "अगस्ट": 8, "सेप्टेम्बर": 9, "अक्टोबर": 10, "नोभेम्बर": 11, "डिसेम्बर": 12})
# Short Hindi months with a dot or the abbreviation sign ("2 दिस. 2026", "3 नवं॰"), only after a day: "जन" is also people
SHORT_MONTHS = {
    "जन": 1, "फर": 2, "फ़र": 2, "अप्रै": 4, "जुला": 7, "अग": 8, "सित": 9, "सितं": 9, "अक्टू": 10, "अक्तू": 10,
    "नव": 11, "नवं": 11, "दिस": 12, "दिसं": 12,
}  # fmt: skip
SHORT_MONTH = rf"(?:{'|'.join(sorted(SHORT_MONTHS, key=len, reverse=True))}) ?[.॰]"  # tokens joined: "दिस . 2026"
# with Thursday's spellings news copy often has: a long "ू", "वृ"/"ब्र" for "बृ", and Punjab's "वीरवार"; and Nepali's
# ("बिहीबार काठमाडौं में हुई")
WEEKDAYS = {
    "सोमवार": 0, "मंगलवार": 1, "बुधवार": 2, "गुरुवार": 3, "बृहस्पतिवार": 3, "शुक्रवार": 4, "शनिवार": 5, "रविवार": 6,
    "गुरूवार": 3, "वृहस्पतिवार": 3, "ब्रहस्पतिवार": 3, "वीरवार": 3,
    "सोमबार": 0, "मंगलबार": 1, "बुधबार": 2, "बिहीबार": 3, "शुक्रबार": 4, "शनिबार": 5, "आइतबार": 6,
}  # fmt: skip
# Urdu's weekdays ("पीर को इस्लामाबाद में मुलाक़ात की"), only before "को", "से" or a time of day ("इतवार की शाम"):
# "पीर" is also a saint, "जुमा" a prayer
URDU_WEEKDAYS = {"पीर": 0, "जुमेरात": 3, "जुमा": 4, "जुमे": 4, "सनीचर": 5, "इतवार": 6}
# Short names, only before "के रोज़/दिन", "की शाम" or "को" ("बुध के रोज़ अंकारा में मुलाक़ात की", Urdu copy's "मंगल को"):
# "बुध" is also Mercury, "मंगल" Mars
SHORT_WEEKDAYS = {"सोम": 0, "मंगल": 1, "बुध": 2, "शुक्र": 4, "शनि": 5}
# English names, as Hinglish copy writes them, only before "को", "से" or a time of day ("Monday को यहां meeting की")
ENGLISH_WEEKDAYS = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6}
_DAYS = WEEKDAYS | URDU_WEEKDAYS | SHORT_WEEKDAYS | ENGLISH_WEEKDAYS
# "के रोज़" (its nukta composed or not), "की शाम": Urdu's "बुध की शाम दुशांबे पहुंचे"
_ON_THE_DAY = "(?:के (?:रोज\u093c?|रो\u095b|दिन)|की (?:सुबह|शाम|रात|दोपहर))"
RELATIVE = {"आज": 0, "कल": -1, "परसों": -2}
INTERVAL = "/"  # ISO 8601's mark between a span's two ends ("2026-12-01/2026-12-03")
# "दो दिन पहले": days before the day of writing; not "इससे/बैठक से (ठीक) दो दिन पहले", days before something told
COUNTS = {"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7}
_BEFORE_SOMETHING = "".join(f"(?<!से {w})" for w in ("", "ठीक ", "करीब ", "लगभग ", "कुछ "))  # "परीक्षा से ठीक दो दिन पहले"
DAYS_AGO = rf"{_BEFORE_SOMETHING}(?P<n>\d|{'|'.join(COUNTS)}) (?:दिन|रोज़|रोज) (?:पहले|पूर्व)"
# "इससे एक दिन पहले", "इसके दो दिन बाद": days before or after the day told last, which the NER stage knows
DAYS_FROM = re.compile(
    rf"(?<!\S)(?:इससे|उससे|इसके|उसके) (?:ठीक )?(?P<n>\d|{'|'.join(COUNTS)}) (?:दिन|रोज़|रोज) (?P<dir>पहले|पूर्व|बाद)(?!\S)"
)
# "गत दिवस", "बीते रोज़" (Jagran, Bhaskar), "बीती रात" (last night): the day before, never the day after as "कल" may be
YESTERDAY = r"(?:गत दिवस|बीते (?:रोज\u093c?|रो\u095b)|(?:बीती|पिछली|गत) रात)"
# "अगले महीने न्यूजीलैंड के प्रधानमंत्री भारत आएंगे": the month after the anchor's ("गत माह", "बीते महीने": the one before);
# the same words count years ("पिछले वर्ष अक्टूबर")
UNKNOWN_YEAR = "XXXX"  # the year of a value no anchor gave ("XXXX-10-06"), as values write it
RELATIVE_OFFSETS = {"अगले": 1, "पिछले": -1, "इस": 0, "इसी": 0, "गत": -1, "बीते": -1}
SEASON = 3  # months: a month this far behind the anchor, told in future tense, is of the year after
_RELATIVE_MONTH = re.compile(rf"(?<!\S)(?P<rm>{'|'.join(RELATIVE_OFFSETS)}) (?:महीने|माह)(?!\S)")

_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_MD = f"{_M}|{SHORT_MONTH}"  # a month after a day
# "पिछले वर्ष अक्टूबर में": a month of the anchor's year or one either side. A year told alone ("इस साल के अंत
# तक") is mostly when something is to be done by, not when the event told happens, and is no date of ours; but
# its end is a time ("वह इस साल के अंत में भारत आएंगे"), of that year.
_RELATIVE_YEAR = re.compile(rf"(?<!\S)(?P<ry>{'|'.join(RELATIVE_OFFSETS)}) (?:साल|वर्ष) (?P<m>{_M})(?!\S)")
# told bare ("वह साल के अंत में तुवालु जाएंगे"), this year's, but not that of "उस/हर साल", a year counted ("चौथे साल
# के अंत में", IL-NER train: a deposit's term) or a financial year
_OTHER_YEARS = ("उस", "उसी", "हर", "किसी", "प्रत्येक", "वित्त", "वित्तीय", "चालू", "कैलेंडर", "आखिरी", "अंतिम")
_YEARS_COUNTED = ("पहले", "दूसरे", "तीसरे", "चौथे", "पांचवें", "पाँचवें", "छठे", "सातवें", "आठवें", "नौवें", "दसवें")
_OTHER_YEAR = r"(?<!\d )" + "".join(f"(?<!{w} )" for w in (*_OTHER_YEARS, *_YEARS_COUNTED))
_YEAR_END = re.compile(
    rf"(?<!\S)(?:(?P<ry>{'|'.join(RELATIVE_OFFSETS)}) |{_OTHER_YEAR})(?:साल|वर्ष) के (?:अंत|आखिर) में(?!\S)"
)
# PTI-Bhasha writes days one to nine as words ("नयी दिल्ली, पांच अगस्त (भाषा)"), before a month only
# ("पहली दिसंबर को": the first of a month, as said)
DAY_WORDS = {
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9, "पहली": 1
}  # fmt: skip
_DW = "|".join(DAY_WORDS)
# a year that names a plan ("India-UK Vision 2035 के तहत", "एजेंडा 2030 के"), not when something happens
PLANS = ("Vision", "vision", "VISION", "विजन", "विज़न", "विज़न", "Agenda", "एजेंडा")
_NOT_A_PLAN = "".join(f"(?<!{plan} )" for plan in PLANS)
_PATTERNS = [
    ("year_first", re.compile(rf"\b(?P<y>(?:19|20)\d\d) (?:की|के) (?P<d>\d{{1,2}}) (?P<m>{_M})(?!\S)")),
    (
        "range",
        re.compile(
            rf"\b(?P<d>\d{{1,2}}) ?(?:[-–]|से|और) ?(?P<d2>\d{{1,2}}) (?P<m>{_MD})(?: ,?)? ?(?P<y>(?:19|20)\d\d)?(?!\d)"
        ),
    ),
    ("full", re.compile(rf"\b(?P<d>\d{{1,2}}) (?P<m>{_MD})(?: ,)? (?P<y>(?:19|20)\d\d)\b")),
    ("full", re.compile(rf"(?<!\S)(?P<d>{_DW}) (?P<m>{_MD})(?: ,)? (?P<y>(?:19|20)\d\d)\b")),
    # "मई 14, 2025" (MEA releases), "Updated: September 2, 2025": the month first, the year after a comma
    ("full", re.compile(rf"(?<!\S)(?P<m>{_M}) (?P<d>\d{{1,2}}) ?, ?(?P<y>(?:19|20)\d\d)\b")),
    # "14/03/2025", "14-03-2025", "14.03.2025": day first, as Indian papers write it
    # (tokens joined by spaces: "28 - 11 - 2026"; after a label's abbreviation too: "दि. 03/12/2025")
    (
        "numeric",
        re.compile(
            r"(?<![\d/.-])(?<![\d/-] )(?<!\d\. )(?P<d>\d{1,2}) ?(?P<sep>[/.-]) ?(?P<mm>\d{1,2}) ?(?P=sep) ?(?P<y>(?:19|20)\d\d)"
            r"(?![\d/.-]| [/.-] ?\d)"
        ),
    ),
    # "2025-12-03": ISO 8601, as web pages' stamps and machine-made copy write it
    (
        "numeric",
        re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d) ?- ?(?P<mm>\d{1,2}) ?- ?(?P<d>\d{1,2})(?![\d/.-]| [/.-] ?\d)"),
    ),
    ("day_month", re.compile(rf"\b(?P<d>\d{{1,2}}) (?P<m>{_MD})(?!\S)")),
    ("day_month", re.compile(rf"(?<!\S)(?P<d>{_DW}) (?P<m>{_MD})(?!\S)")),
    # "दिसंबर 3 को": the month first, as in "मई 14, 2025", with no year
    ("day_month", re.compile(rf"(?<!\S)(?P<m>{_M}) (?P<d>\d{{1,2}})(?= को(?!\S))")),
    ("month_year", re.compile(rf"(?<!\S)(?P<m>{_M}) (?:,? )?(?P<y>(?:19|20)\d\d)\b")),
    ("relative_year", _RELATIVE_YEAR),
    ("year_end", _YEAR_END),
    ("month", re.compile(rf"(?<!\S)(?P<m>{_M})(?= (?:में|तक|से|को|के|की|का|माह|महीने)(?!\S))")),
    # not the end of a period ("2026-2030 की कार्य योजना")
    (
        "year",
        re.compile(rf"(?<![\d/.-])(?<!\d [-–] ){_NOT_A_PLAN}(?P<y>(?:19|20)\d\d)(?= (?:में|तक|से|को|के|की|का)(?!\S))"),
    ),
    # "पिछले सप्ताह मंगलवार को": that weekday of the week before the anchor's (or after it, or the anchor's own)
    (
        "week_day",
        re.compile(rf"(?<!\S)(?P<rw>{'|'.join(RELATIVE_OFFSETS)}) (?:सप्ताह|हफ्ते|हफ़्ते) (?P<w>{'|'.join(WEEKDAYS)})(?!\S)"),
    ),
    # "अगले दिन", "अगले रोज", "अगली सुबह": the day after the one told before (value None here: the frames stage counts
    # from that day)
    ("next_day", re.compile(r"(?<!\S)(?:अगले (?:दिन|रोज़?)|अगली (?:सुबह|शाम|दोपहर|रात))(?!\S)")),
    # "पिछले सप्ताह", "अगले हफ्ते": a week told by its place from the anchor's, no day of it (value None)
    ("relative_week", re.compile(rf"(?<!\S)(?P<rk>{'|'.join(RELATIVE_OFFSETS)}) (?:सप्ताह|हफ्ते|हफ़्ते)(?!\S)")),
    # "पिछले दिनों", "गत दिनों": lately, no day of it (value None), not the dateline's ("हाल ही में" is no time
    # expression to IL-NER, which tags it O six times in dev and test, nor "बीते दिनों की बात", a thing of the past)
    ("lately", re.compile(r"(?<!\S)(?:पिछले|गत) दिनों(?!\S)")),
    # "पिछले बुधवार", "गत शुक्रवार", "अगले सोमवार": that weekday before the anchor's day (or after it), never that day
    ("near_weekday", re.compile(rf"(?<!\S)(?P<nw>पिछले|गत|बीते|अगले) (?P<w>{'|'.join(WEEKDAYS)})(?!\S)")),
    ("weekday", re.compile(rf"(?<!\S)(?P<w>{'|'.join(WEEKDAYS)})(?!\S)")),
    (
        "weekday",
        re.compile(
            rf"(?<!\S)(?P<w>{'|'.join(URDU_WEEKDAYS | ENGLISH_WEEKDAYS)})"
            rf"(?= (?:को|से|की (?:सुबह|शाम|रात|दोपहर)|{_ON_THE_DAY})(?!\S))"
        ),
    ),
    ("weekday", re.compile(rf"(?<!\S)(?P<w>{'|'.join(SHORT_WEEKDAYS)})(?= (?:{_ON_THE_DAY}|को)(?!\S))")),
    ("relative", re.compile(rf"(?<!\S)(?P<r>{'|'.join(RELATIVE)})(?!\S)")),
    ("yesterday", re.compile(rf"(?<!\S){YESTERDAY}(?!\S)")),
    ("days_ago", re.compile(rf"(?<!\S){DAYS_AGO}(?!\S)")),
    ("days_from", DAYS_FROM),
    # "अगले महीने की 12 तारीख को": that day of the month the words name
    (
        "month_day",
        re.compile(rf"(?<!\S)(?P<rm>{'|'.join(RELATIVE_OFFSETS)}) (?:महीने|माह) की (?P<d>\d{{1,2}}|{_DW}) तारीख(?!\S)"),
    ),
    # "15 तारीख को", "पहली तारीख को": a day of the anchor's month, or of the month before where that day is still to
    # come (of the day words only "पहली": "एक तारीख तय हुई" is a date fixed, none told)
    ("day_of_month", re.compile(r"(?<![\d/.-])(?P<d>\d{1,2}|पहली) तारीख(?!\S)")),
    ("relative_month", _RELATIVE_MONTH),
]


SAME_YEAR = (("उसी", "वर्ष"), ("उसी", "साल"))  # "उसी वर्ष जून में": of the year the text told last
SAME_YEAR_REACH = 12  # characters before a date where "उसी वर्ष" may stand


def of_the_same_year(raw: str, start: int) -> bool:
    """Whether the date at ``start`` of the text is told as of "that same year" ("उसी वर्ष जून में")."""
    return tuple(raw[max(0, start - SAME_YEAR_REACH) : start].split()[-2:]) in SAME_YEAR


@dataclass(frozen=True, slots=True)
class Anchor:
    """The day relative words are resolved against: a publication date or the dateline's.

    A dateline without a year ("बीजिंग, 16 मई (रायटर)") anchors "आज" (``XXXX-05-16``) and "कल", not
    weekdays: without the year the dateline's own weekday is unknown, and one dispatch may tell of
    Tuesday and Wednesday. The day is held in a leap year so that 29 February can be one."""

    day: dt.date
    yearless: bool = False

    @classmethod
    def of(cls, value: str | None) -> Anchor | None:
        """The anchor an ISO value gives: a full day, or a day without a year; else None."""
        if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return cls(dt.date.fromisoformat(value))
        if value and re.fullmatch(rf"{UNKNOWN_YEAR}-\d{{2}}-\d{{2}}", value):
            return cls(dt.date.fromisoformat("2000" + value[4:]), yearless=True)
        return None

    def iso(self, day: dt.date) -> str:
        return f"{UNKNOWN_YEAR}-{day.month:02d}-{day.day:02d}" if self.yearless else day.isoformat()


@dataclass(slots=True)
class DateMatch:
    """A date found in a text: character span and ISO value (None when it cannot be fixed)."""

    start: int
    end: int
    kind: str
    value: str | None


def dated_by(value: str, anchor: Anchor) -> str:
    """A day without a year ("XXXX-12-05") in the year of the page's full date: the anchor's, or the year before for a
    month a season or more ahead of it (a round-up dated 2 January tells of 30 December); unchanged where that year
    has no such day (29 February)."""
    dated = f"{_year_of_day(anchor, int(value[5:7]), False)}{value[4:]}"
    try:
        dt.date.fromisoformat(dated)
    except ValueError:
        return value
    return dated


def days_from(text: str, day: str) -> str | None:
    """The day ``text`` ("इससे एक दिन पहले") tells, counted from ``day`` (ISO), the day told before it."""
    match = DAYS_FROM.fullmatch(text.translate(_DIGITS))
    if match is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return None
    days = COUNTS.get(match["n"]) or int(match["n"])
    return _later(day, days if match["dir"] == "बाद" else -days)


def deictic(text: str) -> bool:
    """A date told relative to the day of writing ("आज", "अगले महीने"), which IL-NER mostly leaves untagged."""
    relative = _RELATIVE_MONTH.fullmatch(text) or re.fullmatch(YESTERDAY, text) or re.fullmatch(DAYS_AGO, text)
    return text in RELATIVE or bool(relative) or bool(DAYS_FROM.fullmatch(text))


def find_dates(text: str, anchor: Anchor | None = None, future: bool = False) -> list[DateMatch]:
    """All non-overlapping dates in ``text`` (tokens joined by spaces), earliest pattern first.

    ``anchor`` resolves relative words and years missing from day-month dates; ``future``
    says the sentence is in the future tense, so "कल" means tomorrow.
    """
    ascii_text = text.translate(_DIGITS)
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(ascii_text):
            span = (match.start(), match.end())
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            value = _value(kind, match.groupdict(), anchor, future)
            if value is False:
                continue
            taken.append(span)
            found.append(DateMatch(span[0], span[1], kind, value))
    return _spans(sorted(found, key=lambda m: m.start), ascii_text)


_THROUGH = re.compile(r" ?(?:[-–]|से|से लेकर) ?")
_SPANNED = {"full", "day_month", "month_year", "month", "year"}
_YEARLESS = {"day_month", "month"}  # their year is the anchor's, or the other end's in a span


def _spans(found: list[DateMatch], text: str) -> list[DateMatch]:
    """Two dates joined by "से" or a dash ("17 अगस्त से 8 सितंबर 2017", "2008 से 2014") are one
    span, an ISO interval; a day without a year takes the year the text gives the other end."""
    out: list[DateMatch] = []
    for match in found:
        last = out[-1] if out else None
        if last is not None and _its_weekday(last, match, text):  # "2 दिसंबर, बुधवार को", "बुधवार, 2 दिसंबर को"
            dated = last if last.kind != "weekday" else match
            out[-1] = DateMatch(last.start, match.end, dated.kind, dated.value)
            continue
        days = _weekdays_through(last, match, text) if last is not None else 0
        if days:
            value = f"{last.value}{INTERVAL}{_later(last.value, days)}" if last.value else None
            out[-1] = DateMatch(last.start, match.end, "span", value)
            continue
        if (
            last is not None
            and last.kind in _SPANNED
            and match.kind in _SPANNED
            and _THROUGH.fullmatch(text[last.end : match.start])
            and last.value
            and match.value
        ):
            first, second = last.value, match.value
            if last.kind in _YEARLESS and match.kind not in _YEARLESS:  # the year the text gives is the span's
                first = second[:4] + first[4:]
            elif match.kind in _YEARLESS and last.kind not in _YEARLESS:
                second = first[:4] + second[4:]
            if first <= second:
                out[-1] = DateMatch(last.start, match.end, "span", f"{first}{INTERVAL}{second}")
                continue
        out.append(match)
    return out


_COMMA = re.compile(r" ?, ?")
_DAYS_DATED = {"full", "day_month"}


def _its_weekday(first: DateMatch, second: DateMatch, text: str) -> bool:
    """A day and its weekday told side by side, after a comma: one date, the day's."""
    kinds = {first.kind, second.kind}
    paired = "weekday" in kinds and bool(kinds & _DAYS_DATED) and len(kinds) == 2
    return paired and bool(_COMMA.fullmatch(text[first.end : second.start]))


_NEXT_DAY = re.compile(r" (?:और|व|एवं|तथा) ")


def _weekdays_through(first: DateMatch, second: DateMatch, text: str) -> int:
    """How many days on from the first weekday the second is, where the two make one stretch of days:
    "शनिवार से सोमवार तक", or two days running joined by "और" ("बुधवार और बृहस्पतिवार को", a two-day
    meeting); 0 where they do not ("सोमवार और बुधवार" are two days apart)."""
    if first.kind != "weekday" or second.kind != "weekday":
        return 0
    between = text[first.end : second.start]
    days = (_DAYS[text[second.start : second.end]] - _DAYS[text[first.start : first.end]]) % 7
    through = _THROUGH.fullmatch(between) or (_NEXT_DAY.fullmatch(between) and days == 1)
    return days if through else 0


def _later(value: str, days: int) -> str:
    """The ISO day ``days`` after ``value``: the stretch runs on from the day its first weekday resolves to."""
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def _day_number(day: str) -> int:
    """A day of the month told in digits or in words ("पहली")."""
    return DAY_WORDS.get(day) or int(day)


def _day_of_month(day: int, anchor: Anchor | None, future: bool) -> str | bool | None:
    """ "15 तारीख": that day of the anchor's month; told in the past of a later day, of the month before (in the
    future of an earlier one, of the month after). None without an anchor; False for no such day."""
    if not 1 <= day <= 31:
        return False
    if anchor is None:
        return None
    months = anchor.day.year * 12 + anchor.day.month - 1
    if day > anchor.day.day and not future:
        months -= 1
    elif day < anchor.day.day and future:
        months += 1
    try:
        return anchor.iso(dt.date(months // 12, months % 12 + 1, day))
    except ValueError:
        return None


def _value(kind: str, groups: dict, anchor: Anchor | None, future: bool) -> str | bool | None:
    """ISO value for one match; False rejects the match (an impossible date)."""
    if kind == "weekday":
        return _weekday(_DAYS[groups["w"]], anchor, future)
    if kind == "near_weekday":
        return _weekday(_DAYS[groups["w"]], anchor, RELATIVE_OFFSETS[groups["nw"]] > 0, strictly=True)
    if kind == "week_day":
        if anchor is None or anchor.yearless:
            return None
        monday = anchor.day - dt.timedelta(days=anchor.day.weekday())
        return (monday + dt.timedelta(weeks=RELATIVE_OFFSETS[groups["rw"]], days=WEEKDAYS[groups["w"]])).isoformat()
    if kind in ("relative_week", "next_day", "lately"):
        return None
    if kind == "relative_month":
        if anchor is None or anchor.yearless:
            return None
        months = _months_of(anchor, groups["rm"])
        return f"{months // 12}-{months % 12 + 1:02d}"
    if kind == "relative_year":  # without the anchor's year, only "इस वर्ष जनवरी" is of a year as unknown
        offset, month = RELATIVE_OFFSETS[groups["ry"]], MONTHS[groups["m"]]
        if anchor is None or anchor.yearless:
            return f"{UNKNOWN_YEAR}-{month:02d}" if offset == 0 else None
        return f"{anchor.day.year + offset}-{month:02d}"
    if kind == "year_end":
        offset = RELATIVE_OFFSETS[groups["ry"]] if groups["ry"] else 0  # "साल के अंत में": this year's, told bare
        return None if anchor is None or anchor.yearless else str(anchor.day.year + offset)
    if kind in ("relative", "yesterday"):
        offset = RELATIVE[groups["r"]] if kind == "relative" else -1
        offset = -offset if future and kind == "relative" else offset
        return anchor.iso(anchor.day + dt.timedelta(days=offset)) if anchor else None
    if kind == "days_from":
        return None  # told from a day the sentence does not give (see days_from)
    if kind == "days_ago":
        days = COUNTS.get(groups["n"]) or int(groups["n"])
        return anchor.iso(anchor.day - dt.timedelta(days=days)) if anchor else None
    if kind == "month_day":
        if anchor is None or anchor.yearless:
            return None
        months = _months_of(anchor, groups["rm"])
        return _iso(str(months // 12), months % 12 + 1, _day_number(groups["d"]))
    if kind == "day_of_month":
        return _day_of_month(_day_number(groups["d"]), anchor, future)
    year = groups.get("y")
    if kind == "numeric":
        month = int(groups["mm"])
        return _iso(year, month, int(groups["d"])) if 1 <= month <= 12 else False
    month = _month_number(groups.get("m") or "")
    known = anchor is not None and not anchor.yearless
    if kind == "year":
        return year
    if kind == "month_year":
        return f"{year}-{month:02d}"
    if kind == "month":  # "अप्रैल में": the anchor's year, else none (as for a day without a year)
        return f"{_year_ahead(anchor, month, future) if known else UNKNOWN_YEAR}-{month:02d}"
    day = DAY_WORDS.get(groups["d"]) or int(groups["d"])
    if year is None and known:
        year = str(_year_of_day(anchor, month, future))
    first = _iso(year, month, day)
    if first is False:
        return False
    if kind == "range":
        last = _iso(year, month, int(groups["d2"]))
        return False if last is False else f"{first}{INTERVAL}{last}"
    return first


def _month_number(name: str) -> int | None:
    """The month a name gives, full or short ("दिस ." as tokens are joined, "नवं॰")."""
    return MONTHS.get(name) or SHORT_MONTHS.get(name.rstrip(" .॰"))


def _year_ahead(anchor: Anchor, month: int, future: bool) -> int:
    """The anchor's year; in future tense, the next one for a month a season or more behind it ("नवंबर, 2025: अगले
    दौर की वार्ता जनवरी में होगी" is January 2026; a month or two behind is more likely a past told in passing)."""
    return anchor.day.year + (future and anchor.day.month - month >= SEASON)


def _year_of_day(anchor: Anchor, month: int, future: bool) -> int:
    """The year of a day told without one: as for a month (see _year_ahead), and in the past tense the year before
    for a month a season or more ahead of the anchor's ("2 जनवरी 2027: 30 दिसंबर को हुई बैठक" is December 2026)."""
    return _year_ahead(anchor, month, future) - (not future and month - anchor.day.month >= SEASON)


def _months_of(anchor: Anchor, word: str) -> int:
    """The month "अगले/पिछले/इस महीने" names from the anchor's, counted in months from year 0."""
    return anchor.day.year * 12 + anchor.day.month - 1 + RELATIVE_OFFSETS[word]


def _iso(year: str | None, month: int, day: int) -> str | bool:
    """ISO date; ``XXXX-MM-DD`` without a year; False when the day cannot exist."""
    try:
        day_of = dt.date(int(year) if year else 2000, month, day)  # a leap year: 29 February may be a yearless day
    except ValueError:
        return False
    return day_of.isoformat() if year else f"{UNKNOWN_YEAR}-{month:02d}-{day:02d}"


def _weekday(weekday: int, anchor: Anchor | None, future: bool, strictly: bool = False) -> str | None:
    """The named weekday nearest the anchor: the last one before it, or the next one in future tense (the anchor's
    own day too, unless ``strictly``: "पिछले बुधवार" told on a Wednesday is a week before)."""
    if anchor is None or anchor.yearless:
        return None
    day = anchor.day
    delta = (weekday - day.weekday()) % 7 if future else -((day.weekday() - weekday) % 7)
    if strictly and delta == 0:
        delta = 7 if future else -7
    return (day + dt.timedelta(days=delta)).isoformat()
