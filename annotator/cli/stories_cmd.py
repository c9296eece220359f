"""`annotator stories`: find stories across outlets, review them, and fix which articles belong."""

from __future__ import annotations

import argparse
import json
from typing import Any

from annotator.cli import add_common
from annotator.errors import UserError

KEY_MAX = 200


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stories",
        help="stories across outlets: suggest, list, show, merge, split, set",
        description="A story groups articles on one event. `suggest` finds them from shared names, quotations and "
        "publication dates (README, Stories); the others review and change which articles belong to which story.",
    )
    add_common(p)
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    s = verbs.add_parser("suggest", help="propose stories from shared names, quotations and dates")
    add_common(s)
    s.add_argument("--apply", action="store_true", help="give the proposed key to members that have no story yet")
    s.add_argument("--json", action="store_true", help="one JSON object per proposed story")
    s.set_defaults(handler=run_suggest)
    ls = verbs.add_parser("list", help="every story: key, articles, outlets")
    add_common(ls)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    sh = verbs.add_parser("show", help="a story's articles, aligned quotes, shared entities and events")
    add_common(sh)
    sh.add_argument("key")
    sh.add_argument("--json", action="store_true", help="the story as the `stories` export writes it")
    sh.set_defaults(handler=run_show)
    m = verbs.add_parser("merge", help="move every article of the other stories into KEY")
    add_common(m)
    m.add_argument("key")
    m.add_argument("others", nargs="+", metavar="OTHER")
    m.set_defaults(handler=run_merge)
    sp = verbs.add_parser("split", help="move some articles of KEY into a new story")
    add_common(sp)
    sp.add_argument("key")
    sp.add_argument("doc_ids", nargs="+", metavar="DOC")
    sp.add_argument("--new", required=True, metavar="NEWKEY", help="the new story's key")
    sp.set_defaults(handler=run_split)
    st = verbs.add_parser("set", help="put articles into story KEY (or, with --none, into no story)")
    add_common(st)
    st.add_argument("key", nargs="?")
    st.add_argument("doc_ids", nargs="*", metavar="DOC")
    st.add_argument("--none", action="store_true", help="take the articles out of any story (then no KEY)")
    st.set_defaults(handler=run_set)


def check_key(key: str) -> str:
    if not key.strip() or key != key.strip() or len(key) > KEY_MAX or not key.isprintable():
        raise UserError(f"story key {key!r}: printable characters without spaces at the ends, 1-{KEY_MAX} long")
    return key


def _store(args: argparse.Namespace, *, reading: bool = False) -> Any:
    from annotator.cli.common import open_db, settings_from

    return open_db(settings_from(args), must_exist=True, reading=reading)


def run_suggest(args: argparse.Namespace) -> int:
    from annotator.cli.common import progress, say
    from annotator.stories.corpus import suggest_for_store

    store = _store(args, reading=not args.apply)
    try:
        with progress("reading articles", store.count_documents()) as advance:
            found = suggest_for_store(store, advance)
        changed = 0
        for story in found:
            if args.json:
                print(json.dumps({"key": story.key, "doc_ids": story.doc_ids, "shared": story.shared}))
            else:
                _say_proposal(store, story)
            if args.apply:
                fresh = [d for d in story.doc_ids if store.story_of(d) is None]
                changed += store.set_story_key(fresh, story.key) if fresh else 0
    finally:
        store.close()
    if not args.json:
        say(f"{len(found)} stories proposed" + (f"; {changed} articles given a story key" if args.apply else ""))
    return 0


def _say_proposal(store: Any, story: Any) -> None:
    from annotator.cli.common import say

    say(f"{story.key}: {len(story.doc_ids)} articles, sharing {', '.join(f[2:] for f in story.shared)}")
    for doc_id in story.doc_ids:
        doc = store.document(doc_id)
        now = f" [now in {doc.story_key}]" if doc.story_key else ""
        say(f"  {doc_id}  {doc.outlet or '-'}  {doc.title}{now}")


