"""Translations as gettext PO files, for the tools translators already use (Poedit,
Weblate, Lokalize), keyed by the stable text ids.

    borrowed-face po export LANG FILE.po [--mod DIR]   every text, with LANG's translation
    borrowed-face po import LANG FILE.po OUT.yaml      the translated entries, as i18n YAML

Each entry's ``msgctxt`` is the text id, ``msgid`` the English and ``msgstr`` the
translation (empty: missing). A translation made from older English is exported
``#, fuzzy`` with the English it was made from as ``#| msgid``; importing it keeps that
older English as ``en:``, so the lint still calls it stale (D061) until the translator
clears the fuzzy mark. No pygame here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from game.safeio import printable, read_limited

from .i18n import SOURCE_LANGUAGE
from .model import Content
from .yamlpos import MAX_FILE_BYTES

if TYPE_CHECKING:
    from game.paths import Paths

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r"}


@dataclass(slots=True)
class PoEntry:
    """One entry of a PO file: the text id, the English, the translation, and whether it is
    marked fuzzy."""

    context: str  # the text id
    english: str  # msgid
    translation: str  # msgstr ("" when missing)
    fuzzy: bool = False
    previous: str | None = None  # `#| msgid`: the English a fuzzy translation was made from
    line: int = 0


class PoError(Exception):
    """A PO file that can't be read; ``line`` is where (1-based)."""

    def __init__(self, file: str, line: int, message: str) -> None:
        super().__init__(f"{printable(file)}:{line}: {message}")
        self.line = line


def _quote(text: str) -> str:
    return '"' + "".join(_ESCAPES.get(ch, ch) for ch in text) + '"'


def _field(name: str, text: str) -> list[str]:
    """A PO field; a text with line breaks is written one line a piece, as tools do."""
    if "\n" not in text.rstrip("\n"):
        return [f"{name} {_quote(text)}"]
    pieces = text.splitlines(keepends=True)
    return [f'{name} ""', *(_quote(piece) for piece in pieces)]


def export_po(content: Content, language: str) -> tuple[str, dict[str, int]]:
    """The PO text of every translatable text in ``language``, and how many entries are
    translated, stale (fuzzy) and missing."""
    table = content.translations.get(language, {})
    counts = {"translated": 0, "stale": 0, "missing": 0}
    lines = [f"# A Borrowed Face: the game's texts in {language}, keyed by text id.",
             "# Made by `borrowed-face po export`; read back by `borrowed-face po import`.",
             'msgid ""', 'msgstr ""', _quote("Content-Type: text/plain; charset=UTF-8\n"),
             _quote(f"Language: {language}\n"), _quote("X-Generator: borrowed-face po\n"), ""]
    for text_id in sorted(content.texts):
        source = content.texts[text_id]
        translation = table.get(text_id) if language != SOURCE_LANGUAGE else None
        lines.append(f"#. {source.kind}")
        lines.append(f"#: {Path(source.pos.file).name}:{source.pos.line}")
        if translation is None:
            counts["missing"] += 1
        elif translation.en != source.text:
            counts["stale"] += 1
            lines.append("#, fuzzy")
            lines += [f"#| {line}" for line in _field("msgid", translation.en)]
        else:
            counts["translated"] += 1
        lines += _field("msgctxt", text_id)
        lines += _field("msgid", source.text)
        lines += _field("msgstr", translation.text if translation is not None else "")
        lines.append("")
    return "\n".join(lines), counts


def parse_po(text: str, file: str) -> list[PoEntry]:
    """The entries of a PO file (the header and obsolete `#~` entries left out); PoError
    with the line for anything else than gettext's plain form."""
    entries: list[PoEntry] = []
    fields: dict[str, str] = {}
    previous: dict[str, str] = {}
    flags: set[str] = set()
    current: tuple[dict[str, str], str] | None = None
    start = 0

    def finish() -> None:
        nonlocal fields, previous, flags, current, start
        if "msgid" in fields:
            if "msgstr" not in fields:
                raise PoError(file, start, "an entry without `msgstr`")
            if fields["msgid"] or fields.get("msgctxt"):  # the header has neither
                entries.append(PoEntry(fields.get("msgctxt", ""), fields["msgid"],
                                       fields["msgstr"], "fuzzy" in flags,
                                       previous.get("msgid"), start))
        elif fields:
            raise PoError(file, start, "an entry without `msgid`")
        fields, previous, flags, current = {}, {}, set(), None

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            continue  # obsolete entries are the translator's history, not texts
        if line.startswith("#,"):
            flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        target = fields
        if line.startswith("#|"):
            target, line = previous, line[2:].strip()
        elif line.startswith("#"):
            continue
        if line.startswith('"'):
            if current is None:
                raise PoError(file, number, "a string continues no field")
            table, name = current
            table[name] += _unquote(line, file, number)
            continue
        name, _, rest = line.partition(" ")
        if name not in ("msgctxt", "msgid", "msgstr"):
            raise PoError(file, number, f"`{printable(name[:40])}` is not read here "
                          "(plural forms have no place in this game's texts)")
        if target is fields and name in ("msgctxt", "msgid") and "msgstr" in fields:
            finish()  # a new entry without a blank line between
        if not fields and target is fields:
            start = number
        if name in target:
            raise PoError(file, number, f"`{name}` written twice in one entry")
        target[name] = _unquote(rest.strip(), file, number)
        current = (target, name)
    finish()
    return entries


