"""Attachment downloads: raw bytes streamed to a file (atomically), a file object or the caller."""

from __future__ import annotations

import contextlib
import email.message
import os
import re
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import IO, Any, cast

import anyio
import anyio.to_thread
import httpx
from tfs_api.api.attachments import (
    get_test_result_attachment_content,
    get_test_run_attachment_content,
)

from .calls import GeneratedClient
from .errors import ApiConnectionError, error_from_exception, error_from_response, is_success
from .progress import ProgressCallback

ERROR_BODY_LIMIT = 64 * 1024
"""Bytes of an error reply read to build the typed error (the rest is not downloaded)."""

_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')
_MAX_NAME_BYTES = 200


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()


def _operation(
    project: str, run_id: int, attachment_id: int, result_id: int | None, api_version: str | None
) -> tuple[Any, dict[str, Any]]:
    kwargs: dict[str, Any] = {"project": project, "run_id": run_id, "attachment_id": attachment_id}
    if api_version is not None:
        kwargs["api_version"] = api_version
    if result_id is None:
        return get_test_run_attachment_content, kwargs
    return get_test_result_attachment_content, {**kwargs, "result_id": result_id}


def _name(module: Any) -> str:
    return str(module.__name__).rpartition(".")[2]


def _expected_length(response: httpx.Response) -> int | None:
    length = response.headers.get("content-length", "")
    if response.headers.get("content-encoding") or not length.isdigit():
        return None
    return int(length)


def _counted(
    chunks: Iterator[bytes], total: int | None, progress: ProgressCallback | None, name: str
) -> Iterator[bytes]:
    done = 0
    if progress is not None:
        progress(0, total)
    for chunk in chunks:
        done += len(chunk)
        if progress is not None:
            progress(done, total)
        yield chunk
    _check_complete(done, total, name)


def _check_complete(done: int, total: int | None, name: str) -> None:
    if total is not None and done != total:
        raise ApiConnectionError(
            f"the download ended after {done} of {total} bytes", operation=name
        )


