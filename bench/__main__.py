"""``python -m bench``: start the emulator, seed it, run the figures, print one table."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

from . import attachments, calls, decoding, emulator_load, firstcall, paging, results, startup
from .context import TOKEN, Context
from .official import use_cache_dir
from .seed import seed
from .server import emulator
from .sizes import FULL, MIB, QUICK, Sizes
from .table import Row, render_text

FIGURES: dict[str, Callable[[Context], list[Row]]] = {
    "calls": calls.run,
    "paging": paging.run,
    "attachments": attachments.run,
    "decoding": decoding.run,
    "startup": startup.run,
    "firstcall": firstcall.run,
    "emulator": emulator_load.run,
}
"""Figure groups in the order they run (``--only`` picks some)."""

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes: checks that everything runs"
    )
    parser.add_argument(
        "--only",
        type=lambda text: [name.strip() for name in text.split(",") if name.strip()],
        default=list(FIGURES),
        help=f"comma-separated figure groups among {', '.join(FIGURES)}",
    )
    parser.add_argument("--rounds", type=int, help="interleaved rounds of the quick figures")
    parser.add_argument("--builds", type=int, help="builds to page through (default 100,000)")
    parser.add_argument("--attachment-mib", type=float, help="attachment size in MiB (1024)")
    parser.add_argument(
        "--write-results",
        nargs="?",
        const=RESULTS,
        type=Path,
        metavar="PATH",
        help=f"also write the table with the machine and date (default {RESULTS.name})",
    )
    parser.add_argument(
        "--json", type=Path, metavar="PATH", help="also write the rows as JSON (for tooling)"
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.only) - set(FIGURES))
    if unknown:
        parser.error(f"unknown figure group(s): {', '.join(unknown)}")
    return args


def sizes_from(args: argparse.Namespace) -> Sizes:
    """The preset chosen by ``--quick``, with the size flags applied."""
    sizes = QUICK if args.quick else FULL
    if args.rounds is not None:
        sizes = attrs.evolve(sizes, rounds=max(1, args.rounds))
    if args.builds is not None:
        small = max(1, min(sizes.memory_builds[0], args.builds // 10))
        sizes = attrs.evolve(sizes, builds=args.builds, memory_builds=(small, args.builds))
    if args.attachment_mib is not None:
        sizes = attrs.evolve(sizes, attachment_bytes=max(1, int(args.attachment_mib * MIB)))
    return sizes


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the selected figures and print the table (exit status 0 even if targets are missed)."""
    args = parse_args(argv)
    sizes = sizes_from(args)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        use_cache_dir(Path(scratch) / "azure-devops-cache")
        with emulator(token=TOKEN) as base_url:
            started = time.perf_counter()
            _log(f"emulator at {base_url}; seeding {sizes.builds:,} builds ...")
            ctx = seed(base_url, TOKEN, sizes)
            _log(f"seeded in {time.perf_counter() - started:.1f} s")
            for name in (name for name in FIGURES if name in args.only):
                started = time.perf_counter()
                _log(f"running {name} ...")
                rows.extend(FIGURES[name](ctx))
                _log(f"{name} done in {time.perf_counter() - started:.1f} s")
    print(render_text(rows))
    if args.json is not None:
        args.json.write_text(json.dumps([row.as_json() for row in rows], indent=2) + "\n")
    if args.write_results is not None:
        command = "python -m bench " + " ".join(sys.argv[1:] if argv is None else argv)
        results.write(args.write_results, rows, sizes, command.strip())
        _log(f"wrote {args.write_results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
