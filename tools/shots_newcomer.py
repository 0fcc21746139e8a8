"""Screenshots of what a newcomer meets, to look at after changing any of it.

    python tools/shots_newcomer.py [OUT_FOLDER]      (default: shots-newcomer)

Writes, headless: the city map with the aim's places ringed, in English and in
Portuguese; the talk prompt with keyboard bindings and with gamepad bindings; the
content note and a long dialogue line at window scale 1, 2 and 3. Saves and settings
go to a throwaway folder, never the player's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.app import App, Options  # noqa: E402
from game.loop import STEP  # noqa: E402
from game.paths import default_paths  # noqa: E402

LONG_LINE = "opening.start.3"  # the opening's longest line: two rows in the box


def app_at(scale: int, language: str = "en") -> App:
    app = App(Options(frames=1, sound=False, scale=scale, language=language,
                      developer=True), default_paths())
    app.settings.content_note = True
    return app


def frames(app: App, count: int) -> None:
    for _ in range(count):
        app.step(STEP)
    app.draw()


def press(app: App, action: str) -> None:
    """Press and let go, as a key would."""
    for down in (True, False):
        event = app.input.inject(action, down)
        if event is not None:
            app.dispatch(event)
        frames(app, 1)


def city_map(out: Path, language: str) -> Path:
    """The errand of notebook one: three places ringed, the clinic and museum known."""
    app = app_at(2, language)
    app.new_game(map_id="streets")
    state = app.session.state
    state.set("materials_listed", True)
    state.set("aim", "aim.chapter1.needs.resin_film_cast")
    frames(app, 20)
    press(app, "map")
    frames(app, 30)
    return save(app, out / f"map_{language}.png")


def talk_prompt(out: Path, device: str) -> Path:
    """Facing the girl at the tobacco kiosk: the prompt names the act key."""
    app = app_at(2)
    app.new_game(map_id="streets")
    world = app.scenes.top
    girl = next(npc for npc in world.npcs if npc.role == "shopgirl")
    app.session.player.place(world.world, (girl.tile[0], girl.tile[1] + 1), "up")
    app.input.last_device = device
    frames(app, 260)  # she notices him first: her bubble (drawn over the prompt) fades
    return save(app, out / f"prompt_{device}.png")


def content_note(out: Path, scale: int) -> Path:
    app = app_at(scale)
    app.start()
    title = app.scenes.top
    title.new_game()
    frames(app, 10)
    return save(app, out / f"content_note_x{scale}.png")


def long_line(out: Path, scale: int) -> Path:
    app = app_at(scale)
    app.new_game()  # the opening, in the street
    frames(app, 2)
    box = app.scenes.top
    for _ in range(20):
        if box.event.line_id == LONG_LINE and box.line_complete():
            break
        box.advance()
        frames(app, 2)
    frames(app, 2)
    return save(app, out / f"long_line_x{scale}.png")


def save(app: App, path: Path) -> Path:
    app.save_screenshot(path)
    app.shutdown()
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("shots-newcomer")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["BORROWED_FACE_HOME"] = home
        made = [city_map(out, "en"), city_map(out, "pt_BR"),
                talk_prompt(out, "keys"), talk_prompt(out, "pad")]
        for scale in (1, 2, 3):
            made += [content_note(out, scale), long_line(out, scale)]
    for path in made:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
