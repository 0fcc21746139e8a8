# ruff: noqa: F821, B018
"""Names vulture cannot see used, and why: each is used, only not by a name in code.

Run: vulture (its settings are in pyproject.toml, [tool.vulture]).
"""

# pytest finds these by name: fixtures, module markers, a migration registered by decorator
user_home
pygame_ready
pytestmark
rename_mask

# pygame.freetype reads a font's settings when it draws (game/ui/text.py)
kerning
antialiased

# expat calls the handlers set on its parser; pygame reads a Rect's anchors when set
StartElementHandler
EndElementHandler
midright

# tools/make_modding_docs.py runs a lint case by its kind: getattr(self, f"_{kind}")
_mod
_game
_script
_story
_conversation

# read from files modders and level designers write, kept as data; no code shows them yet
author  # mod.yaml's `author`
indoors  # a map's `indoors` property
# pytmx reads its map's `filename` to find tilesets (game/world/mapdata.py open_tmx sets it)
filename
# tarfile reads a TarInfo's owner and time when it writes the entry (tools/build_bundle.py)
uid
gid
uname
gname
mtime

# Python calls a module's __getattr__ and __dir__ (PEP 562): game/dialogue/__init__.py
# gives its names when first asked for
__getattr__
__dir__
