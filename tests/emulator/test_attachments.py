"""Attachments through HTTP: upload, list, download per run and per result; streaming; failures store nothing."""

from __future__ import annotations

import base64
import os
import socket
import tracemalloc
from collections.abc import Iterator

import httpx
import pytest
from tfs_emulator.server import EmulatorServer

from .conftest import TFVC, Api, as_recorded, assert_error, sample

RUN = f"/{TFVC}/_apis/test/runs/23"
RESULT = f"{RUN}/results/100000"


def test_recorded_lists_are_served_as_recorded(api: Api) -> None:
    run_list = api.client.get(f"{RUN}/attachments").json()
    assert (
        as_recorded(run_list, api.base_url)
        == sample("attachments/GET__test_runs__newRunId__attachments.json")["responseBody"]
    )
    result_list = api.client.get(f"{RESULT}/attachments").json()
    assert (
        as_recorded(result_list, api.base_url)
        == sample("attachments/GET__test_runs__newRunId__results__result1__attachments.json")[
            "responseBody"
        ]
    )
    png = api.client.get(f"{RUN}/attachments/18")
    assert png.headers["content-type"] == "application/octet-stream"
    recorded = sample("attachments/POST__test_runs__newRunId__attachments.json")["requestBody"]
    assert png.content == base64.b64decode(recorded["stream"])


def test_upload_list_download_round_trip_per_run_and_per_result(api: Api) -> None:
    for owner in (RUN, RESULT):
        content = os.urandom(1000)
        name = '../../etc/passwd ü "x".bin'
        created = api.client.post(
            f"{owner}/attachments",
            json={
                "stream": base64.b64encode(content).decode(),
                "fileName": name,
                "comment": "c",
                "attachmentType": "GeneralAttachment",
            },
        )
        assert created.status_code == 200, created.text
        reference = created.json()
        assert set(reference) == {"id", "url"}
        assert reference["url"].lower().endswith(f"/attachments/{reference['id']}")
        listed = api.client.get(f"{owner}/attachments").json()["value"]
        assert {"id": reference["id"], "fileName": name, "comment": "c"}.items() <= listed[
            -1
        ].items()
        download = api.client.get(f"{owner}/attachments/{reference['id']}")
        assert download.content == content
        assert "filename*=UTF-8''..%2F..%2Fetc%2Fpasswd" in download.headers["content-disposition"]
    # a run attachment is not a result attachment and vice versa
    assert_error(api.client.get(f"{RESULT}/attachments/18"), 404, "TestObjectNotFoundException")


def test_bad_uploads_are_rejected_and_store_nothing(api: Api) -> None:
    before = api.client.get(f"{RUN}/attachments").json()["count"]
    bad_bodies = [
        {"stream": "not base64!", "fileName": "a"},
        {"stream": "QUJD", "fileName": ""},
        {"stream": "QUJD"},
        {"fileName": "a.txt"},
        {"stream": "QUJ", "fileName": "a"},
        {"stream": "QQ==QUJD", "fileName": "a"},
        {"stream": 12, "fileName": "a"},
        {"stream": "QUJD", "fileName": 5},
        {"stream": "QUJD", "fileName": "a", "attachmentType": "Nope"},
        {"stream": "QUJD", "fileName": "a", "attachmentType": ""},
    ]
    for body in bad_bodies:
        assert_error(api.client.post(f"{RUN}/attachments", json=body), 400)
    for raw in [
        b"",
        b"[]",
        b'{"stream": "QUJD", "fileName": "a"',
        b'{"stream": "QUJD" "fileName": "a"}',
        b"{} x",
    ]:
        assert_error(api.client.post(f"{RUN}/attachments", content=raw), 400)
    assert_error(
        api.client.post(
            f"/{TFVC}/_apis/test/runs/999/attachments", json={"stream": "", "fileName": "a"}
        ),
        404,
    )
    assert api.client.get(f"{RUN}/attachments").json()["count"] == before


def test_json_escapes_inside_stream_are_decoded(api: Api) -> None:
    raw = b'{"fileName": "e.bin", "stream": "QU\\u004aD\\/w=="}'
    created = api.client.post(
        f"{RUN}/attachments", content=raw, headers={"content-type": "application/json"}
    )
    assert created.status_code == 200, created.text
    assert api.client.get(f"{RUN}/attachments/{created.json()['id']}").content == base64.b64decode(
        "QUJD/w=="
    )


