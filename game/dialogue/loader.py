"""Loads the dialogue folders into one ``Content``: shipped first, then each mod over it by id.

Every ``*.yaml`` below a folder is content, except ``i18n/<language>/*.yaml``, which
are translations. A broken file is reported and skipped; loading never raises.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from game.diagnostics import ContentError, Diagnostic, Report, did_you_mean
from game.safeio import TooLarge, read_limited

from .build import Builder, FileContent, definitions_of
from .cache import FolderCache, file_key
from .i18n import cast_text_id, item_text_id, place_text_id
from .model import (
    ChoiceStep,
    Content,
    Definition,
    GotoStep,
    IfStep,
    LineStep,
    NotebookStep,
    Option,
    Patch,
    Pos,
    Step,
    TextSource,
)
from .yamlpos import MAX_FILE_BYTES, decode, no_gc_pauses, parse_yaml

log = logging.getLogger(__name__)

I18N = "i18n"
PATCH_TARGET_MISSING = "D045"
PATCH_NO_CHOICE = "D046"
PATCH_AFTER_GOTO = "D047"


def load_content(dirs: Iterable[Path], *, cache_dir: Path | None = None,
                 language: str = "en", caches: dict[Path, FolderCache] | None = None
                 ) -> tuple[Content, list[Diagnostic]]:
    """Content of all folders (later ones override earlier ones by id) and its problems.

    Patches are applied last, in load order, to the merged content. Translations of
    every language found are loaded; ``language`` only adds a warning when a folder-less
    language other than English is asked for. ``caches`` keeps the parsed files of each
    folder between calls (the lint loads the shipped folder under every mod).
    """
    content = Content()
    report = Report()
    languages: set[str] = set()
    patches: list[Patch] = []
    for layer, folder in enumerate(dirs):
        folder = Path(folder)
        if not folder.is_dir():
            report.error("D003", folder, 0, 0, "dialogue folder not found")
            continue
        cache = caches.get(folder) if caches is not None else None
        if cache is None:
            cache = FolderCache.open(cache_dir, folder)
            if caches is not None:
                caches[folder] = cache
        seen: set[str] = set()
        for path, lang in _content_files(folder):
            parsed, problems = _load_file(path, lang, cache)
            seen.add(str(path))
            report.extend(problems)
            content.files.append(str(path))
            if lang:
                languages.add(lang)
            _merge(content, parsed, layer, lang)
            patches += parsed.patches
        cache.keep_only(seen)
        cache.save()
    if language != "en" and language not in languages:
        report.warning("D060", "<i18n>", 0, 0,
                       f"no translations for language `{language}`; showing English")
    report.extend(apply_patches(content, patches))
    index_texts(content)
    return content, report.items


def content_from_files(files: Iterable[tuple[FileContent, str | None]]) -> Content:
    """Content of already parsed files (file, language or None), one layer, in order."""
    content = Content()
    patches: list[Patch] = []
    for parsed, language in files:
        content.files.append(parsed.file)
        _merge(content, parsed, 0, language)
        patches += parsed.patches
    apply_patches(content, patches)
    index_texts(content)
    return content


def _content_files(folder: Path) -> list[tuple[Path, str | None]]:
    found: list[tuple[Path, str | None]] = []
    for path in sorted(folder.rglob("*.yaml")):
        parts = path.relative_to(folder).parts
        if parts[0] == I18N:
            if len(parts) == 3:  # i18n/<lang>/<file>.yaml
                found.append((path, parts[1]))
            continue
        found.append((path, None))
    return found


def _load_file(path: Path, language: str | None, cache: FolderCache
               ) -> tuple[FileContent, list[Diagnostic]]:
    name = str(path)
    try:
        data = read_limited(path, MAX_FILE_BYTES)
        stat = path.stat()
    except OSError as exc:
        report = Report()
        report.error("D002" if isinstance(exc, TooLarge) else "D003", name, 0, 0,
                     f"can't read: {exc.strerror or exc}")
        return FileContent(name), report.items
    key = file_key(path, data, stat)
    cached = cache.get(key)
    if cached is not None:
        return cached.content, cached.diagnostics
    parsed, problems = parse_text(data, name, language)
    cache.put(key, parsed, problems)
    return parsed, problems


def parse_text(data: bytes | str, file: str, language: str | None = None
               ) -> tuple[FileContent, list[Diagnostic]]:
    """Parse and build one file's text. Never raises: problems come back as diagnostics."""
    report = Report()
    builder = Builder(file, report)
    with no_gc_pauses():
        try:
            text = data if isinstance(data, str) else decode(data, file)
            root = parse_yaml(text, file)
        except ContentError as exc:
            return FileContent(file), exc.diagnostics
        if language is None:
            return builder.build(root), report.items
        return builder.build_translations(root, language), report.items


def _merge(content: Content, parsed: FileContent, layer: int, language: str | None) -> None:
    if language is not None:
        translations = content.translations.setdefault(language, {})
        for translation in parsed.translations:
            translations[translation.id] = translation
        return
    for decl in parsed.facts:
        content.facts[decl.name] = decl
    for decl in parsed.memory:
        content.memory[decl.name] = decl
    content.items.update((entry.id, entry) for entry in parsed.items)
    content.places.update((entry.id, entry) for entry in parsed.places)
    content.roles.update((entry.id, entry) for entry in parsed.roles)
    content.people.update((entry.id, entry) for entry in parsed.people)
    content.reactions.update((entry.id, entry) for entry in parsed.reactions)
    content.scenes.update((entry.id, entry) for entry in parsed.scenes)
    content.strings.update((entry.id, entry) for entry in parsed.strings)
    content.definitions.extend(definitions_of(parsed, layer))


