"""The bench run: arguments, seeding the emulator, the figure groups, the table and results."""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

import attrs

from . import attachments, calls, decoding, emulator_load, firstcall, paging, results, startup
from .context import TOKEN, Context
from .official import use_cache_dir
from .seed import seed
from .server import emulator
from .sizes import FULL, MIB, QUICK, Sizes
from .table import Row, counted, failed, render_text


@attrs.frozen
class Seeded:
    """A figure group run against the seeded bench project."""

    run: Callable[[Context], list[Row]]
    builds: Callable[[Sizes], int]
    """How many builds it reads from the project (the project always has at least one)."""


@attrs.frozen
class Standalone:
    """A figure group needing no seeded emulator (it starts what it measures itself)."""

    run: Callable[[Sizes], list[Row]]


def _one(sizes: Sizes) -> int:
    return 1


FIGURES: dict[str, Seeded | Standalone] = {
    "calls": Seeded(calls.run, _one),
    "paging": Seeded(paging.run, lambda sizes: max(sizes.builds, sizes.memory_small_builds)),
    "attachments": Seeded(attachments.run, _one),
    "decoding": Seeded(decoding.run, lambda sizes: sizes.decode_builds),
    "startup": Standalone(startup.run),
    "firstcall": Seeded(firstcall.run, _one),
    "emulator": Standalone(emulator_load.run),
}
"""Figure groups in the order they run (``--only`` picks some)."""

INTERRUPTED = {signal.SIGINT: 130, signal.SIGTERM: 143}
"""Exit status after an interruption: 128 + the signal's number, as shells report it."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived: unwind (stopping the emulator, removing temporary folders)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


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


DESCRIPTION = (
    "Benchmark tfs-client against raw httpx and the official azure-devops client, side by side, "
    "and print one table of ratios. Without options this is a full run: about 8-12 minutes on 2 "
    "cores, up to ~5.5 GiB of memory and ~9.5 GiB of temporary files (in $TMPDIR, removed at "
    "the end). --quick runs tiny sizes in under a minute: it shows that every figure runs; its "
    "figures are not comparable with a full run's."
)
"""``python -m bench --help``: what a run does and costs."""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=DESCRIPTION)
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
        "--rounds",
        type=_positive(int),
        help=f"interleaved rounds of the per-call and decoding figures (default {FULL.rounds}; "
        f"{QUICK.rounds} with --quick)",
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
    """The preset chosen by ``--quick``, with the size flags applied.

    A small ``--builds`` also shrinks the page, so that listing them still follows at least
    one continuation token (two pages or more), and the smaller listing of the memory figure.
    """
    sizes = QUICK if args.quick else FULL
    if args.rounds is not None:
        sizes = attrs.evolve(sizes, rounds=args.rounds, paging_rounds=args.rounds)
    if args.builds is not None:
        small = max(1, min(sizes.memory_small_builds, args.builds // 10))
        page = max(1, min(sizes.page_size, (args.builds + 1) // 2))
        sizes = attrs.evolve(sizes, builds=args.builds, memory_small_builds=small, page_size=page)
    if args.attachment_mib is not None:
        sizes = attrs.evolve(sizes, attachment_bytes=max(1, int(args.attachment_mib * MIB)))
    return sizes


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def seeded_builds(sizes: Sizes, names: Sequence[str]) -> int:
    """Builds the chosen groups read from the seeded project; 0 when none uses it."""
    groups = [group for name, group in FIGURES.items() if name in names]
    return max((group.builds(sizes) for group in groups if isinstance(group, Seeded)), default=0)


def run_figures(
    ctx: Context | None, sizes: Sizes, names: Sequence[str], elapsed: dict[str, float]
) -> list[Row]:
    """Run the figure groups in order; a group that raises leaves one FAILED row and the next runs.

    The seeded groups are skipped without ``ctx`` (seeding failed). Each group's wall-clock
    seconds go into ``elapsed``.
    """
    rows: list[Row] = []
    for name, group in FIGURES.items():
        if name not in names:
            continue
        if isinstance(group, Standalone):
            work = functools.partial(group.run, sizes)
        elif ctx is not None:
            work = functools.partial(group.run, ctx)
        else:
            continue
        started = time.perf_counter()
        _log(f"running {name} ...")
        try:
            rows.extend(work())
        except Exception as error:
            _log(f"{name} failed:\n{traceback.format_exc()}")
            rows.append(failed(name, f"{name}: the whole figure group", error))
        elapsed[name] = time.perf_counter() - started
        _log(f"{name} done in {elapsed[name]:.1f} s")
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Run the selected figures and print the table, then the time each part took.

    Exit status 1 when any row FAILED (after printing everything); missed targets are
    figures, not failures, and leave it at 0. A usage error is 2; SIGINT (Ctrl-C) and SIGTERM
    stop the run, clean up, and exit 130 and 143.
    """
    args = parse_args(argv)
    sizes = sizes_from(args)
    started = time.perf_counter()
    elapsed: dict[str, float] = {}
    try:
        with (
            _interruptible(),
            tempfile.TemporaryDirectory(prefix="bench-") as scratch,
            _temporary_files_in(scratch),
        ):
            use_cache_dir(Path(scratch) / "azure-devops-cache")
            rows = _run(args.only, sizes, started, elapsed)
    except Interrupted as interruption:
        _log(f"interrupted ({interruption})")
        return INTERRUPTED[signal.Signals(interruption.signum)]
    elapsed["total"] = time.perf_counter() - started
    _log(f"bench done in {elapsed['total']:.0f} s")
    print(render_text(rows))
    print(f"\n{results.timing(elapsed)}")
    if args.quick:
        print("quick run: tiny sizes; it shows every figure runs, not how fast (run it in full)")
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


@contextlib.contextmanager
def _temporary_files_in(folder: str) -> Iterator[None]:
    """Temporary files of this process and its children (the emulators, the generator, the
    probes) go into ``folder``, so that they go with it even when a child is killed."""
    saved_environment, saved_tempdir = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"], tempfile.tempdir = folder, folder
    try:
        yield
    finally:
        tempfile.tempdir = saved_tempdir
        if saved_environment is None:
            del os.environ["TMPDIR"]
        else:
            os.environ["TMPDIR"] = saved_environment


def _run(
    names: Sequence[str], sizes: Sizes, started: float, elapsed: dict[str, float]
) -> list[Row]:
    """Start and seed the emulator if a chosen group needs it, then run the groups."""
    builds = seeded_builds(sizes, names)
    if not builds:
        return run_figures(None, sizes, names, elapsed)
    with emulator(token=TOKEN) as base_url:
        _log(f"emulator at {base_url}; seeding {counted(builds, 'build')} ...")
        try:
            ctx = seed(base_url, TOKEN, sizes, builds)
        except Exception as error:
            _log(f"seeding failed:\n{traceback.format_exc()}")
            return [
                failed("-", "seeding the emulator", error),
                *run_figures(None, sizes, names, elapsed),
            ]
        elapsed["start and seed"] = time.perf_counter() - started
        _log(f"seeded in {elapsed['start and seed']:.1f} s")
        return run_figures(ctx, sizes, names, elapsed)


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """Turn SIGINT (Ctrl-C) and SIGTERM into ``Interrupted`` while the run lasts, so that
    unwinding stops the emulator and removes the temporary folders in both cases."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        for ignored in INTERRUPTED:  # a second Ctrl-C must not cut the cleanup short
            signal.signal(ignored, signal.SIG_IGN)
        raise Interrupted(signum)

    previous = {signum: signal.signal(signum, interrupt) for signum in INTERRUPTED}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
