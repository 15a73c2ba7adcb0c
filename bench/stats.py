"""Repeated, interleaved measurements and their summaries (median with the spread)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping, Sequence

import attrs

Measure = Callable[[], float]
"""One measurement: runs the work once and returns what it measured (seconds, bytes, ...)."""


@attrs.frozen
class Summary:
    """The median of repeated measurements and their lowest and highest values."""

    median: float
    low: float
    high: float
    count: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        """Summarise at least one value."""
        if not values:
            raise ValueError("no measurements to summarise")
        return cls(statistics.median(values), min(values), max(values), len(values))


def interleave(variants: Mapping[str, Measure], rounds: int) -> dict[str, list[float]]:
    """Measure every variant once per round, rotating the order, and collect the values.

    Interleaving spreads machine noise (other processes, CPU frequency, the server warming
    up) evenly over the variants instead of letting it favour whichever ran first or last.
    """
    if rounds < 1:
        raise ValueError("rounds must be at least 1")
    names = list(variants)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(variants[name]())
    return samples


def ratio(numerator: Sequence[float], denominator: Sequence[float]) -> Summary:
    """The ratio of the medians, spread by the ratios of the same rounds (paired)."""
    paired = [a / b for a, b in zip(numerator, denominator, strict=True)]
    return Summary(
        statistics.median(numerator) / statistics.median(denominator),
        min(paired),
        max(paired),
        len(paired),
    )


def per_call(work: Callable[[], object], calls: int) -> float:
    """Seconds per call of ``work``, timed over ``calls`` consecutive calls."""
    start = time.perf_counter()
    for _ in range(calls):
        work()
    return (time.perf_counter() - start) / calls
