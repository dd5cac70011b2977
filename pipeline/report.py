"""An HTML report of a run: highlighted entities, frames, a who-met-whom network, a timeline.

    python -m pipeline report OUTDIR            # writes OUTDIR/report.html

One self-contained file (inline CSS, plots as inline SVG): it opens with no network. The corpus
view (counts, network, timeline) covers every frame; the per-document part shows the first
``max_docs`` documents, so a report on 10,000 documents stays light enough to open.
"""

from __future__ import annotations

import html
import io
import json
from collections import Counter
from itertools import combinations
from pathlib import Path

from spacy import displacy

from pipeline.analytics import by_doc, load
from pipeline.read import iter_records, read

COLOURS = {
    "PERSON": "#f4c6a8", "COUNTRY": "#a8d5f4", "LOCATION": "#b8e0c2", "ORG": "#e0c8f0", "DATE": "#f7e39b",
    "TITLE": "#f0b8c8", "SECTOR": "#d6d6d6", "NUMBER": "#eeeeee", "ARTEFACT": "#eeeeee",
}  # fmt: skip
PRIORITY = ["PERSON", "COUNTRY", "LOCATION", "ORG", "DATE", "TITLE", "SECTOR", "NUMBER", "ARTEFACT"]
LINKED_EVENTS = {"MEET", "CALL", "SIGN", "AGREE", "VISIT"}
CSS = """
body{font-family:'Noto Sans Devanagari','Noto Sans',sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1,h2,h3{font-weight:600} table{border-collapse:collapse;margin:.5em 0 1.5em} td,th{border:1px solid #ccc;padding:.3em .6em;
vertical-align:top;font-size:.9em} th{background:#f3f3f3} .doc{border-top:2px solid #888;margin-top:2em}
.grid{display:flex;flex-wrap:wrap;gap:2em;align-items:flex-start} .note{color:#666;font-size:.9em} svg{max-width:100%;height:auto}
"""


def build(outdir: str | Path, max_docs: int = 200) -> Path:
    """Write ``report.html`` into a run folder and return its path."""
    outdir = Path(outdir)
    tables = load(outdir)
    summary = json.loads((outdir / "summary.json").read_text(encoding="utf-8"))
    frames_by_doc = by_doc(outdir / "events.jsonl")
    frames = [frame for doc_frames in frames_by_doc.values() for frame in doc_frames]
    entities = by_doc(outdir / "entities.jsonl")
    parts = [
        f"<h1>Event frames: {summary['documents']} documents, {summary['frames']} frames</h1>",
        _summary_table(summary),
        _corpus_view(tables, frames),
        _documents(summary.get("inputs") or [], frames_by_doc, entities, max_docs),
    ]
    page = f"<!DOCTYPE html><html lang='hi'><head><meta charset='utf-8'><title>Event frames report</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"
    path = outdir / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


