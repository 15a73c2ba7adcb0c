"""The bench run: arguments, seeding the emulator, the figure groups, the table and results."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from . import attachments, calls, decoding, emulator_load, firstcall, paging, results, startup
from .context import TOKEN, Context
from .official import use_cache_dir
from .seed import seed
from .server import emulator
from .sizes import FULL, MIB, QUICK, Sizes
from .table import Row, failed, render_text

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


def _positive(kind: Callable[[str], float]) -> Callable[[str], Any]:
    """An argparse type accepting only numbers above zero."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be above zero: {text!r}")
        return value

    return parse


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
    parser.add_argument(
        "--rounds", type=_positive(int), help="interleaved rounds of the quick figures"
    )
    parser.add_argument(
        "--builds", type=_positive(int), help="builds to page through (default 100,000)"
    )
    parser.add_argument(
        "--attachment-mib", type=_positive(float), help="attachment size in MiB (1024)"
    )
    parser.add_argument(
        "--write-results",
        nargs="?",
        const=results.RESULTS,
        type=Path,
        metavar="PATH",
        help="also write the table with the machine, date and commit (default "
        f"{results.RESULTS.name}); a full run only: every group, default sizes",
    )
    parser.add_argument(
        "--json", type=Path, metavar="PATH", help="also write the rows as JSON (for tooling)"
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.only) - set(FIGURES))
    if unknown:
        parser.error(f"unknown figure group(s): {', '.join(unknown)}")
    if args.write_results is not None:
        partial = _partial(args)
        if partial:
            parser.error(
                f"--write-results records full runs only (every group, default sizes), "
                f"not one with {', '.join(partial)}: the results file keeps its table"
            )
    return args


def _partial(args: argparse.Namespace) -> list[str]:
    """The options that make a run smaller than the full one, as typed."""
    partial = ["--quick"] if args.quick else []
    if set(FIGURES) - set(args.only):
        partial.append("--only " + ",".join(args.only))
    if not args.quick and sizes_from(args) != FULL:
        partial += [
            f"--{name.replace('_', '-')} {value:g}"
            for name, value in vars(args).items()
            if name in ("rounds", "builds", "attachment_mib") and value is not None
        ]
    return partial


def sizes_from(args: argparse.Namespace) -> Sizes:
    """The preset chosen by ``--quick``, with the size flags applied."""
    sizes = QUICK if args.quick else FULL
    if args.rounds is not None:
        sizes = attrs.evolve(sizes, rounds=args.rounds, paging_rounds=args.rounds)
    if args.builds is not None:
        small = max(1, min(sizes.memory_small_builds, args.builds // 10))
        sizes = attrs.evolve(sizes, builds=args.builds, memory_small_builds=small)
    if args.attachment_mib is not None:
        sizes = attrs.evolve(sizes, attachment_bytes=max(1, int(args.attachment_mib * MIB)))
    return sizes


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_figures(ctx: Context, names: Sequence[str], elapsed: dict[str, float]) -> list[Row]:
    """Run the figure groups in order; a group that raises leaves one FAILED row and the next runs.

    Each group's wall-clock seconds go into ``elapsed``.
    """
    rows: list[Row] = []
    for name in (name for name in FIGURES if name in names):
        started = time.perf_counter()
        _log(f"running {name} ...")
        try:
            rows.extend(FIGURES[name](ctx))
        except Exception as error:
            _log(f"{name} failed:\n{traceback.format_exc()}")
            rows.append(failed(name, f"{name}: the whole figure group", error))
        elapsed[name] = time.perf_counter() - started
        _log(f"{name} done in {elapsed[name]:.1f} s")
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Run the selected figures and print the table, then the time each part took.

    Exit status 1 when any row FAILED (after printing everything); missed targets are
    figures, not failures, and leave it at 0.
    """
    args = parse_args(argv)
    sizes = sizes_from(args)
    started = time.perf_counter()
    elapsed: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        use_cache_dir(Path(scratch) / "azure-devops-cache")
        with emulator(token=TOKEN) as base_url:
            _log(f"emulator at {base_url}; seeding {sizes.seeded_builds:,} builds ...")
            try:
                ctx = seed(base_url, TOKEN, sizes)
            except Exception as error:
                _log(f"seeding failed:\n{traceback.format_exc()}")
                rows = [failed("-", "seeding the emulator", error)]
            else:
                elapsed["start and seed"] = time.perf_counter() - started
                _log(f"seeded in {elapsed['start and seed']:.1f} s")
                rows = run_figures(ctx, args.only, elapsed)
    elapsed["total"] = time.perf_counter() - started
    _log(f"bench done in {elapsed['total']:.0f} s")
    print(render_text(rows))
    print(f"\n{results.timing(elapsed)}")
    if args.json is not None:
        args.json.write_text(json.dumps([row.as_json() for row in rows], indent=2) + "\n")
    if args.write_results is not None:
        command = "python -m bench " + " ".join(sys.argv[1:] if argv is None else argv)
        results.write(args.write_results, rows, sizes, command.strip(), elapsed)
        _log(f"wrote {args.write_results}")
    failures = [row for row in rows if row.failed]
    if failures:
        _log(f"{len(failures)} row(s) FAILED: {', '.join(row.measurement for row in failures)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
