"""``make demo`` (``tfs demo``): the command line and the Python client against a seeded
emulator process, every step succeeding, the emulator stopped, the token never shown."""

from __future__ import annotations

import re
from pathlib import Path

from ._support import clean_environment, tfs

ROOT = Path(__file__).resolve().parents[2]


def test_demo_runs_every_command_and_the_python_snippet_then_stops_the_emulator() -> None:
    result = tfs("demo", env=clean_environment(), timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for command in (
        "$ tfs builds list Fabrikam-Fiber-Git --max-items 5",
        "$ tfs attachments upload Fabrikam-Fiber-TFVC 23",
        "$ tfs attachments download Fabrikam-Fiber-TFVC 23 --to",
        "$ tfs coverage build Fabrikam-Fiber-TFVC 363",
    ):
        assert command in out
    assert "| 391 | 20150716.2" in out  # the build table
    digests = re.findall(r"\| (?:20|21) \| \S+ +\| +\d+ \| ([0-9a-f]{64}) \|", out)
    assert len(digests) == 4 and digests[:2] == digests[2:]  # uploaded == downloaded
    assert "| fabrikamunittests.dll | Debug / Any CPU |" in out  # the coverage table
    assert result.stderr.count("tfs: error: get_build: HTTP 404") == 1
    assert "build 391: 20150716.2 completed succeeded" in out  # the Python snippet ran
    assert out.rstrip().endswith("emulator stopped")
    assert "demo-token" not in out + result.stderr


def test_make_demo_installs_only_the_runtime_the_emulator_and_the_command_line() -> None:
    makefile = (ROOT / "Makefile").read_text()
    rule = makefile.split("$(DEMO_STAMP): pyproject.toml", 1)[1].split("\n\n", 1)[0]
    assert "pip install -q -e '.[emulator,cli]'" in rule
    assert "dev" not in rule
    assert "demo: $(DEMO_STAMP)\n\t$(VENV)/bin/tfs demo" in makefile
