"""Data-dir ownership (issue 13, items 1 and 9): the emulator marks its folder, refuses a foreign
one and a second instance, deletes only its own files, and leaves no temporary folder behind."""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tfs_emulator import DataDirError, EmulatorAdmin, EmulatorServer
from tfs_emulator.data_dir import MARKER_NAME

from .conftest import TFVC

RUN = f"/{TFVC}/_apis/test/runs/23"


def _foreign_files(root: Path) -> list[Path]:
    """Files someone else put into (what looks like) an emulator's folders."""
    (root / "uploads" / "sub").mkdir(parents=True)
    (root / "attachments").mkdir(exist_ok=True)
    files = [
        root / "notes.txt",
        root / "uploads" / "mine.txt",
        root / "uploads" / "sub" / "deep.txt",
        root / "attachments" / "keep.png",
    ]
    for path in files:
        path.write_text("not the emulator's")
    return files


def _cli_on(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`python -m tfs_emulator --data-dir DATA_DIR`, expected to refuse and exit."""
    return subprocess.run(
        [sys.executable, "-m", "tfs_emulator", "--port", "0", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_non_empty_folder_the_emulator_did_not_create_is_refused_and_untouched(
    tmp_path: Path,
) -> None:
    files = _foreign_files(tmp_path)

    with pytest.raises(DataDirError, match="not empty and was not created by tfs_emulator"):
        EmulatorServer(data_dir=tmp_path)

    assert all(path.read_text() == "not the emulator's" for path in files)
    assert not (tmp_path / MARKER_NAME).exists()


def test_the_cli_refuses_a_foreign_folder_with_a_clear_message(tmp_path: Path) -> None:
    _foreign_files(tmp_path)
    done = _cli_on(tmp_path)
    assert done.returncode == 2
    assert "not empty and was not created by tfs_emulator" in done.stderr
    assert "Traceback" not in done.stderr


def test_restart_and_reset_delete_only_files_the_emulator_created(tmp_path: Path) -> None:
    with EmulatorServer(data_dir=tmp_path, seed="demo") as server:
        stored = httpx.post(
            f"{server.base_url}{RUN}/attachments",
            json={"stream": base64.b64encode(b"ours").decode(), "fileName": "o.txt"},
        ).json()["id"]
    foreign = _foreign_files(tmp_path)[1:]  # inside uploads/ and attachments/ this time
    leftover = tmp_path / "uploads" / ("ab" * 16 + ".part")  # an upload cut by a crash
    leftover.write_bytes(b"partial")

    with EmulatorServer(data_dir=tmp_path, seed="demo") as server:  # starts despite sub/
        assert not leftover.exists()
        assert server.state.attachment_path(stored).read_bytes() == b"ours"
        with EmulatorAdmin(server.root_url) as admin:
            admin.reset()
        assert not server.state.attachment_path(stored).exists()
        assert server.state.internal_errors == 0

    assert all(path.read_text() == "not the emulator's" for path in foreign)


def test_a_second_instance_on_the_same_data_dir_is_refused(tmp_path: Path) -> None:
    with EmulatorServer(data_dir=tmp_path):
        with pytest.raises(DataDirError, match="in use by another running emulator"):
            EmulatorServer(data_dir=tmp_path)
        done = _cli_on(tmp_path)
        assert done.returncode == 2 and "in use by another running emulator" in done.stderr
    with EmulatorServer(data_dir=tmp_path):  # the lock went with the first instance
        pass


def test_an_upload_racing_a_reset_and_reseed_is_stored_not_a_500() -> None:
    started, reseeded = threading.Event(), threading.Event()
    outcome: list[httpx.Response] = []

    def body() -> Iterator[bytes]:
        yield b'{"fileName": "race.bin", "stream": "' + base64.b64encode(b"x" * 3000)
        started.set()
        reseeded.wait(10)
        yield b'"}'

    with EmulatorServer(seed="demo") as server:

        def upload() -> None:
            with httpx.Client(base_url=server.base_url, timeout=30) as client:
                outcome.append(client.post(f"{RUN}/attachments", content=body()))

        thread = threading.Thread(target=upload)
        thread.start()
        assert started.wait(10)
        deadline = time.monotonic() + 10
        while not any(server.state.uploads_dir.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.01)  # the server is writing the upload's .part file
        with EmulatorAdmin(server.root_url) as admin:
            admin.reset()
            admin.seed_demo()  # run 23 exists again when the upload completes
        reseeded.set()
        thread.join(30)

        assert outcome[0].status_code == 200, outcome[0].text
        assert server.state.internal_errors == 0


def _temporary_dirs(parent: Path) -> list[Path]:
    return sorted(parent.glob("tfs-emulator-*"))


def _start_cli(tmp_path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tfs_emulator", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(tmp_path)},
    )
    assert process.stdout is not None
    assert process.stdout.readline().startswith("http://127.0.0.1:")
    return process


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_removes_the_temporary_data_dir(tmp_path: Path) -> None:
    process = _start_cli(tmp_path)
    assert len(_temporary_dirs(tmp_path)) == 1

    process.send_signal(signal.SIGTERM)

    assert process.wait(timeout=30) == 0
    assert _temporary_dirs(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_temporary_dirs_of_killed_emulators_are_removed_by_the_next_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = _start_cli(tmp_path)
    try:
        (alive,) = _temporary_dirs(tmp_path)
        killed = _start_cli(tmp_path)
        killed.kill()  # SIGKILL: no cleanup can run
        killed.wait(timeout=30)
        (stale,) = set(_temporary_dirs(tmp_path)) - {alive}
        monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

        with EmulatorServer() as server:
            assert not stale.exists()
            assert alive.exists()  # a running emulator's folder is left alone
            assert set(_temporary_dirs(tmp_path)) == {alive, server.state.data_dir}
    finally:
        running.terminate()
        running.wait(timeout=30)
    assert _temporary_dirs(tmp_path) == []


def test_a_data_dir_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "state"
    target.write_text("a file")
    with pytest.raises(DataDirError, match="cannot be used"):
        EmulatorServer(data_dir=target)
    assert target.read_text() == "a file"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_the_url_is_printed_once_uvicorn_handles_sigterm() -> None:
    # A SIGTERM sent on reading the URL must reach uvicorn's handler: earlier, it could land in
    # the interim handler while uvicorn still imported its modules and be lost there.
    script = (
        "import signal\n"
        "from tfs_emulator.server import bind, uvicorn_server\n"
        "async def app(scope, receive, send): pass\n"
        "def serving():\n"
        "    print(server.started, signal.getsignal(signal.SIGTERM).__qualname__, flush=True)\n"
        "    server.exit()\n"
        "server = uvicorn_server(app, on_serving=serving)\n"
        "server.run(sockets=[bind('127.0.0.1', 0)])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["True", "Server.handle_exit"]
