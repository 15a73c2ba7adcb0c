"""The README's examples run as written against the emulator: the `TfsClient` example it opens
with, and the "## Usage" blocks in order."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from tfs_client.cli._demo import PYTHON_SNIPPET
from tfs_emulator.seeding import demo_data
from tfs_emulator.server import EmulatorServer

README = Path(__file__).resolve().parents[2] / "README.md"
EXAMPLE_URL = "https://tfs.example.com/DefaultCollection"


def usage_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Usage\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


def opening_block() -> str:
    text = README.read_text(encoding="utf-8")
    head = text.split("\n## ", 1)[0]
    [block] = re.findall(r"```python\n(.*?)```", head, flags=re.DOTALL)
    return block


def test_the_opening_example_covers_get_list_filters_transfers_coverage_and_async() -> None:
    code = opening_block()
    assert len(code.strip().splitlines()) <= 25
    for name in [
        "TfsClient(", ".builds.get(", ".builds.list(", "status_filter=", "max_items=",
        ".attachments.upload(", ".attachments.download(", "CodeCoverageFlags", "AsyncTfsClient(",
        "async for",
    ]:  # fmt: skip
        assert name in code, name


def test_the_opening_example_runs_against_the_emulator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "screenshot.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with EmulatorServer(seed="demo") as server:
        code = opening_block().replace(EXAMPLE_URL, server.base_url)
        exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
        assert server.state.internal_errors == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == [
        "20150716.2 completed succeeded",  # get
        "391 2015-07-16 19:54:41.784297+00:00",  # the completed builds tagged tag1
        "['fabrikamunittests.dll']",  # the coverage modules
    ]
    failed = [
        f"{b['id']} {b['doc']['buildNumber']}"
        for b in demo_data()["builds"]
        if b["project"] == "Fabrikam-Fiber-Git" and b["doc"].get("result") == "failed"
    ]
    assert failed and sorted(out[3:]) == sorted(failed)  # the async loop
    assert (tmp_path / "copy.png").read_bytes() == (tmp_path / "screenshot.png").read_bytes()


def test_the_usage_section_has_an_example_for_every_capability() -> None:
    code = "\n".join(usage_blocks())
    for name in [
        "connect(", "call(", "raise_for_status(", "RetryPolicy(", "paginate(", ".pages()",
        "upload_attachment(", "download_attachment(", "iter_attachment_bytes(", "CodeCoverageFlags",
        "progress=", "acall(", "apaginate(", "aupload_attachment(", "adownload_attachment(",
    ]:  # fmt: skip
        assert name in code, name


def test_the_usage_examples_run_against_the_emulator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TFS_TOKEN", raising=False)
    (tmp_path / "screenshot.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    (tmp_path / "results.trx").write_text("<TestRun/>")
    namespace: dict[str, object] = {"__name__": "readme"}
    with EmulatorServer(seed="demo") as server:
        for block in usage_blocks():
            exec(
                compile(block.replace(EXAMPLE_URL, server.base_url), "README.md", "exec"), namespace
            )
        assert server.state.internal_errors == 0
    out = capsys.readouterr().out
    assert "404 get_build" in out
    assert (tmp_path / "copy.png").read_bytes() == (tmp_path / "screenshot.png").read_bytes()
    assert (tmp_path / "downloads" / "screenshot.png").read_bytes() == (
        tmp_path / "copy.png"
    ).read_bytes()
    assert namespace["size"] == (tmp_path / "screenshot.png").stat().st_size


def test_every_readme_python_block_and_the_demo_snippet_pass_mypy_strict(tmp_path: Path) -> None:
    usage = usage_blocks()
    others = [block for block in python_blocks() if block not in usage]
    assert len(usage) >= 7 and len(others) >= 2  # the opening example and the emulator seeding
    files = {"readme_usage.py": "".join(usage), "demo_snippet.py": PYTHON_SNIPPET}
    files |= {f"readme_block_{number}.py": block for number, block in enumerate(others)}
    for name, code in files.items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-color-output", "--show-error-codes",
         "--cache-dir", str(README.parent / ".mypy_cache"), *sorted(files)],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0 and "Success: no issues found in" in result.stdout, (
        result.stdout + result.stderr
    )


def test_the_readme_says_what_each_make_target_installs() -> None:
    """``make demo`` installs the runtime extras only, ``make venv``/``make test`` the dev tools:
    the README says which, and the pytest plugin's paragraph says it needs pytest."""
    makefile = (README.parent / "Makefile").read_text(encoding="utf-8")
    assert "pip install -q -e '.[dev]'" in makefile
    assert "pip install -q -e '.[emulator,cli]'" in makefile  # the demo: no pytest, no mypy
    dev = tomllib.loads((README.parent / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]["dev"]
    raw = README.read_text(encoding="utf-8")
    test_row = raw.split("| `make test` |", 1)[1].split("\n", 1)[0]
    text = " ".join(raw.split())
    assert "installs the package with the development tools (`pip install -e '.[dev]'`" in text
    for tool in ("pytest", "mypy", "ruff", "hypothesis", "schemathesis"):
        assert any(requirement.startswith(f"{tool}==") for requirement in dev), tool
        assert tool in test_row, tool
    assert "`make demo` installs no development tools (no pytest, no mypy)" in text
    assert "With the package and pytest installed" in text
