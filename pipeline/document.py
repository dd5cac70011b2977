"""The data model every stage shares: one :class:`Document` flows one way through the pipeline.

Every unit (token, sentence, entity, frame slot) carries ``start``/``end`` offsets into
``Document.raw``, the text exactly as decoded, so ``raw[start:end]`` always gives the mention
back, whatever normalisation the stages worked on.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "event-frame/1"
#: "(लेखिका भारत में ब्रिटेन की उच्चायुक्त हैं)": the note closing an op-ed on who its author is.
AUTHOR_NOTE = re.compile(r"\(\s*(?:लेखक|लेखिका)\s")
MAX_BYLINE = 4  # tokens of the line naming an op-ed's author ("लिंडी कैमरन")
# the line opening a statement given in full ("विदेश मंत्री डॉ. एस. जयशंकर का प्रेस वक्तव्य:"): its "मैं" is the one named
STATEMENT_HEADER = re.compile(r"का\s+(?:प्रेस\s+|मीडिया\s+)?(?:वक्तव्य|बयान|संबोधन|भाषण)\s*[:ः]?\s*$")


@dataclass(slots=True)
class Token:
    """A token with raw offsets; syntax fields stay ``None`` until the syntax stage fills them."""

    text: str
    start: int
    end: int
    norm: str = ""
    upos: str | None = None
    lemma: str | None = None
    feats: str | None = None
    head: int | None = None  # index of the head token in the sentence, -1 for the root
    deprel: str | None = None


@dataclass(slots=True)
class Sentence:
    """A sentence or a line-level unit (headline, dateline, list item)."""

    index: int
    start: int
    end: int
    paragraph: int
    tokens: list[Token] = field(default_factory=list)
    kind: str = "body"  # body | headline | dateline | stamp | item | furniture


@dataclass(slots=True)
class Entity:
    """A labelled mention; ``value`` is the normalised form (ISO date, alpha-3 code, topic code)."""

    label: str
    start: int
    end: int
    text: str
    value: str | None = None
    source: str = "rule"  # rule | gazetteer | model | demonym | coref (a name or acronym the document gave before)
    sentence: int = -1


@dataclass(slots=True)
class Mention:
    """One mention of a person, with what its noun phrase says about them.

    ``first``/``last`` are token indices (in the sentence) of the whole description,
    "पेरू के वाणिज्य अधिकारी जॉन पीटर कामिनो केनॉक": country, title and name.
    """

    sentence: int
    first: int
    last: int
    name: str
    start: int
    end: int
    title: str | None = None
    org: str | None = None
    country: str | None = None
    cluster: int = -1
    international: bool = False  # an official of an international organisation: no home country
    offices: tuple[str, ...] = ()  # other offices the same words give them ("युवराज एवं प्रधानमंत्री")
    written_title: str | None = None  # all those offices as written ("उप प्रधानमंत्री एवं रक्षा मंत्री")
    rank: str | None = None  # a military rank told before the name ("मेजर जनरल X"): the title where no office is told


@dataclass(slots=True)
class Actor:
    """A participant: a person (``name`` set) or a whole country or organisation."""

    name: str | None
    title: str | None
    org: str | None
    country: str | None
    role: str = "participant"
    name_latn: str | None = None
    mentions: list[list[int]] = field(default_factory=list)
    country_inferred: bool = False  # the text never states it: the home country, or the host of a meeting abroad


@dataclass(slots=True)
class Frame:
    """One real-world event read from a document, as FRAMES.md defines it."""

    doc_id: str
    event_type: str
    cameo: str | None
    modality: str
    trigger: dict[str, Any]
    participants: list[Actor]
    countries: list[str]
    location: dict[str, Any] | None
    date: dict[str, Any] | None
    topics: list[str]
    sentence_ids: list[int]
    evidence: str
    confidence: float
    frame_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the output contract, ``schema`` first."""
        out = {"schema": SCHEMA, "doc_id": self.doc_id, "frame_id": self.frame_id}
        body = asdict(self)
        body.pop("doc_id")
        body.pop("frame_id")
        out.update(body)
        return out


@dataclass(slots=True)
class Document:
    """A document as it moves through the stages.

    ``raw`` is the decoded input; ``text`` is the normalised view the rules match against and
    ``offsets[i]`` is the raw index of ``text[i]`` (with one extra entry for the end).
    ``error`` is set by any stage that could not process the document; later stages skip it.
    """

    doc_id: str
    raw: str
    text: str = ""
    offsets: list[int] = field(default_factory=list)
    date: str | None = None  # publication date (ISO) when the input gives one
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    people: list[Actor] = field(default_factory=list)  # one per person, indexed by Mention.cluster
    frames: list[Frame] = field(default_factory=list)
    error: str | None = None
    _index: tuple[int, dict[int, list[Entity]]] | None = field(default=None, repr=False, compare=False)

    def entities_in(self, sentence: Sentence, label: str | None = None) -> list[Entity]:
        """Entities inside one sentence, optionally of one label, in text order.

        Indexed by sentence (rebuilt when the entity list changes), so long documents stay linear.
        """
        if self._index is None or self._index[0] != len(self.entities):
            index: dict[int, list[Entity]] = {}
            for entity in sorted(self.entities, key=lambda e: (e.start, -e.end)):
                index.setdefault(entity.sentence, []).append(entity)
            self._index = (len(self.entities), index)
        found = self._index[1].get(sentence.index, [])
        return found if label is None else [e for e in found if e.label == label]

    def paragraph_opening(self, sentence: Sentence) -> Sentence:
        """The first sentence of the paragraph ``sentence`` stands in (a label such as "जवाब:" or "सोमवार:", a brief's
        own dateline, a live page's entry)."""
        index = sentence.index
        while index > 0 and self.sentences[index - 1].paragraph == sentence.paragraph:
            index -= 1
        return self.sentences[index]

    def dateline(self) -> Sentence | None:
        """The dateline ("कोलंबो, 5 फरवरी (एजेंसी)"), which places and dates what the story reports."""
        return next((s for s in self.sentences if s.kind == "dateline"), None)

    def author_note(self) -> Sentence | None:
        """The note on an op-ed's author ("(लेखिका भारत में ब्रिटेन की उच्चायुक्त हैं)"), which says who wrote it."""
        return next((s for s in reversed(self.sentences) if AUTHOR_NOTE.match(self.raw[s.start : s.end])), None)

    def byline(self) -> Sentence | None:
        """The line naming an op-ed's author ("लिंडी कैमरन" between the title and the text), where an author note says
        who the author is: the last short line before the text."""
        if self.author_note() is None:
            return None
        body = next((s.index for s in self.sentences if s.kind == "body"), len(self.sentences))
        lines = [s for s in self.sentences[:body] if s.kind == "headline" and 2 <= len(s.tokens) <= MAX_BYLINE]
        return lines[-1] if lines else None

    def author(self) -> Mention | None:
        """An op-ed's author: the person its byline names (see ``byline``); or the one whose statement the text gives
        in full, named in the line that opens it."""
        line = self.byline()
        if line is not None:
            return next(iter(self.mentions_in(line)), None)
        named = (self.mentions_in(s) for s in self.sentences if STATEMENT_HEADER.search(self.raw[s.start : s.end]))
        return next((mentions[0] for mentions in named if mentions), None)

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        """Person mentions inside one sentence (the actors stage keeps them sorted by sentence)."""
        lo = bisect.bisect_left(self.mentions, sentence.index, key=lambda m: m.sentence)
        hi = bisect.bisect_right(self.mentions, sentence.index, key=lambda m: m.sentence)
        return self.mentions[lo:hi]
