"""Generated corpora for agreement tests and the benchmark: documents, a hidden truth, noisy annotators.

Each annotator copies the truth and then, with probability `noise` per unit, drops it,
moves a boundary, changes its label/type/speaker/argument, or adds a spurious entity, so
every kind of difference occurs. Bulk data goes in through `store.add_units` in one
transaction (the decision log is not the point here).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from annotator.core.models import Document, Entity, Event, Quote, Span, Unit
from annotator.core.spans import token_bounds
from annotator.store import Layer, SqliteStore

WORDS = (
    "the minister said talks on the embassy property would resume after a long dispute over "
    "sanctions and diplomats officials in the capital met again on tuesday while protesters "
    "gathered outside the building and the agency announced new measures against the company"
).split()
NAMES = ("Lavrov", "Tillerson", "Moscow", "Washington", "Gazprom", "Kremlin", "Maryland", "NATO", "Putin", "Obama")
LABELS = ("PERSON", "ORG", "GPE", "LOC", "DATE")
EVENT_TYPES = (
    ("Contact.Meet", ("Agent", "Place")),
    ("Justice.Sanction", ("Agent", "Patient")),
    ("Personnel.Expel", ("Agent", "Patient")),
)


def make_text(rng: random.Random, words: int) -> str:
    out = []
    for i in range(words):
        out.append(rng.choice(NAMES) if rng.random() < 0.15 else rng.choice(WORDS))
        if i % 12 == 11:
            out[-1] += "."
    return " ".join(out)


def truth_units(doc_id: str, text: str, rng: random.Random) -> list[Unit]:
    """Non-overlapping entities on names and random words, a quote or two, an event or two."""
    bounds = token_bounds(text)
    units: list[Unit] = []
    i = 0
    entities: list[tuple[int, int]] = []
    while i < len(bounds):
        if rng.random() < 0.18:
            n = rng.choice((1, 1, 2, 3))
            s, e = bounds[i][0], bounds[min(i + n, len(bounds)) - 1][1]
            entities.append((s, e))
            units.append(Unit(doc_id=doc_id, body=Entity(start=s, end=e, label=rng.choice(LABELS)), state="added"))
            i += n + 1
        else:
            i += 1
    for _ in range(rng.randint(0, 2)):
        a = rng.randrange(0, max(1, len(bounds) - 8))
        content = Span(start=bounds[a][0], end=bounds[a + 6][1]) if a + 6 < len(bounds) else None
        if content is None or not entities:
            continue
        s, e = rng.choice(entities)
        units.append(Unit(doc_id=doc_id, body=Quote(content=content, speaker=Span(start=s, end=e)), state="added"))
    for _ in range(rng.randint(0, 2)):
        t = rng.randrange(len(bounds))
        etype, roles = rng.choice(EVENT_TYPES)
        args = {}
        if entities:
            s, e = rng.choice(entities)
            args[roles[0]] = Span(start=s, end=e)
        body = Event(trigger=Span(start=bounds[t][0], end=bounds[t][1]), type=etype, arguments=args)
        units.append(Unit(doc_id=doc_id, body=body, state="added"))
    return units


def noisy(unit: Unit, rng: random.Random, noise: float, text_len: int) -> Unit | None:
    if rng.random() >= noise:
        return unit
    body = unit.body
    move = rng.random()
    if move < 0.3:
        return None
    if body.kind == "entity":
        if move < 0.6:
            return unit.model_copy(update={"body": body.model_copy(update={"label": rng.choice(LABELS)})})
        end = min(text_len, body.end + rng.randint(1, 4))
        return unit.model_copy(update={"body": Entity(start=body.start, end=end, label=body.label)})
    if body.kind == "quote":
        return unit.model_copy(update={"body": body.model_copy(update={"speaker": None})})
    if move < 0.6:
        other = rng.choice([t for t, _ in EVENT_TYPES if t != body.type])
        return unit.model_copy(update={"body": body.model_copy(update={"type": other})})
    return unit.model_copy(update={"body": body.model_copy(update={"arguments": {}})})


def make_corpus(
    store: SqliteStore,
    n_docs: int,
    annotators: Sequence[str],
    *,
    seed: int = 0,
    noise: float = 0.2,
    words: int = 60,
    assign: dict[str, Sequence[str]] | None = None,
    finished: bool = True,
) -> list[str]:
    """Insert `n_docs` documents and each annotator's noisy layer; `assign` limits who does which.
    With `finished` every annotator has marked their documents done (ready for review)."""
    rng = random.Random(seed)
    docs = [Document(id=f"g{seed}-{i:05d}", title=f"Generated {i}", text=make_text(rng, words)) for i in range(n_docs)]
    with store.transaction():
        store.insert_documents(docs)
        layers: dict[str, list[Unit]] = {a: [] for a in annotators}
        for doc in docs:
            truth = truth_units(doc.id, doc.text, rng)
            for a in (assign or {}).get(doc.id, annotators):
                for unit in truth:
                    copy = noisy(unit, rng, noise, len(doc.text))
                    if copy is not None:
                        layers[a].append(copy)
                if rng.random() < noise:
                    layers[a].append(Unit(doc_id=doc.id, body=Entity(start=0, end=3, label="ORG"), state="added"))
        for a, units in layers.items():
            store.add_units(Layer.annotator_name(a), units)
    if finished:
        for a in annotators:
            mine = [d.id for d in docs if a in (assign or {}).get(d.id, annotators)]
            store.import_statuses(a, [(doc_id, "done") for doc_id in mine])
    return [d.id for d in docs]
