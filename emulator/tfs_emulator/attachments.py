"""The 6 attachment operations: upload (streamed base64), list and download, per run and per result."""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import uuid
from typing import Any
from urllib.parse import quote

from starlette.responses import FileResponse, Response
from starlette.types import Receive, Scope, Send

from . import errors
from .call import Call, canonical_enum, check_json_content_type, invalid, missing, str_field
from .database import dumps, loads
from .errors import ApiError
from .projects import Project, resolve_project
from .responses import envelope, json_response, segment
from .runs import Run, check_result, find_run
from .spec_tables import enum
from .timestamps import now
from .upload import read_upload

ATTACHMENT_TYPES = enum("TestAttachmentType")


def _owner(call: Call, conn: sqlite3.Connection) -> tuple[Project, Run, int | None]:
    project = resolve_project(conn, call.path["project"])
    run = find_run(conn, project, int(call.path["runId"]))
    result_id = int(call.path["resultId"]) if "resultId" in call.path else None
    if result_id is not None:
        check_result(conn, run, result_id)
    return project, run, result_id


def _attachment_url(
    call: Call, project: Project, run_id: int, result_id: int | None, ident: int
) -> str:
    prefix = f"{call.base_url}/{segment(project.name)}/_apis/test/Runs/{run_id}"
    if result_id is not None:
        prefix += f"/Results/{result_id}"
    return f"{prefix}/Attachments/{ident}"


def _metadata(fields: dict[str, Any]) -> dict[str, Any]:
    file_name = str_field(fields, "fileName", required=True, max_length=sys.maxsize)
    assert file_name is not None
    if file_name == "":
        raise invalid("The field fileName must not be empty.")
    if len(file_name) > 4000 or "\x00" in file_name:
        raise invalid("The field fileName is not a valid file name.")
    comment = str_field(fields, "comment", max_length=sys.maxsize)
    kind = str_field(fields, "attachmentType", max_length=sys.maxsize)
    attachment_type = (
        canonical_enum(kind, ATTACHMENT_TYPES, "attachmentType")
        if kind is not None
        else "GeneralAttachment"
    )
    doc: dict[str, Any] = {"createdDate": now(), "fileName": file_name}
    if comment is not None:
        doc["comment"] = comment
    doc["attachmentType"] = attachment_type
    return doc


async def create_attachment(call: Call) -> Response:
    """`POST .../runs/{runId}[/results/{resultId}]/attachments`: `{id, url}`.

    The body is streamed into a file under `uploads/`; only when it parsed completely is the
    record written and the file moved into place, so a failed upload stores nothing. However
    it ends, `state.handled_uploads` counts it once the partial file is gone.
    """
    state = call.state
    try:
        return await _store_upload(call)
    finally:
        state.handled_uploads.add()


async def _store_upload(call: Call) -> Response:
    state = call.state
    await call.read(lambda conn: _owner(call, conn))
    check_json_content_type(call.request)
    call.check_declared_length(state.limits.attachment_body_bytes())
    upload_path = state.uploads_dir / f"{uuid.uuid4().hex}.part"
    try:
        with open(upload_path, "wb") as out:
            body = await read_upload(call.request.stream(), out, state.limits.max_attachment_bytes)
        if not body.has_stream:
            raise missing("stream")
        doc = _metadata(body.fields)

        def store(conn: sqlite3.Connection) -> Response:
            project, run, result_id = _owner(call, conn)
            cursor = conn.execute(
                "INSERT INTO attachments (run_id, result_id, size, doc) VALUES (?, ?, ?, ?)",
                (run.id, result_id, body.size, dumps(doc)),
            )
            ident = int(cursor.lastrowid or 0)
            os.replace(upload_path, state.attachment_path(ident))
            url = _attachment_url(call, project, run.id, result_id, ident)
            return json_response(call, {"id": ident, "url": url})

        return await call.write(store)
    finally:
        upload_path.unlink(missing_ok=True)


async def list_attachments(call: Call) -> Response:
    """`GET .../runs/{runId}[/results/{resultId}]/attachments`."""

    def work(conn: sqlite3.Connection) -> tuple[Project, Run, int | None, list[sqlite3.Row]]:
        project, run, result_id = _owner(call, conn)
        rows = conn.execute(
            "SELECT id, doc FROM attachments WHERE run_id = ? AND result_id IS ? ORDER BY id",
            (run.id, result_id),
        ).fetchall()
        return project, run, result_id, rows

    project, run, result_id, rows = await call.read(work)
    items = []
    for row in rows:
        doc = loads(row["doc"])
        item: dict[str, Any] = {
            "createdDate": doc["createdDate"],
            "url": _attachment_url(call, project, run.id, result_id, row["id"]),
            "id": row["id"],
            "fileName": doc["fileName"],
        }
        if "comment" in doc:
            item["comment"] = doc["comment"]
        items.append(item)
    return json_response(call, envelope(items))


