"""The story desk: one story's articles lined up by what they share, conflicts flagged.

Three lists (1 quotes, 2 people and organisations, 3 events), each a group header with its
conflicts and one row per outlet's version. `enter` opens that article at that unit; `a`
carries the version under the cursor to the other outlets' matching units (decisions in each
article's log; `u` here takes the last one back, and `u` in an article undoes it there too).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import getters, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from annotator.stories.apply import Change, apply_changes, entity_changes, event_changes, quote_changes, undo_changes
from annotator.stories.consistency import Offer, corrections_since, offer_groups, story_matches
from annotator.stories.entities import EntityIndex
from annotator.stories.load import load_story
from annotator.stories.story import Story
from annotator.tui.app import AnnotatorApp
from annotator.tui.display import one_line_content

SECTIONS = {
    "quotes": "Quotes across outlets",
    "entities": "People and organisations",
    "events": "Events",
    "consistency": "Corrections to carry",
}
EMPTY = {
    "quotes": "no quotation is carried by two outlets yet",
    "entities": "no person or organisation is named by two outlets yet",
    "events": "no event is reported by two outlets yet",
    "consistency": "no corrections to carry: correct a unit in one article, come back, and its matches show here",
}
FLAG = "⚑ "  # a conflict is marked by a sign and words, never by colour alone


def _b(key: str, action: str, description: str, tooltip: str, *, name: str, show: bool = True) -> Binding:
    return Binding(key, action, description, id=f"story.{name}", tooltip=tooltip, show=show)


@dataclass(frozen=True)
class Row:
    """What an option of the list stands for: a group header, or one outlet's version in it."""

    section: str
    group: int
    version: int | None = None  # None: the group's header


