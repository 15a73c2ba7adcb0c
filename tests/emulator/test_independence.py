"""The emulator never needs the client: no module of the package imports `tfs_client` or
`tfs_api` (the client's demo lives in `tfs demo`, the old emulator-side one is gone)."""

from __future__ import annotations

import ast
from pathlib import Path

import tfs_emulator

CLIENT_PACKAGES = {"tfs_client", "tfs_api"}


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_emulator_module_imports_the_client() -> None:
    package = Path(tfs_emulator.__file__).parent
    modules = sorted(package.rglob("*.py"))
    assert len(modules) > 20
    offenders = {p.name: _imported(p) & CLIENT_PACKAGES for p in modules}
    assert {name: found for name, found in offenders.items() if found} == {}
