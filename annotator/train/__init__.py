"""Fine-tune the base pipeline's NER on a layer of finished documents, and score it (no Textual)."""
