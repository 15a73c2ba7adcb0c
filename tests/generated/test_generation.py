"""The generator step: committed generated/ equals what `make generate` emits, byte for byte."""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATE = REPO / "generator" / "generate.py"
COMMITTED = REPO / "generated" / "tfs_api"


def _run_generator(spec: Path, output: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(GENERATE), "--spec", str(spec), "--output", str(output)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def _drift_report(committed: dict[str, bytes], fresh: dict[str, bytes]) -> str:
    lines = [f"only in committed generated/: {name}" for name in sorted(committed.keys() - fresh)]
    lines += [
        f"missing from committed generated/: {name}" for name in sorted(fresh.keys() - committed)
    ]
    for name in sorted(committed.keys() & fresh.keys()):
        if committed[name] != fresh[name]:
            lines.extend(
                difflib.unified_diff(
                    committed[name].decode().splitlines(),
                    fresh[name].decode().splitlines(),
                    f"committed/{name}",
                    f"regenerated/{name}",
                    lineterm="",
                )
            )
    return "\n".join(lines[:400])


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("regenerated") / "tfs_api"
    result = _run_generator(REPO / "spec" / "tfs.yaml", output)
    assert result.returncode == 0, result.stderr
    return output


def test_committed_generated_package_matches_a_fresh_generation(regenerated: Path) -> None:
    committed, fresh = _tree(COMMITTED), _tree(regenerated)
    assert committed == fresh, (
        "generated/tfs_api differs from what `make generate` emits for spec/tfs.yaml; "
        "run `make generate` and commit generated/.\n" + _drift_report(committed, fresh)
    )


def test_generation_is_deterministic(regenerated: Path, tmp_path: Path) -> None:
    again = tmp_path / "tfs_api"
    assert _run_generator(REPO / "spec" / "tfs.yaml", again).returncode == 0
    assert _tree(again) == _tree(regenerated), _drift_report(_tree(regenerated), _tree(again))


def test_generated_package_holds_only_python_files_and_py_typed(regenerated: Path) -> None:
    names = list(_tree(regenerated))
    assert "py.typed" in names
    assert [name for name in names if not name.endswith(".py") and name != "py.typed"] == []


def _failed_generation(tmp_path: Path, spec_text: str) -> str:
    """Generate from ``spec_text`` over a previous output; check it failed cleanly and left
    that output untouched; return the error output."""
    spec = tmp_path / "broken.yaml"
    spec.write_text(spec_text)
    output = tmp_path / "tfs_api"
    output.mkdir()
    (output / "keep.py").write_text("# previous generation\n")

    result = _run_generator(spec, output)

    assert result.returncode == 1
    assert result.stderr.startswith("generate:")
    assert "Traceback" not in result.stderr
    assert [path.name for path in output.iterdir()] == ["keep.py"]
    return result.stderr


def test_broken_spec_fails_with_a_clear_message_and_leaves_the_output_untouched(
    tmp_path: Path,
) -> None:
    stderr = _failed_generation(
        tmp_path,
        "openapi: 3.0.3\n"
        "info: {title: broken, version: '1'}\n"
        "paths:\n"
        "  /things:\n"
        "    get:\n"
        "      operationId: listThings\n"
        "      responses:\n"
        "        '200':\n"
        "          description: ok\n"
        "          content:\n"
        "            application/json:\n"
        "              schema: {$ref: '#/components/schemas/Missing'}\n",
    )
    assert "GET /things" in stderr and "#/components/schemas/Missing" in stderr


def test_missing_spec_is_reported_by_name(tmp_path: Path) -> None:
    result = _run_generator(tmp_path / "nope.yaml", tmp_path / "tfs_api")

    assert result.returncode == 1
    assert "spec not found" in result.stderr and "nope.yaml" in result.stderr


def test_a_parameter_without_a_description_fails_generation_naming_it(tmp_path: Path) -> None:
    stderr = _failed_generation(
        tmp_path,
        "openapi: 3.0.3\n"
        "info: {title: undescribed, version: '1'}\n"
        "paths:\n"
        "  /things/{thingId}:\n"
        "    get:\n"
        "      operationId: getThing\n"
        "      parameters:\n"
        "        - {name: thingId, in: path, required: true, schema: {type: integer}}\n"
        "      responses:\n"
        "        '204': {description: ok}\n",
    )
    assert "getThing: parameter 'thingId' has no description" in stderr
