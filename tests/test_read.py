import gzip
import json

import pytest

from pipeline.read import InputError, Record, decode, iter_records, normalise_chunk, read, read_text, strip_html

HINDI = "भारत और रूस ने समझौते पर हस्ताक्षर किए।"


@pytest.mark.parametrize(
    "data",
    [
        HINDI.encode("utf-8"),
        b"\xef\xbb\xbf" + HINDI.encode("utf-8"),
        b"\xff\xfe" + HINDI.encode("utf-16-le"),
        b"\xfe\xff" + HINDI.encode("utf-16-be"),
    ],
)
def test_decode_encodings(data):
    assert decode(data) == HINDI


def test_broken_utf8_is_an_error_not_a_guess():
    with pytest.raises(InputError, match="not UTF-8"):
        decode(HINDI.encode("utf-8")[:-5] + b"\xff\xfe\x00abc")


def test_binary_junk_is_an_error():
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(0, 32)) * 50)


def test_read_records_errors_instead_of_raising():
    doc = read(Record("bad", b"\xc3\x28 invalid"))
    assert doc.error and "UTF-8" in doc.error


def test_html_is_stripped_with_offsets_into_raw():
    raw = "<html><body><p>भारत &amp; रूस</p><script>var x='पेरू';</script><p>बैठक हुई।</p></body></html>"
    text, offsets = strip_html(raw)
    assert "पेरू" not in text and "var" not in text
    assert "भारत & रूस" in text
    i = text.index("रूस")
    assert raw[offsets[i] : offsets[i] + 3] == "रूस"


def test_normalisation_keeps_raw_offsets():
    raw = "ग्रुज़देव  ने\u200b  कहा"  # decomposed nukta, double spaces, zero-width space
    doc = read_text(raw)
    assert doc.text.startswith("ग्रुज़देव ने")
    assert len(doc.offsets) == len(doc.text) + 1
    j = doc.text.index("ने")
    assert raw[doc.offsets[j] : doc.offsets[j] + 2] == "ने"


def test_inputs_folders_jsonl_and_bad_lines(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(HINDI, encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    lines = [
        json.dumps({"id": "r1", "text": HINDI, "date": "2024-09-18T10:00:00"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "r3"}),
    ]
    (tmp_path / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "g1", "text": HINDI}, ensure_ascii=False) + "\n")
    records = list(iter_records([tmp_path]))
    assert [r.doc_id for r in records] == ["one", "r1", "b:2", "b:3", "g1"]
    assert records[1].date == "2024-09-18"
    assert records[2].error and records[3].error
    assert records[4].data == HINDI


def test_missing_input_is_a_failed_record(tmp_path):
    (record,) = iter_records([tmp_path / "nope.txt"])
    assert record.error.startswith("input not found")


def test_a_colon_ending_a_word_is_punctuation_not_a_visarga():
    assert normalise_chunk("सम्मेलन:") == "सम्मेलन:"
    assert normalise_chunk("दु:ख") == "दुःख"
