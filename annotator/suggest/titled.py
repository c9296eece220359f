"""A document's text that carries its title along, for the rules that need to know the headline.

The pipeline takes plain strings everywhere (batches, worker processes, Ray); a `Titled` is still
that string, so nothing on the way changes, and `safe_pipe` hands its title to the Doc (`doc._.title`)
where the furniture rules read it: a line of the body that repeats the title is the page's headline
printed again.
"""

from __future__ import annotations


class Titled(str):
    """The text itself (every str operation sees only the text), with `headline` beside it."""

    headline: str

    def __new__(cls, text: str, headline: str) -> Titled:
        out = super().__new__(cls, text)
        out.headline = headline
        return out

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # pickles to worker processes with its title
        return (Titled, (str(self), self.headline))


def titled(text: str, title: str | None) -> str:
    """`text` carrying `title` when there is one, else the text as it is."""
    return Titled(text, title) if title and title.strip() else text


def title_of(text: str) -> str | None:
    return text.headline if isinstance(text, Titled) else None
