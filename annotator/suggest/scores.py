"""Confidence per suggestion rule, read from one table (`annotator/data/rule_scores.toml`).

Every rule that suggests something names itself; its score is the table's prior for it, so
calibrating on a development set means editing the table, not the rules.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

UNKNOWN = 0.5  # a rule the table does not list: no better than a coin


@cache
def table() -> dict[str, dict[str, float]]:
    raw = tomllib.loads(resources.files("annotator.data").joinpath("rule_scores.toml").read_text("utf-8"))
    return {kind: {k: float(v) for k, v in rules.items()} for kind, rules in raw.items() if isinstance(rules, dict)}


def score(kind: str, rule: str) -> float:
    """The confidence in [0, 1] of a suggestion of `kind` ('quotes', 'events', ...) made by `rule`."""
    rules = table().get(kind, {})
    return rules.get(rule, rules.get("default", UNKNOWN))
