"""Keys per gold unit: a scripted editor turns the model's suggestions into the sample gold with the desk's keys.

The editor reads each sample article on the real article screen (Pilot, 120x40) and knows
what the gold says it should hold (as an editor who has read the article knows what to make),
nothing more: what it sees is the screen's state (the focused unit, the selection, the
choices a picker lists and which one is highlighted). At every step it picks the cheapest
keys it can see to reach the next difference and mend it, presses them through Pilot, and
looks again (closed loop: the desk's own behaviour decides where each key lands). Keys come
from the screen's bindings by id, so the planner uses exactly the key language the build has
(run it on an older build for the "before" figure).

At the end the annotator's layer is compared with the gold unit by unit; units the editor
could not reach with the desk's keys are listed. Printed: keys per gold unit overall and per
kind, and the share of keys spent on navigation (moving the focus or the selection cursor).

    python3 bench/bench_keys.py [--quick] [--docs N] [--verbose]

Targets (issue 10): <= 1.5 keys per gold unit overall, events <= 4, quotes <= 2.5.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "tests" / "suggest" / "gold" / "sample_gold.jsonl"
ANNOTATOR = "bench"
TARGETS = {"overall": 1.5, "event": 4.0, "quote": 2.5}


def build_store(folder: Path) -> Any:
    """The five sample articles with the model's suggestions, as `import --suggest` leaves them."""
    from annotator.config import Settings
    from annotator.store import open_store
    from annotator.suggest import run_suggest
    from annotator.tui.factory import load_samples

    db = folder / "keys.db"
    store = open_store(db)
    settings = Settings(db=str(db), annotator=ANNOTATOR)
    load_samples(store)
    run_suggest(store, settings)
    return store, settings


def read_gold() -> dict[str, list[Any]]:
    from annotator.export.read_jsonl import read_file

    return {doc.id: [u for u in units if u.kind != "boilerplate"] for doc, units in read_file(GOLD)}


def body_key(body: Any) -> str:
    """A body's identity for comparing with the gold: its JSON, roles in name order."""
    return json.dumps(body.model_dump(mode="json"), sort_keys=True)


@dataclass
class Tally:
    keys: Counter[str] = field(default_factory=Counter)  # by kind of the unit they served ("article": per-article keys)
    nav: int = 0
    total: int = 0
    unreached: list[str] = field(default_factory=list)
    by_what: Counter[str] = field(default_factory=Counter)  # keys by "kind what" (entity edit, event create...)
    items: Counter[str] = field(default_factory=Counter)  # items of work by "kind what"
    nav_by_what: Counter[str] = field(default_factory=Counter)
    by_key: Counter[str] = field(default_factory=Counter)  # which keys were pressed, by "kind: key"


@dataclass
class Todo:
    what: str  # accept, reject, edit, create
    gold: Any = None  # the gold unit to reach (None: reject)
    view_key: int | None = None

    @property
    def kind(self) -> str:
        return self.gold.kind if self.gold is not None else "?"


