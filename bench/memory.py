"""Peak resident memory of the current process while some work runs."""

from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType

import psutil

SAMPLE_SECONDS = 0.005
_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _reset_high_water_mark() -> bool:
    """Reset the kernel's peak-RSS counter (Linux ``VmHWM``); ``False`` where unsupported."""
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        return False
    return True


def _high_water_mark() -> int:
    """The kernel's peak RSS of this process since the last reset, in bytes."""
    for line in _STATUS.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM line in /proc/self/status")


class PeakRss:
    """Track the peak RSS above the RSS at entry (``growth``, in bytes).

    On Linux the kernel's own peak counter is reset at entry and read at exit, so every
    spike counts and nothing runs beside the measured work (its time is measured too).
    Elsewhere a background thread samples RSS every few milliseconds. (``ru_maxrss`` is
    unusable: it keeps the parent's peak across ``fork``/``exec``.)
    """

    def __init__(self) -> None:
        self._process = psutil.Process()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._kernel_peak = False
        self.baseline = 0
        self.peak = 0

    def _rss(self) -> int:
        rss: int = self._process.memory_info().rss
        return rss

    def _sample(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self.peak = max(self.peak, self._rss())

    def __enter__(self) -> PeakRss:
        self._kernel_peak = _reset_high_water_mark()
        self.baseline = self.peak = self._rss()
        if not self._kernel_peak:
            self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._thread.is_alive():
            self._stop.set()
            self._thread.join()
        self.peak = max(self.peak, self._rss())
        if self._kernel_peak:
            self.peak = max(self.peak, _high_water_mark())

    @property
    def growth(self) -> int:
        """Bytes by which the peak exceeded the RSS at entry."""
        return max(0, self.peak - self.baseline)
