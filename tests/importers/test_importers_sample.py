"""The bundled sample loads once, with headline titles, outlets and one story key."""

from __future__ import annotations

from conftest import SAMPLE_DIR as SAMPLE

from annotator.importers.sample import STORY_KEY, load_sample, sample_files
from annotator.importers.text_files import read_text_file
from annotator.store import SqliteStore


def test_sample_loads_once_with_real_titles_and_outlets(mem_store: SqliteStore) -> None:
    assert len(sample_files()) == 5
    assert load_sample(mem_store) == 5
    assert load_sample(mem_store) == 0
    docs = mem_store.documents()
    assert [(d.outlet, d.title) for d in docs] == [
        ("Financial Times", "Moscow threatens to expel US diplomats"),
        ("Bloomberg", "Russia Turns Up the Heat on Trump Over Seized Property"),
        ("RFE/RL", "After Retaliating Against U.S. Sanctions, Moscow Says Cooperation Still Possible"),
        ("Press TV", "Russia defends slashing US diplomats as Putin warns further retaliation"),
        ("CNBC", "Russia threatens retaliatory measures over seized US mansions"),
    ]
    assert {d.story_key for d in docs} == {STORY_KEY}
    # The first line is never body, even when the sidecar names the title: the stored
    # text is exactly what read_text_file (and so the sample gold) sees.
    assert docs[2].text.startswith("\nBreaking News")
    assert [d.text for d in docs] == [read_text_file(SAMPLE / f"{d.id}.txt").text for d in docs]
    assert all(d.meta["source_file"] == f"{d.id}.txt" for d in docs)
