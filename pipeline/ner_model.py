"""The statistical NER models the NER stage merges with its rules: stanza's tagger (the default)
or a spaCy pipeline, both trained on IL-NER (``pipeline.training``), both giving IL-NER-typed token
spans per sentence.
"""

from __future__ import annotations

import functools
import itertools
import logging
from pathlib import Path

import spacy
from spacy.tokens import Doc

from pipeline.ilner import bio_spans

log = logging.getLogger(__name__)


def load_model(model: str | Path | None, quantize: bool = True):
    """The statistical model in a directory: a spaCy pipeline (meta.json) or a stanza NER tagger
    (``*nertagger.pt``, int8 unless ``quantize`` is false); None, with a warning, when there is none."""
    if model is None:
        return None
    path = Path(model)
    if (path / "meta.json").exists():
        return SpacyModel(path)
    if any(path.glob("*nertagger.pt")):
        return StanzaModel(path, quantize)
    log.warning("NER model not found at %s: running gazetteers and rules only", path)
    return None


class SpacyModel:
    """A spaCy NER pipeline run over our tokens."""

    def __init__(self, path: Path) -> None:
        self.nlp = spacy.load(path)

    def predict(self, sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
        docs = (Doc(self.nlp.vocab, words=words) for words in sentences)
        return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in self.nlp.pipe(docs, batch_size=256)]


