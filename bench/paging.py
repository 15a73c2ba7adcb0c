"""Figure 2 (and 6 for paging): iterating builds through continuation-token pages."""

from __future__ import annotations

import time
from collections.abc import Callable

from tfs_client import connect

from .context import API_VERSION, MIB_FLOOR, Context, official_installed, raw_client
from .official import Official
from .probe import Outcome, run_probe
from .stats import Summary, interleave, ratio
from .table import Row, Target, measured

MIB = 2**20


def run(ctx: Context) -> list[Row]:
    """Full listings in child processes (time and memory of each), then the official rows."""
    client = connect(ctx.base_url, token=ctx.token)
    try:
        return _listing_rows(ctx) + _official_rows(ctx, client)
    finally:
        client.get_httpx_client().close()


def _listing_rows(ctx: Context) -> list[Row]:
    """Interleaved rounds; each listing runs in a fresh child process that reports its time
    and its peak RSS growth, so one listing serves both the speed and the memory figures."""
    sizes = ctx.sizes
    total, page, small = sizes.builds, sizes.page_size, sizes.memory_small_builds
    growth: dict[str, list[float]] = {}

    def probe(client: str, count: int, name: str) -> Callable[[], float]:
        def measure() -> float:
            request = {
                "scenario": "paging",
                "client": client,
                "ctx": ctx.as_json(),
                "count": count,
                "page_size": page,
            }
            outcome: Outcome = run_probe(request)
            if outcome.bytes != count:
                raise RuntimeError(f"paging via {client} saw {outcome.bytes} builds, not {count}")
            growth.setdefault(name, []).append(float(outcome.growth))
            return outcome.seconds

        return measure

    seconds = interleave(
        {
            "raw": probe("raw", total, "raw"),
            "prefetch": probe("prefetch", total, "prefetch"),
            "tfs": probe("tfs", total, "tfs"),
            "tfs-small": probe("tfs", small, "tfs-small"),
        },
        sizes.paging_rounds,
    )

    def versus(baseline: str) -> tuple[Summary, str]:
        tfs, other = Summary.of(seconds["tfs"]).median, Summary.of(seconds[baseline]).median
        return ratio(seconds["tfs"], seconds[baseline]), f"{tfs:.2f} s vs {other:.2f} s"

    def mib(name: str) -> Summary:
        seconds.require(name)
        return Summary.of([value / MIB for value in growth[name]])

    def floored(name: str) -> list[float]:
        seconds.require(name)
        return [max(value, MIB_FLOOR) for value in growth[name]]

    listing = f"list {total:,} builds, pages of {page:,}: tfs-client"
    return [
        measured(
            "2",
            f"{listing} ÷ raw httpx loop (json.loads)",
            lambda: versus("raw"),
            target=Target("<=", 1.3),
        ),
        measured(
            "2",
            f"{listing} ÷ raw httpx, same one-page prefetch + from_dict",
            lambda: versus("prefetch"),
        ),
        measured(
            "2",
            f"paging peak RSS growth, tfs-client, {small:,} builds",
            lambda: (mib("tfs-small"), ""),
            unit="MiB",
        ),
        measured(
            "2",
            f"paging peak RSS growth, tfs-client, {total:,} builds",
            lambda: (
                mib("tfs"),
                f"raw httpx loop: {mib('raw').median:.1f} MiB; "
                f"with prefetch + from_dict: {mib('prefetch').median:.1f} MiB",
            ),
            unit="MiB",
        ),
        measured(
            "2",
            f"paging memory flat: growth at {total:,} ÷ at {small:,} builds",
            lambda: (
                ratio(floored("tfs"), floored("tfs-small")),
                "1.0 = flat (growths under 1 MiB count as 1 MiB)",
            ),
            target=Target("<=", 1.5),
        ),
    ]


def _floored(growths: list[float]) -> list[float]:
    return [max(growth, MIB_FLOOR) for growth in growths]


def _official_rows(ctx: Context, client: object) -> list[Row]:
    """The official client cannot page; show it, and what one page costs it."""
    from tfs_api.api.builds import list_builds
    from tfs_client import send

    label = "list builds: official follows continuation tokens"
    if not official_installed():
        return [Row("6", label, None, detail="azure-devops not installed (bench extra)")]
    sizes = ctx.sizes
    with raw_client(ctx.token) as raw:
        params: dict[str, str | int] = {"$top": sizes.page_size, "api-version": API_VERSION}
        token_sent = "x-ms-continuationtoken" in raw.get(ctx.builds_url(), params=params).headers
    official = Official(ctx.base_url, ctx.token)
    first = official.get_builds(ctx.project, top=sizes.page_size)
    reachable = len(first)
    if not token_sent or not isinstance(first, list):
        raise RuntimeError("expected a first page with a continuation token and a bare list")
    cannot = Row(
        "6",
        label,
        None,
        detail=(
            f"cannot: BuildClient.get_builds returns a bare {type(first).__name__} and drops "
            f"x-ms-continuationtoken; {reachable:,} of {sizes.builds:,} builds reachable"
        ),
    )

    def official_page() -> float:
        start = time.perf_counter()
        official.get_builds(ctx.project, top=sizes.page_size)
        return time.perf_counter() - start

    def tfs_page() -> float:
        start = time.perf_counter()
        send(list_builds.sync_detailed, ctx.project, client=client, top=sizes.page_size)
        return time.perf_counter() - start

    samples = interleave({"official": official_page, "tfs": tfs_page}, sizes.rounds)

    def millis(name: str) -> str:
        return f"{Summary.of(samples[name]).median * 1e3:.0f} ms"

    return [
        cannot,
        measured(
            "6",
            f"one page of {sizes.page_size:,} builds: official ÷ tfs-client",
            lambda: (
                ratio(samples["official"], samples["tfs"]),
                f"{millis('official')} vs {millis('tfs')}",
            ),
        ),
    ]
