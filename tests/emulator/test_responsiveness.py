"""Database work runs off the event loop (issue 13, item 3): while one heavy request runs, the
health check keeps answering. The bound is relative to the heavy request's own duration, so the
test holds on a slow or busy machine: before the fix, a health check waited for the heavy
request to end (latency close to its duration: 1.17 s behind 1.57 s). The worst check must stay
under half of it: a third was seen missed once on the 2-core machine (0.45 s behind 1.28 s, the
median check 0.02 s) when the GIL went to the encoding thread for a while. The heavy request is
large enough to keep the two apart: once the emulator got faster, listing 3,000 builds took
0.69 s and one check's GIL wait (0.36 s, median 0.02 s) came to half of it, so a full page
of 5,000 is listed."""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from tfs_emulator import EmulatorAdmin, EmulatorServer

PROJECT = "Busy"
SEEDED_BUILDS = 5000  # the most one page holds


def _list_every_build(server: EmulatorServer) -> None:
    with httpx.Client(base_url=server.base_url, timeout=120) as client:
        listed = client.get(f"/{PROJECT}/_apis/build/builds", params={"$top": SEEDED_BUILDS})
        assert listed.json()["count"] == SEEDED_BUILDS


def _insert_many_builds(server: EmulatorServer) -> None:
    with EmulatorAdmin(server.root_url) as admin:
        admin._client.timeout = httpx.Timeout(120)
        assert len(admin.create_builds(PROJECT, 1, count=SEEDED_BUILDS)) == SEEDED_BUILDS


@pytest.mark.parametrize(
    "heavy", [_list_every_build, _insert_many_builds], ids=["list", "bulk-insert"]
)
def test_one_heavy_request_does_not_stall_the_health_check(
    heavy: Callable[[EmulatorServer], None],
) -> None:
    with EmulatorServer() as server:
        with EmulatorAdmin(server.root_url) as admin:
            admin._client.timeout = httpx.Timeout(120)
            admin.create_project(PROJECT)
            admin.create_definition(PROJECT, "CI", id=1)
            admin.create_builds(PROJECT, 1, count=SEEDED_BUILDS)
        done = threading.Event()
        latencies: list[float] = []

        def probe() -> None:
            with httpx.Client(base_url=server.root_url, timeout=120) as client:
                while not done.is_set():
                    started = time.perf_counter()
                    assert client.get("/_emulator/health").status_code == 200
                    latencies.append(time.perf_counter() - started)
                    time.sleep(0.01)

        prober = threading.Thread(target=probe)
        prober.start()
        time.sleep(0.1)  # the probe's connection is open and warm
        latencies.clear()
        started = time.perf_counter()
        try:
            heavy(server)
        finally:
            duration = time.perf_counter() - started
            done.set()
            prober.join(120)

        assert len(latencies) >= 5, f"{len(latencies)} health checks during {duration:.2f} s"
        worst = max(latencies)
        assert worst < duration / 2, (
            f"a health check took {worst:.3f} s while the heavy request took {duration:.3f} s "
            f"(median {statistics.median(latencies):.3f} s)"
        )
        assert server.state.internal_errors == 0
