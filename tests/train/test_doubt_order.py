"""Doubt first: undone documents ordered by the model's lowest (or mean) confidence, paged by key."""

from __future__ import annotations

from article_data import LAYER

from annotator.core.models import Document, Entity, Unit
from annotator.desk import Desk, doubt_rank
from annotator.store import SqliteStore


def _scored(store: SqliteStore, doc_id: str, scores: list[float | None]) -> None:
    text = f"Paris and Berlin and Rome {doc_id}."
    store.insert_documents([Document(id=doc_id, text=text)])
    spans = [(0, 5), (10, 16), (21, 25)]
    store.add_units(
        LAYER,
        [Unit(doc_id=doc_id, body=Entity(start=s, end=e, label="GPE"), score=sc) for (s, e), sc in zip(spans, scores)],
    )
    store.mark_layer_done(LAYER, [doc_id])


def _corpus(store: SqliteStore) -> None:
    _scored(store, "sure", [0.95, 0.9, 0.99])
    _scored(store, "one-doubt", [0.3, 0.99, 0.99])  # min 0.30, mean 0.76
    _scored(store, "all-middling", [0.6, 0.6, 0.6])  # min 0.60, mean 0.60
    _scored(store, "unscored", [None, None, None])
    _scored(store, "finished", [0.1, 0.1, 0.1])
    store.set_status("finished", "ann", "done")


def test_least_sure_first_and_done_left_out(mem_store: SqliteStore) -> None:
    _corpus(mem_store)
    rows = mem_store.queue("ann", order="doubt")
    assert [r.id for r in rows] == ["one-doubt", "all-middling", "sure", "unscored"]
    assert [r.doubt for r in rows] == [0.3, 0.6, 0.9, None]
    mean = mem_store.queue("ann", order="doubt-mean")
    assert [r.id for r in mean] == ["all-middling", "one-doubt", "sure", "unscored"]
    assert [r.id for r in mem_store.queue("ann")][:1] == ["sure"]  # corpus order is unchanged


def test_paging_by_key_walks_every_row_once_both_ways(mem_store: SqliteStore) -> None:
    _corpus(mem_store)
    seen, key = [], None
    while rows := mem_store.queue("ann", order="doubt", limit=1, after_key=key):
        seen.append(rows[0].id)
        key = rows[0].doubt_key
    assert seen == ["one-doubt", "all-middling", "sure", "unscored"]
    back = mem_store.queue("ann", order="doubt", before_seq=2**62, limit=2)
    assert [r.id for r in back] == ["sure", "unscored"]
    earlier = mem_store.queue("ann", order="doubt", before_key=back[0].doubt_key, limit=5)
    assert [r.id for r in earlier] == ["one-doubt", "all-middling"]


def test_scores_changed_later_count_once_refreshed(mem_store: SqliteStore) -> None:
    _corpus(mem_store)
    layer_id = mem_store.layer(LAYER).id
    with mem_store.transaction():  # as a later scoring pass would write them
        mem_store.conn.execute("UPDATE units SET score = 0.05 WHERE doc_id = 'sure' AND layer_id = ?", (layer_id,))
    assert mem_store.queue("ann", order="doubt", limit=1)[0].id == "one-doubt"  # not refreshed yet
    mem_store.refresh_doubt(LAYER, ["sure"])
    assert mem_store.queue("ann", order="doubt", limit=1)[0].id == "sure"


def test_a_page_in_doubt_order_is_an_index_walk(mem_store: SqliteStore) -> None:
    _corpus(mem_store)
    sql_seen: list[str] = []
    mem_store.conn.set_trace_callback(sql_seen.append)
    mem_store.queue("ann", order="doubt", limit=2)
    mem_store.conn.set_trace_callback(None)
    page_sql = next(q for q in sql_seen if "FROM layer_docs x" in q)
    plan = " ".join(str(r) for r in mem_store.conn.execute("EXPLAIN QUERY PLAN " + page_sql.replace("?", "'ann'", 2)))
    assert "layer_docs_doubt_min" in plan and "TEMP B-TREE" not in plan


def test_the_article_steps_through_its_least_sure_suggestions(mem_store: SqliteStore) -> None:
    _scored(mem_store, "d", [0.8, 0.2, 0.5])
    desk = Desk(mem_store, "ann")
    state = desk.load("d")
    order = [state.text[v.span.start : v.span.end] for v in state.least_sure()]
    assert order == ["Berlin", "Rome", "Paris"]
    first = state.next_least_sure(None)
    second = state.next_least_sure(doubt_rank(first))
    assert [state.text[v.span.start : v.span.end] for v in (first, second)] == ["Berlin", "Rome"]
    desk.accept(second)  # decided: no longer in the order, and the walk goes on after it
    assert [v.key for v in desk.state.least_sure()] == [first.key, desk.state.next_least_sure(doubt_rank(second)).key]
    assert desk.state.text[desk.state.next_least_sure(doubt_rank(second)).span.start :].startswith("Paris")


def test_docs_order_doubt_lists_confidence_and_pages_on(mem_store: SqliteStore, tmp_path, capsys) -> None:
    from annotator.cli import main

    _corpus(mem_store)
    db = tmp_path / "c.db"
    mem_store.conn.execute(f"VACUUM INTO '{db}'")
    assert main(["--db", str(db), "--annotator", "ann", "docs", "--order", "doubt", "--limit", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["#", "id", "status"] and "conf" in out[0]
    assert [line.split()[1] for line in out[1:3]] == ["one-doubt", "all-middling"]
    assert out[3].startswith("more: annotator docs --after-doubt 0.6 --after-id") and "--order doubt" in out[3]
    more = [w.strip('"') for w in out[3].removeprefix("more: annotator docs ").split()]
    assert main(["--db", str(db), "--annotator", "ann", "docs", *more]) == 0
    assert [line.split()[1] for line in capsys.readouterr().out.splitlines()[1:]] == ["sure", "unscored"]


def test_the_models_table_comes_with_a_named_migration(tmp_path) -> None:
    from annotator.store import LATEST, open_store
    from annotator.store.migrations import MIGRATIONS

    migration = next(m for m in MIGRATIONS if m.name == "trained models and doubt")
    assert migration.version <= LATEST
    store = open_store(tmp_path / "c.db")
    assert store.models() == []
    store.close()
