"""Frame scoring as FRAMES.md defines it: pair frames, then count every slot value once.

Per document, predicted and gold frames of the same ``event_type`` are paired one to one,
greedily by shared countries and participants. Slot values: each participant (by name,
honorifics and nukta ignored, a surname-only name matching the full one; a nameless actor by
country), each country code, the location's country and its text, the date value, each topic.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.actors import name_keys
from pipeline.analytics import by_doc
from pipeline.lexicon import load

SLOTS = ("participants", "countries", "location", "date", "topics")


def read_frames(path: str | Path) -> dict[str, list[dict]]:
    return by_doc(path)


def _name_parts(name: str) -> set[str]:
    honorifics = load().honorifics
    return {p for p in name_keys(name) if p not in honorifics}


def _same_actor(a: dict, b: dict) -> bool:
    if a.get("name") and b.get("name"):
        pa, pb = _name_parts(a["name"]), _name_parts(b["name"])
        return bool(pa and pb) and (pa <= pb or pb <= pa)
    if not a.get("name") and not b.get("name"):
        return a.get("country") == b.get("country")
    return False


def _values(frame: dict) -> dict[str, list]:
    location = frame.get("location") or {}
    return {
        "participants": list(frame.get("participants") or []),
        "countries": sorted(set(frame.get("countries") or [])),
        "location": [("country", location.get("country")), ("text", _text_key(location.get("text")))]
        if location
        else [],
        "date": [(frame.get("date") or {}).get("value")] if (frame.get("date") or {}).get("value") else [],
        "topics": sorted(set(frame.get("topics") or [])),
    }


def _text_key(text: str | None) -> str | None:
    return " ".join(name_keys(text)) if text else None


def _matches(slot: str, gold: list, pred: list) -> int:
    """Number of predicted values matching distinct gold values."""
    used: set[int] = set()
    hits = 0
    for value in pred:
        for i, candidate in enumerate(gold):
            if i in used:
                continue
            same = _same_actor(value, candidate) if slot == "participants" else value == candidate
            if same:
                used.add(i)
                hits += 1
                break
    return hits


def _overlap(gold: dict, pred: dict) -> int:
    g, p = _values(gold), _values(pred)
    return _matches("countries", g["countries"], p["countries"]) + _matches(
        "participants", g["participants"], p["participants"]
    )


def _pairs(gold: list[dict], pred: list[dict]) -> list[tuple[dict | None, dict | None]]:
    candidates = sorted(
        (
            (_overlap(g, p), -abs(i - j), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(pred)
            if g["event_type"] == p["event_type"]
        ),
        reverse=True,
    )
    used_g, used_p, pairs = set(), set(), []
    for _score, _dist, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], pred[j]))
    pairs += [(g, None) for i, g in enumerate(gold) if i not in used_g]
    pairs += [(None, p) for j, p in enumerate(pred) if j not in used_p]
    return pairs


def score(gold: dict[str, list[dict]], pred: dict[str, list[dict]]) -> dict:
    """Micro-averaged precision, recall and F1 per slot and overall, plus frame-level counts."""
    counts = {slot: {"tp": 0, "fp": 0, "fn": 0} for slot in SLOTS}
    frames = {"tp": 0, "fp": 0, "fn": 0}
    for doc_id in sorted(set(gold) | set(pred)):
        for g, p in _pairs(gold.get(doc_id, []), pred.get(doc_id, [])):
            frames["tp" if g and p else "fn" if g else "fp"] += 1
            gv, pv = _values(g) if g else None, _values(p) if p else None
            for slot in SLOTS:
                gold_values = gv[slot] if gv else []
                pred_values = pv[slot] if pv else []
                hits = _matches(slot, gold_values, pred_values)
                counts[slot]["tp"] += hits
                counts[slot]["fp"] += len(pred_values) - hits
                counts[slot]["fn"] += len(gold_values) - hits
    total = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")}
    return {
        "overall": _prf(total),
        "per_slot": {slot: _prf(c) for slot, c in counts.items()},
        "frames": _prf(frames),
    }


def _prf(c: dict) -> dict:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), **c}


def format_table(result: dict) -> str:
    rows = [("slot", "P", "R", "F1", "tp", "fp", "fn")]
    for name, c in [*result["per_slot"].items(), ("OVERALL", result["overall"]), ("frames", result["frames"])]:
        rows.append((name, f"{c['p']:.3f}", f"{c['r']:.3f}", f"{c['f']:.3f}", str(c["tp"]), str(c["fp"]), str(c["fn"])))
    return "\n".join(f"{r[0]:<14}" + "".join(f"{x:>8}" for x in r[1:]) for r in rows)
