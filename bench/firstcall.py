"""Figure 6, first calls: a fresh process's first get-build, discovery cache cold and warm.

The official client asks the server where each resource lives (``OPTIONS {base}/_apis`` and
``GET {base}/_apis/ResourceAreas``) before its first call and caches the answers on disk in
``AZURE_DEVOPS_CACHE_DIR``. Cold: an empty cache folder each time; warm: a folder a previous
process filled. tfs-client needs no discovery. Imports are excluded (figure 5 has them).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from .context import Context, official_installed
from .official import CACHE_ENV
from .probe import run_probe
from .stats import Summary, interleave, ratio
from .table import Row


def run(ctx: Context) -> list[Row]:
    """Interleave fresh-process first calls of tfs-client and the official client."""
    if not official_installed():
        return [Row("6", "first get build: official", None, detail="azure-devops not installed")]
    with tempfile.TemporaryDirectory(prefix="bench-devops-cache-") as folder:
        warm_cache = Path(folder) / "warm"

        def first_call(client: str, cache: Callable[[], Path] | None = None) -> Callable[[], float]:
            def measure() -> float:
                env = {CACHE_ENV: str(cache())} if cache is not None else None
                request = {"scenario": "first-call", "client": client, "ctx": ctx.as_json()}
                return run_probe(request, env=env).seconds

            return measure

        cold_count = 0

        def cold_cache() -> Path:
            nonlocal cold_count
            cold_count += 1
            return Path(folder) / f"cold-{cold_count}"

        first_call("official", lambda: warm_cache)()  # fills the warm cache
        samples = interleave(
            {
                "tfs": first_call("tfs"),
                "cold": first_call("official", cold_cache),
                "warm": first_call("official", lambda: warm_cache),
            },
            ctx.sizes.startup_rounds,
        )
    ms = {name: Summary.of(values).median * 1e3 for name, values in samples.items()}
    return [
        Row(
            "6",
            f"first get build, fresh process, {state} discovery cache: official ÷ tfs-client",
            ratio(samples[state], samples["tfs"]),
            detail=f"{ms[state]:.1f} ms vs {ms['tfs']:.1f} ms",
        )
        for state in ("cold", "warm")
    ]
