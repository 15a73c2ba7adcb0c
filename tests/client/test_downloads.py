"""Attachment downloads: byte-exact streaming, atomic files, safe names, interruptions, async."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from tfs_client import (
    ApiConnectionError,
    NotFoundError,
    ServerError,
    adownload_attachment,
    aiter_attachment_bytes,
    download_attachment,
    iter_attachment_bytes,
    safe_file_name,
)
from tfs_client.downloads import ERROR_BODY_LIMIT

from ._support import FakeClock, error_json, mock_client

BLOCK = 64 * 1024


def block(index: int) -> bytes:
    """Reproducible, non-repeating 64 KiB blocks of attachment content."""
    return hashlib.sha512(index.to_bytes(8, "big")).digest() * (BLOCK // 64)


class Blocks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A reply body of ``count`` blocks generated on the fly, optionally failing after ``fail_at``."""

    def __init__(self, count: int, fail_at: int | None = None, start: int = 0) -> None:
        self.count, self.fail_at, self.start = count, fail_at, start

    def _blocks(self) -> Iterator[bytes]:
        data = b"".join(block(i) for i in range(self.count)) if self.start else None
        if data is not None:
            yield data[self.start :]
            return
        for index in range(self.count):
            if index == self.fail_at:
                raise httpx.ReadError("connection reset by peer")
            yield block(index)

    def __iter__(self) -> Iterator[bytes]:
        yield from self._blocks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._blocks():
            yield chunk


def digest_of(count: int) -> str:
    digest = hashlib.sha256()
    for index in range(count):
        digest.update(block(index))
    return digest.hexdigest()


class AttachmentServer:
    """Serves attachment 5 of run 23 as ``count`` blocks; the first ``failures`` replies break."""

    def __init__(
        self,
        count: int = 4,
        *,
        failures: int = 0,
        disposition: str | None = None,
        length: bool = True,
        etag: str | None = None,
    ) -> None:
        self.etag = etag
        self.count, self.failures, self.disposition, self.length = (
            count,
            failures,
            disposition,
            length,
        )
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        headers = {"content-type": "application/octet-stream"}
        if self.length:
            headers["content-length"] = str(self.count * BLOCK)
        if self.disposition:
            headers["content-disposition"] = self.disposition
        fail_at = self.count // 2 if len(self.requests) <= self.failures else None
        if self.etag:
            headers["etag"] = self.etag
            wanted = request.headers.get("range", "")
            if wanted.startswith("bytes=") and request.headers.get("if-range") == self.etag:
                start, end = int(wanted[6:].rstrip("-")), self.count * BLOCK - 1
                headers["content-range"] = f"bytes {start}-{end}/{end + 1}"
                headers["content-length"] = str(end + 1 - start)
                return httpx.Response(206, headers=headers, stream=Blocks(self.count, start=start))
        return httpx.Response(200, headers=headers, stream=Blocks(self.count, fail_at))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_download_to_a_path_writes_the_exact_bytes(tmp_path: Path) -> None:
    server = AttachmentServer(count=3)
    dest = tmp_path / "out.bin"
    progress: list[tuple[int, int | None]] = []
    written = download_attachment(
        mock_client(server), "Fabrikam", 23, 5, dest, progress=lambda d, t: progress.append((d, t))
    )
    assert written == dest
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == digest_of(3)
    assert (
        server.requests[0].url.path
        == "/DefaultCollection/Fabrikam/_apis/test/runs/23/attachments/5"
    )
    assert progress == [
        (0, 3 * BLOCK),
        (BLOCK, 3 * BLOCK),
        (2 * BLOCK, 3 * BLOCK),
        (3 * BLOCK, 3 * BLOCK),
    ]
    assert leftovers(tmp_path) == ["out.bin"]


def test_download_of_a_test_result_attachment_uses_its_route(tmp_path: Path) -> None:
    server = AttachmentServer(count=1)
    download_attachment(mock_client(server), "F", 23, 5, tmp_path / "x", result_id=100000)
    assert server.requests[0].url.path.endswith("/runs/23/results/100000/attachments/5")


