"""Inter-annotator agreement: alignment, measures, typed differences and assignment, as pure functions."""
