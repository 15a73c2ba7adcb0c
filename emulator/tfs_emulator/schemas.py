"""The spec's component schemas, read from the packaged OpenAPI document, and a validator for
the OpenAPI 3.0 subset they use, so the admin API stores only what the spec allows to be served.

The spec ships in the wheel as `tfs_client/tfs.yaml`: it is found there without importing the
client (an editable install reads the repository's `spec/tfs.yaml`), on first use only.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path
from typing import Any

from .timestamps import parse_timestamp

_UUID = re.compile(r"[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}")
#: How `problems` ends the description of an absent required field.
_MISSING = " is required"
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


class SpecUnavailable(RuntimeError):
    """The OpenAPI spec is neither packaged nor in the repository."""


def spec_path() -> Path:
    """The OpenAPI document shipped in the wheel, else the repository's spec."""
    found = importlib.util.find_spec("tfs_client")  # locates the package, does not import it
    places = (
        [Path(p) / "tfs.yaml" for p in (found.submodule_search_locations or [])] if found else []
    )
    places.append(Path(__file__).resolve().parents[2] / "spec" / "tfs.yaml")
    for place in places:
        if place.is_file():
            return place
    raise SpecUnavailable(f"the OpenAPI spec is missing (looked in {', '.join(map(str, places))})")


def spec_text() -> str:
    """The OpenAPI document's text."""
    return spec_path().read_text(encoding="utf-8")


@functools.cache
def component_schemas() -> dict[str, Any]:
    """`components.schemas` of the spec."""
    import yaml  # only the admin API needs it, on first use

    document = yaml.safe_load(spec_text())
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


def schema(name: str) -> dict[str, Any]:
    """One component schema by name."""
    found: dict[str, Any] = component_schemas()[name]
    return found


def problems(value: Any, node: dict[str, Any], where: str) -> list[str]:
    """What makes `value` not fit the schema `node` (empty when it fits), naming each place."""
    if "$ref" in node:
        return problems(value, schema(node["$ref"].rsplit("/", 1)[1]), where)
    if value is None:
        return [] if node.get("nullable") else [f"{where} must not be null"]
    found: list[str] = []
    for part in node.get("allOf", []):
        found += problems(value, part, where)
    for key in ("oneOf", "anyOf"):
        if key in node and all(problems(value, option, where) for option in node[key]):
            found.append(f"{where} matches none of the allowed shapes")
    if "not" in node and not problems(value, node["not"], where):
        found.append(f"{where} has a shape that is not allowed")
    kind = node.get("type")
    if kind is not None and not _has_type(value, kind):
        return [
            *found,
            f"{where} must be {'an' if kind in ('object', 'array', 'integer') else 'a'} {kind}",
        ]
    if "enum" in node and value not in node["enum"]:
        found.append(f"{where} must be one of {', '.join(map(str, node['enum']))}")
    found += _format_problems(value, node, where)
    if isinstance(value, dict):
        found += _object_problems(value, node, where)
    if isinstance(value, list) and "items" in node:
        for index, item in enumerate(value):
            found += problems(item, node["items"], f"{where}[{index}]")
    return found


def _has_type(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    expected = {"string": str, "boolean": bool, "object": dict, "array": list}[kind]
    return isinstance(value, expected)


def _format_problems(value: Any, node: dict[str, Any], where: str) -> list[str]:
    found = []
    fmt = node.get("format")
    if isinstance(value, str):
        if fmt == "date-time" and parse_timestamp(value) is None:
            found.append(f"{where} must be an ISO 8601 date-time")
        if fmt == "uuid" and not _UUID.fullmatch(value):
            found.append(f"{where} must be a GUID")
        if "maxLength" in node and len(value) > node["maxLength"]:
            found.append(f"{where} is longer than {node['maxLength']} characters")
        if "pattern" in node and not re.search(node["pattern"], value):
            found.append(f"{where} does not match {node['pattern']}")
    if isinstance(value, int) and not isinstance(value, bool):
        low, high = _INT_RANGES.get(fmt or "", (None, None))
        low = node.get("minimum", low)
        high = node.get("maximum", high)
        if (low is not None and value < low) or (high is not None and value > high):
            found.append(f"{where} is out of range ({low}..{high})")
    return found


def is_missing_field(problem: str) -> bool:
    """Whether `problem` (one of `problems`) is a required field that is absent."""
    return problem.endswith(_MISSING)


def _object_problems(value: dict[str, Any], node: dict[str, Any], where: str) -> list[str]:
    found = [f"{where}.{name}{_MISSING}" for name in node.get("required", []) if name not in value]
    properties = node.get("properties", {})
    extra = node.get("additionalProperties", True)
    for key, item in value.items():
        if key in properties:
            found += problems(item, properties[key], f"{where}.{key}")
        elif isinstance(extra, dict):
            found += problems(item, extra, f"{where}.{key}")
    return found


def check(value: Any, name: str, where: str) -> list[str]:
    """`problems` of `value` against the component schema `name`."""
    return problems(value, schema(name), where)
