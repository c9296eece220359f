"""The display rules for data on a terminal, and the one rule for annotator names."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.display import block, json_for_terminal, one_line, rounded_down, visible
from annotator.core.errors import UserError
from annotator.core.names import check_name, name_problem

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Text built mostly from what matters here: controls, bidi, line breaks, markup, wide and combining.
HOSTILE_CHARS = st.sampled_from(
    [
        *map(chr, range(0x20)),
        "\x7f",
        *map(chr, range(0x80, 0xA0)),
        *map(chr, range(0x202A, 0x202F)),
        *map(chr, range(0x2066, 0x206A)),
        "\u2028",
        "\u2029",
        "[",
        "]",
        "/",
        "a",
        "é",
        "李",
        "😀",
        "\u0336",
        " ",
    ]
)
TEXTS = st.one_of(st.text(), st.text(alphabet=HOSTILE_CHARS))


@given(TEXTS)
def test_every_rule_keeps_offsets_and_lets_no_control_through(text: str) -> None:
    for rule in (visible, one_line, block):
        shown = rule(text)
        assert len(shown) == len(text)  # a span's offsets select the same characters
    assert not CONTROL.search(visible(text).replace("\n", "").replace("\t", ""))
    assert not CONTROL.search(one_line(text)) and not BIDI.search(one_line(text))
    assert "\n" not in one_line(text) and "\u2028" not in one_line(text)
    assert not CONTROL.search(block(text).replace("\n", "")) and not BIDI.search(block(text))


@given(
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Zl", "Zp"),
            blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
        )
    )
)
def test_clean_text_is_shown_as_it_is(text: str) -> None:
    assert visible(text) == text and one_line(text) == text and block(text) == text


def test_what_each_control_looks_like() -> None:
    osc = "\x1b]52;c;QQ==\x07"
    assert one_line(f"a{osc}b") == "a␛]52;c;QQ==␇b"
    assert visible("x\x00y\x7fz\x9b2J") == "x␀y␡z\ufffd2J"
    assert visible("line\n\tnext") == "line\n\tnext"  # the article lays these out itself
    assert one_line("two\nlines\there") == "two lines here"
    assert one_line("\u202eevil\u202c") == "\ufffdevil\ufffd"
    assert visible("\u202eevil") == "\u202eevil"  # bidi is for one-line places only
    assert block("error: x\n  \u202ey\t\x1bc") == "error: x\n  \ufffdy ␛c"
    assert one_line("[bold red]EVIL[/]") == "[bold red]EVIL[/]"  # markup is the caller's business


@given(TEXTS)
def test_json_for_terminal_is_the_same_json_and_safe(text: str) -> None:
    dumped = json.dumps({"k": text, text: [text]}, ensure_ascii=False)
    safe = json_for_terminal(dumped)
    assert json.loads(safe) == json.loads(dumped)
    assert not CONTROL.search(safe.replace("\n", "")) and not BIDI.search(safe)


@pytest.mark.parametrize("name", ["ana", "alice@news.org", "j.doe-2", "a_b", "José", "李小龙", "x" * 64])
def test_good_names(name: str) -> None:
    assert name_problem(name) is None
    assert check_name(name, "--annotator") == name


@pytest.mark.parametrize(
    "name",
    ["", "ann b", "a\nb", "\x1b[2J", "x" * 65, "_x", "-x", "[/]", "[bold]x", "a:b", "e\u202e", "Z\u0336algo", "a\x00"],
)
def test_bad_names_are_refused_with_a_safe_message(name: str) -> None:
    assert name_problem(name) is not None
    with pytest.raises(UserError, match="not a valid annotator name") as caught:
        check_name(name, "--annotator")
    assert not CONTROL.search(str(caught.value)) and not BIDI.search(str(caught.value))


def test_a_decomposed_name_is_stored_composed() -> None:
    assert check_name("Jose\u0301", "--annotator") == "José"


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (1.0, 2, "1.00"),
        (0.996, 2, "0.99"),
        (0.9996, 3, "0.999"),
        (0.29, 2, "0.29"),
        (0.0, 3, "0.000"),
        (0.5, 2, "0.50"),
    ],
)
def test_a_score_is_rounded_down_so_only_perfect_reads_perfect(value: float, places: int, shown: str) -> None:
    assert rounded_down(value, places) == shown


@given(st.floats(min_value=0, max_value=1, allow_nan=False))
def test_rounded_down_never_shows_more_than_the_value(value: float) -> None:
    assert float(rounded_down(value, 2)) <= value + 1e-9
    assert (rounded_down(value, 2) == "1.00") == (value >= 1 - 1e-9)
