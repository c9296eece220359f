"""The command palette's provider: every action of the active screen and the app, by description."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from functools import partial

from textual.binding import ActiveBinding
from textual.command import DiscoveryHit, Hit, Hits, Provider

# Actions Textual's own system commands already list (Quit) or that open the palette itself.
SYSTEM_ACTIONS = frozenset({"quit", "command_palette"})


class BindingsProvider(Provider):
    """Lists the bindings active on the screen the palette was opened from, and runs them.

    Built from `Screen.active_bindings`, so it always agrees with the footer and the keymap,
    and actions that `check_action` hides do not show up.
    """

    def _commands(self) -> Iterator[tuple[str, str, ActiveBinding]]:
        seen: set[tuple[int, str]] = set()
        by_action: dict[tuple[int, str], list[str]] = {}
        active = list(self.screen.active_bindings.values())
        for item in active:
            key = (id(item.node), item.binding.action)
            by_action.setdefault(key, []).append(self.app.get_key_display(item.binding))
        for item in active:
            binding = item.binding
            key = (id(item.node), binding.action)
            if not binding.description or binding.system or key in seen or binding.action in SYSTEM_ACTIONS:
                continue
            seen.add(key)
            keys = " / ".join(dict.fromkeys(by_action[key]))
            yield binding.description, keys, item

    def _runner(self, item: ActiveBinding) -> Callable[[], Awaitable[bool]]:
        return partial(self.app.run_action, item.binding.action, item.node)

    @staticmethod
    def _help(item: ActiveBinding, keys: str) -> str:
        tip = item.binding.tooltip or ""
        state = "" if item.enabled else " (not available here)"
        return f"{keys}{state}" + (f" · {tip}" if tip else "")

    async def discover(self) -> Hits:
        for description, keys, item in self._commands():
            yield DiscoveryHit(description, self._runner(item), help=self._help(item, keys))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for description, keys, item in self._commands():
            score = matcher.match(description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(description),
                    self._runner(item),
                    text=description,
                    help=self._help(item, keys),
                )
