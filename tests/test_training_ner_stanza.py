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
    assert full[full.index("--max_steps_no_improve") + 1] == "2500"  # stanza's default, the shipped run's
    patient = tagger_args(paths, tmp_path / PRETRAIN_NAME, tmp_path / "saved", steps=6000, seed=1, patience=6000)
    assert patient[patient.index("--max_steps_no_improve") + 1] == "6000"


SENTENCES = [
    ["मुख्यमंत्री", "अखिलेश", "यादव", "ने", "कहा", "कि", "सरकार", "किसानों", "की", "मदद", "करेगी", "।"],
    [
        "विदेश",
        "मंत्री",
        "एस.",
        "जयशंकर",
        "ने",
        "15",
        "मार्च",
        "2024",
        "को",
        "टोक्यो",
        "में",
        "जापान",
        "के",
        "विदेश",
        "मंत्री",
        "से",
        "भेंट",
        "की",
        "।",
    ],
    ["भारतीय", "रिज़र्व", "बैंक", "ने", "रेपो", "दर", "में", "0.25", "प्रतिशत", "की", "कटौती", "की"],
    ["नमस्ते"],
]


def test_viterbi_matches_stanzas_per_sentence_decoder() -> None:
    torch = pytest.importorskip("torch")
    from stanza.models.common.crf import viterbi_decode

    from pipeline.ner_model import viterbi

    generator = torch.Generator().manual_seed(0)
    lengths = [7, 1, 4, 7, 2]
    scores = torch.randn(len(lengths), max(lengths), 6, generator=generator)
    transitions = torch.randn(6, 6, generator=generator)
    expected = [viterbi_decode(scores[b, :n].numpy(), transitions.numpy())[0] for b, n in enumerate(lengths)]
    assert viterbi(scores, transitions, lengths) == [[int(t) for t in path] for path in expected]


needs_model = pytest.mark.skipif(
    not (MODEL_DIR / MODEL_NAME).exists() or not (MODEL_DIR / PRETRAIN_NAME).exists(),
    reason="models/ner-stanza not present",
)


@needs_model
def test_shipped_model_loads_offline_and_tags_a_person() -> None:
    pytest.importorskip("stanza")
    model = load_tagger(MODEL_DIR)
    assert (1, 3, "NEP") in model.predict(SENTENCES[:1])[0]
    assert model.predict([]) == [] and model.predict([[]]) == [[]]


@needs_model
def test_direct_tagging_equals_stanzas_pipeline() -> None:
    """The stage calls the tagger directly; unquantized it must tag exactly as stanza's own Pipeline."""
    pytest.importorskip("stanza")
    model = load_tagger(MODEL_DIR, quantize=False)
    doc = model.nlp(SENTENCES)
    expected = [bio_spans(bioes_to_bio([tok.ner for tok in sentence.tokens])) for sentence in doc.sentences]
    assert model.predict(SENTENCES) == expected
    assert model.predict([[], *SENTENCES[::-1]]) == [[], *expected[::-1]]  # order kept, empty sentences allowed


@needs_model
def test_batches_hold_what_stanzas_loader_gives_the_tagger() -> None:
    """The batch built without character-LM sequences has the same words, characters, lengths and
    orders as stanza's own (ties in length too, which stanza breaks by the later index first)."""
    pytest.importorskip("stanza")
    import torch
    from stanza.models.ner.data import DataLoader

    from pipeline.ner_model import _batches_class, _Rows

    model = load_tagger(MODEL_DIR)
    sentences = [*SENTENCES, ["एक", "दो"], ["तीन", "चार"], ["नई", "दिल्ली", "।"]]
    batches = _batches_class()(_Rows(sentences), 32, model.config, model.trainer.vocab, True, model.char_ids)
    ours, theirs = batches[0], DataLoader.__getitem__(batches, 0)
    for i in (0, 5, 6, 8, 9):  # words, orders, sentence and word lengths
        assert ours[i] == theirs[i]
    for i in (1, 2, 4):  # characters, their mask, the (empty) tags
        assert torch.equal(ours[i], theirs[i])


def test_a_torch_without_dynamic_quantization_runs_the_model_in_float32(monkeypatch, caplog) -> None:
    torch = pytest.importorskip("torch")
    from pipeline.ner_model import _quantized

    model = torch.nn.Sequential(torch.nn.LSTM(4, 2), torch.nn.Linear(2, 2))
    assert type(_quantized(model)[0]) is not torch.nn.LSTM  # int8 where torch can
    assert type(_quantized(model)[1]) is torch.nn.Linear  # the output layers stay float32

    def missing(*args, **kwargs):
        raise AttributeError("quantize_dynamic moved")

    monkeypatch.setattr(torch.ao.quantization, "quantize_dynamic", missing)
    assert _quantized(model) is model
    assert "float32" in caplog.text
