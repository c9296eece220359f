"""The model's attribute ruler, run faster with the same result: single-token rules by lookup.

spaCy's AttributeRuler matches its ~180 patterns with a Matcher over every token, about a
tenth of the small model's time, though all but a handful are one-token patterns on a
word's tag, lower case or dependency. Here each one-token pattern is filed under the value
its token must have, so a token meets only the few rules it could match; the multi-token
patterns keep a Matcher of their own. Matches are applied in the ruler's own order (by
rule, later rules winning), so every token ends with the attributes the ruler gives it
(a test holds the two equal on real text). Patterns using anything else leave the ruler
as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc, Token

Check = Callable[["Token"], bool]
FIELDS: dict[str, Callable[[Token], Any]] = {
    "LOWER": lambda t: t.lower_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
ANCHORS = ("LOWER", "TAG", "DEP")  # the field a rule is filed under, first found
MEMO_MAX = 200_000  # distinct (word, tag, dependency) combinations remembered


class Unsupported(ValueError):
    """A pattern this module cannot evaluate exactly: keep spaCy's ruler."""


def speed_up(nlp: Language) -> bool:
    """Replace the pipeline's attribute ruler's matching with lookups; False when left as it is."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = cast("AttributeRuler", nlp.get_pipe("attribute_ruler"))
    try:
        fast = FastRules(ruler)
    except Unsupported:
        return False
    # The instance's own methods, so the ruler's __call__ uses them (a deliberate override).
    ruler.match = fast.match  # type: ignore[method-assign]
    ruler.set_annotations = fast.set_annotations  # type: ignore[method-assign]
    return True


class FastRules:
    """The ruler's rules, one-token ones filed by anchor value, the rest in a small Matcher."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.strings = ruler.vocab.strings
        self.attrs, self.indices = ruler.attrs, ruler.indices
        self.by_field: dict[str, dict[Any, list[tuple[int, Check]]]] = {f: {} for f in ANCHORS}
        self.always: list[tuple[int, Check]] = []
        self.multi = Matcher(ruler.vocab)
        self.keys: dict[int, int] = {}
        self.memo: dict[tuple[str, str, str, bool], tuple[int, ...]] = {}
        for k, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if len(pattern) == 1:
                    self._file(k, pattern[0])
                else:
                    key = self.strings.add(str(k))
                    self.multi.add(key, [pattern])
                    self.keys[key] = k

    def _file(self, k: int, spec: dict[str, Any]) -> None:
        check = _check(spec)
        for field in ANCHORS:
            value = spec.get(field)
            if isinstance(value, str):
                self.by_field[field].setdefault(value, []).append((k, check))
                return
            if isinstance(value, dict) and set(value) == {"IN"}:
                for v in value["IN"]:
                    self.by_field[field].setdefault(v, []).append((k, check))
                return
        self.always.append((k, check))

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """What AttributeRuler.set_annotations does, without a Span per match (the same
        token: the rule's index into the match, negative from its end)."""
        from spacy.tokens._retokenize import set_token_attrs

        attrs, indices = self.attrs, self.indices
        for k, _, start, end in matches:
            index = indices[k]
            i = start + index if index >= 0 else end + index
            if not start <= i < end:
                raise ValueError(f"attribute rule {k}: index {index} is outside its match {start}-{end}")
            set_token_attrs(doc[i], attrs[k])

    def _rules_for(self, tok: Token) -> tuple[int, ...]:
        if len(self.memo) > MEMO_MAX:
            self.memo.clear()
        lower, tag, dep = self.by_field["LOWER"], self.by_field["TAG"], self.by_field["DEP"]
        cands = (*lower.get(tok.lower_, ()), *tag.get(tok.tag_, ()), *dep.get(tok.dep_, ()), *self.always)
        return tuple(sorted({k for k, check in cands if check(tok)}))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule, match id, start, end) sorted as AttributeRuler.match sorts them."""
        found: set[tuple[int, int, int]] = set()
        memo = self.memo
        for tok in doc:
            # A one-token rule sees only these four fields: tokens alike in them match alike.
            key = (tok.lower_, tok.tag_, tok.dep_, tok.is_space)
            rules = memo.get(key)
            if rules is None:
                rules = memo[key] = self._rules_for(tok)
            for k in rules:
                found.add((k, tok.i, tok.i + 1))
        for match_id, start, end in self.multi(doc, allow_missing=True, as_spans=False):
            found.add((self.keys[match_id], start, end))
        strings = self.strings
        return sorted((k, strings[str(k)], s, e) for k, s, e in found)


def _check(spec: dict[str, Any]) -> Check:
    """A predicate equal to the Matcher's test of one token spec."""
    tests: list[Check] = []
    for field, want in spec.items():
        get = FIELDS.get(field)
        if get is None:
            raise Unsupported(field)
        tests.append(_test(get, want))
    return lambda tok: all(t(tok) for t in tests)


def _test(get: Callable[[Token], Any], want: Any) -> Check:
    if not isinstance(want, dict):
        return lambda tok: get(tok) == want
    if set(want) == {"IN"}:
        values = frozenset(want["IN"])
        return lambda tok: get(tok) in values
    if set(want) == {"NOT_IN"}:
        values = frozenset(want["NOT_IN"])
        return lambda tok: get(tok) not in values
    if set(want) == {"REGEX"}:
        rx = re.compile(want["REGEX"])
        return lambda tok: bool(rx.search(get(tok)))
    raise Unsupported(str(want))
