"""spaCy suggestions: entities, quotes, events and page furniture, computed in batches.

Nothing here imports spaCy at import time; `pipeline.load_pipeline` does, when asked.
"""
