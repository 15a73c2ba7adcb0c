"""Figure 1 (and 6 for calls): the per-call cost of getting one build, sync and async."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable

from tfs_api.api.builds import get_build
from tfs_api.client import Client
from tfs_client import acall, call, connect

from .context import API_VERSION, Context, official_installed, raw_async_client, raw_client
from .official import Official
from .stats import Measure, Summary, interleave, per_call, ratio
from .table import Row, Target

WARM_UP_CALLS = 5


def _micros(samples: list[float]) -> str:
    return f"{Summary.of(samples).median * 1e6:.0f} µs"


def run(ctx: Context) -> list[Row]:
    """Time sequential calls with raw httpx, tfs-client and the official client, interleaved."""
    url = ctx.build_url()
    params = {"api-version": API_VERSION}
    raw = raw_client(ctx.token)
    client = connect(ctx.base_url, token=ctx.token)

    def raw_call() -> object:
        return json.loads(raw.get(url, params=params).content)

    def tfs_call() -> object:
        return call(get_build.sync_detailed, ctx.project, ctx.build_id, client=client)

    variants: dict[str, Callable[[], object]] = {"raw": raw_call, "tfs": tfs_call}
    if official_installed():
        official = Official(ctx.base_url, ctx.token)
        variants["official"] = lambda: official.get_build(ctx.project, ctx.build_id)
    for work in variants.values():
        for _ in range(WARM_UP_CALLS):
            work()
    measures = {name: _per_call(work, ctx.sizes.calls) for name, work in variants.items()}
    samples = interleave(measures, ctx.sizes.rounds)
    raw.close()
    rows = [
        Row(
            "1",
            "get build, sync: tfs-client ÷ raw httpx get + json.loads",
            ratio(samples["tfs"], samples["raw"]),
            target=Target("<=", 1.10),
            detail=f"{_micros(samples['tfs'])} vs {_micros(samples['raw'])} per call",
        ),
        *_async_rows(ctx, client),
    ]
    if "official" in samples:
        rows.append(
            Row(
                "6",
                "get build, sync: official ÷ tfs-client",
                ratio(samples["official"], samples["tfs"]),
                target=Target(">=", 3),
                detail=f"{_micros(samples['official'])} vs {_micros(samples['tfs'])} per call",
            )
        )
    else:
        rows.append(_official_missing("6", "get build, sync: official ÷ tfs-client"))
    return rows


def _per_call(work: Callable[[], object], calls: int) -> Measure:
    return lambda: per_call(work, calls)


def _official_missing(figure: str, measurement: str) -> Row:
    return Row(figure, measurement, None, detail="azure-devops not installed (bench extra)")


def _async_rows(ctx: Context, client: Client) -> list[Row]:
    """16 concurrent calls at a time: tfs-client's ``acall`` against raw ``httpx.AsyncClient``."""
    url = ctx.build_url()
    params = {"api-version": API_VERSION}
    sizes = ctx.sizes
    with asyncio.Runner() as runner:
        raw = raw_async_client(ctx.token)

        async def raw_call() -> object:
            return json.loads((await raw.get(url, params=params)).content)

        async def tfs_call() -> object:
            return await acall(get_build.asyncio_detailed, ctx.project, ctx.build_id, client=client)

        def measure(work: Callable[[], Awaitable[object]], calls: int) -> float:
            return runner.run(_concurrently(work, calls, sizes.concurrency)) / calls

        for work in (raw_call, tfs_call):
            measure(work, sizes.concurrency)
        samples = interleave(
            {
                "raw": lambda: measure(raw_call, sizes.async_calls),
                "tfs": lambda: measure(tfs_call, sizes.async_calls),
            },
            sizes.rounds,
        )
        runner.run(raw.aclose())
        runner.run(client.get_async_httpx_client().aclose())
    return [
        Row(
            "1",
            f"get build, async x{sizes.concurrency}: tfs-client ÷ raw httpx.AsyncClient",
            ratio(samples["tfs"], samples["raw"]),
            detail=f"{_micros(samples['tfs'])} vs {_micros(samples['raw'])} per call",
        )
    ]


async def _concurrently(work: Callable[[], Awaitable[object]], calls: int, width: int) -> float:
    """Seconds to run ``work`` ``calls`` times with ``width`` calls in flight."""
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await work()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(width)))
    return time.perf_counter() - start
