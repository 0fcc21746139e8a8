"""Reading files a modder, a player or a stranger may have put there, without trusting them.

One place for the rules every reader follows (YAML, TMX, TSX, saves, settings, manifests,
images): read only regular files (a FIFO or a device would block or never end), with the
size checked while reading (a file may grow, or lie, between a stat and a read); asset
names kept inside the folders they name; image sizes checked from their header before
anything decodes them; text from a file escaped before it is printed on a line of its own.
No pygame here.
"""

from __future__ import annotations

import os
import re
import stat
import struct
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

CHUNK = 1 << 16
# An image larger than this on either side (or in pixels) is not one the game drew: its
# tiles are 16 px, its largest sheet a few hundred. Checked before decoding, since a PNG
# header can promise gigabytes of pixels in a few bytes.
MAX_IMAGE_SIDE = 4096
MAX_IMAGE_PIXELS = 4096 * 4096
MAX_IMAGE_BYTES = 16 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# An asset name a mod gives (a sprite, a music track, a portrait): a plain name, perhaps
# in sub-folders, in these characters.
ASSET_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*(/[A-Za-z0-9_][A-Za-z0-9_.\-]*)*")
MAX_ASSET_NAME = 200


class FileRefused(OSError):
    """A file the game will not read (not a regular file, too large); ``strerror`` says why,
    so every ``except OSError`` that reports ``error.strerror`` reports it too."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(0, reason, str(path))


class NotAFile(FileRefused):
    """A FIFO, a device, a folder: anything but a regular file."""


class TooLarge(FileRefused):
    """A file over the size limit."""


def _open_regular(path: Path | str) -> tuple[int, os.stat_result]:
    """A descriptor open for reading, and what it is: NotAFile (the descriptor closed)
    for a FIFO, a device or a folder. Opening never blocks on a FIFO."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(path, "not a regular file")
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor, info


def read_limited(path: Path | str, limit: int, *, head: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; FileRefused (an OSError)
    for anything else. Never blocks on a FIFO, never reads a device, never reads more
    than ``limit + 1`` bytes however large the file says it is. With ``head``, only the
    first ``head`` bytes are read (the size limit still holds for the whole file)."""
    descriptor, info = _open_regular(path)
    try:
        if info.st_size > limit:
            raise TooLarge(path, f"larger than {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        if head is not None:
            return os.read(descriptor, head)
        while True:
            chunk = os.read(descriptor, min(CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise TooLarge(path, f"larger than {limit} bytes")
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def read_exactly(path: Path | str, size: int) -> bytearray:
    """The bytes of a regular file that must be exactly ``size`` bytes long, read straight
    into one buffer (a window-sized picture in a millisecond: no chunks joined, no copy
    to slice); FileRefused (an OSError) for anything but a regular file, ValueError for
    a file of another length. Never blocks on a FIFO, never reads past ``size`` + 1."""
    descriptor, info = _open_regular(path)
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        if info.st_size != size:
            raise ValueError(f"{info.st_size} bytes, not {size}")
        data = bytearray(size)
        view = memoryview(data)
        done = 0
        while done < size:
            count = handle.readinto(view[done:])
            if not count:
                break
            done += count
        if done != size or handle.read(1):
            raise ValueError(f"its length changed while it was read ({done} bytes)")
    return data


def is_regular_file(path: Path | str) -> bool:
    """Whether ``path`` (following links) is a regular file; never raises."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


# --- images ---------------------------------------------------------------------------------


def png_size(header: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's first 24 bytes, or None if they are not a PNG's."""
    if len(header) < 24 or not header.startswith(PNG_SIGNATURE) or header[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", header[16:24])


def image_problem(data: bytes | None) -> str:
    """Why these bytes are not an image the game will decode ("" when they are fine):
    only PNG, no larger than MAX_IMAGE_SIDE on a side, and not empty."""
    if not data:
        return "the image file is empty"
    size = png_size(data[:24])
    if size is None:
        return "not a PNG image"
    width, height = size
    if width == 0 or height == 0:
        return f"the image is {width}x{height} pixels"
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        return (f"the image says it is {width}x{height} pixels; the game reads images up to "
                f"{MAX_IMAGE_SIDE}x{MAX_IMAGE_SIDE}")
    return ""


def check_image_file(path: Path | str) -> None:
    """What read_image checks, reading only the header: FileRefused (an OSError) with
    the reason when the file is not an image the game will decode."""
    problem = image_problem(read_limited(path, MAX_IMAGE_BYTES, head=24))
    if problem:
        raise FileRefused(path, problem)


def read_image(path: Path | str) -> bytes:
    """The bytes of an image file the game may decode; FileRefused (an OSError) with the
    reason otherwise. Decode them from memory (``pygame.image.load(io.BytesIO(data))``)
    so the checked bytes are the decoded ones."""
    data = read_limited(path, MAX_IMAGE_BYTES)
    problem = image_problem(data)
    if problem:
        raise FileRefused(path, problem)
    return data


# --- names ----------------------------------------------------------------------------------


def asset_name_problem(name: str) -> str:
    """Why ``name`` can't name an asset ("" when it can): a relative name in plain
    characters, no `..`, no absolute path, no drive, no backslash."""
    if not name:
        return "an empty name"
    if len(name) > MAX_ASSET_NAME:
        return f"a name longer than {MAX_ASSET_NAME} characters"
    if not ASSET_NAME.fullmatch(name) or ".." in PurePosixPath(name).parts:
        return "not a plain file name (letters, digits, `_`, `-`, `.`, `/` between folders)"
    return ""


def resolve_asset(relative: str, roots: Sequence[Path]) -> Path | None:
    """The file an asset name (``sprites/child.png``) means: the first of ``roots``,
    searched from the last (mods over the game), that holds it as a regular file and
    keeps it inside that root, links included. None for a name that would leave its
    root, or for no such file. The one function every asset name a mod gives goes
    through."""
    if asset_name_problem(relative):
        return None
    for root in reversed(roots):
        path = root / relative
        try:
            inside = path.resolve().is_relative_to(root.resolve())
        except (OSError, RuntimeError, ValueError):
            inside = False
        if inside and is_regular_file(path):
            return path
    return None


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\ud800-\udfff]|\n|\r")


def printable(text: str) -> str:
    """``text`` safe on one line of a terminal or a log: control characters, newlines,
    line separators and undecodable bytes (lone surrogates from a file name) escaped."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(_escape, text)


def brief(text: str, limit: int = 48) -> str:
    """``text`` from a file or a save, fit to echo in a message: printable, and cut to
    ``limit`` characters (with an ellipsis) so a huge value can't flood the screen."""
    text = printable(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def name_problem(name: str) -> str:
    """Why a file or folder name can't be used by the game ("" when it can): it must be
    UTF-8 (no undecodable bytes) without control characters."""
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in name):
        return "a name that is not UTF-8"
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in name):
        return "a name with a control character (a newline, a tab, NUL)"
    return ""
