"""How much work each figure does: the full sizes of issue 8, and tiny ones for the smoke test."""

from __future__ import annotations

import attrs

MIB = 1024 * 1024
GIB = 1024 * MIB


@attrs.frozen
class Sizes:
    """Workload sizes and repetition counts."""

    rounds: int
    """Interleaved repetitions of the quick figures (calls, decoding)."""
    paging_rounds: int
    """Interleaved repetitions of the full listings (each variant lists ``builds`` builds)."""
    calls: int
    """Sequential get-build calls timed per measurement."""
    async_calls: int
    """Get-build calls per async measurement, ``concurrency`` at a time."""
    concurrency: int
    builds: int
    """Builds listed by the paging figure (and seeded in the bench project)."""
    page_size: int
    memory_small_builds: int
    """The smaller listing of the paging-memory comparison (the larger is ``builds``), whose
    child processes run ``transfer_rounds`` times."""
    attachment_bytes: int
    transfer_rounds: int
    """Repetitions of each attachment transfer (each in a fresh child process)."""
    decode_builds: int
    startup_rounds: int
    """Repetitions of the import-time and first-call measurements (fresh processes)."""
    generate_rounds: int
    load_requests_per_client: int
    """Get-build requests each of the emulator load figure's 64 concurrent clients sends."""


FULL = Sizes(
    rounds=7,
    paging_rounds=3,
    calls=300,
    async_calls=640,
    concurrency=16,
    builds=100_000,
    page_size=1000,
    memory_small_builds=10_000,
    attachment_bytes=GIB,
    transfer_rounds=3,
    decode_builds=10_000,
    startup_rounds=10,
    generate_rounds=3,
    load_requests_per_client=20,
)

QUICK = Sizes(
    rounds=2,
    paging_rounds=2,
    calls=5,
    async_calls=32,
    concurrency=16,
    builds=60,
    page_size=20,
    memory_small_builds=20,
    attachment_bytes=256 * 1024,
    transfer_rounds=1,
    decode_builds=50,
    startup_rounds=1,
    generate_rounds=1,
    load_requests_per_client=2,
)
"""Tiny sizes: every figure runs in seconds; the numbers mean nothing."""
