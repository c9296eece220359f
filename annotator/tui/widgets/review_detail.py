"""The review's words: rows of the document and conflict lists, the conflict in full, the header.

A conflict shows each annotator's version on its own numbered line (the key that takes
it); a version identical to an earlier one says "same as N", so who said what reads at a
glance. Marks differ by glyph as well as colour: • open, ✓ settled in gold, ✗ rejected.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.content import Content
from textual.widgets import Static

from annotator.adjudicate import Conflict
from annotator.agreement.differences import describe
from annotator.core.display import one_line, rounded_down
from annotator.core.models import Unit
from annotator.tui.display import block_content
from annotator.tui.screens.review_session import ReviewDoc
from annotator.tui.widgets.paint_style import ComponentStyles
from annotator.tui.widgets.palette import kind_style

KIND_WORDS = {
    "missing": "missing in one",
    "boundary": "boundary",
    "label": "label",
    "event_type": "event type",
    "speaker": "speaker",
    "event_argument": "event argument",
    "agreed": "agreed",
}
TAKEN_WORDS = {"majority": "majority", "agreed": "agreed", "edit": "my edit", "rejected": "rejected"}
DOC_COLUMNS = "  agreement  conflicts   left  annotators  readiness               document"
READY_WIDTH = 22


SHORT_WORDS = {"missing": "missing", "event_type": "type", "event_argument": "argument"}
# The edit keys beyond l [ ] { } that fit a unit kind (the key bar leaves them out: it is one line).
EDIT_KEYS = {"quote": " S c", "event": " r"}


def kinds_text(conflict: Conflict) -> str:
    """How the versions differ, in words; "missing in b, c" names who has nothing there."""
    absent = [a for a, v in zip(conflict.annotators, conflict.versions) if v is None]
    words = [f"missing in {', '.join(absent)}" if k == "missing" else KIND_WORDS.get(k, k) for k in conflict.kinds]
    return ", ".join(words) or _agreed_or_alone(conflict)


def short_kinds(conflict: Conflict) -> str:
    """The same for a list row: "missing+label"."""
    return "+".join(SHORT_WORDS.get(k, k) for k in conflict.kinds) or _agreed_or_alone(conflict)


def _agreed_or_alone(conflict: Conflict) -> str:
    """One annotator's unit agrees with nobody: say so rather than "agreed"."""
    return "agreed" if len(conflict.annotators) >= 2 else "one annotator"


def mark(conflict: Conflict) -> tuple[str, str]:
    """The row's glyph and its style class: open, settled, or settled by rejecting."""
    if conflict.resolution is None:
        return "•", ".review-rows--open"
    if conflict.resolution.state == "rejected":
        return "✗", ".review-rows--done"
    return "✓", ".review-rows--done"


def taken_text(gold: Unit) -> str:
    """How the gold unit came to be: "taken from a", "majority", "my edit", "rejected"..."""
    taken = str((gold.provenance or {}).get("taken", ""))
    return TAKEN_WORDS.get(taken, f"taken from {taken}" if taken else "settled")


def _snippet(text: str, start: int, end: int, width: int) -> str:
    words = " ".join(text[start:end].split())
    return words if len(words) <= width else words[: width - 1] + "…"


# -- the lists -------------------------------------------------------------------------------


def doc_row(doc: ReviewDoc) -> Content:
    score = doc.score
    glyph, style = ("✓", ".review-rows--done") if doc.left == 0 else ("•", ".review-rows--open")
    who = _clip(",".join(score.annotators), 10)
    ready = score.readiness
    if ready is not None and ready.state == "waiting":
        glyph, style = "…", ".review-rows--muted"
    words = _clip(ready.brief() if ready is not None else "", READY_WIDTH)
    return Content.assemble(
        (glyph, style),
        f" {agreement_text(score.agreement):>9}  {score.conflicts:>9,}  ",
        (f"{doc.left:>5,}", style),
        f"  {who:<10}  ",
        (f"{words:<{READY_WIDTH}}", "" if ready is None or ready.ready else ".review-rows--muted"),
        "  ",
        (doc.title or doc.doc_id, ""),
        (f"  {doc.doc_id}", ".review-rows--muted"),
    )


def agreement_text(agreement: float | None) -> str:
    """Agreement for the list: "—" unless two finished annotators of a ready document are compared."""
    return "—" if agreement is None else rounded_down(agreement, 2)


def _clip(words: str, width: int) -> str:
    return words if len(words) <= width else words[: width - 1] + "…"


def conflict_row(conflict: Conflict, text: str, width: int = 30) -> Content:
    glyph, style = mark(conflict)
    what = short_kinds(conflict)
    what = what if len(what) <= 14 else what[:13] + "…"
    return Content.assemble(
        (glyph, style),
        " ",
        (f"{what:<14}", style if conflict.resolution is None else ""),
        " ",
        (_snippet(text, conflict.start, conflict.end, width), ""),
    )


# -- one conflict in full ----------------------------------------------------------------------


def _label_style(unit: Unit, label_classes: Mapping[str, str]) -> str:
    return kind_style(unit.body, label_classes)


