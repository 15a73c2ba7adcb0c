"""Compare spec/tfs.yaml with Microsoft's published Swagger 2.0 for a newer API version.

`make upstream-diff` (this module's `main`) reads the Swagger files of one version as Microsoft
publishes them (UTF-8 byte-order mark, `x-ms-vss-resource`/`x-ms-vss-method`, `x-ms-enum`,
`x-ms-paths` overloads, `format: Stream` downloads, bare-array list replies that servers wrap in
`{count, value}`), maps every spec operation to its upstream operation through
`spec/upstream/operations.yaml`, and sorts what differs into two kinds:

* additive items (a new optional query parameter, response field or enum value), which
  `--apply` inserts into the spec as text, each marked `x-since: "<version>"` (enum values in the
  schema's `x-enum-since` map), leaving every other line, comment and curation as it was;
* everything else (moved routes, changed methods or statuses, new required parameters,
  removals, case changes), which goes to `spec/upstream/<version>-decisions.yaml` to be answered
  `apply` or `skip` with a reason.

It writes `spec/upstream/<version>-report.md`, operation by operation. `--check` lists the items
that are neither in the spec nor decided and exits 1 when there are any.

Usage: python generator/upstream.py [--upstream DIR] [--spec spec/tfs.yaml] [--apply | --check]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_UPSTREAM = REPO.parent / "shared" / "upstream" / "azure-devops-7.1"
DEFAULT_SPEC = REPO / "spec" / "tfs.yaml"
DEFAULT_MAPPING = REPO / "spec" / "upstream" / "operations.yaml"
SUCCESS = re.compile(r"2\d\d")
PLACEHOLDER = re.compile(r"\{[^}]*\}")
VERSION_PARAMETER = "api-version"

Kind = Literal[
    "parameter", "field", "enum", "route", "method", "status", "required", "removal", "case"
]
ADDITIVE_KINDS = ("parameter", "field", "enum")


class UpstreamError(Exception):
    """An upstream file, the mapping or the spec cannot be read as this tool expects."""


# ----------------------------------------------------------------------------- reading Swagger


@dataclass(frozen=True)
class UpstreamOperation:
    """One operation of a Swagger file, with `$ref`s to shared parameters resolved."""

    key: str  # "<file stem>/<x-ms-vss-method>", e.g. "build/GetBuilds"
    method: str
    route: str  # without the leading /{organization} and without an x-ms-paths query part
    parameters: tuple[dict[str, Any], ...]  # path, query and header parameters
    optional_segments: frozenset[str]  # path parameters marked x-ms-required: false
    statuses: frozenset[int]
    response: dict[str, Any] | None  # the success schema; None for no body or a Stream
    stream: bool
    document: str  # the file stem, for resolving definitions


@dataclass
class Upstream:
    """Every operation and definition of a folder of Swagger files of one version."""

    version: str
    operations: dict[str, UpstreamOperation]
    definitions: dict[str, dict[str, dict[str, Any]]]  # file stem -> name -> schema


def read_swagger(path: Path) -> dict[str, Any]:
    """A Swagger file as published: JSON, optionally behind a UTF-8 byte-order mark."""
    try:
        loaded = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UpstreamError(f"{path}: not a readable Swagger JSON file ({error})") from None
    if not isinstance(loaded, dict) or loaded.get("swagger") != "2.0":
        raise UpstreamError(f"{path}: not a Swagger 2.0 document")
    return loaded


def load_upstream(folder: Path) -> Upstream:
    """Read every `*.json` Swagger file in `folder`."""
    files = sorted(folder.glob("*.json"))
    if not files:
        raise UpstreamError(f"{folder}: no Swagger *.json files")
    operations: dict[str, UpstreamOperation] = {}
    definitions: dict[str, dict[str, dict[str, Any]]] = {}
    versions: set[str] = set()
    for path in files:
        document = read_swagger(path)
        versions.add(str(document.get("info", {}).get("version", "")))
        definitions[path.stem] = document.get("definitions", {})
        for operation in _operations(path.stem, document):
            if operation.key in operations:  # an overload keeps the first, plain route
                continue
            operations[operation.key] = operation
    if len(versions) != 1:
        raise UpstreamError(f"{folder}: files disagree on info.version: {sorted(versions)}")
    return Upstream(versions.pop(), operations, definitions)


def _operations(stem: str, document: dict[str, Any]) -> Iterator[UpstreamOperation]:
    shared = document.get("parameters", {})
    for section in ("paths", "x-ms-paths"):
        for raw_route, item in document.get(section, {}).items():
            route = raw_route.split("?", 1)[0]
            route = re.sub(r"^/\{organization\}", "", route)
            common = item.get("parameters", [])
            for method, operation in item.items():
                if method == "parameters":
                    continue
                method_name = operation.get("x-ms-vss-method") or operation.get("operationId")
                if not method_name:
                    raise UpstreamError(f"{stem}: {method.upper()} {raw_route} has no name")
                parameters = [
                    _resolve_parameter(p, shared)
                    for p in [*common, *operation.get("parameters", [])]
                ]
                kept = tuple(
                    p
                    for p in parameters
                    if p.get("in") in {"path", "query", "header"} and p["name"] != "organization"
                )
                statuses = frozenset(
                    int(s) for s in operation.get("responses", {}) if SUCCESS.fullmatch(s)
                )
                schema = _success_schema(operation)
                stream = schema is not None and schema.get("format") == "Stream"
                yield UpstreamOperation(
                    key=f"{stem}/{method_name}",
                    method=method.upper(),
                    route=route,
                    parameters=kept,
                    optional_segments=frozenset(
                        p["name"]
                        for p in kept
                        if p.get("in") == "path" and p.get("x-ms-required") is False
                    ),
                    statuses=statuses,
                    response=None if stream else schema,
                    stream=stream,
                    document=stem,
                )


def _resolve_parameter(parameter: dict[str, Any], shared: dict[str, Any]) -> dict[str, Any]:
    ref = parameter.get("$ref")
    if ref is None:
        return parameter
    name = ref.rsplit("/", 1)[-1]
    if name not in shared:
        raise UpstreamError(f"parameter reference {ref} names nothing")
    resolved: dict[str, Any] = shared[name]
    return resolved


def _success_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    for status, response in sorted(operation.get("responses", {}).items()):
        if SUCCESS.fullmatch(status) and isinstance(response, dict) and "schema" in response:
            schema: dict[str, Any] = response["schema"]
            return schema
    return None


# ----------------------------------------------------------------------------- the spec side


class Spec:
    """spec/tfs.yaml, parsed, with helpers to resolve its `$ref`s."""

    def __init__(self, text: str) -> None:
        self.text = text
        try:
            self.data: dict[str, Any] = yaml.safe_load(text)
        except yaml.YAMLError as error:
            raise UpstreamError(f"the spec is not valid YAML: {error}") from None
        self.operations: dict[str, tuple[str, str, dict[str, Any]]] = {}
        for route, item in self.data.get("paths", {}).items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    self.operations[operation["operationId"]] = (method.upper(), route, operation)

    def resolve(self, node: Any) -> Any:
        """Follow `$ref` (and a single-member `allOf` wrapper) to the schema or parameter."""
        seen = 0
        while isinstance(node, dict):
            if "$ref" in node:
                node = self.component(node["$ref"])
            elif len(node.get("allOf", ())) == 1 and "properties" not in node:
                node = node["allOf"][0]
            else:
                return node
            seen += 1
            if seen > 20:
                raise UpstreamError("a $ref cycle in the spec")
        return node

    def component(self, ref: str) -> Any:
        parts = ref.removeprefix("#/").split("/")
        node: Any = self.data
        for part in parts:
            if not isinstance(node, dict) or part not in node:
                raise UpstreamError(f"the spec's {ref} names nothing")
            node = node[part]
        return node

    def schema_name(self, node: Any) -> str | None:
        """The component name a (possibly wrapped) schema reference points at."""
        while isinstance(node, dict):
            if "$ref" in node:
                return str(node["$ref"]).rsplit("/", 1)[-1]
            if len(node.get("allOf", ())) == 1:
                node = node["allOf"][0]
            else:
                return None
        return None

    def parameters(self, operation: dict[str, Any]) -> list[dict[str, Any]]:
        return [self.resolve(p) for p in operation.get("parameters", [])]


# ----------------------------------------------------------------------------- differences


@dataclass(frozen=True)
class Item:
    """One difference between the spec and upstream."""

    kind: Kind
    key: str  # stable identity, e.g. "parameter listBuilds deletedFilter"
    operation: str  # the spec operation it was found on
    detail: str  # what a reviewer reads
    present: bool = False  # additive items: already in the spec
    since: str | None = None  # additive items in the spec: their x-since
    payload: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def additive(self) -> bool:
        return self.kind in ADDITIVE_KINDS


def load_mapping(path: Path) -> dict[str, str]:
    """spec operationId -> upstream key (`<file stem>/<x-ms-vss-method>`)."""
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise UpstreamError(f"{path}: cannot read the operation mapping ({error})") from None
    operations = loaded.get("operations") if isinstance(loaded, dict) else None
    if not isinstance(operations, dict) or not all(isinstance(v, str) for v in operations.values()):
        raise UpstreamError(f"{path}: expected `operations:` mapping operationId to file/method")
    return {str(k): str(v) for k, v in operations.items()}


def diff(spec: Spec, upstream: Upstream, mapping: Mapping[str, str]) -> list[Item]:
    """Every difference, operation by operation in spec order."""
    unmapped = sorted(set(spec.operations) - set(mapping))
    if unmapped:
        raise UpstreamError(f"spec operations missing from the mapping: {', '.join(unmapped)}")
    items: list[Item] = []
    for operation_id in spec.operations:
        key = mapping[operation_id]
        if key not in upstream.operations:
            raise UpstreamError(
                f"{operation_id} maps to {key}, which {upstream.version} does not have"
            )
        items.extend(_operation_items(spec, upstream, operation_id, upstream.operations[key]))
    unique: dict[str, Item] = {}
    for item in items:
        unique.setdefault(item.key, item)
    return list(unique.values())


def _operation_items(
    spec: Spec, upstream: Upstream, op_id: str, theirs: UpstreamOperation
) -> Iterator[Item]:
    method, route, ours = spec.operations[op_id]
    yield from _route_items(op_id, route, theirs)
    if method != theirs.method:
        yield Item(
            "method", f"method {op_id}", op_id, f"{method} -> {theirs.method} ({theirs.key})"
        )
    ours_ok = {int(s) for s in ours.get("responses", {}) if SUCCESS.fullmatch(str(s))}
    if theirs.statuses and ours_ok != set(theirs.statuses):
        yield Item(
            "status",
            f"status {op_id}",
            op_id,
            f"success {sorted(ours_ok)} -> {sorted(theirs.statuses)}",
        )
    yield from _parameter_items(spec, op_id, ours, theirs)
    if theirs.response is not None:
        ours_schema = _response_item_schema(spec, ours)
        theirs_schema = (
            theirs.response.get("items", theirs.response)
            if theirs.response.get("type") == "array"
            else theirs.response
        )
        if ours_schema is not None:
            name = spec.schema_name(ours_schema) or op_id
            yield from _schema_items(
                spec, upstream, theirs.document, op_id, name, ours_schema, theirs_schema, set()
            )


def _route_items(op_id: str, route: str, theirs: UpstreamOperation) -> Iterator[Item]:
    theirs_route = theirs.route
    for segment in sorted(theirs.optional_segments):
        if f"{{{segment}}}" in theirs_route and f"{{{segment}}}" not in route:
            yield Item(
                "route",
                f"route {op_id} optional {segment}",
                op_id,
                f"upstream route {theirs_route} has an optional segment {{{segment}}} the spec route lacks",
            )
            theirs_route = theirs_route.replace(f"/{{{segment}}}", "")
    a, b = PLACEHOLDER.sub("{}", route), PLACEHOLDER.sub("{}", theirs_route)
    if a == b:
        return
    if a.lower() == b.lower():
        yield Item(
            "case",
            f"case route {op_id}",
            op_id,
            f"route spelled {theirs_route} upstream (spec: {route})",
        )
    else:
        yield Item("route", f"route {op_id}", op_id, f"{route} -> {theirs_route}")


def _parameter_items(
    spec: Spec, op_id: str, ours: dict[str, Any], theirs: UpstreamOperation
) -> Iterator[Item]:
    our_params = {p["name"]: p for p in spec.parameters(ours) if p.get("in") in {"query", "header"}}
    their_params = {p["name"]: p for p in theirs.parameters if p.get("in") in {"query", "header"}}
    our_lower = {name.lower(): name for name in our_params}
    for name, parameter in their_params.items():
        if name == VERSION_PARAMETER:
            continue
        if name in our_params:
            yield from _enum_items(
                spec, op_id, our_params[name].get("schema", {}), parameter, f"{op_id}.{name}"
            )
        elif name.lower() in our_lower:
            yield Item(
                "case",
                f"case parameter {op_id} {name}",
                op_id,
                f"query parameter {our_lower[name.lower()]} is spelled {name} upstream",
            )
        elif parameter.get("required"):
            yield Item(
                "required",
                f"required {op_id} {name}",
                op_id,
                f"new required {parameter['in']} parameter {name}",
            )
        else:
            yield Item(
                "parameter",
                f"parameter {op_id} {name}",
                op_id,
                f"new optional {parameter['in']} parameter {name}",
                payload={"parameter": parameter},
            )
    their_lower = {name.lower() for name in their_params}
    for name, parameter in our_params.items():
        if name.lower() in their_lower or name == VERSION_PARAMETER:
            continue
        if parameter.get("x-since"):
            continue  # a parameter of a later version, not a removal
        yield Item(
            "removal",
            f"removal parameter {op_id} {name}",
            op_id,
            f"query parameter {name} is not in upstream",
        )
    for name, parameter in our_params.items():
        if name in their_params and parameter.get("x-since"):
            yield Item(
                "parameter",
                f"parameter {op_id} {name}",
                op_id,
                f"new optional {parameter['in']} parameter {name}",
                present=True,
                since=str(parameter["x-since"]),
            )


def _response_item_schema(spec: Spec, operation: dict[str, Any]) -> dict[str, Any] | None:
    for status, response in operation.get("responses", {}).items():
        if not SUCCESS.fullmatch(str(status)):
            continue
        content = spec.resolve(response).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        if schema is None:
            return None
        resolved = spec.resolve(schema)
        value = resolved.get("properties", {}).get("value")
        if (
            set(resolved.get("properties", {})) == {"count", "value"}
            and value
            and value.get("type") == "array"
        ):
            items: dict[str, Any] = value["items"]
            return items  # the {count, value} envelope servers wrap a bare array in
        found: dict[str, Any] = schema
        return found
    return None


def _upstream_resolve(
    upstream: Upstream, document: str, node: dict[str, Any]
) -> tuple[dict[str, Any], str | None]:
    """An upstream schema with `$ref` followed and `allOf` parents merged; and its name."""
    name = None
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        if name not in upstream.definitions[document]:
            raise UpstreamError(f"{document}: {node['$ref']} names nothing")
        node = upstream.definitions[document][name]
    properties: dict[str, Any] = {}
    for parent in node.get("allOf", []):
        resolved, _ = _upstream_resolve(upstream, document, parent)
        properties.update(resolved.get("properties", {}))
    properties.update(node.get("properties", {}))
    return ({**node, "properties": properties} if properties else node), name


def _schema_items(
    spec: Spec,
    upstream: Upstream,
    document: str,
    op_id: str,
    name: str,
    ours: dict[str, Any],
    theirs: dict[str, Any],
    seen: set[str],
) -> Iterator[Item]:
    ours = spec.resolve(ours)
    theirs, _ = _upstream_resolve(upstream, document, theirs)
    if name in seen or ours.get("type") not in {None, "object"} or "properties" not in ours:
        return
    seen.add(name)
    our_props: dict[str, Any] = ours.get("properties", {})
    their_props: dict[str, Any] = theirs.get("properties", {})
    our_lower = {p.lower(): p for p in our_props}
    for prop, their_schema in their_props.items():
        if prop in our_props:
            our_schema = our_props[prop]
            if our_schema.get("x-since"):
                yield Item(
                    "field",
                    f"field {name}.{prop}",
                    op_id,
                    f"new response field {name}.{prop}",
                    present=True,
                    since=str(our_schema["x-since"]),
                )
            yield from _enum_items(spec, op_id, our_schema, their_schema, f"{name}.{prop}")
            child_ours, child_theirs = our_schema, their_schema
            if (
                spec.resolve(our_schema).get("type") == "array"
                and their_schema.get("type") == "array"
            ):
                child_ours, child_theirs = spec.resolve(our_schema)["items"], their_schema["items"]
            child_name = spec.schema_name(child_ours)
            if child_name and ("$ref" in child_theirs or "properties" in child_theirs):
                yield from _schema_items(
                    spec, upstream, document, op_id, child_name, child_ours, child_theirs, seen
                )
        elif prop.lower() in our_lower:
            yield Item(
                "case",
                f"case field {name}.{prop}",
                op_id,
                f"field {name}.{our_lower[prop.lower()]} is spelled {prop} upstream",
            )
        else:
            yield Item(
                "field",
                f"field {name}.{prop}",
                op_id,
                f"new response field {name}.{prop}",
                payload={"schema": their_schema, "document": document, "parent": name},
            )
    their_lower = {p.lower() for p in their_props}
    for prop, our_schema in our_props.items():
        if (
            prop.lower() not in their_lower
            and not our_schema.get("x-since")
            and not prop.startswith("_")
        ):
            yield Item(
                "removal",
                f"removal field {name}.{prop}",
                op_id,
                f"field {name}.{prop} is not in upstream",
            )


def _enum_items(
    spec: Spec, op_id: str, ours: Any, theirs: dict[str, Any], where: str
) -> Iterator[Item]:
    their_values = theirs.get("enum")
    if their_values is None and theirs.get("type") == "array":
        their_values = theirs.get("items", {}).get("enum")
    resolved = spec.resolve(ours) if isinstance(ours, dict) else {}
    our_values = resolved.get("enum")
    if not their_values or our_values is None:
        return
    owner = spec.schema_name(ours) or where
    since: dict[str, Any] = resolved.get("x-enum-since", {})
    our_set = {str(v) for v in our_values}
    our_lower = {str(v).lower(): str(v) for v in our_values}
    for value in their_values:
        value = str(value)
        if value in our_set:
            if value in since:
                yield Item(
                    "enum",
                    f"enum {owner} {value}",
                    op_id,
                    f"new value {value} of {owner}",
                    present=True,
                    since=str(since[value]),
                )
        elif value.lower() in our_lower:
            yield Item(
                "case",
                f"case enum {owner} {value}",
                op_id,
                f"{owner} value {our_lower[value.lower()]} is spelled {value} upstream",
            )
        else:
            yield Item(
                "enum",
                f"enum {owner} {value}",
                op_id,
                f"new value {value} of {owner}",
                payload={"owner": owner},
            )
    their_lower = {str(v).lower() for v in their_values}
    for value in (str(v) for v in our_values):
        if value.lower() not in their_lower and value not in since:
            yield Item(
                "removal",
                f"removal enum {owner} {value}",
                op_id,
                f"{owner} value {value} is not in upstream ({where})",
            )


# ----------------------------------------------------------------------------- decisions


@dataclass(frozen=True)
class Decision:
    decision: Literal["apply", "skip"]
    reason: str


def load_decisions(path: Path) -> dict[str, Decision | None]:
    """item key -> its answer (None: not answered yet). A missing file holds no decisions."""
    if not path.exists():
        return {}
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise UpstreamError(f"{path}: not valid YAML ({error})") from None
    entries = loaded.get("decisions", {}) if isinstance(loaded, dict) else None
    if not isinstance(entries, dict):
        raise UpstreamError(
            f"{path}: expected a `decisions:` mapping of item -> {{decision, reason}}"
        )
    answers: dict[str, Decision | None] = {}
    for key, entry in entries.items():
        decision = entry.get("decision") if isinstance(entry, dict) else None
        reason = str(entry.get("reason") or "").strip() if isinstance(entry, dict) else ""
        if decision in ("apply", "skip") and reason:
            answers[str(key)] = Decision(decision, reason)
        elif decision in (None, "", "undecided"):
            answers[str(key)] = None
        else:
            raise UpstreamError(f"{path}: {key}: decision must be apply or skip, with a reason")
    return answers


def write_decisions(
    path: Path, version: str, items: Iterable[Item], answers: Mapping[str, Decision | None]
) -> None:
    """Rewrite the decisions file: every non-additive item, answered or `undecided`."""
    lines = [
        f"# Decisions for moving spec/tfs.yaml to api-version {version} (written by `make upstream-diff`).",
        "# Each item the tool cannot apply by itself; answer `decision: apply` or `decision: skip`",
        "# with a reason. `apply` means the spec (or the emulator) was changed by hand to follow it.",
        "# Additive items may be listed here too, to skip them.",
        "decisions:",
    ]
    keys = [i.key for i in items if not i.additive] + [
        k for k in answers if k.split(" ", 1)[0] in ADDITIVE_KINDS
    ]
    details = {i.key: i.detail for i in items}
    for key in dict.fromkeys(keys):
        answer = answers.get(key)
        lines.append(f"  {json.dumps(key)}:")
        if key in details:
            lines.append(f"    # {details[key]}")
        lines.append(f"    decision: {answer.decision if answer else 'undecided'}")
        lines.append(f"    reason: {json.dumps(answer.reason if answer else '')}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def open_items(items: Iterable[Item], answers: Mapping[str, Decision | None]) -> list[Item]:
    """Items neither in the spec nor answered."""
    return [i for i in items if not i.present and answers.get(i.key) is None]


# ----------------------------------------------------------------------------- applying


def swagger_to_openapi(
    upstream: Upstream, document: str, schema: dict[str, Any], spec: Spec, parent: str = ""
) -> dict[str, Any]:
    """A Swagger 2.0 schema as an OpenAPI 3 schema for the spec: references to definitions the
    spec also has become `$ref`s (except back to `parent`: the spec stays free of cycles); others
    become free-form objects named in the description."""
    description = str(schema.get("description", "")).strip()
    out: dict[str, Any]
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in spec.data.get("components", {}).get("schemas", {}) and name != parent:
            out = {"allOf": [{"$ref": f"#/components/schemas/{name}"}]}
        else:
            out = {"type": "object", "additionalProperties": True}
            description = f"{description} (upstream `{name}`, not modelled here)".strip()
    elif "enum" in schema:
        name = schema.get("x-ms-enum", {}).get("name")
        if name in spec.data.get("components", {}).get("schemas", {}):
            out = {"allOf": [{"$ref": f"#/components/schemas/{name}"}]}
        else:
            values = [str(v) for v in schema["enum"]]
            out = {
                "type": "string",
                "enum": values,
                "x-enum-varnames": [varname(v) for v in values],
            }
    elif schema.get("type") == "array":
        out = {
            "type": "array",
            "items": _plain(
                swagger_to_openapi(upstream, document, schema.get("items", {}), spec, parent)
            ),
        }
    elif (
        schema.get("type") == "object" or "additionalProperties" in schema or "properties" in schema
    ):
        out = {"type": "object", "additionalProperties": True}
    else:
        out = {k: schema[k] for k in ("type", "format") if k in schema}
        if out.get("format", "").startswith("array ("):
            item = out.pop("format")[len("array (") : -1]
            if item.startswith("int"):
                out["pattern"] = "^[0-9]+(,[0-9]+)*$"
            description = f"{description} (comma-delimited)".strip()
        out.setdefault("type", "string")
    if description:
        out["description"] = description
    return out


def _plain(schema: dict[str, Any]) -> dict[str, Any]:
    refs = schema.get("allOf")
    if refs and len(refs) == 1 and set(schema) <= {"allOf", "description"}:
        plain: dict[str, Any] = refs[0]
        return plain
    return schema


def varname(value: str) -> str:
    """An enum value as a Python constant name, as the spec's `x-enum-varnames` spell them."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", value)
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", spaced)
    return re.sub(r"\W+", "_", spaced).strip("_").upper()


