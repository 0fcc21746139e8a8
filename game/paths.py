"""Where the game reads its data and writes the player's files.

Read-only data (maps, dialogue, assets) comes from the source checkout or, in a
PyInstaller bundle, from ``sys._MEIPASS``. Everything the game writes goes to the
user's folders (platformdirs), or below ``BORROWED_FACE_HOME`` when that is set
(tests, portable installs). Nothing is ever written inside the data root.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "borrowed-face"
HOME_ENV = "BORROWED_FACE_HOME"


FILE_IN_THE_WAY = "a file is where the folder should be"  # ui.folders.file_in_the_way


def folder_reason(error: OSError) -> str:
    """Why a folder can't be made or used, in words: a file where it (or a folder on its
    way) should be is said as such (FILE_IN_THE_WAY, which the game shows in the
    player's language), not as the system's "File exists"."""
    if isinstance(error, (FileExistsError, NotADirectoryError)):
        return FILE_IN_THE_WAY
    return error.strerror or str(error)


def data_root() -> Path:
    """The folder holding maps/, dialogue/ and assets/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Paths:
    """Where the game's data is, and where the player's settings, saves, mods, cache,
    screenshots and logs are kept."""

    data: Path
    config: Path
    saves: Path
    mods: Path
    cache: Path
    screenshots: Path
    logs: Path

    @property
    def maps(self) -> Path:
        return self.data / "maps"

    @property
    def dialogue(self) -> Path:
        return self.data / "dialogue"

    @property
    def assets(self) -> Path:
        return self.data / "assets"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    def user_folders(self) -> tuple[Path, ...]:
        return (self.config, self.saves, self.mods, self.cache, self.screenshots, self.logs)

    def ensure_user_folders(self) -> list[tuple[str, Path, str]]:
        """Create the user folders; called by the app at start, never at import. Never
        raises: a read-only home, or a file where a folder should be, comes back as
        (name, folder, reason) for each folder that can't be used, and the game runs
        without it (no saving without saves/, no kept settings without config/)."""
        names = {folder: name for name, folder in self.describe()}
        problems: list[tuple[str, Path, str]] = []
        for folder in self.user_folders():
            try:
                folder.mkdir(parents=True, exist_ok=True)
                if not os.access(folder, os.W_OK):
                    raise PermissionError(13, "not writable")
            except OSError as error:
                problems.append((names.get(folder, folder.name), folder, folder_reason(error)))
        return problems

    def clean_temporaries(self, older_than: float = 60.0) -> int:
        """Remove what writes left behind when the game was killed between writing a
        temporary file and renaming it (saves, settings, caches: every `*.tmp` there older
        than ``older_than`` seconds; a younger one may be another game's write). Returns
        how many went; never raises."""
        import time

        removed = 0
        now = time.time()
        for folder in (self.saves, self.config, self.cache, self.cache / "maps"):
            try:
                candidates = [p for p in folder.iterdir() if ".tmp" in p.name]
            except OSError:
                continue
            for path in candidates:
                try:
                    if path.is_file() and now - path.lstat().st_mtime > older_than:
                        path.unlink()
                        removed += 1
                except OSError:
                    continue
        return removed

    def describe(self) -> list[tuple[str, Path]]:
        return [
            ("data", self.data),
            ("config", self.config),
            ("settings", self.settings_file),
            ("saves", self.saves),
            ("mods", self.mods),
            ("cache", self.cache),
            ("screenshots", self.screenshots),
            ("logs", self.logs),
        ]


def default_paths(environ: dict[str, str] | None = None) -> Paths:
    env = os.environ if environ is None else environ
    data = data_root()
    home = env.get(HOME_ENV)
    if home:
        base = Path(home).expanduser()
        return Paths(
            data=data,
            config=base / "config",
            saves=base / "saves",
            mods=base / "mods",
            cache=base / "cache",
            screenshots=base / "screenshots",
            logs=base / "logs",
        )
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    user_data = Path(dirs.user_data_dir)
    pictures = Path(platformdirs.user_pictures_dir()) / APP_NAME
    return Paths(
        data=data,
        config=Path(dirs.user_config_dir),
        saves=user_data / "saves",
        mods=user_data / "mods",
        cache=Path(dirs.user_cache_dir),
        screenshots=pictures,
        logs=Path(dirs.user_log_dir),
    )
