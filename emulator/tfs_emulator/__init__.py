"""tfs_emulator: a stateful, SQLite-backed reference server for the TFS REST API subset.

Start it with `python -m tfs_emulator`, `EmulatorServer` (a background-thread context manager),
the pytest fixtures (`tfs_emulator` and `tfs_emulator_demo`: base URLs; `tfs_emulator_server`
and `tfs_emulator_demo_server`: the servers; `tfs_emulator_admin`), or in-process through
`SyncASGITransport` / `async_transport`; seed it with `EmulatorAdmin` or the `demo` seed.

Names are imported on first use, so that importing the package (as the pytest plugin does in
every test session) costs nothing until the emulator is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .admin_client import EmulatorAdmin
    from .admin_errors import (
        AdminBadRequestError,
        AdminConflictError,
        AdminConnectionError,
        AdminContentTooLargeError,
        AdminError,
        AdminForbiddenError,
        AdminNotFoundError,
        AdminServerError,
        AdminStatusError,
        AdminUnauthorizedError,
        AdminUnsupportedMediaTypeError,
    )
    from .app import EmulatorApp, create_app
    from .data_dir import DataDirError
    from .limits import Limits
    from .server import EmulatorServer
    from .state import Settings
    from .transport import SyncASGITransport, async_transport

__all__ = [
    "AdminBadRequestError",
    "AdminConflictError",
    "AdminConnectionError",
    "AdminContentTooLargeError",
    "AdminError",
    "AdminForbiddenError",
    "AdminNotFoundError",
    "AdminServerError",
    "AdminStatusError",
    "AdminUnauthorizedError",
    "AdminUnsupportedMediaTypeError",
    "DataDirError",
    "EmulatorAdmin",
    "EmulatorApp",
    "EmulatorServer",
    "Limits",
    "Settings",
    "SyncASGITransport",
    "async_transport",
    "create_app",
]

_MODULES = {
    "EmulatorAdmin": "admin_client",
    "EmulatorApp": "app",
    "create_app": "app",
    "DataDirError": "data_dir",
    "Limits": "limits",
    "EmulatorServer": "server",
    "Settings": "state",
    "SyncASGITransport": "transport",
    "async_transport": "transport",
}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'tfs_emulator' has no attribute {name!r}")
    module = importlib.import_module(f".{_MODULES.get(name, 'admin_errors')}", __name__)
    value = getattr(module, name)
    globals()[name] = value
    return value
