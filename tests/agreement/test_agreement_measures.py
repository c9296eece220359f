"""The measures against reference implementations on random data: scikit-learn, krippendorff, brute force."""

from __future__ import annotations

import math
import random
import warnings

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment
from sklearn.metrics import cohen_kappa_score

from annotator.agreement.alpha import AlphaCounts, krippendorff_alpha
from annotator.agreement.kappa import KappaCounts, cohen_kappa
from annotator.agreement.metrics import compare_pair
from annotator.agreement.report import DocInput, build_report
from annotator.agreement.tokens import Tokens, bio_sequence, bio_tags
from annotator.core.models import Entity, Event, Quote, Span, Unit

LABELS = st.sampled_from(["PER", "ORG", "GPE", "O"])


def _ref_kappa(a: list[str], b: list[str]) -> float | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = cohen_kappa_score(a, b)
    return None if math.isnan(ref) else float(ref)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(LABELS, LABELS), min_size=1, max_size=60))
def test_kappa_equals_sklearn(pairs: list[tuple[str, str]]) -> None:
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    ours, ref = cohen_kappa(a, b), _ref_kappa(a, b)
    if ref is None:
        assert ours is None
    else:
        assert ours == pytest.approx(ref, abs=1e-9)


def _ref_alpha(data: list[list[int | None]]) -> float | None:
    arr = np.array([[np.nan if v is None else v for v in row] for row in data], dtype=float)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ref = krippendorff.alpha(reliability_data=arr, level_of_measurement="nominal")
    except ValueError:  # one value in the whole domain, or nothing pairable
        return None
    return None if math.isnan(ref) else float(ref)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=2, max_value=5).flatmap(
        lambda coders: st.lists(
            st.lists(st.one_of(st.none(), st.integers(0, 3)), min_size=coders, max_size=coders), min_size=1, max_size=40
        )
    )
)
def test_alpha_equals_krippendorff(units: list[list[int | None]]) -> None:
    data = [list(col) for col in zip(*units)]  # coders x units
    ours, ref = krippendorff_alpha(data), _ref_alpha(data)
    if ref is None:
        assert ours is None
    else:
        assert ours == pytest.approx(ref, abs=1e-9)


def test_alpha_bulk_agreeing_units_equal_one_by_one() -> None:
    one = AlphaCounts()
    bulk = AlphaCounts()
    for _ in range(7):
        one.add_unit(["O", "O", "O"])
    one.add_unit(["B", "O", "B"])
    bulk.add_agreeing("O", 3, 7)
    bulk.add_unit(["B", "O", "B"])
    assert one.value() == pytest.approx(bulk.value())
    assert one.value() == pytest.approx(_ref_alpha([[0] * 7 + [1], [0] * 7 + [0], [0] * 7 + [1]]))


def test_kappa_counts_merge_across_documents() -> None:
    a = ["O", "B", "O", "I", "O", "O"]
    b = ["O", "B", "B", "O", "O", "I"]
    merged = KappaCounts()
    for lo, hi in ((0, 2), (2, 6)):
        part = KappaCounts()
        part.pairs.update(zip(a[lo:hi], b[lo:hi]))
        merged.merge(part)
    assert merged.value() == pytest.approx(_ref_kappa(a, b))


# -- token-level measures through the report, on random documents ----------------------------

WORDS = "the talks in Moscow resumed after Lavrov met Tillerson at the embassy on Tuesday , said officials".split()


def _random_doc(rng: random.Random, doc_id: str, annotators: list[str]) -> tuple[DocInput, Tokens]:
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 25)))
    tokens = Tokens.of(text)
    units: dict[str, list[Unit]] = {}
    for a in annotators:
        mine = []
        for _ in range(rng.randint(0, 4)):  # nested and overlapping spans happen
            i = rng.randrange(len(tokens))
            j = min(len(tokens) - 1, i + rng.randint(0, 3))
            body = Entity(start=tokens.starts[i], end=tokens.ends[j], label=rng.choice(["PER", "ORG", "GPE"]))
            mine.append(Unit(doc_id=doc_id, body=body, state="added"))
        units[a] = mine
    return DocInput(doc_id, text, annotators, units), tokens


@pytest.mark.parametrize("seed", range(8))
def test_report_kappa_and_alpha_equal_references_on_random_documents(seed: int) -> None:
    rng = random.Random(seed)
    everyone = ["a", "b", "c"]
    docs, dense = [], []
    for n in range(rng.randint(1, 8)):
        on = everyone if rng.random() < 0.6 else sorted(rng.sample(everyone, 2))
        doc, tokens = _random_doc(rng, f"d{n}", on)
        docs.append(doc)
        dense.append({a: bio_sequence(len(tokens), bio_tags(tokens, doc.units[a])) for a in on})
    report = build_report(docs, everyone)
    for row in report["pairs"]:
        a, b = row["a"], row["b"]
        seq_a = [t for d in dense if a in d and b in d for t in d[a]]
        seq_b = [t for d in dense if a in d and b in d for t in d[b]]
        ref = _ref_kappa(seq_a, seq_b) if seq_a else None
        assert row["entity_kappa"] == (None if ref is None else pytest.approx(ref, abs=1e-9))
    codes: dict[str, int] = {}
    matrix: list[list[int | None]] = [[] for _ in everyone]  # annotators x all tokens of all documents
    for d in dense:
        width = len(next(iter(d.values())))
        for row, a in zip(matrix, everyone):
            row.extend(codes.setdefault(t, len(codes)) for t in d[a]) if a in d else row.extend([None] * width)
    ref_alpha = _ref_alpha(matrix)
    ours = report["overall"]["entity_alpha"]
    assert ours == (None if ref_alpha is None else pytest.approx(ref_alpha, abs=1e-9))


