"""Plain aligned text tables for command output (stable for scripts and tests, unlike a TTY table)."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.display import one_line


def render(headers: Sequence[str], rows: Sequence[Sequence[object]], *, right: Sequence[int] = ()) -> str:
    """Columns padded to their widest cell; `right` lists the columns to right-align (numbers).

    Cells are data: each is shown on one line with its control codes made visible.
    """
    cells = [[str(h) for h in headers]] + [["" if c is None else one_line(str(c)) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        parts = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def clip(text: str, width: int) -> str:
    """One line of at most `width` characters, with an ellipsis when cut."""
    flat = " ".join(one_line(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
