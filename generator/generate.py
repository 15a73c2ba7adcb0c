"""Generate the `tfs_api` package from the OpenAPI spec, deterministically.

Steps: run openapi-python-client (pinned) with our config and custom templates into a temporary
folder, add `py.typed`, format with the pinned ruff using explicit settings (no user config, no
cache), check that only package files were produced, then replace the output folder.

Usage: python generator/generate.py [--spec spec/tfs.yaml] [--output generated/tfs_api]
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

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


def generate_into(spec: Path, work: Path) -> Path:
    """Generate and post-process the package inside `work`; return the package folder."""
    package = work / PACKAGE
    _run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--meta",
            "none",
            "--path",
            str(spec),
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


def generate(spec: Path, output: Path) -> None:
    """Regenerate `output` (the `tfs_api` package folder) from `spec`."""
    if not spec.is_file():
        raise GenerationError(f"spec not found: {spec}")
    with tempfile.TemporaryDirectory(prefix="tfs-generate-") as tmp:
        package = generate_into(spec.resolve(), Path(tmp))
        staged = output.with_name(f".{output.name}.new")
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(package, staged)
    shutil.rmtree(output, ignore_errors=True)
    staged.rename(output)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point used by `make generate` and the drift test."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=REPO / "spec" / "tfs.yaml")
    parser.add_argument("--output", type=Path, default=REPO / "generated" / PACKAGE)
    args = parser.parse_args(argv)
    try:
        generate(args.spec, args.output)
    except GenerationError as error:
        print(f"generate: {error}", file=sys.stderr)
        return 1
    print(f"generated {args.output} from {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
