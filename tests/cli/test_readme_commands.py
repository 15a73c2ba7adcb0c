"""The README's "Command line" examples run as written against ``tfs emulator --seed demo`` and
each ``tfs`` line prints something (the block makes the files it uploads itself)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

from ._support import Emulator

README = Path(__file__).resolve().parents[2] / "README.md"


def command_lines() -> list[str]:
    """The lines of the section's ``sh`` block."""
    section = README.read_text(encoding="utf-8").split("\n## Command line\n", 1)[1]
    [block] = re.findall(r"```sh\n(.*?)```", section.split("\n## ", 1)[0], flags=re.DOTALL)
    return [line for line in block.splitlines() if line.strip()]


def test_the_install_line_says_how_from_an_index_and_from_a_clone() -> None:
    section = README.read_text(encoding="utf-8").split("\n## Command line\n", 1)[1]
    intro = section.split("```", 1)[0]
    assert "pip install 'tfs-client[cli]'" in intro
    assert "pip install -e '.[cli]'" in intro


def test_every_command_line_example_prints_output_against_the_demo_seed(
    emulator: Emulator, tmp_path: Path
) -> None:
    lines = command_lines()
    assert lines[0].startswith("tfs emulator --seed demo --port 8080 &")
    assert lines[1].startswith("export TFS_URL=http://127.0.0.1:8080/DefaultCollection")
    assert lines[2].startswith("export TFS_TOKEN=")
    examples = lines[3:]
    assert len([line for line in examples if line.startswith("tfs ")]) >= 10
    # the block makes the files it uploads itself: nothing is prepared here
    [makes_files] = [line for line in examples if not line.startswith("tfs ")]
    assert "report.trx" in makes_files and "screenshot.png" in makes_files
    assert list(tmp_path.iterdir()) == []
    tfs = f'tfs() {{ {shlex.quote(sys.executable)} -m tfs_client.cli "$@"; }}'
    for line in examples:
        result = subprocess.run(
            ["bash", "-c", f"{tfs}\n{line}"],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=emulator.environment(),
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, (line, result.stderr)
        assert result.stdout.strip() or line == makes_files, (line, result.stderr)
    assert sorted(path.name for path in (tmp_path / "downloads").iterdir())
