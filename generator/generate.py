"""Generate the `tfs_api` package from the OpenAPI spec, deterministically.

Steps: derive the client's view of the spec (error responses dropped: the server's error body is
parsed by tfs_client's typed errors, so each operation returns only its success model) and the
per-operation facts openapi-python-client does not hand its templates (spec operation ids and
tags, parameter descriptions, comma-delimited lists, paging style, api-version), written as a
template the endpoint template imports; run openapi-python-client (pinned) with our config and
those templates into a temporary folder; render `operation.py` (the `Operation` descriptor
class); add `py.typed`; format with the pinned ruff using explicit settings (no user config, no
cache); check that only package files were produced and every operation module has its
`OPERATION`; then replace the output folder. Then render tfs_client's resource classes from
the same parse (`generator/resources.py`) into `overrides/tfs_client/_resources.py`, formatted
the same way.

Usage: python generator/generate.py [--spec spec/tfs.yaml] [--output generated/tfs_api]
                                    [--resources overrides/tfs_client/_resources.py]
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import resources  # the generator folder is not a package

REPO = Path(__file__).resolve().parents[1]
GENERATOR = REPO / "generator"
PACKAGE = "tfs_api"
RUFF_SETTINGS = ["--isolated", "--no-cache", "--line-length", "100", "--target-version", "py311"]
ALLOWED_SUFFIXES = {".py", ".typed"}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FACTS_TEMPLATE = "spec_facts.jinja"
"""The generated template holding `operation_facts`, imported by endpoint_module.py.jinja."""
CONTINUATION_PARAMETER = "continuationToken"
CONTINUATION_HEADER = "x-ms-continuationtoken"
SKIP_PARAMETER = "$skip"
API_VERSION_PARAMETER = "api-version"
COMMA_LIST_EXTENSION = "x-tfs-comma-list"
FILLS_EXTENSION = "x-tfs-fills"
CLIENT_REQUIRED_EXTENSION = "x-tfs-client-required"
"""On a body schema: fields the client always sends, by the spelling it sends, although the
schema admits another spelling too (e.g. `TestSessionUpdate` needs `Id`, or the sample's `id`)."""


class GenerationError(RuntimeError):
    """The generator or a post-processing step failed; the output folder was left untouched."""


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GenerationError(
            f"command failed ({result.returncode}): {shlex.join(command)}\n"
            f"{result.stdout}{result.stderr}"
        )


def client_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec without 4xx/5xx responses, with each schema's `x-tfs-client-required` fields
    added to its `required`.

    The spec documents every error status with the server's error body, for the emulator and
    the contract suite. Generated from that, each operation would be typed as returning
    `SuccessModel | ErrorResponse` and would parse an HTML error page as JSON. Errors are
    tfs_client's job (`raise_for_status`, `call`), so the generated code sees success only:
    `Response[SuccessModel]`, and `parsed` is None on any other status.

    A schema can require a field in one of two spellings (`Id`, or the recorded sample's `id`),
    which the generator cannot express; `x-tfs-client-required` names the spelling the client
    sends, so the model (and the resource method) require that field before anything is sent.
    """
    view = dict(spec, paths={})
    for path, item in spec.get("paths", {}).items():
        view["paths"][path] = {
            key: _without_errors(operation) if isinstance(operation, dict) else operation
            for key, operation in item.items()
        }
    schemas = spec.get("components", {}).get("schemas", {})
    if any(CLIENT_REQUIRED_EXTENSION in schema for schema in schemas.values()):
        view["components"] = dict(
            spec["components"],
            schemas={name: _client_required(schema) for name, schema in schemas.items()},
        )
    return view


def _client_required(schema: Any) -> Any:
    """`schema` with its `x-tfs-client-required` fields added to `required` (in that order)."""
    extra = schema.get(CLIENT_REQUIRED_EXTENSION) if isinstance(schema, dict) else None
    if not extra:
        return schema
    required = list(schema.get("required", []))
    return dict(schema, required=required + [name for name in extra if name not in required])


def _without_errors(operation: dict[str, Any]) -> dict[str, Any]:
    if "responses" not in operation:
        return operation
    kept = {
        status: response
        for status, response in operation["responses"].items()
        if not str(status).startswith(("4", "5"))
    }
    return dict(operation, responses=kept)


def _resolve(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """Follow local `$ref`s (`#/components/...`) to a mapping; `{}` when one does not resolve
    (openapi-python-client reports those with the operation's name)."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            return {}
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


def operation_facts(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per operationId, what the descriptors and docstrings need and the generator drops.

    `operation_id`, `tag` (the spec's first tag), `parameters` (by wire name: `description`,
    `comma_list` from `x-tfs-comma-list`, `fills` from `x-tfs-fills`), `paging` (`token` when the operation takes
    `continuationToken` or a success reply carries `x-ms-continuationtoken`, else `skip` when
    it takes `$skip`, else `none`) and `api_version` (the `api-version` parameter's default;
    `""` when there is none).
    """
    facts: dict[str, dict[str, Any]] = {}
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            operation_id = operation.get("operationId")
            if not isinstance(operation_id, str):
                continue  # openapi-python-client names it; spec_problems reports it
            parameters = [_resolve(spec, p) for p in [*shared, *operation.get("parameters", [])]]
            described: dict[str, dict[str, Any]] = {}
            for parameter in parameters:
                if not isinstance(parameter.get("name"), str):
                    continue
                described[parameter["name"]] = {
                    "description": " ".join(str(parameter.get("description", "")).split()),
                    "comma_list": parameter.get(COMMA_LIST_EXTENSION) is True,
                    "fills": str(parameter.get(FILLS_EXTENSION) or ""),
                }
            query = {p["name"] for p in parameters if p.get("in") == "query"}
            headers = {
                name.lower()
                for status, response in operation.get("responses", {}).items()
                if str(status).startswith("2")
                for name in _resolve(spec, response).get("headers", {})
            }
            if CONTINUATION_PARAMETER in query or CONTINUATION_HEADER in headers:
                paging = "token"
            elif SKIP_PARAMETER in query:
                paging = "skip"
            else:
                paging = "none"
            versions = [
                _resolve(spec, p.get("schema", {})).get("default")
                for p in parameters
                if p.get("name") == API_VERSION_PARAMETER and p.get("in") == "query"
            ]
            tags = operation.get("tags") or [""]
            facts[operation_id] = {
                "operation_id": operation_id,
                "path": path,
                "tag": str(tags[0]),
                "parameters": described,
                "paging": paging,
                "api_version": versions[0]
                if len(versions) == 1 and isinstance(versions[0], str)
                else "",
                "summary": str(operation.get("summary", "")).strip(),
                "description": str(operation.get("description", "")).strip(),
            }
    return facts


def spec_problems(spec: dict[str, Any], facts: dict[str, dict[str, Any]]) -> list[str]:
    """What the descriptors and docstrings need and the spec leaves out: an operationId and a
    description for every parameter; and `x-tfs-client-required` names that are no property."""
    problems = [
        f"{method.upper()} {path}: no operationId"
        for path, item in spec.get("paths", {}).items()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
        and not isinstance(item[method].get("operationId"), str)
    ]
    for operation_id, fact in facts.items():
        problems += [
            f"{operation_id}: parameter {name!r} has no description"
            for name, parameter in fact["parameters"].items()
            if not parameter["description"]
        ]
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        extra = schema.get(CLIENT_REQUIRED_EXTENSION, []) if isinstance(schema, dict) else []
        problems += [
            f"{name}: {CLIENT_REQUIRED_EXTENSION} names {field!r}, which is not a property"
            for field in extra
            if field not in schema.get("properties", {})
        ]
    return problems


def _templates_with_facts(facts: dict[str, dict[str, Any]], work: Path) -> Path:
    """Our templates plus the generated `spec_facts.jinja`, in a folder under `work`."""
    templates = work / "templates"
    shutil.copytree(GENERATOR / "templates", templates)
    # JSON without nulls is a Jinja literal; sorted keys keep it deterministic.
    literal = json.dumps(facts, sort_keys=True, ensure_ascii=True)
    (templates / FACTS_TEMPLATE).write_text(
        "{# Generated by generator/generate.py from the spec: per-operation facts. #}\n"
        f"{{% set operation_facts = {literal} %}}\n",
        encoding="utf-8",
    )
    return templates


def _render_operation_module(templates: Path, package: Path) -> None:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    text = environment.get_template("operation.py.jinja").render()
    (package / "operation.py").write_text(text, encoding="utf-8")


def _check_descriptors(package: Path) -> None:
    missing = sorted(
        str(path.relative_to(package))
        for path in (package / "api").glob("*/*.py")
        if path.name != "__init__.py" and "\nOPERATION" not in path.read_text(encoding="utf-8")
    )
    if missing:
        raise GenerationError(f"operation modules without an OPERATION descriptor: {missing}")


def generate_into(spec: Path, work: Path) -> Path:
    """Generate and post-process the package inside `work`; return the package folder."""
    package = work / PACKAGE
    try:
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise GenerationError(f"{spec} is not valid YAML: {error}") from error
    if not isinstance(document, dict):
        raise GenerationError(f"{spec} is not an OpenAPI document (no mapping at the top)")
    view = work / "client-view.yaml"
    view.write_text(yaml.safe_dump(client_view(document), sort_keys=False), encoding="utf-8")
    facts = operation_facts(document)
    templates = _templates_with_facts(facts, work)
    _run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--meta",
            "none",
            "--path",
            str(view),
            "--config",
            str(GENERATOR / "config.yaml"),
            "--custom-template-path",
            str(templates),
            "--output-path",
            str(package),
            "--overwrite",
            "--fail-on-warning",
        ],
        cwd=work,
    )
    problems = spec_problems(document, facts)
    if problems:
        raise GenerationError("the spec lacks what the descriptors need:\n" + "\n".join(problems))
    _render_operation_module(templates, package)
    _check_descriptors(package)
    (package / "py.typed").write_text("")
    ruff = [sys.executable, "-m", "ruff"]
    # Run from `work`, not inside the package: its `types.py` would shadow the standard library.
    _run([*ruff, "check", "--fix-only", "--select", "E4,E7,E9,F,I", *RUFF_SETTINGS, PACKAGE], work)
    _run([*ruff, "format", *RUFF_SETTINGS, PACKAGE], work)
    strays = [
        path.relative_to(package)
        for path in package.rglob("*")
        if (path.is_dir() and path.name.startswith("."))
        or (path.is_file() and path.suffix not in ALLOWED_SUFFIXES)
    ]
    if strays:
        raise GenerationError(f"unexpected files in the generated package: {sorted(strays)}")
    return package


def render_resources(spec: Path, work: Path) -> str:
    """The formatted source of tfs_client's `_resources.py` for `spec`."""
    try:
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise GenerationError(f"{spec} is not valid YAML: {error}") from error
    if not isinstance(document, dict):
        raise GenerationError(f"{spec} is not an OpenAPI document (no mapping at the top)")
    view = client_view(document)
    try:
        data = resources.parse(view, spec, GENERATOR / "config.yaml")
        source = resources.render(view, data, GENERATOR / "templates" / "tfs_client")
    except resources.ResourceSpecError as error:
        raise GenerationError(f"resources: {error}") from error
    module = work / "_resources.py"
    module.write_text(source, encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    # the module lives in tfs_client and imports it: sorted as the repository's lint sorts it
    first_party = ["--config", "lint.isort.known-first-party=['tfs_client']"]
    _run(
        [
            *ruff,
            "check",
            "--fix-only",
            "--select",
            "E4,E7,E9,F,I",
            *RUFF_SETTINGS,
            *first_party,
            module.name,
        ],
        work,
    )
    _run([*ruff, "format", *RUFF_SETTINGS, module.name], work)
    return module.read_text(encoding="utf-8")


def generate(spec: Path, output: Path, resources_output: Path | None = None) -> None:
    """Regenerate `output` (the `tfs_api` package folder) and `resources_output` from `spec`."""
    if not spec.is_file():
        raise GenerationError(f"spec not found: {spec}")
    with tempfile.TemporaryDirectory(prefix="tfs-generate-") as tmp:
        resources_source = None
        if resources_output is not None:  # first: a naming error fails before the slow part
            resources_source = render_resources(spec.resolve(), Path(tmp))
        package = generate_into(spec.resolve(), Path(tmp))
        staged = output.with_name(f".{output.name}.new")
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(package, staged)
    shutil.rmtree(output, ignore_errors=True)
    staged.rename(output)
    if resources_output is not None and resources_source is not None:
        resources_output.write_text(resources_source, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point used by `make generate` and the drift test."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=REPO / "spec" / "tfs.yaml")
    parser.add_argument("--output", type=Path, default=REPO / "generated" / PACKAGE)
    parser.add_argument(
        "--resources",
        type=Path,
        default=None,
        help="where to write tfs_client's _resources.py (make generate: overrides/tfs_client/)",
    )
    args = parser.parse_args(argv)
    try:
        generate(args.spec, args.output, args.resources)
    except GenerationError as error:
        print(f"generate: {error}", file=sys.stderr)
        return 1
    print(f"generated {args.output} from {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