class Editor:
    """One scripted editor on the live app: reads the screen, presses keys, counts them."""

    def __init__(self, app: Any, pilot: Any, tally: Tally, verbose: bool = False) -> None:
        from annotator.tui.screens.article import ArticleScreen

        self.app, self.pilot, self.tally, self.verbose = app, pilot, tally, verbose
        self.keys: dict[str, str] = {}
        for b in ArticleScreen.BINDINGS:
            if getattr(b, "id", None):
                self.keys.setdefault(b.id.split(".", 1)[1], b.key.split(",")[0])
        self.kind = "article"
        self.what = "article"

    # -- pressing ------------------------------------------------------------------------

    def has(self, name: str) -> bool:
        return name in self.keys

    async def press(self, *keys: str, nav: bool = False) -> None:
        for key in keys:
            await self.pilot.press(key)
            self.tally.total += 1
            self.tally.keys[self.kind] += 1
            self.tally.by_what[f"{self.kind} {self.what}"] += 1
            self.tally.by_key[f"{self.kind}: {key}"] += 1
            if nav:
                self.tally.nav += 1
                self.tally.nav_by_what[f"{self.kind} {self.what}"] += 1
            if self.verbose:
                print(f"    [{self.kind}{' nav' if nav else ''}] {key}")
        await self.settle()

    async def act(self, name: str, nav: bool = False) -> None:
        await self.press(self.keys[name], nav=nav)

    async def settle(self) -> None:
        await self.pilot.pause()

    @property
    def screen(self) -> Any:
        return self.app.screen

    def article(self) -> Any:
        from annotator.tui.screens.article import ArticleScreen

        for s in reversed(self.app.screen_stack):
            if isinstance(s, ArticleScreen):
                return s
        raise RuntimeError("no article screen")

    # -- one article ---------------------------------------------------------------------

    async def edit(self, doc_id: str, gold: list[Any]) -> None:
        self.app.open_article(doc_id)
        await self.settle()
        screen = self.article()
        self.gold = gold
        self.text = screen.desk.state.text
        todo = self.todo()
        accepts = sum(1 for t in todo if t.what == "accept")
        if accepts >= 2 and self.has("accept_all"):
            self.kind = self.what = "article"
            await self.act("accept_all")
        stuck: Counter[str] = Counter()
        while True:
            todo = self.todo()
            if not todo:
                break
            item = self.nearest(todo)
            tag = f"{item.what}:{item.view_key}:{body_key(item.gold.body) if item.gold else ''}"
            stuck[tag] += 1
            if stuck[tag] > 2:
                self.tally.unreached.append(f"{doc_id}: {item.what} {self.describe(item)} (no progress)")
                self.gold = [g for g in self.gold if g is not item.gold]
                if item.gold is None:  # an extra unit it cannot remove: give up on the article's rest
                    break
                continue
            self.kind = item.kind if item.gold is not None else self.view_kind(item.view_key)
            self.what = item.what
            self.tally.items[f"{self.kind} {self.what}"] += 1
            if self.verbose:
                print(f"  item {self.kind} {item.what}: {self.describe(item)}")
            await self.escape_all()
            try:
                await self.do(item)
            except Unreachable as why:
                self.tally.unreached.append(f"{doc_id}: {item.what} {self.describe(item)} ({why})")
                self.gold = [g for g in self.gold if g is not item.gold]
                await self.escape_all()
        self.kind = self.what = "article"
        await self.escape_all()
        await self.act("done")
        from annotator.tui.screens.pickers import ConfirmScreen

        if isinstance(self.screen, ConfirmScreen):
            await self.press("enter")

    async def escape_all(self) -> None:
        from annotator.tui.screens.article import ArticleScreen

        while not isinstance(self.screen, ArticleScreen) or self.article().selection is not None:
            await self.press("escape")  # counted: the editor presses it

    def describe(self, item: Todo) -> str:
        unit = item.gold
        if unit is None:
            view = self.article().desk.state.view(item.view_key)
            return f"extra {view.kind if view else '?'} {view.span.text_of(self.text)[:40]!r}" if view else "?"
        return f"{unit.kind} {unit.body.span.text_of(self.text)[:40]!r}"

    def view_kind(self, key: int | None) -> str:
        view = self.article().desk.state.view(key)
        return view.kind if view is not None else "article"

    def todo(self) -> list[Todo]:
        """What still differs from the gold, one item per unit to accept, reject, edit or create."""
        state = self.article().desk.state
        remaining = {body_key(g.body): g for g in self.gold}
        out: list[Todo] = []
        loose = []
        for v in state.views:
            k = body_key(v.body)
            if v.state != "rejected" and k in remaining:
                g = remaining.pop(k)
                if v.pending:
                    out.append(Todo("accept", g, v.key))
            elif v.state != "rejected":
                loose.append(v)
        for v in state.views:  # a rejected unit the gold wants back: a brings it back
            if v.state == "rejected" and body_key(v.suggestion.body if v.suggestion else v.body) in remaining:
                out.append(
                    Todo("accept", remaining.pop(body_key(v.suggestion.body if v.suggestion else v.body)), v.key)
                )
        for v in loose:
            g = self.partner(v, remaining)
            if g is not None:
                remaining.pop(body_key(g.body))
                out.append(Todo("edit", g, v.key))
            else:
                out.append(Todo("reject", None, v.key))
        out += [Todo("create", g) for g in remaining.values()]
        return out

    def partner(self, view: Any, remaining: dict[str, Any]) -> Any:
        """The gold unit an unmatched unit should become: same kind and span, else an overlapping entity."""
        from annotator.core.spans import overlap_size

        same = [g for g in remaining.values() if g.kind == view.kind and g.body.span == view.span]
        if same:
            return same[0]
        if view.kind != "entity":
            return None
        near = [g for g in remaining.values() if g.kind == "entity" and overlap_size(g.body.span, view.span) > 0]
        if not near:
            return None
        occupied = {v.span for v in self.article().desk.state.views if v.state != "rejected"}
        near = [g for g in near if g.body.span not in occupied]
        return max(near, key=lambda g: overlap_size(g.body.span, view.span), default=None)

    def nearest(self, todo: list[Todo]) -> Todo:
        """The next item in text order from the focus (wrapping round): an editor works down the page."""
        state = self.article().desk.state
        focus = state.view(self.article().focus_key)
        here = focus.span.start if focus is not None else 0

        def where(t: Todo) -> int:
            if t.view_key is not None:
                v = state.view(t.view_key)
                return v.span.start if v is not None else 0
            return t.gold.body.span.start

        return min(todo, key=lambda t: ((where(t) - here) % (len(self.text) + 1), t.what != "accept"))

    # -- doing one item --------------------------------------------------------------------

    async def do(self, item: Todo) -> None:
        if item.what == "create":
            await self.create(item.gold)
            return
        await self.focus(item.view_key)
        view = self.article().desk.state.view(item.view_key)
        if item.what == "accept":
            await self.act("accept")
        elif item.what == "reject":
            await self.act("reject")
        else:
            await self.mend(view, item.gold)

    async def focus(self, key: int | None) -> None:
        """Move the focus to the unit `key` by the cheapest way the build offers."""
        screen = self.article()
        state = screen.desk.state
        target = state.index_of(key)
        if target is None:
            raise Unreachable("the unit left the list")
        plans = self.focus_plans(target)
        keys, how = min(plans, key=lambda p: len(p[0]))
        if self.verbose:
            print(f"  focus {how}: {len(keys)} keys to {state.views[target].span.text_of(self.text)[:30]!r}")
        for k in keys:
            if screen.focus_key == key:
                break
            await self.press(k, nav=True)
        if screen.focus_key != key:  # the prediction missed (a scroll, a wrap): step the rest
            for _ in range(len(state.views)):
                index = state.index_of(screen.focus_key)
                if index == target:
                    break
                await self.act("next_unit" if index is None or index < target else "previous_unit", nav=True)
        if screen.focus_key != key:
            raise Unreachable("could not focus it")

    def focus_plans(self, target: int) -> list[tuple[list[str], str]]:
        screen = self.article()
        state = screen.desk.state
        here = state.index_of(screen.focus_key)
        here = 0 if here is None else here
        step = target - here
        plans = [([self.keys["next_unit" if step > 0 else "previous_unit"]] * abs(step), "j/k")]
        plans.append(([self.keys["first_unit"]] + [self.keys["next_unit"]] * target, "home"))
        plans.append(([self.keys["last_unit"]] + [self.keys["previous_unit"]] * (len(state.views) - 1 - target), "end"))
        view = state.views[target]
        kind_key = {"entity": "next_entity", "quote": "next_quote", "event": "next_event"}.get(view.kind)
        if kind_key and self.has(kind_key):
            between = [v for v in state.views[here + 1 : target + 1] if v.kind == view.kind] if step > 0 else []
            if between:
                plans.append(([self.keys[kind_key]] * len(between), "next of kind"))
        if self.has("next_pending") and view.pending and step > 0:
            between = [v for v in state.views[here + 1 : target + 1] if v.pending]
            plans.append(([self.keys["next_pending"]] * len(between), "next unreviewed"))
        query = self.search_query(view.span.start, here_offset(state, screen.focus_key), land=view)
        if query is not None:
            plans.append(([self.keys["search"], *query, "enter"], "search"))
        return plans

    def search_query(self, start: int, after: int, land: Any = None) -> list[str] | None:
        """The fewest characters that make the article's search land on `start` (None: no search key)."""
        if not self.has("search"):
            return None
        from annotator.core.selection import find

        text = self.text
        for n in range(1, 25):
            query = text[start : start + n]
            if "\n" in query:
                return None
            if find(text, query, after + 1) == start:
                if land is not None and self.lands_on(start) is not land:
                    return None
                return [key_name(c) for c in query]
        return None

    def lands_on(self, offset: int) -> Any:
        """Where the desk's search lands at `offset`: the shortest unit starting there, else a selection (None)."""
        state = self.article().desk.state
        hits = [v for v in state.views if v.span.start == offset]
        return min(hits, key=lambda v: v.span.end - v.span.start) if hits else None

    # -- mending a unit ------------------------------------------------------------------------

    async def mend(self, view: Any, gold: Any) -> None:
        body, want = view.body, gold.body
        if view.kind == "quote" and tuple(body.extra) != tuple(want.extra) and not want.extra:
            await self.act("reject")  # no way to drop a second part: reject it and make the quote anew
            await self.create(gold)
            return
        if view.kind == "entity":
            await self.boundaries(view.key, want.span)
            view = self.article().desk.state.view(view.key)
            if view.label != want.label:
                await self.relabel(want.label)
            return
        if view.label != gold_label(want):
            await self.act("pick_label")
            await self.pick(gold_label(want))
        view = self.article().desk.state.view(view.key)
        if view.kind == "event":
            await self.roles(view, want.arguments)
        else:
            await self.quote_parts(view, want)
        del body

    async def boundaries(self, key: int, want: Any) -> None:
        screen = self.article()
        for _ in range(40):
            view = screen.desk.state.view(key)
            span = view.span
            if span == want:
                return
            if span.start > want.start:
                await self.act("start_left")
            elif span.start < want.start:
                await self.act("start_right")
            elif span.end < want.end:
                await self.act("end_right")
            else:
                await self.act("end_left")
            if screen.desk.state.view(key).span == span:
                raise Unreachable("boundary not on a token edge")
        raise Unreachable("boundary too far")

    async def relabel(self, label: str) -> None:
        labels = self.article().desk.state.schema.entity_label_names
        index = labels.index(label) + 1
        if index <= 9:
            await self.act(f"label_{index}")
        else:
            await self.act("pick_label")
            await self.pick(label)

    async def quote_parts(self, view: Any, want: Any) -> None:
        body = view.body
        if tuple(body.extra) != tuple(want.extra):
            if want.extra and not body.extra and self.has("quote_part"):
                await self.add_parts(view.key, want.extra)
            elif want.extra:
                raise Unreachable("a quote's second part cannot be set from the desk")
            else:
                await self.act("reject")  # no way to drop a second part: reject it and make the quote anew
                await self.create(_GoldLike(want))
                return
            body = self.article().desk.state.view(view.key).body
        if body.speaker != want.speaker or body.speaker_entity != want.speaker_entity:
            if not await self.unit_choice(view.key, self.speaker_rows(want)):
                await self.act("speaker")
                await self.speaker(want, view.span)
        body = self.article().desk.state.view(view.key).body
        if body.cue != want.cue:
            await self.act("cue")
            await self.mention(want.cue, view.span)

    async def add_parts(self, key: int, parts: Any) -> None:
        """A newer desk's `+`: the next quotation comes selected; move the selection onto the part, Enter."""
        for part in parts:
            await self.focus(key)
            await self.act("quote_part")
            if self.article().selection is None:
                raise Unreachable("+ opened no selection")
            await self.select(part)
            await self.press("enter")

    def speaker_rows(self, want: Any) -> list[str]:
        """The one-key attribution rows (a newer desk) that give the wanted speaker and entity: the wanted cue's first."""
        from annotator.tui.screens.article_flows import SPEAKER_ROW, span_id

        if want.speaker is None:
            return []
        head = f"{SPEAKER_ROW}{span_id(want.speaker)}|{span_id(want.speaker_entity) if want.speaker_entity else '-'}|"
        screen = self.article()
        ids = [c.id for c in screen.focused_choices()] if hasattr(screen, "focused_choices") else []
        rows = [i for i in ids if i.startswith(head)]
        exact = head + (span_id(want.cue) if want.cue else "-")
        return sorted(rows, key=lambda i: i != exact)

    async def speaker(self, want: Any, near: Any) -> None:
        """The speaker picker (and, for a speaker that is no entity, the 'who is it' one)."""
        from annotator.tui.screens.pickers import PickerScreen

        screen = self.screen
        if isinstance(screen, PickerScreen) and want.speaker is not None:
            rows = [r for r in self.picker_speaker_rows(want) if screen.key_for(r)]
            if rows:
                await self.pick(rows[0])
                return
        await self.mention(want.speaker, near)
        from annotator.tui.screens.pickers import PickerScreen

        if isinstance(self.screen, PickerScreen) and self.screen.title_text.startswith("Who is"):
            await self.mention(want.speaker_entity, want.speaker or near)

    def picker_speaker_rows(self, want: Any) -> list[str]:
        from annotator.tui.screens.article_flows import SPEAKER_ROW, span_id

        head = f"{SPEAKER_ROW}{span_id(want.speaker)}|{span_id(want.speaker_entity) if want.speaker_entity else '-'}|"
        ids = [c.id for c in self.screen._shown]
        exact = head + (span_id(want.cue) if want.cue else "-")
        return sorted((i for i in ids if i.startswith(head)), key=lambda i: i != exact)

    async def roles(self, view: Any, want: dict[str, Any]) -> None:
        """r, then role by role (a newer desk keeps the role picker open: Escape once at the end)."""
        from annotator.tui.screens.pickers import PickerScreen

        for _ in range(12):
            have = self.article().desk.state.view(view.key).body.arguments
            wrong = [r for r in sorted(set(have) | set(want)) if have.get(r) != want.get(r)]
            if not wrong:
                await self.escape_all()
                return
            if not isinstance(self.screen, PickerScreen) and await self.unit_choice(
                view.key, self.role_rows(want, wrong)
            ):
                continue
            role = wrong[0]
            if not isinstance(self.screen, PickerScreen):
                await self.act("roles")
            await self.role_step(role, want.get(role), view.span)
        raise Unreachable("roles did not settle")

    def role_rows(self, want: dict[str, Any], wrong: list[str]) -> list[str]:
        """The one-key rows (a newer desk lists them in the event's details) that mend a wrong role."""
        from annotator.tui.screens.article_flows import span_id

        return [f"fill:{r}:{span_id(want[r])}" if r in want else f"clear:{r}" for r in wrong]

    async def unit_choice(self, key: int, rows: list[str]) -> bool:
        """Press the digit of the first wanted row the focused unit's details list (a newer desk); False: none."""
        screen = self.article()
        if screen.focus_key != key or not hasattr(screen, "focused_choices"):
            return False
        ids = [c.id for c in screen.focused_choices()]
        found = next((ids.index(r) for r in rows if r in ids), None)
        if found is None:
            return False
        await self.act(f"label_{found + 1}")
        return True

    async def role_step(self, role: str, span: Any, trigger: Any) -> None:
        """In the role picker: a one-key suggested filler (or clear) when offered, else the role and then its filler."""
        from annotator.tui.screens.article_flows import span_id

        ids = [c.id for c in self.screen._shown]
        row = f"fill:{role}:{span_id(span)}" if span is not None else f"clear:{role}"
        if row in ids and len(self.pick_keys(row)) <= len(self.pick_keys(role)) + 1:
            await self.pick(row)
            return
        await self.pick(role)
        await self.mention(span, trigger, clear=True)

    def typed_as_all(self, choice_id: str) -> list[str]:
        """An event type may be typed by its subtype alone (Transaction.Sell: "Sell")."""
        first = self.typed_as(choice_id)
        return [first, first.rsplit(".", 1)[-1]] if "." in first and ":" not in choice_id else [first]

    def typed_as(self, choice_id: str) -> str:
        """What an editor types for a row: a label's or role's name, a mention's words (never its offsets)."""
        from annotator.tui.screens.article_flows import parse_span_id

        if choice_id.startswith(("@", "fill:", "clear:")):
            return ""
        if ":" in choice_id and choice_id.replace(":", "").isdigit():
            return parse_span_id(choice_id).text_of(self.text)
        return choice_id

    # -- pickers and selections --------------------------------------------------------------------

    async def pick(self, choice_id: str) -> None:
        """Choose `choice_id` in the open picker by the cheapest keys: a digit, arrows, or typing."""
        await self.press(*self.pick_keys(choice_id))

    def pick_keys(self, choice_id: str) -> list[str]:
        from annotator.tui.screens.pickers import PickerScreen

        screen = self.screen
        if not isinstance(screen, PickerScreen):
            raise Unreachable("no picker opened")
        ids = [c.id for c in screen._shown]
        if choice_id not in ids:
            raise Unreachable(f"{choice_id!r} is not offered")
        digit = screen.key_for(choice_id) if hasattr(screen, "key_for") else None
        if digit is not None:
            return [digit]
        here = screen.query_one("OptionList").highlighted or 0
        arrows = ["down" if ids.index(choice_id) > here else "up"] * abs(ids.index(choice_id) - here)
        typings = [t for w in self.typed_as_all(choice_id) if (t := typing_for(screen.choices, choice_id, w))]
        typed = min(typings, key=len, default=None)
        keys = arrows if typed is None or len(arrows) <= len(typed) else typed
        return [*keys, "enter"]

    def select_cost(self, span: Any) -> int:
        """About what selecting `span` in the text costs (Enter on "select…", search to it, extend, Enter)."""
        tokens = self.article().desk.state.tokens
        inside = sum(1 for s, e in tokens if span.start <= s and e <= span.end)
        query = self.search_query(span.start, -1, land=None) if self.has("search") else None
        reach = len(query) + 2 if query is not None else 12
        return 1 + reach + min(inside - 1, 4) + 1

    async def mention(self, span: Any, near: Any, *, clear: bool = False) -> None:
        """Answer a mention picker with `span` (None: none / clear), selecting it in the text when not offered."""
        from annotator.tui.screens.article_flows import NONE, SELECT, SKIP, span_id
        from annotator.tui.screens.pickers import PickerScreen

        screen = self.screen
        if not isinstance(screen, PickerScreen):
            raise Unreachable("no picker opened")
        ids = [c.id for c in screen._shown]
        if span is None:
            await self.pick(NONE if NONE in ids else SKIP)
            return
        if span_id(span) in ids and len(self.pick_keys(span_id(span))) <= self.select_cost(span):
            await self.pick(span_id(span))
            return
        await self.pick(SELECT)
        await self.select(span)
        await self.press("enter")

    async def select(self, want: Any) -> None:
        """Move an open selection onto `want`: cursor to its first token, then extend to its last."""
        screen = self.article()
        tokens = screen.desk.state.tokens
        first = next((i for i, (s, e) in enumerate(tokens) if s == want.start), None)
        last = next((i for i, (s, e) in enumerate(tokens) if e == want.end), None)
        if first is None or last is None or last < first:
            raise Unreachable("not on token edges")
        if screen.selection.span(tokens) == want:
            return
        if await self.stroke(want):
            return
        await self.search_in_selection(first)
        if await self.stroke(want):
            return
        await self.cursor_to(first, "cursor")
        sel = screen.selection
        sel_span = sel.span(tokens)
        if sel_span.start == want.start and sel_span.end == want.end:
            return
        await self.cursor_to(last, "extend", nav=False)

    async def search_in_selection(self, first: int) -> None:
        """Move the selection's cursor by search when that is cheaper than the arrows (a newer desk)."""
        screen = self.article()
        tokens = screen.desk.state.tokens
        if not self.has("search") or screen.selection is None:
            return
        cur = screen.selection.cursor
        lay = screen.view.text_layout
        lines = abs(lay.line_of(tokens[cur][0]) - lay.line_of(tokens[first][0]))
        arrows = lines + min(abs(cur - first), 8)
        query = self.search_query(tokens[first][0], tokens[cur][0], land=None)
        if query is not None and len(query) + 2 < arrows:
            await self.press(self.keys["search"], *query, "enter", nav=True)

    async def stroke(self, want: Any) -> bool:
        """A one-stroke selection key whose span is `want` from where the cursor is (a newer desk)."""
        from annotator.core.selection import clause_at, quotation_at, sentence_at, smallest_around

        screen = self.article()
        sel = screen.selection
        if sel is None or not self.has("sentence"):
            return False
        tokens = screen.desk.state.tokens
        offset = tokens[sel.cursor][0]
        for name, fn in (("quotation", quotation_at), ("sentence", sentence_at), ("clause", clause_at)):
            if fn(self.text, offset) == want:
                await self.act(name)
                return screen.selection.span(tokens) == want
        spans = [v.span for v in screen.desk.state.mentions()] + list(screen.phrases())
        current = sel.span(tokens)
        steps = 0
        grown = smallest_around(spans, current) or smallest_around(spans, type(current)(start=offset, end=offset + 1))
        while grown is not None and steps < 3:
            steps += 1
            if grown == want:
                for _ in range(steps):
                    await self.act("phrase")
                return screen.selection.span(tokens) == want
            grown = smallest_around(spans, grown)
        return False

    async def cursor_to(self, index: int, how: str, nav: bool = True) -> None:
        screen = self.article()
        lay = screen.view.text_layout
        tokens = screen.desk.state.tokens
        for _ in range(400):
            cur = screen.selection.cursor
            if cur == index:
                return
            line_now, line_want = lay.line_of(tokens[cur][0]), lay.line_of(tokens[index][0])
            if line_now != line_want:
                key = f"{how}_{'down' if line_want > line_now else 'up'}"
                await self.act(key, nav=nav)
                if screen.selection.cursor != cur:
                    continue
            key = f"{how}_{'right' if index > cur else 'left'}"
            await self.act(key, nav=nav)
            if screen.selection.cursor == cur:
                raise Unreachable("the cursor does not move there")
        raise Unreachable("too far for the cursor")

    async def open_selection_at(self, start: int) -> None:
        """Open a keyboard selection with its cursor near `start`: focus a unit nearby, then v."""
        screen = self.article()
        state = screen.desk.state
        query = self.search_query(start, here_offset(state, screen.focus_key))
        if query is not None and self.has("search"):
            await self.press(self.keys["search"], *query, "enter", nav=True)
            if screen.selection is None:
                await self.act("select")
            return
        before = [i for i, v in enumerate(state.views) if v.span.start <= start]
        if before:
            await self.focus(state.views[before[-1]].key)
        elif state.views:
            await self.focus(state.views[0].key)
        await self.act("select")

    async def create(self, gold: Any) -> None:
        body = gold.body
        if gold.kind == "quote" and body.extra and self.has("quote_part"):
            body = body.model_copy(update={"extra": ()})  # the first part, then + for the others (finish_quote)
            gold = _GoldLike(gold.body)
        if gold.kind == "quote" and await self.quote_here(body, gold.body):
            return
        await self.open_selection_at(body.span.start)
        await self.select(body.span)
        if gold.kind == "entity":
            labels = self.article().desk.state.schema.entity_label_names
            index = labels.index(body.label) + 1
            if self.has("quote_here") and index <= 9:  # a newer desk: a digit labels the selection
                await self.act(f"label_{index}")
                return
            await self.press("enter")
            await self.pick(body.label)
        elif gold.kind == "quote":
            if body.extra:
                raise Unreachable("a quote's second part cannot be set from the desk")
            await self.act("quote")
            await self.speaker(body, body.span)
            await self.finish_quote(gold.body)
        else:
            await self.act("event")
            await self.pick(body.type)
            await self.new_event_roles(body)

    async def quote_here(self, body: Any, whole: Any) -> bool:
        """A newer desk's `"` (or `'` for reported speech): focus a unit from which the key leads to this quote, press it."""
        keys = self.quote_keys()
        if not keys:
            return False
        screen = self.article()
        state = screen.desk.state
        taken = [v.span for v in state.views if v.kind == "quote" and v.state != "rejected"]
        best: tuple[int, int | None, str] | None = None
        focus = state.view(screen.focus_key)
        for name, finds in keys:
            if focus is not None and finds(focus.span.start, taken) == body.span:
                best = (0, None, name)
                break
        for index, view in enumerate(state.views):
            if best is not None and best[0] == 0:
                break
            for name, finds in keys:
                if view.span.start > body.span.end or finds(view.span.start, taken) != body.span:
                    continue
                cost = min(len(keys_) for keys_, _ in self.focus_plans(index))
                if best is None or cost < best[0]:
                    best = (cost, view.key, name)
        if best is None or best[0] > 4:
            return False
        if best[1] is not None:
            await self.focus(best[1])
        await self.act(best[2])
        await self.speaker(body, body.span)
        await self.finish_quote(whole)
        return True

    def quote_keys(self) -> list[tuple[str, Any]]:
        """The keys that make a quote from the focus, with where each lands (offset, taken quotes) -> span."""
        from annotator.core.selection import next_quotation

        found: list[tuple[str, Any]] = []
        if self.has("quote_here"):
            found.append(("quote_here", lambda offset, taken: next_quotation(self.text, offset, taken)))
        if self.has("reported_here"):
            from annotator.suggest.reported import next_reported

            clauses = list(self.article()._parse().reported)
            found.append(("reported_here", lambda offset, taken: next_reported(clauses, offset, taken)))
        return found

    async def finish_quote(self, body: Any) -> None:
        from annotator.tui.screens.pickers import PickerScreen

        if isinstance(self.screen, PickerScreen):  # the cue question
            await self.mention(body.cue, body.span)
        await self.settle()
        view = self.article().focused_view()
        if view is not None and view.kind == "quote" and view.span == body.span:
            await self.mend(view, Todo("edit", _GoldLike(body)).gold)

    async def new_event_roles(self, body: Any) -> None:
        """Answer the new event's role questions one by one; Escape once nothing more is wanted."""
        from annotator.tui.screens.pickers import PickerScreen

        self.article_args_pending: set[str] = set()
        for _ in range(12):
            screen = self.screen
            if not isinstance(screen, PickerScreen):
                break
            if screen.title_text.startswith("Which role"):  # a newer desk: pick roles by key, Escape saves
                left = [r for r in body.arguments if r not in self.article_args_pending]
                if not left:
                    await self.press("escape")
                    break
                role = left[0]
                self.article_args_pending.add(role)
                await self.role_step(role, body.arguments[role], body.trigger)
                continue
            role = screen.title_text.split(" ", 1)[0]
            left = [r for r in body.arguments if r not in self.asked_roles(screen)]
            if not left:
                await self.press("escape")
                break
            await self.mention(body.arguments.get(role), body.trigger)
        await self.settle()
        view = self.article().focused_view()
        if view is not None and view.kind == "event" and view.span == body.trigger:
            await self.roles(view, body.arguments)

    def asked_roles(self, screen: Any) -> list[str]:
        """Roles up to and before the one asked now (the flow asks them in the schema's order)."""
        etype = self.article().desk.state.schema.event_type(screen.title_text.split("(")[-1].split(")")[0])
        role = screen.title_text.split(" ", 1)[0]
        roles = etype.roles if etype else []
        return roles[: roles.index(role)] if role in roles else []


