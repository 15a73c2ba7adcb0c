"""Import httpx without its command-line tool.

httpx 0.28's ``__init__`` imports ``httpx._main``, the ``httpx`` command (click, rich and
pygments), whenever click is importable, although no request needs it: about 30 ms of the
~140 ms ``import httpx`` takes with those installed (encode/httpx#3547, still open).
``import_httpx`` imports httpx with that module held back, then puts a stand-in for the command
at ``httpx.main`` that imports it when called or looked into, so ``httpx.main`` works as before.
``tfs_client/__init__`` imports this module before anything imports httpx; an httpx already
imported is left as it is.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any


def import_httpx(name: str = "httpx") -> ModuleType:
    """Import ``name`` (httpx) holding back its ``_main`` module; return the module."""
    if name in sys.modules:
        return sys.modules[name]
    command = f"{name}._main"
    sys.modules[command] = None  # type: ignore[assignment]  # None: "import fails"
    try:
        module = importlib.import_module(name)
    except ImportError:  # an httpx that needs its command to import at all
        module = None
    finally:
        del sys.modules[command]
    if module is None:
        return importlib.import_module(name)
    namespace = vars(module)
    namespace["main"] = DeferredCommand(command, namespace["main"])
    return module


class DeferredCommand:
    """Stands in for ``httpx.main``: httpx's click command, imported when first called or
    looked into (``CliRunner().invoke(httpx.main, ...)``, ``httpx.main.name``)."""

    def __init__(self, module: str, fallback: Callable[..., Any]) -> None:
        self._module = module
        self._fallback = fallback  # httpx's own message when click or rich is missing
        self._command: Callable[..., Any] | None = None

    def _load(self) -> Callable[..., Any]:
        if self._command is None:
            try:
                self._command = importlib.import_module(self._module).main
            except ImportError:
                self._command = self._fallback
        return self._command

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._load()(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._load(), name)

    def __repr__(self) -> str:
        return f"<{self._module}.main, imported on first use>"


import_httpx()
