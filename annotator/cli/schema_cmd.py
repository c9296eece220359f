"""`annotator schema show|load`: the label schema stored in the corpus, and changing it.

`show` prints TOML that `load` reads back, so editing a copy is the way to change it.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from annotator.cli import add_common
from annotator.cli.common import open_db, say, settings_from
from annotator.core.display import json_for_terminal
from annotator.core.schema import LabelSchema, default_schema, load_schema_file
from annotator.errors import UserError
from annotator.store.location import exists

MAP_HELP = (
    "rename labels in use: OLD=NEW (entity label, event type or quote kind), Type:Role=NewRole "
    "(an event role), or OLD= to delete the annotations that use OLD; repeatable"
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("schema", help="show or change the label schema", description=__doc__.splitlines()[0])
    add_common(p)
    actions = p.add_subparsers(dest="schema_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the schema (TOML; --json for JSON)")
    add_common(show)
    show.add_argument("--json", action="store_true", help="print JSON instead of TOML")
    show.set_defaults(handler=run_show)
    load = actions.add_parser("load", help="replace the schema from a TOML or JSON file")
    add_common(load)
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--map", action="append", default=[], metavar="OLD=NEW", help=MAP_HELP)
    load.set_defaults(handler=run_load)


def run_show(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    if not exists(settings.db):  # show what a new corpus would get, without creating one
        say(f"({settings.db} does not exist yet: this is the default schema)", err=True)
        schema = default_schema()
    else:
        store = open_db(settings, reading=True)
        try:
            schema = store.schema()
        finally:
            store.close()
    # Labels are data: C1 and bidi controls go out escaped (\uXXXX means the same in JSON and TOML).
    shown = schema.model_dump_json(indent=2) if args.json else to_toml(schema)
    print(json_for_terminal(shown), end="\n" if args.json else "")
    return 0


def run_load(args: argparse.Namespace) -> int:
    schema = load_schema_file(args.file)
    mapping = parse_mapping(args.map)
    check_targets(mapping, schema)
    store = open_db(settings_from(args))
    try:
        usage = store.label_usage()
        version = store.set_schema(schema, mapping)
    finally:
        store.close()
    say(f"schema version {version} stored from {args.file}")
    for old, new in mapping.items():
        n = _uses(usage, old)
        what = f"deleted {n}" if not new else f"{n} now {new}"
        say(f"  {old}: {what} annotation{'s' if n != 1 else ''}")
    return 0


def parse_mapping(items: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        old, sep, new = item.partition("=")
        old, new = old.strip(), new.strip()
        if not sep or not old:
            raise UserError(f"--map {item!r}: write OLD=NEW, Type:Role=NewRole, or OLD= to delete")
        if old in mapping and mapping[old] != new:
            raise UserError(f"--map {old}: mapped twice ({mapping[old]!r} and {new!r})")
        if ":" in old and ":" in new:
            raise UserError(f"--map {item!r}: a role maps to a role name only (Type:Role=NewRole)")
        mapping[old] = new
    return mapping


def check_targets(mapping: dict[str, str], schema: LabelSchema) -> None:
    """Refuse a mapping onto a label the new schema lacks: it would orphan what it moves."""
    known = {*schema.entity_label_names, *schema.event_type_names, *schema.quote_kinds}
    for old, new in mapping.items():
        if not new:
            continue
        if ":" in old:
            etype = schema.event_type(mapping.get(old.partition(":")[0]) or old.partition(":")[0])
            if etype is not None and new not in etype.roles:
                raise UserError(
                    f"--map {old}={new}: {etype.name} has no role {new!r} (roles: {', '.join(etype.roles)})"
                )
        elif new not in known:
            raise UserError(f"--map {old}={new}: {new!r} is not a label, event type or quote kind in the new schema")


def _uses(usage: dict[tuple[str, str], int], old: str) -> int:
    if ":" in old:
        return usage.get(("role", old), 0)
    return sum(n for (kind, label), n in usage.items() if kind != "role" and label == old)


# -- TOML out (tomllib only reads) --------------------------------------------------------

_BARE = re.compile(r"^[A-Za-z0-9_-]+$")


def _s(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's for everything json.dumps emits."""
    return json.dumps(value, ensure_ascii=False)


def _key(name: str) -> str:
    return name if _BARE.match(name) else _s(name)


def _list(values: list[str]) -> str:
    return "[" + ", ".join(_s(v) for v in values) + "]"


def to_toml(schema: LabelSchema) -> str:
    out = [
        "# The label schema of this corpus. Edit a copy, then: annotator schema load FILE",
        f"version = {schema.version}",
        f"quote_kinds = {_list(schema.quote_kinds)}",
        "",
    ]
    if schema.quote_kind_descriptions:
        out += ["[quote_kind_descriptions]"]
        out += [f"{_key(k)} = {_s(v)}" for k, v in schema.quote_kind_descriptions.items()] + [""]
    for label in schema.entity_labels:
        out += ["[[entity_labels]]", f"name = {_s(label.name)}", f"description = {_s(label.description)}"]
    out += ["", "[model_labels]"] + [f"{_key(k)} = {_s(v)}" for k, v in schema.model_labels.items()]
    for etype in schema.event_types:
        out += [
            "",
            "[[event_types]]",
            f"name = {_s(etype.name)}",
            f"description = {_s(etype.description)}",
            f"roles = {_list(etype.roles)}",
            f"required = {_list(etype.required)}",
        ]
    return "\n".join(out) + "\n"
