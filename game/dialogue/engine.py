"""The dialogue engine the game talks to: reactions, scenes, localized text, hot reload.

It owns the content, the matcher built from it, the story state (passed in), the
random seed and the language. No pygame: the UI draws what this returns.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from game.diagnostics import ContentError, Diagnostic

from . import i18n
from .facts import StoryState
from .matcher import Matcher, Selection, commit
from .model import Content
from .runner import Instruction, SceneRun, compile_node, resume

HERO = "hero"


@dataclass(frozen=True, slots=True)
class SpokenLine:
    """A reaction line as said: what the speech bubble or dialogue box shows."""

    speaker: str
    name: str
    portrait: str
    text: str
    line_id: str
    emote: str | None
    start_scene: str | None  # a scene to start after the line, if the reaction says so
    does: str | None = None  # the behaviour acted out with it (the line's, else the rule's)
    concept: str = ""


class DialogueEngine:
    def __init__(self, content: Content, state: StoryState, seed: int = 0,
                 language: str = "en", matcher: Matcher | None = None) -> None:
        self.state = state
        self.seed = seed
        # The engine's randomness: one draw from Random(seed) salts every tie-break, which
        # then mixes in the history (matcher.draw), so choices are repeatable for a seed
        # and a history, and a query never has to advance a stream.
        self.rng = random.Random(seed)
        self.salt = self.rng.getrandbits(32)
        self.language = language
        self.content = content
        # compiled rules can be shared by engines over the same content (a new game or a
        # loaded save reuses the app's); compiling costs tens of milliseconds, so an engine
        # that is only asked for texts (the menus') never compiles them
        self._matcher = matcher if matcher is not None and matcher.content is content \
            else None
        self._programs: dict[tuple[str, str], tuple[Instruction, ...]] = {}
        state.bind(content)

    @property
    def matcher(self) -> Matcher:
        """The compiled reaction rules, compiled at the first use."""
        if self._matcher is None:
            self._matcher = Matcher(self.content)
        return self._matcher

    @property
    def problems(self) -> list[Diagnostic]:
        """Reactions left out because they can't run (also reported by the lint)."""
        return self.matcher.problems

    # --- reactions ----------------------------------------------------------------------

    def role_of(self, person_id: str, role: str | None) -> str | None:
        if role:
            return role
        person = self.content.people.get(person_id)
        return person.role if person else None

    def query_reaction(self, person_id: str, role: str | None, concept: str
                       ) -> Selection | None:
        """What this person would say now (pure: the state is not touched)."""
        return self.matcher.query(self.state, person_id, self.role_of(person_id, role),
                                  concept, self.salt)

    def commit(self, selection: Selection) -> SpokenLine:
        """The line is shown: remember it, and return what to show."""
        commit(self.state, selection)
        line = selection.line
        speaker = line.speaker or selection.person_id
        name, portrait = self.speaker_view(speaker, selection.person_id, selection.role)
        return SpokenLine(speaker, name, line.portrait or portrait,
                          self.text(line.id, selection.person_id), line.id, line.emote,
                          selection.reaction.start, line.does or selection.reaction.does,
                          selection.reaction.concept)

    def react(self, person_id: str, role: str | None, concept: str) -> SpokenLine | None:
        selection = self.query_reaction(person_id, role, concept)
        return None if selection is None else self.commit(selection)

    # --- scenes -------------------------------------------------------------------------

    def start_scene(self, scene_id: str, person_id: str | None = None) -> SceneRun:
        return SceneRun(self, scene_id, person_id)

    def resume(self, position: Any) -> SceneRun:
        return resume(self, position)

    def program(self, scene_id: str, node: str) -> tuple[Instruction, ...]:
        key = (scene_id, node)
        program = self._programs.get(key)
        if program is None:
            program = compile_node(self.content.scenes[scene_id].nodes[node])
            self._programs[key] = program
        return program

    # --- text and cast ------------------------------------------------------------------

    def text(self, text_id: str, person_id: str | None = None) -> str:
        """Localized text for an id with `{fact}` filled in; the id itself if unknown."""
        text = i18n.localize(self.content, text_id, self.language)
        if text is None:
            return text_id
        return i18n.interpolate(text, lambda name: self._lookup(name, person_id))

    def _lookup(self, name: str, person_id: str | None) -> Any:
        if name.startswith("self."):
            if person_id is None:
                raise LookupError(name)
            name = f"{person_id}.{name[5:]}"
        try:
            return self.state.get(name)
        except ContentError as exc:  # an undeclared fact: the text keeps `{name}`
            raise LookupError(name) from exc

    def speaker_view(self, speaker: str, person_id: str | None = None,
                     role: str | None = None) -> tuple[str, str]:
        """Display name (in the player's language) and portrait of a speaker id (person,
        role or `hero`)."""
        content = self.content
        if speaker == HERO:
            hero = content.people.get(HERO)
            face = self.state.get("face") if "face" in content.facts else "bandages"
            name = self.cast_name(hero.id, hero.name) if hero else self.text(
                "ui.hero_name") if "ui.hero_name" in content.texts else ""
            return name, f"hero_{face}"
        person = content.people.get(speaker)
        if person is not None:
            role_decl = content.roles.get(person.role)
            portrait = person.portrait or (role_decl.portrait if role_decl else speaker)
            return self.cast_name(person.id, person.name), portrait
        role_id = role if speaker == person_id and role else speaker
        role_decl = content.roles.get(role_id)
        if role_decl is None and person_id == speaker:
            role_decl = content.roles.get(self.role_of(speaker, role) or "")
        if role_decl is not None:
            return self.cast_name(role_decl.id, role_decl.name, role=True), role_decl.portrait
        return speaker, speaker

    def cast_name(self, cast_id: str, english: str, *, role: bool = False) -> str:
        """A person's (or a role's) display name in the player's language: text ids
        `cast.ID` and `cast.role.ID` (docs/dialogue.md)."""
        return i18n.localize(self.content, i18n.cast_text_id(cast_id, role=role),
                             self.language) or english

    def item_name(self, item_id: str) -> str:
        """An item's name in the player's language (text id `items.ID`), or its id."""
        item = self.content.items.get(item_id)
        return i18n.localize(self.content, i18n.item_text_id(item_id), self.language) or (
            item.name if item is not None else item_id)

    def set_language(self, language: str) -> None:
        self.language = language

    def reload(self, content: Content) -> None:
        """Hot reload: new content, same story state (running scenes re-read on next step)."""
        self.content = content
        # compiled again now when it was in use (the next line said must not wait for it)
        self._matcher = Matcher(content) if self._matcher is not None else None
        self._programs.clear()
        self.state.bind(content)
