"""Event frames from Hindi diplomatic news: read, segment, NER, syntax, frames, write."""

__version__ = "0.1.0"

import os
from pathlib import Path

# Trained models: the repository's models/ folder, or wherever PIPELINE_MODELS points.
MODELS = Path(os.environ.get("PIPELINE_MODELS", Path(__file__).resolve().parent.parent / "models"))
