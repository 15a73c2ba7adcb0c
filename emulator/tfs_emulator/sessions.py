"""The 3 test session operations, per project and team.

Request bodies are PascalCase (`Title`, `Area.Name`, `Id`, `State`, `Revision`,
`PropertyBag.Bag`); the server binds member names case-insensitively, so `id` works too, and
`State` may be a name or its number. Responses are camelCase.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.responses import Response

from . import errors
from .call import (
    Call,
    canonical_enum,
    get_field,
    int_field,
    invalid,
    missing,
    object_field,
    str_field,
)
from .database import dumps, loads
from .errors import ApiError
from .projects import Project, resolve_project, resolve_team, short_identity
from .responses import envelope, json_response, segment
from .spec_tables import enum, enum_of_parameter
from .timestamps import now, parse_timestamp
from .unimplemented import check_ignored

#: Wire names of TestSessionState, by number.
STATES = enum("TestSessionState")


def _state(body: dict[str, Any]) -> str | None:
    raw = get_field(body, "State")
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise invalid("The field State must be a state name or number.")
    if isinstance(raw, int):
        if 0 <= raw < len(STATES):
            return STATES[raw]
        raise invalid(f"The value {raw} is not a valid session state (0..{len(STATES) - 1}).")
    if isinstance(raw, str):  # any letter case, as servers bind enums
        return canonical_enum(raw.strip(), STATES, "State")
    raise invalid("The field State must be a state name or number.")


def _area_name(body: dict[str, Any]) -> str | None:
    area = object_field(body, "Area")
    return str_field(area, "Name") if area is not None else None


def _bag(body: dict[str, Any]) -> dict[str, str] | None:
    property_bag = object_field(body, "PropertyBag")
    if property_bag is None:
        return None
    bag = object_field(property_bag, "Bag")
    if bag is None:
        return None
    for key, value in bag.items():
        if not isinstance(value, str):
            raise invalid(f"The property {key} of PropertyBag.Bag must be a string.")
    return dict(bag)


def _render(
    call: Call, project: Project, team: str, ident: int, doc: dict[str, Any]
) -> dict[str, Any]:
    session: dict[str, Any] = {"id": ident, "title": doc["title"]}
    for key in ("startDate", "endDate", "lastUpdatedDate"):
        if key in doc:
            session[key] = doc[key]
    session["project"] = {"id": project.id, "name": project.name}
    session["lastUpdatedBy"] = doc["lastUpdatedBy"]
    session["area"] = {"id": doc["areaId"], "name": doc["area"]}
    session["revision"] = doc["revision"]
    session["source"] = doc["source"]
    session["state"] = doc["state"]
    if "comment" in doc:
        session["comment"] = doc["comment"]
    session["owner"] = doc["owner"]
    session["propertyBag"] = {"bag": doc.get("bag", {})}
    session["url"] = (
        f"{call.base_url}/{segment(project.name)}/{segment(team)}/_apis/test/Session/{ident}"
    )
    return session


def _scope(call: Call, conn: sqlite3.Connection) -> tuple[Project, str]:
    project = resolve_project(conn, call.path["project"])
    return project, resolve_team(conn, project, call.path["team"])


def insert_session(
    conn: sqlite3.Connection,
    project: Project,
    team: str,
    doc: dict[str, Any],
    ident: int | None = None,
) -> int:
    """Store a session document; returns its id."""
    if (
        ident is not None
        and conn.execute("SELECT 1 FROM sessions WHERE id = ?", (ident,)).fetchone()
    ):
        raise ApiError(errors.ADMIN_CONFLICT, f"The test session {ident} already exists.")
    cursor = conn.execute(
        "INSERT INTO sessions (id, project_id, team, doc) VALUES (?, ?, ?, ?)",
        (ident, project.id, team, dumps(doc)),
    )
    return int(cursor.lastrowid or 0)


def _wanted(call: Call) -> Callable[[dict[str, Any]], bool]:
    """The 7.1 filters: `period` (days since the last update), `source`, and
    `includeOnlyCompletedSessions`."""
    period = call.query_int("period")
    since = None
    if period:
        try:
            since = datetime.now(UTC) - timedelta(days=period)
        except OverflowError:  # further back than any date: every session is within it
            since = None
    sources = call.query_enum_list("source", enum_of_parameter("listTestSessions", "source"))
    completed_only = call.query_bool("includeOnlyCompletedSessions")

    def wanted(doc: dict[str, Any]) -> bool:
        if since is not None:
            updated = parse_timestamp(str(doc.get("lastUpdatedDate", "")))
            if updated is None or updated < since:
                return False
        if sources and str(doc.get("source", "")).lower() not in {s.lower() for s in sources}:
            return False
        return not completed_only or doc.get("state") == "completed"

    return wanted


async def list_sessions(call: Call) -> Response:
    """`GET {project}/{team}/_apis/test/session`."""
    check_ignored(call, "listTestSessions")
    wanted = _wanted(call)

    def work(conn: sqlite3.Connection) -> Response:
        project, team = _scope(call, conn)
        rows = conn.execute(
            "SELECT id, doc FROM sessions WHERE project_id = ? AND team = ? ORDER BY id",
            (project.id, team),
        ).fetchall()
        docs = [(row["id"], loads(row["doc"])) for row in rows]
        sessions = [_render(call, project, team, i, doc) for i, doc in docs if wanted(doc)]
        return json_response(call, envelope(sessions))

    return await call.read(work)


async def create_session(call: Call) -> Response:
    """`POST {project}/{team}/_apis/test/session`: a new `inProgress` session, revision 1."""
    body = await call.json_object()
    assert body is not None
    title = str_field(body, "Title", required=True, max_length=1024)
    assert title is not None
    if title.strip() == "":
        raise invalid("The field Title must not be empty.")
    area = _area_name(body)
    started = now()

    def work(conn: sqlite3.Connection) -> Response:
        project, team = _scope(call, conn)
        doc: dict[str, Any] = {
            "title": title,
            "startDate": started,
            "lastUpdatedDate": started,
            "lastUpdatedBy": short_identity(),
            "area": area or project.name,
            "areaId": "0",
            "revision": 1,
            "source": "xtWeb",
            "state": "inProgress",
            "owner": short_identity(),
            "bag": {},
        }
        ident = insert_session(conn, project, team, doc)
        return json_response(call, _render(call, project, team, ident, doc))

    return await call.write(work)


async def update_session(call: Call) -> Response:
    """`PATCH {project}/{team}/_apis/test/session`: the session named by `Id`, revision + 1."""
    body = await call.json_object()
    assert body is not None
    ident = int_field(body, "Id", minimum=0)
    if ident is None:
        raise missing("Id")
    title = str_field(body, "Title", max_length=1024)
    if title is not None and title.strip() == "":
        raise invalid("The field Title must not be empty.")
    area = _area_name(body)
    comment = str_field(body, "Comment", max_length=1024 * 1024)
    state = _state(body)
    revision = int_field(body, "Revision", minimum=0)
    bag = _bag(body)

    def work(conn: sqlite3.Connection) -> Response:
        project, team = _scope(call, conn)
        row = conn.execute(
            "SELECT doc FROM sessions WHERE id = ? AND project_id = ? AND team = ?",
            (ident, project.id, team),
        ).fetchone()
        if row is None:
            raise ApiError(errors.TEST_OBJECT_NOT_FOUND, f"Test session {ident} not found.")
        doc = loads(row["doc"])
        if revision is not None and revision != doc["revision"]:
            raise ApiError(
                errors.TEST_OBJECT_CONFLICT,
                f"Test session {ident} is at revision {doc['revision']}, not {revision}; "
                "get it again and retry.",
            )
        if title is not None:
            doc["title"] = title
        if area is not None:
            doc["area"] = area
        if comment is not None:
            doc["comment"] = comment
        if state is not None:
            doc["state"] = state
            if state in ("completed", "declined") and "endDate" not in doc:
                doc["endDate"] = now()
        if bag is not None:
            doc["bag"] = bag
        doc["revision"] += 1
        doc["lastUpdatedDate"] = now()
        doc["lastUpdatedBy"] = short_identity()
        conn.execute("UPDATE sessions SET doc = ? WHERE id = ?", (dumps(doc), ident))
        return json_response(call, _render(call, project, team, ident, doc))

    return await call.write(work)
