"""The 13 build operations: list, queue, get, update, delete, details and tags."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from typing import Any

from starlette.responses import Response

from . import errors
from .build_records import (
    REASONS,
    RESULTS,
    STATUSES,
    UPDATE_RESULTS,
    UPDATE_STATUSES,
    BuildRecord,
    Renderer,
    build_tags,
    delete_build,
    insert_build,
    load_build,
    new_build_doc,
    next_build_number,
    save_build,
)
from .call import (
    INT32_MAX,
    Call,
    bool_field,
    datetime_field,
    enum_field,
    int_field,
    invalid,
    object_field,
    str_field,
)
from .database import loads
from .definitions import find_definition, queue_exists
from .errors import ApiError
from .projects import identity, resolve_project
from .rebase import MARKER, rebase
from .responses import envelope, json_list_response, json_response, no_content
from .spec_tables import enum_of_parameter
from .timestamps import format_timestamp, now, parse_timestamp
from .unimplemented import check_ignored

MAX_TAG_LENGTH = 4000
DELETED_FILTERS = enum_of_parameter("listBuilds", "deletedFilter")


def _build_id(call: Call) -> int:
    return int(call.path["buildId"])


# -- list ---------------------------------------------------------------------------------


def _continuation_after(call: Call) -> int | None:
    token = call.query_str("continuationToken")
    if token is None or token == "":
        return None
    if not re.fullmatch(r"\d{1,10}", token.strip()) or int(token) > INT32_MAX:
        raise ApiError(
            errors.INVALID_CONTINUATION_TOKEN,
            f"The continuation token '{token}' is not valid. Send back the value of the "
            "x-ms-continuationtoken header of the previous page.",
        )
    return int(token)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filters(call: Call, project_id: str) -> tuple[list[str], list[Any]]:
    """SQL conditions for the list filters. Every list travels as one JSON array parameter
    (`json_each`), so the statement has the same size however many values a filter holds."""
    clauses = ["b.project_id = ?"]
    args: list[Any] = [project_id]

    def within(column: str, values: list[Any]) -> None:
        clauses.append(f"{column} IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(values))

    definitions = call.query_int_list("definitions")
    if definitions:
        within("b.definition_id", definitions)
    queues = call.query_int_list("queues")
    if queues:
        within("b.queue_id", queues)
    number = call.query_str("buildNumber")
    if number:
        clauses.append("b.build_number LIKE ? ESCAPE '\\'")
        args.append(_escape_like(number.removesuffix("*")) + "%")
    types = call.query_enum_list("type", ("build", "xaml"))
    if types:
        clauses.append(
            "b.definition_id IN (SELECT id FROM definitions "
            "WHERE type IN (SELECT value FROM json_each(?)))"
        )
        args.append(json.dumps(types))
    for name, operator in (
        ("minFinishTime", ">"),
        ("minTime", ">"),
        ("maxFinishTime", "<"),
        ("maxTime", "<"),
    ):
        moment = call.query_datetime(name)
        if moment is not None:
            clauses.append(f"b.finish_time IS NOT NULL AND b.finish_time {operator} ?")
            args.append(format_timestamp(moment))
    requested_for = call.query_str("requestedFor")
    if requested_for:
        clauses.append(
            "(b.requested_for_unique = ? OR b.requested_for_name = ? "
            "OR b.requested_for_id = ? COLLATE NOCASE)"
        )
        args.extend([requested_for] * 3)
    for name, column, allowed in (
        ("reasonFilter", "b.reason", REASONS),
        ("statusFilter", "b.status", STATUSES),
        ("resultFilter", "b.result", RESULTS),
    ):
        values = call.query_enum_list(name, allowed)
        if values and "all" not in values:
            within(column, values)
    tags = call.query_str_list("tagFilters")
    if tags:  # every tag must be on the build: no wanted tag is missing
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM json_each(?) w WHERE NOT EXISTS "
            "(SELECT 1 FROM build_tags t WHERE t.build_id = b.id AND t.tag = w.value))"
        )
        args.append(json.dumps(tags))
    names = call.query_str_list("propertyFilters")
    if names:  # every named property must be on the build
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM json_each(?) w WHERE NOT EXISTS "
            "(SELECT 1 FROM json_each(b.doc, '$.properties') p WHERE p.key = w.value))"
        )
        args.append(json.dumps(names))
    build_ids = call.query_int_list("buildIds")
    if build_ids:
        within("b.id", build_ids)
    branch = call.query_str("branchName")
    if branch:
        clauses.append("json_extract(b.doc, '$.sourceBranch') = ?")
        args.append(branch)
    for name, path in (
        ("repositoryId", "$.repository.id"),
        ("repositoryType", "$.repository.type"),
    ):
        value = call.query_str(name)
        if value:
            clauses.append(f"json_extract(b.doc, '{path}') = ? COLLATE NOCASE")
            args.append(value)
    deleted = call.query_enum_list("deletedFilter", DELETED_FILTERS)
    if deleted == ["onlyDeleted"]:
        clauses.append("0")  # a deleted build is gone for good here: none is retained
    return clauses, args


async def list_builds(call: Call) -> Response:
    """`GET {project}/_apis/build/builds`: newest first, keyset-paged by build id.

    A `$top` above the page limit is lowered to it; the continuation token leads on.
    """
    check_ignored(call, "listBuilds")
    settings = call.state.settings
    top = min(
        call.query_int("$top") or settings.builds_page_size,
        call.state.limits.max_builds_per_page,
    )
    after = _continuation_after(call)
    per_definition = call.query_int("maxBuildsPerDefinition")
    properties = call.query_str_list("properties")

    def work(conn: sqlite3.Connection) -> Response:
        project = resolve_project(conn, call.path["project"])
        clauses, args = _filters(call, project.id)
        source = f"SELECT b.* FROM builds b WHERE {' AND '.join(clauses)}"
        if per_definition:
            source = (
                "SELECT * FROM (SELECT b.*, ROW_NUMBER() OVER "
                f"(PARTITION BY b.definition_id ORDER BY b.id DESC) AS rank FROM builds b "
                f"WHERE {' AND '.join(clauses)}) WHERE rank <= ?"
            )
            args.append(per_definition)
        sql = f"SELECT * FROM ({source}) WHERE (? IS NULL OR id < ?) ORDER BY id DESC LIMIT ?"
        rows = conn.execute(sql, (*args, after, after, top + 1)).fetchall()
        records = [
            BuildRecord(r["id"], r["project_id"], r["definition_id"], r["queue_id"], _doc(r))
            for r in rows[:top]
        ]
        renderer = Renderer(
            conn, call.base_url, projects={project.id: project}, upgraded=call.speaks(7)
        )
        renderer.prepare(records)
        builds = [renderer.render(record, properties=properties) for record in records]
        headers = {}
        if len(rows) > top:
            headers["x-ms-continuationtoken"] = str(records[-1].id)
        return json_list_response(call, builds, headers=headers)

    return await call.read(work)


def _doc(row: sqlite3.Row) -> dict[str, Any]:
    doc: dict[str, Any] = loads(row["doc"])
    return doc


# -- queue, get, update, delete -------------------------------------------------------------


async def queue_build(call: Call) -> Response:
    """`POST {project}/_apis/build/builds`: a new `notStarted` build. `definitionId` (7.1)
    queues that definition when the body is absent or names no definition; a body that does
    wins, as on the server ("ignored if there's a valid body")."""
    check_ignored(call, "queueBuild")
    default_definition = call.query_int("definitionId")
    body = await call.json_object(required=default_definition is None) or {}
    definition_ref = object_field(body, "definition", required=default_definition is None)
    if definition_ref is not None:
        definition_id = int_field(definition_ref, "id", required=True, minimum=1)
    else:
        definition_id = default_definition
    queue_ref = object_field(body, "queue")
    queue_id = int_field(queue_ref, "id", required=True, minimum=1) if queue_ref else None
    source_branch = str_field(body, "sourceBranch")
    source_version = str_field(body, "sourceVersion")
    parameters = str_field(body, "parameters", max_length=1024 * 1024)
    assert definition_id is not None

    def work(conn: sqlite3.Connection) -> Response:
        project = resolve_project(conn, call.path["project"])
        definition = find_definition(conn, project, definition_id)
        if queue_id is not None and not queue_exists(conn, queue_id):
            raise ApiError(errors.QUEUE_NOT_FOUND, f"The queue {queue_id} does not exist.")
        doc = new_build_doc(
            definition,
            build_number=next_build_number(conn, definition.id),
            source_branch=source_branch,
            source_version=source_version,
            parameters=parameters,
        )
        record = BuildRecord(0, project.id, definition.id, queue_id or definition.queue_id, doc)
        record.id = insert_build(conn, record, explicit_id=False)
        renderer = Renderer(
            conn, call.base_url, projects={project.id: project}, upgraded=call.speaks(7)
        )
        renderer.prepare([record])
        return json_response(call, renderer.render(record))

    return await call.write(work)


async def get_build(call: Call) -> Response:
    """`GET {project}/_apis/build/builds/{buildId}`."""
    properties = call.query_str_list("propertyFilters")

    def work(conn: sqlite3.Connection) -> Response:
        project = resolve_project(conn, call.path["project"])
        record = load_build(conn, project, _build_id(call))
        renderer = Renderer(
            conn, call.base_url, projects={project.id: project}, upgraded=call.speaks(7)
        )
        renderer.prepare([record])
        return json_response(call, renderer.render(record, single=True, properties=properties))

    return await call.read(work)


def _set_once(doc: dict[str, Any], key: str, value: str | None) -> None:
    if value is None:
        return
    current = doc.get(key)
    if current is not None and parse_timestamp(current) != parse_timestamp(value):
        raise ApiError(
            errors.BUILD_UPDATE_CONFLICT,
            f"The build's {key} is already {current} and can be set only once.",
        )
    doc[key] = value


def _apply_update(doc: dict[str, Any], body: dict[str, Any]) -> None:
    keep_forever = bool_field(body, "keepForever")
    build_number = str_field(body, "buildNumber", max_length=260)
    source_version = str_field(body, "sourceVersion")
    start = datetime_field(body, "startTime")
    finish = datetime_field(body, "finishTime")
    status = enum_field(body, "status", STATUSES)
    result = enum_field(body, "result", RESULTS)
    if status is not None and status not in UPDATE_STATUSES:
        raise invalid(f"The status '{status}' is a filter, not a status a build can have.")
    if result is not None and result not in UPDATE_RESULTS:
        raise invalid(f"The result '{result}' is not a result an update can give a build.")
    if build_number is not None and build_number.strip() == "":
        raise invalid("The field buildNumber must not be empty.")
    if doc.get("status") == "completed":
        if status is not None and status != "completed":
            raise ApiError(
                errors.BUILD_UPDATE_CONFLICT,
                f"The build is completed; its status cannot change to {status}.",
            )
        if result is not None and result != doc.get("result"):
            raise ApiError(
                errors.BUILD_UPDATE_CONFLICT,
                f"The build is completed with result {doc.get('result')}; it cannot change.",
            )
    _set_once(doc, "startTime", format_timestamp(start) if start else None)
    _set_once(doc, "finishTime", format_timestamp(finish) if finish else None)
    if status is not None:
        doc["status"] = status
        if status in ("inProgress", "completed", "cancelling") and "startTime" not in doc:
            doc["startTime"] = now()
        if status == "completed" and "finishTime" not in doc:
            doc["finishTime"] = now()
    if result is not None:
        doc["result"] = result
    if keep_forever is not None:
        doc["keepForever"] = keep_forever
    if build_number is not None:
        doc["buildNumber"] = build_number
    if source_version is not None:
        doc["sourceVersion"] = source_version
    doc["lastChangedDate"] = now()
    doc["lastChangedBy"] = identity(MARKER)


async def update_build(call: Call) -> Response:
    """`PATCH {project}/_apis/build/builds/{buildId}`."""
    check_ignored(call, "updateBuild")
    body = await call.json_object()
    assert body is not None

    def work(conn: sqlite3.Connection) -> Response:
        project = resolve_project(conn, call.path["project"])
        record = load_build(conn, project, _build_id(call))
        _apply_update(record.doc, body)
        save_build(conn, record)
        renderer = Renderer(
            conn, call.base_url, projects={project.id: project}, upgraded=call.speaks(7)
        )
        renderer.prepare([record])
        return json_response(call, renderer.render(record, all_properties=True))

    return await call.write(work)


async def remove_build(call: Call) -> Response:
    """`DELETE {project}/_apis/build/builds/{buildId}`: 204."""

    def work(conn: sqlite3.Connection) -> None:
        project = resolve_project(conn, call.path["project"])
        delete_build(conn, load_build(conn, project, _build_id(call)).id)

    await call.write(work)
    return no_content()


# -- details ---------------------------------------------------------------------------------


async def _details(call: Call, kind: str) -> tuple[BuildRecord, Any]:
    def work(conn: sqlite3.Connection) -> tuple[BuildRecord, Any]:
        project = resolve_project(conn, call.path["project"])
        record = load_build(conn, project, _build_id(call))
        row = conn.execute(
            "SELECT doc FROM build_details WHERE build_id = ? AND kind = ?", (record.id, kind)
        ).fetchone()
        return record, rebase(loads(row["doc"]), call.base_url) if row else None

    return await call.read(work)


def _uuid_query(call: Call, name: str) -> str | None:
    text = call.query_str(name)
    if text is None:
        return None
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        raise invalid(f"The value '{text}' is not valid for {name}: expected a GUID.") from None


async def get_timeline(call: Call) -> Response:
    """`GET .../builds/{buildId}/timeline[/{timelineId}]`: the seeded timeline, or an empty one.

    `planId` must be the build's plan and `timelineId` its timeline (else 404); with
    `changeId` only the records changed after that change come back (7.1)."""
    record, timeline = await _details(call, "timeline")
    if timeline is None:
        timeline_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"timeline/{record.id}"))
        timeline = {
            "records": [],
            "lastChangedBy": str(identity(MARKER)["id"]),
            "lastChangedOn": record.doc.get("lastChangedDate", now()),
            "id": timeline_id,
            "changeId": 0,
            "url": f"{call.base_url}/{record.project_id}/_apis/build/builds/{record.id}"
            f"/Timeline/{timeline_id}",
        }
    wanted_plan = _uuid_query(call, "planId")
    plan = (record.doc.get("orchestrationPlan") or {}).get("planId")
    wanted = call.path.get("timelineId")
    if wanted is not None:
        try:
            wanted = str(uuid.UUID(wanted))
        except ValueError:
            raise invalid(f"The value '{wanted}' is not valid for timelineId: a GUID.") from None
    if (wanted is not None and wanted != str(timeline.get("id", "")).lower()) or (
        wanted_plan is not None and wanted_plan != str(plan or "").lower()
    ):
        raise ApiError(
            errors.TIMELINE_NOT_FOUND,
            f"The timeline {wanted or ''} of build {record.id} could not be found.",
        )
    change_id = call.query_int("changeId")
    if change_id is not None:
        timeline = dict(timeline)
        timeline["records"] = [
            r for r in timeline.get("records", []) if int(r.get("changeId") or 0) > change_id
        ]
    return json_response(call, timeline)


async def _detail_list(call: Call, kind: str, *, limited: bool) -> Response:
    top = call.query_int("$top") if limited else None
    _, items = await _details(call, kind)
    values: list[Any] = list(items or [])
    if top:
        values = values[:top]
    return json_response(call, envelope(values))


async def get_changes(call: Call) -> Response:
    """`GET .../builds/{buildId}/changes` (`$top`)."""
    check_ignored(call, "getBuildChanges")
    return await _detail_list(call, "changes", limited=True)


async def get_work_items(call: Call) -> Response:
    """`POST .../builds/{buildId}/workitems` (`$top`; any body is ignored), or the 7.1 GET."""
    return await _detail_list(call, "workitems", limited=True)


async def get_logs(call: Call) -> Response:
    """`GET .../builds/{buildId}/logs`."""
    return await _detail_list(call, "logs", limited=False)


async def get_artifacts(call: Call) -> Response:
    """`GET .../builds/{buildId}/artifacts`."""
    return await _detail_list(call, "artifacts", limited=False)


# -- tags ------------------------------------------------------------------------------------


async def get_tags(call: Call) -> Response:
    """`GET .../builds/{buildId}/tags`."""

    def work(conn: sqlite3.Connection) -> list[str]:
        project = resolve_project(conn, call.path["project"])
        return build_tags(conn, load_build(conn, project, _build_id(call)).id)

    return json_response(call, envelope(await call.read(work)))


def _tag(call: Call) -> str:
    tag = call.path["tag"]
    if len(tag) > MAX_TAG_LENGTH:
        raise invalid(f"A tag can be at most {MAX_TAG_LENGTH} characters long.")
    return tag


async def add_tag(call: Call) -> Response:
    """`PUT .../builds/{buildId}/tags/{tag}`: all tags after the change."""
    tag = _tag(call)

    def work(conn: sqlite3.Connection) -> list[str]:
        project = resolve_project(conn, call.path["project"])
        record = load_build(conn, project, _build_id(call))
        conn.execute(
            "INSERT OR IGNORE INTO build_tags (build_id, tag) VALUES (?, ?)", (record.id, tag)
        )
        return build_tags(conn, record.id)

    return json_response(call, envelope(await call.write(work)))


async def delete_tag(call: Call) -> Response:
    """`DELETE .../builds/{buildId}/tags/{tag}`: 200 with the remaining tags."""
    tag = _tag(call)

    def work(conn: sqlite3.Connection) -> list[str]:
        project = resolve_project(conn, call.path["project"])
        record = load_build(conn, project, _build_id(call))
        conn.execute("DELETE FROM build_tags WHERE build_id = ? AND tag = ?", (record.id, tag))
        return build_tags(conn, record.id)

    return json_response(call, envelope(await call.write(work)))
