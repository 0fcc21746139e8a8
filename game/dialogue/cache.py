"""A cache of parsed dialogue files, so a start or a hot reload re-parses only what changed.

One pickle per content folder under the cache dir holds, for each file, the key it was
parsed under: engine format version, path, size, mtime_ns and a SHA-1 of the bytes. A
file whose key differs (edited, touched, replaced) is parsed again; added and removed
files are found because the loader lists the folder every time. The cache is an
optimisation only: an unreadable or foreign cache file is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from game.diagnostics import Diagnostic

from .build import FileContent
from .yamlpos import no_gc_pauses

# Bump when the models or the builder change what a parsed file looks like.
FORMAT_VERSION = 4

log = logging.getLogger(__name__)

FileKey = tuple[int, str, int, int, str]


def file_key(path: Path, data: bytes, stat: os.stat_result) -> FileKey:
    digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    return (FORMAT_VERSION, str(path), stat.st_size, stat.st_mtime_ns, digest)


def _folder_name(folder: Path) -> str:
    """The game's own folders by their place in the data root, so a one-file bundle,
    unpacked somewhere new at every start, reuses one cache file instead of adding one."""
    from game.paths import data_root

    resolved = folder.resolve()
    try:
        return "data:" + resolved.relative_to(data_root().resolve()).as_posix()
    except ValueError:
        return str(resolved)


@dataclass(slots=True)
class CachedFile:
    """One parsed file: the key it was parsed under, the content it built and the
    problems it reported."""

    key: FileKey
    content: FileContent
    diagnostics: list[Diagnostic]


@dataclass(slots=True)
class FolderCache:
    """The cached files of one content folder; ``save`` writes only when something changed."""

    location: Path | None
    files: dict[str, CachedFile] = field(default_factory=dict)
    changed: bool = False

    @classmethod
    def open(cls, cache_dir: Path | None, folder: Path) -> FolderCache:
        if cache_dir is None:
            return cls(None)
        name = hashlib.sha1(_folder_name(folder).encode(), usedforsecurity=False).hexdigest()
        location = cache_dir / f"dialogue-{name[:16]}.pickle"
        cache = cls(location)
        try:
            with location.open("rb") as stream, no_gc_pauses():
                stored = pickle.load(stream)
            if isinstance(stored, dict) and stored.get("version") == FORMAT_VERSION:
                cache.files = stored["files"]
        except FileNotFoundError:
            pass
        except (OSError, pickle.PickleError, EOFError, AttributeError, KeyError, TypeError,
                ValueError, ImportError) as exc:
            log.info("ignoring unreadable dialogue cache %s: %s", location, exc)
        return cache

    def get(self, key: FileKey) -> CachedFile | None:
        entry = self.files.get(key[1])
        return entry if entry is not None and entry.key == key else None

    def put(self, key: FileKey, content: FileContent, diagnostics: list[Diagnostic]) -> None:
        self.files[key[1]] = CachedFile(key, content, diagnostics)
        self.changed = True

    def keep_only(self, paths: set[str]) -> None:
        for gone in set(self.files) - paths:
            del self.files[gone]
            self.changed = True

    def save(self) -> None:
        if self.location is None or not self.changed:
            return
        try:
            self.location.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.location.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as stream:
                    pickle.dump({"version": FORMAT_VERSION, "files": self.files}, stream,
                                protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temp, self.location)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError as exc:  # a read-only cache folder only costs speed
            log.warning("could not write dialogue cache %s: %s", self.location, exc)
        self.changed = False
