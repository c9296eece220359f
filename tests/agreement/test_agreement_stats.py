"""Pace from the decision log, the model's precision as editors judged it, and the stats report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from rich.console import Console

from annotator.agreement.stats import render_stats, stats_report
from annotator.core.models import Decision, Document, Entity, Unit
from annotator.store import Layer, SqliteStore
from annotator.timing import model_precision, pace

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def at(seconds: float, who: str, action: str = "accept", doc: str = "d1", status: str | None = None) -> Decision:
    return Decision(
        doc_id=doc,
        annotator=who,
        action=action,
        at=T0 + timedelta(seconds=seconds),
        after={"status": status} if status else {"x": 1},
    )


def test_pace_counts_active_time_and_leaves_out_breaks() -> None:
    log = [
        at(0, "ana"),
        at(4, "ana"),
        at(10, "ana"),
        at(10.01, "ana", "edit"),  # same key press as the one before: one action
        at(12, "ana", "status", status="done"),
        at(2000, "ana", doc="d2"),  # after a break of over 5 minutes
        at(2006, "ana", doc="d2"),
        at(2010, "ana", "status", doc="d2", status="done"),
        at(0, "ben"),
    ]
    result = pace(log)
    ana = result["ana"]
    assert ana.actions == 5
    assert ana.active_seconds == pytest.approx(12 + 6 + 4)
    assert ana.documents_done == 2
    assert ana.seconds_per_decision == pytest.approx(22 / 5)
    assert ana.articles_per_hour == pytest.approx(2 * 3600 / 22)
    assert result["ben"].active_seconds == 0 and result["ben"].articles_per_hour is None


def test_a_document_reopened_after_done_is_not_done() -> None:
    log = [at(0, "ana", "status", status="done"), at(5, "ana", "status", status="in_progress")]
    assert pace(log)["ana"].documents_done == 0


def test_model_precision_strict_and_lenient() -> None:
    out = model_precision({"PERSON": {"accepted": 6, "edited": 2, "rejected": 2}, "DATE": {"added": 3}})
    assert out["PERSON"] == {
        "accepted": 6,
        "corrected": 2,
        "rejected": 2,
        "judged": 10,
        "precision": 0.6,
        "lenient_precision": 0.8,
    }
    assert out["DATE"]["precision"] is None


def test_stats_report_on_a_store(mem_store: SqliteStore) -> None:
    store = mem_store
    store.insert_documents([Document(id="d1", text="Lavrov met Tillerson in Moscow.")])
    sugg = store.add_units(
        Layer.suggestions_name("sm", "1"),
        [
            Unit(doc_id="d1", body=Entity(start=s, end=e, label=lab))
            for s, e, lab in ((0, 6, "PERSON"), (11, 20, "PERSON"), (24, 30, "GPE"))
        ],
    )
    # ana accepts Lavrov, corrects Tillerson's label, rejects Moscow; ben accepts all three
    choices = {"ana": [("accepted", "PERSON"), ("edited", "ORG"), ("rejected", "GPE")], "ben": [("accepted", None)] * 3}
    spans = [(0, 6, "PERSON"), (11, 20, "PERSON"), (24, 30, "GPE")]
    for who, picks in choices.items():
        for origin, (s, e, lab), (state, new) in zip(sugg, spans, picks):
            unit = Unit(doc_id="d1", body=Entity(start=s, end=e, label=new or lab), state=state, origin_id=origin)
            store.decide([Decision(doc_id="d1", annotator=who, action="accept", after=unit.model_dump())])
        store.set_status("d1", who, "done")
    report = stats_report(store)
    assert report["suggestions"]["PERSON"]["accepted"] == 3 and report["suggestions"]["PERSON"]["corrected"] == 1
    assert report["suggestions"]["GPE"] == {
        "accepted": 1,
        "corrected": 0,
        "rejected": 1,
        "judged": 2,
        "precision": 0.5,
        "lenient_precision": 0.5,
    }
    assert set(report["pace"]) == {"ana", "ben"} and report["pace"]["ana"]["documents_done"] == 1
    agreement = report["agreement"]
    assert agreement["annotators"] == ["ana", "ben"]
    assert agreement["entity_strict_f1"] == pytest.approx(2 * 1 / (2 + 3))  # ana kept 2 (one relabelled), ben 3
    out = StringIO()
    render_stats(report, Console(file=out, width=120))
    text = out.getvalue()
    assert "Pace" in text and "Model suggestions" in text and "Agreement: ana, ben" in text
