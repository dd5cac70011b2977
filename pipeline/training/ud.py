"""Convert the 2015 Hindi HDTB release (UD v1) to UD v2 so stanza learns today's label set.

The only HDTB data we have is the 2015 dev/test release: UD v1 relations (`dobj`, `neg`, ...),
UPOS `CONJ`, and the treebank's own morphology (`Case=D|O`, `Aspect=<TAM marker>`, `Stype`, ...)
instead of UD features. A model trained on it as is would emit labels no UD v2 scorer or
downstream code expects, so every sentence goes through `convert_sentence` first.
Pure Python, no third-party imports: the tests run it without stanza.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator

Token = list[str]  # the 10 CoNLL-U columns
Sentence = tuple[list[str], list[Token]]  # (comment lines, token rows)

ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC = range(10)

DEPREL_V1_TO_V2: dict[str, str] = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "neg": "advmod",
    "name": "flat",
    "mwe": "fixed",
    "foreign": "flat:foreign",
}
UPOS_V1_TO_V2: dict[str, str] = {"CONJ": "CCONJ"}

# v1 `nmod` covered obliques too; v2 calls a nominal that modifies a predicate `obl`.
PREDICATE_UPOS = frozenset({"VERB", "AUX", "ADJ", "ADV"})

# Plain value renames of the HDTB morphology; a value mapped to None is dropped
# ("Any" means underspecified, which UD expresses by leaving the feature out).
FEATURE_VALUES: dict[str, dict[str, str | None]] = {
    "Case": {"D": "Nom", "O": "Acc", "Any": None},  # direct/oblique, as UD v2 Hindi encodes them
    "Gender": {"M": "Masc", "F": "Fem", "Any": None, "Punc": None},
    "Number": {"Sg": "Sing", "Pl": "Plur", "Any": None},
    "Person": {"1": "1", "2": "2", "2H": "2", "3": "3", "3H": "3", "Any": None},
    "Voice": {"Active": "Act", "Passive": "Pass"},
}

# HDTB's `Aspect` is really the TAM/case marker (vibhakti) in WX transliteration.
# Turn the unambiguous ones into UD features; "0" (none) and the rest are dropped.
TAM_FEATURES: dict[str, dict[str, str]] = {
    "Ya": {"Aspect": "Perf"},  # -या perfective
    "Ya1": {"Aspect": "Perf"},  # गया (passive/completive jA)
    "He": {"Mood": "Ind", "Tense": "Pres"},  # है
    "Ga": {"Mood": "Ind", "Tense": "Fut"},  # -गा
    "Na": {"VerbForm": "Inf"},  # -ना/-ने infinitive
    "Kara": {"VerbForm": "Conv"},  # -कर conjunctive participle
    "Em": {"Mood": "Sub"},  # -ए/-एं subjunctive
    "Ao": {"Mood": "Imp"},  # -ओ imperative
    "Ne": {"Case": "Erg"},  # उन्होंने: fused ergative pronoun
    "Ko": {"Case": "Dat"},  # उन्हें: fused dative pronoun
    "Mem": {"Case": "Loc"},  # इसमें
    "Se": {"Case": "Ins"},  # इससे
}
PAST_COPULA_PREFIX = "थ"  # था/थी/थे carry TAM `Wa` like imperfective participles


def read_conllu(lines: Iterable[str]) -> Iterator[Sentence]:
    """Yield (comments, tokens) per sentence; tolerant of a missing final blank line."""
    comments: list[str] = []
    tokens: list[Token] = []
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip():
            if tokens:
                yield comments, tokens
            comments, tokens = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"expected 10 columns, got {len(cols)}: {line!r}")
            tokens.append(cols)
    if tokens:
        yield comments, tokens


def write_conllu(sentences: Iterable[Sentence]) -> str:
    """Serialise sentences, each followed by the blank line CoNLL-U requires."""
    out: list[str] = []
    for comments, tokens in sentences:
        out.extend(comments)
        out.extend("\t".join(tok) for tok in tokens)
        out.append("")
    return "\n".join(out) + "\n"


def parse_feats(feats: str) -> dict[str, str]:
    """`A=x|B=y` -> dict; `_` -> {}."""
    if feats in ("", "_"):
        return {}
    return dict(item.split("=", 1) for item in feats.split("|") if "=" in item)


def format_feats(feats: dict[str, str]) -> str:
    """UD wants features sorted by name, case-insensitively."""
    if not feats:
        return "_"
    return "|".join(f"{k}={feats[k]}" for k in sorted(feats, key=str.lower))


def convert_feats(feats: str, form: str, deprel_v1: str) -> str:
    """Map HDTB morphology to UD v2 features; unknown attributes (e.g. `Stype`) are dropped."""
    old = parse_feats(feats)
    new: dict[str, str] = {}
    for name, value in old.items():
        if name in FEATURE_VALUES:
            mapped = FEATURE_VALUES[name].get(value)
            if mapped is not None:
                new[name] = mapped
    tam = old.get("Aspect")
    if tam == "Wa":
        new.update({"Mood": "Ind", "Tense": "Past"} if form.startswith(PAST_COPULA_PREFIX) else {"Aspect": "Imp"})
    elif tam in TAM_FEATURES:
        new.update(TAM_FEATURES[tam])
    if old.get("Stype") == "Imperative":
        new["Mood"] = "Imp"
    if deprel_v1 == "neg":
        new["Polarity"] = "Neg"
    return format_feats(new)


def convert_deprel(deprel: str, head_upos: str | None) -> str:
    """Rename v1 relations; nominal dependents of predicates become `obl`."""
    if deprel == "nmod" and head_upos in PREDICATE_UPOS:
        return "obl"
    return DEPREL_V1_TO_V2.get(deprel, deprel)


def mark_fixed_postpositions(tokens: list[Token]) -> None:
    """Compound postpositions (के लिए, के बारे में) become `case` + `fixed`, per UD v2.

    HDTB v1 attaches every part of a multiword postposition as a separate `case` of the noun.
    UD v2 annotates multiword function words with `fixed`, headed by the first word.
    """
    i = 0
    while i < len(tokens):
        first = tokens[i]
        j = i + 1
        while (
            j < len(tokens)
            and first[DEPREL] == "case"
            and tokens[j][UPOS] == "ADP"
            and tokens[j][DEPREL] == "case"
            and tokens[j][HEAD] == first[HEAD]
        ):
            tokens[j][HEAD] = first[ID]
            tokens[j][DEPREL] = "fixed"
            j += 1
        i = j


def make_text(tokens: list[Token]) -> str:
    """Rebuild `# text` from FORM and SpaceAfter=No (stanza's prepare scripts expect it)."""
    parts: list[str] = []
    for tok in tokens:
        parts.append(tok[FORM])
        if "SpaceAfter=No" not in tok[MISC].split("|"):
            parts.append(" ")
    return "".join(parts).rstrip()


def convert_sentence(sentence: Sentence, sent_id: str | None = None) -> Sentence:
    """Return a UD v2 copy of one v1 sentence, with `# sent_id` and `# text`."""
    comments, tokens = sentence
    tokens = [list(tok) for tok in tokens if tok[ID].isdigit()]  # HDTB 2015 has no ranges/empties
    upos_by_id = {tok[ID]: UPOS_V1_TO_V2.get(tok[UPOS], tok[UPOS]) for tok in tokens}
    for tok in tokens:
        deprel_v1 = tok[DEPREL]
        tok[UPOS] = upos_by_id[tok[ID]]
        tok[FEATS] = convert_feats(tok[FEATS], tok[FORM], deprel_v1)
        tok[DEPREL] = convert_deprel(deprel_v1, upos_by_id.get(tok[HEAD]))
        tok[DEPS] = "_"
    mark_fixed_postpositions(tokens)
    kept = [c for c in comments if not c.startswith(("# text =", "# sent_id ="))]
    if sent_id is None:
        sent_id = next((c.split("=", 1)[1].strip() for c in comments if c.startswith("# sent_id =")), None)
    header = ([f"# sent_id = {sent_id}"] if sent_id else []) + kept + [f"# text = {make_text(tokens)}"]
    return header, tokens


def convert_file(lines: Iterable[str], prefix: str) -> list[Sentence]:
    """Convert a whole v1 file, numbering sentences `prefix-N` when they have no id."""
    return [
        convert_sentence(s, None if any(c.startswith("# sent_id") for c in s[0]) else f"{prefix}-{n}")
        for n, s in enumerate(read_conllu(lines), start=1)
    ]


def split_sentences(sentences: list[Sentence], dev_fraction: float, seed: int) -> tuple[list[Sentence], list[Sentence]]:
    """Seeded shuffle-split into (train, dev); we have no HDTB train file, so we make our own."""
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    n_dev = max(1, round(len(sentences) * dev_fraction))
    dev_ids = set(order[:n_dev])
    train = [s for i, s in enumerate(sentences) if i not in dev_ids]
    dev = [s for i, s in enumerate(sentences) if i in dev_ids]
    return train, dev
