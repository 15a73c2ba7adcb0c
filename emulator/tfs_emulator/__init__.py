"""tfs_emulator: a stateful, SQLite-backed reference server for the TFS REST API subset.

Start it with `python -m tfs_emulator`, `EmulatorServer` (a background-thread context manager),
the `tfs_emulator.pytest_plugin` fixtures, or in-process through `SyncASGITransport` /
`async_transport`; seed it with `EmulatorAdmin` or the `demo` seed.
"""

from .admin_client import EmulatorAdmin
from .app import EmulatorApp, create_app
from .server import EmulatorServer
from .state import Settings
from .transport import SyncASGITransport, async_transport

__all__ = [
    "EmulatorAdmin",
    "EmulatorApp",
    "EmulatorServer",
    "Settings",
    "SyncASGITransport",
    "async_transport",
    "create_app",
]
