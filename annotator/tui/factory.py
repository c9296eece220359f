"""The one factory the CLI and the tests use to build the app from settings and a store."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from annotator.config import Settings
from annotator.core.names import name_problem
from annotator.errors import UserError
from annotator.store import AnyStore, NewerDatabaseError, can_write, open_store
from annotator.store.location import is_server
from annotator.tui.app import AnnotatorApp


def build_app(settings: Settings, store: AnyStore | None = None, *, load_model: bool = True) -> AnnotatorApp:
    """The app on `store`, or on `settings.db` (created with the sample articles on first run).

    With no annotator in the settings the app asks for a name once and remembers it.
    """
    if store is None:
        store = open_first_run(settings.db)
    name = settings.annotator or ""
    if name and name_problem(name) is not None:  # an old settings file's name: asked again, by the one rule
        name = ""
    return AnnotatorApp(store, settings, name, load_model=load_model)


def open_first_run(target: str | Path) -> AnyStore:
    """Open the database; a new file gets the bundled sample articles, so the desk opens on real
    text. A team's server database is filled by its admin (`annotator import`, `db copy`)."""
    if is_server(str(target)):
        try:
            return open_store(str(target))
        except NewerDatabaseError as exc:
            raise UserError(str(exc)) from None
    path = Path(target)
    new = not path.exists()
    try:
        # A corpus on read-only media opens for reading; the desk says so and saves nothing.
        store = open_store(path, read_only=not new and not can_write(path))
    except NewerDatabaseError as exc:
        raise UserError(str(exc)) from None
    if new:
        load_samples(store)
    return store


def load_samples(store: AnyStore) -> int:
    """The sample articles, through the importer's loader when it is there."""
    try:
        from annotator.importers.sample import load_sample
    except ModuleNotFoundError as exc:
        if exc.name != "annotator.importers.sample":
            raise
        return _read_samples(store)
    return load_sample(store)


def _read_samples(store: AnyStore) -> int:
    from annotator.importers.text_files import read_text_file

    folder = files("annotator.data") / "sample"
    paths = sorted((p for p in folder.iterdir() if p.name.endswith(".txt")), key=lambda p: p.name)
    docs = [read_text_file(Path(str(p))) for p in paths]
    return len(store.insert_documents(docs).inserted)
