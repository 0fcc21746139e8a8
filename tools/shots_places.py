"""Pictures of the places, to look at after a map changes.

For each map: a plan of the whole map as Tiled draws it (`<map>.png`, people and
things outlined with --objects), and what the game shows on entering it
(`<map>_game.png`, a headless run of the game at the map's door). The streets are
also shot at each of their doors and signs, and the evening's three places with her
there (`<map>_evening.png`: a throwaway mod sets the fact `evening_with_her`, as the
act-3 scenes do).

    python tools/shots_places.py OUT_FOLDER                 # every map
    python tools/shots_places.py OUT_FOLDER cafe hotel      # some
    python tools/shots_places.py OUT_FOLDER --objects       # outline objects on plans
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "maps"
T = 16
COLOURS = {
    "exit": (255, 60, 60),
    "spawn": (60, 255, 60),
    "npc": (255, 220, 0),
    "interact": (60, 200, 255),
    "wall": (255, 0, 255),
    "walkable": (0, 255, 255),
    "private": (255, 255, 255),
    "light": (255, 160, 0),
}
# street shots: (name, spawn he stands at)
STREET_SPOTS = (
    ("streets_shops", "from_tobacco"),
    ("streets_hotel", "from_hotel"),
    ("streets_institute", "from_institute"),
    ("streets_home", "from_home"),
    ("streets_house_s", "from_house_s"),
    ("streets_clinic", "from_clinic"),
    ("streets_restaurant", "from_restaurant"),
    ("streets_museum", "from_museum"),
    ("streets_cinema", "from_cinema"),
    ("streets_bus_stop", "start"),
)
EVENING = {"cafe": "table", "restaurant": "table", "hotel": "desk"}  # map -> his spawn


def plan(path: Path, out: Path, objects: bool) -> None:
    """The whole map, every visible tile layer in order, as Tiled draws it."""
    import pygame
    import pytmx.util_pygame

    tmx = pytmx.util_pygame.load_pygame(str(path), allow_duplicate_names=True)
    image = pygame.Surface((tmx.width * T, tmx.height * T))
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for x, y, tile in layer.tiles():
                image.blit(tile, (x * T, y * T))
    if objects:
        for obj in tmx.objects:
            kind = obj.type or obj.__dict__.get("class") or ""
            colour = COLOURS.get(kind, (128, 128, 128))
            rect = pygame.Rect(obj.x, obj.y, max(obj.width, 4), max(obj.height, 4))
            if kind in ("spawn", "light"):
                pygame.draw.circle(image, colour, (int(obj.x), int(obj.y)), 4)
            elif kind == "npc":
                pygame.draw.circle(image, colour, rect.center, 6, 2)
            else:
                pygame.draw.rect(image, colour, rect, 1)
    pygame.image.save(image, str(out))


def game_shot(map_id: str, spawn: str | None, out: Path, extra: list[str] | None = None) -> bool:
    """What the game draws a second after he arrives (a headless run, no saves touched)."""
    command = [sys.executable, "-m", "game", "--map", map_id, "--frames", "90",
               "--no-sound", "--screenshot", str(out), *(extra or [])]
    if spawn:
        command += ["--spawn", spawn]
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        print(f"{map_id}: the game said: {result.stderr.strip()[-400:]}", file=sys.stderr)
    return result.returncode == 0


def evening_shot(map_id: str, out: Path) -> bool:
    """The place as the four o'clock evening finds it: she is there, he is in the mask."""
    with tempfile.TemporaryDirectory() as folder:
        mod = Path(folder) / "evening"
        (mod / "dialogue").mkdir(parents=True)
        (mod / "mod.yaml").write_text(
            'name: Evening\nversion: 1.0.0\ndescription: for pictures\ngame: ">=0.1"\n',
            encoding="utf-8",
        )
        (mod / "dialogue" / "evening.yaml").write_text(
            "facts:\n  evening_with_her: {type: enum, values: [none, cafe, restaurant, hotel], "
            f"default: {map_id}}}\n",
            encoding="utf-8",
        )
        return game_shot(map_id, EVENING[map_id], out, ["--mod", str(mod), "--face", "mask"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNGs")
    parser.add_argument("maps", nargs="*", help="map ids (default: every map)")
    parser.add_argument("--objects", action="store_true", help="outline objects on the plans")
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    pygame.display.init()
    pygame.display.set_mode((1, 1))
    args.out.mkdir(parents=True, exist_ok=True)
    ids = args.maps or sorted(p.stem for p in MAPS.glob("*.tmx"))
    ok = True
    for map_id in ids:
        plan(MAPS / f"{map_id}.tmx", args.out / f"{map_id}.png", args.objects)
        ok &= game_shot(map_id, None, args.out / f"{map_id}_game.png")
        if map_id in EVENING:
            ok &= evening_shot(map_id, args.out / f"{map_id}_evening.png")
        if map_id == "streets":
            for name, spawn in STREET_SPOTS:
                ok &= game_shot(map_id, spawn, args.out / f"{name}.png")
        print(f"{map_id}: {args.out / map_id}.png, {args.out / map_id}_game.png")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
