"""The command line, restart persistence with --data-dir, and concurrent writers."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from starlette.types import Receive, Scope, Send
from tfs_emulator import Limits, Settings
from tfs_emulator.app import create_app
from tfs_emulator.database import Database, DatabaseClosed
from tfs_emulator.server import (
    EmulatorServer,
    PromptServer,
    base_url_of,
    bind,
    uvicorn_server,
)

from .conftest import GIT, TFVC, assert_error


@contextmanager
def cli(*args: str) -> Iterator[str]:
    """`python -m tfs_emulator --port 0 ...`, yielding the base URL it prints."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tfs_emulator", "--port", "0", *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/DefaultCollection")
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_state_survives_a_restart_with_data_dir(tmp_path: Path) -> None:
    with (
        cli("--data-dir", str(tmp_path), "--seed", "demo") as base,
        httpx.Client(base_url=base) as client,
    ):
        build_id = client.post(
            f"/{GIT}/_apis/build/builds", json={"definition": {"id": 25}}
        ).json()["id"]
        client.put(f"/{GIT}/_apis/build/builds/{build_id}/tags/kept")
        attachment = client.post(
            f"/{TFVC}/_apis/test/runs/23/attachments",
            json={"stream": base64.b64encode(b"persisted").decode(), "fileName": "p.txt"},
        ).json()["id"]
    with (
        cli("--data-dir", str(tmp_path), "--seed", "demo") as base,
        httpx.Client(base_url=base) as client,
    ):
        assert client.get(f"/{GIT}/_apis/build/builds/{build_id}/tags").json()["value"] == ["kept"]
        assert (
            client.get(f"/{TFVC}/_apis/test/runs/23/attachments/{attachment}").content
            == b"persisted"
        )
        assert (
            client.post(f"/{GIT}/_apis/build/builds", json={"definition": {"id": 25}}).json()["id"]
            == build_id + 1
        )


def test_cli_requires_the_token_it_was_given() -> None:
    with cli("--token", "t0k") as base, httpx.Client(base_url=base) as client:
        assert client.options("/_apis").status_code == 401
        assert client.options("/_apis", headers={"authorization": "Bearer t0k"}).status_code == 200


def test_eight_concurrent_writers_lose_nothing(tfs_emulator_demo_server: EmulatorServer) -> None:
    base = tfs_emulator_demo_server.base_url
    errors: list[str] = []

    def writer(n: int) -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            for i in range(200):
                if i % 4 == 0:
                    response = client.post(
                        f"/{GIT}/_apis/build/builds", json={"definition": {"id": 25}}
                    )
                elif i % 4 == 1:
                    response = client.put(f"/{GIT}/_apis/build/builds/391/tags/w{n}-{i}")
                elif i % 4 == 2:
                    response = client.post(
                        f"/{TFVC}/_apis/test/configurations", json={"name": f"w{n}-{i}"}
                    )
                else:
                    response = client.post(
                        f"/{TFVC}/Fabrikam-Fiber-TFVC Team/_apis/test/session",
                        json={"Title": f"w{n}-{i}"},
                    )
                if response.status_code != 200:
                    errors.append(response.text)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with httpx.Client(base_url=base) as client:
        builds = client.get(f"/{GIT}/_apis/build/builds", params={"definitions": "25"}).json()
        assert builds["count"] == 1 + 8 * 50
        assert len({b["id"] for b in builds["value"]}) == 401
        assert client.get(f"/{GIT}/_apis/build/builds/391/tags").json()["count"] == 3 + 8 * 50
        configurations = client.get(f"/{TFVC}/_apis/test/configurations", params={"$top": 1000})
        names: set[str] = set()
        response = configurations
        while True:
            names |= {c["name"] for c in response.json()["value"]}
            token = response.headers.get("x-ms-continuationtoken")
            if not token:
                break
            response = client.get(
                f"/{TFVC}/_apis/test/configurations", params={"continuationToken": token}
            )
        assert len(names) == 3 + 8 * 50
        sessions = client.get(f"/{TFVC}/Fabrikam-Fiber-TFVC Team/_apis/test/session").json()
        assert sessions["count"] == 2 + 8 * 50
    assert tfs_emulator_demo_server.state.internal_errors == 0


def test_empty_fixture_serves_an_empty_store(tfs_emulator: str) -> None:
    with httpx.Client(base_url=tfs_emulator) as client:
        assert client.get(f"/{GIT}/_apis/build/builds").status_code == 404
        assert client.get("/_apis/ResourceAreas").json() == {"count": 0, "value": []}


# -- issue 13, item 7: an empty token is refused, never silently "no authentication" ----------


@pytest.mark.parametrize(
    ("args", "environment"),
    [(["--token", ""], {}), (["--token", "  "], {}), ([], {"TFS_EMULATOR_TOKEN": ""})],
    ids=["flag", "blank-flag", "environment"],
)
def test_an_empty_token_is_refused_with_a_clear_message(
    args: list[str], environment: dict[str, str]
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tfs_emulator", "--port", "0", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **environment},
        check=False,
    )
    assert done.returncode == 2
    assert "token" in done.stderr and "is empty" in done.stderr
    assert done.stdout == ""  # it never started serving


