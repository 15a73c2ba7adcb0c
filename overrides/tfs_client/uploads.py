"""Attachment uploads: the base64 JSON body streamed in chunks, with a correct Content-Length."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
from collections.abc import AsyncIterator, Generator, Iterator
from pathlib import Path
from typing import IO, Any, cast

import anyio
import anyio.to_thread
from tfs_api.api.attachments import create_test_result_attachment, create_test_run_attachment
from tfs_api.models.test_attachment_reference import TestAttachmentReference
from tfs_api.models.test_attachment_request import TestAttachmentRequest
from tfs_api.models.test_attachment_type import TestAttachmentType
from tfs_api.operation import Operation
from tfs_api.types import UNSET

from .calls import GeneratedClient, afetch, chosen_version, fetch, parse
from .progress import ProgressCallback

CHUNK_BYTES = 3 * 256 * 1024
"""File bytes read per chunk: a multiple of 3, so each chunk encodes to base64 on its own."""

_MARKER = "tfs-client-stream-placeholder-5b0c7e"

UploadSource = str | os.PathLike[str] | IO[bytes] | bytes
"""A path, a binary file object open for reading (seekable, so its size is known), or the
bytes themselves (with ``file_name``)."""


class AttachmentBody:
    """``{"stream":"<base64>","fileName":...}`` streamed in chunks from a file, flat in memory.

    ``content_length`` is exact up front; iterating again (a retry) re-reads the source from
    its start. ``aiter()`` serves ``httpx.AsyncClient``, reading in a worker thread.
    """

    def __init__(
        self,
        source: UploadSource,
        *,
        file_name: str | None = None,
        comment: str | None = None,
        attachment_type: TestAttachmentType | str = TestAttachmentType.GENERAL_ATTACHMENT,
        progress: ProgressCallback | None = None,
    ) -> None:
        source = _checked_source(source)
        self.fields = TestAttachmentRequest(
            stream=_MARKER,
            file_name=file_name if file_name is not None else _name_of(source),
            comment=UNSET if comment is None else comment,
            attachment_type=TestAttachmentType(attachment_type),
        )
        """The generated request model (with a placeholder ``stream``), for the descriptor."""
        text = json.dumps(self.fields.to_dict(), separators=(",", ":"))
        head, found, tail = text.partition(f'"stream":"{_MARKER}"')
        if not found:
            raise TypeError("the generated TestAttachmentRequest no longer sends 'stream'")
        self._head, self._tail = f'{head}"stream":"'.encode(), f'"{tail}'.encode()
        self._source = source
        self._progress = progress
        if isinstance(source, (str, os.PathLike)):
            self._start = 0
            self.size = os.stat(source).st_size
        else:
            if not source.seekable():
                raise ValueError("the upload source must be seekable so its size is known")
            self._start = source.tell()
            self.size = source.seek(0, io.SEEK_END) - self._start
            source.seek(self._start)
        self.content_length = len(self._head) + 4 * ((self.size + 2) // 3) + len(self._tail)

    def __iter__(self) -> Iterator[bytes]:
        yield self._head
        self._report(0)
        for chunk, done in self._encoded():
            yield chunk
            self._report(done)
        yield self._tail

    def aiter(self) -> _AsyncAttachmentBody:
        """The same body as an async iterable, for ``httpx.AsyncClient``."""
        return _AsyncAttachmentBody(self)

    async def _achunks(self) -> AsyncIterator[bytes]:
        yield self._head
        self._report(0)
        with contextlib.closing(self._encoded()) as encoded:
            while (item := await anyio.to_thread.run_sync(next, encoded, None)) is not None:
                yield item[0]
                self._report(item[1])
        yield self._tail

    def _encoded(self) -> Generator[tuple[bytes, int], None, None]:
        """Base64 chunks of the source, each with the count of file bytes read so far."""
        with contextlib.ExitStack() as stack:
            if isinstance(self._source, (str, os.PathLike)):
                file: IO[bytes] = stack.enter_context(open(self._source, "rb"))
            else:
                file = self._source
                file.seek(self._start)
            done = 0
            while done < self.size:
                chunk = _read_exactly(file, min(CHUNK_BYTES, self.size - done))
                if not chunk:
                    raise ValueError(f"the upload source shrank to {done} of {self.size} bytes")
                done += len(chunk)
                yield base64.b64encode(chunk), done

    def _report(self, done: int) -> None:
        if self._progress is not None:
            self._progress(done, self.size)


class _AsyncAttachmentBody:
    def __init__(self, body: AttachmentBody) -> None:
        self._body = body

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._body._achunks()


def _read_exactly(file: IO[bytes], size: int) -> bytes:
    """Read ``size`` bytes, or fewer only at end of file (file objects may return short reads)."""
    parts = []
    while size > 0 and (part := file.read(size)):
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _checked_source(source: object) -> str | os.PathLike[str] | IO[bytes]:
    """A path or a readable binary file object (bytes are read from memory); ``TypeError``
    for anything else, naming what was given."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return io.BytesIO(bytes(source))
    if isinstance(source, (str, os.PathLike)):
        return source
    if isinstance(source, io.TextIOBase):
        raise TypeError("the upload source is a text file: open it in binary mode ('rb')")
    if callable(getattr(source, "read", None)) and callable(getattr(source, "seekable", None)):
        return cast("IO[bytes]", source)
    raise TypeError(
        "the upload source must be a path, a binary file object or bytes, "
        f"got {type(source).__name__}"
    )


