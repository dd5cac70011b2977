"""Event frames from Hindi diplomatic news: read, segment, NER, syntax, frames, write."""

__version__ = "0.1.0"
