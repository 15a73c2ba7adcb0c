"""Checks of spec/tfs.yaml that report problems by operation and field, never by stack trace.

Every function takes the spec as a plain dict, so the tests can run the same checks on a
deliberately broken copy and prove what the messages say.
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import jsonschema
import yaml
from openapi_spec_validator import OpenAPIV30SpecValidator

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "tfs.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
AREA_TAGS = {"builds", "codeCoverage", "attachments", "configurations", "sessions"}
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """Read the spec as a plain dict."""
    with path.open(encoding="utf-8") as stream:
        spec: dict[str, Any] = yaml.safe_load(stream)
    return spec


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with its path template and definition."""

    operation_id: str
    method: str
    path: str
    definition: dict[str, Any]

    def path_regex(self) -> re.Pattern[str]:
        """A regex matching this operation's path with any parameter values."""
        parts = re.split(r"(\{[^}]+\})", self.path)
        pattern = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
        return re.compile(f"^{pattern}$", re.IGNORECASE)


def operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation in the spec, in document order."""
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                definition = item[method]
                op_id = definition.get(
                    "operationId", f"<{method.upper()} {path} without operationId>"
                )
                found.append(Operation(op_id, method.upper(), path, definition))
    return found


def operation_by_id(spec: dict[str, Any], operation_id: str) -> Operation:
    """The operation with this id; a readable KeyError otherwise."""
    for operation in operations(spec):
        if operation.operation_id == operation_id:
            return operation
    raise KeyError(f"the spec has no operation {operation_id!r}")


def match_operation(spec: dict[str, Any], method: str, path: str) -> Operation | None:
    """The operation serving this method and collection-relative path, if any."""
    for operation in operations(spec):
        if operation.method == method.upper() and operation.path_regex().match(path):
            return operation
    return None


# ---------------------------------------------------------------- schema resolution


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (once) to the node it names."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def to_json_schema(spec: dict[str, Any], schema: Any) -> Any:
    """Inline every `$ref` and turn OpenAPI 3.0 `nullable` into JSON Schema."""
    schema = resolve(spec, schema)
    if isinstance(schema, list):
        return [to_json_schema(spec, item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    converted = {
        key: to_json_schema(spec, value)
        for key, value in schema.items()
        if key not in ("nullable", "example", "description")
    }
    if "properties" in schema:
        converted["properties"] = {
            name: to_json_schema(spec, sub) for name, sub in schema["properties"].items()
        }
    if schema.get("nullable"):
        return {"anyOf": [{"type": "null"}, converted]}
    return converted


def _checks_format(name: str) -> Any:
    def decorate(func: Any) -> Any:
        FORMATS.checks(name, raises=(ValueError, TypeError, binascii.Error))(func)
        return func

    return decorate


FORMATS = jsonschema.FormatChecker(formats=())


@_checks_format("date-time")
def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or bool(_DATE_TIME.match(value))


@_checks_format("uuid")
def _is_uuid(value: object) -> bool:
    return not isinstance(value, str) or str(uuid.UUID(value)) == value.lower()


@_checks_format("uri")
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme) and (parts.scheme not in ("http", "https") or bool(parts.netloc))


@_checks_format("byte")
def _is_base64(value: object) -> bool:
    return not isinstance(value, str) or base64.b64decode(value, validate=True) is not None


@_checks_format("int32")
def _is_int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@_checks_format("int64")
def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


def _field_path(error: jsonschema.ValidationError) -> str:
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def schema_problems(spec: dict[str, Any], schema: Any, instance: Any, where: str) -> list[str]:
    """Validate an instance; each problem names `where` and the failing field."""
    validator = jsonschema.Draft7Validator(to_json_schema(spec, schema), format_checker=FORMATS)
    return [
        f"{where}: field {_field_path(error)}: {error.message}"
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    ]


# ---------------------------------------------------------------- sample checks


def response_schema(spec: dict[str, Any], operation: Operation, status: int) -> Any:
    """The JSON schema of an operation's response body for a status (None if bodiless)."""
    responses = operation.definition.get("responses", {})
    if str(status) not in responses:
        raise KeyError(f"{operation.operation_id} declares no response {status}")
    response = resolve(spec, responses[str(status)])
    content = response.get("content", {})
    json_content = content.get("application/json")
    return None if json_content is None else json_content.get("schema")


def response_schema_headers(
    spec: dict[str, Any], operation: Operation, status: int
) -> dict[str, Any]:
    """The headers an operation declares on a response status."""
    response = resolve(spec, operation.definition["responses"][str(status)])
    return {name: resolve(spec, header) for name, header in response.get("headers", {}).items()}


def request_schema(spec: dict[str, Any], operation: Operation) -> Any:
    """The JSON schema of an operation's request body (None if it takes none)."""
    body = resolve(spec, operation.definition.get("requestBody"))
    if body is None:
        return None
    return body.get("content", {}).get("application/json", {}).get("schema")


def parameters(spec: dict[str, Any], operation: Operation) -> list[dict[str, Any]]:
    """The operation's parameters, resolved."""
    return [resolve(spec, p) for p in operation.definition.get("parameters", [])]


