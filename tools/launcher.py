"""Entry point of the PyInstaller bundle: the same `borrowed-face` command as the installed one.

Kept apart from `game/__main__.py` so the bundle's script is a plain file PyInstaller can
analyse from the repository root (see borrowed-face.spec).

`BORROWED_FACE_BUNDLE_CHECK` is for tests/test_bundle.py, which can only see the frozen
game from outside: `=facts` prints what the bundle's own interpreter has (libyaml,
pygame's default font, what was left out) as JSON instead of playing; `=crash` plays with
`App.run` replaced by one that raises, to prove a crash in the bundle writes its report.
Nothing else reads it, so a player never meets either.
"""

from __future__ import annotations

import json
import os
import sys

CHECK_ENV = "BORROWED_FACE_BUNDLE_CHECK"


def _give_missing_streams() -> None:
    """A windowed build (Windows, macOS) starts with sys.stdout/stderr set to None.

    The game and its tools write to them in places (one-line errors, the crash notice),
    so give them somewhere harmless to go; the crash report on disk is what survives.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def bundle_facts() -> dict[str, object]:
    """What the frozen interpreter really has; the tests assert on it."""
    import importlib.util

    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # as game/__init__.py does
    import pygame
    import yaml

    from game.dialogue import yamlpos
    from game.paths import data_root

    pygame.font.init()
    default_font = os.path.join(os.path.dirname(pygame.__file__), pygame.font.get_default_font())
    pygame.font.Font(None, 12)  # raises if the default font file was not bundled
    return {
        "frozen": bool(getattr(sys, "frozen", False)),
        "meipass": getattr(sys, "_MEIPASS", None),
        "data_root": str(data_root()),
        "yaml_with_libyaml": bool(yaml.__with_libyaml__),
        "yamlpos_have_libyaml": bool(yamlpos.HAVE_LIBYAML),
        "pygame_version": pygame.version.ver,
        "default_font": default_font,
        "default_font_exists": os.path.isfile(default_font),
        "numpy_importable": importlib.util.find_spec("numpy") is not None,
        "tkinter_importable": importlib.util.find_spec("tkinter") is not None,
    }


def _crash_on_run() -> None:
    from game.app import App

    def run(self: App) -> int:
        raise RuntimeError("deliberate crash for the bundle test")

    App.run = run  # type: ignore[method-assign]


if __name__ == "__main__":
    _give_missing_streams()
    check = os.environ.get(CHECK_ENV, "")
    if check == "facts":
        print(json.dumps(bundle_facts(), indent=2))
        raise SystemExit(0)
    if check == "crash":
        _crash_on_run()
    from game.cli import main

    raise SystemExit(main())