@dataclass
class _GoldLike:
    body: Any

    @property
    def kind(self) -> str:
        return self.body.kind


class Unreachable(Exception):
    """The desk's keys cannot make this unit (the editor moves on and it is reported)."""


def gold_label(body: Any) -> str:
    return getattr(body, "label", None) or getattr(body, "type", None) or body.quote_kind


def here_offset(state: Any, key: int | None) -> int:
    view = state.view(key)
    return view.span.start if view is not None else -1


KEY_NAMES = {
    " ": "space",
    "'": "apostrophe",
    '"': "quotation_mark",
    ",": "comma",
    ".": "full_stop",
    "-": "minus",
    "’": "right_single_quotation_mark",
    "“": "left_double_quotation_mark",
    "”": "right_double_quotation_mark",
    "$": "dollar_sign",
    "(": "left_parenthesis",
    ")": "right_parenthesis",
}


def key_name(char: str) -> str:
    return KEY_NAMES.get(char, char)


def typing_for(choices: list[Any], choice_id: str, words: str) -> list[str] | None:
    """The shortest typed prefix of `words` (what the row shows) that the picker highlights the row for."""
    for n in range(1, len(words) + 1):
        needle = words[:n]
        shown = [c for c in choices if c.matches(needle)]
        first = next((i for i, c in enumerate(shown) if c.starts_with(needle)), None)
        if first is None:
            first = next((i for i, c in enumerate(shown) if c.matches(needle, strict=True)), 0)
        if shown and shown[first].id == choice_id:
            return [key_name(c) for c in needle]
    return None


