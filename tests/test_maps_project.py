"""maps/borrowed-face.tiled-project offers in Tiled exactly what the game reads.

The expected classes and members are not listed here: they are read from
game/world/mapdata.py itself (its OBJECT_TYPES table, the branch of the reader that
handles each object type, and the property names, tables and defaults it passes to
its helpers), so a property added to the reader without the project file fails here.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from game.world import mapdata

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "maps" / "borrowed-face.tiled-project"
SOURCE = Path(mapdata.__file__)
TILED_TYPES = {str: "string", bool: "bool", int: "int", float: "float"}


@dataclass(frozen=True)
class Expected:
    type: str  # Tiled's member type
    default: object  # None: no default in the code (Tiled's empty value)
    enum: tuple[str, ...] | None = None


def _literal(node: ast.expr | None) -> object:
    try:
        return ast.literal_eval(node) if node is not None else None
    except ValueError:
        return None  # computed in code (an exit's sound depends on its kind)


class _Properties(ast.NodeVisitor):
    """Property names the reader reads inside one piece of code, with type and default."""

    def __init__(self, methods: dict[str, ast.FunctionDef]) -> None:
        self.methods = methods
        self.found: dict[str, Expected] = {}
        self.truthy: set[int] = set()
        self.receivers: dict[str, str] = {}  # property -> the code it is read from

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        if isinstance(func, ast.Name) and func.id.lstrip("_") == "truthy":
            self.truthy.update(id(a) for a in args)
        if isinstance(func, ast.Attribute):
            if isinstance(func.value, ast.Name) and func.value.id == "self":
                self.helper(func.attr, args)
            elif func.attr == "get" and args and isinstance(args[0], ast.Constant):
                default = _literal(args[1]) if len(args) > 1 else None
                kind = TILED_TYPES[type(default)] if default is not None else "string"
                if id(node) in self.truthy:  # _truthy(props.get("indoors", False))
                    kind = "bool"
                self.found[args[0].value] = Expected(kind, default)
                self.receivers[args[0].value] = ast.unparse(func.value)
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
            self.found[node.slice.value] = Expected("string", None)  # props["music"]
        self.generic_visit(node)

    def helper(self, name: str, args: list[ast.expr]) -> None:
        prop = args[1].value if len(args) > 1 and isinstance(args[1], ast.Constant) else None
        if name == "text" and prop:
            self.found[prop] = Expected("string", None)
        elif name == "choice" and prop:
            table = tuple(eval(ast.unparse(args[2]), vars(mapdata)))  # FACINGS, tuple(FACINGS)
            default = _literal(args[3])
            self.found[prop] = Expected("string", default, table if default else None)
        elif name == "number" and prop:
            self.found[prop] = Expected("float", _literal(args[2]))
        elif name in self.methods:  # self.npc(obj, ...), self.light(...), self.ambient(...)
            self.visit(self.methods[name])


def expected_classes() -> dict[str, dict[str, Expected]]:
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    reader = next(  # the class that reads a map: it has read() and blocked_grid()
        n for n in tree.body if isinstance(n, ast.ClassDef)
        and {"read", "blocked_grid"} <= {f.name for f in n.body if isinstance(f, ast.FunctionDef)}
    )
    methods = {f.name: f for f in reader.body if isinstance(f, ast.FunctionDef)}
    classes: dict[str, dict[str, Expected]] = {}
    # the branch on the object's type: in the method that goes through the objects
    objects = methods.get("collect", methods["read"])
    branch = next(n for n in ast.walk(objects) if isinstance(n, ast.If)
                  and isinstance(n.test, ast.Compare) and ast.unparse(n.test).startswith("kind"))
    while isinstance(branch, ast.If):  # if kind == "spawn": ... elif kind == "exit": ...
        test = branch.test
        if isinstance(test, ast.BoolOp):  # elif kind == "wall" and not self.patch
            test = test.values[0]
        if not (isinstance(test, ast.Compare) and isinstance(test.comparators[0], ast.Constant)):
            break  # the last branch: an unknown type
        visitor = _Properties(methods)
        for statement in branch.body:
            visitor.visit(statement)
        classes[test.comparators[0].value] = visitor.found
        branch = branch.orelse[0] if branch.orelse else None
    # the map's own properties: read() outside the object loop, and what it calls
    visitor = _Properties({"ambient": methods["ambient"]})
    for statement in methods["read"].body:
        if not isinstance(statement, ast.For):
            visitor.visit(statement)
    classes["place"] = visitor.found
    # layer and tile properties: where blocked_grid reads them from
    grid = _Properties({})
    grid.visit(methods["blocked_grid"])
    on_layer = {p for p, code in grid.receivers.items() if "layer" in code}
    classes["tiles"] = {p: e for p, e in grid.found.items() if p in on_layer}
    classes["tile"] = {p: e for p, e in grid.found.items() if p not in on_layer}
    # the tileset's stable names, which the maps' tile record is kept by (tools/tile_ids.py)
    classes["tile"]["name"] = Expected("string", None)
    return classes


def project() -> dict[str, dict]:
    return {t["name"]: t for t in json.loads(PROJECT.read_text(encoding="utf-8"))["propertyTypes"]}


EXPECTED = expected_classes()


def test_the_code_was_read() -> None:
    # guards the reading above: if mapdata.py is reshaped, this says so plainly
    assert set(EXPECTED) >= {"spawn", "exit", "npc", "interact", "light", "place", "tiles"}
    assert EXPECTED["tile"]["collides"] == Expected("bool", False)
    assert EXPECTED["npc"]["facing"] == Expected("string", "down", tuple(mapdata.FACINGS))
    assert EXPECTED["place"]["indoors"].type == "bool"
    assert EXPECTED["tiles"] == {"overhead": Expected("bool", False)}


def test_every_object_type_is_a_class_for_objects() -> None:
    types = project()
    objects = {n for n, t in types.items() if t["type"] == "class" and "object" in t["useAs"]}
    assert objects == set(mapdata.OBJECT_TYPES) == set(EXPECTED) - {"place", "tiles", "tile"} | {
        "wall",
        "walkable",
        "private",
    }
    assert "map" in types["place"]["useAs"] and "layer" in types["tiles"]["useAs"]
    assert "tile" in types["tile"]["useAs"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_members_are_what_the_game_reads(name: str) -> None:
    types = project()
    members = {m["name"]: m for m in types[name]["members"]}
    assert set(members) == set(EXPECTED[name])
    for prop, expected in EXPECTED[name].items():
        member = members[prop]
        assert member["type"] == expected.type, prop
        if expected.enum:
            enum = types[member["propertyType"]]
            assert enum["type"] == "enum" and enum["storageType"] == "string"
            assert tuple(enum["values"]) == tuple(expected.enum), prop
        else:
            assert "propertyType" not in member, f"{prop}: the game accepts any value"
        empty = {"string": "", "bool": False, "int": 0, "float": 0}[expected.type]
        assert member["value"] == (empty if expected.default is None else expected.default), prop


def test_the_project_file_is_tileds_format() -> None:
    data = json.loads(PROJECT.read_text(encoding="utf-8"))
    assert data["folders"] == ["."]
    ids = [t["id"] for t in data["propertyTypes"]]
    assert len(ids) == len(set(ids))
    for kind in data["propertyTypes"]:
        assert kind["type"] in ("class", "enum")
        if kind["type"] == "class":
            assert kind["color"].startswith("#") and len(kind["color"]) == 9
            for member in kind["members"]:
                assert member["type"] in ("string", "bool", "int", "float", "color", "file")
