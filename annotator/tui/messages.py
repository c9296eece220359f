"""Messages the app posts to its screens (model loading) and widgets post up to screens."""

from __future__ import annotations

from textual.message import Message


class ModelLoaded(Message, bubble=False):
    """The spaCy pipeline is in `app.nlp`: screens waiting for suggestions can compute them now."""


class ModelMissing(Message, bubble=False):
    """The pipeline could not be loaded; `reason` says which package to install.

    The desk keeps working for manual annotation; `app.model_error` holds the same text.
    """

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class OpenArticle(Message):
    """A widget asks its screen to open an article (the screen calls `app.open_article`)."""

    def __init__(self, doc_id: str, focus: int | None = None) -> None:
        super().__init__()
        self.doc_id = doc_id
        self.focus = focus
