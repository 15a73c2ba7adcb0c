"""The emulator's own admin API under `/_emulator/...`, outside the documented surface.

It seeds what the 29 operations only read (projects, teams, queues, definitions, builds in any
state, build details, test runs and results, coverage) and resets or seeds the whole store.
Stored link fields may start with `{base}`, which responses replace with the server's URL.
"""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

import anyio.to_thread
from starlette.responses import Response

from . import errors, schemas
from .build_records import (
    UPDATE_STATUSES,
    BuildRecord,
    Renderer,
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
    object_field,
    str_field,
)
from .coverage import build_entry, run_entry, store_coverage
from .database import dumps
from .definitions import create_definition, create_queue, find_definition, queue_exists
from .errors import ApiError
from .projects import Project, add_team, create_project, resolve_project
from .responses import json_response, no_content
from .runs import Run, create_result, create_run, find_run
from .seeding import seed_demo

#: Build details by admin path segment, with the spec schema of what is served.
DETAIL_SCHEMAS = {
    "timeline": "Timeline",
    "changes": "Change",
    "workitems": "WorkItemReference",
    "logs": "BuildLog",
    "artifacts": "BuildArtifact",
}
#: Build fields the emulator computes from the record; `doc` cannot set them.
COMPUTED_BUILD_FIELDS = {
    "id": "id",
    "url": "id",
    "uri": "id",
    "_links": "id",
    "logs": "id",
    "definition": "definitionId",
    "project": "the project in the path",
    "queue": "queueId",
    "tags": "tags",
}
#: How many schema problems one error message lists.
SHOWN_PROBLEMS = 5


def _refuse(problems: list[str], what: str) -> None:
    """400 naming the first problems, when there are any: wrong values (a type, an enum, a
    format) before missing fields, so a long list of absent fields never hides a wrong value."""
    if problems:
        problems = sorted(problems, key=schemas.is_missing_field)
        shown = "; ".join(problems[:SHOWN_PROBLEMS])
        more = (
            f" (and {len(problems) - SHOWN_PROBLEMS} more)"
            if len(problems) > SHOWN_PROBLEMS
            else ""
        )
        raise invalid(f"The {what} does not fit the spec: {shown}{more}.")


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
    await anyio.to_thread.run_sync(call.state.reset)
    return no_content()


async def seed(call: Call) -> Response:
    """`POST /_emulator/seed/{name}`: load a named seed (only `demo` exists)."""
    name = call.path["name"]
    if name.lower() != "demo":
        raise ApiError(errors.ROUTE_NOT_FOUND, f"There is no seed named '{name}'; try 'demo'.")
    await anyio.to_thread.run_sync(seed_demo, call.state)
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
    project_id = _uuid_field(body, "id")
    description = str_field(body, "description") or ""

    def work(conn: sqlite3.Connection) -> Project:
        return create_project(
            conn, name, project_id=project_id, description=description, teams=teams
        )

    project = await call.write(work)
    return json_response(call, {"id": project.id, "name": project.name})


async def add_project_team(call: Call) -> Response:
    """`POST /_emulator/projects/{project}/teams` `{name}`."""
    body = await _body(call)
    name = str_field(body, "name", required=True, max_length=256)
    assert name is not None
    await call.write(lambda conn: add_team(conn, resolve_project(conn, call.path["project"]), name))
    return json_response(call, {"name": name})


async def add_queue(call: Call) -> Response:
    """`POST /_emulator/queues` `{name, id?, pool?}`."""
    body = await _body(call)
    name = str_field(body, "name", required=True, max_length=256)
    assert name is not None
    wanted_id = int_field(body, "id", minimum=1)
    pool = get_field(body, "pool")
    _refuse(
        schemas.problems(pool, schemas.schema("AgentPoolQueue")["properties"]["pool"], "pool"),
        "pool",
    )
    queue_id = await call.write(
        lambda conn: create_queue(conn, name, queue_id=wanted_id, pool=pool)
    )
    return json_response(call, {"id": queue_id, "name": name})


