"""Progress bars (file name, bytes, rate, time left) on a terminal; none in a pipe."""

from __future__ import annotations

import os
import pty
import re
import subprocess
from pathlib import Path

from ._support import TFS, TFVC, Emulator, tfs

BAR = "━"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run_on_terminal(arguments: list[str], environment: dict[str, str]) -> tuple[int, str]:
    """Run with stdin, stdout and stderr on a pseudo-terminal; exit status and all it drew."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        arguments, stdin=follower, stdout=follower, stderr=follower, env=environment
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the terminal's other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=60), b"".join(chunks).decode(errors="replace")


def test_transfers_draw_one_bar_per_file_on_a_terminal_and_none_in_a_pipe(
    emulator: Emulator, tmp_path: Path
) -> None:
    first = tmp_path / "first.bin"
    first.write_bytes(os.urandom(3 * 1024 * 1024))
    second = tmp_path / "second.bin"
    second.write_bytes(os.urandom(1024 * 1024))
    environment = emulator.environment(TERM="xterm-256color", COLUMNS="150")

    status, drawn = run_on_terminal(
        [*TFS, "attachments", "upload", TFVC, "23", str(first), str(second)], environment
    )
    assert status == 0, drawn
    assert "\x1b[" in drawn  # colour and cursor movement: a terminal
    frames = ANSI.sub("", drawn).replace("\r", "\n").splitlines()
    for name, size in (("first.bin", "3.1/3.1 MB"), ("second.bin", "1.0/1.0 MB")):
        final = [line for line in frames if name in line and BAR in line][-1]
        assert size in final  # bytes done / total
        assert re.search(r"\d+(\.\d+)? [kMG]?B/s", final)  # the rate
        assert re.search(r"\d:\d\d:\d\d", final)  # time left

    piped = tfs("attachments", "upload", TFVC, "23", str(first), env=environment)
    assert piped.returncode == 0, piped.stderr
    assert piped.stderr == ""
    assert BAR not in piped.stdout and "\x1b[" not in piped.stdout

    downloaded_status, drawn = run_on_terminal(
        [*TFS, "attachments", "download", TFVC, "23", "--to", str(tmp_path / "got")], environment
    )
    assert downloaded_status == 0, drawn
    assert any("first.bin" in line and BAR in line for line in drawn.splitlines())
