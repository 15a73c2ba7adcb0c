"""Figure 6, first calls: a fresh process's first get-build, with and without its imports.

The official client asks the server where each resource lives (``OPTIONS {base}/_apis`` and
``GET {base}/_apis/ResourceAreas``) before its first call and caches the answers on disk in
``AZURE_DEVOPS_CACHE_DIR``. Cold: an empty cache folder each time; warm: a folder a previous
process filled. tfs-client needs no discovery.

Two views: the first call alone (imports done before the clock starts, in ``bench.probe``),
and what a script pays from its first line (import, connect, one ``get_build``), timed inside
a bare ``python -c`` whose only earlier imports are ``sys`` and ``time``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from .context import Context, official_installed
from .official import CACHE_ENV
from .probe import REPO, child_environment, run_probe
from .stats import Summary, interleave, ratio
from .table import Row, Target, measured

FIRST_CALL_TARGET = Target(">=", 1.2)
"""Issue 16: a script's first call (imports included) faster than the official client's."""

_CLOCKED = """\
import sys, time
sys.modules["click"] = None  # a runtime-only install: httpx skips its CLI (see bench.startup)
_start = time.perf_counter()
{body}
print(time.perf_counter() - _start)
"""

SCRIPTS = {
    "tfs": """\
from tfs_client import TfsClient
with TfsClient(URL, token=TOKEN) as tfs:
    tfs.builds.get(PROJECT, BUILD)
""",
    "official": """\
from azure.devops.connection import Connection
from msrest.authentication import BasicAuthentication
connection = Connection(base_url=URL, creds=BasicAuthentication("", TOKEN))
connection.clients_v7_1.get_build_client().get_build(PROJECT, BUILD)
""",
}
"""What a user's script runs for its first call; the upper-case names are set before."""


def script_seconds(client: str, ctx: Context, env: dict[str, str] | None = None) -> float:
    """Seconds from a fresh script's first line to its first build (imports included)."""
    values = {
        "URL": ctx.base_url,
        "TOKEN": ctx.token,
        "PROJECT": ctx.project,
        "BUILD": ctx.build_id,
    }
    prelude = "".join(f"{name} = {json.dumps(value)}\n" for name, value in values.items())
    code = _CLOCKED.format(body=prelude + SCRIPTS[client])
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=child_environment(env),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"first-call script of {client} failed:\n{done.stderr[-3000:]}")
    return float(done.stdout.strip().splitlines()[-1])


def run(ctx: Context) -> list[Row]:
    """Interleave fresh-process first calls of tfs-client and the official client."""
    if not official_installed():
        return [Row("6", "first get build: official", None, detail="azure-devops not installed")]
    with tempfile.TemporaryDirectory(prefix="bench-devops-cache-") as folder:
        warm_cache = Path(folder) / "warm"
        cold_count = 0

        def cold_cache() -> dict[str, str]:
            nonlocal cold_count
            cold_count += 1
            return {CACHE_ENV: str(Path(folder) / f"cold-{cold_count}")}

        def warm() -> dict[str, str]:
            return {CACHE_ENV: str(warm_cache)}

        def first_call(
            client: str, cache: Callable[[], dict[str, str]] | None
        ) -> Callable[[], float]:
            request = {"scenario": "first-call", "client": client, "ctx": ctx.as_json()}
            return lambda: run_probe(request, env=cache() if cache else None).seconds

        def from_first_line(
            client: str, cache: Callable[[], dict[str, str]] | None
        ) -> Callable[[], float]:
            return lambda: script_seconds(client, ctx, cache() if cache else None)

        from_first_line("official", warm)()  # fills the warm cache, compiles bytecode
        from_first_line("tfs", None)()
        samples = interleave(
            {
                "tfs": first_call("tfs", None),
                "cold": first_call("official", cold_cache),
                "warm": first_call("official", warm),
                "script-tfs": from_first_line("tfs", None),
                "script-warm": from_first_line("official", warm),
            },
            ctx.sizes.startup_rounds,
        )

    def ms(name: str) -> float:
        return Summary.of(samples[name]).median * 1e3

    def versus(official: str, tfs: str) -> tuple[Summary, str]:
        return ratio(samples[official], samples[tfs]), f"{ms(official):.1f} ms vs {ms(tfs):.1f} ms"

    return [
        measured(
            "6",
            "first get build, fresh script (import, connect, get), runtime-only install, "
            "warm discovery cache: official ÷ tfs-client",
            lambda: versus("script-warm", "script-tfs"),
            target=FIRST_CALL_TARGET,
        ),
        measured(
            "6",
            "first get build after imports, fresh process, cold discovery cache: "
            "official ÷ tfs-client",
            lambda: versus("cold", "tfs"),
        ),
        measured(
            "6",
            "first get build after imports, fresh process, warm discovery cache: "
            "official ÷ tfs-client",
            lambda: versus("warm", "tfs"),
        ),
    ]