def layer_equals_gold(store: Any, gold: dict[str, list[Any]]) -> tuple[int, list[str]]:
    """How many gold units the annotator's layer holds exactly, and every difference left."""
    from annotator.store import Layer

    layer = Layer.annotator_name(ANNOTATOR)
    held, diffs = 0, []
    for doc_id, units in gold.items():
        mine = Counter(body_key(u.body) for u in store.units(doc_id, layer) if u.state != "rejected")
        want = Counter(body_key(u.body) for u in units)
        held += sum((mine & want).values())
        diffs += [f"{doc_id}: missing {k[:110]}" for k in (want - mine)]
        diffs += [f"{doc_id}: extra {k[:110]}" for k in (mine - want)]
    return held, diffs


async def run(args: argparse.Namespace) -> dict[str, Any]:
    from annotator.tui.factory import build_app

    gold = read_gold()
    with tempfile.TemporaryDirectory() as tmp:
        store, settings = build_store(Path(tmp))
        doc_ids = sorted(gold)[: args.docs]
        gold = {d: gold[d] for d in doc_ids}
        app = build_app(settings, store, load_model=True)
        tally = Tally()
        began = time.perf_counter()
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(200):  # the editor reads with the model loaded (phrases need its parse)
                if app.nlp is not None or getattr(app, "model_error", None):
                    break
                await asyncio.sleep(0.05)
            editor = Editor(app, pilot, tally, args.verbose)
            for doc_id in doc_ids:
                print(f"{doc_id}: {len(gold[doc_id])} gold units", flush=True)
                await editor.edit(doc_id, list(gold[doc_id]))
        held, diffs = layer_equals_gold(store, gold)
        store.close()
    kinds = Counter(u.kind for units in gold.values() for u in units)
    return {
        "units": sum(kinds.values()),
        "kinds": dict(kinds),
        "held": held,
        "diffs": diffs,
        "tally": tally,
        "seconds": time.perf_counter() - began,
    }


