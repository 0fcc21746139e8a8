"""How large a map may be, checked before anything is allocated for it.

A Tiled file states its own dimensions; a hostile or broken one can state billions of
tiles, an object the size of a continent or a route to the far side of the integers.
The shipped maps are at most 70 x 45 tiles; these limits are far above any real place
and far below what would exhaust memory. docs/modding.md lists them.
"""

from __future__ import annotations

MAX_MAP_BYTES = 16 * 1024 * 1024  # a .tmx, .tsx or .tx file
MAX_MAP_TILES = 512  # tiles on a side of a map or a layer
MAX_LAYERS = 64
MAX_OBJECTS = 10_000  # objects in one map (or one map patch)
MAX_OBJECT_TILES = 4096  # tiles one object covers
MAX_MAP_OBJECT_TILES = 1 << 20  # tiles all the objects of one map cover together
MAX_GID = 1 << 20  # a tileset's first gid plus its tile count
MAX_ROUTE_POINTS = 256  # waypoints of one route
MAX_MAP_ROUTE_POINTS = 4096  # waypoints of all the routes of one map
MAX_PROPERTY_TEXT = 10_000  # characters in one property value
