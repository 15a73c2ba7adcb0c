"""Attachment downloads: raw bytes streamed to a file (atomically), a file object or the caller."""

from __future__ import annotations

import contextlib
import email.message
import os
import re
import secrets
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import IO, Any

import anyio.to_thread
import httpx
from tfs_api.api.attachments import (
    get_test_result_attachment_content,
    get_test_run_attachment_content,
)
from tfs_api.errors import UnexpectedStatus
from tfs_api.operation import Operation

from .calls import GeneratedClient
from .errors import ApiConnectionError, TfsApiError, error_from_exception, typed_error
from .progress import ProgressCallback

ERROR_BODY_LIMIT = 64 * 1024
"""Bytes of an error reply read to build the typed error (the rest is not downloaded)."""

_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')
_MAX_NAME_BYTES = 200

Destination = str | os.PathLike[str] | IO[bytes]
"""A file path, an existing directory, or a binary file object open for writing."""

_Request = tuple[Operation[Any], dict[str, Any]]


def _request(
    project: str, run_id: int, attachment_id: int, result_id: int | None, api_version: str | None
) -> _Request:
    """The download operation and its httpx request arguments."""
    options: dict[str, Any] = {} if api_version is None else {"api_version": api_version}
    if result_id is None:
        operation = get_test_run_attachment_content.OPERATION
        return operation, operation.request(project, run_id, attachment_id, **options)
    operation = get_test_result_attachment_content.OPERATION
    return operation, operation.request(project, run_id, result_id, attachment_id, **options)


