"""The 6 attachment operations: upload (streamed base64), list and download, per run and per result."""

from __future__ import annotations

import os
import sqlite3
import sys
import uuid
from typing import Any
from urllib.parse import quote

from starlette.responses import FileResponse, Response

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
        canonical_enum(kind, ATTACHMENT_TYPES, "attachmentType") if kind else "GeneralAttachment"
    )
    doc: dict[str, Any] = {"createdDate": now(), "fileName": file_name}
    if comment is not None:
        doc["comment"] = comment
    doc["attachmentType"] = attachment_type
    return doc


async def create_attachment(call: Call) -> Response:
    """`POST .../runs/{runId}[/results/{resultId}]/attachments`: `{id, url}`.

    The body is streamed into a file under `uploads/`; only when it parsed completely is the
    record written and the file moved into place, so a failed upload stores nothing.
    """
    state = call.state
    with state.db.read() as conn:
        _owner(call, conn)
    check_json_content_type(call.request)
    upload_path = state.uploads_dir / f"{uuid.uuid4().hex}.part"
    try:
        with open(upload_path, "wb") as out:
            body = await read_upload(
                call.request.stream(), out, state.settings.max_attachment_bytes
            )
        if not body.has_stream:
            raise missing("stream")
        doc = _metadata(body.fields)
        with state.db.write() as conn:
            project, run, result_id = _owner(call, conn)
            cursor = conn.execute(
                "INSERT INTO attachments (run_id, result_id, size, doc) VALUES (?, ?, ?, ?)",
                (run.id, result_id, body.size, dumps(doc)),
            )
            ident = int(cursor.lastrowid or 0)
            os.replace(upload_path, state.attachment_path(ident))
    finally:
        upload_path.unlink(missing_ok=True)
    return json_response(
        call, {"id": ident, "url": _attachment_url(call, project, run.id, result_id, ident)}
    )


async def list_attachments(call: Call) -> Response:
    """`GET .../runs/{runId}[/results/{resultId}]/attachments`."""
    with call.state.db.read() as conn:
        project, run, result_id = _owner(call, conn)
        rows = conn.execute(
            "SELECT id, doc FROM attachments WHERE run_id = ? AND result_id IS ? ORDER BY id",
            (run.id, result_id),
        ).fetchall()
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


async def get_attachment_content(call: Call) -> Response:
    """`GET .../attachments/{attachmentId}`: the file bytes as `application/octet-stream`."""
    ident = int(call.path["attachmentId"])
    with call.state.db.read() as conn:
        _, run, result_id = _owner(call, conn)
        row = conn.execute(
            "SELECT doc, size FROM attachments WHERE id = ? AND run_id = ? AND result_id IS ?",
            (ident, run.id, result_id),
        ).fetchone()
    if row is None:
        raise ApiError(errors.TEST_OBJECT_NOT_FOUND, f"Test attachment {ident} not found.")
    doc = loads(row["doc"])
    path = call.state.attachment_path(ident)
    if not path.exists():
        raise ApiError(errors.TEST_OBJECT_NOT_FOUND, f"Test attachment {ident} has no content.")
    return FileResponse(
        path,
        media_type="application/octet-stream",
        headers={"Content-Disposition": content_disposition(doc["fileName"])},
        stat_result=os.stat(path),
    )
