"""Documents over spaCy's max_length are processed in chunks cut at paragraph boundaries,
and every unit's offsets refer to the full stored text (emoji and accents included)."""

from __future__ import annotations

from typing import Any

from bomb_pipeline import bomb_pipeline
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.config import Settings
from annotator.core.models import Document
from annotator.core.schema import default_schema
from annotator.store import SqliteStore
from annotator.suggest.runner import layer_name, run_suggest
from annotator.suggest.safe_pipe import process_long, split_points
from annotator.suggest.units import units_from_doc

ACCENTS = (
    "José Müller 👋🏽 arrived in Zürich on Tuesday, the ministry 🇷🇺 said.\n\n"
    "“We will respond in kind to the sanctions,” José Müller told reporters in Zürich. 😀 Ça va.\n\n"
    "Maria Zakharova said Moscow would expel two diplomats 🙂.\n"
)


def paragraphs() -> list[str]:
    return [p for d in _samples() for p in d.split("\n\n") if p.strip()]


def _samples() -> list[str]:
    from pathlib import Path

    from annotator.importers.text_files import read_text_file

    sample = Path(__file__).resolve().parents[2] / "annotator" / "data" / "sample"
    return [read_text_file(p).text for p in sorted(sample.glob("*.txt"))]


def block(size: int, paras: list[str], start: int) -> str:
    """Sample paragraphs filling exactly `size` characters, ending in a paragraph break,
    so the cutter's last paragraph break in a `size` window is this block's end."""
    out, i = "", start
    while len(out) + len(paras[i % len(paras)]) + 2 < size - 12:
        out += paras[i % len(paras)] + "\n\n"
        i += 1
    pad = size - len(out) - 2
    return out + ("And more. " * (pad // 10 + 1))[:pad] + "\n\n"


texts = st.text(alphabet=st.sampled_from(list("ab .!?\n\t“”é😀")), max_size=400)


@settings(max_examples=200, deadline=None)
@given(text=texts, limit=st.integers(1, 60))
def test_split_points_cover_the_text_in_pieces_within_the_limit(text: str, limit: int) -> None:
    cuts = split_points(text, limit)
    assert cuts[0] == 0 and cuts[-1] == len(text)
    assert all(0 < b - a <= limit for a, b in zip(cuts, cuts[1:])) or text == ""
    assert "".join(text[a:b] for a, b in zip(cuts, cuts[1:])) == text


def test_split_points_prefer_paragraphs_then_sentences_then_spaces() -> None:
    text = "One two.\n\nThree four. Five six seven eight nine"
    assert split_points(text, 30) == [0, 10, 22, len(text)]  # the blank line, then a sentence end
    no_para = "One two three. Four five six seven"
    assert split_points(no_para, 25)[1] == len("One two three. ")
    words = "alpha beta gamma delta"
    assert split_points(words, 13)[1] == len("alpha beta ")
    assert split_points("x" * 25, 10) == [0, 10, 20, 25]


def span_texts(value: Any, text: str) -> list[str]:
    """Every span's text in a unit body, in a fixed order (independent of how offsets were moved)."""
    if isinstance(value, dict):
        own = [text[value["start"] : value["end"]]] if isinstance(value.get("start"), int) else []
        return own + [t for k in sorted(value) for t in span_texts(value[k], text)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in span_texts(v, text)]
    return []


def described(units: list[Any], text: str, offset: int) -> list[tuple[Any, ...]]:
    return sorted(
        (u.kind, u.span.start - offset, u.span.end - offset, u.source, tuple(span_texts(u.body.model_dump(), text)))
        for u in units
        if u.span.start >= offset
    )


def test_units_of_a_chunked_document_land_on_the_same_characters(nlp: Any) -> None:
    limit = 3000
    filler = "".join(block(limit, paragraphs(), i * 7) for i in range(3))
    assert len(filler) == 3 * limit and split_points(filler + ACCENTS, limit)[:4] == [0, limit, 2 * limit, 3 * limit]
    long_text = filler + ACCENTS
    whole = process_long(nlp, long_text, limit)
    assert whole.text == long_text
    schema = default_schema()
    chunked = units_from_doc(whole, "long", schema, "m", "1")
    alone = units_from_doc(nlp(ACCENTS), "short", schema, "m", "1")
    assert {u.kind for u in alone} >= {"entity", "quote"}
    assert described(chunked, long_text, len(filler)) == described(alone, ACCENTS, 0)
    for unit in chunked:
        schema.validate_body(unit.body, long_text)
    sents = [s.start_char for s in whole.sents]
    assert {limit, 2 * limit, 3 * limit} <= set(sents)


def test_a_document_over_a_million_characters_gets_suggestions(file_store: SqliteStore) -> None:
    nlp = bomb_pipeline(bomb=False)
    paras = paragraphs()
    body, i = [], 0
    while sum(len(p) + 2 for p in body) < 1_050_000:
        body.append(paras[i % len(paras)])
        i += 1
    text = "\n\n".join(body) + "\n\n" + ACCENTS
    assert len(text) > nlp.max_length
    file_store.insert_documents([Document(id="huge", text=text), Document(id="small", text=ACCENTS)])
    report = run_suggest(file_store, Settings(model="blank_test"), nlp=nlp)
    assert (report.documents, report.failed) == (2, 0)
    assert file_store.document("huge").text == text  # the stored text is never touched
    layer = layer_name("blank_test", nlp)
    units = file_store.units("huge", layer)
    names = [u.span.text_of(text) for u in units if u.kind == "entity"]
    assert names.count("José Müller") == 2 and names.count("Zürich") == 2
    assert names.count("Maria Zakharova") == sum(p.count("Maria Zakharova") for p in body) + 1
    offset = text.index(ACCENTS)
    small = file_store.units("small", layer)
    assert described(units, text, offset) == described(small, ACCENTS, 0)