def version_lines(conflict: Conflict, text: str, label_classes: Mapping[str, str], width: int) -> list[Content]:
    """`N who  what they marked`, one per annotator in key order; repeats say "same as N"."""
    names = conflict.annotators
    pad = max(len(n) for n in names) if names else 0
    first_of: dict[int, int] = {}
    for index, holders in conflict.difference.groups():
        for name in holders:
            first_of[names.index(name)] = index
    lines = []
    for i, (name, version) in enumerate(zip(names, conflict.versions)):
        head: list[str | tuple[str, str]] = [(f" {i + 1} ", ".review-detail--key"), f" {one_line(name):<{pad}}  "]
        if first_of.get(i, i) != i:
            lines.append(Content.assemble(*head, (f"same as {first_of[i] + 1}", ".review-detail--muted")))
        elif version is None:
            lines.append(Content.assemble(*head, ("(not marked)", ".review-detail--muted")))
        else:
            lines.append(
                Content.assemble(*head, (describe(version, text, width), _label_style(version, label_classes)))
            )
    return lines


def conflict_content(
    conflict: Conflict | None,
    position: tuple[int, int],
    text: str,
    label_classes: Mapping[str, str],
    width: int = 60,
    cards: list[str] | None = None,
) -> Content:
    """Heading, every version with its key, the majority, the gold it settled to, and the guideline
    cards of the labels in dispute (definition and examples from the corpus's own gold)."""
    if conflict is None:
        return Content("No disagreements in this document: what the annotators marked alike is in gold (g lists it).")
    number, total = position
    state = "open" if conflict.resolution is None else "settled"
    head = Content.assemble(
        (f"Conflict {number} of {total}", "bold"),
        f"  ·  {kinds_text(conflict)}  ·  {conflict.difference.unit_kind}  ·  ",
        (state, ".review-detail--open" if conflict.resolution is None else ".review-detail--gold"),
    )
    lines = [head, *version_lines(conflict, text, label_classes, width)]
    lines.append(_keys_line(conflict))
    if conflict.resolution is not None:
        lines.append(_gold_line(conflict.resolution, text, label_classes, width))
    lines += [Content.styled(one_line(line), ".review-detail--muted") for line in cards or []]
    return Content("\n").join(lines)


def _keys_line(conflict: Conflict) -> Content:
    majority = conflict.majority
    if majority is None:
        says: list[tuple[str, str] | str] = [("no majority", ".review-detail--muted")]
    else:
        holders = conflict.difference.holders(majority)
        says = [f"majority = {majority + 1} ({', '.join(holders)})"]
    return Content.assemble(
        (" a ", ".review-detail--key"),
        " ",
        *says,
        "   ",
        (" x ", ".review-detail--key"),
        " reject   ",
        (f" l [ ] {{ }}{EDIT_KEYS.get(conflict.difference.unit_kind, '')} ", ".review-detail--key"),
        " edit   ",
        (" g ", ".review-detail--key"),
        " agreed too",
    )


def _gold_line(gold: Unit, text: str, label_classes: Mapping[str, str], width: int) -> Content:
    if gold.state == "rejected":
        return Content.assemble(("gold: ✗ left out", ".review-detail--gold"), f"  ({taken_text(gold)})")
    return Content.assemble(
        ("gold: ✓ ", ".review-detail--gold"),
        (describe(gold, text, width), _label_style(gold, label_classes)),
        f"  ({taken_text(gold)})",
    )


# -- headers -----------------------------------------------------------------------------------


def doc_header(
    doc: ReviewDoc | None,
    title: str,
    position: tuple[int | None, int],
    annotators: Sequence[str],
    left_here: tuple[int, int],
    overall: int,
    adjudicator: str,
) -> Content:
    where, total = position
    place = f"document {where + 1} of {total}" if where is not None else f"{total} documents"
    agreement = _doc_standing(doc)
    versions = "  ".join(f"{i}={name}" for i, name in enumerate(annotators, start=1))
    left, count = left_here
    rest = [p for p in (agreement, f"versions {versions}" if versions else "", f"adjudicator {adjudicator}") if p]
    return Content.assemble(
        (one_line(title) or "(untitled)", "bold"),
        ("   " + place, ".review-detail--muted"),
        "\n",
        (f"{left} of {count} conflicts left here", ".review-detail--open" if left else ".review-detail--gold"),
        " · ",
        (f"{overall:,} left overall", "bold"),
        " · ",
        one_line(" · ".join(rest)),
    )


def _doc_standing(doc: ReviewDoc | None) -> str:
    """ "agreement 0.57" for a ready document, else its readiness ("not comparable (only ana)")."""
    if doc is None:
        return ""
    ready = doc.score.readiness
    if doc.score.agreement is not None or ready is None:
        return f"agreement {agreement_text(doc.score.agreement)}"
    if ready.state == "single":
        return f"{ready.words()}: T takes it all, Z settles it as no units"
    return ready.words()


class ReviewText(Static):
    """A Static whose content may use the review's classes and, through the fallback, label colours."""

    COMPONENT_CLASSES = {"review-detail--key", "review-detail--muted", "review-detail--open", "review-detail--gold"}

    def on_mount(self) -> None:
        self._styles = ComponentStyles(self)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if hasattr(self, "_styles"):
            self._styles.clear()

    def show(self, content: Content, labels: ComponentStyles | None = None) -> None:
        if not hasattr(self, "_styles") or self._styles.fallback is not labels:
            self._styles = ComponentStyles(self, labels)
        self.update(self._styles.resolve_content(block_content(content)), layout=False)
