"""Tables the emulator takes from the packaged spec (found by `schemas.spec_path`), never from a
second hand-typed copy: enum values, parameter schemas and the api-versions the spec admits."""

from __future__ import annotations

import functools
import re
from typing import Any

import yaml

from .schemas import spec_text

_VERSION = re.compile(r"(\d+)\.(\d+)")


@functools.cache
def spec() -> dict[str, Any]:
    """The OpenAPI spec the emulator implements, parsed once."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loaded: dict[str, Any] = yaml.load(spec_text(), Loader=loader)
    return loaded


def enum(schema: str) -> tuple[str, ...]:
    """The values of the spec's enum schema `schema`, in the spec's order."""
    values = spec()["components"]["schemas"][schema]["enum"]
    return tuple(str(value) for value in values)


def version_number(version: str) -> tuple[int, int] | None:
    """`(major, minor)` of an api-version such as `3.0-preview.1`; None when it has none."""
    match = _VERSION.match(version)
    return (int(match[1]), int(match[2])) if match else None


@functools.cache
def _version_patterns() -> tuple[re.Pattern[str], ...]:
    parameters = spec()["components"]["parameters"].values()
    return tuple(
        re.compile(p["schema"]["pattern"]) for p in parameters if p.get("name") == "api-version"
    )


def supported_version(version: str) -> bool:
    """Whether the spec's `api-version` pattern admits `version` (no newer than the spec)."""
    return any(pattern.search(version) for pattern in _version_patterns())


@functools.cache
def latest_version() -> str:
    """The newest api-version any operation of the spec speaks (its `api-version` default)."""
    parameters = spec()["components"]["parameters"].values()
    defaults = [str(p["schema"]["default"]) for p in parameters if p.get("name") == "api-version"]
    return max(defaults, key=lambda v: version_number(v) or (0, 0))


def parameter_schema(operation_id: str, name: str) -> dict[str, Any]:
    """The schema of an operation's parameter (references followed)."""
    for item in spec()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                for parameter in operation.get("parameters", []):
                    if "$ref" in parameter:
                        parameter = spec()["components"]["parameters"][
                            parameter["$ref"].rsplit("/", 1)[-1]
                        ]
                    if parameter.get("name") == name:
                        schema: dict[str, Any] = parameter["schema"]
                        return schema
    raise LookupError(f"the spec has no parameter {name} on {operation_id}")


def enum_of_parameter(operation_id: str, name: str) -> tuple[str, ...]:
    """The values of an operation's inline enum parameter (e.g. `listBuilds` `deletedFilter`)."""
    return tuple(str(v) for v in parameter_schema(operation_id, name)["enum"])
