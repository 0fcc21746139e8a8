"""Dialogue hot reload: F5 (the `reload` action), and ``--watch`` noticing a changed file.

A reload parses only the files that changed, lints the result, and swaps it in
only when the lint finds no error: a writer's typo shows as a list of problems
while the previous good version keeps running.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.dialogue import Content
    from game.dialogue.cache import FolderCache
    from game.dialogue.lint import LintOptions
    from game.paths import Paths
    from game.session import WorldData
    from game.ui.strings import UiText

log = logging.getLogger(__name__)

WATCH_EVERY = 0.5  # seconds between looks at the dialogue folders


def dialogue_signature(folders: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and change times of every dialogue file: cheap to take, and any
    edit, new file or deletion changes it."""
    entries = []
    for folder in folders:
        for path in sorted(folder.rglob("*.yaml")):
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


class DialogueWatcher:
    """Calls ``changed`` when a dialogue file changes (looked at twice a second)."""

    def __init__(self, folders: list[Path], changed: Callable[[], object]) -> None:
        self.folders = folders
        self.changed = changed
        self.timer = 0.0
        self.signature: tuple[tuple[str, int, int], ...] | None = None

    def update(self, dt: float) -> None:
        self.timer -= dt
        if self.timer > 0:
            return
        self.timer = WATCH_EVERY
        signature = dialogue_signature(self.folders)
        previous, self.signature = self.signature, signature
        if previous is not None and signature != previous:
            self.changed()


class DialogueReloader:
    """Reloads the dialogue files into ``world`` and keeps the game state."""

    def __init__(self, world: WorldData, paths: Paths, mod_folders: list[Path], *,
                 text: UiText, notify: Callable[[str], None],
                 show_problems: Callable[[str, list[str]], None],
                 content_replaced: Callable[[Content], None]) -> None:
        self.world = world
        self.paths = paths
        self.mod_folders = mod_folders
        self.text = text
        self.notify = notify
        self.show_problems = show_problems
        self.content_replaced = content_replaced  # the story's engine follows
        # the dialogue files parsed at start, kept: only what changed is parsed again
        self.parsed: dict[Path, FolderCache] = world.parsed
        self.lint_options: LintOptions | None = None

    def reload(self, *, automatic: bool = False) -> bool:
        """Returns whether new content is in use. With errors, the previous version stays
        and the player sees what is broken."""
        from game.checks import check_links, dialogue_lint_options
        from game.diagnostics import Report
        from game.dialogue import load_content
        from game.dialogue.lint import lint_content

        started = time.perf_counter()
        # the parsed files stay in memory between reloads: only the changed file is parsed
        content, problems = load_content(self.world.dialogue_dirs, cache_dir=self.paths.cache,
                                         caches=self.parsed)
        if self.lint_options is None:
            assets = [folder / "assets" for folder in self.mod_folders]
            self.lint_options = dialogue_lint_options(self.paths, assets, languages=())
        # what the lint calls an error (an undeclared fact, a jump to nowhere) would break
        # the running game too: the previous version stays
        report = Report(list(problems))
        lint_content(content, report, self.lint_options)
        # and what the maps and the dialogue say of each other, as the game's lint does:
        # a `move` to a map, a person's `when` naming a fact the edit took away
        check_links(content, self.world.maps.readable(), report)
        errors = [p for p in report.items if p.is_error]
        elapsed = (time.perf_counter() - started) * 1000
        log.info("dialogue reload took %.1f ms (%d errors)", elapsed, len(errors))
        if errors:
            self.show_problems(self.text("ui.reload.broken"), [p.format() for p in errors])
            return False
        summary = describe_changes(self.world.content, content)
        self.world.content = content
        self.content_replaced(content)
        if summary or not automatic:
            self.notify(self.text("ui.reload.done", ms=f"{elapsed:.0f}",
                                  changes=summary or self.text("ui.reload.no_changes")))
        return True


def describe_changes(old: Content, new: Content) -> str:
    """A short account of what a reload changed, for the writer who pressed F5."""
    parts = []
    for label, before, after in (("reactions", old.reactions, new.reactions),
                                 ("scenes", old.scenes, new.scenes)):
        added = len(set(after) - set(before))
        removed = len(set(before) - set(after))
        if added:
            parts.append(f"{added} {label} added")
        if removed:
            parts.append(f"{removed} {label} removed")
    changed = sum(1 for key, source in new.texts.items()
                  if key in old.texts and old.texts[key].text != source.text)
    added_lines = len(set(new.texts) - set(old.texts))
    if changed:
        parts.append(f"{changed} lines changed")
    if added_lines:
        parts.append(f"{added_lines} lines added")
    return ", ".join(parts)