def test_bio_tags_nested_and_overlapping() -> None:
    text = "New York City Council met"
    tokens = Tokens.of(text)
    units = [
        Unit(doc_id="d", body=Entity(start=0, end=8, label="GPE"), state="added"),  # New York, nested
        Unit(doc_id="d", body=Entity(start=0, end=21, label="ORG"), state="added"),  # the whole council
        Unit(doc_id="d", body=Entity(start=14, end=25, label="PER"), state="added"),  # overlaps the end
    ]
    assert bio_sequence(len(tokens), bio_tags(tokens, units)) == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-PER"]


# -- span F1s against brute force -------------------------------------------------------------


def _entities(rng: random.Random, n: int) -> list[Unit]:
    out = []
    for _ in range(n):
        s = rng.randrange(0, 40)
        out.append(
            Unit(doc_id="d", body=Entity(start=s, end=s + rng.randint(1, 6), label=rng.choice("AB")), state="added")
        )
    return out


def _max_matching(a: list[Unit], b: list[Unit], ok) -> int:  # noqa: ANN001
    if not a or not b:
        return 0
    weights = np.array([[1.0 if ok(x, y) else 0.0 for y in b] for x in a])
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return int(weights[rows, cols].sum())


@pytest.mark.parametrize("seed", range(40))
def test_entity_f1s_equal_brute_force(seed: int) -> None:
    rng = random.Random(seed)
    a, b = _entities(rng, rng.randint(0, 8)), _entities(rng, rng.randint(0, 8))
    counts = compare_pair(a, b)

    def strict(x: Unit, y: Unit) -> bool:
        return (x.body.start, x.body.end, x.body.label) == (y.body.start, y.body.end, y.body.label)

    def overlap(x: Unit, y: Unit) -> bool:
        return x.body.label == y.body.label and x.body.start < y.body.end and y.body.start < x.body.end

    total = len(a) + len(b)
    for f1, ok in ((counts.entity_strict, strict), (counts.entity_overlap, overlap)):
        expected = None if total == 0 else 2 * _max_matching(a, b, ok) / total
        assert f1.value == (None if expected is None else pytest.approx(expected))


def test_label_agreement_counts_only_boundary_matches() -> None:
    a = [
        Unit(doc_id="d", body=Entity(start=0, end=5, label="PER"), state="added"),
        Unit(doc_id="d", body=Entity(start=10, end=15, label="ORG"), state="added"),
        Unit(doc_id="d", body=Entity(start=20, end=25, label="ORG"), state="added"),
    ]
    b = [
        Unit(doc_id="d", body=Entity(start=0, end=5, label="PER"), state="added"),
        Unit(doc_id="d", body=Entity(start=10, end=15, label="GPE"), state="added"),
        Unit(doc_id="d", body=Entity(start=20, end=24, label="ORG"), state="added"),
    ]  # boundary differs: not counted
    counts = compare_pair(a, b)
    assert (counts.entity_label.hits, counts.entity_label.total) == (1, 2)
    assert counts.entity_strict.value == pytest.approx(2 / 6)
    assert counts.entity_overlap.value == pytest.approx(4 / 6)
    assert counts.entity_labels["ORG"].label.value == 0.0
    assert counts.entity_labels["PER"].label.value == 1.0


def _quote(start: int, end: int, speaker: tuple[int, int] | None) -> Unit:
    sp = Span(start=speaker[0], end=speaker[1]) if speaker else None
    return Unit(doc_id="d", body=Quote(content=Span(start=start, end=end), speaker=sp), state="added")


def test_quote_f1_and_speaker_agreement() -> None:
    a = [_quote(0, 20, (30, 35)), _quote(40, 60, None), _quote(70, 80, (0, 3))]
    b = [_quote(5, 25, (31, 34)), _quote(45, 58, (50, 52)), _quote(90, 99, None)]
    counts = compare_pair(a, b)
    assert counts.quote.value == pytest.approx(4 / 6)  # two overlapping contents, one each unmatched
    assert (counts.quote_speaker.hits, counts.quote_speaker.total) == (1, 2)  # overlapping speakers agree


def _event(start: int, etype: str, **args: tuple[int, int]) -> Unit:
    body = Event(
        trigger=Span(start=start, end=start + 4),
        type=etype,
        arguments={r: Span(start=s, end=e) for r, (s, e) in args.items()},
    )
    return Unit(doc_id="d", body=body, state="added")


def test_event_f1_and_argument_f1_by_role() -> None:
    a = [_event(0, "Meet", Agent=(10, 15), Place=(20, 25)), _event(30, "Attack", Agent=(40, 45)), _event(60, "Meet")]
    b = [_event(1, "Meet", Agent=(10, 15), Place=(20, 26)), _event(30, "Meet", Agent=(40, 45))]
    counts = compare_pair(a, b)
    assert counts.event.value == pytest.approx(2 * 1 / 5)  # only the first pair has trigger overlap and type
    assert counts.roles["Agent"].value == 1.0
    assert counts.roles["Place"].value == 0.0  # span differs by one character
    assert counts.event_argument.value == pytest.approx(2 * 1 / 4)
    assert counts.event_types["Attack"].value == 0.0
