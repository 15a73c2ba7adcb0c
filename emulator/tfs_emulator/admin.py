"""The emulator's own admin API under `/_emulator/...`, outside the documented surface.

It seeds what the 29 operations only read (projects, teams, queues, definitions, builds in any
state, build details, test runs and results, coverage) and resets or seeds the whole store.
Stored link fields may start with `{base}`, which responses replace with the server's URL.
"""

from __future__ import annotations

import uuid
from typing import Any

from starlette.responses import Response

from . import errors
from .build_records import (
    UPDATE_STATUSES,
    BuildRecord,
    insert_build,
    load_build,
    new_build_doc,
    next_build_number,
)
from .call import (
    Call,
    canonical_enum,
    get_field,
    int_field,
    invalid,
    loads_json,
    object_field,
    str_field,
)
from .coverage import store_coverage
from .database import dumps
from .definitions import create_definition, create_queue, find_definition, queue_exists
from .errors import ApiError
from .projects import add_team, create_project, resolve_project
from .responses import json_response, no_content
from .runs import create_result, create_run, find_run
from .seeding import seed_demo

DETAIL_KINDS = ("timeline", "changes", "workitems", "logs", "artifacts")
MAX_BULK_BUILDS = 1_000_000


async def health(call: Call) -> Response:
    """`GET /_emulator/health`: liveness and the count of unexpected server errors."""
    return json_response(
        call,
        {
            "status": "ok",
            "collection": call.state.collection,
            "internalErrors": call.state.internal_errors,
        },
    )


async def reset(call: Call) -> Response:
    """`POST /_emulator/reset`: forget everything."""
    call.state.reset()
    return no_content()


async def seed(call: Call) -> Response:
    """`POST /_emulator/seed/{name}`: load a named seed (only `demo` exists)."""
    name = call.path["name"]
    if name.lower() != "demo":
        raise ApiError(errors.ROUTE_NOT_FOUND, f"There is no seed named '{name}'; try 'demo'.")
    seed_demo(call.state)
    return no_content()


async def add_project(call: Call) -> Response:
    """`POST /_emulator/projects` `{name, id?, description?, teams?}`."""
    body = await _body(call)
    name = str_field(body, "name", required=True, max_length=256)
    assert name is not None
    teams = get_field(body, "teams")
    if teams is not None and (
        not isinstance(teams, list) or not all(isinstance(t, str) and t for t in teams)
    ):
        raise invalid("The field teams must be a list of team names.")
    with call.state.db.write() as conn:
        project = create_project(
            conn,
            name,
            project_id=_uuid_field(body, "id"),
            description=str_field(body, "description") or "",
            teams=teams,
        )
    return json_response(call, {"id": project.id, "name": project.name})


async def add_project_team(call: Call) -> Response:
    """`POST /_emulator/projects/{project}/teams` `{name}`."""
    body = await _body(call)
    name = str_field(body, "name", required=True, max_length=256)
    assert name is not None
    with call.state.db.write() as conn:
        add_team(conn, resolve_project(conn, call.path["project"]), name)
    return json_response(call, {"name": name})


async def add_queue(call: Call) -> Response:
    """`POST /_emulator/queues` `{name, id?, pool?}`."""
    body = await _body(call)
    name = str_field(body, "name", required=True, max_length=256)
    assert name is not None
    with call.state.db.write() as conn:
        queue_id = create_queue(
            conn, name, queue_id=int_field(body, "id", minimum=1), pool=get_field(body, "pool")
        )
    return json_response(call, {"id": queue_id, "name": name})


async def add_definition(call: Call) -> Response:
    """`POST /_emulator/projects/{project}/definitions`
    `{name, id?, type?, revision?, queueId?, defaultBranch?, repository?}`."""
    body = await _body(call)
    name = str_field(body, "name", required=True, max_length=256)
    assert name is not None
    definition_type = canonical_enum(str_field(body, "type") or "build", ("build", "xaml"), "type")
    with call.state.db.write() as conn:
        definition_id = create_definition(
            conn,
            resolve_project(conn, call.path["project"]),
            name,
            definition_id=int_field(body, "id", minimum=1),
            definition_type=definition_type,
            revision=int_field(body, "revision", minimum=0) if definition_type == "build" else None,
            queue_id=int_field(body, "queueId", minimum=1),
            default_branch=str_field(body, "defaultBranch") or "refs/heads/master",
            repository=object_field(body, "repository"),
        )
    return json_response(call, {"id": definition_id, "name": name})


