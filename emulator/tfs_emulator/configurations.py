"""The 5 test configuration operations, at the documented `_apis/test/configurations` routes and
at the 7.1 `_apis/testplan/configurations` routes (update and delete there name the configuration
by the query parameter `testConfiguartionId`, spelled so by the server; replies take the 7.1 form).

Lists come in batches ordered by id. The continuation token is `<next id>;<items still
wanted>` (0 = no limit), as the page's examples show (`4;0`, `4;2`, `17;9`); when a token is
sent it carries the position, so `$skip` and `$top` of that request are not applied again.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from starlette.responses import Response

from . import errors
from .call import Call, bool_field, enum_field, get_field, invalid, missing, str_field
from .database import dumps, loads
from .errors import ApiError
from .projects import Project, identity, resolve_project
from .rebase import MARKER, rebase
from .responses import envelope, json_response, no_content, segment
from .spec_tables import enum
from .timestamps import now

STATES = enum("TestConfigurationState")
_TOKEN = re.compile(r"(\d{1,10});(\d{1,10})")


def _not_found(configuration_id: int) -> ApiError:
    return ApiError(
        errors.TEST_OBJECT_NOT_FOUND, f"Test configuration {configuration_id} not found."
    )


def _name_taken(name: str) -> ApiError:
    return ApiError(
        errors.TEST_OBJECT_EXISTS, f"A test configuration named '{name}' already exists."
    )


def _values(body: dict[str, Any]) -> list[dict[str, str]] | None:
    raw = get_field(body, "values")
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise invalid("The field values must be an array of {name, value} pairs.")
    pairs = []
    for item in raw:
        if not isinstance(item, dict):
            raise invalid("Each entry of values must be an object with name and value.")
        name = str_field(item, "name", required=True)
        value = str_field(item, "value", required=True)
        assert name is not None and value is not None
        pairs.append({"name": name, "value": value})
    return pairs


def _area(body: dict[str, Any]) -> str | None:
    raw = get_field(body, "area")
    if raw is None:
        return None
    if isinstance(raw, str):
        return raw
    if isinstance(raw, dict):
        str_field(raw, "id")
        str_field(raw, "url")
        return str_field(raw, "name")
    raise invalid("The field area must be an area path or an object with a name.")


def _name(body: dict[str, Any], *, required: bool) -> str | None:
    name = str_field(body, "name", required=required, max_length=256)
    if name is not None and name.strip() == "":
        raise invalid("The field name must not be empty.")
    return name


def _plan_route(call: Call) -> bool:
    """Whether the call came in through the 7.1 `_apis/testplan/configurations` routes."""
    return "/_apis/testplan/" in call.request.url.path.lower()


def _configuration_id(call: Call) -> int:
    for name in ("configurationId", "testConfigurationId"):
        if name in call.path:
            return int(call.path[name])
    ident = call.query_int("testConfiguartionId", minimum=1)
    if ident is None:
        raise missing("testConfiguartionId")
    return ident


def _render_plan(project: Project, ident: int, doc: dict[str, Any]) -> dict[str, Any]:
    """The 7.1 `TestConfiguration` of the test plan routes."""
    return {
        "id": ident,
        "name": doc["name"],
        "description": doc.get("description", ""),
        "isDefault": bool(doc.get("isDefault", False)),
        "state": doc.get("state", "active"),
        "values": doc.get("values", []),
        "project": {"id": project.id, "name": project.name, "state": "wellFormed"},
    }


def _render(
    call: Call, project: Project, ident: int, doc: dict[str, Any], *, full: bool
) -> dict[str, Any]:
    if _plan_route(call):
        return _render_plan(project, ident, doc)
    item: dict[str, Any] = {
        "id": ident,
        "name": doc["name"],
        "url": f"{call.base_url}/{segment(project.name)}/_apis/test/Configurations/{ident}",
    }
    if full:
        item["project"] = {
            "name": project.name,
            "url": f"{call.base_url}/_apis/projects/{segment(project.name)}",
        }
    item["description"] = doc.get("description", "")
    if full:
        item["lastUpdatedBy"] = rebase(doc["lastUpdatedBy"], call.base_url)
        item["lastUpdatedDate"] = doc["lastUpdatedDate"]
        item["area"] = {"name": doc.get("area", project.name)}
    if doc.get("isDefault"):
        item["isDefault"] = True
    if full:
        item["revision"] = doc["revision"]
        item["values"] = doc.get("values", [])
    if doc.get("state"):
        item["state"] = doc["state"]
    return item


def _load(conn: sqlite3.Connection, project: Project, ident: int) -> dict[str, Any]:
    row = conn.execute(
        "SELECT doc FROM configurations WHERE id = ? AND project_id = ?", (ident, project.id)
    ).fetchone()
    if row is None:
        raise _not_found(ident)
    doc: dict[str, Any] = loads(row["doc"])
    return doc


def _name_in_use(
    conn: sqlite3.Connection, project: Project, name: str, other_than: int = 0
) -> bool:
    row = conn.execute(
        "SELECT 1 FROM configurations WHERE project_id = ? AND name = ? AND id != ?",
        (project.id, name, other_than),
    ).fetchone()
    return row is not None


def insert_configuration(
    conn: sqlite3.Connection, project: Project, doc: dict[str, Any], ident: int | None = None
) -> int:
    """Store a configuration document; returns its id (409 when the name is taken)."""
    if _name_in_use(conn, project, doc["name"]):
        raise _name_taken(doc["name"])
    if (
        ident is not None
        and conn.execute("SELECT 1 FROM configurations WHERE id = ?", (ident,)).fetchone()
    ):
        raise ApiError(errors.ADMIN_CONFLICT, f"The test configuration {ident} already exists.")
    cursor = conn.execute(
        "INSERT INTO configurations (id, project_id, name, doc) VALUES (?, ?, ?, ?)",
        (ident, project.id, doc["name"], dumps(doc)),
    )
    return int(cursor.lastrowid or 0)


async def list_configurations(call: Call) -> Response:
    """`GET {project}/_apis/test/configurations`."""
    skip = call.query_int("$skip", default=0) or 0
    top = call.query_int("$top", default=0) or 0
    return await _list(call, skip, top, full=call.query_bool("includeAllProperties"))


async def list_plan_configurations(call: Call) -> Response:
    """`GET {project}/_apis/testplan/configurations` (7.1): every property, batch by batch."""
    return await _list(call, 0, 0, full=True)


async def _list(call: Call, skip: int, top: int, *, full: bool) -> Response:
    token = call.query_str("continuationToken")
    first_id = 0
    if token:
        match = _TOKEN.fullmatch(token.strip())
        if match is None:
            raise ApiError(
                errors.INVALID_CONTINUATION_TOKEN,
                f"The continuation token '{token}' is not valid. Send back the value of the "
                "x-ms-continuationtoken header of the previous batch.",
            )
        first_id, top = int(match[1]), int(match[2])
        skip = 0
    batch = call.state.settings.configurations_batch_size
    wanted = min(batch, top) if top else batch

    def work(conn: sqlite3.Connection) -> Response:
        project = resolve_project(conn, call.path["project"])
        rows = conn.execute(
            "SELECT id, doc FROM configurations WHERE project_id = ? AND id >= ? "
            "ORDER BY id LIMIT ? OFFSET ?",
            (project.id, first_id, wanted + 1, skip),
        ).fetchall()
        page = rows[:wanted]
        items = [_render(call, project, row["id"], loads(row["doc"]), full=full) for row in page]
        headers = {}
        remaining = top - len(page) if top else 0
        if len(rows) > wanted and (not top or remaining > 0):
            headers["x-ms-continuationtoken"] = f"{rows[wanted]['id']};{remaining}"
        return json_response(call, envelope(items), headers=headers)

    return await call.read(work)


async def create_configuration(call: Call) -> Response:
    """`POST {project}/_apis/test/configurations`."""
    body = await call.json_object()
    assert body is not None
    name = _name(body, required=True)
    assert name is not None
    doc: dict[str, Any] = {
        "name": name,
        "description": str_field(body, "description") or "",
        "lastUpdatedBy": identity(MARKER),
        "lastUpdatedDate": now(),
        "revision": 1,
        "values": _values(body) or [],
    }
    area = _area(body)
    state = enum_field(body, "state", STATES)
    is_default = bool_field(body, "isDefault")

    def work(conn: sqlite3.Connection) -> Response:
        project = resolve_project(conn, call.path["project"])
        doc["area"] = area or project.name
        if is_default:
            doc["isDefault"] = True
        if state is not None:
            doc["state"] = state
        ident = insert_configuration(conn, project, doc)
        return json_response(call, _render(call, project, ident, doc, full=True))

    return await call.write(work)


async def get_configuration(call: Call) -> Response:
    """`GET .../test/configurations/{configurationId}` or `.../testplan/configurations/{id}`."""
    ident = _configuration_id(call)

    def work(conn: sqlite3.Connection) -> Response:
        project = resolve_project(conn, call.path["project"])
        return json_response(
            call, _render(call, project, ident, _load(conn, project, ident), full=True)
        )

    return await call.read(work)


async def update_configuration(call: Call) -> Response:
    """`PATCH .../configurations/{configurationId}` (or `?testConfiguartionId=`): revision + 1."""
    ident = _configuration_id(call)
    body = await call.json_object()
    assert body is not None
    name = _name(body, required=False)
    description = str_field(body, "description")
    values = _values(body)
    area = _area(body)
    state = enum_field(body, "state", STATES)
    is_default = bool_field(body, "isDefault")

    def work(conn: sqlite3.Connection) -> Response:
        project = resolve_project(conn, call.path["project"])
        doc = _load(conn, project, ident)
        if name is not None:
            if _name_in_use(conn, project, name, other_than=ident):
                raise _name_taken(name)
            doc["name"] = name
        if description is not None:
            doc["description"] = description
        if values is not None:
            doc["values"] = values
        if area is not None:
            doc["area"] = area
        if state is not None:
            doc["state"] = state
        if is_default is not None:
            doc["isDefault"] = is_default
        doc["revision"] += 1
        doc["lastUpdatedDate"] = now()
        doc["lastUpdatedBy"] = identity(MARKER)
        conn.execute(
            "UPDATE configurations SET name = ?, doc = ? WHERE id = ?",
            (doc["name"], dumps(doc), ident),
        )
        return json_response(call, _render(call, project, ident, doc, full=True))

    return await call.write(work)


async def delete_configuration(call: Call) -> Response:
    """`DELETE .../configurations/{configurationId}` (or `?testConfiguartionId=`): 204."""
    ident = _configuration_id(call)

    def work(conn: sqlite3.Connection) -> None:
        _load(conn, resolve_project(conn, call.path["project"]), ident)
        conn.execute("DELETE FROM configurations WHERE id = ?", (ident,))

    await call.write(work)
    return no_content()
