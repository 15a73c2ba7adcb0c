"""``bench/RESULTS.md``: the table with the machine and date, regenerated in place.

Only the part between the markers is rewritten, so notes written by hand around it survive.
"""

from __future__ import annotations

import datetime
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from .machine import describe
from .sizes import Sizes
from .table import Row, render_markdown

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
START = "<!-- bench:results:start (written by python -m bench --write-results) -->"
END = "<!-- bench:results:end -->"

TEMPLATE = f"""# Benchmark results

Figures of issue 8, produced by `make bench` (`python -m bench --write-results`).

{START}
{END}

## How to read the table

Each ratio is the median of the numerator's measurements divided by the median of the
denominator's; the bracket is the lowest and highest ratio of the same round (paired).
Variants of one figure run interleaved, rotating their order every round, against one
emulator process on loopback. Memory figures are the peak RSS growth of a fresh child
process per run (the kernel's high-water mark on Linux, reset when the measured work starts;
sampled every 5 ms elsewhere).
"""


def _git(repo: Path, *args: str) -> str | None:
    """``git args`` in ``repo``: its output, or ``None`` when git is missing or fails."""
    try:
        done = subprocess.run(
            ["git", *args], cwd=repo, capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def measured_commit(repo: Path = REPO) -> str:
    """The commit the figures measure, e.g. ``5901ba1`` or ``5901ba1 with uncommitted changes``
    (tracked files changed, other than the results file itself); ``unknown`` without git."""
    head = _git(repo, "rev-parse", "--short", "HEAD")
    status = _git(repo, "status", "--porcelain", "--untracked-files=no")
    if head is None or status is None:
        return "unknown"
    results = RESULTS.relative_to(REPO).as_posix()
    changed = [line[3:].split(" -> ")[-1] for line in status.splitlines() if line.strip()]
    dirty = any(path.strip('"') != results for path in changed)
    return head.strip() + (" with uncommitted changes" if dirty else "")


def timing(elapsed: Mapping[str, float]) -> str:
    """One line: the wall-clock time of each part of the run, e.g. ``calls 37 s``."""
    parts = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in elapsed.items())
    return f"Time taken (wall clock): {parts}."


def section(
    rows: Sequence[Row],
    sizes: Sizes,
    command: str,
    elapsed: Mapping[str, float] | None = None,
    commit: str | None = None,
) -> str:
    """The generated part: date, commit, machine, sizes, the table and the time each part took."""
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = "\n".join(f"- {label}: {value}" for label, value in describe())
    took = f"\n\n{timing(elapsed)}" if elapsed else ""
    at = measured_commit() if commit is None else commit
    return (
        f"Measured {now} on commit {at}, with `{command}`: {sizes.rounds} interleaved rounds "
        f"for calls and decoding; {sizes.paging_rounds} for paging; "
        f"{sizes.transfer_rounds} for transfers and paging memory; "
        f"{sizes.startup_rounds} for imports and first calls.\n\n"
        f"Machine (shared with the emulator process):\n\n{machine}\n\n"
        f"{render_markdown(rows)}{took}"
    )


def write(
    path: Path,
    rows: Sequence[Row],
    sizes: Sizes,
    command: str,
    elapsed: Mapping[str, float] | None = None,
    commit: str | None = None,
) -> None:
    """Replace the generated part of ``path`` (created from the template when missing).

    ``commit`` defaults to the repository's (``measured_commit``)."""
    text = path.read_text(encoding="utf-8") if path.exists() else TEMPLATE
    if START not in text or END not in text:
        text = TEMPLATE + "\n" + text
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    body = section(rows, sizes, command, elapsed, commit)
    path.write_text(f"{head}{START}\n{body}\n{END}{tail}", encoding="utf-8")
