"""The emulator in its own process on a free loopback port, for the duration of a run."""

from __future__ import annotations

import contextlib
import os
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import httpx

from .context import basic_auth

STARTUP_SECONDS = 30.0
_URL = re.compile(r"https?://\S+")


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


@contextlib.contextmanager
def emulator(*, token: str | None = None, data_dir: Path | None = None) -> Iterator[str]:
    """Start ``python -m tfs_emulator`` on a free loopback port; yield its base URL; stop it.

    The emulator binds port 0 and prints its base URL; its output is then drained in the
    background so that it can never block on a full pipe.
    """
    command = [sys.executable, "-m", "tfs_emulator", "--host", "127.0.0.1", "--port", "0"]
    if token is not None:
        command += ["--token", token]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        yield _wait_for_url(process, token)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_for_url(process: subprocess.Popen[str], token: str | None) -> str:
    assert process.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True).start()
    deadline = time.monotonic() + STARTUP_SECONDS
    seen: list[str] = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            break
        seen.append(line)
        match = _URL.search(line)
        if match:
            url = match.group(0).rstrip("/")
            _wait_until_listening(url, token, deadline)
            return url
    output = "".join(seen[-20:])
    raise RuntimeError(f"the emulator did not print its base URL; its output:\n{output}")


def _wait_until_listening(url: str, token: str | None, deadline: float) -> None:
    health = url.rsplit("/", 1)[0] + "/_emulator/health"
    headers = basic_auth(token) if token is not None else {}
    while True:
        try:
            httpx.get(health, headers=headers, timeout=2.0).raise_for_status()
            return
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
