"""Every binding of the desk, grouped by the screen that owns it, with keys as the keymap says.

The list is found by introspection, not kept by hand: the app, then every class in
`annotator.tui.screens.*` and `annotator.tui.widgets.*` that declares its own BINDINGS.
A class may set `HELP_GROUP` to file its bindings under a screen's heading (a table
inside the queue says "Queue"); otherwise the class name is the heading.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType

from textual.binding import Binding
from textual.dom import DOMNode

PACKAGES = ("annotator.tui.screens", "annotator.tui.widgets")
# Headings listed first, in this order; any other group follows alphabetically.
ORDER = ("Everywhere", "Queue", "Article", "Review", "Review document")


@dataclass(frozen=True)
class HelpEntry:
    group: str
    keys: str
    description: str
    id: str
    tooltip: str


def group_of(cls: type) -> str:
    """`HELP_GROUP`, else the class name in words without its kind ("QueueScreen" -> "Queue")."""
    explicit = cls.__dict__.get("HELP_GROUP")
    if explicit:
        return explicit
    name = re.sub(r"(Screen|App)$", "", cls.__name__) or cls.__name__
    words = re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", name)
    return " ".join([words[0], *(w.lower() for w in words[1:])]) if words else name


def _modules(strict: bool) -> Iterable[ModuleType]:
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.iter_modules(package.__path__):
            try:
                yield importlib.import_module(f"{package_name}.{info.name}")
            except Exception:
                if strict:
                    raise


def binding_classes(strict: bool = False) -> list[type[DOMNode]]:
    """The app and every screen or widget class of ours that declares BINDINGS itself."""
    from annotator.tui.app import AnnotatorApp

    found: list[type[DOMNode]] = [AnnotatorApp]
    for module in _modules(strict):
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, DOMNode)
                and value.__module__ == module.__name__
                and value.__dict__.get("BINDINGS")
            ):
                found.append(value)
    return found


def declared_bindings(cls: type[DOMNode]) -> list[Binding]:
    return list(Binding.make_bindings(cls.__dict__.get("BINDINGS", [])))


def binding_ids(strict: bool = False) -> set[str]:
    return {b.id for cls in binding_classes(strict) for b in declared_bindings(cls) if b.id}


def help_entries(
    keymap: Mapping[str, str], key_display: Callable[[Binding], str], strict: bool = False
) -> list[HelpEntry]:
    """One entry per action of each class, its keys joined (`?` and F1 are one line)."""
    keys: dict[tuple[str, str], list[str]] = {}
    first: dict[tuple[str, str], Binding] = {}
    for cls in binding_classes(strict):
        group = group_of(cls)
        for binding in declared_bindings(cls):
            ident = (group, binding.id or binding.action)
            first.setdefault(ident, binding)
            shown = keys.setdefault(ident, [])
            if binding.id and binding.id in keymap:
                if not shown:
                    shown.extend(key_display(binding.with_key(k.strip())) for k in keymap[binding.id].split(","))
            else:
                shown.append(key_display(binding))
    entries = [
        HelpEntry(group, " ".join(dict.fromkeys(keys[(group, ident)])), b.description, b.id or "", b.tooltip)
        for (group, ident), b in first.items()
    ]
    rank = {name: i for i, name in enumerate(ORDER)}
    return sorted(entries, key=lambda e: (rank.get(e.group, len(ORDER)), e.group if e.group not in rank else ""))
