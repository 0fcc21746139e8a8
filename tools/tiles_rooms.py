"""Rooms of act 3 and the shops: the café, the restaurant (shokudo), the hotel
lobby, the tobacco shop and the toy shop.

Called by tools/make_tiles.py after tools/tiles_city.py, so these ids come last.
"""

from __future__ import annotations

import pygame
from make_tiles import (
    Painter,
    Sheet,
    T,
    c,
    dither,
    ellipse,
    goods,
    hline,
    inner_wall,
    outline_box,
    px,
    rect,
    speckle,
    vline,
    vshade,
)

# ---------------------------------------------------------------- shared pieces


def counter_front(s: pygame.Surface, top: str, body: str, edge: str) -> None:
    """A counter seen from the customer's side: a worktop, then the panelled front."""
    w = s.get_width()
    rect(s, 0, 2, w, 5, top)
    hline(s, 0, 2, w, edge)
    rect(s, 0, 7, w, 8, body)
    hline(s, 0, 7, w, "ink")
    for x in range(3, w, 8):
        outline_box(s, x, 9, 5, 5, "wood_dark" if body != "wood_dark" else "shadow")
    hline(s, 0, 15, w, "shadow")


def cup(s: pygame.Surface, x: int, y: int) -> None:
    ellipse(s, x, y, 4, 3, "white")
    px(s, x + 1, y + 1, "wood_dark")
    px(s, x + 4, y + 1, "white")


def bowl(s: pygame.Surface, x: int, y: int, inside: str) -> None:
    ellipse(s, x, y, 5, 4, "red_dark")
    ellipse(s, x + 1, y + 1, 3, 2, inside)


SHELVES = (4, 11, 18, 25)  # the top row of each shelf in a two-tile-high case


def shelf_frame(s: pygame.Surface) -> None:
    """An empty wall case two tiles high, four shelves deep in shadow."""
    rect(s, 0, 2, T, 30, "wood_dark")
    hline(s, 0, 2, T, "wood_light")
    for y in SHELVES:
        rect(s, 1, y, 14, 6, "shadow")
        hline(s, 1, y + 6, 14, "wood")


def wall_window(side: str) -> Painter:
    """A wide window in the upper wall, the street outside: pavement, a passer-by."""

    def paint(s: pygame.Surface) -> None:
        inner_wall("upper")(s)
        rect(s, 0, 2, T, 13, "wood_dark")
        x0 = 2 if side == "l" else 0
        x1 = 14 if side == "r" else T
        rect(s, x0, 3, x1 - x0, 11, "sky")
        rect(s, x0, 9, x1 - x0, 5, "concrete")
        hline(s, x0, 9, x1 - x0, "concrete_light")
        dither(s, x0, 3, x1 - x0, 6, "teal_light", 0.3)
        if side == "m":
            rect(s, 7, 5, 2, 2, "skin_shadow")  # someone going by outside
            rect(s, 6, 7, 4, 5, "shadow")
        if side == "l":
            px(s, 3, 4, "white")
            px(s, 4, 5, "white")
        hline(s, 0, 14, T, "wood_light")
        hline(s, 0, 15, T, "wood_dark")
        if side != "l":
            vline(s, 0, 3, 11, "wood_dark")

    return paint


# ---------------------------------------------------------------- café


