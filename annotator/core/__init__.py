"""The pure domain: models, the label schema, span arithmetic and text normalisation.

Nothing here imports Textual, spaCy or SQLite, so scripts and tests can use it alone.
"""