def _name_of(source: UploadSource) -> str:
    raw = source if isinstance(source, (str, os.PathLike)) else getattr(source, "name", None)
    if not isinstance(raw, (str, os.PathLike)):
        raise ValueError(
            "file_name is required when the source is bytes or a file object without a name"
        )
    return Path(raw).name


def _request(
    project: str, run_id: int, result_id: int | None, api_version: str | None, body: AttachmentBody
) -> tuple[Operation[TestAttachmentReference], dict[str, Any]]:
    """The operation and its request arguments, with the streamed body's length."""
    options: dict[str, Any] = {} if api_version is None else {"api_version": api_version}
    if result_id is None:
        operation = create_test_run_attachment.OPERATION
        kwargs = operation.request(project, run_id, body=body.fields, **options)
    else:
        operation = create_test_result_attachment.OPERATION
        kwargs = operation.request(project, run_id, result_id, body=body.fields, **options)
    del kwargs["json"]
    kwargs["headers"] = {**kwargs.get("headers", {}), "Content-Length": str(body.content_length)}
    return operation, kwargs


def upload_attachment(
    client: GeneratedClient,
    project: str,
    run_id: int,
    source: UploadSource,
    *,
    result_id: int | None = None,
    file_name: str | None = None,
    comment: str | None = None,
    attachment_type: TestAttachmentType | str = TestAttachmentType.GENERAL_ATTACHMENT,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> TestAttachmentReference:
    """Attach a file (path or seekable binary file object) to a test run, or to a result.

    The body is streamed, so memory does not grow with the file; returns the new ``{id, url}``.
    A POST: retried only if the ``RetryPolicy`` has ``retry_non_idempotent=True``.
    """
    body = AttachmentBody(
        source,
        file_name=file_name,
        comment=comment,
        attachment_type=attachment_type,
        progress=progress,
    )
    version = chosen_version(client, api_version)
    operation, kwargs = _request(project, run_id, result_id, version, body)
    return parse(operation, fetch(client, {**kwargs, "content": body}, operation.name))


async def aupload_attachment(
    client: GeneratedClient,
    project: str,
    run_id: int,
    source: UploadSource,
    *,
    result_id: int | None = None,
    file_name: str | None = None,
    comment: str | None = None,
    attachment_type: TestAttachmentType | str = TestAttachmentType.GENERAL_ATTACHMENT,
    api_version: str | None = None,
    progress: ProgressCallback | None = None,
) -> TestAttachmentReference:
    """The async twin of ``upload_attachment`` (file reads happen in a worker thread)."""
    body = AttachmentBody(
        source,
        file_name=file_name,
        comment=comment,
        attachment_type=attachment_type,
        progress=progress,
    )
    version = chosen_version(client, api_version)
    operation, kwargs = _request(project, run_id, result_id, version, body)
    raw = await afetch(client, {**kwargs, "content": body.aiter()}, operation.name)
    return parse(operation, raw)
