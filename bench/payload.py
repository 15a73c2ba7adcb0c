"""Attachment bytes generated on the fly, and the raw base64 JSON body built from them."""

from __future__ import annotations

import base64
import io
import json
import random
from collections.abc import Iterator

BLOCK_BYTES = 1024 * 1024
CHUNK_BYTES = 3 * 256 * 1024
"""Bytes encoded per chunk by the raw baseline (a multiple of 3, as tfs-client uses)."""


class GeneratedFile(io.RawIOBase):
    """A seekable, read-only file of ``size`` pseudo-random bytes that never exists on disk.

    The bytes repeat a 1 MiB random block, so they cost no memory beyond that block and are
    not compressible in any way that matters to base64 or to the transfer.
    """

    def __init__(self, size: int, *, seed: int = 8) -> None:
        super().__init__()
        self.size = size
        self._block = random.Random(seed).randbytes(BLOCK_BYTES)
        self._position = 0
        self.name = "bench-attachment.bin"

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self.size}[whence]
        self._position = max(0, base + offset)
        return self._position

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        wanted = min(len(view), self.size - self._position)
        done = 0
        while done < wanted:
            start = (self._position + done) % BLOCK_BYTES
            piece = min(wanted - done, BLOCK_BYTES - start)
            view[done : done + piece] = self._block[start : start + piece]
            done += piece
        self._position += done
        return done


def expected_bytes(size: int, *, seed: int = 8) -> Iterator[bytes]:
    """The bytes of ``GeneratedFile(size, seed=seed)`` in blocks, to check a download."""
    source = GeneratedFile(size, seed=seed)
    while chunk := source.read(BLOCK_BYTES):
        yield chunk


class RawAttachmentBody:
    """``{"stream":"<base64>","fileName":...}`` streamed in chunks, written without tfs-client."""

    def __init__(self, source: GeneratedFile, file_name: str) -> None:
        head, _, tail = json.dumps({"stream": "", "fileName": file_name}).partition('""')
        self._head = (head + '"').encode()
        self._tail = ('"' + tail).encode()
        self._source = source
        self.content_length = len(self._head) + 4 * ((source.size + 2) // 3) + len(self._tail)

    def __iter__(self) -> Iterator[bytes]:
        self._source.seek(0)
        yield self._head
        while chunk := self._source.read(CHUNK_BYTES):
            yield base64.b64encode(chunk)
        yield self._tail