async def add_builds(call: Call) -> Response:
    """`POST /_emulator/projects/{project}/builds`: insert builds in any state.

    Body: `{definitionId, id?, count?, queueId?, tags?, doc?}` where `doc` holds wire fields
    (`status`, `result`, `queueTime`, `startTime`, `finishTime`, `buildNumber`, `reason`,
    `requestedFor`, `keepForever`, `properties`, ...) laid over a freshly queued build.
    `count` inserts that many identical builds (for paging tests); `id` only with count 1.
    """
    body = await _body(call)
    definition_id = int_field(body, "definitionId", required=True, minimum=1)
    assert definition_id is not None
    count = int_field(body, "count", minimum=1) or 1
    if count > MAX_BULK_BUILDS:
        raise invalid(f"At most {MAX_BULK_BUILDS} builds can be inserted at once.")
    build_id = int_field(body, "id", minimum=1)
    if build_id is not None and count != 1:
        raise invalid("An explicit id can only be given with count 1.")
    overrides = object_field(body, "doc") or {}
    status = overrides.get("status")
    if status is not None and (not isinstance(status, str) or status not in UPDATE_STATUSES):
        raise invalid("doc.status must be a build status.")
    tags = get_field(body, "tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) and t for t in tags):
        raise invalid("The field tags must be a list of non-empty strings.")
    queue_id = int_field(body, "queueId", minimum=1)
    with call.state.db.write() as conn:
        project = resolve_project(conn, call.path["project"])
        definition = find_definition(conn, project, definition_id)
        if queue_id is not None and not queue_exists(conn, queue_id):
            raise ApiError(errors.QUEUE_NOT_FOUND, f"The queue {queue_id} does not exist.")
        ids = []
        for _ in range(count):
            doc = new_build_doc(
                definition,
                build_number=next_build_number(conn, definition.id) if count < 100 else "",
                source_branch=None,
                source_version=None,
                parameters=None,
            )
            doc.update(overrides)
            record = BuildRecord(
                build_id or 0, project.id, definition.id, queue_id or definition.queue_id, doc
            )
            record.id = insert_build(conn, record, explicit_id=build_id is not None)
            if not doc["buildNumber"]:
                doc["buildNumber"] = f"bulk.{record.id}"
                conn.execute(
                    "UPDATE builds SET build_number = ?, doc = ? WHERE id = ?",
                    (doc["buildNumber"], dumps(doc), record.id),
                )
            conn.executemany(
                "INSERT OR IGNORE INTO build_tags (build_id, tag) VALUES (?, ?)",
                [(record.id, tag) for tag in tags],
            )
            ids.append(record.id)
    return json_response(call, {"count": len(ids), "ids": ids})


async def set_build_detail(call: Call) -> Response:
    """`PUT /_emulator/projects/{project}/builds/{buildId}/{kind}`: timeline (an object) or
    changes / workitems / logs / artifacts (`{"value": [...]}` or a bare list)."""
    kind = call.path["kind"].lower()
    if kind not in (*DETAIL_KINDS, "coverage"):
        raise ApiError(errors.ROUTE_NOT_FOUND, f"Unknown build detail '{kind}'.")
    document = await _any_json(call)
    with call.state.db.write() as conn:
        project = resolve_project(conn, call.path["project"])
        build = load_build(conn, project, int(call.path["buildId"]))
        if kind == "coverage":
            store_coverage(conn, "build", build.id, _list(document, kind))
        else:
            value = document if kind == "timeline" else _list(document, kind)
            if kind == "timeline" and not isinstance(value, dict):
                raise invalid("A timeline must be a JSON object.")
            conn.execute(
                "INSERT OR REPLACE INTO build_details (build_id, kind, doc) VALUES (?, ?, ?)",
                (build.id, kind, dumps(value)),
            )
    return no_content()


async def add_run(call: Call) -> Response:
    """`POST /_emulator/projects/{project}/runs` `{name, id?, buildId?}`."""
    body = await _body(call)
    name = str_field(body, "name", required=True, max_length=1024)
    assert name is not None
    with call.state.db.write() as conn:
        project = resolve_project(conn, call.path["project"])
        build_id = int_field(body, "buildId", minimum=1)
        if build_id is not None:
            load_build(conn, project, build_id)
        run_id = create_run(
            conn, project, name, run_id=int_field(body, "id", minimum=1), build_id=build_id
        )
    return json_response(call, {"id": run_id, "name": name})


async def add_result(call: Call) -> Response:
    """`POST /_emulator/projects/{project}/runs/{runId}/results` `{id?, testCaseTitle?}`."""
    body = await _body(call)
    with call.state.db.write() as conn:
        project = resolve_project(conn, call.path["project"])
        run = find_run(conn, project, int(call.path["runId"]))
        result_id = create_result(
            conn,
            run,
            result_id=int_field(body, "id", minimum=1),
            title=str_field(body, "testCaseTitle") or "",
        )
    return json_response(call, {"id": result_id})


async def set_run_coverage(call: Call) -> Response:
    """`PUT /_emulator/projects/{project}/runs/{runId}/coverage` (`{"value": [...]}` or a list)."""
    document = await _any_json(call)
    with call.state.db.write() as conn:
        project = resolve_project(conn, call.path["project"])
        run = find_run(conn, project, int(call.path["runId"]))
        store_coverage(conn, "run", run.id, _list(document, "coverage"))
    return no_content()


# -- helpers ---------------------------------------------------------------------------------


async def _body(call: Call) -> dict[str, Any]:
    body = await call.json_object()
    assert body is not None
    return body


async def _any_json(call: Call) -> Any:
    raw = await call.request.body()
    try:
        return loads_json(raw)
    except ValueError as exc:
        raise invalid(f"The request body is not valid JSON: {exc}") from None


def _list(document: Any, kind: str) -> list[dict[str, Any]]:
    items = document.get("value") if isinstance(document, dict) else document
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise invalid(f'The {kind} must be a list of objects (or {{"value": [...]}}).')
    return items


def _uuid_field(body: dict[str, Any], name: str) -> str | None:
    value = str_field(body, name)
    if value is None:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise invalid(f"The field {name} must be a GUID.") from None
