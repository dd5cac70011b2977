"""Bad input: every document is accounted for, nothing crashes the run, no frame is invented."""

import json

from pipeline.cli import main

HTML = (
    "<!DOCTYPE html><html><head><title>समाचार</title><style>p{color:red}</style></head><body>"
    "<div><p>भारत और जापान ने टोक्यो में रक्षा समझौते पर हस्ताक्षर किए।</p></div>"
    "<script>var s = 'भारत ने रूस से मुलाकात की';</script></body></html>"
)


def test_a_corpus_of_bad_documents(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files = {
        "empty.txt": b"",
        "blank.txt": b"   \n\n\t  ",
        "broken.txt": "भारत ने".encode() + b"\xff\xfe\xfa" + "रूस से बात की।".encode(),
        "utf16.txt": b"\xff\xfe" + "भारत और चीन ने बीजिंग में वार्ता की।".encode("utf-16-le"),
        "english.txt": b"India and Japan signed a defence pact in Tokyo.",
        "urdu.txt": "بھارت اور جاپان نے ٹوکیو میں معاہدے پر دستخط کیے۔".encode(),
        "page.txt": HTML.encode(),
        "junk.txt": bytes(range(256)) * 40,
        "nodanda.txt": ("भारत रूस " * 60_000).encode(),
    }
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    out = tmp_path / "out"
    assert main(["run", str(corpus), "-o", str(out)]) == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["documents"] == len(files)
    assert summary["documents"] == summary["with_frames"] + summary["without_frames"] + summary["failed"]
    failed = {f["doc_id"]: f["error"] for f in summary["failures"]}
    assert set(failed) == {"broken", "junk"}
    notes = {n["doc_id"]: n["note"] for n in summary["notes"]}
    assert notes["empty"] == notes["blank"] == "no text"
    assert notes["english"].startswith("not Hindi") and notes["urdu"].startswith("not Hindi")
    assert not {"page", "utf16", "nodanda"} & set(notes)
    frames = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    by_doc = {}
    for frame in frames:
        by_doc.setdefault(frame["doc_id"], []).append(frame)
    assert set(by_doc) == {"utf16", "page"}
    (page_frame,) = by_doc["page"]
    assert page_frame["event_type"] == "SIGN" and page_frame["countries"] == ["IND", "JPN"]
    raw = HTML
    assert raw[page_frame["trigger"]["start"] : page_frame["trigger"]["end"]] == page_frame["trigger"]["text"]


def test_huge_documents_are_cut_and_the_cut_is_recorded(monkeypatch):
    from pipeline import read

    monkeypatch.setattr(read, "MAX_CHARS", 1000)
    doc = read.read(read.Record("big", "भारत " * 1000))
    assert len(doc.raw) == 1000 and doc.meta["truncated"] == 5000
