"""Figure 4: decoding a list of builds into models, compared with ``json.loads`` alone.

The client's decode is what a call does with a read reply: the list operation's descriptor
``parse`` (``json.loads``, then the checked ``from_dict`` of every build), which pauses the
cyclic garbage collector while it decodes. The ``json.loads`` baseline runs with the collector
paused too: with it running, ``json.loads`` of the same document took 189 ms in one run and
370 ms in the next (the collector's passes cost what the process happens to hold), and the
ratio would credit the client with the collector's cost instead of measuring its decoding.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable

import httpx
from tfs_api.api.builds import list_builds

from .context import API_VERSION, Context, official_installed, raw_client
from .official import Official
from .stats import Summary, interleave, ratio
from .table import Row, Target, measured

DECODE_TARGET = Target("<=", 4)
"""Issue 16: decoding with type checks within 4x ``json.loads``."""


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _collector_paused(work: Callable[[], object]) -> Callable[[], object]:
    def paused() -> object:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return work()
        finally:
            if enabled:
                gc.enable()

    return paused


def list_document(ctx: Context, count: int) -> bytes:
    """A ``{"count", "value"}`` list of ``count`` builds as the server sends them.

    The server caps a page (1,000 builds in the emulator, as on TFS), so the builds are
    collected page by page along the continuation token and written as one document.
    """
    builds: list[object] = []
    token: str | None = None
    with raw_client(ctx.token) as raw:
        while len(builds) < count:
            params: dict[str, str | int] = {"$top": count - len(builds), "api-version": API_VERSION}
            if token is not None:
                params["continuationToken"] = token
            response = raw.get(ctx.builds_url(), params=params)
            response.raise_for_status()
            builds += json.loads(response.content)["value"]
            token = response.headers.get("x-ms-continuationtoken")
            if token is None:
                break
    return json.dumps({"count": len(builds), "value": builds[:count]}).encode()


def run(ctx: Context) -> list[Row]:
    """Collect a list of builds, then time parsing it in memory (no network involved)."""
    count = ctx.sizes.decode_builds
    content = list_document(ctx, count)
    reply = httpx.Response(200, headers={"content-type": "application/json"}, content=content)
    decoded = list_builds.OPERATION.parse(reply)
    if len(decoded.value) != count:
        raise RuntimeError(f"expected {count} builds in the list, got {decoded.value!r:.80}")
    variants: dict[str, Callable[[], float]] = {
        "loads": lambda: _seconds(_collector_paused(lambda: json.loads(content))),
        "models": lambda: _seconds(lambda: list_builds.OPERATION.parse(reply)),
    }
    if official_installed():
        deserialize = Official(ctx.base_url, ctx.token).build._deserialize
        variants["official"] = lambda: _seconds(
            lambda: deserialize("[Build]", json.loads(content)["value"])
        )
    samples = interleave(variants, ctx.sizes.rounds)

    def millis(name: str) -> str:
        return f"{Summary.of(samples[name]).median * 1e3:.0f} ms"

    size = f"{len(content) / 2**20:.1f} MiB"
    rows = [
        measured(
            "4",
            f"decode {count:,} builds ({size}): list_builds parse (json.loads + checked "
            "from_dict) ÷ json.loads, both with the collector paused",
            lambda: (
                ratio(samples["models"], samples["loads"]),
                f"{millis('models')} vs {millis('loads')}",
            ),
            target=DECODE_TARGET,
        )
    ]
    if official_installed():
        rows.append(
            measured(
                "4",
                f"decode {count:,} builds: official (msrest, collector running) ÷ tfs-client (parse "
                "pauses it)",
                lambda: (
                    ratio(samples["official"], samples["models"]),
                    f"{millis('official')} vs {millis('models')}",
                ),
            )
        )
    return rows
