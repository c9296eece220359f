"""A stand-in article screen, used only while the real one (screens/article.py) is absent."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static


class ArticleStubScreen(Screen[None]):
    """The article's text, read-only, so the queue's Enter leads somewhere."""

    HELP_GROUP = "Article"
    BINDINGS = [Binding("escape", "back", "Queue", id="article_stub.back", tooltip="Back to the queue")]

    def __init__(self, doc_id: str, focus: int | None = None) -> None:
        super().__init__()
        self.doc_id = doc_id
        self.focus_unit = focus

    def compose(self) -> ComposeResult:
        doc = self.app.store.document(self.doc_id)
        self.title = doc.title
        yield Header()
        with VerticalScroll():
            yield Static(doc.text, markup=False)
        yield Footer()

    def action_back(self) -> None:
        self.app.open_queue()
