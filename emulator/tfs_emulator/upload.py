"""Streaming reader for the attachment body `{"stream": "<base64>", "fileName": ..., ...}`.

The body is parsed as it arrives: the `stream` string is base64-decoded chunk by chunk into a
file, and the other (small) members are collected and parsed with `json`. Memory use stays
flat whatever the attachment size, and any malformed input raises `ApiError` (400/413) before
anything is stored; the caller deletes the partial file.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from . import errors
from .call import loads_json
from .errors import ApiError

MAX_FIELD_BYTES = 1024 * 1024
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/=]")
_WHITESPACE = b" \t\r\n"
_ESCAPED_WHITESPACE = {ord("n"), ord("r"), ord("t")}


def _bad(message: str) -> ApiError:
    return ApiError(errors.INVALID_ARGUMENT, message)


class Base64Sink:
    """Decodes base64 text fed in pieces and writes the bytes to a file."""

    def __init__(self, out: BinaryIO, limit: int) -> None:
        self.out = out
        self.limit = limit
        self.size = 0
        self._pending = b""
        self._padded = False

    def feed(self, text: bytes) -> None:
        """Decode the next piece of base64 text."""
        if not text:
            return
        if _NOT_BASE64.search(text):
            raise _bad("The field stream is not valid base64.")
        if self._padded:
            raise _bad("The field stream is not valid base64: data after padding.")
        data = self._pending + text
        usable = len(data) - len(data) % 4
        self._pending = data[usable:]
        if usable:
            block = data[:usable]
            try:
                decoded = binascii.a2b_base64(block, strict_mode=True)
            except binascii.Error as exc:
                raise _bad(f"The field stream is not valid base64: {exc}.") from None
            self._padded = block.endswith(b"=")
            self.size += len(decoded)
            if self.size > self.limit:
                raise ApiError(
                    errors.CONTENT_TOO_LARGE,
                    f"The attachment is larger than the {self.limit} bytes this server accepts.",
                )
            self.out.write(decoded)

    def close(self) -> None:
        """Check the text ended on a whole base64 quantum."""
        if self._pending:
            raise _bad("The field stream is not valid base64: its length is not a multiple of 4.")


@dataclass
class UploadBody:
    """What the body held besides the file bytes."""

    fields: dict[str, Any] = field(default_factory=dict)
    has_stream: bool = False
    size: int = 0


class _Parser:
    """A push parser for one JSON object whose `stream` member goes to a `Base64Sink`."""

    def __init__(self, sink: Base64Sink) -> None:
        self.sink = sink
        self.body = UploadBody()
        self.state = "start"
        self.key = bytearray()
        self.current_key = ""
        self.value = bytearray()
        self.depth = 0
        self.in_string = False
        self.escaped = False
        self.unicode_escape = bytearray()
        self.stream_escape: bytearray | None = None

    def feed(self, chunk: bytes) -> None:
        i = 0
        n = len(chunk)
        while i < n:
            state = self.state
            if state == "stream":
                i = self._feed_stream(chunk, i)
                continue
            byte = chunk[i]
            if state == "start":
                if byte in _WHITESPACE:
                    i += 1
                elif byte == ord("{"):
                    self.state = "key_or_end"
                    i += 1
                else:
                    raise _bad("The request body must be a JSON object.")
            elif state in ("key_or_end", "key"):
                if byte in _WHITESPACE:
                    i += 1
                elif byte == ord('"'):
                    self.state = "in_key"
                    self.key = bytearray(b'"')
                    self.escaped = False
                    i += 1
                elif byte == ord("}") and state == "key_or_end":
                    self.state = "end"
                    i += 1
                else:
                    raise _bad("The request body is not valid JSON: expected a member name.")
            elif state == "in_key":
                self.key.append(byte)
                i += 1
                # Any member name is valid JSON (the spec allows unknown members): only
                # memory is bounded, as for values.
                if len(self.key) > MAX_FIELD_BYTES:
                    raise _bad("The request body is not valid JSON: member name too long.")
                if self.escaped:
                    self.escaped = False
                elif byte == ord("\\"):
                    self.escaped = True
                elif byte == ord('"'):
                    try:
                        self.current_key = loads_json(bytes(self.key))
                    except ValueError:
                        raise _bad("The request body is not valid JSON: bad member name.") from None
                    self.state = "colon"
            elif state == "colon":
                if byte in _WHITESPACE:
                    i += 1
                elif byte == ord(":"):
                    self.state = "value"
                    i += 1
                else:
                    raise _bad("The request body is not valid JSON: expected ':'.")
            elif state == "value":
                if byte in _WHITESPACE:
                    i += 1
                elif byte == ord('"') and self.current_key.lower() == "stream":
                    if self.body.has_stream:
                        raise _bad("The field stream appears twice.")
                    self.body.has_stream = True
                    self.state = "stream"
                    i += 1
                else:
                    self.state = "generic"
                    self.value = bytearray()
                    self.depth = 0
                    self.in_string = False
                    self.escaped = False
            elif state == "generic":
                i = self._feed_generic(chunk, i)
            elif state == "after_value":
                if byte in _WHITESPACE:
                    i += 1
                elif byte == ord(","):
                    self.state = "key"
                    i += 1
                elif byte == ord("}"):
                    self.state = "end"
                    i += 1
                else:
                    raise _bad("The request body is not valid JSON: expected ',' or '}'.")
            elif state == "end":
                if byte not in _WHITESPACE:
                    raise _bad("The request body is not valid JSON: data after the object.")
                i += 1

    def _feed_stream(self, chunk: bytes, i: int) -> int:
        if self.stream_escape is not None:
            return self._feed_stream_escape(chunk, i)
        quote = chunk.find(b'"', i)
        backslash = chunk.find(b"\\", i)
        stops = [p for p in (quote, backslash) if p >= 0]
        stop = min(stops) if stops else len(chunk)
        self.sink.feed(chunk[i:stop])
        if stop == len(chunk):
            return stop
        if stop == quote:
            self.sink.close()
            self.state = "after_value"
        else:
            self.stream_escape = bytearray()
        return stop + 1

    def _feed_stream_escape(self, chunk: bytes, i: int) -> int:
        escape = self.stream_escape
        assert escape is not None
        escape.append(chunk[i])
        first = escape[0]
        if first == ord("/"):
            self.sink.feed(b"/")
        elif first in _ESCAPED_WHITESPACE:
            pass
        elif first == ord("u"):
            if len(escape) < 5:
                return i + 1
            try:
                char = chr(int(escape[1:5].decode("ascii"), 16))
            except ValueError:
                raise _bad("The request body is not valid JSON: bad \\u escape.") from None
            if not char.isascii():
                raise _bad("The field stream is not valid base64.")
            self.sink.feed(char.encode("ascii"))
        else:
            raise _bad("The field stream is not valid base64.")
        self.stream_escape = None
        return i + 1

    def _feed_generic(self, chunk: bytes, i: int) -> int:
        start = i
        n = len(chunk)
        done = False
        while i < n:
            byte = chunk[i]
            if self.in_string:
                if self.escaped:
                    self.escaped = False
                elif byte == ord("\\"):
                    self.escaped = True
                elif byte == ord('"'):
                    self.in_string = False
                    if self.depth == 0:
                        i += 1
                        done = True
                        break
            elif byte == ord('"'):
                self.in_string = True
            elif byte in (ord("{"), ord("[")):
                self.depth += 1
            elif byte in (ord("}"), ord("]")):
                if self.depth == 0:
                    done = True
                    break
                self.depth -= 1
                if self.depth == 0:
                    i += 1
                    done = True
                    break
            elif byte == ord(",") and self.depth == 0:
                done = True
                break
            i += 1
        self.value += chunk[start:i]
        if len(self.value) > MAX_FIELD_BYTES:
            raise ApiError(
                errors.CONTENT_TOO_LARGE,
                f"The field {self.current_key} is larger than {MAX_FIELD_BYTES} bytes.",
            )
        if done:
            self._finish_value()
        return i

    def _finish_value(self) -> None:
        try:
            value = loads_json(bytes(self.value))
        except (ValueError, RecursionError):
            raise _bad(
                f"The request body is not valid JSON: bad value for {self.current_key}."
            ) from None
        if self.current_key.lower() == "stream":
            if value is not None:
                raise _bad("The field stream must be a base64 string.")
        elif self.current_key in self.body.fields:
            raise _bad(f"The field {self.current_key} appears twice.")
        else:
            self.body.fields[self.current_key] = value
        self.state = "after_value"

    def finish(self) -> UploadBody:
        if self.state != "end":
            raise _bad("The request body is not valid JSON: it ended early.")
        self.body.size = self.sink.size
        return self.body


async def read_upload(chunks: AsyncIterator[bytes], out: BinaryIO, limit: int) -> UploadBody:
    """Parse an attachment body from `chunks`, writing the decoded file to `out`."""
    parser = _Parser(Base64Sink(out, limit))
    async for chunk in chunks:
        parser.feed(chunk)
    return parser.finish()
