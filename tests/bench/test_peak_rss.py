"""Peak-RSS measurement: every spike counts, and on Linux nothing runs beside the timed work."""

from __future__ import annotations

import sys
import threading

import pytest

from bench.memory import PeakRss

MIB = 1024 * 1024


def test_a_spike_freed_before_the_exit_still_counts() -> None:
    with PeakRss() as peak:
        spike = b"\x01" * (64 * MIB)  # written, so its pages are resident
        del spike
    assert peak.growth >= 60 * MIB


@pytest.mark.skipif(sys.platform != "linux", reason="the kernel peak counter is Linux's")
def test_on_linux_no_sampling_thread_runs_beside_the_measured_work() -> None:
    before = threading.active_count()
    with PeakRss():
        during = threading.active_count()
    assert during == before