def test_large_download_is_byte_exact_with_flat_memory(tmp_path: Path) -> None:
    count = 640  # 40 MiB, far larger than any buffer
    dest = tmp_path / "big.bin"
    client = mock_client(AttachmentServer(count=count))
    tracemalloc.start()
    try:
        download_attachment(client, "F", 23, 5, dest)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert dest.stat().st_size == count * BLOCK
    digest = hashlib.sha256()
    with dest.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    assert digest.hexdigest() == digest_of(count)
    assert peak < 8 * 1024 * 1024, f"download peaked at {peak} bytes of Python memory"


def test_download_keeps_the_usual_file_permissions(tmp_path: Path) -> None:
    dest = tmp_path / "perm.bin"
    download_attachment(mock_client(AttachmentServer(count=1)), "F", 23, 5, dest)
    umask = os.umask(0)
    os.umask(umask)
    assert dest.stat().st_mode & 0o777 == 0o666 & ~umask


def test_an_interrupted_download_leaves_no_file_behind(tmp_path: Path) -> None:
    server = AttachmentServer(count=8, failures=99)
    dest = tmp_path / "out.bin"
    with pytest.raises(ApiConnectionError, match="reset") as caught:
        download_attachment(mock_client(server, retries=0), "F", 23, 5, dest)
    assert caught.value.operation == "get_test_run_attachment_content"
    assert leftovers(tmp_path) == []


def test_an_interrupted_download_leaves_an_existing_file_untouched(tmp_path: Path) -> None:
    dest = tmp_path / "out.bin"
    dest.write_bytes(b"previous complete version")
    with pytest.raises(ApiConnectionError):
        download_attachment(mock_client(AttachmentServer(failures=99), retries=0), "F", 23, 5, dest)
    assert dest.read_bytes() == b"previous complete version"
    assert leftovers(tmp_path) == ["out.bin"]


def test_an_interrupted_download_without_an_etag_is_fetched_again_and_checked(
    tmp_path: Path, clock: FakeClock
) -> None:
    server = AttachmentServer(count=8, failures=1)
    dest = tmp_path / "out.bin"
    download_attachment(mock_client(server, clock), "F", 23, 5, dest)
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == digest_of(8)
    assert len(server.requests) == 2
    assert "range" not in server.requests[1].headers
    assert leftovers(tmp_path) == ["out.bin"]


def test_an_interrupted_download_with_a_strong_etag_is_resumed_with_if_range(
    tmp_path: Path, clock: FakeClock
) -> None:
    server = AttachmentServer(count=8, failures=1, etag='"att-5-v1"')
    dest = tmp_path / "out.bin"
    download_attachment(mock_client(server, clock), "F", 23, 5, dest)
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == digest_of(8)
    assert len(server.requests) == 2
    assert server.requests[1].headers["range"] == f"bytes={4 * BLOCK}-"
    assert server.requests[1].headers["if-range"] == '"att-5-v1"'
    assert leftovers(tmp_path) == ["out.bin"]


def test_a_body_shorter_than_its_content_length_is_an_error(tmp_path: Path) -> None:
    def short(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-length": "100"}, stream=Blocks(0))

    with pytest.raises(
        ApiConnectionError, match=r"download from tfs\.example\.com:443 ended after 0 of 100"
    ):
        download_attachment(mock_client(short, retries=0), "F", 23, 5, tmp_path / "out.bin")
    assert leftovers(tmp_path) == []


def test_a_missing_attachment_is_a_typed_error_and_writes_nothing(tmp_path: Path) -> None:
    def missing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            404, json=error_json("Attachment 5 not found.", "TestObjectNotFoundException")
        )

    with pytest.raises(NotFoundError, match="Attachment 5 not found") as caught:
        download_attachment(mock_client(missing), "F", 23, 5, tmp_path / "out.bin")
    assert caught.value.type_key == "TestObjectNotFoundException"
    assert leftovers(tmp_path) == []


def test_a_huge_error_body_is_read_only_up_to_a_limit(tmp_path: Path) -> None:
    served = []

    class Counted(Blocks):
        def _blocks(self) -> Iterator[bytes]:
            for chunk in super()._blocks():
                served.append(len(chunk))
                yield chunk

    def huge(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, stream=Counted(10_000))

    with pytest.raises(ServerError) as caught:
        download_attachment(mock_client(huge, retries=0), "F", 23, 5, tmp_path / "out.bin")
    assert caught.value.status == 500
    assert len(caught.value.text) <= 500
    assert sum(served) <= ERROR_BODY_LIMIT + BLOCK
    assert leftovers(tmp_path) == []