async def add_definition(call: Call) -> Response:
    """`POST /_emulator/projects/{project}/definitions`
    `{name, id?, type?, revision?, queueId?, defaultBranch?, repository?}`."""
    body = await _body(call)
    name = str_field(body, "name", required=True, max_length=256)
    assert name is not None
    definition_type = canonical_enum(str_field(body, "type") or "build", ("build", "xaml"), "type")
    wanted_id = int_field(body, "id", minimum=1)
    revision = int_field(body, "revision", minimum=0) if definition_type == "build" else None
    queue_id = int_field(body, "queueId", minimum=1)
    default_branch = str_field(body, "defaultBranch") or "refs/heads/master"
    repository = object_field(body, "repository")
    if repository is not None:
        _refuse(schemas.check(repository, "BuildRepository", "repository"), "repository")

    def work(conn: sqlite3.Connection) -> int:
        return create_definition(
            conn,
            resolve_project(conn, call.path["project"]),
            name,
            definition_id=wanted_id,
            definition_type=definition_type,
            revision=revision,
            queue_id=queue_id,
            default_branch=default_branch,
            repository=repository,
        )

    definition_id = await call.write(work)
    return json_response(call, {"id": definition_id, "name": name})


def _check_build_overrides(overrides: dict[str, Any]) -> None:
    """400 unless every `doc` member is a stored field of `Build` with a value the spec allows."""
    fields = schemas.schema("Build")["properties"]
    found = []
    for key, value in overrides.items():
        if key in COMPUTED_BUILD_FIELDS:
            found.append(
                f"doc.{key} is computed by the emulator (set {COMPUTED_BUILD_FIELDS[key]})"
            )
        elif key not in fields:
            found.append(f"doc.{key} is not a field of Build")
        else:
            found += schemas.problems(value, fields[key], f"doc.{key}")
    _refuse(found, "doc")
    status = overrides.get("status")
    if status is not None and status not in UPDATE_STATUSES:
        raise invalid("doc.status must be a build status ('all' is only a filter).")


