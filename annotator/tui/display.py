"""Data as Textual content: never parsed as markup, control codes made visible (`core.display`'s rules).

Widgets that draw data pass it through here at the last step before the screen: a row or a
one-line panel through `one_line_content`, a panel of several lines of ours through
`block_content`. Both keep a `Content`'s styled spans, because the rules map one code point
to one code point.
"""

from __future__ import annotations

from textual.content import Content

from annotator.core.display import block, one_line


def one_line_content(content: Content | str) -> Content:
    """A row: controls and bidi overrides visible, line breaks as spaces; a str is plain text, not markup."""
    if isinstance(content, str):
        return Content(one_line(content))
    plain = content.plain
    shown = one_line(plain)
    return content if shown is plain else Content(shown, list(content.spans))


def block_content(content: Content | str) -> Content:
    """Lines of ours holding data: every line as `one_line_content`, our own newlines kept."""
    if isinstance(content, str):
        return Content(block(content))
    plain = content.plain
    shown = block(plain)
    return content if shown is plain else Content(shown, list(content.spans))