def test_a_missing_destination_folder_fails_before_any_request(tmp_path: Path) -> None:
    server = AttachmentServer()
    with pytest.raises(FileNotFoundError):
        download_attachment(mock_client(server), "F", 23, 5, tmp_path / "nope" / "out.bin")
    assert server.requests == []


def test_download_into_a_directory_uses_the_servers_file_name(tmp_path: Path) -> None:
    server = AttachmentServer(count=1, disposition='attachment; filename="coverage report.xml"')
    written = download_attachment(mock_client(server), "F", 23, 5, tmp_path)
    assert written == tmp_path / "coverage report.xml"
    assert written.stat().st_size == BLOCK


def test_download_into_a_directory_decodes_rfc5987_file_names(tmp_path: Path) -> None:
    server = AttachmentServer(
        count=1, disposition="attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.txt"
    )
    assert download_attachment(mock_client(server), "F", 23, 5, tmp_path) == tmp_path / "résumé.txt"


@pytest.mark.parametrize(
    "disposition",
    [
        'attachment; filename="../../etc/passwd"',
        'attachment; filename="/etc/passwd"',
        'attachment; filename="..\\\\..\\\\windows\\\\system32\\\\passwd"',
        "attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_hostile_server_file_names_stay_inside_the_directory(
    tmp_path: Path, disposition: str
) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    server = AttachmentServer(count=1, disposition=disposition)
    written = download_attachment(mock_client(server), "F", 23, 5, folder)
    assert written == folder / "passwd"
    assert leftovers(tmp_path) == ["downloads"]
    assert leftovers(folder) == ["passwd"]


@pytest.mark.parametrize(
    "disposition", ['attachment; filename=".."', "attachment", 'inline; filename=""']
)
def test_unusable_server_file_names_fall_back_to_the_attachment_id(
    tmp_path: Path, disposition: str
) -> None:
    server = AttachmentServer(count=1, disposition=disposition)
    assert (
        download_attachment(mock_client(server), "F", 23, 5, tmp_path) == tmp_path / "attachment-5"
    )


def test_a_fallback_name_is_used_when_the_server_sends_none(tmp_path: Path) -> None:
    server = AttachmentServer(count=1)
    written = download_attachment(
        mock_client(server), "F", 23, 5, tmp_path, fallback_name="run23.trx"
    )
    assert written == tmp_path / "run23.trx"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('attachment; filename="a.txt"', "a.txt"),
        ('attachment; filename="C:\\\\Users\\\\x\\\\evil.dll"', "evil.dll"),
        ('attachment; filename="a\x00b\x1fc.txt"', "a_b_c.txt"),
        ('attachment; filename="what?<>|*.txt"', "what_____.txt"),
        ('attachment; filename=" .hidden. "', "hidden"),
        ('attachment; filename="...."', None),
        ("", None),
    ],
)
def test_safe_file_name_reduces_names_to_plain_safe_ones(header: str, expected: str | None) -> None:
    assert safe_file_name(header) == expected


RESUME_NAME = "Résumé des tests — 日本語 ログ.txt"


@pytest.mark.parametrize(
    "header",
    [
        'attachment; filename="R_sum_ des tests _ ___ __.txt"; '
        f"filename*=UTF-8''{quote(RESUME_NAME)}",
        f"attachment; filename*=UTF-8''{quote(RESUME_NAME)}; "
        'filename="R_sum_ des tests _ ___ __.txt"',
        f"attachment; FILENAME*=utf-8'fr'{quote(RESUME_NAME)}",
    ],
    ids=["fallback first", "fallback last", "language tag, any case"],
)
def test_safe_file_name_prefers_filename_star_to_the_ascii_fallback(header: str) -> None:
    assert safe_file_name(header) == RESUME_NAME


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("attachment; filename*=UTF-8''%FF%FE.txt; filename=\"plain.txt\"", "plain.txt"),
        ("attachment; filename*=no-such-charset''x.txt; filename=\"plain.txt\"", "plain.txt"),
        ("attachment; filename*=iso-8859-1''caf%E9.txt", "café.txt"),
        ('attachment; filename="semi;colon \\"quoted\\".txt"', "semi;colon _quoted_.txt"),
    ],
)
def test_safe_file_name_falls_back_when_filename_star_does_not_decode(
    header: str, expected: str
) -> None:
    assert safe_file_name(header) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("Com1.tar.gz", "_Com1.tar.gz"),
        ("lpt9", "_lpt9"),
        ("aux .log", "_aux .log"),
        ("console.txt", "console.txt"),
        ("invoice\u202etxt.exe", "invoice_txt.exe"),
        ("\u2066report\u2069\u200b.txt", "_report__.txt"),
    ],
)
def test_windows_device_names_and_bidi_overrides_are_not_safe(name: str, expected: str) -> None:
    assert safe_file_name(f"attachment; filename*=UTF-8''{quote(name)}") == expected


