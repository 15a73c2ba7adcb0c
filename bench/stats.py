"""Repeated, interleaved measurements and their summaries (median with the spread)."""

from __future__ import annotations

import statistics
import sys
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


class VariantFailed(Exception):
    """A variant of an interleaved measurement raised instead of measuring."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name} failed: {reason}")
        self.name = name
        self.reason = reason


class Samples(dict[str, list[float]]):
    """The values of each variant that measured; reading a failed one raises ``VariantFailed``."""

    def __init__(self) -> None:
        super().__init__()
        self.failures: dict[str, str] = {}
        """Why each failed variant failed (it is measured no more once it has failed)."""

    def __missing__(self, name: str) -> list[float]:
        raise VariantFailed(name, self.failures.get(name, "not measured"))

    def require(self, *names: str) -> None:
        """Raise ``VariantFailed`` for the first of ``names`` that did not measure."""
        for name in names:
            if name not in self:
                self.__missing__(name)


def reason_of(error: BaseException) -> str:
    """A one-line reason for a table cell: the error's type and the last line of its message."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return f"{type(error).__name__}: {lines[-1]}" if lines else type(error).__name__


def interleave(variants: Mapping[str, Measure], rounds: int) -> Samples:
    """Measure every variant once per round, rotating the order, and collect the values.

    Interleaving spreads machine noise (other processes, CPU frequency, the server warming
    up) evenly over the variants instead of letting it favour whichever ran first or last.
    A variant that raises is recorded in ``failures`` and dropped; the others go on.
    """
    if rounds < 1:
        raise ValueError("rounds must be at least 1")
    names = list(variants)
    samples = Samples()
    collected: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            if name in samples.failures:
                continue
            try:
                collected[name].append(variants[name]())
            except Exception as error:
                samples.failures[name] = reason_of(error)
                print(f"variant {name} failed:\n{error}", file=sys.stderr, flush=True)
    samples.update(
        {name: values for name, values in collected.items() if name not in samples.failures}
    )
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
