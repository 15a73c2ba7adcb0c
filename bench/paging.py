"""Figure 2 (and 6 for paging): iterating builds through continuation-token pages."""

from __future__ import annotations

import time
from collections.abc import Callable

from tfs_client import connect

from .context import API_VERSION, MIB_FLOOR, Context, official_installed, raw_client
from .official import Official
from .probe import Outcome, run_probe
from .scenarios import raw_paging, raw_prefetch_paging, tfs_paging
from .stats import Summary, interleave, ratio
from .table import Row, Target, counted, measured


def _timed(work: Callable[[], int], expected: int) -> float:
    start = time.perf_counter()
    seen = work()
    seconds = time.perf_counter() - start
    if seen != expected:
        raise RuntimeError(f"paging saw {seen} builds, expected {expected}")
    return seconds


def run(ctx: Context) -> list[Row]:
    """Time full iterations (interleaved), then the memory of each in child processes."""
    sizes = ctx.sizes
    total, page = sizes.builds, sizes.page_size
    raw = raw_client(ctx.token)
    client = connect(ctx.base_url, token=ctx.token)
    url = ctx.builds_url()
    raw_paging(raw, url, page, page)
    tfs_paging(client, ctx.project, page, page)
    raw_prefetch_paging(raw, url, page, page)
    samples = interleave(
        {
            "raw": lambda: _timed(lambda: raw_paging(raw, url, total, page), total),
            "prefetch": lambda: _timed(lambda: raw_prefetch_paging(raw, url, total, page), total),
            "tfs": lambda: _timed(lambda: tfs_paging(client, ctx.project, total, page), total),
        },
        sizes.paging_rounds,
    )
    raw.close()

    def versus(baseline: str) -> tuple[Summary, str]:
        tfs, other = Summary.of(samples["tfs"]).median, Summary.of(samples[baseline]).median
        return ratio(samples["tfs"], samples[baseline]), f"{tfs:.2f} s vs {other:.2f} s"

    listing = f"list {counted(total, 'build')}, pages of {page:,}: tfs-client"
    rows = [
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
        *_memory_rows(ctx),
        *_official_rows(ctx, client),
    ]
    client.get_httpx_client().close()
    return rows


def _memory_rows(ctx: Context) -> list[Row]:
    """Peak RSS growth of a child process iterating the smaller and the larger count."""
    small, large = ctx.sizes.memory_small_builds, ctx.sizes.builds
    outcomes: dict[str, list[Outcome]] = {}

    def probe(client: str, count: int) -> Callable[[], float]:
        def measure() -> float:
            request = {
                "scenario": "paging",
                "client": client,
                "ctx": ctx.as_json(),
                "count": count,
                "page_size": ctx.sizes.page_size,
            }
            outcome = run_probe(request)
            if outcome.bytes != count:
                raise RuntimeError(f"paging probe saw {outcome.bytes} builds, expected {count}")
            outcomes.setdefault(f"{client}-{count}", []).append(outcome)
            return float(outcome.growth)

        return measure

    growth = interleave(
        {
            "tfs-small": probe("tfs", small),
            "tfs-large": probe("tfs", large),
            "raw-large": probe("raw", large),
        },
        ctx.sizes.transfer_rounds,
    )

    def mib(name: str) -> Summary:
        return Summary.of([v / 2**20 for v in growth[name]])

    return [
        measured(
            "2",
            f"paging peak RSS growth, tfs-client, {counted(small, 'build')}",
            lambda: (mib("tfs-small"), ""),
            unit="MiB",
        ),
        measured(
            "2",
            f"paging peak RSS growth, tfs-client, {counted(large, 'build')}",
            lambda: (mib("tfs-large"), f"raw httpx loop: {mib('raw-large').median:.1f} MiB"),
            unit="MiB",
        ),
        measured(
            "2",
            f"paging memory flat: growth at {large:,} ÷ at {counted(small, 'build')}",
            lambda: (
                ratio(_floored(growth["tfs-large"]), _floored(growth["tfs-small"])),
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
    if sizes.builds < 2:
        return [Row("6", label, None, detail="a list of one build has no second page")]
    with raw_client(ctx.token) as raw:
        params: dict[str, str | int] = {"$top": sizes.page_size, "api-version": API_VERSION}
        token_sent = "x-ms-continuationtoken" in raw.get(ctx.builds_url(), params=params).headers
    official = Official(ctx.base_url, ctx.token)
    first = official.get_builds(ctx.project, top=sizes.page_size)
    reachable = min(len(first), sizes.builds)
    if not token_sent or not isinstance(first, list):
        raise RuntimeError("expected a first page with a continuation token and a bare list")
    cannot = Row(
        "6",
        label,
        None,
        detail=(
            f"cannot: BuildClient.get_builds returns a bare {type(first).__name__} and drops "
            f"x-ms-continuationtoken; {reachable:,} of {counted(sizes.builds, 'build')} "
            "reachable"
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
            f"one page of {counted(sizes.page_size, 'build')}: official ÷ tfs-client",
            lambda: (
                ratio(samples["official"], samples["tfs"]),
                f"{millis('official')} vs {millis('tfs')}",
            ),
        ),
    ]