def test_a_download_into_a_directory_never_overwrites_a_file_there(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_bytes(b"the user's own report")
    server = AttachmentServer(count=1, disposition='attachment; filename="report.txt"')
    client = mock_client(server)
    first = download_attachment(client, "F", 23, 5, tmp_path)
    second = download_attachment(client, "F", 23, 6, tmp_path)
    assert (first, second) == (tmp_path / "report (1).txt", tmp_path / "report (2).txt")
    assert (tmp_path / "report.txt").read_bytes() == b"the user's own report"
    assert first.read_bytes() == second.read_bytes() == block(0)
    assert leftovers(tmp_path) == ["report (1).txt", "report (2).txt", "report.txt"]


def test_a_name_taken_by_a_folder_or_a_name_without_extension_gets_a_number(
    tmp_path: Path,
) -> None:
    (tmp_path / "notes").mkdir()
    server = AttachmentServer(count=1, disposition='attachment; filename="notes"')
    assert download_attachment(mock_client(server), "F", 23, 5, tmp_path) == tmp_path / "notes (1)"


def test_without_hard_links_a_free_name_is_still_claimed_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, target: object) -> None:
        raise PermissionError("hard links are not supported here")

    monkeypatch.setattr(os, "link", no_links)
    (tmp_path / "report.txt").write_bytes(b"mine")
    server = AttachmentServer(count=1, disposition='attachment; filename="report.txt"')
    written = download_attachment(mock_client(server), "F", 23, 5, tmp_path)
    assert written == tmp_path / "report (1).txt" and written.read_bytes() == block(0)
    assert (tmp_path / "report.txt").read_bytes() == b"mine"
    assert leftovers(tmp_path) == ["report (1).txt", "report.txt"]


def test_a_file_path_named_by_the_caller_is_replaced(tmp_path: Path) -> None:
    dest = tmp_path / "out.bin"
    dest.write_bytes(b"old")
    assert download_attachment(mock_client(AttachmentServer(count=1)), "F", 23, 5, dest) == dest
    assert dest.read_bytes() == block(0)


def test_a_path_ending_with_a_separator_is_a_folder_created_if_missing(tmp_path: Path) -> None:
    server = AttachmentServer(count=1, disposition='attachment; filename="report.txt"')
    written = download_attachment(mock_client(server), "F", 23, 5, f"{tmp_path}/new/nodir/")
    assert written == tmp_path / "new" / "nodir" / "report.txt"
    assert written.read_bytes() == block(0)
    (tmp_path / "taken").write_bytes(b"a file, not a folder")
    with pytest.raises(FileExistsError):
        download_attachment(mock_client(server), "F", 23, 5, f"{tmp_path}/taken/")
    assert (tmp_path / "taken").read_bytes() == b"a file, not a folder"
    assert len(server.requests) == 1  # the second failed before any request


@pytest.mark.anyio
async def test_async_path_ending_with_a_separator_is_a_folder_created_if_missing(
    tmp_path: Path,
) -> None:
    server = AttachmentServer(count=1, disposition='attachment; filename="report.txt"')
    written = await adownload_attachment(mock_client(server), "F", 23, 5, f"{tmp_path}/nodir/")
    assert written == tmp_path / "nodir" / "report.txt"
    assert leftovers(tmp_path / "nodir") == ["report.txt"]


