"""The acted sprite sheets (assets/sprites/<name>_acts.png) keep the layout
docs/art.md promises the engine: one row per act of acts.yaml, 4 columns of
16x32 frames, the declared columns drawn and the rest empty."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest
import yaml

SPRITES = Path(__file__).resolve().parent.parent / "assets" / "sprites"
FRAME_W, FRAME_H = 16, 32


def acts() -> list[dict]:
    return yaml.safe_load((SPRITES / "acts.yaml").read_text(encoding="utf-8"))


def walking_sheets() -> list[Path]:
    return sorted(p for p in SPRITES.glob("*.png") if not p.stem.endswith("_acts"))


def test_the_table_is_rows_in_order_with_known_playback() -> None:
    table = acts()
    assert [a["row"] for a in table] == list(range(len(table)))
    assert len({a["name"] for a in table}) == len(table)
    for act in table:
        assert 1 <= act["frames"] <= 4, act
        assert act["play"] in ("loop", "once"), act
        assert act["fps"] > 0, act
    names = {a["name"] for a in table}
    for needed in ("cry", "run_left", "hide_left", "look_away_left", "eyes_down", "nod", "trick"):
        assert needed in names


@pytest.mark.parametrize("sheet", walking_sheets(), ids=lambda p: p.stem)
def test_every_walking_sheet_has_its_acts(sheet: Path) -> None:
    table = acts()
    image = pygame.image.load(str(sheet.with_name(f"{sheet.stem}_acts.png")))
    assert image.get_size() == (4 * FRAME_W, len(table) * FRAME_H)
    for act in table:
        for column in range(4):
            area = pygame.Rect(column * FRAME_W, act["row"] * FRAME_H, FRAME_W, FRAME_H)
            bounds = image.subsurface(area).get_bounding_rect()
            drawn = bounds.width > 0 and bounds.height > 0
            assert drawn == (column < act["frames"]), (act["name"], column)