def _coerce(raw: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer" and re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


def url_problems(spec: dict[str, Any], operation_id: str, method: str, url: str) -> list[str]:
    """Check a recorded request URL against the operation the table says it calls."""
    parts = urlsplit(url)
    collection_relative = "/" + parts.path.lstrip("/").partition("/")[2]
    matched = match_operation(spec, method, collection_relative)
    where = f"{operation_id} sample URL {url}"
    if matched is None:
        return [f"{where}: no operation in the spec serves {method} {collection_relative}"]
    if matched.operation_id != operation_id:
        return [
            f"{where}: the spec routes it to {matched.operation_id}, the table says {operation_id}"
        ]
    problems = []
    declared = {p["name"]: p for p in parameters(spec, matched) if p.get("in") == "query"}
    for name, raw in parse_qsl(parts.query, keep_blank_values=True):
        if name not in declared:
            problems.append(f"{where}: query parameter {name!r} is not declared")
            continue
        schema = to_json_schema(spec, declared[name]["schema"])
        problems += schema_problems(
            spec, schema, _coerce(unquote(raw), schema), f"{where} query {name}"
        )
    return problems


def structure_problems(spec: dict[str, Any]) -> list[str]:
    """OpenAPI validity plus this project's rules, each named by operation and field."""
    problems = [
        _describe_validator_error(spec, e) for e in OpenAPIV30SpecValidator(spec).iter_errors()
    ]
    try:
        problems += project_rule_problems(spec)
    except (KeyError, TypeError, AttributeError) as broken:
        problems.append(f"spec: project rules could not run on this document ({broken!r})")
    return problems


def project_rule_problems(spec: dict[str, Any]) -> list[str]:
    """This project's rules: names, tags, declared path parameters, api-version, errors."""
    problems = []
    seen: dict[str, str] = {}
    error_body = resolve(spec, {"$ref": "#/components/schemas/ErrorResponse"})
    for op in operations(spec):
        name = op.operation_id
        if not re.fullmatch(r"[a-z][A-Za-z]+", name):
            problems.append(
                f"{op.method} {op.path}: operationId {name!r} is not a readable camelCase name"
            )
        if name in seen:
            problems.append(f"{name}: operationId also used by {seen[name]}")
        seen[name] = f"{op.method} {op.path}"
        tags = op.definition.get("tags", [])
        if len(tags) != 1 or tags[0] not in AREA_TAGS:
            problems.append(
                f"{name}: field tags must be exactly one of {sorted(AREA_TAGS)}, got {tags}"
            )
        params = parameters(spec, op)
        path_params = {p["name"] for p in params if p.get("in") == "path"}
        for template_param in re.findall(r"\{([^}]+)\}", op.path):
            if template_param not in path_params:
                problems.append(f"{name}: path parameter {template_param!r} is not declared")
        version = [p for p in params if p.get("in") == "query" and p["name"] == "api-version"]
        if not version or "default" not in version[0].get("schema", {}):
            problems.append(f"{name}: field api-version must be a query parameter with a default")
        responses = op.definition.get("responses", {})
        for status, response in responses.items():
            if str(status).startswith("4"):
                content = resolve(spec, response).get("content", {})
                schema = resolve(spec, content.get("application/json", {}).get("schema"))
                if schema is not error_body:
                    problems.append(f"{name}: response {status} must carry the ErrorResponse body")
        if not any(str(s).startswith("4") for s in responses):
            problems.append(f"{name}: field responses declares no 4xx error")
        problems += _link_problems(spec, name, responses)
    return problems


def _link_problems(spec: dict[str, Any], name: str, responses: dict[str, Any]) -> list[str]:
    problems = []
    known = {op.operation_id: op for op in operations(spec)}
    for status, response in responses.items():
        for link_name, link in resolve(spec, response).get("links", {}).items():
            where = f"{name}: response {status} link {link_name}"
            target = known.get(link.get("operationId", ""))
            if target is None:
                problems.append(f"{where}: operationId {link.get('operationId')!r} does not exist")
                continue
            declared = {(p.get("in"), p["name"]) for p in parameters(spec, target)}
            for qualified in link.get("parameters", {}):
                location, _, param = qualified.rpartition(".")
                if not any(n == param and (not location or i == location) for i, n in declared):
                    problems.append(
                        f"{where}: {target.operation_id} has no parameter {qualified!r}"
                    )
    return problems


def _most_specific(error: Any) -> Any:
    """The leaf cause of a oneOf/anyOf failure, preferring one that is not about `$ref`."""
    leaves = [error]
    while any(getattr(e, "context", None) for e in leaves):
        leaves = [c for e in leaves for c in (getattr(e, "context", None) or [e])]
    concrete = [e for e in leaves if "$ref" not in str(getattr(e, "message", ""))]
    return (concrete or leaves)[0]


def _describe_validator_error(spec: dict[str, Any], error: Any) -> str:
    error = _most_specific(error)
    path = list(getattr(error, "absolute_path", []))
    where = "spec"
    if len(path) >= 3 and path[0] == "paths":
        operation = spec["paths"].get(path[1], {}).get(path[2], {})
        op_name = (
            operation.get("operationId", f"{str(path[2]).upper()} {path[1]}")
            if isinstance(operation, dict)
            else path[1]
        )
        where = f"{op_name}"
        path = path[3:]
    field = ".".join(str(p) for p in path) or "(root)"
    message = str(getattr(error, "message", error)).splitlines()[0]
    return f"{where}: field {field}: {message}"
