"""``python -m bench`` needs exactly the ``bench`` extra, and says so when something is missing."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from bench import __main__ as bench_main
from bench import dependencies

REPO = Path(__file__).resolve().parents[2]
OWN = {"bench", "tfs_client", "tfs_api", "tfs_emulator", "resources", "generate"}
"""The repository's own modules (``resources`` and ``generate`` are the generator's scripts)."""
RUN_BY_THE_BENCH = [
    *sorted((REPO / "bench").glob("*.py")),
    REPO / "generator" / "generate.py",
    REPO / "generator" / "resources.py",
    *[
        path
        for path in sorted((REPO / "emulator" / "tfs_emulator").rglob("*.py"))
        if path.name != "pytest_plugin.py"  # loaded by pytest only
    ],
]
"""The bench's modules and what it runs in child processes: the emulator and the generator."""


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _installed_closure(names: list[str]) -> set[str]:
    """``names`` and everything they require (their own extras left out)."""
    closure: set[str] = set()
    pending = list(names)
    while pending:
        name = _normal(pending.pop())
        if name in closure:
            continue
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:  # a requirement for other Pythons or platforms
            continue
        closure.add(name)
        for requirement in requires:
            if "extra ==" not in requirement:
                pending.append(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])
    return closure


def test_the_bench_extra_installs_every_package_the_bench_and_its_child_processes_import() -> None:
    third_party = set().union(*map(_imported, RUN_BY_THE_BENCH))
    third_party -= set(sys.stdlib_module_names) | OWN | {"__future__"}
    distributions = metadata.packages_distributions()
    provided = _installed_closure(dependencies.requirements())
    unprovided = {
        module: distributions.get(module)
        for module in sorted(third_party)
        if not {_normal(name) for name in distributions.get(module, [])} & provided
    }
    assert "psutil" in third_party and "starlette" in third_party
    assert unprovided == {}


def test_the_bench_extra_pins_what_the_dev_extra_pins() -> None:
    import tomllib

    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    dev = {_normal(re.split(r"[=<>\[]", item)[0]): item for item in extras["dev"]}
    for item in extras["bench"]:
        name = _normal(re.split(r"[=<>\[]", item)[0])
        if name != "tfs-client":
            assert dev.get(name) == item, f"bench pins {item}, dev pins {dev.get(name)}"


def test_a_missing_dependency_is_one_line_naming_what_to_install_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    version = metadata.version

    def without_psutil(name: str) -> str:
        if _normal(name) == "psutil":
            raise metadata.PackageNotFoundError(name)
        return version(name)

    monkeypatch.setattr(dependencies.metadata, "version", without_psutil)
    assert bench_main.main(["--quick", "--only", "startup"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("python -m bench: psutil not installed;")
    assert "make bench" in err and "pip install -e '.[bench]'" in err


def test_python_m_bench_without_its_packages_says_what_to_install_instead_of_a_traceback() -> None:
    # -S: no site-packages, as in an interpreter where nothing was installed
    done = subprocess.run(
        [sys.executable, "-S", "-m", "bench", "--quick"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert "psutil" in done.stderr and "pip install -e '.[bench]'" in done.stderr