class _Counter:
    """Counts the bytes of a reply, reports progress, and checks the announced length."""

    def __init__(self, response: httpx.Response, progress: ProgressCallback | None, name: str):
        length = response.headers.get("content-length", "")
        encoded = bool(response.headers.get("content-encoding"))
        self.total = int(length) if length.isdigit() and not encoded else None
        self.done = 0
        self.progress = progress
        self.name = name
        self.add(b"")

    def add(self, chunk: bytes) -> bytes:
        self.done += len(chunk)
        if self.progress is not None:
            self.progress(self.done, self.total)
        return chunk

    def finish(self) -> None:
        if self.total is not None and self.done != self.total:
            raise ApiConnectionError(
                f"the download ended after {self.done} of {self.total} bytes", operation=self.name
            )

    def counted(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
        yield from map(self.add, chunks)
        self.finish()

    async def acounted(self, chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        async for chunk in chunks:
            yield self.add(chunk)
        self.finish()


def _error(response: httpx.Response, body: bytes, operation: Operation[Any]) -> TfsApiError:
    """The typed error for a reply that is not a documented success (``body``: its start)."""
    return typed_error(
        UnexpectedStatus(
            response.status_code, body, headers=response.headers, operation=operation.name
        )
    )


@contextlib.contextmanager
def _opened(
    client: GeneratedClient, request: _Request, progress: ProgressCallback | None
) -> Iterator[tuple[httpx.Response, Iterator[bytes]]]:
    operation, kwargs = request
    name = operation.name
    try:
        with client.get_httpx_client().stream(**kwargs) as response:
            if response.status_code not in operation.success_statuses:
                body = next(response.iter_bytes(ERROR_BODY_LIMIT), b"")
                raise _error(response, body, operation)
            yield response, _Counter(response, progress, name).counted(response.iter_bytes())
    except httpx.HTTPError as exc:
        raise error_from_exception(exc, operation=name) from exc


@contextlib.asynccontextmanager
async def _aopened(
    client: GeneratedClient, request: _Request, progress: ProgressCallback | None
) -> AsyncIterator[tuple[httpx.Response, AsyncIterator[bytes]]]:
    operation, kwargs = request
    name = operation.name
    try:
        async with client.get_async_httpx_client().stream(**kwargs) as response:
            if response.status_code not in operation.success_statuses:
                body = await anext(response.aiter_bytes(ERROR_BODY_LIMIT), b"")
                raise _error(response, body, operation)
            yield response, _Counter(response, progress, name).acounted(response.aiter_bytes())
    except httpx.HTTPError as exc:
        raise error_from_exception(exc, operation=name) from exc


def iter_attachment_bytes(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    *,
    result_id: int | None = None,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> Iterator[bytes]:
    """Yield a test run (or, with ``result_id``, test result) attachment's bytes as they arrive.

    The connection is released when the iterator ends or is closed (``contextlib.closing``);
    a body shorter than its ``Content-Length`` raises a typed ``TfsApiError``.
    """
    request = _request(project, run_id, attachment_id, result_id, api_version)
    with _opened(client, request, progress) as (_, chunks):
        yield from chunks


def download_attachment(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    dest: Destination,
    *,
    result_id: int | None = None,
    fallback_name: str | None = None,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> Path | None:
    """Stream an attachment's bytes to ``dest``: a file path, a directory or a binary file object.

    A path is written atomically (temporary file beside it, then rename), so a failed download
    leaves nothing behind. In a directory the file is named from ``Content-Disposition`` (made
    safe), else ``fallback_name``, else ``attachment-<id>``. Returns the path (``None`` for a
    file object).
    """
    _check_folder(dest)
    request = _request(project, run_id, attachment_id, result_id, api_version)
    with (
        _opened(client, request, progress) as (response, chunks),
        _sink(dest, response, fallback_name or f"attachment-{attachment_id}") as (write, path),
    ):
        for chunk in chunks:
            write(chunk)
    return path


async def aiter_attachment_bytes(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    *,
    result_id: int | None = None,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> AsyncIterator[bytes]:
    """The async twin of ``iter_attachment_bytes`` (``async for chunk in ...``)."""
    request = _request(project, run_id, attachment_id, result_id, api_version)
    async with _aopened(client, request, progress) as (_, chunks):
        async for chunk in chunks:
            yield chunk


async def adownload_attachment(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    dest: Destination,
    *,
    result_id: int | None = None,
    fallback_name: str | None = None,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> Path | None:
    """The async twin of ``download_attachment`` (file writes happen in a worker thread)."""
    _check_folder(dest)
    request = _request(project, run_id, attachment_id, result_id, api_version)
    async with _aopened(client, request, progress) as (response, chunks):
        with _sink(dest, response, fallback_name or f"attachment-{attachment_id}") as (write, path):
            async for chunk in chunks:
                await anyio.to_thread.run_sync(write, chunk)
    return path


def _check_folder(dest: Destination) -> None:
    """Fail before any request when a path's folder does not exist."""
    if isinstance(dest, (str, os.PathLike)):
        target = Path(dest)
        if not target.is_dir() and not target.parent.is_dir():
            raise FileNotFoundError(f"the destination folder does not exist: {target.parent}")


@contextlib.contextmanager
def _sink(
    dest: Destination, response: httpx.Response, fallback: str
) -> Iterator[tuple[Callable[[bytes], object], Path | None]]:
    """Where the bytes go: ``write`` and the final path (``None`` for a file object)."""
    if not isinstance(dest, (str, os.PathLike)):
        yield dest.write, None
        return
    path = Path(dest)
    if path.is_dir():
        path /= safe_file_name(response.headers.get("content-disposition", "")) or fallback
    temporary = path.with_name(f".tfs-download-{secrets.token_hex(8)}.part")
    try:  # a new temporary file beside ``path``, renamed to ``path`` only once complete
        with temporary.open("xb") as file:
            yield file.write, path
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def safe_file_name(content_disposition: str) -> str | None:
    """The file name in a ``Content-Disposition`` header as a plain name that stays inside any
    folder (no directory parts, control or Windows-forbidden characters; long names shortened,
    keeping the extension), or ``None``."""
    message = email.message.Message()
    message["content-disposition"] = content_disposition
    raw = message.get_filename() or ""
    name = _UNSAFE_CHARS.sub("_", raw.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    if len(name.encode()) > _MAX_NAME_BYTES:
        stem, dot, suffix = name.rpartition(".")
        if not dot or len(suffix.encode()) > 16:
            stem, dot, suffix = name, "", ""
        budget = _MAX_NAME_BYTES - len(suffix.encode()) - len(dot)
        name = stem.encode()[:budget].decode(errors="ignore") + dot + suffix
    return name or None
