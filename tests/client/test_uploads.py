"""Attachment uploads: the exact streamed JSON body, its length, memory, progress and failures."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from tfs_client import (
    ApiConnectionError,
    AttachmentBody,
    BadRequestError,
    MalformedResponseError,
    aupload_attachment,
    upload_attachment,
)
from tfs_client.uploads import CHUNK_BYTES

from tests.api_versions import UPGRADED, api_version

from ._support import FakeClock, error_json, mock_client

REFERENCE = {
    "id": 7,
    "url": "https://tfs.example.com/DefaultCollection/_apis/test/runs/49/attachments/7",
}


class Recorder:
    """Records whole (small) upload requests and answers with a new attachment reference."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=REFERENCE)


class StreamingSink(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Consumes an upload chunk by chunk, decoding the base64 as it goes, never holding it whole."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.decoded = 0
        self.received = 0
        self.chunks = 0
        self.largest_chunk = 0
        self.head = b""
        self.tail = b""
        self.content_length = 0
        self._pending = b""
        self._in_stream = False

    def _feed(self, chunk: bytes) -> None:
        self.chunks += 1
        self.received += len(chunk)
        self.largest_chunk = max(self.largest_chunk, len(chunk))
        if not self._in_stream and not self.decoded:
            self.head += chunk
            if b'"stream":"' not in self.head:
                return
            self.head, _, chunk = self.head.partition(b'"stream":"')
            self._in_stream = True
        if self._in_stream:
            end = chunk.find(b'"')
            part, rest = (chunk, b"") if end < 0 else (chunk[:end], chunk[end:])
            data = self._pending + part
            usable = len(data) - len(data) % 4
            decoded = base64.b64decode(data[:usable], validate=True)
            self.digest.update(decoded)
            self.decoded += len(decoded)
            self._pending = data[usable:]
            if end >= 0:
                self._in_stream = False
                self.tail += rest
        else:
            self.tail += chunk

    def _reply(self, request: httpx.Request) -> httpx.Response:
        self.content_length = int(request.headers["content-length"])
        assert not self._pending
        return httpx.Response(200, json=REFERENCE)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        for chunk in request.stream:
            self._feed(chunk)
        return self._reply(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        async for chunk in request.stream:
            self._feed(chunk)
        return self._reply(request)


def pseudo_random_file(path: Path, size: int) -> str:
    """Write ``size`` reproducible non-repeating bytes to ``path``; return their sha256."""
    digest = hashlib.sha256()
    with path.open("wb") as file:
        counter = 0
        while size > 0:
            block = hashlib.sha512(counter.to_bytes(8, "big")).digest() * 1024
            block = block[:size]
            file.write(block)
            digest.update(block)
            size -= len(block)
            counter += 1
    return digest.hexdigest()


def test_upload_sends_exactly_the_documented_json_body(tmp_path: Path) -> None:
    source = tmp_path / "screenshot.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    recorder = Recorder()
    reference = upload_attachment(
        mock_client(recorder), "Fabrikam", 49, source, comment="Test attachment upload"
    )
    assert (reference.id, reference.url) == (REFERENCE["id"], REFERENCE["url"])
    request = recorder.requests[0]
    assert request.method == "POST"
    assert request.url.path == "/DefaultCollection/Fabrikam/_apis/test/runs/49/attachments"
    assert request.url.params["api-version"] == api_version("createTestRunAttachment")
    encoded = base64.b64encode(source.read_bytes()).decode()
    expected = (
        f'{{"stream":"{encoded}","fileName":"screenshot.png",'
        '"comment":"Test attachment upload","attachmentType":"GeneralAttachment"}'
    )
    assert request.content.decode() == expected
    assert request.headers["content-length"] == str(len(expected))
    assert request.headers["content-type"] == "application/json"
    assert "transfer-encoding" not in request.headers


def test_upload_to_a_test_result_uses_the_result_route_and_options(tmp_path: Path) -> None:
    source = tmp_path / "log.txt"
    source.write_text("hello")
    recorder = Recorder()
    upload_attachment(
        mock_client(recorder), "Fabrikam", 49, source, result_id=100000,
        file_name="renamed.txt", attachment_type="CodeCoverage", api_version=UPGRADED,
    )  # fmt: skip
    request = recorder.requests[0]
    assert request.url.path.endswith("/_apis/test/runs/49/results/100000/attachments")
    assert request.url.params["api-version"] == UPGRADED
    body = json.loads(request.content)
    assert body == {
        "stream": base64.b64encode(b"hello").decode(),
        "fileName": "renamed.txt",
        "attachmentType": "CodeCoverage",
    }


def test_upload_escapes_unusual_file_names_and_comments_as_json(tmp_path: Path) -> None:
    source = tmp_path / "data.bin"
    source.write_bytes(b"")
    recorder = Recorder()
    name, comment = 'quote " back\\slash ünïcode \u2028', "line\nbreak"
    upload_attachment(mock_client(recorder), "F", 1, source, file_name=name, comment=comment)
    body = json.loads(recorder.requests[0].content)
    assert (body["fileName"], body["comment"], body["stream"]) == (name, comment, "")
    assert recorder.requests[0].headers["content-length"] == str(len(recorder.requests[0].content))


def test_upload_reads_a_file_object_from_its_current_position(tmp_path: Path) -> None:
    recorder = Recorder()
    source = io.BytesIO(b"HEADERpayload bytes")
    source.seek(6)
    upload_attachment(mock_client(recorder), "F", 1, source, file_name="p.bin")
    assert (
        json.loads(recorder.requests[0].content)["stream"]
        == base64.b64encode(b"payload bytes").decode()
    )


def test_upload_names_the_file_after_a_named_file_object(tmp_path: Path) -> None:
    source = tmp_path / "results.trx"
    source.write_bytes(b"<TestRun/>")
    recorder = Recorder()
    with source.open("rb") as file:
        upload_attachment(mock_client(recorder), "F", 1, file)
    assert json.loads(recorder.requests[0].content)["fileName"] == "results.trx"


def test_upload_rejects_sources_it_cannot_measure_or_name(tmp_path: Path) -> None:
    recorder = Recorder()
    client = mock_client(recorder)
    with pytest.raises(ValueError, match="file_name"):
        upload_attachment(client, "F", 1, io.BytesIO(b"x"))
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as pipe, pytest.raises(ValueError, match="seekable"):
        upload_attachment(client, "F", 1, pipe, file_name="p")
    os.close(write_end)
    with pytest.raises(FileNotFoundError):
        upload_attachment(client, "F", 1, tmp_path / "missing.bin")
    assert recorder.requests == []


def test_upload_takes_bytes_with_a_file_name_and_refuses_what_it_cannot_read(
    tmp_path: Path,
) -> None:
    recorder = Recorder()
    client = mock_client(recorder)
    upload_attachment(client, "F", 1, b"\x00bytes", file_name="b.bin")
    assert (
        json.loads(recorder.requests[0].content)["stream"]
        == base64.b64encode(b"\x00bytes").decode()
    )
    with pytest.raises(ValueError, match="file_name is required when the source is bytes"):
        upload_attachment(client, "F", 1, bytearray(b"x"))
    text = tmp_path / "t.txt"
    text.write_text("x")
    with text.open() as opened, pytest.raises(TypeError, match="binary mode"):
        upload_attachment(client, "F", 1, opened, file_name="t.txt")  # type: ignore[arg-type]
    for wrong in (42, None, ["x"]):
        with pytest.raises(TypeError, match="must be a path, a binary file object or bytes"):
            upload_attachment(client, "F", 1, wrong, file_name="w")  # type: ignore[arg-type]
    assert len(recorder.requests) == 1


def test_a_source_that_shrinks_during_upload_fails_instead_of_sending_garbage(
    tmp_path: Path,
) -> None:
    source = tmp_path / "growing.log"
    source.write_bytes(b"x" * 1000)
    body = AttachmentBody(source, file_name="f")
    source.write_bytes(b"x" * 10)
    with pytest.raises(ValueError, match="shrank"):
        b"".join(body)


def test_body_length_is_exact_for_every_remainder_of_three(tmp_path: Path) -> None:
    for size in range(0, 8):
        source = tmp_path / f"f{size}"
        source.write_bytes(os.urandom(size))
        body = AttachmentBody(source, file_name="f")
        text = b"".join(body)
        assert len(text) == body.content_length
        assert base64.b64decode(json.loads(text)["stream"]) == source.read_bytes()
        assert b"".join(body) == text  # can be sent again (a retry)


def test_large_upload_streams_in_chunks_with_flat_memory(tmp_path: Path) -> None:
    size = 40 * 1024 * 1024 + 1  # far larger than any chunk, odd remainder
    source = tmp_path / "big.bin"
    expected_digest = pseudo_random_file(source, size)
    sink = StreamingSink()
    progress: list[tuple[int, int | None]] = []
    client = mock_client(sink)
    tracemalloc.start()
    try:
        upload_attachment(client, "F", 1, source, progress=lambda d, t: progress.append((d, t)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.digest.hexdigest() == expected_digest
    assert sink.decoded == size
    assert sink.received == sink.content_length
    assert sink.chunks > 50
    assert sink.largest_chunk <= 4 * CHUNK_BYTES // 3 + 1024
    assert peak < 8 * 1024 * 1024, f"upload peaked at {peak} bytes of Python memory"
    assert json.loads(sink.head + b'"stream":"' + sink.tail)["fileName"] == "big.bin"
    assert progress[0] == (0, size) and progress[-1] == (size, size)
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)


def test_upload_errors_are_typed_and_name_the_operation(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("a")
    reply = error_json("Attachment type is invalid.", "InvalidPropertyException")
    client = mock_client(lambda request: httpx.Response(400, json=reply))
    with pytest.raises(BadRequestError, match="invalid") as caught:
        upload_attachment(client, "F", 1, source)
    assert caught.value.operation == "create_test_run_attachment"
    client = mock_client(lambda request: httpx.Response(200, text="<html>proxy</html>"))
    with pytest.raises(MalformedResponseError) as malformed:
        upload_attachment(client, "F", 1, source, result_id=5)
    assert malformed.value.operation == "create_test_result_attachment"


def test_an_undocumented_success_reply_is_a_typed_error(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("a")
    client = mock_client(lambda request: httpx.Response(201, json=REFERENCE))
    with pytest.raises(MalformedResponseError, match="HTTP 201"):
        upload_attachment(client, "F", 1, source)


def test_a_connection_reset_mid_upload_is_typed_and_not_retried(
    tmp_path: Path, clock: FakeClock
) -> None:
    source = tmp_path / "a.bin"
    source.write_bytes(b"z" * (3 * CHUNK_BYTES))
    attempts = []

    class ResetMidway(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            attempts.append(request)
            for index, _chunk in enumerate(request.stream):  # type: ignore[union-attr]
                if index == 2:
                    raise httpx.WriteError("connection reset by peer")
            return httpx.Response(200, json=REFERENCE)

    with pytest.raises(ApiConnectionError, match="reset") as caught:
        upload_attachment(mock_client(ResetMidway(), clock), "F", 1, source)
    assert caught.value.operation == "create_test_run_attachment"
    assert len(attempts) == 1
    assert clock.sleeps == []


def test_an_opted_in_upload_retry_resends_the_whole_body(tmp_path: Path, clock: FakeClock) -> None:
    source = tmp_path / "a.bin"
    source.write_bytes(os.urandom(2 * CHUNK_BYTES + 5))
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(503 if len(bodies) == 1 else 200, json=REFERENCE)

    policy = clock.policy(retry_non_idempotent=True)
    assert upload_attachment(mock_client(handler, retries=policy), "F", 1, source).id == 7
    assert len(bodies) == 2 and bodies[0] == bodies[1]
    assert base64.b64decode(json.loads(bodies[1])["stream"]) == source.read_bytes()


@pytest.mark.anyio
async def test_async_upload_streams_the_same_body_with_flat_memory(tmp_path: Path) -> None:
    size = 8 * 1024 * 1024 + 2
    source = tmp_path / "big.bin"
    expected_digest = pseudo_random_file(source, size)
    sink = StreamingSink()
    progress: list[tuple[int, int | None]] = []
    tracemalloc.start()
    try:
        reference = await aupload_attachment(
            mock_client(sink), "F", 1, source, comment="async",
            progress=lambda d, t: progress.append((d, t)),
        )  # fmt: skip
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reference.id == 7
    assert sink.digest.hexdigest() == expected_digest
    assert sink.received == sink.content_length
    assert sink.chunks > 5
    assert peak < 8 * 1024 * 1024
    assert progress[0] == (0, size) and progress[-1] == (size, size)
    assert json.loads(sink.head + b'"stream":"' + sink.tail)["comment"] == "async"


@pytest.mark.anyio
async def test_async_upload_from_a_file_object_and_typed_errors(tmp_path: Path) -> None:
    recorder = Recorder()
    await aupload_attachment(mock_client(recorder), "F", 1, io.BytesIO(b"abc"), file_name="a")
    assert json.loads(recorder.requests[0].content)["stream"] == "YWJj"

    def reset(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("reset")

    with pytest.raises(ApiConnectionError):
        await aupload_attachment(mock_client(reset), "F", 1, io.BytesIO(b"abc"), file_name="a")


def test_async_iteration_of_the_body_matches_sync_iteration(tmp_path: Path) -> None:
    import anyio

    source = tmp_path / "f.bin"
    source.write_bytes(os.urandom(CHUNK_BYTES + 7))
    body = AttachmentBody(source, file_name="f")

    async def collect(chunks: AsyncIterator[bytes]) -> bytes:
        return b"".join([chunk async for chunk in chunks])

    async def main() -> bytes:
        return await collect(body.aiter().__aiter__())

    assert anyio.run(main) == b"".join(_iterate(body))


def _iterate(body: AttachmentBody) -> Iterator[bytes]:
    yield from body


def test_a_comment_that_looks_like_the_stream_field_cannot_confuse_the_body(tmp_path: Path) -> None:
    from tfs_client.uploads import _MARKER

    source = tmp_path / "a.txt"
    source.write_bytes(b"abc")
    tricky = f'"stream":"{_MARKER}"'
    body = AttachmentBody(source, file_name=tricky, comment=tricky)
    parsed = json.loads(b"".join(body))
    assert parsed == {
        "stream": "YWJj",
        "fileName": tricky,
        "comment": tricky,
        "attachmentType": "GeneralAttachment",
    }
    assert len(b"".join(body)) == body.content_length
