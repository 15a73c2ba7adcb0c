"""Import httpx without its command-line tool.

httpx 0.28's ``__init__`` imports ``httpx._main``, the ``httpx`` command (click, rich and
pygments), whenever click is importable, although no request needs it: about 30 ms of the
~140 ms ``import httpx`` takes with those installed (encode/httpx#3547, still open).
``import_httpx`` imports httpx with that module held back, then gives ``httpx.main`` back as a
function that loads the command when it is called, so ``httpx.main`` works as before.
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
    namespace["main"] = _command_on_call(command, namespace["main"])
    return module


def _command_on_call(command: str, fallback: Callable[..., Any]) -> Callable[..., Any]:
    """``httpx.main`` importing the real command when called (``fallback``: httpx's own
    message when the command's dependencies are not installed)."""

    def main(*args: Any, **kwargs: Any) -> Any:
        try:
            real: Callable[..., Any] = importlib.import_module(command).main
        except ImportError:
            real = fallback
        return real(*args, **kwargs)

    return main


import_httpx()