_PLAIN_SCALAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_ .()-]*$")
_YAML_WORDS = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"}


def flow(value: Any) -> str:
    """`value` as one line of YAML flow style, in the spec's own spelling."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{flow(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    if _PLAIN_SCALAR.match(text) and text.lower() not in _YAML_WORDS and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class _Edit:
    index: int  # character offset in the spec text
    text: str


def apply_additive(
    spec: Spec, upstream: Upstream, items: Iterable[Item], answers: Mapping[str, Decision | None]
) -> tuple[str, list[Item]]:
    """The spec text with every missing, not skipped additive item inserted; and those items."""
    version = upstream.version
    root = yaml.compose(spec.text)
    if root is None:
        raise UpstreamError("the spec is empty")
    edits: list[_Edit] = []
    applied: list[Item] = []
    enum_values: dict[str, list[str]] = {}
    for item in items:
        answer = answers.get(item.key)
        if not item.additive or item.present or (answer is not None and answer.decision == "skip"):
            continue
        applied.append(item)
        if item.kind == "parameter":
            edits.append(_parameter_edit(spec, upstream, root, item, version))
        elif item.kind == "field":
            edits.append(_field_edit(spec, upstream, root, item, version))
        else:
            enum_values.setdefault(item.payload["owner"], []).append(item.key.split(" ", 2)[2])
    for owner, values in enum_values.items():
        edits.extend(_enum_edits(spec, root, owner, values, version))
    text = spec.text
    # last edit first, so offsets stay valid; edits at one offset keep their order
    for _, edit in sorted(
        enumerate(edits), key=lambda pair: (pair[1].index, pair[0]), reverse=True
    ):
        text = text[: edit.index] + edit.text + text[edit.index :]
    return text, applied


def _node(root: yaml.Node, *path: str) -> yaml.Node:
    node = root
    for part in path:
        if not isinstance(node, yaml.MappingNode):
            raise UpstreamError(f"spec: {'/'.join(path)} is not where the tool expects it")
        for key, value in node.value:
            if key.value == part:
                node = value
                break
        else:
            raise UpstreamError(f"spec: no {'/'.join(path)}")
    return node


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


COMMA_LIST = "x-tfs-comma-list"
_COMMA_WORDS = re.compile(r"\bcomma[- ]?(?:delimited|separated)\b", re.IGNORECASE)


def comma_delimited(parameter: dict[str, Any]) -> bool:
    """Whether an upstream parameter is a comma-delimited list: its format is ``array (...)``
    or its description says so ("A comma-delimited list of ...", "Comma separated ...")."""
    if str(parameter.get("format", "")).startswith("array ("):
        return True
    return bool(_COMMA_WORDS.search(str(parameter.get("description", ""))))


def _parameter_edit(
    spec: Spec, upstream: Upstream, root: yaml.Node, item: Item, version: str
) -> _Edit:
    method, route, _ = spec.operations[item.operation]
    parameters = _node(root, "paths", route, method.lower(), "parameters")
    if not isinstance(parameters, yaml.SequenceNode) or parameters.flow_style:
        raise UpstreamError(f"spec: {item.operation} parameters must be a block list")
    anchor = parameters.value[-1]
    for entry in parameters.value:
        resolved = spec.resolve(yaml.safe_load(yaml.serialize(entry)))
        if resolved.get("name") == VERSION_PARAMETER:
            anchor = entry
            break
    indent = " " * (anchor.start_mark.column - 2)
    parameter = item.payload["parameter"]
    schema = _plain(
        swagger_to_openapi(
            upstream,
            "",
            {
                k: v
                for k, v in parameter.items()
                if k not in {"name", "in", "required", "description"}
            },
            spec,
        )
    )
    schema.pop("description", None)
    if schema.get("format") == "int32":  # the spec's curation: counts and ids, within int32
        schema.update(minimum=0, maximum=2**31 - 1)
    description = str(parameter.get("description") or f"Added in {version}.").strip()
    body = [
        f"{indent}- name: {flow(parameter['name'])}",
        f"{indent}  in: {parameter['in']}",
        f"{indent}  description: {flow(description)}",
        f"{indent}  schema: {flow(schema)}",
        f'{indent}  x-since: "{version}"',
    ]
    if parameter["in"] == "query" and comma_delimited(parameter):
        body.insert(2, f"{indent}  {COMMA_LIST}: true")
    return _Edit(_line_start(spec.text, anchor.start_mark.index), "\n".join(body) + "\n")


def _field_edit(spec: Spec, upstream: Upstream, root: yaml.Node, item: Item, version: str) -> _Edit:
    parent = item.payload["parent"]
    properties = _node(root, "components", "schemas", parent, "properties")
    if (
        not isinstance(properties, yaml.MappingNode)
        or properties.flow_style
        or not properties.value
    ):
        raise UpstreamError(f"spec: {parent}.properties must be a block mapping")
    last_key, last_value = properties.value[-1]
    indent = " " * last_key.start_mark.column
    schema = swagger_to_openapi(
        upstream, item.payload["document"], item.payload["schema"], spec, parent
    )
    schema["x-since"] = version
    name = item.key.split(".", 1)[1]
    return _Edit(_after(spec.text, last_value), f"{indent}{flow(name)}: {flow(schema)}\n")


def _after(text: str, node: yaml.Node) -> int:
    """The start of the line after `node`'s last line (a block collection's own end mark lies
    at the next key, past blank lines and comments, so its last scalar or flow node decides)."""
    while (
        isinstance(node, yaml.MappingNode | yaml.SequenceNode)
        and not node.flow_style
        and node.value
    ):
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    end = node.end_mark.index
    return end if text[end - 1 : end] == "\n" else text.index("\n", end) + 1


def _enum_edits(
    spec: Spec, root: yaml.Node, owner: str, values: list[str], version: str
) -> list[_Edit]:
    schema = _node(root, "components", "schemas", owner)
    edits: list[_Edit] = []
    for key in ("enum", "x-enum-varnames"):
        node = _node(schema, key)
        added = values if key == "enum" else [varname(v) for v in values]
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            raise UpstreamError(f"spec: {owner}.{key} must be a non-empty list")
        if node.flow_style:
            edits.append(_Edit(node.end_mark.index - 1, "".join(f", {flow(v)}" for v in added)))
        else:
            last = node.value[-1]
            indent = " " * (last.start_mark.column - 2)
            edits.append(
                _Edit(_after(spec.text, last), "".join(f"{indent}- {flow(v)}\n" for v in added))
            )
    since = {v: version for v in values}
    existing = next((v for k, v in schema.value if k.value == "x-enum-since"), None)
    if existing is not None:
        if not isinstance(existing, yaml.MappingNode) or not existing.flow_style:
            raise UpstreamError(f"spec: {owner}.x-enum-since must be a one-line {{map}}")
        edits.append(
            _Edit(
                existing.end_mark.index - 1,
                "".join(f", {flow(k)}: {flow(v)}" for k, v in since.items()),
            )
        )
    else:
        varnames = _node(schema, "x-enum-varnames")
        indent = " " * next(
            k.start_mark.column for k, v in schema.value if k.value == "x-enum-varnames"
        )
        at = spec.text.index("\n", varnames.end_mark.index) + 1
        edits.append(_Edit(at, f"{indent}x-enum-since: {flow(since)}\n"))
    return edits


# ----------------------------------------------------------------------------- the report


KIND_TITLES: dict[str, str] = {
    "route": "routes",
    "method": "methods",
    "status": "statuses",
    "required": "new required parameters",
    "removal": "only in the spec",
    "case": "case changes",
    "parameter": "new optional parameters",
    "field": "new response fields",
    "enum": "new enum values",
}


def render_report(
    version: str,
    spec: Spec,
    mapping: Mapping[str, str],
    items: list[Item],
    answers: Mapping[str, Decision | None],
) -> str:
    """The reviewable report: headline counts, then every item operation by operation."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    moved = {i.operation for i in items if i.kind in {"route", "method"}}
    undecided = open_items(items, answers)
    lines = [
        f"# spec/tfs.yaml against upstream api-version {version}",
        "",
        "Written by `make upstream-diff` from Microsoft's Swagger files; do not edit by hand.",
        f"{len(spec.operations)} spec operations, each mapped to its upstream operation "
        "(`spec/upstream/operations.yaml`).",
        "",
        "| kind | items |",
        "|---|---|",
        *(f"| {KIND_TITLES[k]} | {counts[k]} |" for k in KIND_TITLES if k in counts),
        "",
        f"- operations whose route or method changed: {len(moved)} ({', '.join(sorted(moved)) or 'none'})",
        f"- additive items in the spec (`x-since`): {sum(1 for i in items if i.additive and i.present)}",
        f"- additive items still to apply: {sum(1 for i in items if i.additive and not i.present and not _skipped(i, answers))}",
        f"- items awaiting a decision: {sum(1 for i in undecided if not i.additive)}",
        "",
    ]
    for operation_id in spec.operations:
        mine = [i for i in items if i.operation == operation_id]
        lines.append(f"## {operation_id} -> {mapping[operation_id]}")
        lines.append("")
        if not mine:
            lines.extend(["No differences.", ""])
            continue
        for item in sorted(mine, key=lambda i: (list(KIND_TITLES).index(i.kind), i.key)):
            lines.append(f"- **{item.kind}** {item.detail}: {_status(item, answers)}")
        lines.append("")
    return "\n".join(lines)