@contextlib.contextmanager
def _opened(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    result_id: int | None,
    api_version: str | None,
) -> Iterator[tuple[httpx.Response, str]]:
    module, kwargs = _operation(project, run_id, attachment_id, result_id, api_version)
    name = _name(module)
    try:
        with module.stream(client=client, **kwargs) as response:
            if not is_success(response.status_code, response.headers):
                body = b""
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) >= ERROR_BODY_LIMIT:
                        break
                raise error_from_response(
                    response.status_code, body, response.headers, operation=name
                )
            yield response, name
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

    The request is sent when iteration starts; the connection is released when the iterator
    is exhausted or closed (use ``contextlib.closing`` if you may stop early). Raises a typed
    ``TfsApiError``, also if the body ends before its announced ``Content-Length``.
    """
    with _opened(client, project, run_id, attachment_id, result_id, api_version) as (resp, name):
        yield from _counted(resp.iter_bytes(), _expected_length(resp), progress, name)


def download_attachment(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    dest: str | os.PathLike[str] | IO[bytes],
    *,
    result_id: int | None = None,
    fallback_name: str | None = None,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> Path | None:
    """Stream an attachment's bytes to ``dest``: a file path, a directory or a binary file object.

    Writing to a path is atomic: bytes go to a temporary file in the same folder, renamed over
    ``dest`` only once complete, so a failed or interrupted download leaves no file behind (and
    an existing file untouched). For a directory, the file is named after the server's
    ``Content-Disposition`` file name (reduced to a plain name that stays inside the
    directory), else ``fallback_name``, else ``attachment-<id>``. Returns the path written
    (``None`` for a file object). Raises a typed ``TfsApiError`` on failure.
    """
    target = _check_folder(dest)
    with _opened(client, project, run_id, attachment_id, result_id, api_version) as (resp, name):
        chunks = _counted(resp.iter_bytes(), _expected_length(resp), progress, name)
        if target is None:
            for chunk in chunks:
                cast(IO[bytes], dest).write(chunk)
            return None
        path = _final_path(target, resp, fallback_name or f"attachment-{attachment_id}")
        with _atomic_file(path) as file:
            for chunk in chunks:
                file.write(chunk)
    return path


def _check_folder(dest: str | os.PathLike[str] | IO[bytes]) -> Path | None:
    """``dest`` as a path after checking its folder exists (before any request); ``None`` for files."""
    if not isinstance(dest, (str, os.PathLike)):
        return None
    target = Path(dest)
    folder = target if target.is_dir() else target.parent
    if not folder.is_dir():
        raise FileNotFoundError(f"the destination folder does not exist: {folder}")
    return target


def _final_path(target: Path, response: httpx.Response, fallback: str) -> Path:
    if not target.is_dir():
        return target
    name = safe_file_name(response.headers.get("content-disposition", "")) or fallback
    return target / name


def safe_file_name(content_disposition: str) -> str | None:
    """The file name in a ``Content-Disposition`` header, reduced to a safe plain name.

    Directory parts (``../``, ``/etc/``, ``C:\\``), control characters and characters Windows
    forbids are removed, so joining the result to a folder always stays inside it. ``None``
    when the header carries no usable name.
    """
    if not content_disposition:
        return None
    message = email.message.Message()
    message["content-disposition"] = content_disposition
    raw = message.get_filename()
    if not raw:
        return None
    name = _UNSAFE_CHARS.sub("_", raw.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    encoded = name.encode("utf-8")
    if len(encoded) > _MAX_NAME_BYTES:
        stem, dot, suffix = name.rpartition(".")
        keep = suffix if dot and len(suffix.encode()) <= 16 else ""
        budget = _MAX_NAME_BYTES - len(keep.encode()) - len(dot if keep else "")
        stem = (stem if keep else name).encode("utf-8")[:budget].decode("utf-8", "ignore")
        name = stem + (dot + keep if keep else "")
    return name or None


@contextlib.contextmanager
def _atomic_file(path: Path) -> Iterator[IO[bytes]]:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tfs-download-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


@contextlib.asynccontextmanager
async def _aopened(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    result_id: int | None,
    api_version: str | None,
) -> AsyncIterator[tuple[httpx.Response, str]]:
    module, kwargs = _operation(project, run_id, attachment_id, result_id, api_version)
    name = _name(module)
    try:
        async with module.asyncio_stream(client=client, **kwargs) as response:
            if not is_success(response.status_code, response.headers):
                body = b""
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) >= ERROR_BODY_LIMIT:
                        break
                raise error_from_response(
                    response.status_code, body, response.headers, operation=name
                )
            yield response, name
    except httpx.HTTPError as exc:
        raise error_from_exception(exc, operation=name) from exc


async def _acounted(
    response: httpx.Response, progress: ProgressCallback | None, name: str
) -> AsyncIterator[bytes]:
    total = _expected_length(response)
    done = 0
    if progress is not None:
        progress(0, total)
    async for chunk in response.aiter_bytes():
        done += len(chunk)
        if progress is not None:
            progress(done, total)
        yield chunk
    _check_complete(done, total, name)


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
    async with _aopened(client, project, run_id, attachment_id, result_id, api_version) as (
        response,
        name,
    ):
        async for chunk in _acounted(response, progress, name):
            yield chunk


async def adownload_attachment(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    dest: str | os.PathLike[str] | IO[bytes],
    *,
    result_id: int | None = None,
    fallback_name: str | None = None,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> Path | None:
    """The async twin of ``download_attachment`` (file writes happen in a worker thread)."""
    target = _check_folder(dest)
    async with _aopened(client, project, run_id, attachment_id, result_id, api_version) as (
        response,
        name,
    ):
        chunks = _acounted(response, progress, name)
        if target is None:
            await _apump(chunks, cast(IO[bytes], dest).write)
            return None
        path = _final_path(target, response, fallback_name or f"attachment-{attachment_id}")
        with _atomic_file(path) as file:
            await _apump(chunks, file.write)
    return path


async def _apump(chunks: AsyncIterator[bytes], write: Callable[[bytes], object]) -> None:
    async for chunk in chunks:
        await anyio.to_thread.run_sync(write, chunk)
