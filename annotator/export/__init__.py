"""Exports: one writer per format (jsonl, prodigy, spacy, brat, conll) and the parsers of our own formats."""
