"""Attachment downloads: raw bytes streamed to a file (atomically), a file object or the caller."""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import secrets
import unicodedata
import urllib.parse
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from pathlib import Path
from typing import IO, Any, overload

import anyio.to_thread
import httpx
from tfs_api.api.attachments import (
    get_test_result_attachment_content,
    get_test_run_attachment_content,
)
from tfs_api.errors import UnexpectedStatus
from tfs_api.operation import Operation

from ._transport_failures import endpoint
from .calls import GeneratedClient, chosen_version
from .errors import (
    ApiConnectionError,
    TfsApiError,
    error_from_exception,
    sent_without_credentials,
    typed_error,
)
from .progress import ProgressCallback

ERROR_BODY_LIMIT = 64 * 1024
"""Bytes of an error reply read to build the typed error (the rest is not downloaded)."""

_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')
_INVISIBLE = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})
"""Unicode categories never kept in a file name: controls, bidi overrides and other format
characters (a U+202E can make ``exe.txt`` show as ``txt.exe``), unassigned, separators."""
_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [
        f"{port}{n}"
        for port in ("COM", "LPT")
        for n in [*"0123456789", "\u00b9", "\u00b2", "\u00b3"]
    ]
)
"""Names Windows maps to devices, whatever the extension (``nul.txt`` is the null device)."""
_MAX_NAME_BYTES = 200
_MAX_NUMBERED = 10_000
"""How many numbered names (``name (1).ext``...) are tried before giving up."""
_DISPOSITION_PARAM = re.compile(r';\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')

PathDestination = str | os.PathLike[str]
"""A file path, an existing directory or one named with a final separator (``"out/"``, created
if missing); a download there returns the ``Path`` written."""
Destination = PathDestination | IO[bytes]
"""A file path, a directory (existing, or ``"out/"``: created), or a binary file object open for
writing."""

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
        self.url = response.request.url
        self.add(b"")

    def add(self, chunk: bytes) -> bytes:
        self.done += len(chunk)
        if self.progress is not None:
            self.progress(self.done, self.total)
        return chunk

    def finish(self) -> None:
        if self.total is not None and self.done != self.total:
            raise ApiConnectionError(
                f"the download from {endpoint(self.url)} ended after {self.done} of "
                f"{self.total} bytes",
                operation=self.name,
                host=self.url.host,
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
        ),
        anonymous=sent_without_credentials(response),
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
) -> Generator[bytes, None, None]:
    """Yield a test run (or, with ``result_id``, test result) attachment's bytes as they arrive.

    The connection is released when the iterator ends or is closed (``contextlib.closing``);
    a body shorter than its ``Content-Length`` raises a typed ``TfsApiError``.
    """
    request = _request(
        project, run_id, attachment_id, result_id, chosen_version(client, api_version)
    )
    with _opened(client, request, progress) as (_, chunks):
        yield from chunks