def add_cafe(sheet: Sheet) -> None:
    def table(s: pygame.Surface) -> None:
        ellipse(s, 1, 12, 14, 4, "shadow")
        rect(s, 1, 2, 14, 10, "white")
        rect(s, 1, 10, 14, 3, "bandage_shadow")
        outline_box(s, 1, 2, 14, 11, "concrete")
        cup(s, 2, 4)
        cup(s, 9, 6)
        rect(s, 7, 3, 2, 3, "mustard")  # the sugar pot

    def chair(facing: str) -> Painter:
        """Bentwood: `down` is sat on facing the viewer (back at the top)."""

        def paint(s: pygame.Surface) -> None:
            ellipse(s, 3, 12, 10, 3, "shadow")
            rect(s, 3, 6, 10, 6, "wood")
            hline(s, 3, 6, 10, "wood_light")
            back = 2 if facing == "down" else 11
            rect(s, 3, back, 10, 3, "wood_dark")
            hline(s, 4, back + 1, 8, "wood")
            vline(s, 3, 6, 8, "wood_dark")
            vline(s, 12, 6, 8, "wood_dark")

        return paint

    def counter(kind: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            counter_front(s, "wood_light", "wood", "cream")
            if kind == "siphon":
                # the glass siphon: a bulb over a flame, coffee rising
                ellipse(s, 4, 0, 7, 5, "teal_light")
                rect(s, 6, 1, 3, 2, "wood_dark")
                ellipse(s, 5, 3, 5, 4, "wood_dark")
                px(s, 7, 6, "blue")
            if kind == "cups":
                for x in (1, 6, 11):
                    cup(s, x, 3)
            if kind == "end":
                rect(s, 10, 0, 4, 6, "concrete_light")  # a cake dome
                ellipse(s, 9, 0, 6, 4, "paper")
                px(s, 11, 4, "brick_light")

        return paint

    def stool(s: pygame.Surface) -> None:
        ellipse(s, 4, 12, 8, 3, "shadow")
        vline(s, 7, 7, 6, "concrete_dark")
        vline(s, 8, 7, 6, "ink")
        ellipse(s, 3, 3, 10, 6, "red")
        ellipse(s, 4, 3, 8, 4, "brick_light")

    def menu(s: pygame.Surface) -> None:
        inner_wall("upper")(s)
        rect(s, 3, 3, 10, 11, "wood_dark")
        rect(s, 4, 4, 8, 9, "green_dark")
        for y in (5, 7, 9, 11):
            hline(s, 5, y, 4, "paper")
            px(s, 10, y, "cream")

    sheet.tile("cafe_table_sq", True, table, opaque=False)
    sheet.tile("cafe_chair_down", False, chair("down"), opaque=False)
    sheet.tile("cafe_chair_up", False, chair("up"), opaque=False)
    for kind in ("siphon", "cups", "end"):
        sheet.tile(f"cafe_counter_{kind}", True, counter(kind), opaque=False)
    sheet.tile("cafe_stool", False, stool, opaque=False)
    for side in ("l", "m", "r"):
        sheet.tile(f"iwall_window_wide_{side}", True, wall_window(side))
    sheet.tile("cafe_menu", True, menu)


# ---------------------------------------------------------------- restaurant (shokudo)


def add_restaurant(sheet: Sheet) -> None:
    def long_table(s: pygame.Surface) -> None:
        rect(s, 0, 2, 32, 10, "wood_light")
        hline(s, 0, 2, 32, "cream")
        rect(s, 0, 12, 32, 2, "wood_dark")
        vline(s, 1, 14, 2, "wood_dark")
        vline(s, 30, 14, 2, "wood_dark")
        bowl(s, 3, 4, "white")  # rice
        bowl(s, 9, 6, "wood")  # miso
        rect(s, 15, 3, 2, 5, "wood_dark")  # the chopstick box and the soy bottle
        rect(s, 18, 3, 2, 4, "ink")
        px(s, 18, 2, "red")
        bowl(s, 22, 4, "mustard")
        hline(s, 23, 9, 5, "wood_dark")

    def stool(s: pygame.Surface) -> None:
        ellipse(s, 4, 11, 8, 4, "shadow")
        ellipse(s, 4, 4, 8, 7, "wood_dark")
        ellipse(s, 4, 3, 8, 6, "wood")
        px(s, 6, 4, "wood_light")

    def counter(kind: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            counter_front(s, "wood_light", "wood_dark", "cream")
            if kind == "pots":
                # the kitchen beyond the counter: a stock pot steaming
                ellipse(s, 2, 0, 12, 5, "concrete")
                ellipse(s, 3, 1, 10, 3, "wood")
                for x in (5, 9):
                    px(s, x, 0, "white")
            if kind == "bowls":
                for x in (1, 6, 11):
                    bowl(s, x, 2, "mustard")

        return paint

    def menu_strips(s: pygame.Surface) -> None:
        # paper strips with the dishes brushed on: ink strokes, not words
        inner_wall("upper")(s)
        hline(s, 0, 3, T, "wood_dark")
        for x in (1, 5, 9, 13):
            rect(s, x, 4, 3, 11, "paper")
            for y in range(5, 14, 3):
                hline(s, x + 1, y, 1, "ink")
                px(s, x + 1, y + 1, "ink")
            px(s, x + 1, 13, "red")

    def sample_case(s: pygame.Surface) -> None:
        # the wax food in a glass case by the door: rice, noodles, a pudding
        w = s.get_width()
        rect(s, 0, 1, w, 15, "wood_dark")
        rect(s, 1, 2, w - 2, 9, "teal_light")
        dither(s, 1, 2, w - 2, 9, "white", 0.12)
        for x, inside in ((2, "white"), (9, "mustard"), (17, "brick_light"), (25, "wood")):
            bowl(s, x, 5, inside)
        rect(s, 1, 11, w - 2, 4, "wood")
        hline(s, 1, 11, w - 2, "wood_light")
        px(s, 2, 3, "white")

    sheet.block([["shokudo_table_l", "shokudo_table_r"]], True, long_table)
    sheet.tile("shokudo_stool", False, stool, opaque=False)
    for kind in ("pots", "bowls", "plain"):
        sheet.tile(f"shokudo_counter_{kind}", True, counter(kind), opaque=False)
    sheet.tile("shokudo_menu_strips", True, menu_strips)
    sheet.block([["sample_case_l", "sample_case_r"]], True, sample_case)


# ---------------------------------------------------------------- hotel lobby


def add_lobby(sheet: Sheet) -> None:
    def desk(kind: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            counter_front(s, "wood_dark", "wood", "wood_light")
            hline(s, 0, 7, T, "mustard")  # brass trim
            if kind == "book":
                rect(s, 3, 2, 10, 5, "paper")  # the register, open
                vline(s, 8, 2, 5, "concrete_dark")
                hline(s, 4, 3, 3, "concrete_dark")
                hline(s, 9, 4, 3, "concrete_dark")
                pygame.draw.line(s, c("ink"), (12, 1), (14, 5))
            if kind == "bell":
                ellipse(s, 5, 1, 6, 5, "mustard")
                px(s, 7, 2, "lamp")
                px(s, 8, 0, "ink")

        return paint

    def key_board(side: str) -> Painter:
        """Pigeonholes and keys on hooks behind the desk."""

        def paint(s: pygame.Surface) -> None:
            inner_wall("upper")(s)
            rect(s, 0, 2, T, 13, "wood_dark")
            for row, y in enumerate((3, 7, 11)):
                for x in range(1, T, 4):
                    rect(s, x, y, 3, 3, "shadow")
                    if (x + row * 3 + (5 if side == "r" else 0)) % 3:
                        px(s, x + 1, y + 1, "mustard")  # a key hangs here
                        px(s, x + 1, y + 2, "red")
            hline(s, 0, 2, T, "wood_light")

        return paint

    def armchair(s: pygame.Surface) -> None:
        ellipse(s, 1, 12, 14, 4, "shadow")
        rect(s, 2, 1, 12, 5, "plum")
        hline(s, 2, 1, 12, "red")
        rect(s, 1, 5, 14, 8, "plum")
        rect(s, 4, 6, 8, 5, "red_dark")
        dither(s, 4, 6, 8, 5, "plum", 0.3)
        vline(s, 14, 5, 8, "shadow")

    def palm(s: pygame.Surface) -> None:
        ellipse(s, 3, 28, 10, 4, "shadow")
        rect(s, 4, 22, 8, 8, "concrete_dark")
        hline(s, 4, 22, 8, "concrete_light")
        hline(s, 4, 29, 8, "shadow")
        vline(s, 8, 10, 12, "wood")
        for a, b in (
            ((8, 10), (1, 4)),
            ((8, 10), (15, 5)),
            ((8, 10), (3, 16)),
            ((8, 10), (14, 15)),
            ((8, 10), (6, 1)),
            ((8, 10), (11, 0)),
        ):
            pygame.draw.line(s, c("green"), a, b)
            pygame.draw.line(s, c("green_dark"), (a[0], a[1] + 1), (b[0], b[1] + 1))
        px(s, 8, 10, "green_light")

    def checker(s: pygame.Surface) -> None:
        for y in range(0, T, 8):
            for x in range(0, T, 8):
                rect(s, x, y, 8, 8, "white" if (x + y) % 16 == 0 else "concrete")
        speckle(s, "lobbyfloor", 0, 0, T, T, ["concrete_light"], 0.06)

    for kind in ("book", "plain", "bell"):
        sheet.tile(f"lobby_desk_{kind}", True, desk(kind), opaque=False)
    for side in ("l", "r"):
        sheet.tile(f"key_board_{side}", True, key_board(side))
    sheet.tile("lobby_armchair", True, armchair, opaque=False)
    sheet.block([["lobby_palm_top"], ["lobby_palm_bottom"]], [[False], [True]], palm)
    sheet.tile("floor_checker", False, checker)


# ---------------------------------------------------------------- tobacco shop


PACKETS = ["blue", "white", "red", "mustard", "green_light", "sky", "plum"]


def add_tobacco(sheet: Sheet) -> None:
    def glass_counter(kind: str) -> Painter:
        """A glass-topped counter, the packets laid out in rows under it."""

        def paint(s: pygame.Surface) -> None:
            rect(s, 0, 1, T, 14, "wood_dark")
            rect(s, 1, 2, 14, 8, "teal_light")
            goods(s, "tobaccocase" + kind, 1, 2, 14, 8, PACKETS)
            dither(s, 1, 2, 14, 8, "white", 0.1)
            rect(s, 0, 10, T, 5, "wood")
            hline(s, 0, 10, T, "wood_light")
            hline(s, 0, 15, T, "shadow")
            if kind == "phone":
                rect(s, 4, 0, 9, 8, "red")
                rect(s, 3, 0, 11, 2, "ink")
                ellipse(s, 6, 3, 5, 4, "white")
                vline(s, 12, 1, 7, "red_dark")
            if kind == "till":
                # the cash register: keys, the drawer, the little flag of the sum
                rect(s, 2, 0, 12, 9, "concrete_dark")
                rect(s, 3, 1, 10, 2, "ink")
                rect(s, 9, 1, 3, 1, "white")
                for y in (4, 6):
                    for x in range(3, 13, 2):
                        px(s, x, y, "paper")
                rect(s, 2, 8, 12, 2, "concrete")
                px(s, 13, 4, "red")

        return paint

    def shelf(s: pygame.Surface) -> None:
        shelf_frame(s)
        for y in SHELVES:
            goods(s, f"cartons{y}", 1, y + 1, 14, 4, PACKETS)

    for kind in ("l", "m", "phone", "till"):
        sheet.tile(f"tobacco_counter_{kind}", True, glass_counter(kind), opaque=False)
    sheet.block([["tobacco_shelf_top"], ["tobacco_shelf_bottom"]], True, shelf)


# ---------------------------------------------------------------- toy shop


def add_toys(sheet: Sheet) -> None:
    def shelf(s: pygame.Surface) -> None:
        shelf_frame(s)
        # a tin robot, a daruma, a spinning top, a kendama, boxed kits, a doll
        rect(s, 2, 5, 4, 5, "concrete_light")
        px(s, 3, 6, "red")
        px(s, 4, 6, "red")
        ellipse(s, 9, 5, 5, 5, "red")
        rect(s, 10, 6, 3, 2, "white")
        ellipse(s, 2, 13, 5, 3, "mustard")
        vline(s, 4, 12, 4, "wood")
        vline(s, 10, 12, 4, "wood_light")
        ellipse(s, 9, 11, 3, 3, "red")
        for x, col in ((1, "blue"), (6, "green_light"), (11, "mustard")):
            rect(s, x, 19, 4, 4, col)
            hline(s, x, 19, 4, "white")
        ellipse(s, 3, 25, 4, 4, "skin")
        rect(s, 3, 28, 4, 2, "red")
        rect(s, 8, 26, 6, 4, "teal")
        px(s, 10, 27, "white")

    def counter(kind: str) -> Painter:
        def paint(s: pygame.Surface) -> None:
            counter_front(s, "wood_light", "wood", "cream")
            if kind == "tops":
                for x, col in ((2, "red"), (7, "blue"), (11, "mustard")):
                    ellipse(s, x, 2, 4, 4, col)
                    px(s, x + 2, 1, "wood_dark")

        return paint

    def pistol_case(s: pygame.Surface) -> None:
        # the glass case with the air pistol on its card, and a tin of pellets
        rect(s, 0, 1, T, 14, "wood_dark")
        rect(s, 1, 2, 14, 8, "paper")
        dither(s, 1, 2, 14, 8, "teal_light", 0.25)
        rect(s, 3, 4, 8, 2, "ink")  # barrel and frame
        rect(s, 9, 4, 2, 5, "wood_dark")  # the grip
        px(s, 8, 6, "ink")
        px(s, 3, 3, "shadow")
        ellipse(s, 12, 6, 3, 3, "concrete_light")
        px(s, 2, 3, "white")
        rect(s, 0, 10, T, 5, "wood")
        hline(s, 0, 10, T, "wood_light")
        hline(s, 0, 15, T, "shadow")

    def masks(s: pygame.Surface) -> None:
        # festival masks on a string: the fox, the comic man, the round-faced woman
        inner_wall("upper")(s)
        hline(s, 0, 3, T, "ink")
        ellipse(s, 0, 4, 5, 7, "white")
        px(s, 1, 6, "red")
        px(s, 3, 6, "red")
        px(s, 2, 9, "ink")
        ellipse(s, 6, 4, 5, 7, "skin")
        px(s, 7, 6, "ink")
        px(s, 9, 6, "ink")
        px(s, 9, 9, "red")
        ellipse(s, 11, 4, 5, 7, "white")
        px(s, 12, 5, "red_dark")
        px(s, 14, 5, "red_dark")
        hline(s, 13, 9, 1, "red")
        vshade(s, 0, 10, T, 4, "concrete_dark", 0.0, 0.3)

    def boxes(s: pygame.Surface) -> None:
        ellipse(s, 1, 12, 14, 4, "shadow")
        rect(s, 1, 6, 8, 8, "red")
        outline_box(s, 1, 6, 8, 8, "red_dark")
        rect(s, 7, 2, 7, 6, "blue")
        outline_box(s, 7, 2, 7, 6, "blue_dark")
        ellipse(s, 9, 8, 6, 6, "mustard")  # a toy drum
        hline(s, 9, 10, 6, "red")

    sheet.block([["toy_shelf_top"], ["toy_shelf_bottom"]], True, shelf)
    for kind in ("plain", "tops"):
        sheet.tile(f"toy_counter_{kind}", True, counter(kind), opaque=False)
    sheet.tile("toy_case_pistol", True, pistol_case, opaque=False)
    sheet.tile("toy_wall_masks", True, masks)
    sheet.tile("toy_boxes", True, boxes, opaque=False)


def toy_shelf_b(s: pygame.Surface) -> None:
    """The other case: kokeshi dolls, a tin car, paper balloons, a drum, picture cards."""
    shelf_frame(s)
    for x in (2, 6, 10):  # kokeshi: a round head on a painted body
        ellipse(s, x, 5, 3, 3, "skin")
        px(s, x + 1, 5, "hair")
        rect(s, x, 8, 3, 2, "red" if x != 6 else "green")
    rect(s, 2, 13, 7, 3, "blue")  # the tin car
    rect(s, 4, 12, 3, 1, "sky")
    px(s, 3, 16, "ink")
    px(s, 7, 16, "ink")
    ellipse(s, 10, 12, 4, 4, "mustard")  # a paper balloon
    hline(s, 10, 13, 4, "red")
    ellipse(s, 2, 19, 6, 4, "red")  # a toy drum
    hline(s, 2, 20, 6, "white")
    for x, col in ((9, "paper"), (12, "cream")):  # picture cards in a stack
        rect(s, x, 19, 3, 4, col)
        px(s, x + 1, 20, "blue")
    rect(s, 2, 26, 5, 4, "plum")
    hline(s, 2, 26, 5, "white")
    ellipse(s, 9, 25, 4, 5, "white")  # a daruma, eyes still blank
    rect(s, 10, 27, 2, 1, "red")


def add_rooms(sheet: Sheet) -> None:
    add_cafe(sheet)
    add_restaurant(sheet)
    add_lobby(sheet)
    add_tobacco(sheet)
    add_toys(sheet)


def add_second_cases(sheet: Sheet) -> None:
    """A second toy case, so a wall of cases does not repeat one picture."""
    sheet.block([["toy_shelf_b_top"], ["toy_shelf_b_bottom"]], True, toy_shelf_b)
