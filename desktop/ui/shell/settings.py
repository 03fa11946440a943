"""The window's remembered preferences: one typed wrapper over QSettings, defaults in one place.

Tests hand the wrapper a plain dict instead of QSettings, so nothing they do touches the
user's real configuration. Settings never enter ``db``: a catalogue file is shared, the
window's size and language are personal.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class QSettingsStore(MutableMapping[str, object]):
    """QSettings seen as a mapping; values come back as the plain Python types stored."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def __getitem__(self, key: str) -> object:
        if not self._settings.contains(key):
            raise KeyError(key)
        value = self._settings.value(key)
        return bytes(value.data()) if isinstance(value, QByteArray) else value

    def __setitem__(self, key: str, value: object) -> None:
        self._settings.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)

    def __delitem__(self, key: str) -> None:
        self._settings.remove(key)

    def __iter__(self):
        return iter(self._settings.allKeys())

    def __len__(self) -> int:
        return len(self._settings.allKeys())


DEFAULT_HORIZON = 30
"""Days ahead within which a deadline is announced at start (a setting)."""


class Settings:
    """Every preference the window keeps, with its type and default."""

    def __init__(self, store: MutableMapping[str, object] | None = None) -> None:
        self._store = QSettingsStore() if store is None else store

    def _bytes(self, key: str) -> bytes:
        value = self._store.get(key)
        return value if isinstance(value, bytes) else b""

    def _list(self, key: str) -> list[str]:
        value = self._store.get(key)
        if isinstance(value, str):  # QSettings returns a one-item list as a bare string
            return [value]
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    @property
    def language(self) -> str:
        """``"en"``, ``"uk"``, or ``""`` to follow the system locale."""
        value = self._store.get("ui/language", "")
        return value if value in ("en", "uk") else ""

    @language.setter
    def language(self, lang: str) -> None:
        self._store["ui/language"] = lang

    @property
    def window_geometry(self) -> bytes:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: bytes) -> None:
        self._store["window/geometry"] = value

    @property
    def window_state(self) -> bytes:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: bytes) -> None:
        self._store["window/state"] = value

    @property
    def splitter_state(self) -> bytes:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: bytes) -> None:
        self._store["window/splitter"] = value

    @property
    def table_header(self) -> bytes:
        return self._bytes("window/table_header")

    @table_header.setter
    def table_header(self, value: bytes) -> None:
        self._store["window/table_header"] = value

    @property
    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self._list("files/recent") if p]

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent list, keeping it short and without repeats."""
        resolved = str(Path(path).resolve())
        kept = [p for p in self._list("files/recent") if p != resolved]
        self._store["files/recent"] = [resolved, *kept][:MAX_RECENT]

    @property
    def deadline_horizon(self) -> int:
        """How many days ahead deadlines are announced and listed (default 30)."""
        value = self._store.get("deadlines/horizon", DEFAULT_HORIZON)
        try:
            days = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return DEFAULT_HORIZON
        return days if 1 <= days <= 3650 else DEFAULT_HORIZON

    @deadline_horizon.setter
    def deadline_horizon(self, days: int) -> None:
        self._store["deadlines/horizon"] = int(days)

    @property
    def user_name(self) -> str:
        """How the history names the user's changes ("" : as the system names them)."""
        value = self._store.get("user/name", "")
        return value.strip() if isinstance(value, str) else ""

    @user_name.setter
    def user_name(self, name: str) -> None:
        self._store["user/name"] = name.strip()

    @property
    def last_folder(self) -> str:
        value = self._store.get("files/last_folder", "")
        return value if isinstance(value, str) else ""

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._store["files/last_folder"] = folder