@pytest.mark.anyio
async def test_async_download_into_a_directory_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_bytes(b"mine")
    server = AttachmentServer(count=1, disposition='attachment; filename="report.txt"')
    written = await adownload_attachment(mock_client(server), "F", 23, 5, tmp_path)
    assert written == tmp_path / "report (1).txt"
    assert (tmp_path / "report.txt").read_bytes() == b"mine"


def test_safe_file_name_shortens_very_long_names_keeping_the_extension() -> None:
    name = safe_file_name(f'attachment; filename="{"é" * 300}.log"')
    assert name is not None and name.endswith(".log")
    assert len(name.encode()) <= 200


def test_download_to_a_file_object_streams_into_it() -> None:
    buffer = io.BytesIO()
    assert download_attachment(mock_client(AttachmentServer(count=2)), "F", 23, 5, buffer) is None
    assert hashlib.sha256(buffer.getvalue()).hexdigest() == digest_of(2)


def test_iter_attachment_bytes_yields_the_chunks_lazily() -> None:
    server = AttachmentServer(count=3, length=False)
    progress: list[tuple[int, int | None]] = []
    chunks = iter_attachment_bytes(
        mock_client(server), "F", 23, 5, progress=lambda d, t: progress.append((d, t))
    )
    assert server.requests == []
    assert b"".join(chunks) == b"".join(block(i) for i in range(3))
    assert progress[-1] == (3 * BLOCK, None)


def test_iter_attachment_bytes_can_stop_early_and_release_the_connection() -> None:
    closed = []

    class Tracked(Blocks):
        def close(self) -> None:
            closed.append(True)

    client = mock_client(lambda request: httpx.Response(200, stream=Tracked(100)))
    with contextlib.closing(iter_attachment_bytes(client, "F", 23, 5)) as chunks:
        assert next(chunks) == block(0)
    assert closed == [True]


@pytest.mark.anyio
async def test_async_download_to_a_path_is_byte_exact_and_atomic(tmp_path: Path) -> None:
    dest = tmp_path / "out.bin"
    progress: list[tuple[int, int | None]] = []
    written = await adownload_attachment(
        mock_client(AttachmentServer(count=64)), "F", 23, 5, dest,
        progress=lambda d, t: progress.append((d, t)),
    )  # fmt: skip
    assert written == dest
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == digest_of(64)
    assert progress[-1] == (64 * BLOCK, 64 * BLOCK)
    assert leftovers(tmp_path) == ["out.bin"]


@pytest.mark.anyio
async def test_async_interrupted_download_leaves_no_file_and_resumes_with_retries(
    tmp_path: Path, clock: FakeClock
) -> None:
    dest = tmp_path / "out.bin"
    with pytest.raises(ApiConnectionError):
        await adownload_attachment(
            mock_client(AttachmentServer(failures=99), retries=0), "F", 23, 5, dest
        )
    assert leftovers(tmp_path) == []
    server = AttachmentServer(count=8, failures=1)
    await adownload_attachment(mock_client(server, clock), "F", 23, 5, dest)
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == digest_of(8)


@pytest.mark.anyio
async def test_async_download_into_a_directory_and_a_file_object(tmp_path: Path) -> None:
    server = AttachmentServer(count=1, disposition='attachment; filename="../../etc/passwd"')
    assert (
        await adownload_attachment(mock_client(server), "F", 23, 5, tmp_path) == tmp_path / "passwd"
    )
    buffer = io.BytesIO()
    await adownload_attachment(
        mock_client(AttachmentServer(count=2)), "F", 23, 5, buffer, result_id=9
    )
    assert buffer.getvalue() == block(0) + block(1)


@pytest.mark.anyio
async def test_async_iter_attachment_bytes_and_typed_errors() -> None:
    chunks = [
        c async for c in aiter_attachment_bytes(mock_client(AttachmentServer(count=2)), "F", 23, 5)
    ]
    assert b"".join(chunks) == block(0) + block(1)

    def missing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, text="<html>Not Found</html>")

    with pytest.raises(NotFoundError) as caught:
        [c async for c in aiter_attachment_bytes(mock_client(missing), "F", 23, 5, result_id=1)]
    assert caught.value.operation == "get_test_result_attachment_content"
