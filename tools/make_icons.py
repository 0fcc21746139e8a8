"""Draw the desktop icons of the bundles from the game's own window icon.

    python tools/make_icons.py           rewrite packaging/icons/
    python tools/make_icons.py --check   only check that the files on disk are what it draws

The head is the window icon's (`window_icon` in tools/sprites_portrait.py: the bandaged
man on his plate), drawn natively at 16, 24, 32, 48 and 64 px, so the small sizes stay
readable, and the 64 px drawing enlarged pixel for pixel for 128, 256 and 512, so the
large ones keep the game's pixels. Written:

- `packaging/icons/hicolor/NxN/apps/<APP_ID>.png`: the freedesktop icon theme sizes, which
  the Linux archive carries under `share/icons/` (see docs/packaging.md);
- `packaging/icons/borrowed-face.ico`: the Windows executable's icon (PNG entries);
- `packaging/icons/borrowed-face.icns`: the macOS app's icon.

The same files on every run, byte for byte. Needs the `tools` extra (numpy).
"""

from __future__ import annotations

import argparse
import io
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pygame  # noqa: E402
from sprites_portrait import window_icon  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "packaging" / "icons"
APP_ID = "org.borrowedface.BorrowedFace"
DRAWN = (16, 24, 32, 48, 64)  # drawn at their size
ENLARGED = (128, 256, 512)  # the 64 px drawing, each pixel a square
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# the PNG-holding icns entry types by size (macOS 10.7 and later)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def images() -> dict[int, pygame.Surface]:
    """Every size, by its edge in pixels."""
    drawn = {size: window_icon(size).surface for size in DRAWN}
    for size in ENLARGED:
        drawn[size] = pygame.transform.scale(drawn[64], (size, size))
    return drawn


def png_bytes(image: pygame.Surface) -> bytes:
    buffer = io.BytesIO()
    pygame.image.save(image, buffer, "icon.png")
    return buffer.getvalue()


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNGs (Windows Vista and later read them)."""
    sizes = [size for size in ICO_SIZES if size in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, data = b"", b""
    for size in sizes:
        edge = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(pngs[size]), offset)
        offset += len(pngs[size])
        data += pngs[size]
    return header + entries + data


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for size, kind in ICNS_TYPES.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def theme_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def build() -> dict[Path, bytes]:
    """Every file this script owns, by path."""
    pngs = {size: png_bytes(image) for size, image in images().items()}
    files = {theme_path(size): pngs[size] for size in THEME_SIZES}
    files[ICONS / "borrowed-face.ico"] = ico(pngs)
    files[ICONS / "borrowed-face.icns"] = icns(pngs)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare the files on disk with what would be drawn, write nothing")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        stale = [path for path, data in files.items()
                 if not path.is_file() or path.read_bytes() != data]
        for path in stale:
            print(f"{path.relative_to(ROOT)}: missing or not what tools/make_icons.py draws")
        return 1 if stale else 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    print(f"wrote {len(files)} files under {ICONS.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
