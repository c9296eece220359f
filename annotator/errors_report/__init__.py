"""The model-error report: what editors did to a model's suggestions, per kind and label (no Textual)."""
