"""The upgrade tool (generator/upstream.py, a script) imported as a module, and the vendored
upstream descriptions (../shared/upstream/, Microsoft's Swagger files; see its README)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
VENDORED_7_1 = REPO.parent / "shared" / "upstream" / "azure-devops-7.1"


def _load() -> object:
    spec = importlib.util.spec_from_file_location("upstream", REPO / "generator" / "upstream.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["upstream"] = module
    spec.loader.exec_module(module)
    return module


upstream = _load()
