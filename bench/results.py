"""``bench/RESULTS.md``: the table with the machine and date, regenerated in place.

Only the part between the markers is rewritten, so notes written by hand around it survive.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from pathlib import Path

from .machine import describe
from .sizes import Sizes
from .table import Row, render_markdown

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


def timing(elapsed: Mapping[str, float]) -> str:
    """One line: the wall-clock time of each part of the run, e.g. ``calls 37 s``."""
    parts = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in elapsed.items())
    return f"Time taken (wall clock): {parts}."


def section(
    rows: Sequence[Row], sizes: Sizes, command: str, elapsed: Mapping[str, float] | None = None
) -> str:
    """The generated part: date, machine, sizes, the table and the time each part took."""
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = "\n".join(f"- {label}: {value}" for label, value in describe())
    took = f"\n\n{timing(elapsed)}" if elapsed else ""
    return (
        f"Measured {now} with `{command}`: {sizes.rounds} interleaved rounds for calls "
        f"and decoding; {sizes.paging_rounds} for paging; "
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
) -> None:
    """Replace the generated part of ``path`` (created from the template when missing)."""
    text = path.read_text(encoding="utf-8") if path.exists() else TEMPLATE
    if START not in text or END not in text:
        text = TEMPLATE + "\n" + text
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    body = section(rows, sizes, command, elapsed)
    path.write_text(f"{head}{START}\n{body}\n{END}{tail}", encoding="utf-8")
