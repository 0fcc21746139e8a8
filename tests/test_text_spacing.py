"""Letters keep the font's own spacing at every size, scale and text-size setting.

The font's design width of a word (its advances at 1000 points, scaled) is the
reference; a word drawn on screen may be a rounding wider: a pixel for the line,
and a little over half a pixel a letter (advances rounded to half a pixel, stems
widened by hinting). Drawn with kerning and whole-pixel hinted advances, words
came out up to 5 pixels a letter wider, the extra space falling inside words
("I t", "w ithin", "f rom").
"""

from __future__ import annotations

import pygame
import pygame.freetype
import pytest

from game.ui.text import DEFAULT_FONT_RATIO, TEXT_SIZES, Fonts

WORDS = ("It", "includes", "within", "from", "Settings.", "disfigurement,", "this",
         "saves", "Configurações", "é", "tttt", "Will")
LOGICAL_SIZES = (7, 8, 9, 10, 11, 13, 16, 20, 30)  # what the screens ask for
LINE_SLACK = 1.0  # pixels
LETTER_SLACK = 0.6


@pytest.fixture(scope="module")
def design():
    pygame.freetype.init()
    face = pygame.freetype.Font(None, 1000)
    face.kerning = False
    face.pad = True

    def width(word: str, points: int) -> float:
        return face.get_rect(word).width * points / 1000

    return width


@pytest.mark.parametrize("scale", (1, 2, 3))
@pytest.mark.parametrize("text_size", sorted(TEXT_SIZES))
def test_words_are_as_wide_as_the_font_draws_them(design, scale: int, text_size: str) -> None:
    fonts = Fonts(scale, text_size)
    for logical in LOGICAL_SIZES:
        font = fonts.get(logical)
        pixels = max(8, round(logical * scale * TEXT_SIZES[text_size]))
        points = max(1, int(pixels * DEFAULT_FONT_RATIO))
        for word in WORDS:
            drawn = font.size(word)[0]
            expected = design(word, points)
            slack = LINE_SLACK + LETTER_SLACK * len(word)
            assert expected - slack <= drawn <= expected + slack, (
                logical, scale, text_size, word, drawn, round(expected, 1))


def ink_columns(image: pygame.Surface) -> list[bool]:
    return [any(image.get_at((x, y)).a > 60 for y in range(image.get_height()))
            for x in range(image.get_width())]


@pytest.mark.parametrize("scale", (1, 2, 3))
def test_no_gap_inside_a_word_is_wider_than_half_a_space(scale: int) -> None:
    """The broken pairs, looked at as pixels: the widest blank run inside "It" or
    "within" is at most half a space (a pixel at the smallest sizes)."""
    fonts = Fonts(scale, "normal")
    for logical in (8, 11, 16):
        font = fonts.get(logical)
        allowed = max(1, font.size(" ")[0] // 2)
        for word in ("It", "within", "from", "Settings"):
            columns = ink_columns(font.render(word, True, (255, 255, 255)))
            first, last = columns.index(True), len(columns) - columns[::-1].index(True)
            run = widest = 0
            for inked in columns[first:last]:
                run = 0 if inked else run + 1
                widest = max(widest, run)
            assert widest <= allowed, (logical, scale, word, widest, allowed)


def test_a_line_is_drawn_the_size_it_measures() -> None:
    font = Fonts(2, "normal").get(11)
    for text in ("", "It includes", "Configurações  "):
        image = font.render(text, True, (255, 255, 255))
        assert image.get_size() == font.size(text)
        assert font.render(text, True, (255, 255, 255)) is image, "kept, not drawn again"
