"""What a run does beyond its figures: what it seeds, how it labels rows, how it stops."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench import runner
from bench.context import official_installed
from bench.sizes import Sizes
from bench.table import Row

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.usefixtures("in_process")
def test_a_group_that_reads_no_seeded_data_runs_without_starting_the_emulator(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_emulator(**kwargs: Any) -> None:
        raise AssertionError("the emulator was started")

    def standalone(sizes: Sizes) -> list[Row]:
        return [Row("5", "standalone figure", None, detail="ran")]

    monkeypatch.setattr(runner, "emulator", no_emulator)
    monkeypatch.setitem(runner.FIGURES, "startup", runner.Standalone(standalone))
    output = tmp_path / "rows.json"
    assert runner.main(["--quick", "--only", "startup", "--json", str(output)]) == 0
    rows = json.loads(output.read_text(encoding="utf-8"))
    assert [row["detail"] for row in rows] == ["ran"]


@pytest.mark.usefixtures("in_process")
def test_small_sizes_label_the_rows_grammatically_and_truly(tmp_path: Path) -> None:
    output = tmp_path / "rows.json"
    argv = ["--quick", "--only", "paging", "--builds", "3", "--rounds", "1"]
    assert runner.main([*argv, "--json", str(output)]) == 0
    rows = json.loads(output.read_text(encoding="utf-8"))
    labels = [row["measurement"] for row in rows]
    assert "list 3 builds, pages of 2: tfs-client ÷ raw httpx loop (json.loads)" in labels
    assert "paging peak RSS growth, tfs-client, 1 build" in labels
    assert "paging peak RSS growth, tfs-client, 3 builds" in labels
    assert "paging memory flat: growth at 3 ÷ at 1 build" in labels
    assert not any("1 builds" in label for label in labels)
    if official_installed():
        assert "one page of 2 builds: official ÷ tfs-client" in labels
        cannot = next(row for row in rows if "follows continuation tokens" in row["measurement"])
        assert cannot["detail"].endswith("; 2 of 3 builds reachable")


@pytest.mark.parametrize(
    ("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["TERM", "INT"]
)
def test_an_interrupted_run_cleans_up_and_says_so_in_one_line(
    signum: int, status: int, tmp_path: Path
) -> None:
    # The run's temporary folders (its own and the emulator's data dir) land in TMPDIR; the
    # signal arrives while 20,000 builds are being seeded, which takes a second or more.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    command = [sys.executable, "-m", "bench", "--only", "paging", "--builds", "20000"]
    process = subprocess.Popen(
        command,
        cwd=REPO,
        env={**os.environ, "TMPDIR": str(scratch)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    try:
        line = process.stderr.readline()
        assert "seeding 20,000 builds" in line, line
        assert any(scratch.iterdir())
        process.send_signal(signum)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == status, err
    assert err == f"interrupted ({signal.Signals(signum).name})\n"
    assert list(scratch.iterdir()) == []


def test_temporary_files_of_the_run_and_its_children_go_into_its_scratch_folder(
    tmp_path: Path,
) -> None:
    import tempfile

    before = os.environ.get("TMPDIR"), tempfile.tempdir
    with runner._temporary_files_in(str(tmp_path)):
        child = subprocess.run(
            [sys.executable, "-c", "import tempfile; print(tempfile.gettempdir())"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert Path(tempfile.mkdtemp()).parent == tmp_path
    assert Path(child.stdout.strip()) == tmp_path
    assert (os.environ.get("TMPDIR"), tempfile.tempdir) == before


def test_the_help_says_what_a_full_run_costs(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        runner.parse_args(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "full run" in text and "GiB of memory" in text and "not comparable" in text
