"""Screenshots of every role x face behaviour, as the player sees them on the map.

For each role, each face and each behaviour (`does:`) the shipped reactions give that
role in that face, the game is started headless on a map where the role stands; the
hero is put a couple of tiles from one of them, the person acts the behaviour with one
of its lines in a bubble, and the frame is saved a moment into the act:

    python tools/shots_reactions.py OUT_FOLDER [--role child] [--face mask] [--scale 2]

Files are named ROLE_FACE_BEHAVIOUR.png (and ..._after.png where the act moves them,
where it took them); an index.txt lists each with its line.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from game.app import App, Options  # noqa: E402
from game.dialogue.model import Content, Reaction  # noqa: E402
from game.loop import STEP  # noqa: E402
from game.paths import default_paths  # noqa: E402
from game.world import crowd  # noqa: E402
from game.world.scene import WorldScene  # noqa: E402

ACT_FRAMES = 40  # a moment into the act (two thirds of a second)
RUN_FRAMES = 150  # and then long enough to see a run end behind someone
MOVING = ("cry_and_run", "hide_behind_parent", "cross_street", "pull_child_close",
          "come_closer", "step_aside")


def _accepts(reaction: Reaction, situation: dict[str, str]) -> bool:
    for criterion in reaction.when:
        if criterion.fact in situation:
            value = situation[criterion.fact]
            wanted = criterion.value if criterion.op == "in" else (criterion.value,)
            if (criterion.op in ("eq", "in")) != (value in wanted):
                return False
    return True


def behaviours(content: Content, role: str, face: str, place: str
               ) -> dict[str, tuple[str, str]]:
    """behaviour -> (line id, speaker) of a line of this role, face and place doing it."""
    people = {p.id for p in content.people.values() if p.role == role}
    found: dict[str, tuple[str, str]] = {}
    for reaction in content.reactions.values():
        if reaction.concept not in ("greet", "notice") or not _accepts(
                reaction, {"face": face, "place": place}):
            continue
        if reaction.role != role and reaction.person not in people:
            continue
        for line in reaction.lines:
            does = line.does or reaction.does
            if does and does not in found:
                found[does] = (line.id, line.speaker or "")
    return found


def where_roles_stand(app: App) -> dict[str, tuple[str, str]]:
    """role -> (map, person id) of the first person of that role (the streets first)."""
    found: dict[str, tuple[str, str]] = {}
    maps = app.session.maps
    for map_id in sorted(maps, key=lambda m: (m != "streets", m)):
        for spawn in maps[map_id].npcs:
            found.setdefault(spawn.role, (map_id, spawn.id))
    return found


def capture(out: Path, roles: list[str] | None, faces: list[str], scale: int) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    index: list[str] = []
    for face in faces:
        app = App(Options(frames=1, sound=False, scale=scale, seed=5, map="streets",
                          face=face), default_paths())
        app.start()
        content = app.world_data.content
        for role, (map_id, person) in sorted(where_roles_stand(app).items()):
            if roles and role not in roles:
                continue
            found = behaviours(content, role, face, map_id)
            for does, (line_id, speaker) in sorted(found.items()):
                name = f"{role}_{face}_{does}.png"
                text = shoot(app, map_id, person, does, line_id, speaker, out / name)
                index.append(f"{name}\t{text}" if text is not None
                             else f"{name}\t(nobody of this role is on {map_id} now)")
                print(index[-1])
    (out / "index.txt").write_text("\n".join(index) + "\n", encoding="utf-8")
    return index


def shoot(app: App, map_id: str, person: str, does: str, line_id: str, speaker: str,
          path: Path) -> str | None:
    world = app.scenes.find(WorldScene)
    assert world is not None
    if app.session.map_id != map_id:
        world.enter_map(map_id, None, facing=None)
    world.refresh_people()
    npc = next((n for n in world.npcs if n.id == person), None)
    if npc is None:
        return None
    world.clear_bubbles()
    world.notice_gap = 1e9  # only the act asked for: nobody else notices him meanwhile
    for other in world.npcs:  # a fresh moment: nobody still busy with the last act
        other.pose, other.pose_left, other.hold, other.then = None, 0.0, 0.0, None
        other.path.clear()
        other.emote = None
    hero = app.session.player
    spots = [t for t in crowd.free_tiles_near(world.world, npc.tile, 3, world.troupe.clear)
             if abs(t[0] - npc.tile[0]) + abs(t[1] - npc.tile[1]) >= 2] or \
        crowd.free_tiles_near(world.world, npc.tile, 3)
    if spots:
        hero.place(world.world, spots[0])
        hero.face_towards(npc.tile)
    for _ in range(20):  # the camera settles, the street goes on a moment
        app.step(STEP)
    text = app.session.engine.text(line_id, npc.id)
    world.troupe.perform(npc, does, None)
    world.say(hero if speaker == "hero" else npc, text)
    for _ in range(ACT_FRAMES):
        app.step(STEP)
    app.draw()
    app.save_screenshot(path)
    if does in MOVING:  # and where the act took them
        for _ in range(RUN_FRAMES):
            app.step(STEP)
        app.draw()
        app.save_screenshot(path.with_name(f"{path.stem}_after.png"))
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--role", action="append", dest="roles")
    parser.add_argument("--face", action="append", dest="faces",
                        choices=["bandages", "mask"])
    parser.add_argument("--scale", type=int, default=3)
    args = parser.parse_args(argv)
    capture(args.out, args.roles, args.faces or ["bandages", "mask"], args.scale)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
