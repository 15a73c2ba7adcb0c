"""One scenario in a fresh child process: its time and the peak RSS growth it caused.

The parent runs ``python -m bench.probe '<json request>'``; the child prints one JSON line
``{"seconds": ..., "growth": ..., "bytes": ...}``. A fresh process per scenario keeps the
memory figures honest (nothing left over from another scenario) and gives the official
client an empty in-memory discovery cache.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from .memory import PeakRss

REPO = Path(__file__).resolve().parents[1]


@attrs.frozen
class Outcome:
    """What a probe measured."""

    seconds: float
    growth: int = 0
    """Peak RSS growth in bytes while the scenario ran."""
    bytes: int = 0
    """Payload bytes moved (uploads and downloads) or items seen (paging)."""


def child_environment(env: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment plus ``env``, with the repository importable."""
    child_env = {**os.environ, **(env or {})}
    child_env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPO), child_env.get("PYTHONPATH")])
    )
    return child_env


def run_probe(request: dict[str, Any], *, env: dict[str, str] | None = None) -> Outcome:
    """Run one scenario in a child process and return what it measured.

    A child that fails raises ``RuntimeError`` ending with the last line of its error output
    (the exception), which is what a FAILED row shows.
    """
    command = [sys.executable, "-m", "bench.probe", json.dumps(request)]
    done = subprocess.run(
        command, cwd=REPO, env=child_environment(env), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"probe {request['scenario']}/{request['client']} failed "
            f"(exit {done.returncode}):\n{done.stderr[-3000:]}"
        )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return Outcome(float(result["seconds"]), int(result["growth"]), int(result["bytes"]))


def measure(setup: Callable[[], Callable[[], int]]) -> Outcome:
    """Run ``setup`` (imports, connection, warm-up), then time the work it returns."""
    work = setup()
    with PeakRss() as peak:
        start = time.perf_counter()
        moved = work()
        seconds = time.perf_counter() - start
    return Outcome(seconds, peak.growth, moved)


def main(argv: list[str]) -> int:
    """Entry point of the child process."""
    from . import scenarios

    request: dict[str, Any] = json.loads(argv[0])
    outcome = measure(lambda: scenarios.setup(request))
    print(json.dumps(attrs.asdict(outcome)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
