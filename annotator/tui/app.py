"""The application shell: services, the screen stack, the model worker and the app-wide keys.

Start-up: with no annotator name, a small modal asks once (remembered in the settings).
Then the queue opens, and if the store remembers where this annotator was (`store.cursor`),
that article opens on top of it with the same unit focused; Escape goes back to the queue.
Resuming the cursor (rather than jumping to the first undone article) keeps "quit and
reopen" lossless; the queue's next-undone key is one press away.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.markup import escape
from textual.reactive import reactive
from textual.worker import Worker, WorkerState

from annotator.config import Settings
from annotator.core.display import block, one_line
from annotator.store import Store, StoreWriteError, UnknownDocumentError
from annotator.tui.commands import BindingsProvider
from annotator.tui.messages import ModelLoaded, ModelMissing
from annotator.tui.model import ModelUnavailable, load_model

if TYPE_CHECKING:
    from spacy.language import Language
    from textual.message import Message
    from textual.notifications import SeverityLevel

    from annotator.tui.screens.article import ArticleScreen

# What `model_state` can be; widgets.model_status shows it.
MODEL_STATES = ("off", "loading", "ready", "missing")


class AnnotatorApp(App[None]):
    """The desk. Screens reach services as `self.app.store`, `.settings`, `.annotator`, `.nlp`."""

    TITLE = "annotator"
    HELP_GROUP = "Everywhere"
    CSS_PATH = "styles/app.tcss"
    COMMANDS = App.COMMANDS | {BindingsProvider}
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True, tooltip="Quit; all work is already saved"),
        Binding("question_mark,f1", "help", "Help", id="app.help", tooltip="Every key, grouped by screen"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            id="app.command_palette",
            show=False,
            priority=True,
            tooltip="Search and run any action",
        ),
    ]

    model_state: reactive[str] = reactive("off")
    # Set by `annotator review` before run: start on the review screen, as this adjudicator, on these annotators.
    review_on_start = False
    review_adjudicator: str | None = None
    review_annotators: list[str] | None = None

    def __init__(self, store: Store, settings: Settings, annotator: str | None, *, load_model: bool = True) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.annotator = annotator or ""
        self.nlp: Language | None = None
        self.model_error: str | None = None
        self._load_model = load_model
        self.set_keymap(dict(settings.keymap))

    # -- start-up -------------------------------------------------------------------

    def on_mount(self) -> None:
        for problem in self.settings.problems:  # the CLI printed them too, but the screen hides that
            self.notify(problem, title="Settings", severity="warning", timeout=15, markup=False)
        if self.settings.keymap:  # the check imports every screen: only when there is a keymap
            self.call_after_refresh(self._warn_unknown_keymap_ids)
        if self.annotator:
            self._start()
        else:
            from annotator.tui.screens.identity import IdentityScreen

            self.push_screen(IdentityScreen(), self._identity_chosen)
        if self._load_model and not self.review_on_start:
            # `annotator review` loads it once the review list is scored (`start_model_once`): the
            # two threads compete for the GIL, and the list is what the adjudicator waits for.
            self.call_after_refresh(self.start_model)

    def _identity_chosen(self, name: str | None) -> None:
        if not name:
            self.exit()
            return
        self.annotator = name
        self.settings.annotator = name
        # Only the name is remembered: this run's --db or --model stay this run's.
        remembered = type(self.settings).load()
        remembered.annotator = name
        remembered.save()
        self._start()

    def _start(self) -> None:
        from annotator.tui.screens.queue import QueueScreen

        self.sub_title = self.annotator
        if self.store.read_only:
            self.notify(
                "This database is read-only here: you can read and export, but nothing you do is saved.",
                title="Read-only",
                severity="warning",
                timeout=30,
                markup=False,
            )
        self.push_screen(QueueScreen())
        if self.review_on_start:
            self.open_review()
            return
        doc_id, unit_id = self.store.cursor(self.annotator)
        if doc_id is not None and self.store.has_document(doc_id):
            self.open_article(doc_id, unit_id)

    def _warn_unknown_keymap_ids(self) -> None:
        from annotator.tui.help import binding_ids

        ids = binding_ids()
        unknown = sorted(set(self.settings.keymap) - ids)
        if unknown:
            named = [_with_guess(name, ids) for name in unknown]
            self.notify(f"keymap: no binding with id {', '.join(named)}", severity="warning", markup=False)

    # -- navigation -----------------------------------------------------------------

    def open_article(self, doc_id: str, focus: int | None = None) -> None:
        """Show one article; from another article the new one replaces it (no growing stack)."""
        if not self.store.has_document(doc_id):
            raise UnknownDocumentError(doc_id)
        if focus is None:
            # Opened from the queue: back to the unit this annotator was last on there.
            focus = self.store.state(doc_id, self.annotator).focus
        article_screen = article_screen_class()
        if isinstance(self.screen, article_screen):
            self.screen.show_doc(doc_id, focus)  # reuse the screen, as n / p do
            return
        with suppress(StoreWriteError), self.store.patience(0.0):  # busy or read-only: only the resume point waits
            self.store.set_focus(doc_id, self.annotator, focus)
        self.push_screen(article_screen(doc_id, focus))

    def open_queue(self, came_from: str | None = None) -> None:
        """Back to the queue: pop whatever sits above it; its cursor lands on `came_from`."""
        from annotator.tui.screens.queue import QueueScreen

        queues = [s for s in self.screen_stack if isinstance(s, QueueScreen)]
        if not queues:
            self.push_screen(QueueScreen())
            return
        queues[-1].came_back_from = came_from
        # A list screen an article was opened from (the story desk) is where its escape goes back to.
        while not isinstance(self.screen, QueueScreen) and not getattr(self.screen, "RETURN_POINT", False):
            self.pop_screen()

    def open_story(self, key: str) -> None:
        """The story desk for `key`, above the queue."""
        from annotator.tui.screens.story import StoryScreen

        self.push_screen(StoryScreen(key))

    def open_review(self) -> None:
        """The review (adjudication into gold); back to it when it is already in the stack."""
        from annotator.tui.screens.review import ReviewScreen

        if not any(isinstance(s, ReviewScreen) for s in self.screen_stack):
            self.push_screen(ReviewScreen(self.review_adjudicator, self.review_annotators))
            return
        while not isinstance(self.screen, ReviewScreen):
            self.pop_screen()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification (screens' too) shows its data's control codes as visible characters."""
        super().notify(block(message), title=one_line(title), severity=severity, timeout=timeout, markup=markup)

    def action_help(self) -> None:
        from annotator.tui.help import group_of
        from annotator.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(first=group_of(type(self.screen))))

    # -- the model ------------------------------------------------------------------

    def start_model(self) -> None:
        self.model_state = "loading"
        self._model_worker()

    def start_model_once(self) -> None:
        """Load the model unless it is loading or loaded already, or turned off (--no-model)."""
        if self._load_model and self.model_state == "off":
            self.start_model()

    @work(thread=True, exclusive=True, exit_on_error=False, group="model", name="load model")
    def _model_worker(self) -> None:
        try:
            nlp = load_model(self.settings.model)
        except ModelUnavailable as exc:
            self.call_from_thread(self._model_missing, str(exc))
        else:
            self.call_from_thread(self._model_ready, nlp)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Anything unexpected while loading still leaves a desk for manual annotation."""
        if event.worker.group == "model" and event.state == WorkerState.ERROR:
            self._model_missing(f"model {self.settings.model!r} failed to load: {event.worker.error}")

    def _model_ready(self, nlp: Language) -> None:
        self.nlp = nlp
        self.model_error = None
        self.model_state = "ready"
        self._tell_screens(ModelLoaded)

    def _model_missing(self, reason: str) -> None:
        self.model_error = reason
        self.model_state = "missing"
        self.notify(escape(reason), title="No suggestions", severity="warning", timeout=10)
        self._tell_screens(lambda: ModelMissing(reason))

    def _tell_screens(self, make: type[Message] | Any) -> None:
        """Every screen in the stack hears it, so an article under a modal does not miss it."""
        for screen in self.screen_stack:
            screen.post_message(make())


def article_screen_class() -> type[ArticleScreen]:
    """The article screen, imported on first use (it pulls in the editing service)."""
    from annotator.tui.screens.article import ArticleScreen

    return ArticleScreen


def _with_guess(name: str, ids: set[str]) -> str:
    """An unknown keymap id, with the real ids it probably meant ("accept" -> "article.accept")."""
    guesses = sorted(i for i in ids if i.endswith("." + name))
    return f"{name} (did you mean {' or '.join(guesses)}?)" if guesses else name
