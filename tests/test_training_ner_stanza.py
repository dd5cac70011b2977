"""The stanza NER training helpers, and the shipped stanza NER model loading offline.

No test here needs the IL-NER data in /work/shared; the model test skips when the model is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ilner import bio_spans, parse_ilner
from pipeline.training.ner_stanza import (
    MODEL_NAME,
    PRETRAIN_NAME,
    bioes_to_bio,
    load_tagger,
    tagger_args,
    to_stanza_json,
)

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner-stanza"


def test_to_stanza_json_keeps_tokens_and_cleaned_tags() -> None:
    sents = parse_ilner(["राम\tB-NEP", "दिल्ली\t-NEL", "गए\tO", "", "5\tB-NEN", "बजे\tNEU", ""])
    data = to_stanza_json(sents)
    assert data == [
        [{"text": "राम", "ner": "B-NEP"}, {"text": "दिल्ली", "ner": "B-NEL"}, {"text": "गए", "ner": "O"}],
        [{"text": "5", "ner": "B-NEN"}, {"text": "बजे", "ner": "O"}],
    ]
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_bioes_to_bio_gives_the_same_spans() -> None:
    bioes = ["S-NEP", "O", "B-NEL", "I-NEL", "E-NEL", "B-NEO", "E-NEO", "S-NEN", "S-NEN", "O"]
    bio = bioes_to_bio(bioes)
    assert bio == ["B-NEP", "O", "B-NEL", "I-NEL", "I-NEL", "B-NEO", "I-NEO", "B-NEN", "B-NEN", "O"]
    assert bio_spans(bio) == [(0, 1, "NEP"), (2, 5, "NEL"), (5, 7, "NEO"), (7, 8, "NEN"), (8, 9, "NEN")]
    assert bioes_to_bio([]) == []


def test_tagger_args_are_offline_and_save_in_short_runs(tmp_path: Path) -> None:
    paths = {"train": tmp_path / "train.json", "dev": tmp_path / "dev.json"}
    args = tagger_args(paths, tmp_path / PRETRAIN_NAME, tmp_path / "saved", steps=50, seed=0)
    assert not any("charlm" in a for a in args)
    assert "--cpu" in args
    assert args[args.index("--eval_interval") + 1] == "50"  # else stanza never scores dev, never saves
    full = tagger_args(paths, tmp_path / PRETRAIN_NAME, tmp_path / "saved", steps=6000, seed=0)
    assert full[full.index("--eval_interval") + 1] == "400"
    assert full[full.index("--save_name") + 1] == MODEL_NAME


@pytest.mark.skipif(
    not (MODEL_DIR / MODEL_NAME).exists() or not (MODEL_DIR / PRETRAIN_NAME).exists(),
    reason="models/ner-stanza not present",
)
def test_shipped_model_loads_offline_and_tags_a_person() -> None:
    pytest.importorskip("stanza")
    nlp = load_tagger(MODEL_DIR)
    tokens = ["मुख्यमंत्री", "अखिलेश", "यादव", "ने", "कहा", "कि", "सरकार", "किसानों", "की", "मदद", "करेगी", "।"]
    doc = nlp([tokens])
    tags = bioes_to_bio([tok.ner for tok in doc.sentences[0].tokens])
    assert (1, 3, "NEP") in bio_spans(tags)