def test_settings_refuse_an_empty_token() -> None:
    for token in ("", "   ", " padded "):
        with pytest.raises(ValueError, match="token"):
            Settings(token=token)


# -- issue 13, item 8: stop() with a request in flight ---------------------------------------


def test_stop_with_a_request_in_flight_ends_the_thread_and_never_answers_500() -> None:
    server = EmulatorServer(seed="demo", settings=Settings(limits=Limits(shutdown_grace=1)))
    server.start()
    sending = threading.Event()
    outcome: list[object] = []

    def slow_body() -> Iterator[bytes]:
        yield b'{"fileName": "slow.bin", "stream": "'
        sending.set()
        for _ in range(100):  # 20 s: longer than any shutdown may take
            time.sleep(0.2)
            yield b"QUJD"
        yield b'"}'

    def upload() -> None:
        try:
            with httpx.Client(base_url=server.base_url, timeout=60) as client:
                outcome.append(
                    client.post(f"/{TFVC}/_apis/test/runs/23/attachments", content=slow_body())
                )
        except httpx.HTTPError as exc:  # the server hung up on the cancelled request
            outcome.append(exc)

    client_thread = threading.Thread(target=upload)
    client_thread.start()
    assert sending.wait(10)
    server_thread = server._thread
    assert server_thread is not None

    started = time.monotonic()
    server.stop()

    assert time.monotonic() - started < 8
    assert not server_thread.is_alive()
    client_thread.join(30)
    (answer,) = outcome  # the cancelled request is told why (or sees the connection end)
    if isinstance(answer, httpx.Response):
        assert_error(answer, 503, "ServiceShuttingDownException")
    assert server.state.internal_errors == 0
    assert not server.state.data_dir.exists()


def test_stop_wakes_the_server_instead_of_waiting_for_its_next_tick(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With an hour between ticks, only the wake-up `exit()` sends can end the main loop before
    # `stop()` gives up (it raises when the thread outlives the grace plus 10 s).
    monkeypatch.setattr(PromptServer, "_TICK_SECONDS", 3600.0)
    server = EmulatorServer()
    server.start()
    with httpx.Client() as client:  # closed before the stop: nothing left to drain
        assert client.get(f"{server.root_url}/_emulator/health").status_code == 200
    server_thread = server._thread
    assert server_thread is not None

    server.stop()

    assert not server_thread.is_alive()
    assert not server.state.data_dir.exists()


def test_stop_with_an_idle_keep_alive_connection_takes_uvicorns_graceful_path() -> None:
    server = EmulatorServer()
    server.start()
    client = httpx.Client()
    try:
        assert client.get(f"{server.root_url}/_emulator/health").status_code == 200
        assert server._server.server_state.connections  # kept alive, idle

        server.stop()

        assert server._thread is None
        with pytest.raises(httpx.TransportError):
            client.get(f"{server.root_url}/_emulator/health")
    finally:
        client.close()


def test_closing_the_database_waits_for_a_transaction_in_progress(tmp_path: Path) -> None:
    database = Database(tmp_path / "db.sqlite3")
    inside, finished = threading.Event(), threading.Event()

    def reader() -> None:
        with database.read() as conn:
            inside.set()
            time.sleep(0.3)
            assert conn.execute("SELECT COUNT(*) FROM builds").fetchone()[0] == 0
        finished.set()

    thread = threading.Thread(target=reader)
    thread.start()
    assert inside.wait(10)
    database.close()
    assert finished.is_set()  # close returned only after the read completed, unharmed
    thread.join()
    with pytest.raises(DatabaseClosed), database.read():
        pass


def test_a_request_after_shutdown_began_is_a_503_error_body() -> None:
    with EmulatorServer(seed="demo") as server, httpx.Client(base_url=server.base_url) as client:
        server.state.db.close()
        response = client.get(f"/{GIT}/_apis/build/builds/391")
        assert_error(response, 503, "ServiceShuttingDownException")
        assert server.state.internal_errors == 0


def test_uvicorn_server_serves_any_asgi_app_with_the_limits_it_is_given() -> None:
    app = create_app(Settings(), seed="demo")
    seen: list[str] = []

    async def wrapper(scope: Scope, receive: Receive, send: Send) -> None:  # no `.state`
        if scope["type"] == "http":
            seen.append(scope["path"])
        await app(scope, receive, send)

    sock = bind("127.0.0.1", 0)
    server = uvicorn_server(wrapper, Limits(max_request_line_bytes=1024))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        base_url = base_url_of(sock, app.state.collection)
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.005)
        with httpx.Client(base_url=base_url) as client:
            assert client.get(f"/{GIT}/_apis/build/builds").status_code == 200
            too_long = client.get("/_apis/projects", params={"x": "a" * 2000})
        assert_error(
            too_long, 414, "RequestUriTooLongException"
        )  # the lowered request-line limit (the default is 32 KiB)
        assert seen == [f"/DefaultCollection/{GIT}/_apis/build/builds"]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        app.state.close()