class StoryScreen(Screen[None]):
    app = getters.app(AnnotatorApp)  # the desk's services, typed
    HELP_GROUP = "Story"
    CSS_PATH = "../styles/story.tcss"
    AUTO_FOCUS = "#story-rows"
    # Escape from an article opened here comes back here, not to the queue.
    RETURN_POINT = True
    BINDINGS = [
        _b("1", "section('quotes')", "Quotes", "Quotes across outlets, aligned", name="quotes"),
        _b("2", "section('entities')", "Entities", "People and organisations across outlets", name="entities"),
        _b("3", "section('events')", "Events", "Events across outlets, numbers compared", name="events"),
        _b(
            "4",
            "section('consistency')",
            "Corrections",
            "Corrections made in one article, offered for the matching units of the others",
            name="consistency",
        ),
        _b("enter,o", "open_unit", "Open", "Open this outlet's article at this unit", name="open"),
        _b("y", "take", "Take", "Make the same correction here (a decision in that article's log)", name="take"),
        _b("x", "drop", "Drop", "Leave this unit as it is and take the offer off the list", name="drop"),
        _b(
            "a",
            "apply",
            "Apply to others",
            "Carry this version (label, speaker, boundary) to the other outlets' matching units",
            name="apply",
        ),
        _b("u", "undo_apply", "Undo apply", "Take the last apply back in every article it changed", name="undo"),
        _b("escape", "back", "Back", "Back to the queue", name="back"),
    ]

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.section = "quotes"
        self.story: Story | None = None
        self.rows: list[Row] = []
        self.last_apply: dict[str, int] = {}
        self.offers: list[Offer] = []
        self.seen: dict[str, int] = {}  # the last decision of each article already looked at for corrections

    def compose(self) -> ComposeResult:
        yield Static("", id="story-title")
        yield Static("", id="story-sections")
        yield OptionList(id="story-rows")
        yield Static("", id="story-detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.reload()
        self._look_for_corrections(offer=False)

    def on_screen_resume(self) -> None:
        if self.story is not None:  # back from an article: its units may have changed
            self.reload(keep=True)
            if self._look_for_corrections(offer=True):
                self.action_section("consistency")

    def _look_for_corrections(self, *, offer: bool) -> int:
        """Corrections made in the story's articles since last looked: their matches in the others."""
        app = self.app
        story = self.story
        assert story is not None
        found = []
        for article in story.articles:
            corrections, self.seen[article.id] = corrections_since(
                app.store, app.annotator, article.id, self.seen.get(article.id, 0)
            )
            if offer:
                found += [o for c in corrections for o in story_matches(story, c)]
        if found:
            self.offers = found + self.offers
            self.notify(f"{len(found)} matching units in other outlets: y takes, x drops (4 lists them)", markup=False)
        return len(found)

    # -- data -----------------------------------------------------------------------------

    def reload(self, keep: bool = False) -> None:
        app = self.app
        highlighted = self.options.highlighted if keep else None
        self.story = load_story(app.store, app.annotator, self.key)
        outlets = ", ".join(self.story.outlet(a.id) for a in self.story.articles)
        title = f"Story {self.key}: {len(self.story.articles)} articles ({outlets})"
        self.query_one("#story-title", Static).update(one_line_content(title))
        self.show_section(self.section, highlighted)

    @property
    def options(self) -> OptionList:
        return self.query_one("#story-rows", OptionList)

    def show_section(self, section: str, highlighted: int | None = None) -> None:
        assert self.story is not None
        self.section = section
        counts = {
            "quotes": len(self.story.quotes),
            "entities": len(self.story.shared_entities),
            "events": len(self.story.events),
            "consistency": len(self.offers),
        }
        tabs = "   ".join(
            f"{'▶ ' if s == section else ''}{i} {name} ({counts[s]})" for i, (s, name) in enumerate(SECTIONS.items(), 1)
        )
        self.query_one("#story-sections", Static).update(one_line_content(tabs))
        self.rows, prompts = self._lines(section)
        options = self.options
        options.clear_options()
        options.add_options(
            [
                Option(one_line_content(p), id=str(i), disabled=r.version is None)
                for i, (r, p) in enumerate(zip(self.rows, prompts))
            ]
        )
        target = (
            highlighted
            if highlighted is not None
            else next((i for i, r in enumerate(self.rows) if r.version is not None), None)
        )
        if target is not None and self.rows:
            options.highlighted = min(target, len(self.rows) - 1)
        self._show_detail()

    def _lines(self, section: str) -> tuple[list[Row], list[str]]:
        story = self.story
        assert story is not None
        rows: list[Row] = []
        lines: list[str] = []
        groups: list[Any] = self._groups(section)
        for gi, group in enumerate(groups):
            rows.append(Row(section, gi))
            lines.append(_header(section, group))
            for vi, text in enumerate(_versions(story, section, group)):
                rows.append(Row(section, gi, vi))
                lines.append(text)
        if not rows:
            lines.append(EMPTY[section])
            rows.append(Row(section, -1))
        return rows, lines

    def current(self) -> Row | None:
        index = self.options.highlighted
        if index is None or index >= len(self.rows):
            return None
        row = self.rows[index]
        return row if row.version is not None else None

    def _groups(self, section: str) -> list[Any]:
        story = self.story
        assert story is not None
        if section == "consistency":
            return offer_groups(self.offers)
        groups: dict[str, list[Any]] = {
            "quotes": story.quotes,
            "entities": story.shared_entities,
            "events": story.events,
        }
        return groups[section]

    def _group(self, row: Row) -> Any:
        return self._groups(row.section)[row.group]

    def _version(self, row: Row) -> Any:
        group = self._group(row)
        if row.section == "entities":
            return group.forms()[row.version][0]
        return group.versions[row.version]

    @on(OptionList.OptionHighlighted, "#story-rows")
    def _show_detail(self) -> None:
        row = self.current()
        detail = ""
        if row is not None:
            group = self._group(row)
            conflicts = group.conflicts
            detail = (FLAG + "; ".join(conflicts)) if conflicts else "no conflict between outlets"
        self.query_one("#story-detail", Static).update(one_line_content(detail))

    # -- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_unit":
            return True if self.current() is not None else None
        if action == "apply":
            return True if self.current() is not None and self.section != "consistency" else None
        if action in ("take", "drop"):
            return True if self.current() is not None and self.section == "consistency" else None
        if action == "undo_apply":
            return True if self.last_apply else None
        return True

    def action_section(self, section: str) -> None:
        self.show_section(section)
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#story-rows")
    def _selected(self) -> None:
        """Enter on a row: the list takes the key first and says so with this message."""
        self.action_open_unit()

    def action_open_unit(self) -> None:
        row = self.current()
        if row is None:
            return
        version = self._version(row)
        self.app.open_article(version.doc_id, version.key)

    def action_apply(self) -> None:
        row = self.current()
        if row is None or self.story is None:
            return
        app = self.app
        version = self._version(row)
        changes = self._changes(row, version)
        steps = apply_changes(app.store, app.annotator, changes, settled=(version.doc_id, version.key))
        written = sum(steps.values())
        self.last_apply = steps if written else self.last_apply
        self._look_for_corrections(offer=False)  # what `a` wrote is not a correction to offer again
        others = len({c.doc_id for c in changes})
        if changes:
            self.notify(f"applied to {len(changes)} units in {others} other articles; u takes it back", markup=False)
        else:
            self.notify("the other outlets already agree with this version", markup=False)
        self.reload(keep=True)
        self.refresh_bindings()

    def _changes(self, row: Row, version: Any) -> list[Change]:
        story = self.story
        assert story is not None
        group = self._group(row)
        if row.section == "entities":
            return entity_changes(story, group, version)
        if row.section == "quotes":
            return quote_changes(story, group, version, EntityIndex(story.entities))
        return event_changes(story, group, version, self.app.store.schema())

    def action_take(self) -> None:
        row = self.current()
        if row is None or self.section != "consistency":
            return
        offer: Offer = self._version(row)
        app = self.app
        steps = apply_changes(app.store, app.annotator, [offer.change])
        self.offers.remove(offer)
        if steps:
            self.last_apply = steps
        self._look_for_corrections(offer=False)  # my own taking is not a new correction to offer
        self.reload(keep=True)
        self.refresh_bindings()

    def action_drop(self) -> None:
        row = self.current()
        if row is None or self.section != "consistency":
            return
        self.offers.remove(self._version(row))
        self.show_section("consistency", self.options.highlighted)
        self.refresh_bindings()

    def action_undo_apply(self) -> None:
        if not self.last_apply:
            return
        app = self.app
        undone = undo_changes(app.store, app.annotator, self.last_apply)
        self.last_apply = {}
        self._look_for_corrections(offer=False)
        self.notify(f"undone: {undone} decisions", markup=False)
        self.reload(keep=True)
        self.refresh_bindings()

    def action_back(self) -> None:
        self.app.pop_screen()


def _header(section: str, group: Any) -> str:
    flags = f"   {FLAG}{'; '.join(group.conflicts)}" if group.conflicts else ""
    n = len(group.doc_ids)
    if section == "quotes":
        return f"quotation in {n} outlets, alignment {group.score:.2f}, shared: {' '.join(group.shared) or '-'}{flags}"
    if section == "consistency":
        c, first = group.correction, group.offers[0]
        words = c.before.span.text_of(first.correction_text)
        where = first.correction_outlet or c.doc_id
        return (
            f"corrected in {where}: “{words}” ({c.before.kind}, {c.what}); {len(group.offers)} matching units elsewhere"
        )
    if section == "entities":
        labels = ", ".join(f"{k} {v}" for k, v in sorted(group.labels.items()))
        return f"{group.name} [{group.id}]: {n} outlets, {len(group.mentions)} mentions ({labels}){flags}"
    return f"{group.type}: {n} outlets{flags}"


def _versions(story: Story, section: str, group: Any) -> list[str]:
    if section == "quotes":
        return [
            f"    {story.outlet(v.doc_id)}: “{v.text}”  {v.kind} · {v.speaker_name or 'no speaker'} · {v.cue_text or 'no cue'}"
            for v in group.versions
        ]
    if section == "consistency":
        return [f"    {story.outlet(o.doc_id)}: {_in_context(story, o)}  {o.proposal}" for o in group.offers]
    if section == "entities":
        return [
            f"    {story.outlet(m.doc_id)}: {m.text}  {m.label}" + (f"  ×{n}" if n > 1 else "")
            for m, n in group.forms()
        ]
    out = []
    for v in group.versions:
        args = ", ".join(f"{a.role}: {a.text}" for a in v.arguments) or "no arguments"
        nums = (
            f"  numbers {', '.join(str(int(n)) if n == int(n) else str(n) for n in sorted(v.numbers))}"
            if v.numbers
            else ""
        )
        out.append(f"    {story.outlet(v.doc_id)}: {v.trigger_text} ({args}){nums}")
    return out


def _in_context(story: Story, offer: Offer, width: int = 25) -> str:
    """The offered unit's words with a little of the text around them, to judge it by."""
    article = story.article(offer.doc_id)
    body = article.unit(offer.key)
    if body is None:
        return f"“{offer.mention}”"
    span, text = body.span, article.text
    before = " ".join(text[max(0, span.start - width) : span.start].split())
    after = " ".join(text[span.end : span.end + width].split())
    return f"…{before} “{offer.mention}” {after}…"