def _skipped(item: Item, answers: Mapping[str, Decision | None]) -> bool:
    answer = answers.get(item.key)
    return answer is not None and answer.decision == "skip"


def _status(item: Item, answers: Mapping[str, Decision | None]) -> str:
    answer = answers.get(item.key)
    if item.present:
        return f"in the spec (x-since {item.since})"
    if answer is not None:
        return f"{answer.decision}: {answer.reason}"
    return "to apply (`make upstream-apply`)" if item.additive else "UNDECIDED"


# ----------------------------------------------------------------------------- command line


@dataclass
class Run:
    """One comparison: its inputs and what it found."""

    spec_path: Path
    spec: Spec
    upstream: Upstream
    mapping: dict[str, str]
    decisions_path: Path
    answers: dict[str, Decision | None]
    items: list[Item]


def compare(
    upstream_dir: Path, spec_path: Path = DEFAULT_SPEC, mapping_path: Path = DEFAULT_MAPPING
) -> Run:
    """Read everything and list the differences."""
    upstream = load_upstream(upstream_dir)
    spec = Spec(spec_path.read_text(encoding="utf-8"))
    mapping = load_mapping(mapping_path)
    decisions_path = mapping_path.parent / f"{upstream.version}-decisions.yaml"
    answers = load_decisions(decisions_path)
    return Run(
        spec_path, spec, upstream, mapping, decisions_path, answers, diff(spec, upstream, mapping)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--upstream",
        type=Path,
        default=DEFAULT_UPSTREAM,
        help="folder of one version's Swagger files",
    )
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--mapping", type=Path, default=DEFAULT_MAPPING)
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--apply", action="store_true", help="insert the additive items into the spec"
    )
    action.add_argument(
        "--check", action="store_true", help="exit 1 if an item is neither in the spec nor decided"
    )
    args = parser.parse_args(argv)
    try:
        run = compare(args.upstream, args.spec, args.mapping)
        if args.apply:
            text, applied = apply_additive(run.spec, run.upstream, run.items, run.answers)
            Spec(text)  # still valid YAML
            args.spec.write_text(text, encoding="utf-8")
            print(f"{args.spec}: added {len(applied)} items marked x-since {run.upstream.version}")
            run = compare(args.upstream, args.spec, args.mapping)
        left = open_items(run.items, run.answers)
        if args.check:
            for item in left:
                print(
                    f"{'not applied' if item.additive else 'undecided'}: {item.key} ({item.detail})"
                )
            return 1 if left else 0
        write_decisions(run.decisions_path, run.upstream.version, run.items, run.answers)
        report = args.mapping.parent / f"{run.upstream.version}-report.md"
        report.write_text(
            render_report(run.upstream.version, run.spec, run.mapping, run.items, run.answers),
            encoding="utf-8",
        )
        print(
            f"{report}: {len(run.items)} differences; {len(left)} neither in the spec nor decided"
        )
        undecided = [item for item in left if not item.additive]
        if undecided:
            print(
                f"{run.decisions_path}: answer each of the {len(undecided)} `undecided` items "
                "apply/skip with a reason"
            )
    except UpstreamError as error:
        print(f"upstream-diff: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
