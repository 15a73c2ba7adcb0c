"""Progress bars for transfers: one per file (bytes, rate, time left), on a terminal only."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from ..progress import ProgressCallback
from ._output import printable


class Transfers:
    """Bars on ``stream`` (stderr) when it is a terminal; otherwise nothing is drawn."""

    def __init__(self, stream: TextIO | None = None) -> None:
        target = stream if stream is not None else sys.stderr
        self.enabled = target.isatty()
        self._progress = Progress(
            TextColumn("{task.description}", markup=False),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=Console(file=target),
            disable=not self.enabled,
        )

    @contextmanager
    def running(self) -> Iterator[Transfers]:
        """Draw the bars while the block runs; they stay on screen afterwards."""
        with self._progress:
            yield self

    def bar(self, label: str, total: int | None = None) -> ProgressCallback:
        """A new bar; the returned callback is ``tfs_client``'s ``progress(done, total)``."""
        task = self._progress.add_task(printable(label), total=total)
        return lambda done, size: self._update(task, done, size)

    def _update(self, task: TaskID, done: int, total: int | None) -> None:
        self._progress.update(task, completed=done, total=total)
