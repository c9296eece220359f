"""Readers that turn files (txt, JSONL, Prodigy, CSV) into documents and units for the store."""
