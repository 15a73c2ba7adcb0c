"""`make demo` (`python -m tfs_emulator.demo`) runs its whole flow and stops the emulator."""

from __future__ import annotations

import subprocess
import sys


def test_demo_runs_every_step_against_a_real_emulator_process_and_stops_it() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tfs_emulator.demo"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "queued build 393" in out and "status notStarted" in out
    assert "tagged it: ['demo']" in out
    assert out.count("builds page:") >= 3 and out.rstrip().endswith("emulator stopped")
    assert "uploaded and downloaded 1 MiB, identical: True" in out
    assert "coverage of build 363 with flags=3: modules ['fabrikamunittests.dll']" in out
    assert "'Demo browser': inactive, revision 2" in out
    assert "completed, revision 2" in out
    assert "demo-token" not in out
