"""Golden dialogue cases: tests/dialogue_cases/<case>.yaml played by <case>.testplan.

A case's YAML is loaded over the fixture's facts.yaml and cast.yaml; an optional
<case>.pt_BR.yaml holds its Brazilian Portuguese translations. Adding a case is adding
two files. Testplan commands (one a line, `#` starts a comment, quoted text with "..."):

  seed N | language LANG | set FACT VALUE | give ITEM | time SECONDS
  react PERSON ROLE|- CONCEPT         -> the reaction said (or nothing)
  scene SCENE [PERSON] | next | choose N (1-based, as shown)
  expect line SPEAKER "TEXT"  | expect nothing | expect start SCENE
  expect choice "A" "[B]" ...  (brackets: shown disabled) | expect end | expect error TEXT
  expect fact FACT VALUE | expect effects KIND ...
"""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest

from game.dialogue import (
    ChoiceEvent,
    DialogueEngine,
    EndEvent,
    SceneRun,
    StoryState,
    load_content,
)
from game.dialogue.why import parse_fact_value
from tests.fixtures.dialogue.helpers import BASIC

CASES = Path(__file__).resolve().parent / "dialogue_cases"
CASE_NAMES = sorted(p.stem for p in CASES.glob("*.testplan"))


class Player:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.seed = 0
        self.language = "en"
        self.engine = self._engine()
        self.event: Any = None
        self.run: SceneRun | None = None
        self.effects: list[str] = []

    def _engine(self) -> DialogueEngine:
        content, problems = load_content([self.folder])
        errors = [p.format() for p in problems if p.is_error]
        assert not errors, errors
        engine = DialogueEngine(content, StoryState(content), self.seed, self.language)
        assert not engine.problems, [p.format() for p in engine.problems]
        return engine

    def do(self, words: list[str], where: str) -> None:
        command, args = words[0], words[1:]
        engine = self.engine
        if command == "seed":
            self.seed = int(args[0])
            self.engine = self._engine()
        elif command == "language":
            self.language = args[0]
            engine.set_language(args[0])
        elif command == "set":
            engine.state.set(args[0], parse_fact_value(engine.content, args[0], args[1]))
        elif command == "give":
            engine.state.give(args[0])
        elif command == "time":
            engine.state.advance(float(args[0]))
        elif command == "react":
            role = None if args[1] == "-" else args[1]
            self.event = engine.react(args[0], role, args[2])
        elif command == "scene":
            self.run = engine.start_scene(args[0], args[1] if len(args) > 1 else None)
            self._from_run()
        elif command == "next":
            assert self.run is not None, where
            self.run.advance()
            self._from_run()
        elif command == "choose":
            assert self.run is not None, where
            self.run.choose(int(args[0]) - 1)
            self._from_run()
        elif command == "expect":
            self.expect(args, where)
        else:
            raise AssertionError(f"{where}: unknown command {command!r}")

    def _from_run(self) -> None:
        assert self.run is not None
        self.event = self.run.current
        self.effects += [effect.kind for effect in self.run.drain_effects()]

    def expect(self, args: list[str], where: str) -> None:
        what, rest = args[0], args[1:]
        event = self.event
        if what == "line":
            assert event is not None and not isinstance(event, (ChoiceEvent, EndEvent)), \
                f"{where}: expected a line, got {event!r}"
            assert (event.speaker, event.text) == (rest[0], rest[1]), \
                f"{where}: got {event.speaker} {event.text!r}"
        elif what == "nothing":
            assert event is None, f"{where}: expected nothing, got {event!r}"
        elif what == "start":
            assert event is not None and event.start_scene == rest[0], f"{where}: {event!r}"
        elif what == "choice":
            assert isinstance(event, ChoiceEvent), f"{where}: expected a choice, got {event!r}"
            shown = [o.text if o.enabled else f"[{o.text}]" for o in event.options]
            assert shown == rest, f"{where}: got {shown}"
        elif what == "end":
            assert event == EndEvent(), f"{where}: expected the end, got {event!r}"
        elif what == "error":
            assert isinstance(event, EndEvent) and event.error and rest[0] in event.error, \
                f"{where}: expected an error with {rest[0]!r}, got {event!r}"
        elif what == "fact":
            state = self.engine.state
            wanted = parse_fact_value(self.engine.content, rest[0], rest[1])
            assert state.get(rest[0]) == wanted, f"{where}: {rest[0]} is {state.get(rest[0])!r}"
        elif what == "effects":
            assert self.effects == rest, f"{where}: effects were {self.effects}"
            self.effects = []
        else:
            raise AssertionError(f"{where}: unknown expectation {what!r}")


def test_there_are_enough_cases() -> None:
    assert len(CASE_NAMES) >= 7


@pytest.mark.parametrize("case", CASE_NAMES)
def test_case(case: str, tmp_path: Path) -> None:
    folder = tmp_path / "dialogue"
    folder.mkdir()
    for name in ("facts.yaml", "cast.yaml"):
        shutil.copy(BASIC / name, folder / name)
    shutil.copy(CASES / f"{case}.yaml", folder / f"{case}.yaml")
    translation = CASES / f"{case}.pt_BR.yaml"
    if translation.exists():
        (folder / "i18n" / "pt_BR").mkdir(parents=True)
        shutil.copy(translation, folder / "i18n" / "pt_BR" / f"{case}.yaml")
    player = Player(folder)
    plan = CASES / f"{case}.testplan"
    for number, text in enumerate(plan.read_text(encoding="utf-8").splitlines(), 1):
        words = shlex.split(text, comments=True)
        if words:
            player.do(words, f"{plan.name}:{number}")
