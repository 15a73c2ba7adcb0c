"""Figure 7: the emulator under load (issue 13), against its own emulator process.

- Health-check latency (median and p99) while one client lists a large number of builds
  (60,000 at full size), following continuation tokens with ``$top`` set to all of them.
- Get-build throughput with 64 concurrent clients, shown as milliseconds per request
  (the detail column gives requests per second).

Run alone, ``python -m bench.emulator_load --builds N`` prints the same rows; with
``PYTHONPATH`` pointing at another ``tfs_emulator`` it measures that one (before/after).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import signal
import statistics
import time
from collections.abc import Sequence
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event

import httpx

from .server import emulator
from .sizes import FULL, Sizes
from .stats import Summary
from .table import Row, counted, render_text

FIGURE = "7"
LIST_BUILDS = 60_000
CLIENTS = 64
REQUESTS_PER_CLIENT = FULL.load_requests_per_client
SEED_CHUNK = 20_000
PROBE_INTERVAL = 0.01
PROJECT = "Load"
_JSON = {"content-type": "application/json"}


def seed(root_url: str, builds: int) -> int:
    """A project, a definition and ``builds`` builds; returns one build's id."""
    with httpx.Client(base_url=f"{root_url}/_emulator", headers=_JSON, timeout=600) as admin:
        admin.post("/projects", json={"name": PROJECT}).raise_for_status()
        admin.post(f"/projects/{PROJECT}/definitions", json={"name": "CI", "id": 1})
        first = 0
        for start in range(0, builds, SEED_CHUNK):
            count = min(SEED_CHUNK, builds - start)
            reply = admin.post(
                f"/projects/{PROJECT}/builds", json={"definitionId": 1, "count": count}
            )
            reply.raise_for_status()
            first = first or int(reply.json()["ids"][0])
    return first


def list_everything(base_url: str, builds: int) -> float:
    """Seconds to fetch every build, following continuation tokens; checks the count."""
    seen = 0
    started = time.perf_counter()
    with httpx.Client(base_url=base_url, timeout=600) as client:
        params: dict[str, str | int] = {"$top": builds}
        while True:
            reply = client.get(f"/{PROJECT}/_apis/build/builds", params=params)
            reply.raise_for_status()
            seen += len(reply.json()["value"])
            token = reply.headers.get("x-ms-continuationtoken")
            if not token:
                break
            params = {"$top": builds, "continuationToken": token}
    if seen != builds:
        raise RuntimeError(f"listed {seen} builds, expected {builds}")
    return time.perf_counter() - started


def _probe(root_url: str, done: Event, results: Queue[list[float]]) -> None:
    """Health checks until ``done`` (in a child process: the listing client's JSON decoding
    must not delay them). A check is due every ``PROBE_INTERVAL`` seconds and its latency
    counts from when it was due, not from when it could be sent: a stalled server then shows
    in every check that waited behind it (no coordinated omission)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the parent, which sets ``done``
    latencies: list[float] = []
    with httpx.Client(base_url=root_url, timeout=600) as client:
        client.get("/_emulator/health")  # connect first: only answer times are sampled
        results.put([])  # ready
        due = time.perf_counter()
        while not done.is_set():
            client.get("/_emulator/health").raise_for_status()
            finished = time.perf_counter()
            while due <= finished:  # every check that fell due meanwhile waited this long
                latencies.append(finished - due)
                due += PROBE_INTERVAL
            time.sleep(max(0.0, due - time.perf_counter()))
    results.put(latencies)


def health_during_list(root_url: str, base_url: str, builds: int) -> tuple[list[float], float]:
    """Health-check latencies (seconds) while the whole list is fetched, and the list's time."""
    context = multiprocessing.get_context("spawn")
    done = context.Event()
    results: Queue[list[float]] = context.Queue()
    prober = context.Process(target=_probe, args=(root_url, done, results))
    prober.start()
    results.get(timeout=120)
    try:
        seconds = list_everything(base_url, builds)
    finally:
        done.set()
    latencies = results.get(timeout=600)
    prober.join(60)
    return latencies, seconds


def requests_per_second(
    base_url: str, build_id: int, requests_per_client: int = REQUESTS_PER_CLIENT
) -> float:
    """Get-build requests per second, ``CLIENTS`` clients at once, each sending
    ``requests_per_client``."""

    async def client_loop(client: httpx.AsyncClient) -> None:
        for _ in range(requests_per_client):
            reply = await client.get(f"/{PROJECT}/_apis/build/builds/{build_id}")
            reply.raise_for_status()

    async def all_clients() -> float:
        limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
        async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=600) as client:
            await client.get(f"/{PROJECT}/_apis/build/builds/{build_id}")
            started = time.perf_counter()
            await asyncio.gather(*(client_loop(client) for _ in range(CLIENTS)))
            return CLIENTS * requests_per_client / (time.perf_counter() - started)

    return asyncio.run(all_clients())


def _p99(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def measure(builds: int, rounds: int, requests_per_client: int = REQUESTS_PER_CLIENT) -> list[Row]:
    """Both figures on a fresh emulator seeded with ``builds`` builds, ``rounds`` times each."""
    with emulator() as base_url:
        root_url = base_url.rsplit("/", 1)[0]
        build_id = seed(root_url, builds)
        medians, p99s, worst, lists, rates = [], [], [], [], []
        for _ in range(rounds):
            latencies, seconds = health_during_list(root_url, base_url, builds)
            medians.append(statistics.median(latencies) * 1000)
            p99s.append(_p99(latencies) * 1000)
            worst.append(max(latencies) * 1000)
            lists.append(seconds)
            rates.append(requests_per_second(base_url, build_id, requests_per_client))
    during = f"while a {builds:,}-build list is served"
    every = ("all " if builds > 1 else "") + counted(builds, "build")
    rate = Summary.of(rates)
    return [
        Row(FIGURE, f"emulator health check, median, {during}", Summary.of(medians), "ms"),
        Row(
            FIGURE,
            f"emulator health check, p99, {during}",
            Summary.of(p99s),
            "ms",
            detail=f"worst {max(worst):.0f} ms; checks due every {PROBE_INTERVAL * 1000:g} ms",
        ),
        Row(FIGURE, f"emulator: list {every} (every page)", Summary.of(lists), "s"),
        Row(
            FIGURE,
            f"emulator get build, {CLIENTS} concurrent clients: time per request",
            Summary.of([1000 / r for r in rates]),
            "ms",
            detail=f"{rate.median:.0f} req/s [{rate.low:.0f}-{rate.high:.0f}]",
        ),
    ]


def run(sizes: Sizes) -> list[Row]:
    """The figure at the run's size (60,000 builds and 64 x 20 get-build requests in a full
    run; the quick sizes send 64 x 2), on an emulator of its own."""
    builds = min(LIST_BUILDS, sizes.builds)
    return measure(builds, max(1, min(3, sizes.rounds)), sizes.load_requests_per_client)


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m bench.emulator_load [--builds N] [--rounds R]``."""
    parser = argparse.ArgumentParser(prog="python -m bench.emulator_load", description=__doc__)
    parser.add_argument("--builds", type=int, default=LIST_BUILDS)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    print(render_text(measure(args.builds, args.rounds)))


if __name__ == "__main__":
    main()
