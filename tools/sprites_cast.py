"""Who the characters are, as data: one `Look` per sprite sheet, read by both the
walking-sprite and the portrait painters. Change a coat colour here and both follow.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Look:
    """The parts a person is built from. Every colour is a palette name."""

    build: str = "man"  # key of sprites_body.BUILDS: man, woman, old, child, girl
    skin: str = "skin"
    hair: str = "hair"
    hair_style: str = "short"  # short, untidy, thin, bob, bun, long, neat, pigtails
    top: str = "blue"  # the main garment
    top_kind: str = (
        "jacket"  # jacket, coat, trench, labcoat, vest, cardigan, dress, shirt, pinafore, uniform
    )
    shirt: str = "white"  # collar, cuffs, blouse, sleeves under a vest
    tie: str | None = None
    bow_tie: bool = False
    legs: str = "asphalt"  # trousers, skirt or shorts colour
    lower: str = "trousers"  # trousers, skirt, shorts, dress (skirt in the top colour)
    shoes: str = "wood_dark"
    hat: str | None = None  # fedora, pillbox, headscarf
    hat_colour: str = "shadow"
    face: str = "plain"  # plain, bandages, mask
    glasses: bool = False
    beard: bool = False
    apron: str | None = None
    trim: str | None = None  # buttons and braid
    tweed: bool = False
    cane: bool = False
    age: str = "adult"  # child, adult, middle, old: portrait lines
    lips: bool = False
    plate: str = "concrete_light"  # portrait background


HERO = Look(
    top="shadow",
    top_kind="coat",
    legs="asphalt",
    shoes="wood_dark",
    hat="fedora",
    hat_colour="night",
    face="bandages",
    plate="asphalt_light",
)

CAST: dict[str, Look] = {
    "hero_bandages": HERO,
    "hero_mask": replace(HERO, face="mask", beard=True),
    "man": Look(top="wood", top_kind="coat", hat="fedora", hat_colour="wood_dark", tie="red_dark"),
    "man2": Look(top="concrete_dark", tie="red", legs="concrete_dark"),
    "man3": Look(
        top="tatami", top_kind="trench", legs="blue_dark", hair_style="untidy", trim="wood"
    ),
    "woman": Look(
        build="woman",
        top="red",
        top_kind="dress",
        lower="dress",
        hair_style="bob",
        shoes="red_dark",
        lips=True,
        plate="cream",
    ),
    "woman2": Look(
        build="woman",
        top="teal",
        top_kind="coat",
        lower="dress",
        hair_style="bun",
        shoes="shadow",
        trim="cream",
        lips=True,
    ),
    "woman3": Look(
        build="woman",
        top="cream",
        top_kind="shirt",
        lower="skirt",
        legs="blue",
        hair="wood_dark",
        hair_style="long",
        shoes="wood_dark",
        lips=True,
    ),
    "old_man": Look(
        build="old",
        hair="hair_grey",
        hair_style="thin",
        top="wood_light",
        top_kind="cardigan",
        trim="wood_dark",
        legs="concrete_dark",
        cane=True,
        age="old",
    ),
    "old_woman": Look(
        build="old_woman",
        hair="hair_grey",
        hair_style="bun",
        top="plum",
        top_kind="coat",
        lower="dress",
        shoes="shadow",
        age="old",
    ),
    "child": Look(
        build="child",
        top="sky",
        top_kind="shirt",
        lower="shorts",
        legs="blue_dark",
        age="child",
        plate="cream",
    ),
    "child2": Look(
        build="child",
        top="red",
        top_kind="pinafore",
        lower="dress",
        hair_style="pigtails",
        shoes="red_dark",
        age="child",
    ),
    "colleague": Look(top="white", top_kind="labcoat", tie="blue", legs="asphalt", plate="sky"),
    "shopgirl": Look(
        build="woman",
        top="blue",
        top_kind="dress",
        lower="dress",
        hat="headscarf",
        hat_colour="red",
        apron="white",
        hair_style="bob",
        shoes="shadow",
        lips=True,
        plate="cream",
    ),
    "toyseller": Look(
        top="mustard",
        top_kind="cardigan",
        trim="wood_dark",
        glasses=True,
        age="middle",
        legs="wood_dark",
        plate="green_light",
    ),
    "manager": Look(
        build="stout",
        top="wood_dark",
        top_kind="vest",
        tie="wood",
        hair_style="thin",
        hair="hair_grey",
        age="middle",
        legs="asphalt",
        plate="tatami",
    ),
    "daughter": Look(
        build="girl",
        top="sky",
        top_kind="dress",
        lower="dress",
        shirt="white",
        hair_style="bob",
        shoes="wood_dark",
        age="child",
        plate="green_light",
    ),
    "neighbour": Look(
        build="woman",
        top="green",
        top_kind="dress",
        lower="dress",
        apron="cream",
        hair_style="bun",
        shoes="wood_dark",
        age="middle",
        plate="paper",
    ),
    "wife": Look(
        build="woman",
        top="teal_light",
        top_kind="dress",
        lower="dress",
        hair_style="neat",
        trim="white",
        shoes="shadow",
        lips=True,
        plate="teal",
    ),
    "k": Look(
        top="concrete",
        top_kind="jacket",
        tie="blue_dark",
        legs="concrete",
        glasses=True,
        age="middle",
        plate="white",
    ),
    "friend": Look(
        top="wood_light",
        top_kind="jacket",
        tweed=True,
        hair_style="untidy",
        legs="concrete_dark",
        tie="green_dark",
        plate="paper",
    ),
    "waiter": Look(top="shadow", top_kind="vest", bow_tie=True, legs="shadow", plate="cream"),
    "clerk": Look(
        top="blue_dark", top_kind="uniform", trim="mustard", legs="blue_dark", plate="paper"
    ),
    "usher": Look(
        top="red_dark",
        top_kind="uniform",
        trim="mustard",
        legs="shadow",
        hat="pillbox",
        hat_colour="red_dark",
        plate="night",
    ),
}

# Portraits: file name -> the look they show (a passer-by wears the `man` sheet).
PORTRAITS: dict[str, str] = {
    "hero_bandages": "hero_bandages",
    "hero_mask": "hero_mask",
    "child": "child",
    "passerby": "man",
    "colleague": "colleague",
    "shopgirl": "shopgirl",
    "toyseller": "toyseller",
    "manager": "manager",
    "daughter": "daughter",
    "neighbour": "neighbour",
    "wife": "wife",
    "k": "k",
    "friend": "friend",
    "waiter": "waiter",
    "clerk": "clerk",
    "usher": "usher",
}
