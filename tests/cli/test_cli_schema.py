"""`annotator schema show|load`: round trip, orphan refusal and label mapping."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from cli_helpers import cli

from annotator.core.models import Document, Entity, Event, Span, Unit
from annotator.core.schema import default_schema
from annotator.store import Layer, open_store

TEXT = "Putin met Trump in Hamburg."


@pytest.fixture
def annotated(db_path: Path) -> Path:
    store = open_store(db_path)
    store.insert_documents([Document(id="d", text=TEXT)])
    store.add_units(
        Layer.annotator_name("ann"),
        [
            Unit(doc_id="d", body=Entity(start=0, end=5, label="PERSON")),
            Unit(doc_id="d", body=Entity(start=10, end=15, label="PERSON")),
            Unit(doc_id="d", body=Entity(start=19, end=26, label="GPE")),
            Unit(
                doc_id="d",
                body=Event(
                    trigger=Span(start=6, end=9),
                    type="Contact.Meet",
                    arguments={"Entity": Span(start=0, end=5), "Place": Span(start=19, end=26)},
                ),
            ),
        ],
    )
    store.close()
    return db_path


def _schema_without(
    tmp_path: Path,
    *,
    drop_label: str | None = None,
    rename_role: tuple[str, str] | None = None,
    add: str | None = "PER",
) -> Path:
    data = json.loads(default_schema().model_dump_json())
    if drop_label:
        data["entity_labels"] = [e for e in data["entity_labels"] if e["name"] != drop_label]
        data["model_labels"] = {k: v for k, v in data["model_labels"].items() if v != drop_label}
        if add:
            data["entity_labels"].append({"name": add, "description": "people"})
    if rename_role:
        for etype in data["event_types"]:
            if etype["name"] == "Contact.Meet":
                for key in ("roles", "required"):
                    etype[key] = [rename_role[1] if r == rename_role[0] else r for r in etype[key]]
    path = tmp_path / "new.json"
    path.write_text(json.dumps(data), "utf-8")
    return path


def _labels(db: Path) -> list[tuple[str, str, list[str]]]:
    store = open_store(db)
    try:
        units = store.units("d", Layer.annotator_name("ann"))
        return [
            (u.kind, u.body.label if u.kind == "entity" else u.body.type, sorted(getattr(u.body, "arguments", {})))
            for u in units
        ]
    finally:
        store.close()


def test_show_prints_toml_that_load_reads_back(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = cli(capsys, db_path, "schema", "show")
    assert code == 0 and "does not exist yet" in err and not db_path.exists()
    shown = tomllib.loads(out)
    expected = json.loads(default_schema().model_dump_json())
    assert {k: v for k, v in shown.items() if k != "version"} == {k: v for k, v in expected.items() if k != "version"}
    (tmp_path / "s.toml").write_text(out, "utf-8")
    code, out, _ = cli(capsys, db_path, "schema", "load", str(tmp_path / "s.toml"))
    assert code == 0 and "schema version 2 stored" in out
    code, out, _ = cli(capsys, db_path, "schema", "show", "--json")
    assert json.loads(out)["version"] == 2


def test_load_refuses_to_orphan_and_changes_nothing(
    annotated: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    code, _, err = cli(capsys, annotated, "schema", "load", str(_schema_without(tmp_path, drop_label="PERSON")))
    assert code == 2
    assert "entity 'PERSON' (2)" in err and "--map" in err
    _, out, _ = cli(capsys, annotated, "schema", "show", "--json")
    assert json.loads(out)["version"] == 1
    assert [k for k, label, _ in _labels(annotated) if label == "PERSON"] == ["entity", "entity"]


def test_load_with_mapping_relabels_and_deletes(annotated: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    new = _schema_without(tmp_path, drop_label="PERSON", rename_role=("Entity", "Actor"))
    code, out, _ = cli(
        capsys, annotated, "schema", "load", str(new), "--map", "PERSON=PER", "--map", "Contact.Meet:Entity=Actor"
    )
    assert code == 0 and "PERSON: 2 now PER annotations" in out
    assert sorted(_labels(annotated)) == [
        ("entity", "GPE", []),
        ("entity", "PER", []),
        ("entity", "PER", []),
        ("event", "Contact.Meet", ["Actor", "Place"]),
    ]
    code, out, _ = cli(
        capsys,
        annotated,
        "schema",
        "load",
        str(_schema_without(tmp_path, drop_label="PERSON", rename_role=("Entity", "Actor"), add=None)),
        "--map",
        "PER=",
    )
    assert code == 0 and "PER: deleted 2 annotations" in out
    assert [label for _, label, _ in _labels(annotated)] == ["Contact.Meet", "GPE"]


@pytest.mark.parametrize(
    ("maps", "message"),
    [
        (["PERSON"], "write OLD=NEW"),
        (["=X"], "write OLD=NEW"),
        (["PERSON=NOPE"], "'NOPE' is not a label"),
        (["Contact.Meet:Entity=Boss"], "Contact.Meet has no role 'Boss'"),
        (["PERSON=PER", "PERSON=ORG"], "mapped twice"),
    ],
)
def test_bad_mappings_are_refused(
    maps: list[str], message: str, annotated: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    args = [x for m in maps for x in ("--map", m)]
    code, _, err = cli(capsys, annotated, "schema", "load", str(_schema_without(tmp_path, drop_label="PERSON")), *args)
    assert code == 2 and message in err


def test_bad_schema_file(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('version = 1\nentity_labels = [{name = "A"}, {name = "A"}]\nevent_types = []\n', "utf-8")
    code, _, err = cli(capsys, db_path, "schema", "load", str(bad))
    assert code == 2 and str(bad) in err and "unique" in err
    code, _, err = cli(capsys, db_path, "schema", "load", str(tmp_path / "missing.toml"))
    assert code == 2 and "cannot read" in err
