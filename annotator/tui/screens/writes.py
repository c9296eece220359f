"""Writes from an editing screen that never freeze it: a busy database makes a write wait in a worker.

A desk write first waits a few milliseconds for the lock (`Desk.patience_s`). When another
process holds it longer (a large import, a long suggest run), the desk raises
`WriteWaiting`; the screen then says it is waiting, in one line, and runs the write in a
thread worker on its own connection (sqlite3 connections belong to their thread). Keys
that only move stay live; a second edit is refused until the first has landed, so edits
keep their order. The change is shown only once its commit has returned; a write that
finally fails (lock never freed, disk full, read-only) is reported in the same line, and
nothing is shown as saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from textual import work
from textual.widgets import Static

from annotator.core.display import one_line as display_one_line
from annotator.desk import WriteWaiting, write_on_own_connection
from annotator.errors import UserError
from annotator.store.base import StoreWriteError

if TYPE_CHECKING:
    from annotator.tui.app import AnnotatorApp

T = TypeVar("T")
WAITING = "waiting for the database: another process is writing; your change shows once it is saved"
STILL_WAITING = "still waiting for the database: that key was not applied (your last change is not saved yet)"


def one_line(text: str, width: int = 160) -> str:
    """An error as one short line (no traceback, no record dumped), controls made visible."""
    first = " ".join(display_one_line(str(text)).split())
    return first if len(first) <= width else first[: width - 1] + "…"


def from_thread(app: AnnotatorApp, fn: Callable[..., None], *args: Any) -> None:
    """Run `fn` on the app's thread from a worker's; nothing when the app has gone meanwhile."""
    try:
        app.call_from_thread(fn, *args)
    except RuntimeError:
        pass  # the app has gone: nothing left to show


class WaitingWrites:
    """Mixed into the article and review-document screens: `run_write` for every write they make."""

    waiting: WriteWaiting[Any, Any] | None = None
    _write_line_shown: bool = False
    _refused: bool = False  # a key was refused during this wait: the line keeps saying so
    app: AnnotatorApp

    # Provided by the screen (and the flows mixin): declared, not defined, so Screen's own win.
    prompt_line: Callable[[], Static]
    show_selection: Callable[[], None]
    notify: Callable[..., Any]

    def run_write(self, action: Callable[[], T], then: Callable[[T], None]) -> None:
        """Run `action` (a desk write) now, or in a worker when the database is busy; `then` shows it."""
        if self.refuse_while_waiting():
            return
        try:
            result = action()
        except WriteWaiting as pending:
            self._wait_for(pending, then)
            return
        except StoreWriteError as exc:
            self.show_write_line(one_line(str(exc)))
            return
        except UserError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.clear_write_line()
        then(result)

    def refuse_while_waiting(self) -> bool:
        """True (and says why) when a write is still waiting: leaving now would drop it from view."""
        if self.waiting is None:
            return False
        self._refused = True
        self.show_write_line(STILL_WAITING)
        self.app.bell()
        return True

    def show_write_line(self, text: str) -> None:
        prompt = self.prompt_line()
        prompt.display = True
        prompt.update(text)
        self._write_line_shown = True

    def clear_write_line(self) -> None:
        if self._write_line_shown:
            self._write_line_shown = False
            self.prompt_line().display = False
            self.show_selection()  # the selection's help comes back if one is open

    @work(thread=True, exit_on_error=False, group="db-write", name="write when the database is free")
    def _write_later(self, pending: WriteWaiting[Any, Any], then: Callable[[Any], None]) -> None:
        try:
            result = write_on_own_connection(
                self.app.store, pending.write, lambda seconds: self._from_thread(self._still_waiting, seconds)
            )
        except StoreWriteError as exc:
            self._from_thread(self._write_failed, one_line(str(exc)))
            return
        self._from_thread(self._write_landed, pending, result, then)

    def _from_thread(self, fn: Callable[..., None], *args: Any) -> None:
        from_thread(self.app, fn, *args)

    def _still_waiting(self, seconds: float) -> None:
        if self.waiting is not None:
            self.show_write_line(f"{STILL_WAITING if self._refused else WAITING} ({seconds:.1f} s)")

    def _write_failed(self, message: str) -> None:
        self.waiting = None
        self.show_write_line(message)

    def _write_landed(self, pending: WriteWaiting[Any, Any], result: Any, then: Callable[[Any], None]) -> None:
        self.waiting = None
        try:
            shown = pending.finish(result)
        except WriteWaiting as more:  # finishing needs a write of its own (done, then a claim) and it waits too
            self._wait_for(more, then)
            return
        except StoreWriteError as exc:
            self.show_write_line(one_line(str(exc)))
            return
        self.clear_write_line()
        then(shown)

    def _wait_for(self, pending: WriteWaiting[Any, Any], then: Callable[[Any], None]) -> None:
        self.waiting, self._refused = pending, False
        self.show_write_line(WAITING)
        self._write_later(pending, then)