async def add_builds(call: Call) -> Response:
    """`POST /_emulator/projects/{project}/builds`: insert builds in any state.

    Body: `{definitionId, id?, count?, queueId?, tags?, doc?}` where `doc` holds wire fields
    (`status`, `result`, `queueTime`, `startTime`, `finishTime`, `buildNumber`, `reason`,
    `requestedFor`, `keepForever`, `properties`, ...) laid over a freshly queued build; each is
    checked against the spec's `Build` schema, and so is the first build as it will be served.
    `count` inserts that many identical builds (for paging tests); `id` only with count 1.
    """
    body = await _body(call)
    definition_id = int_field(body, "definitionId", required=True, minimum=1)
    assert definition_id is not None
    count = int_field(body, "count", minimum=1) or 1
    limit = call.state.limits.max_bulk_builds
    if count > limit:
        raise invalid(f"At most {limit} builds can be inserted at once; send several requests.")
    build_id = int_field(body, "id", minimum=1)
    if build_id is not None and count != 1:
        raise invalid("An explicit id can only be given with count 1.")
    overrides = object_field(body, "doc") or {}
    _check_build_overrides(overrides)
    tags = get_field(body, "tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) and t for t in tags):
        raise invalid("The field tags must be a list of non-empty strings.")
    queue_id = int_field(body, "queueId", minimum=1)

    def work(conn: sqlite3.Connection) -> list[int]:
        project = resolve_project(conn, call.path["project"])
        definition = find_definition(conn, project, definition_id)
        if queue_id is not None and not queue_exists(conn, queue_id):
            raise ApiError(errors.QUEUE_NOT_FOUND, f"The queue {queue_id} does not exist.")
        ids: list[int] = []
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
            conn.executemany(
                "INSERT OR IGNORE INTO build_tags (build_id, tag) VALUES (?, ?)",
                [(record.id, tag) for tag in tags],
            )
            if not ids:  # the builds differ only in id and number: check the first as served
                renderer = Renderer(conn, call.base_url, projects={project.id: project})
                renderer.prepare([record])
                served = renderer.render(record, single=True, all_properties=True)
                _refuse(schemas.check(served, "Build", "build"), "build")
            ids.append(record.id)
        # Numbers of bulk builds follow their ids (one statement, not one per build).
        conn.execute(
            "UPDATE builds SET build_number = 'bulk.' || id, "
            "doc = json_set(doc, '$.buildNumber', 'bulk.' || id) "
            "WHERE id BETWEEN ? AND ? AND build_number = ''",
            (ids[0], ids[-1]),
        )
        return ids

    ids = await call.write(work)
    return json_response(call, {"count": len(ids), "ids": ids})


async def set_build_detail(call: Call) -> Response:
    """`PUT /_emulator/projects/{project}/builds/{buildId}/{kind}`: timeline (an object) or
    changes / workitems / logs / artifacts (`{"value": [...]}` or a bare list), or coverage;
    each checked against the spec's schema of what the operation serves."""
    kind = call.path["kind"].lower()
    if kind not in (*DETAIL_SCHEMAS, "coverage"):
        raise ApiError(errors.ROUTE_NOT_FOUND, f"Unknown build detail '{kind}'.")
    document = await call.json_value()
    if kind == "timeline":
        if not isinstance(document, dict):
            raise invalid("A timeline must be a JSON object.")
        _refuse(schemas.check(document, "Timeline", "timeline"), "timeline")
        value: Any = document
    else:
        value = _list(document, kind)
        if kind != "coverage":
            found = []
            for index, item in enumerate(value):
                found += schemas.check(item, DETAIL_SCHEMAS[kind], f"{kind}[{index}]")
            _refuse(found, kind)

    def work(conn: sqlite3.Connection) -> None:
        project = resolve_project(conn, call.path["project"])
        build = load_build(conn, project, int(call.path["buildId"]))
        if kind == "coverage":
            found = []
            for index, entry in enumerate(value):
                served = build_entry(_coverage_entry(entry, index), build.id, 7, call.base_url)
                found += schemas.check(served, "BuildCoverage", f"coverage[{index}]")
            _refuse(found, "coverage")
            store_coverage(conn, "build", build.id, value)
        else:
            conn.execute(
                "INSERT OR REPLACE INTO build_details (build_id, kind, doc) VALUES (?, ?, ?)",
                (build.id, kind, dumps(value)),
            )

    await call.write(work)
    return no_content()


async def add_run(call: Call) -> Response:
    """`POST /_emulator/projects/{project}/runs` `{name, id?, buildId?}`."""
    body = await _body(call)
    name = str_field(body, "name", required=True, max_length=1024)
    assert name is not None
    build_id = int_field(body, "buildId", minimum=1)
    wanted_id = int_field(body, "id", minimum=1)

    def work(conn: sqlite3.Connection) -> int:
        project = resolve_project(conn, call.path["project"])
        if build_id is not None:
            load_build(conn, project, build_id)
        return create_run(conn, project, name, run_id=wanted_id, build_id=build_id)

    run_id = await call.write(work)
    return json_response(call, {"id": run_id, "name": name})


async def add_result(call: Call) -> Response:
    """`POST /_emulator/projects/{project}/runs/{runId}/results` `{id?, testCaseTitle?}`."""
    body = await _body(call)
    wanted_id = int_field(body, "id", minimum=1)
    title = str_field(body, "testCaseTitle") or ""

    def work(conn: sqlite3.Connection) -> int:
        run = find_run(conn, resolve_project(conn, call.path["project"]), int(call.path["runId"]))
        return create_result(conn, run, result_id=wanted_id, title=title)

    result_id = await call.write(work)
    return json_response(call, {"id": result_id})


async def set_run_coverage(call: Call) -> Response:
    """`PUT /_emulator/projects/{project}/runs/{runId}/coverage` (`{"value": [...]}` or a list)."""
    entries = _list(await call.json_value(), "coverage")

    def work(conn: sqlite3.Connection) -> None:
        project = resolve_project(conn, call.path["project"])
        run: Run = find_run(conn, project, int(call.path["runId"]))
        found = []
        for index, entry in enumerate(entries):
            served = run_entry(_coverage_entry(entry, index), project, run, 7, call.base_url)
            found += schemas.check(served, "TestRunCoverage", f"coverage[{index}]")
        _refuse(found, "coverage")
        store_coverage(conn, "run", run.id, entries)

    await call.write(work)
    return no_content()


# -- helpers ---------------------------------------------------------------------------------


async def _body(call: Call) -> dict[str, Any]:
    body = await call.json_object()
    assert body is not None
    return body


def _coverage_entry(entry: dict[str, Any], index: int) -> dict[str, Any]:
    """A stored coverage entry whose members have the shapes rendering relies on (else 400)."""
    for name, kind in (("configuration", dict), ("modules", list)):
        if name in entry and not isinstance(entry[name], kind):
            raise invalid(
                f"coverage[{index}].{name} must be {'an object' if kind is dict else 'a list'}."
            )
    if not all(isinstance(module, dict) for module in entry.get("modules", [])):
        raise invalid(f"coverage[{index}].modules must be a list of objects.")
    return entry


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
