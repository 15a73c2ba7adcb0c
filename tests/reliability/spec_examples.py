"""The spec's operations and schemas, and example documents built from them.

``example`` fills every property of a schema (nested models included) so a test can check that
a model parses and writes back everything a server sends. With ``newer=True`` it plays a newer
server: every enum holds a value this client does not know and every model object carries an
extra field.
"""

from __future__ import annotations

import importlib
import inspect
import re
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import yaml

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "spec" / "tfs.yaml"
EXTRA_FIELD = "zzFieldFromANewerServer"
EXTRA_VALUE = {"nested": [1, "two", None, {"deep": True}], "flag": False}
UNKNOWN_TEXT = "zzValueFromANewerServer"
UNKNOWN_NUMBER = 987
MAX_DEPTH = 5


@cache
def spec() -> dict[str, Any]:
    """``spec/tfs.yaml``, parsed."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def schemas() -> dict[str, Any]:
    """The spec's component schemas by name."""
    found: dict[str, Any] = spec()["components"]["schemas"]
    return found


def snake(name: str) -> str:
    """The generator's module name for an operation id or tag: ``getBuild`` -> ``get_build``."""
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


@attrs.frozen
class Operation:
    """One spec operation and what its success reply holds."""

    operation_id: str
    tag: str
    method: str
    success_status: int
    success_schema: dict[str, Any] | None
    body_schema: dict[str, Any] | None

    @property
    def module(self) -> ModuleType:
        """The generated module, e.g. ``tfs_api.api.builds.get_build``."""
        return importlib.import_module(f"tfs_api.api.{snake(self.tag)}.{snake(self.operation_id)}")

    @property
    def name(self) -> str:
        """The module's short name, as typed errors report it."""
        return snake(self.operation_id)

    def __str__(self) -> str:
        return self.name


def operations() -> list[Operation]:
    """Every operation of the spec, in spec order."""
    found = []
    for item in spec()["paths"].values():
        for method, operation in item.items():
            if method not in ("get", "put", "post", "delete", "patch"):
                continue
            status = min(int(code) for code in operation["responses"] if code.startswith("2"))
            content = operation["responses"][str(status)].get("content", {})
            json_schema = content.get("application/json", {}).get("schema")
            body = operation.get("requestBody", {}).get("content", {})
            body_schema = body.get("application/json", {}).get("schema")
            found.append(
                Operation(
                    operation["operationId"],
                    operation["tags"][0],
                    method,
                    status,
                    json_schema,
                    body_schema,
                )
            )
    return found


def json_operations() -> list[Operation]:
    """The operations whose success reply is a JSON document the generated code parses."""
    return [operation for operation in operations() if operation.success_schema is not None]


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` to the schema it names."""
    while "$ref" in schema:
        schema = schemas()[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def example(schema: dict[str, Any], *, newer: bool = False, branch: int = 0, depth: int = 0) -> Any:
    """A document for ``schema`` with every property filled.

    ``branch`` picks the ``oneOf``/``anyOf`` alternative (0: first, -1: last). Below
    ``MAX_DEPTH`` only required properties are filled, so recursive schemas end.
    """
    schema = resolve(schema)

    def again(part: dict[str, Any], level: int) -> Any:
        return example(part, newer=newer, branch=branch, depth=level)

    if "allOf" in schema:
        parts = [again(part, depth) for part in schema["allOf"]]
        if len(parts) == 1 or not all(isinstance(part, dict) for part in parts):
            return parts[0]
        return {key: value for part in parts for key, value in part.items()}
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return again(schema[key][branch], depth)
    kind = schema.get("type")
    if "enum" in schema:
        if not newer:
            return schema["enum"][0]
        return UNKNOWN_NUMBER if kind == "integer" else UNKNOWN_TEXT
    if "properties" in schema:
        wanted = schema["properties"] if depth < MAX_DEPTH else schema.get("required", [])
        document = {name: again(schema["properties"][name], depth + 1) for name in wanted}
        if newer:
            document[EXTRA_FIELD] = EXTRA_VALUE
        return document
    if kind == "object":
        values = schema.get("additionalProperties")
        if isinstance(values, dict):
            return {"some key": again(values, depth + 1)}
        return {"free": "form"}
    if kind == "array":
        return [again(schema.get("items", {}), depth + 1)]
    return _scalar(kind, schema.get("format"))


def _scalar(kind: str | None, format_: str | None) -> Any:
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return {
        "date-time": "2016-06-30T10:11:41.357Z",
        "byte": "QUJD",
        "uri": "https://tfs.example.com/DefaultCollection/_apis/x",
        "uuid": "3c2f8a2e-6a1d-4a55-9d36-1f4d7a6d2b10",
    }.get(format_ or "", "text")


def arguments(operation: Operation) -> tuple[list[Any], dict[str, Any]]:
    """Plausible arguments for an operation's ``sync_detailed`` (``client`` excluded)."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in inspect.signature(operation.module.sync_detailed).parameters.values():
        if parameter.name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.name == "body":
            assert operation.body_schema is not None
            value: Any = parameter.annotation.from_dict(example(operation.body_schema))
        elif parameter.annotation is int:
            value = 1
        else:
            value = {"team": "Team", "tag": "tag"}.get(parameter.name, "Project")
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return args, kwargs
