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
    hair_style: str = "short"  # short, parted, fringe, untidy, thin, bob, bun, long, neat, pigtails
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
    jaw: str = "square"  # square, soft, round, long (portraits)
    gaze: int = 0  # portraits: pupils turned left (-1) or right (+1)
    moustache: bool = False
    plate: str = "concrete_light"  # portrait background


# Archetypes: each person below is one of these with a few parts changed.
MAN = Look()
WOMAN = Look(
    build="woman", jaw="soft", top_kind="dress", lower="dress", hair_style="bob", lips=True
)
CHILD = Look(
    build="child", age="child", jaw="round", top_kind="dress", lower="dress", shoes="red_dark"
)
HERO = replace(
    MAN,
    top="shadow",
    top_kind="coat",
    hat="fedora",
    hat_colour="night",
    face="bandages",
    plate="asphalt_light",
)


def man(**parts: object) -> Look:
    return replace(MAN, **parts)


def woman(**parts: object) -> Look:
    return replace(WOMAN, **parts)


def child(**parts: object) -> Look:
    return replace(CHILD, **parts)


CAST: dict[str, Look] = {
    "hero_bandages": HERO,
    "hero_mask": replace(HERO, face="mask", beard=True),
    "man": man(top="wood", top_kind="coat", hat="fedora", hat_colour="wood_dark", tie="red_dark"),
    "man2": man(top="concrete_dark", tie="red", legs="concrete_dark"),
    "man3": man(
        top="tatami", top_kind="trench", legs="blue_dark", hair_style="untidy", trim="wood"
    ),
    "woman": woman(top="red", shoes="red_dark", plate="cream"),
    "woman2": woman(top="teal", top_kind="coat", hair_style="bun", shoes="shadow", trim="cream"),
    "woman3": woman(
        top="mustard",
        top_kind="shirt",
        lower="skirt",
        legs="blue",
        hair="wood_dark",
        hair_style="long",
    ),
    "old_man": man(
        build="old",
        age="old",
        hair="hair_grey",
        hair_style="thin",
        top="wood_light",
        top_kind="cardigan",
        trim="wood_dark",
        legs="concrete_dark",
        cane=True,
    ),
    "old_woman": woman(
        build="old_woman",
        age="old",
        hair="hair_grey",
        hair_style="bun",
        top="plum",
        top_kind="coat",
        shoes="shadow",
        lips=False,
    ),
    "child": child(
        top="sky",
        top_kind="shirt",
        lower="shorts",
        legs="blue_dark",
        hair_style="fringe",
        shoes="wood_dark",
        plate="cream",
    ),
    "child2": child(top="red", top_kind="pinafore", hair_style="pigtails"),
    "colleague": man(jaw="long", top="white", top_kind="labcoat", tie="blue", plate="sky"),
    "shopgirl": woman(
        top="blue", hat="headscarf", hat_colour="red", apron="white", shoes="shadow", plate="cream"
    ),
    "toyseller": man(
        age="middle",
        jaw="round",
        hair="hair_grey",
        top="mustard",
        top_kind="cardigan",
        trim="wood_dark",
        glasses=True,
        legs="wood_dark",
        plate="green_light",
    ),
    "manager": man(
        build="stout",
        age="middle",
        jaw="round",
        top="wood_dark",
        top_kind="vest",
        tie="wood",
        hair="hair_grey",
        hair_style="thin",
        plate="tatami",
    ),
    "daughter": child(
        build="girl", gaze=-1, top="green_light", hair_style="bob", shoes="wood_dark", plate="cream"
    ),
    "neighbour": woman(
        age="middle",
        top="green",
        apron="cream",
        hair_style="bun",
        shoes="wood_dark",
        lips=False,
        plate="paper",
    ),
    "wife": woman(top="teal_light", hair_style="neat", trim="white", shoes="shadow", plate="teal"),
    "k": man(
        age="middle",
        jaw="long",
        top="concrete",
        tie="blue_dark",
        legs="concrete",
        glasses=True,
        hair_style="parted",
        plate="white",
    ),
    "friend": man(
        top="wood_light",
        tweed=True,
        hair_style="untidy",
        legs="concrete_dark",
        tie="green_dark",
        plate="paper",
    ),
    "waiter": man(
        top="shadow",
        top_kind="vest",
        bow_tie=True,
        legs="shadow",
        moustache=True,
        hair_style="parted",
        plate="cream",
    ),
    "clerk": man(
        top="blue_dark",
        top_kind="uniform",
        trim="mustard",
        legs="blue_dark",
        hair_style="parted",
        plate="paper",
    ),
    "usher": man(
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