def content_disposition(file_name: str) -> str:
    """`attachment; filename="..."; filename*=UTF-8''...` for any stored name."""
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "_" for c in file_name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(file_name, safe='')}"


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """The one range `bytes=...` asks for, as (first, last) inclusive, per RFC 9110 14.1.

    None means: ignore the header and send the whole file (an unknown unit, a malformed value,
    or several ranges, which a server may always answer in full). `RangeNotSatisfiable` is
    raised when the value is well formed but no range overlaps the file.
    """
    unit, equals, ranges = header.partition("=")
    if not equals or unit.strip().lower() != "bytes":
        return None
    specs = [spec.strip() for spec in ranges.split(",")]
    if not all(_RANGE_SPEC.fullmatch(spec) for spec in specs):
        return None
    satisfiable: list[tuple[int, int]] = []
    for spec in specs:
        first, _, last = spec.partition("-")
        if first == "":  # suffix: the last N bytes
            if int(last) > 0 and size > 0:
                satisfiable.append((max(size - int(last), 0), size - 1))
        elif last != "" and int(last) < int(first):
            return None  # an invalid range-spec: the whole header is ignored
        elif int(first) < size:
            satisfiable.append((int(first), min(int(last), size - 1) if last else size - 1))
    if not satisfiable:
        raise RangeNotSatisfiable(size)
    return satisfiable[0] if len(satisfiable) == 1 else None


class RangeNotSatisfiable(Exception):
    """No requested range overlaps the file."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


_RANGE_SPEC = re.compile(r"\d{1,18}-\d{0,18}|-\d{1,18}")


class _AttachmentFile(FileResponse):
    """A `FileResponse` that sees only the `Range` this module vetted (or none)."""

    def __init__(self, *args: Any, range_header: str | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.range_header = range_header

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(k, v) for k, v in scope["headers"] if k not in (b"range", b"if-range")]
        if self.range_header is not None:
            headers.append((b"range", self.range_header.encode("latin-1")))
        await super().__call__({**scope, "headers": headers}, receive, send)


async def get_attachment_content(call: Call) -> Response:
    """`GET .../attachments/{attachmentId}`: the file bytes as `application/octet-stream`.

    One byte range is served as 206; a `Range` this server does not understand is ignored
    (200, whole file), and one beyond the end is a 416 with the error body.
    """
    ident = int(call.path["attachmentId"])

    def work(conn: sqlite3.Connection) -> sqlite3.Row | None:
        _, run, result_id = _owner(call, conn)
        row: sqlite3.Row | None = conn.execute(
            "SELECT doc, size FROM attachments WHERE id = ? AND run_id = ? AND result_id IS ?",
            (ident, run.id, result_id),
        ).fetchone()
        return row

    row = await call.read(work)
    if row is None:
        raise ApiError(errors.TEST_OBJECT_NOT_FOUND, f"Test attachment {ident} not found.")
    doc = loads(row["doc"])
    path = call.state.attachment_path(ident)
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        raise ApiError(
            errors.TEST_OBJECT_NOT_FOUND, f"Test attachment {ident} has no content."
        ) from None
    response = _AttachmentFile(
        path,
        media_type="application/octet-stream",
        headers={"Content-Disposition": content_disposition(doc["fileName"])},
        stat_result=stat,
        range_header=None,
    )
    requested = call.request.headers.get("range")
    if_range = call.request.headers.get("if-range")
    validators = (response.headers["etag"], response.headers["last-modified"])
    if requested is not None and (if_range is None or if_range.strip() in validators):
        try:
            chosen = byte_range(requested, stat.st_size)
        except RangeNotSatisfiable as exc:
            raise ApiError(
                errors.RANGE_NOT_SATISFIABLE,
                f"The range '{requested}' does not overlap attachment {ident} ({exc.size} bytes).",
                headers={"Content-Range": f"bytes */{exc.size}"},
            ) from None
        if chosen is not None:
            response.range_header = f"bytes={chosen[0]}-{chosen[1]}"
    return response