def _base64_body(size: int, chunk: int = 3 * 64 * 1024) -> Iterator[bytes]:
    yield b'{"fileName": "big.bin", "comment": "streamed", "stream": "'
    block = bytes(range(256)) * (chunk // 256)
    sent = 0
    while sent < size:
        piece = block[: min(chunk, size - sent)]
        sent += len(piece)
        yield base64.b64encode(piece)
    yield b'", "attachmentType": "GeneralAttachment"}'


def test_large_upload_is_streamed_with_bounded_memory() -> None:
    size = 20 * 1024 * 1024
    with (
        EmulatorServer(seed="demo") as server,
        httpx.Client(base_url=server.base_url, timeout=60) as client,
    ):
        tracemalloc.start()
        try:
            created = client.post(f"{RUN}/attachments", content=_base64_body(size))
            assert created.status_code == 200, created.text
            received = 0
            with client.stream("GET", f"{RUN}/attachments/{created.json()['id']}") as download:
                for piece in download.iter_bytes():
                    received += len(piece)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert received == size
        assert peak < 8 * 1024 * 1024, (
            f"peak traced memory {peak} bytes for a {size}-byte attachment"
        )
        assert (server.state.attachments_dir / f"{created.json()['id']}.bin").stat().st_size == size


def test_interrupted_upload_stores_nothing() -> None:
    with EmulatorServer(seed="demo") as server:
        host, port = server.base_url.split("//")[1].split("/")[0].split(":")
        with socket.create_connection((host, int(port))) as sock:
            path = f"/DefaultCollection{RUN}/attachments"
            head = (
                f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                "Content-Length: 100000\r\n\r\n"
            )
            sock.sendall(head.encode() + b'{"fileName": "cut.bin", "stream": "QUJDQUJD')
        with httpx.Client(base_url=server.base_url) as client:
            for _ in range(100):
                if not any(server.state.uploads_dir.iterdir()):
                    break
                import time

                time.sleep(0.02)
            listed = client.get(f"{RUN}/attachments").json()["value"]
        assert [a["fileName"] for a in listed] == ["imageAsFileAttachment.png"]
        assert not any(server.state.uploads_dir.iterdir())
        assert server.state.internal_errors == 0


def test_oversized_attachment_is_rejected_with_413() -> None:
    from tfs_emulator import Limits, Settings

    with (
        EmulatorServer(
            seed="demo", settings=Settings(limits=Limits(max_attachment_bytes=10))
        ) as server,
        httpx.Client(base_url=server.base_url) as client,
    ):
        too_big = base64.b64encode(b"x" * 11).decode()
        assert_error(
            client.post(f"{RUN}/attachments", json={"stream": too_big, "fileName": "a"}), 413
        )
        assert client.get(f"{RUN}/attachments").json()["count"] == 1


# -- issue 13, item 10: Range per RFC 9110; every error is the JSON error body ---------------


def _png(api: Api) -> bytes:
    return api.client.get(f"{RUN}/attachments/18").content


@pytest.mark.parametrize(
    "header",
    [
        "items=0-3",  # an unknown unit
        "bytes=abc",
        "bytes=5-2",  # last before first: an invalid range-spec
        "bytes=0-3,x",
        "bytes=",
        "bytes 0-3",
        "bytes=0-1,4-5",  # several ranges: the whole file is a valid answer
    ],
)
def test_a_range_the_server_does_not_serve_is_ignored(api: Api, header: str) -> None:
    whole = _png(api)
    response = api.client.get(f"{RUN}/attachments/18", headers={"range": header})
    assert response.status_code == 200
    assert response.content == whole


def test_one_byte_range_is_a_206(api: Api) -> None:
    whole = _png(api)
    first = api.client.get(f"{RUN}/attachments/18", headers={"range": "bytes=0-3"})
    assert first.status_code == 206 and first.content == whole[:4]
    assert first.headers["content-range"] == f"bytes 0-3/{len(whole)}"
    tail = api.client.get(f"{RUN}/attachments/18", headers={"range": "Bytes = -5"})
    assert tail.status_code == 206 and tail.content == whole[-5:]
    rest = api.client.get(f"{RUN}/attachments/18", headers={"range": f"bytes={len(whole) - 2}-"})
    assert rest.status_code == 206 and rest.content == whole[-2:]
    stale = api.client.get(
        f"{RUN}/attachments/18", headers={"range": "bytes=0-3", "if-range": '"not-the-etag"'}
    )
    assert stale.status_code == 200 and stale.content == whole


def test_a_range_beyond_the_end_is_a_416_error_body(api: Api) -> None:
    size = len(_png(api))
    for header in (f"bytes={size}-", f"bytes={size + 10}-{size + 20}", "bytes=-0"):
        response = api.client.get(f"{RUN}/attachments/18", headers={"range": header})
        assert_error(response, 416, "RangeNotSatisfiableException")
        assert response.headers["content-range"] == f"bytes */{size}"