@overload
def download_attachment(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    dest: PathDestination,
    *,
    result_id: int | None = None,
    fallback_name: str | None = None,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> Path: ...


@overload
def download_attachment(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    dest: IO[bytes],
    *,
    result_id: int | None = None,
    fallback_name: str | None = None,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> None: ...


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
    leaves nothing behind; a file path you name is replaced (atomically, by design). A path
    ending with a separator (``"out/"``) always names a directory, created if missing (with
    its parents); an existing directory is one too. In a directory the file is named
    from ``Content-Disposition`` (made safe), else ``fallback_name``, else ``attachment-<id>``,
    and nothing there is ever overwritten: if the name is taken, the first free one of
    ``name (1).ext``, ``name (2).ext``... is used. Returns the path written (``None`` for a
    file object).
    """
    _check_folder(dest)
    request = _request(
        project, run_id, attachment_id, result_id, chosen_version(client, api_version)
    )
    with (
        _opened(client, request, progress) as (response, chunks),
        _sink(dest, response, fallback_name or f"attachment-{attachment_id}") as sink,
    ):
        for chunk in chunks:
            sink.write(chunk)
    return sink.path


async def aiter_attachment_bytes(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    *,
    result_id: int | None = None,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> AsyncGenerator[bytes, None]:
    """The async twin of ``iter_attachment_bytes`` (``async for chunk in ...``; the connection
    is released when it ends or is closed: ``contextlib.aclosing``)."""
    request = _request(
        project, run_id, attachment_id, result_id, chosen_version(client, api_version)
    )
    async with _aopened(client, request, progress) as (_, chunks):
        async for chunk in chunks:
            yield chunk


@overload
async def adownload_attachment(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    dest: PathDestination,
    *,
    result_id: int | None = None,
    fallback_name: str | None = None,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> Path: ...


@overload
async def adownload_attachment(
    client: GeneratedClient,
    project: str,
    run_id: int,
    attachment_id: int,
    dest: IO[bytes],
    *,
    result_id: int | None = None,
    fallback_name: str | None = None,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> None: ...


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
    request = _request(
        project, run_id, attachment_id, result_id, chosen_version(client, api_version)
    )
    async with _aopened(client, request, progress) as (response, chunks):
        with _sink(dest, response, fallback_name or f"attachment-{attachment_id}") as sink:
            async for chunk in chunks:
                await anyio.to_thread.run_sync(sink.write, chunk)
    return sink.path


def _check_folder(dest: Destination) -> None:
    """Before any request: create a folder named with a final path separator (``"out/"``, as
    the command line's ``--to`` does); fail when a file path's folder does not exist."""
    if isinstance(dest, (str, os.PathLike)):
        target = Path(dest)
        if _names_a_folder(dest):
            target.mkdir(parents=True, exist_ok=True)  # a file there: FileExistsError
        elif not target.is_dir() and not target.parent.is_dir():
            raise FileNotFoundError(f"the destination folder does not exist: {target.parent}")


def _names_a_folder(dest: PathDestination) -> bool:
    """Whether ``dest`` ends with a path separator (``pathlib.Path`` drops it, so the text is
    read before it becomes a ``Path``)."""
    text = os.fspath(dest)
    return text.endswith(tuple(sep for sep in (os.sep, os.altsep, "/") if sep))


class _Sink:
    """Where the bytes go: ``write`` them; ``path`` is the file once complete (``None`` for a
    file object)."""

    def __init__(self, file: IO[bytes]) -> None:
        self._file = file
        self.path: Path | None = None

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)


@contextlib.contextmanager
def _sink(dest: Destination, response: httpx.Response, fallback: str) -> Iterator[_Sink]:
    """A sink for ``dest``: a file object as is; a path through a temporary file beside it."""
    if not isinstance(dest, (str, os.PathLike)):
        yield _Sink(dest)
        return
    path = Path(dest)
    into_folder = _names_a_folder(dest) or path.is_dir()
    folder = path if into_folder else path.parent
    temporary = folder / f".tfs-download-{secrets.token_hex(8)}.part"
    try:  # a new temporary file, given its final name only once complete
        with temporary.open("xb") as file:
            sink = _Sink(file)
            yield sink
            file.flush()
            os.fsync(file.fileno())
        if into_folder:
            name = safe_file_name(response.headers.get("content-disposition", "")) or fallback
            sink.path = _claim(folder, name, temporary)
        else:
            os.replace(temporary, path)
            sink.path = path
    finally:
        temporary.unlink(missing_ok=True)


def _claim(folder: Path, name: str, temporary: Path) -> Path:
    """Give ``temporary`` the first free name of ``name``, ``name (1)``, ``name (2)``... in
    ``folder``, atomically, never replacing anything there (a file, a link, a folder)."""
    stem, dot, suffix = name.rpartition(".")
    if not stem:
        stem, dot, suffix = name, "", ""
    for number in range(_MAX_NUMBERED):
        candidate = folder / (name if not number else f"{stem} ({number}){dot}{suffix}")
        try:
            _link_exclusively(temporary, candidate)
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(f"no free name like {name!r} in {folder} ({_MAX_NUMBERED} tried)")


def _link_exclusively(source: Path, target: Path) -> None:
    """Make ``target`` name ``source``'s file; ``FileExistsError`` if ``target`` exists."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (some network or FAT file systems): reserve, replace
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        os.replace(source, target)


def safe_file_name(content_disposition: str) -> str | None:
    """The file name in a ``Content-Disposition`` header as a plain name that stays inside any
    folder, or ``None``.

    ``filename*`` (RFC 6266 / RFC 8187, any language) is preferred to the ASCII ``filename``
    fallback. Directory parts, control, bidirectional-override and other invisible characters
    and Windows-forbidden characters are removed or replaced; a Windows device name (``CON``,
    ``nul.txt``...) gets a ``_`` prefix; long names are shortened, keeping the extension.
    """
    raw = _disposition_file_name(content_disposition)
    raw = "".join("_" if unicodedata.category(ch) in _INVISIBLE else ch for ch in raw)
    name = _UNSAFE_CHARS.sub("_", raw.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    if name.split(".", 1)[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        name = f"_{name}"
    if len(name.encode()) > _MAX_NAME_BYTES:
        stem, dot, suffix = name.rpartition(".")
        if not dot or len(suffix.encode()) > 16:
            stem, dot, suffix = name, "", ""
        budget = _MAX_NAME_BYTES - len(suffix.encode()) - len(dot)
        name = stem.encode()[:budget].decode(errors="ignore") + dot + suffix
    return name or None


def _disposition_file_name(header: str) -> str:
    """The raw file name of a ``Content-Disposition`` header: ``filename*`` if it decodes, else
    ``filename``, else ``""``."""
    params: dict[str, str] = {}
    for key, value in _DISPOSITION_PARAM.findall(header):
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        params.setdefault(key.lower(), value)
    charset, _, rest = params.get("filename*", "").partition("'")
    _language, quote, encoded = rest.partition("'")
    if quote and encoded:
        try:
            codecs.lookup(charset)
            return urllib.parse.unquote(encoded, encoding=charset, errors="strict")
        except (LookupError, UnicodeDecodeError):
            pass
    return params.get("filename", "")
