"""Build ``resources/common_words.txt``: frequent IL-NER training words that are almost never names.

The person rule ("title followed by a name") must know where a name stops; a word that the
annotated news text uses hundreds of times outside any person name is not part of one. This is
learnt from the training split only.

    python -m pipeline.training.lexicon --data ../shared/data --out pipeline/resources/common_words.txt
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from pipeline.segment import match_key

MIN_COUNT = 4
MAX_NAME_SHARE = 0.05


def common_words(train_file: Path) -> list[str]:
    """Words seen at least MIN_COUNT times, in person names at most MAX_NAME_SHARE of the time."""
    total: Counter[str] = Counter()
    in_name: Counter[str] = Counter()
    for line in train_file.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip():
            continue
        key = match_key(parts[0].strip())
        total[key] += 1
        if parts[1].strip().endswith("NEP"):
            in_name[key] += 1
    return sorted(w for w, n in total.items() if n >= MIN_COUNT and in_name[w] <= MAX_NAME_SHARE * n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("pipeline/resources/common_words.txt"))
    args = parser.parse_args()
    words = common_words(args.data / "IL-NER-Hindi" / "Hindi-train.txt")
    args.out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} common words -> {args.out}")


if __name__ == "__main__":
    main()