def _table(header: list[str], rows: list[list]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _summary_table(summary: dict) -> str:
    rows = [[k, summary[k]] for k in ("documents", "with_frames", "without_frames", "failed", "frames", "entities")]
    failures = "".join(
        f"<li>{html.escape(f['doc_id'])}: {html.escape(f['error'])}</li>" for f in summary["failures"][:50]
    )
    return _table(["", "count"], rows) + (f"<p>Failed documents:</p><ul>{failures}</ul>" if failures else "")


def _corpus_view(tables, frames: list[dict]) -> str:
    by_type = Counter(f["event_type"] for f in frames)
    pairs = Counter(p for p in tables.frames.country_pair.dropna())
    topics = Counter(tables.topics.topic)
    counts = "".join(
        _table([title, "frames"], [[html.escape(str(k)), v] for k, v in counter.most_common(20)])
        for title, counter in (("event type", by_type), ("country pair", pairs), ("topic", topics))
    )
    return (
        "<h2>Corpus</h2>"
        f"<div class='grid'>{counts}</div>"
        f"<h3>Who meets whom</h3>{_network_svg(frames)}"
        f"<h3>Events per month</h3>{_timeline_svg(tables.frames)}"
    )


def _svg(figure) -> str:
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(figure)
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def _network_svg(frames: list[dict]) -> str:
    """Countries as nodes (sized by events), edges weighted by meetings, calls, visits and signings."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import networkx as nx

    graph = nx.Graph()
    for frame in frames:
        for country in frame["countries"]:
            graph.add_node(country)
            graph.nodes[country]["events"] = graph.nodes[country].get("events", 0) + 1
        if frame["event_type"] in LINKED_EVENTS:
            for a, b in combinations(sorted(frame["countries"]), 2):
                weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
                graph.add_edge(a, b, weight=weight + 1)
    if not graph:
        return "<p class='note'>No countries in any frame.</p>"
    figure, axis = plt.subplots(figsize=(7, 5))
    layout = nx.spring_layout(graph, seed=7, weight="weight")
    sizes = [300 + 120 * graph.nodes[n].get("events", 0) for n in graph]
    widths = [1 + graph.edges[e]["weight"] for e in graph.edges]
    nx.draw_networkx(graph, layout, ax=axis, node_size=sizes, width=widths, node_color="#a8d5f4", font_size=9)
    axis.axis("off")
    return _svg(figure)


def _timeline_svg(frames) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    months = frames.dropna(subset=["month"]).groupby("month").size()
    if months.empty:
        return "<p class='note'>No frame has a date with a month.</p>"
    figure, axis = plt.subplots(figsize=(8, 3))
    axis.bar(list(months.index), list(months.values), color="#6b9bd1")
    axis.set_ylabel("frames")
    axis.tick_params(axis="x", rotation=60, labelsize=8)
    return _svg(figure)


def _documents(inputs: list[str], frames_by_doc: dict, entities: dict, max_docs: int) -> str:
    parts = ["<h2>Documents</h2>"]
    shown = 0
    for record in iter_records(inputs):
        if shown >= max_docs:
            parts.append(
                f"<p class='note'>Only the first {max_docs} documents are shown; the corpus view counts all.</p>"
            )
            break
        doc = read(record)
        if doc.error:
            continue
        shown += 1
        parts.append(_document(doc.doc_id, doc.raw, entities.get(doc.doc_id, []), frames_by_doc.get(doc.doc_id, [])))
    return "".join(parts)


def _document(doc_id: str, raw: str, entities: list[dict], frames: list[dict]) -> str:
    chosen = _non_overlapping(entities)
    rendered = displacy.render(
        {
            "text": raw,
            "ents": [{"start": e["start"], "end": e["end"], "label": e["label"]} for e in chosen],
            "title": None,
        },
        style="ent",
        manual=True,
        options={"colors": COLOURS},
    )
    for entity in chosen:  # the normalised value on hover
        tip = f"{entity['label']}: {entity.get('value') or entity['text']}"
        rendered = rendered.replace('<mark class="entity"', f'<mark title="{html.escape(tip)}" class="entity x"', 1)
    rendered = rendered.replace('class="entity x"', 'class="entity"')
    rows = [_frame_row(doc_id, i, frame) for i, frame in enumerate(frames)]
    table = (
        _table(["type", "modality", "participants", "place", "date", "topics", "confidence", "evidence"], rows)
        if rows
        else "<p class='note'>No frames.</p>"
    )
    return f"<div class='doc' id='{html.escape(doc_id)}'><h3>{html.escape(doc_id)}</h3>{rendered}{table}</div>"


def _non_overlapping(entities: list[dict]) -> list[dict]:
    """displaCy draws flat spans: keep the most informative label where mentions overlap."""
    ranked = sorted(entities, key=lambda e: (PRIORITY.index(e["label"]) if e["label"] in PRIORITY else 99, e["start"]))
    chosen: list[dict] = []
    for entity in ranked:
        if all(entity["end"] <= c["start"] or entity["start"] >= c["end"] for c in chosen):
            chosen.append(entity)
    return sorted(chosen, key=lambda e: e["start"])


def _frame_row(doc_id: str, index: int, frame: dict) -> list:
    people = "<br>".join(
        html.escape(" · ".join(x for x in (a.get("name"), a.get("title"), a.get("country"), a.get("role")) if x))
        for a in frame["participants"]
    )
    location = frame.get("location") or {}
    date = frame.get("date") or {}
    place = html.escape(f"{location.get('text', '')} ({location.get('country', '')})") if location else ""
    return [
        f"<a id='{html.escape(frame['frame_id'])}'></a>{frame['event_type']} ({frame.get('cameo') or ''})",
        frame["modality"],
        people,
        place,
        html.escape(f"{date.get('text', '')} → {date.get('value')}") if date else "",
        html.escape(", ".join(frame["topics"])),
        frame["confidence"],
        html.escape(frame["evidence"]),
    ]