def _unquote(token: str, file: str, number: int) -> str:
    if len(token) < 2 or not (token.startswith('"') and token.endswith('"')):
        raise PoError(file, number, "expected a string in double quotes")
    out: list[str] = []
    body = token[1:-1]
    index = 0
    while index < len(body):
        ch = body[index]
        if ch == "\\":
            index += 1
            if index >= len(body) or body[index] not in _UNESCAPES:
                raise PoError(file, number, "an unknown escape (use \\n, \\t, \\\", \\\\)")
            out.append(_UNESCAPES[body[index]])
        elif ch == '"':
            raise PoError(file, number, 'a bare `"` inside a string (write \\")')
        else:
            out.append(ch)
        index += 1
    return "".join(out)


def translations_yaml(entries: Sequence[PoEntry], language: str, origin: str) -> tuple[str, int]:
    """An i18n YAML file of the translated entries (`id: {en, text}`) and their count. A
    fuzzy entry keeps the English it was made from (its `#| msgid`, else none), so the
    lint still marks it stale."""
    lines = [f"# {language} translations imported from {printable(Path(origin).name)} by "
             "`borrowed-face po import`.",
             "# `en` is the English each was made from; `text` is what the game shows.", ""]
    written = 0
    for entry in entries:
        if not entry.translation or not entry.context:
            continue
        english = (entry.previous or "") if entry.fuzzy else entry.english
        lines.append(f"{json.dumps(entry.context, ensure_ascii=False)}:")
        lines.append(f"  en: {json.dumps(english, ensure_ascii=False)}")
        lines.append(f"  text: {json.dumps(entry.translation, ensure_ascii=False)}")
        written += 1
    return "\n".join(lines) + "\n", written


# --- the `po` command ---------------------------------------------------------------------


def po_main(argv: Sequence[str], paths: Paths, *, out: TextIO | None = None) -> int:
    from .commands import _Parser, _run, content_with_mods

    out = out or sys.stdout
    parser = _Parser(prog="borrowed-face po",
                     description="Translations as gettext PO files, keyed by text id.")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write every text and LANG's translation")
    export.add_argument("language", metavar="LANG")
    export.add_argument("file", type=Path, metavar="FILE.po")
    export.add_argument("--mod", action="append", default=[], type=Path, metavar="DIR",
                        help="a mod folder whose texts are included (installed mods are)")
    back = commands.add_parser("import", help="turn a translated PO file into i18n YAML")
    back.add_argument("language", metavar="LANG")
    back.add_argument("file", type=Path, metavar="FILE.po")
    back.add_argument("output", type=Path, metavar="OUT.yaml",
                      help="where to write, e.g. my_mod/dialogue/i18n/LANG/texts.yaml")
    args = _run(parser, argv)
    if isinstance(args, int):
        return args
    if not _is_language(args.language):
        print(f"borrowed-face po: `{printable(args.language[:40])}` is not a language code "
              "(like es, pt_BR)", file=sys.stderr)
        return 2
    if args.command == "export":
        loaded = content_with_mods(paths, args.mod, "borrowed-face po")
        if isinstance(loaded, int):
            return loaded
        text, counts = export_po(loaded, args.language)
        try:
            args.file.write_text(text, encoding="utf-8")
        except OSError as error:
            print(f"borrowed-face po: cannot write {printable(str(args.file))} "
                  f"({error.strerror or error})", file=sys.stderr)
            return 2
        print(f"{args.file}: {counts['translated']} translated, {counts['stale']} stale "
              f"(fuzzy), {counts['missing']} missing", file=out)
        return 0
    try:
        data = read_limited(args.file, MAX_FILE_BYTES)
        entries = parse_po(data.decode("utf-8-sig"), str(args.file))
    except (OSError, UnicodeDecodeError, PoError) as error:
        reason = (getattr(error, "strerror", None) or "not UTF-8 text"
                  if not isinstance(error, PoError) else str(error))
        print(f"borrowed-face po: {reason}", file=sys.stderr)
        return 1 if isinstance(error, PoError) else 2
    text, written = translations_yaml(entries, args.language, str(args.file))
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"borrowed-face po: cannot write {printable(str(args.output))} "
              f"({error.strerror or error})", file=sys.stderr)
        return 2
    print(f"{args.output}: {written} translation(s) of {len(entries)} entries", file=out)
    return 0


def _is_language(code: str) -> bool:
    head, _, region = code.partition("_")
    return (2 <= len(head) <= 3 and head.isascii() and head.isalpha()
            and (not region or (region.isascii() and region.isalnum() and len(region) <= 8)))
