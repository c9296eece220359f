"""search_documents: the full-text candidates for a mention (C's corpus-wide consistency), paged by seq."""

from __future__ import annotations

from annotator.core.models import Document
from annotator.store import SqliteStore


def test_search_documents_finds_every_word_in_seq_order_and_pages(mem_store: SqliteStore) -> None:
    store = mem_store
    store.insert_documents(
        [
            Document(id="a", title="Talks", text="Sergei Lavrov met Rex Tillerson."),
            Document(id="b", title="Moscow", text="Lavrov spoke."),
            Document(id="c", title="U.S. Embassy", text="Russia's envoy and Lavrov."),
            Document(id="d", title="Other", text="Nothing of him."),
        ]
    )
    assert [d for _, d in store.search_documents("Lavrov")] == ["a", "b", "c"]
    assert [d for _, d in store.search_documents("Sergei Lavrov")] == ["a"]
    assert [d for _, d in store.search_documents("Russia's")] == ["c"]
    assert [d for _, d in store.search_documents("U.S.")] == ["c"]  # the title counts too
    first = store.search_documents("Lavrov", limit=2)
    assert [d for _, d in first] == ["a", "b"]
    assert [d for _, d in store.search_documents("Lavrov", after_seq=first[-1][0])] == ["c"]
    assert store.search_documents("  ") == []
    assert store.search_documents('" OR 1') == []  # user text is never query syntax