class StanzaModel:
    """A stanza NER tagger run pre-tokenized over our tokens (tags come out as BIOES).

    Loaded through ``stanza.Pipeline`` (the standard path, so official models load the same way),
    then run by calling its tagger on length-sorted batches and decoding all of a batch at once:
    the Pipeline's Document building, tag mapping and per-sentence numpy Viterbi took over half of
    the time. With ``quantize`` its LSTMs run in int8 (torch's dynamic quantization): about 1.5x
    faster again. The linear layers stay in float32: quantized too, they cost 0.25 F1 on IL-NER
    dev (in 20-sentence documents) for 4% more speed.
    """

    def __init__(self, path: Path, quantize: bool = True, batch_size: int = 32) -> None:
        import stanza

        tagger = next(path.glob("*nertagger.pt"))
        pretrain = next(path.glob("*w2v.pt"), None) or next(path.glob("*pretrain*.pt"))
        self.nlp = stanza.Pipeline(
            lang="hi", dir=str(path), download_method=None, allow_unknown_language=True, processors="tokenize,ner",
            tokenize_pretokenized=True, use_gpu=False, ner_model_path=str(tagger), ner_pretrain_path=str(pretrain),
            logging_level="ERROR",  # not "unsupported language: hi" on every run
        )  # fmt: skip
        processor = self.nlp.processors["ner"]
        self.trainer, self.config = processor.trainers[0], processor.configs[0]
        self.column = self.trainer.args.get("predict_tagset") or 0
        self.tag_names = _tag_names(self.trainer.vocab["tag"], self.column)
        self.batch_size = batch_size
        chars = self.trainer.vocab["char"]
        lower = self.config.get("char_lowercase", False)
        self.char_ids = functools.lru_cache(maxsize=100_000)(
            lambda word: chars.map(list(word.lower() if lower else word))
        )
        self.trainer.model.eval()
        if quantize:
            self.trainer.model = _quantized(self.trainer.model)
        self.trainer.model.crits = _without_loss(self.trainer.model.crits)

    def predict(self, sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
        import torch

        order = sorted((i for i, words in enumerate(sentences) if words), key=lambda i: len(sentences[i]))
        out: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
        if not order:
            return out
        rows = _Rows([sentences[i] for i in order])
        batches = _batches_class()(rows, self.batch_size, self.config, self.trainer.vocab, True, self.char_ids)
        tags: list[list[str]] = []
        with torch.inference_mode():
            for batch in batches:
                tags += self._tag(batch)
        for i, sentence_tags in zip(order, tags, strict=True):
            out[i] = bio_spans([t.replace("S-", "B-").replace("E-", "I-") for t in sentence_tags])
        return out

    def _tag(self, batch) -> list[list[str]]:
        """BIOES tags of one batch, in the batch's order (as stanza's ``Trainer.predict``)."""
        from stanza.models.common.utils import unsort
        from stanza.models.ner.trainer import fix_singleton_tags, unpack_batch

        inputs, orig_idx, word_idx, char_idx, sentlens, wordlens, charlens, charoffsets = unpack_batch(batch, "cpu")
        words, wordchars, wordchars_mask, chars, tags = inputs
        _, logits, transitions = self.trainer.model(
            words, wordchars, wordchars_mask, tags, word_idx, sentlens, wordlens, chars, charoffsets, charlens, char_idx
        )
        paths = viterbi(logits[self.column], transitions[self.column], sentlens)
        return unsort([fix_singleton_tags([self.tag_names[t] for t in path]) for path in paths], orig_idx)


def _tag_names(vocab, column: int) -> list[str]:
    """Tag strings by id (the tagger scores one per id of its tag vocabulary); ids below stanza's
    vocabulary prefix (padding, unknown) read as the first real tag, as in ``Trainer.predict``."""
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE

    ids = [(max(i, VOCAB_PREFIX_SIZE),) for i in range(vocab.lens()[column])]
    return [unit[column] for unit in vocab.unmap(ids)]


def viterbi(scores, transitions, lengths: list[int]) -> list[list[int]]:
    """Best tag paths of a padded batch: ``scores`` (batch, time, tags), ``transitions`` (from, to).

    The same recurrence as stanza's per-sentence numpy ``viterbi_decode``, run over the whole
    batch at once; a sentence's score stops moving after its last token."""
    import torch

    length = torch.tensor(lengths)
    best = scores[:, 0]
    pointers = []
    for t in range(1, scores.shape[1]):
        step, pointer = (best.unsqueeze(2) + transitions).max(dim=1)
        best = torch.where((t < length).unsqueeze(1), step + scores[:, t], best)
        pointers.append(pointer)
    back = torch.stack(pointers).numpy() if pointers else None
    paths = []
    for b, n in enumerate(lengths):
        tag = int(best[b].argmax())
        path = [tag]
        for t in range(n - 2, -1, -1):
            tag = int(back[t, b, tag])
            path.append(tag)
        paths.append(path[::-1])
    return paths


def _without_loss(crits):
    """The tagger's CRF layers at prediction: their transitions, without the training loss that
    stanza's forward pass computes every time (a tenth of the tagger's time)."""
    import torch

    class Transitions(torch.nn.Module):
        def __init__(self, crf) -> None:
            super().__init__()
            self.crf = crf

        def forward(self, inputs, masks, tag_indices):
            return inputs.new_zeros(()), self.crf._transitions

    return torch.nn.ModuleList(Transitions(crf) for crf in crits)


@functools.cache
def _batches_class():
    """stanza's NER DataLoader, minus the tag column (prediction has no tags to map: mapping the
    empty ones cost a tenth of the tagger's time), with each word's character ids looked up once."""
    import torch
    from stanza.models.common.vocab import PAD_ID
    from stanza.models.ner.data import DataLoader

    class Batches(DataLoader):
        def __init__(self, rows, batch_size, config, vocab, evaluation, char_ids) -> None:
            self.char_ids = char_ids
            super().__init__(rows, batch_size, config, vocab=vocab, evaluation=evaluation)

        def preprocess(self, data, vocab, args):
            return [
                [[w[0] for w in sent], [self.char_ids(w[0]) for w in sent], [[PAD_ID]] * len(sent)] for sent in data
            ]

        def __getitem__(self, key):
            """A batch as stanza's, built without the character-LM sequences a tagger with its own
            char-LSTM never reads (they and the padding loops took a fifth of the tagger's time)."""
            if self.args.get("charlm"):
                return super().__getitem__(key)
            batch = self.data[key]
            order = sorted(range(len(batch)), key=lambda i: (len(batch[i][0]), i), reverse=True)  # as sort_all
            words = [batch[i][0] for i in order]
            sentlens = [len(sentence) for sentence in words]
            chars = [ids for i in order for ids in batch[i][1]]
            word_order = sorted(range(len(chars)), key=lambda i: (len(chars[i]), i), reverse=True)
            wordlens = [len(chars[i]) for i in word_order]
            wordchars = _padded([chars[i] for i in word_order], wordlens, PAD_ID)
            tags = torch.full((len(batch), sentlens[0], 1), PAD_ID, dtype=torch.long)
            mask = wordchars == PAD_ID  # the fields unpack_batch reads; None where only a charlm looks
            return words, wordchars, mask, None, tags, order, word_order, None, sentlens, wordlens, None, None

    return Batches


def _padded(rows: list[list[int]], lengths: list[int], pad: int):
    """Rows of ids as one (rows, longest) tensor filled out with ``pad``, without a loop per row."""
    import numpy as np
    import torch

    lengths_ = np.asarray(lengths)
    out = np.full((len(rows), int(lengths_.max())), pad, dtype=np.int64)
    out[np.arange(out.shape[1]) < lengths_[:, None]] = np.fromiter(itertools.chain.from_iterable(rows), np.int64)
    return torch.from_numpy(out)


class _Rows:
    """The one method of a stanza Document that its NER DataLoader reads: (text, ner, multi_ner) rows."""

    def __init__(self, sentences: list[list[str]]) -> None:
        self.sentences = sentences

    def get(self, fields, as_sentences: bool = True, from_token: bool = True) -> list[list[list]]:
        return [[[word, None, None] for word in words] for words in self.sentences]


def _quantized(model):
    """``model`` with int8 LSTM weights, or unchanged where this torch cannot do it."""
    import warnings

    import torch

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch.ao.quantization is marked for a move to torchao
            return torch.ao.quantization.quantize_dynamic(model, {torch.nn.LSTM}, dtype=torch.qint8)
    except (AttributeError, RuntimeError) as exc:
        log.warning("NER model not quantized (%s): running in float32", exc)
        return model
