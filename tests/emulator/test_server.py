"""The command line, restart persistence with --data-dir, and concurrent writers."""

from __future__ import annotations

import base64
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from tfs_emulator.server import EmulatorServer

from .conftest import GIT, TFVC


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


def test_eight_concurrent_writers_lose_nothing(tfs_emulator_demo: EmulatorServer) -> None:
    base = tfs_emulator_demo.base_url
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
    assert tfs_emulator_demo.state.internal_errors == 0


def test_empty_fixture_serves_an_empty_store(tfs_emulator: str) -> None:
    with httpx.Client(base_url=tfs_emulator) as client:
        assert client.get(f"/{GIT}/_apis/build/builds").status_code == 404
        assert client.get("/_apis/ResourceAreas").json() == {"count": 0, "value": []}