def report(result: dict[str, Any]) -> None:
    tally: Tally = result["tally"]
    units, kinds = result["units"], result["kinds"]
    print(f"\ngold units: {units} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})")
    print(f"keys: {tally.total} in {result['seconds']:.0f} s of replay")
    overall = tally.total / max(1, units)
    print(f"keys per gold unit, overall: {overall:.2f}   (target <= {TARGETS['overall']})")
    for kind in sorted(kinds):
        per = tally.keys[kind] / max(1, kinds[kind])
        target = f"   (target <= {TARGETS[kind]})" if kind in TARGETS else ""
        print(f"  {kind:<7} {per:.2f}  ({tally.keys[kind]} keys){target}")
    print(f"  per-article keys (accept all, done): {tally.keys['article']}")
    print(f"navigation: {tally.nav} keys, {tally.nav / max(1, tally.total):.0%} of all")
    print("by kind of work (items, keys, keys per item, of which navigation):")
    for what, n in sorted(tally.by_what.items(), key=lambda kv: -kv[1]):
        items = tally.items[what]
        per = f"{n / items:5.2f}" if items else "    -"
        print(f"  {what:<16} {items:4} items {n:5} keys  {per} each  nav {tally.nav_by_what[what]}")
    print("most pressed keys:", ", ".join(f"{k} {n}" for k, n in tally.by_key.most_common(20)))
    print(f"annotator layer equals gold on {result['held']} of {units} units")
    if tally.unreached:
        print(f"units the editor could not reach with the desk's keys ({len(tally.unreached)}):")
        for line in tally.unreached:
            print(f"  {line}")
    if result["diffs"]:
        print(f"differences left in the layer ({len(result['diffs'])}):")
        for line in result["diffs"][:40]:
            print(f"  {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="two articles instead of five")
    parser.add_argument("--docs", type=int, default=5, help="how many sample articles (default 5)")
    parser.add_argument("--verbose", action="store_true", help="print every key")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if args.quick:
        args.docs = min(args.docs, 2)
    result = asyncio.run(run(args))
    report(result)
    if args.json:
        tally = result["tally"]
        args.json.write_text(
            json.dumps(
                {
                    "units": result["units"],
                    "keys": tally.total,
                    "by_kind": dict(tally.keys),
                    "nav": tally.nav,
                    "by_what": dict(tally.by_what),
                    "items": dict(tally.items),
                    "by_key": dict(tally.by_key),
                }
            )
        )


if __name__ == "__main__":
    main()
