"""api-versions as spec/tfs.yaml declares them: tests read them here instead of spelling them out.

`api_version("getBuild")` is the operation's default (the documented version); `UPGRADED` is the
newer version the spec also covers (the `x-since` marks `make upstream-apply` wrote).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parents[1] / "spec" / "tfs.yaml"


@functools.cache
def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = _spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@functools.cache
def api_version(operation_id: str) -> str:
    """The api-version `operation_id` sends by default."""
    for item in _spec()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                for parameter in map(_resolve, operation.get("parameters", [])):
                    if parameter["name"] == "api-version":
                        return str(parameter["schema"]["default"])
                raise LookupError(f"{operation_id} declares no api-version")
    raise LookupError(f"no operation {operation_id} in {SPEC}")


def _since_marks(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {str(node["x-since"])} if "x-since" in node else set()
        found.update(str(v) for v in node.get("x-enum-since", {}).values())
        return found.union(*(_since_marks(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_since_marks(v) for v in node))
    return set()


UPGRADED: str = max(_since_marks(_spec()), key=lambda v: tuple(int(p) for p in v.split(".")))
