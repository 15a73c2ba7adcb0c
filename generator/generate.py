"""Generate the `tfs_api` package from the OpenAPI spec, deterministically.

Steps: derive the client's view of the spec (error responses dropped: the server's error body is
parsed by tfs_client's typed errors, so each operation returns only its success model), run
openapi-python-client (pinned) with our config and custom templates into a temporary folder, add `py.typed`, format with the pinned ruff using explicit settings (no user config, no
cache), check that only package files were produced, then replace the output folder. Then render
tfs_client's resource classes from the same parse (`generator/resources.py`) into
`overrides/tfs_client/_resources.py`, formatted the same way.

Usage: python generator/generate.py [--spec spec/tfs.yaml] [--output generated/tfs_api]
                                    [--resources overrides/tfs_client/_resources.py]
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import resources  # the generator folder is not a package

REPO = Path(__file__).resolve().parents[1]
GENERATOR = REPO / "generator"
PACKAGE = "tfs_api"
RUFF_SETTINGS = ["--isolated", "--no-cache", "--line-length", "100", "--target-version", "py311"]
ALLOWED_SUFFIXES = {".py", ".typed"}


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
    """The spec without 4xx/5xx responses.

    The spec documents every error status with the server's error body, for the emulator and
    the contract suite. Generated from that, each operation would be typed as returning
    `SuccessModel | ErrorResponse` and would parse an HTML error page as JSON. Errors are
    tfs_client's job (`raise_for_status`, `call`), so the generated code sees success only:
    `Response[SuccessModel]`, and `parsed` is None on any other status.
    """
    view = dict(spec, paths={})
    for path, item in spec.get("paths", {}).items():
        view["paths"][path] = {
            key: _without_errors(operation) if isinstance(operation, dict) else operation
            for key, operation in item.items()
        }
    return view


def _without_errors(operation: dict[str, Any]) -> dict[str, Any]:
    if "responses" not in operation:
        return operation
    kept = {
        status: response
        for status, response in operation["responses"].items()
        if not str(status).startswith(("4", "5"))
    }
    return dict(operation, responses=kept)


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
            str(GENERATOR / "templates"),
            "--output-path",
            str(package),
            "--overwrite",
            "--fail-on-warning",
        ],
        cwd=work,
    )
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
    _run([*ruff, "check", "--fix-only", "--select", "E4,E7,E9,F,I", *RUFF_SETTINGS, module.name], work)
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
