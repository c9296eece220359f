"""Guideline cards: the schema's definition and up to three of the corpus's own examples, gold first."""

from __future__ import annotations

from annotator.core.models import Decision, Document, Entity, Unit
from annotator.core.schema import LabelSchema, default_schema
from annotator.guidelines import cards
from annotator.store import GOLD, Layer, open_store

TEXT = "Maria Zakharova spoke. Sergei Lavrov spoke. Dmitry Peskov spoke. Vladimir Putin spoke."


def person(name: str) -> Entity:
    start = TEXT.index(name)
    return Entity(start=start, end=start + len(name), label="PERSON")


def store_with_units():
    store = open_store(None)
    store.insert_documents([Document(id="d", text=TEXT)])
    return store


def add_mine(store, name: str, state: str = "accepted") -> None:
    unit = Unit(doc_id="d", body=person(name), state=state, source="annotator")
    store.decide([Decision(doc_id="d", annotator="ana", action="add", after=unit.model_dump(mode="json"))])


def test_the_definition_comes_from_the_schema_and_follows_a_schema_load() -> None:
    store = store_with_units()
    assert cards(store, "entity")["PERSON"].definition.startswith("People")
    assert cards(store, "quote")["partial"].definition.startswith("A few quoted words")
    data = default_schema().model_dump()
    data["entity_labels"][0]["description"] = "Named people only; never a pronoun"
    store.set_schema(LabelSchema.model_validate(data))
    assert cards(store, "entity")["PERSON"].definition == "Named people only; never a pronoun"


def test_before_gold_the_examples_are_accepted_units_never_suggestions_or_rejections() -> None:
    store = store_with_units()
    store.add_units("suggestions:m@1", [Unit(doc_id="d", body=person("Vladimir Putin"))])
    add_mine(store, "Sergei Lavrov")
    add_mine(store, "Dmitry Peskov", state="rejected")
    [example] = cards(store, "entity")["PERSON"].examples
    assert example.text == "Sergei Lavrov" and example.layer == Layer.annotator_name("ana")
    assert (
        example.line()
        == "…Maria Zakharova spoke. [Sergei Lavrov] spoke. Dmitry Peskov spoke. Vladimir Pu… (annotator:ana)"
    )


def test_gold_examples_come_first_and_there_are_at_most_three() -> None:
    store = store_with_units()
    for name in ("Maria Zakharova", "Sergei Lavrov", "Dmitry Peskov"):
        add_mine(store, name)
    store.add_units(GOLD, [Unit(doc_id="d", body=person("Vladimir Putin"), state="accepted")])
    examples = cards(store, "entity")["PERSON"].examples
    assert [e.text for e in examples] == ["Vladimir Putin", "Maria Zakharova", "Sergei Lavrov"]
    assert examples[0].layer == GOLD


def test_a_label_without_examples_says_how_it_gets_some() -> None:
    card = cards(store_with_units(), "entity")["LAW"]
    assert card.lines()[1] == "  no examples yet (gold, or units annotators accepted, become examples)"