def run_list(args: argparse.Namespace) -> int:
    from annotator.cli.common import say

    store = _store(args, reading=True)
    try:
        rows = store.stories()
    finally:
        store.close()
    for row in rows:
        if args.json:
            print(json.dumps({"key": row.key, "documents": row.documents, "outlets": list(row.outlets)}))
        else:
            say(f"{row.key}  {row.documents} articles  {', '.join(row.outlets) or '-'}")
    if not rows and not args.json:
        say("no stories yet (import with --story KEY, or run `annotator stories suggest --apply`)")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from annotator.cli.common import say, settings_from
    from annotator.export.stories import story_record
    from annotator.stories.load import load_story

    store = _store(args, reading=True)
    try:
        if not store.story_doc_ids(args.key):
            raise UserError(f"no story {args.key!r} (`annotator stories list` shows them)")
        story = load_story(store, settings_from(args).annotator or "", args.key)
    finally:
        store.close()
    if args.json:
        print(json.dumps(story_record(story), ensure_ascii=False))
        return 0
    for line in describe(story):
        say(line)
    return 0


def describe(story: Any) -> list[str]:
    """The story as lines of text (what `stories show` prints)."""
    out = [f"story {story.key}: {len(story.articles)} articles"]
    out += [f"  {a.id}  {a.outlet or '-'}  {a.title}" for a in story.articles]
    out.append(f"quotes across outlets ({len(story.quotes)}):")
    for g in story.quotes:
        out.append(f"  - {len(g.doc_ids)} outlets" + (f"  ! {'; '.join(g.conflicts)}" if g.conflicts else ""))
        for v in g.versions:
            who = v.speaker_name or "?"
            out.append(f"      {story.outlet(v.doc_id)}: “{v.text}” ({v.kind}; {who}; {v.cue_text or '-'})")
    shared = story.shared_entities
    out.append(f"people and organisations across outlets ({len(shared)}):")
    for r in shared:
        labels = ", ".join(f"{k} {n}" for k, n in sorted(r.labels.items()))
        flag = f"  ! {'; '.join(r.conflicts)}" if r.conflicts else ""
        out.append(f"  {r.id}  {r.name}  {len(r.doc_ids)} outlets, {len(r.mentions)} mentions ({labels}){flag}")
    out.append(f"events across outlets ({len(story.events)}):")
    for e in story.events:
        out.append(f"  - {e.type}, {len(e.doc_ids)} outlets" + (f"  ! {'; '.join(e.conflicts)}" if e.conflicts else ""))
        for v in e.versions:
            args = ", ".join(f"{a.role}: {a.text}" for a in v.arguments)
            out.append(f"      {story.outlet(v.doc_id)}: {v.trigger_text} ({args or 'no arguments'})")
    return out


def _known_docs(store: Any, doc_ids: list[str]) -> list[str]:
    missing = [d for d in doc_ids if not store.has_document(d)]
    if missing:
        raise UserError(f"no such document: {', '.join(missing)} (nothing changed)")
    return doc_ids


def run_merge(args: argparse.Namespace) -> int:
    from annotator.cli.common import say

    key = check_key(args.key)
    store = _store(args)
    try:
        unknown = [k for k in args.others if not store.story_doc_ids(k)]
        if unknown:
            raise UserError(f"no story {', '.join(map(repr, unknown))} (nothing changed)")
        with store.transaction():
            moved = sum(store.rename_story(other, key) for other in args.others if other != key)
    finally:
        store.close()
    say(f"{moved} articles moved into {key}")
    return 0


def run_split(args: argparse.Namespace) -> int:
    from annotator.cli.common import say

    new = check_key(args.new)
    store = _store(args)
    try:
        members = set(store.story_doc_ids(args.key))
        if not members:
            raise UserError(f"no story {args.key!r} (nothing changed)")
        outside = [d for d in args.doc_ids if d not in members]
        if outside:
            raise UserError(f"not in story {args.key!r}: {', '.join(outside)} (nothing changed)")
        moved = store.set_story_key(args.doc_ids, new)
    finally:
        store.close()
    say(f"{moved} articles moved from {args.key} into {new}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    from annotator.cli.common import say

    if args.none:
        ids = [args.key, *args.doc_ids] if args.key else list(args.doc_ids)
        key = None
    else:
        if args.key is None or not args.doc_ids:
            raise UserError("stories set KEY DOC... (or stories set --none DOC...)")
        ids, key = list(args.doc_ids), check_key(args.key)
    store = _store(args)
    try:
        changed = store.set_story_key(_known_docs(store, ids), key)
    finally:
        store.close()
    say(f"{changed} articles " + (f"now in {key}" if key else "taken out of their story"))
    return 0
