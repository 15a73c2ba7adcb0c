"""tfs_emulator: a stateful, SQLite-backed reference server for the TFS REST API subset."""

from .app import EmulatorApp, create_app
from .state import Settings

__all__ = ["EmulatorApp", "Settings", "create_app"]
