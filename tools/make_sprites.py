"""Paint every character asset of A Borrowed Face from code: walking sheets,
portraits, emotes and the window/title images.

    python tools/make_sprites.py [--contact /tmp/art]
    python tools/make_sprites.py --check   # only check the files on disk

Rewrites assets/sprites, assets/portraits, assets/emotes and assets/ui (only the
files it owns) the same way on every run. See docs/art.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sprites_acts import acts_sheet, acts_yaml  # noqa: E402
from sprites_body import walk_sheet  # noqa: E402
from sprites_canvas import Canvas  # noqa: E402
from sprites_cast import CAST, PORTRAITS  # noqa: E402
from sprites_check import check_folder  # noqa: E402
from sprites_contact import contact_sheet  # noqa: E402
from sprites_emotes import EMOTES, emote  # noqa: E402
from sprites_portrait import portrait, title_face, window_icon  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
CONTACT_COLUMNS = {"sprites": 4, "portraits": 4, "emotes": 7, "ui": 2}


def build_all() -> dict[Path, Canvas]:
    """Every asset this script owns, by output path."""
    out: dict[Path, Canvas] = {}
    for name, look in CAST.items():
        out[ASSETS / "sprites" / f"{name}.png"] = walk_sheet(look)
        out[ASSETS / "sprites" / f"{name}_acts.png"] = acts_sheet(look)
    for name, cast_name in PORTRAITS.items():
        out[ASSETS / "portraits" / f"{name}.png"] = portrait(CAST[cast_name])
    for name in EMOTES:
        out[ASSETS / "emotes" / f"{name}.png"] = emote(name)
    out[ASSETS / "ui" / "icon.png"] = window_icon()
    out[ASSETS / "ui" / "title_face.png"] = title_face()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--contact",
        type=Path,
        metavar="DIR",
        help="also write 3x contact sheets (one per folder) here",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="check sizes and palette of the files on disk, write nothing",
    )
    args = parser.parse_args(argv)
    if args.check:
        found = check_folder(ASSETS)
        print("\n".join(found) or "character art: all files fit the palette and sizes")
        return 1 if found else 0
    assets = build_all()
    for path, canvas in assets.items():
        canvas.save(path)
    (ASSETS / "sprites" / "acts.yaml").write_text(acts_yaml(), encoding="utf-8")
    print(f"wrote {len(assets) + 1} files under {ASSETS.relative_to(ROOT)}/")
    if args.contact:
        walking = {p: a for p, a in assets.items() if not p.stem.endswith("_acts")}
        for folder in ("sprites", "portraits", "emotes", "ui"):
            target = args.contact / f"contact_{folder}.png"
            contact_sheet(walking, ASSETS / folder, columns=CONTACT_COLUMNS[folder]).save(target)
            print(f"contact sheet: {target}")
        for path in sorted(p for p in assets if p.stem.endswith("_acts")):
            target = args.contact / f"contact_{path.stem}.png"
            contact_sheet({path: assets[path]}, path.parent, columns=1).save(target)
        print(f"contact sheets of the acts: {args.contact}/contact_<name>_acts.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
