"""A Borrowed Face: a top-down narrative game about the face a man wears."""

import os

# pygame greets on import; the game's output should be the game's own
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

__version__ = "0.1.0"