def apply_patches(content: Content, patches: Iterable[Patch]) -> list[Diagnostic]:
    """Apply patches in order to the merged content; a patch whose target is missing is
    reported (D045/D046) and left out. The records of the parsed files are not changed:
    patched reactions and scenes are new records."""
    report = Report()

    def refuse(code: str, pos: Pos, message: str, hint: str) -> None:
        report.error(code, pos.file, pos.line, pos.column, message, hint)

    for patch in patches:
        table = content.reactions if patch.kind == "reaction" else content.scenes
        if patch.target not in table:
            refuse(PATCH_TARGET_MISSING, patch.target_pos, f"patch of {patch.kind} "
                   f"`{patch.target}`, which does not exist", did_you_mean(patch.target, table))
            continue
        if patch.kind == "reaction":
            reaction = content.reactions[patch.target]
            content.reactions[patch.target] = replace(reaction,
                                                      lines=reaction.lines + patch.lines)
            content.patches.append(patch)
            continue
        scene = content.scenes[patch.target]
        assert patch.node is not None and patch.node_pos is not None
        node = scene.nodes.get(patch.node)
        if node is None:
            refuse(PATCH_TARGET_MISSING, patch.node_pos, f"patch of node `{patch.node}` of "
                   f"scene `{patch.target}`, which has no such node",
                   did_you_mean(patch.node, scene.nodes))
            continue
        steps = node.steps
        if patch.choices:
            steps, found = _add_to_first_choice(steps, patch.choices)
            if not found:
                refuse(PATCH_NO_CHOICE, patch.node_pos, f"`add_choices`: node `{patch.node}` "
                       f"of scene `{patch.target}` has no choice",
                       "`append` a `choice` step instead")
                continue
        if patch.append and steps and isinstance(steps[-1], GotoStep):
            report.warning(PATCH_AFTER_GOTO, patch.node_pos.file, patch.node_pos.line,
                           patch.node_pos.column,
                           f"`append` to node `{patch.node}` of scene `{patch.target}` comes "
                           f"after its `goto: {steps[-1].target}` and never runs",
                           "`prepend` the steps, or patch the node the goto leads to")
        steps = patch.prepend + steps + patch.append
        nodes = dict(scene.nodes)
        nodes[patch.node] = replace(node, steps=steps)
        content.scenes[patch.target] = replace(scene, nodes=nodes)
        content.patches.append(patch)
    return report.items


def _add_to_first_choice(steps: tuple[Step, ...], options: tuple[Option, ...]
                         ) -> tuple[tuple[Step, ...], bool]:
    """The steps with ``options`` added to the first choice in reading order (inside
    `if` branches too), and whether there was one."""
    for index, step in enumerate(steps):
        changed: Step | None = None
        if isinstance(step, ChoiceStep):
            changed = replace(step, options=step.options + options)
        elif isinstance(step, IfStep):
            then, found = _add_to_first_choice(step.then, options)
            if found:
                changed = replace(step, then=then)
            else:
                otherwise, found = _add_to_first_choice(step.otherwise, options)
                if found:
                    changed = replace(step, otherwise=otherwise)
        if changed is not None:
            return steps[:index] + (changed,) + steps[index + 1:], True
    return steps, False


def index_texts(content: Content) -> None:
    """Every translatable text of the merged content, by id (overridden entries are gone):
    lines, options, notebook pages, UI strings and the cast's display names.

    Each text also becomes a "text" definition, so a line id used twice is found.
    """
    content.texts.clear()
    content.definitions = [d for d in content.definitions if d.kind != "text"]

    def add(source: TextSource) -> None:
        content.definitions.append(Definition("text", source.id, source.pos, -1))
        content.texts.setdefault(source.id, source)

    for reaction in content.reactions.values():
        for line in reaction.lines:
            add(TextSource(line.id, line.text, line.pos, "line"))
    for scene in content.scenes.values():
        for node in scene.nodes.values():
            for step in walk_steps(node.steps):
                if isinstance(step, LineStep):
                    add(TextSource(step.line.id, step.line.text, step.line.pos, "line"))
                elif isinstance(step, ChoiceStep):
                    for option in step.options:
                        add(TextSource(option.id, option.text, option.pos, "option"))
                elif isinstance(step, NotebookStep):
                    add(TextSource(step.id, step.text, step.pos, "notebook"))
                    add(TextSource(f"{step.id}.title", step.title, step.pos, "notebook_title"))
    for entry in content.strings.values():
        add(TextSource(entry.id, entry.text, entry.pos, "string"))
    for role in content.roles.values():
        add(TextSource(cast_text_id(role.id, role=True), role.name, role.pos, "cast"))
    for person in content.people.values():
        add(TextSource(cast_text_id(person.id), person.name, person.pos, "cast"))
    for item in content.items.values():
        add(TextSource(item_text_id(item.id), item.name, item.pos, "item"))
    for place in content.places.values():
        add(TextSource(place_text_id(place.id), place.name, place.pos, "place"))


def walk_steps(steps: Iterable[Step]) -> Iterable[Step]:
    """Every step, including those nested in `if` branches and option `do` lists."""
    for step in steps:
        yield step
        if isinstance(step, IfStep):
            yield from walk_steps(step.then)
            yield from walk_steps(step.otherwise)
        elif isinstance(step, ChoiceStep):
            for option in step.options:
                yield from walk_steps(option.do)
