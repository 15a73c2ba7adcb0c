"""One wheel, distribution `tfs-client`, ships `tfs_api`, `tfs_client` and `tfs_emulator`, each typed,
and depends at run time on httpx and attrs only. Builds offline with the pinned hatchling (about 2 s)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ["tfs_api", "tfs_client", "tfs_emulator"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
    command += [
        "--no-index",
        "--disable-pip-version-check",
    ]  # offline: no registry, no pip self-check
    result = subprocess.run([*command, "-w", str(out), str(REPO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    [built] = out.glob("tfs_client-*.whl")
    return zipfile.ZipFile(built)


def _metadata(wheel: zipfile.ZipFile) -> dict[str, list[str]]:
    [name] = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    message = Parser().parsestr(wheel.read(name).decode())
    return {key: message.get_all(key) or [] for key in ("Name", "Requires-Python", "Requires-Dist")}


@pytest.mark.parametrize("package", PACKAGES)
def test_wheel_ships_the_package_with_py_typed(wheel: zipfile.ZipFile, package: str) -> None:
    names = set(wheel.namelist())
    assert f"{package}/__init__.py" in names
    assert f"{package}/py.typed" in names


def test_wheel_ships_every_generated_module(wheel: zipfile.ZipFile) -> None:
    generated = {
        f"tfs_api/{path.relative_to(REPO / 'generated' / 'tfs_api').as_posix()}"
        for path in (REPO / "generated" / "tfs_api").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert generated <= set(wheel.namelist())


def test_wheel_has_nothing_outside_the_three_packages(wheel: zipfile.ZipFile) -> None:
    tops = {name.split("/")[0] for name in wheel.namelist()}
    assert {top for top in tops if not top.endswith(".dist-info")} == set(PACKAGES)
    assert not [name for name in wheel.namelist() if "__pycache__" in name or name.endswith(".pyc")]


def test_wheel_metadata_names_the_distribution_and_only_runtime_dependencies(
    wheel: zipfile.ZipFile,
) -> None:
    metadata = _metadata(wheel)
    assert metadata["Name"] == ["tfs-client"]
    assert metadata["Requires-Python"] == [">=3.11"]
    runtime = [req for req in metadata["Requires-Dist"] if "extra ==" not in req]
    assert sorted(req.split(">")[0].split("=")[0].split("<")[0] for req in runtime) == [
        "attrs",
        "httpx",
        "sniffio",
    ]
