"""annotator: a keyboard-driven annotation desk for news text."""

__version__ = "0.1.0"
