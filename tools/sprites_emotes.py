"""Emotes: 16x16 speech bubbles shown over a person's head, each with one small
symbol drawn from a character map (one character per pixel).
"""

from __future__ import annotations

from sprites_canvas import Canvas, outline

# Map characters -> palette names. "." is empty.
INKS = {
    "#": "ink",
    "b": "blue",
    "s": "sky",
    "r": "red",
    "d": "red_dark",
    "w": "wood",
    "g": "concrete_dark",
}

# Each symbol is 10 wide and up to 9 tall; it is centred in the bubble.
SYMBOLS: dict[str, list[str]] = {
    "cry": [
        "..........",
        ".##....##.",
        "#..#..#..#",
        "..........",
        ".s......s.",
        ".s......s.",
        "sbs....sbs",
        ".s......s.",
    ],
    "look_away": [
        ".###..###.",
        "#..##...##",
        ".###..###.",
        "..........",
        ".#........",
        ".#.....#..",
        "..######..",
        ".......#..",
    ],
    "step_aside": [
        ".....#....",
        ".....##...",
        "#########.",
        "#########.",
        ".....##...",
        ".....#....",
        "..........",
        "gggggggg..",
    ],
    "nod": [
        "..####..#.",
        ".######.#.",
        ".######.#.",
        ".######.#.",
        "..####.###",
        "........#.",
        "..........",
        "..........",
    ],
    "smile": [
        "..........",
        ".##....##.",
        "..........",
        "..........",
        "#........#",
        ".#......#.",
        "..######..",
        "..........",
    ],
    "stare": [
        ".###..###.",
        "#...##...#",
        "#.#.##.#.#",
        "#...##...#",
        ".###..###.",
        "..........",
        "..........",
        "..........",
    ],
    "bow": [
        ".##.......",
        "####......",
        ".##.......",
        "...##.....",
        "....###...",
        "......##..",
        "......##..",
        "......##..",
        "......###.",
    ],
    "shrug": [
        "..........",
        "#...##...#",
        "#...##...#",
        ".#......#.",
        "..##..##..",
        "...####...",
        "..........",
        "..........",
    ],
    "surprise": [
        "....rr....",
        "....rr....",
        "....rr....",
        "....rr....",
        "....rr....",
        "..........",
        "....rr....",
        "....rr....",
    ],
    "question": [
        "...####...",
        "..##..##..",
        "......##..",
        ".....##...",
        "....##....",
        "..........",
        "....##....",
        "....##....",
    ],
    "silence": [
        "..........",
        "..........",
        "..........",
        ".##.##.##.",
        ".##.##.##.",
        "..........",
        "..........",
        "..........",
    ],
    "music": [
        "....######",
        "....######",
        "....#....#",
        "....#....#",
        "....#....#",
        "..###..###",
        ".####.####",
        "..##...##.",
    ],
    "heart": [
        ".rr...rr..",
        "rrrr.rrrr.",
        "rrrrrrrrr.",
        "rrrrrrrrr.",
        ".rrrrrrr..",
        "..rrrrr...",
        "...rrr....",
        "....r.....",
    ],
    "tears": [
        "....#.....",
        "...#s#....",
        "...#s#....",
        "..#sbs#...",
        "..#sbs#...",
        ".#sbbbs#..",
        ".#sbbbs#..",
        "..#sss#...",
        "...###....",
    ],
    "sweat": [
        "......#...",
        ".....#s#..",
        ".....#s#..",
        "....#sbs#.",
        "....#sbs#.",
        "....#sss#.",
        ".....###..",
        "#.........",
        ".##.......",
    ],
}

EMOTES = tuple(SYMBOLS)


def bubble(c: Canvas) -> None:
    """A white rounded bubble with a short tail pointing down at the speaker."""
    c.rounded_rect(1, 1, 14, 11, "white", 3)
    c.rect(6, 12, 8, 12, "white")
    c.px(7, 13, "white")
    outline(c)


def emote(name: str) -> Canvas:
    c = Canvas(16, 16)
    bubble(c)
    rows = SYMBOLS[name]
    top = 2 + (9 - len(rows)) // 2
    for y, line in enumerate(rows):
        for x, ch in enumerate(line):
            if ch != ".":
                c.px(3 + x, top + y, INKS[ch])
    return c
