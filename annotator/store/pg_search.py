"""Full-text search on PostgreSQL with the meaning `fts_query` gives it on SQLite's FTS5.

A search is words, ANDed; each word is a phrase of its tokens (`covid-19` is `covid` then
`19`); a trailing `*` makes the last token a prefix (`Merk*` finds Merkel). Nothing the user
types is read as query syntax: each word goes in as a bound parameter.
"""

from __future__ import annotations

import re

CONFIG = "'annotator_search'::regconfig"
# Punctuation to spaces, as the stored `documents.search` column does (pg_migrations.py).
_SPLIT = "regexp_replace(?, '[[:punct:]]+', ' ', 'g')"
_TOKEN = re.compile(r"[^\W_]+")


def search_terms(text: str) -> list[tuple[str, bool]]:
    """(word, prefix) per word of the search box, as `fts_query` reads them."""
    terms = []
    for word in text.split():
        stem = word.rstrip("*")
        terms.append((stem or word, bool(stem) and stem != word))
    return terms


def search_condition(text: str, column: str = "d.search") -> tuple[str, list[str]]:
    """SQL that is true for a document matching every word, and its parameters; ("", []) for
    blank input (no filter, as on SQLite)."""
    parts: list[str] = []
    params: list[str] = []
    for word, prefix in search_terms(text):
        if prefix:
            tokens = _TOKEN.findall(word)
            if not tokens:
                parts.append("FALSE")  # FTS5 finds nothing for a phrase without tokens either
                continue
            quoted = [_lexeme(t) for t in tokens]
            parts.append(f"{column} @@ to_tsquery({CONFIG}, ?)")
            params.append(" <-> ".join(quoted[:-1] + [quoted[-1] + ":*"]))
        elif _TOKEN.search(word) is None:
            parts.append("FALSE")
        else:
            parts.append(f"{column} @@ phraseto_tsquery({CONFIG}, {_SPLIT})")
            params.append(word)
    return " AND ".join(parts), params


def _lexeme(token: str) -> str:
    """A token as a quoted tsquery operand: never read as an operator."""
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
