"""The maps of the game and its mods, found at start and read when first visited.

Reading every map at start costs a tenth of a second each; a player only needs
the one he stands on. The whole-world checks (exits, reachability) belong to the
lint and the tests, which load everything.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from game import __version__
from game.diagnostics import ContentError
from game.safeio import read_limited
from game.world import mapdata
from game.world.limits import MAX_MAP_BYTES
from game.world.mapdata import MapData, load_map
from game.world.patches import MapPatch, apply_patches, read_folder_patches

log = logging.getLogger(__name__)


def _loader_version() -> str:
    """What the cached maps were read by: the game's version, and the loader's source
    when there is one (a bundle has none; its version changes with every release)."""
    try:
        stat = Path(mapdata.__file__).stat()
    except (OSError, TypeError):
        return __version__
    return f"{__version__}:{stat.st_size}:{stat.st_mtime_ns}"


_LOADER_VERSION = _loader_version()


class MapLibrary(Mapping[str, MapData]):
    def __init__(self, folders: list[Path], report: Callable[[str], None] | None = None,
                 cache: Path | None = None) -> None:
        self.cache = cache / "maps" if cache is not None else None
        self.paths: dict[str, Path] = {}
        for folder in folders:  # a later folder (a mod) replaces a map of the same name
            for path in sorted(folder.glob("*.tmx")):
                self.paths[path.stem] = path
        self._loaded: dict[str, MapData] = {}
        self._broken: set[str] = set()
        self.report = report
        self.folders = list(folders)
        self._patches: list[MapPatch] | None = None  # read on the first map's visit

    def __getitem__(self, map_id: str) -> MapData:
        data = self._loaded.get(map_id)
        if data is not None:
            return data
        path = self.paths.get(map_id)
        if path is None or map_id in self._broken:
            raise KeyError(map_id)
        try:
            data = self._read(path)
        except ContentError as error:
            self._broken.add(map_id)
            if self.report is not None:
                self.report(str(error))
            raise KeyError(map_id) from error
        data = self._patched(data)
        self._loaded[map_id] = data
        return data

    def _patched(self, data: MapData) -> MapData:
        """The map with the mods' patches applied in load order (the lint has refused a
        mod whose patches have errors; what is left here is only reported)."""
        if self._patches is None:
            self._patches, problems = read_folder_patches(self.folders)
            for problem in problems:
                self._say(problem.format())
        mine = [p for p in self._patches if p.target == data.id]
        if not mine:
            return data
        maps = {data.id: data}
        for problem in apply_patches(maps, mine):
            if problem.is_error:
                self._say(problem.format())
        return maps[data.id]

    def _say(self, message: str) -> None:
        """To the game's report (which logs it), else to the log: one line either way."""
        if self.report is not None:
            self.report(message)
        else:
            log.warning("%s", message)

    def readable(self) -> dict[str, MapData]:
        """Every map that loads (each read once; a broken one is reported once and
        left out), by id."""
        found = {}
        for map_id in self.paths:
            try:
                found[map_id] = self[map_id]
            except KeyError:
                continue
        return found

    def __contains__(self, map_id: object) -> bool:
        return isinstance(map_id, str) and map_id in self.paths and map_id not in self._broken

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)

    def _read(self, path: Path) -> MapData:
        """load_map, through a cache keyed by the map's bytes, its folder's tilesets
        and the loader's own source, so an edit anywhere makes it read afresh."""
        if self.cache is None:
            return load_map(path)
        try:
            digest = hashlib.sha256(read_limited(path, MAX_MAP_BYTES))
            for tileset in sorted(path.parent.glob("*.tsx")):
                digest.update(read_limited(tileset, MAX_MAP_BYTES))
        except OSError:
            return load_map(path)  # which says what is wrong with the file
        digest.update(_LOADER_VERSION.encode())
        cached = self.cache / f"{path.stem}-{digest.hexdigest()[:24]}.pickle"
        try:
            with cached.open("rb") as handle:
                data = pickle.load(handle)
            if isinstance(data, MapData):
                data.path = path  # the same map may live elsewhere now (a one-file bundle)
                return data
        except (OSError, pickle.PickleError, EOFError, AttributeError, TypeError):
            pass  # no usable cache: read the map itself
        data = load_map(path)
        try:
            self.cache.mkdir(parents=True, exist_ok=True)
            for old in self.cache.glob(f"{path.stem}-*.pickle"):
                old.unlink(missing_ok=True)
            temporary = cached.with_suffix(".tmp")
            with temporary.open("wb") as handle:
                pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
            temporary.replace(cached)
        except OSError as error:
            log.info("map cache not written: %s", error)
        return data
