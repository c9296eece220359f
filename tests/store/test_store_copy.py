"""`annotator db copy`: a whole corpus moves, table for table, and exports the same files after."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from store_helpers import accept, add, boilerplate, delete, doc, edit, entity, event, quote

from annotator.cli import main
from annotator.core.errors import UserError
from annotator.core.models import Document
from annotator.export.formats import FORMATS
from annotator.export.runner import run_export
from annotator.store import GOLD, SqliteStore, open_store
from annotator.store.base import ModelRecord
from annotator.store.copy import COPY_ORDER, CopyError, copy_corpus

# Code points that are not bytes: astral (emoji with ZWJ), combining marks, right-to-left.
TRICKY = "😀 Ana\u0301 met 👩\u200d👩\u200d👧 in Zu\u0308rich; שלום said «no». 𝔘𝔫𝔦"

SUGG = "suggestions:en_core_web_sm@3.8.0"


def build_corpus(store: SqliteStore) -> None:
    """Something in every table: documents (one awkward), suggestions with scores and a done
    mark, gold of every kind, two annotators' accepts, edits, deletes, undo and redo, statuses,
    assignments, a model, a failure, a cursor."""
    docs = [doc(i).model_copy(update={"id": f"d{i}"}) for i in range(4)]
    docs.append(Document(id="tricky", title="Tricky 😀", text=TRICKY))
    store.insert_documents(docs)
    sugg = [entity("d0", 0, 13, "PERSON", score=0.9), entity("d0", 37, 42, "GPE", score=0.4)]
    store.add_units(SUGG, sugg)
    store.mark_layer_done(SUGG, ["d0", "d1"])
    zu = TRICKY.index("Zu")
    gold = [entity("tricky", zu, zu + 7, "GPE"), entity("tricky", 2, 6, "PERSON"), entity("tricky", 11, 16, "NORP")]
    gold += [quote("d3"), event("d3"), boilerplate("d3"), entity("d3", 0, 13)]
    store.add_units(GOLD, [u.model_copy(update={"state": "accepted"}) for u in gold])
    suggestions = store.units("d0", SUGG)
    accept(store, suggestions[0], "ann")
    accept(store, suggestions[1], "bob")
    added = add(store, entity("d1", 0, 4, "ORG"), "ann")
    unit = store.unit(added.unit_id)
    assert unit is not None
    edit(store, unit, "ann", label="PERSON")
    store.undo("d1", "ann")
    store.redo("d1", "ann")
    gone = add(store, entity("d2", 0, 4, "ORG"), "ann")
    removed = store.unit(gone.unit_id)
    assert removed is not None
    delete(store, removed, "ann")
    store.undo("d2", "ann")  # the unit comes back under its id
    store.set_status("d0", "ann", "done")
    store.set_status("d0", "bob", "done", flagged=True, note="check «this»")
    store.set_focus("d1", "ann", added.unit_id)
    store.assign([("d0", "ann"), ("d0", "bob"), ("d1", "ann")])
    store.register_model(
        ModelRecord("news", "1", "/models/news-1", "en_core_web_sm", GOLD, 3, 1, {"trained": {"f": 0.5}})
    )
    store.record_suggest_failures(SUGG, [("d3", "boom")])


def table_rows(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table in COPY_ORDER:
        cur = conn.execute(f"SELECT * FROM {table} LIMIT 0")
        cols = [d[0] for d in cur.description if d[0] != "search"]
        names = ", ".join(f'"{c}"' for c in cols)
        out[table] = sorted(
            (tuple(r) for r in conn.execute(f"SELECT {names} FROM {table}")), key=lambda r: [repr(v) for v in r]
        )
    return out


def exports(store: SqliteStore, folder: Path) -> dict[str, bytes]:
    """Every format of every layer the store has, as bytes per file."""
    out: dict[str, bytes] = {}
    for fmt in FORMATS:
        for layer in ("gold", "annotator:ann", SUGG, "all"):
            target = folder / f"{fmt}-{layer.replace(':', '_')}"
            try:
                run_export(store, fmt=fmt, layer=layer, out=target)
            except Exception as exc:  # a format that cannot export a layer must refuse alike on both sides
                out[target.name] = f"refused: {exc}".encode()
                continue
            files = [target] if target.is_file() else sorted(p for p in target.rglob("*") if p.is_file())
            for f in files:
                out[str(f.relative_to(folder))] = f.read_bytes()
    return out


@pytest.fixture
def corpus(tmp_path: Path) -> SqliteStore:
    store = open_store(tmp_path / "src.db")
    build_corpus(store)
    yield store
    store.close()


def test_copy_sqlite_to_sqlite_keeps_every_row_and_export(corpus: SqliteStore, tmp_path: Path) -> None:
    target = open_store(tmp_path / "dst.db")
    copied = copy_corpus(corpus.conn, target.conn, source_name="src.db", target_name="dst.db")
    assert copied["decisions"] > 10 and copied["units"] > 10
    assert table_rows(target.conn) == table_rows(corpus.conn)
    assert exports(target, tmp_path / "b") == exports(corpus, tmp_path / "a")
    # The undo history works on the copy, and a new unit never takes an id the log names.
    undone_src, undone_dst = corpus.undo("d2", "ann"), target.undo("d2", "ann")
    assert [d.before for d in undone_dst] == [d.before for d in undone_src] and undone_src
    seq = "SELECT seq FROM sqlite_sequence WHERE name = 'units'"
    assert target.conn.execute(seq).fetchone() == corpus.conn.execute(seq).fetchone()
    new_src = add(corpus, entity("d3", 0, 4), "ann")
    new_dst = add(target, entity("d3", 0, 4), "ann")
    assert new_src.unit_id == new_dst.unit_id
    target.close()


def test_copy_refuses_a_target_holding_a_corpus(corpus: SqliteStore, tmp_path: Path) -> None:
    target = open_store(tmp_path / "dst.db")
    target.insert_documents([Document(id="mine", text="Mine.")])
    before = table_rows(target.conn)
    with pytest.raises(CopyError, match="already holds a corpus"):
        copy_corpus(corpus.conn, target.conn, source_name="src.db", target_name="dst.db")
    assert table_rows(target.conn) == before
    copy_corpus(corpus.conn, target.conn, source_name="src.db", target_name="dst.db", replace=True)
    assert table_rows(target.conn) == table_rows(corpus.conn)
    target.close()


def test_cli_db_copy_with_progress_and_refusals(corpus: SqliteStore, tmp_path: Path, capsys) -> None:
    src, dst = str(tmp_path / "src.db"), str(tmp_path / "dst.db")
    assert main(["db", "copy", src, dst]) == 0
    out, err = capsys.readouterr()
    assert "copied" in out and "5 documents" in out
    assert "copy" in err  # the progress bar, on stderr
    assert main(["db", "copy", src, dst]) == UserError.exit_code
    assert "already holds a corpus" in capsys.readouterr().err
    assert main(["db", "copy", src, dst, "--replace"]) == 0
    assert main(["db", "copy", src, src]) == UserError.exit_code
    assert "same corpus" in capsys.readouterr().err
    # Into a file that is no corpus: refused, the file untouched.
    (tmp_path / "notes.txt").write_text("not a database")
    assert main(["db", "copy", src, str(tmp_path / "notes.txt")]) == UserError.exit_code
    assert (tmp_path / "notes.txt").read_text() == "not a database"
    check = sqlite3.connect(dst)
    assert check.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


# -- through PostgreSQL -------------------------------------------------------------------------


def test_copy_sqlite_to_postgres_and_back_keeps_every_row_and_export(
    corpus: SqliteStore, pg_url: str, tmp_path: Path
) -> None:
    """SQLite -> PostgreSQL -> SQLite: the file that comes back exports the same bytes in every format."""
    from annotator.store.pg_conn import PgConnection

    pg = PgConnection(pg_url)
    copy_corpus(corpus.conn, pg, source_name="src.db", target_name=pg_url)
    assert table_rows(pg) == table_rows(corpus.conn)
    back = open_store(tmp_path / "back.db")
    copy_corpus(pg, back.conn, source_name=pg_url, target_name="back.db")
    assert table_rows(back.conn) == table_rows(corpus.conn)
    assert exports(back, tmp_path / "b") == exports(corpus, tmp_path / "a")
    # Ids on PostgreSQL continue after the highest the source ever handed out.
    nxt = pg.execute("SELECT nextval(pg_get_serial_sequence('units', 'id'))").fetchone()[0]
    high = corpus.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'units'").fetchone()[0]
    assert nxt == high + 1
    back.close()
    pg.close()


def test_copy_to_postgres_refuses_a_text_holding_nul_by_name(tmp_path: Path, pg_url: str) -> None:
    from annotator.store.pg_conn import PgConnection

    store = open_store(tmp_path / "nul.db")
    store.insert_documents([Document(id="ok", text="clean"), Document(id="has-nul", text="bad\x00byte")])
    pg = PgConnection(pg_url)
    with pytest.raises(CopyError, match="document 'has-nul' holds a NUL"):
        copy_corpus(store.conn, pg, source_name="nul.db", target_name=pg_url)
    assert pg.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert pg.execute("SELECT count(*) FROM label_schemas").fetchone()[0] == 0  # as it was: none yet


def test_postgres_store_exports_what_its_sqlite_source_exports(
    corpus: SqliteStore, pg_url: str, tmp_path: Path
) -> None:
    """db copy SQLite -> PostgreSQL, then every format exported from the PostgreSQL store itself."""
    assert main(["db", "copy", str(tmp_path / "src.db"), pg_url]) == 0
    pg = open_store(pg_url)
    try:
        assert table_rows(pg.conn) == table_rows(corpus.conn)
        assert exports(pg, tmp_path / "pg") == exports(corpus, tmp_path / "lite")
        undone = [d.before for d in pg.undo("d2", "ann")]  # the undo history came along
        assert undone and undone == [d.before for d in corpus.undo("d2", "ann")]
    finally:
        pg.close()
