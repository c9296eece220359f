"""Word-wrapping of the stored text into screen lines that keep their code-point offsets.

The article view never re-splits or rewrites the text: every screen line is a pair of
offsets into the stored string, so a span's offsets select exactly its characters on
screen. Only the *display* of a character may differ (a tab or control character shows as
one visible cell, by `core.display`'s rule), never the offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rich.cells import cell_len, get_character_cell_size

from annotator.core.display import visible

_CHUNK = re.compile(r"\S+\s*|\s+")


def display_text(text: str) -> str:
    """The text as drawn: same length, control characters as one visible cell (ESC as ␛), a tab as a space.

    Sent raw, ESC and C1 controls would drive the terminal; Textual's Content strips a few
    others, which would shift every later offset.
    """
    shown = visible(text)
    return shown.replace("\t", " ") if "\t" in shown else shown


@dataclass(frozen=True)
class Layout:
    """Screen lines of one text at one width: `lines[i]` is (start, end) into the text."""

    width: int
    lines: list[tuple[int, int]]
    starts: list[int]

    def line_of(self, offset: int) -> int:
        """The screen line that shows the character at `offset` (or the caret before it)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def __len__(self) -> int:
        return len(self.lines)


def layout(text: str, width: int) -> Layout:
    """Greedy word wrap at `width` cells; a word wider than a line is folded by character.

    Newlines end a line and belong to no line; trailing spaces stay on the line they follow.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for paragraph in display_text(text).split("\n"):  # measured as drawn: a tab is one cell
        _wrap_paragraph(paragraph, pos, width, lines)
        pos += len(paragraph) + 1
    return Layout(width, lines, [s for s, _ in lines])


def _wrap_paragraph(paragraph: str, base: int, width: int, out: list[tuple[int, int]]) -> None:
    if not paragraph:
        out.append((base, base))
        return
    line_start, used = 0, 0
    for match in _CHUNK.finditer(paragraph):
        start, end = match.span()
        word = match.group()
        size = cell_len(word.rstrip())
        if used and used + size > width:
            out.append((base + line_start, base + start))
            line_start, used = start, 0
        if size > width:
            line_start, used = _fold(paragraph, start, end, base, width, line_start, out)
            continue
        used += cell_len(word)
    out.append((base + line_start, base + len(paragraph)))


def _fold(
    paragraph: str, start: int, end: int, base: int, width: int, line_start: int, out: list[tuple[int, int]]
) -> tuple[int, int]:
    """Break one over-long word across lines; return where the last piece starts and its width."""
    used = 0
    for i in range(start, end):
        ch = paragraph[i]
        size = 0 if ch.isspace() and i > start else get_character_cell_size(ch)
        if used and used + size > width:
            out.append((base + line_start, base + i))
            line_start, used = i, 0
        used += size
    return line_start, used
