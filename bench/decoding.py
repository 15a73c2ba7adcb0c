"""Figure 4: decoding a list of builds into models, compared with ``json.loads`` alone."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from tfs_api.models.build_list import BuildList

from .context import API_VERSION, Context, official_installed, raw_client
from .official import Official
from .stats import Summary, interleave, ratio
from .table import Row, measured


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def run(ctx: Context) -> list[Row]:
    """Fetch one list response, then time parsing it in memory (no network involved)."""
    count = ctx.sizes.decode_builds
    with raw_client(ctx.token) as raw:
        params: dict[str, str | int] = {"$top": count, "api-version": API_VERSION}
        response = raw.get(ctx.builds_url(), params=params)
        response.raise_for_status()
    content = response.content
    decoded = BuildList.from_dict(json.loads(content))
    if len(decoded.value) != count:
        raise RuntimeError(f"expected {count} builds in the list, got {decoded.value!r:.80}")
    variants: dict[str, Callable[[], float]] = {
        "loads": lambda: _seconds(lambda: json.loads(content)),
        "models": lambda: _seconds(lambda: BuildList.from_dict(json.loads(content))),
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
            f"decode {count:,} builds ({size}): json.loads + from_dict ÷ json.loads",
            lambda: (
                ratio(samples["models"], samples["loads"]),
                f"{millis('models')} vs {millis('loads')}",
            ),
        )
    ]
    if official_installed():
        rows.append(
            measured(
                "4",
                f"decode {count:,} builds: official (msrest) ÷ tfs-client",
                lambda: (
                    ratio(samples["official"], samples["models"]),
                    f"{millis('official')} vs {millis('models')}",
                ),
            )
        )
    return rows
