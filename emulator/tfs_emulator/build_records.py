"""Builds in storage: insert, load, save and render them as the server's `Build` object."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from . import errors
from .database import dumps, loads
from .definitions import (
    Definition,
    definition_reference,
    load_definitions,
    load_queues,
    queue_reference,
)
from .errors import ApiError
from .projects import Project, find_project, identity
from .rebase import MARKER, rebase
from .spec_tables import enum
from .state import COLLECTION_ID
from .timestamps import now, sortable

#: Enum values from the packaged spec (filters take every value; an update only real states).
STATUSES = enum("BuildStatus")
RESULTS = enum("BuildResult")
REASONS = enum("BuildReason")
UPDATE_STATUSES = enum("BuildUpdateStatus")
UPDATE_RESULTS = enum("BuildUpdateResult")

#: Stored fields whose links point at the server (rebased when rendered).
_LINKED_FIELDS = ("requestedFor", "requestedBy", "lastChangedBy", "controller", "repository")

#: Wire order of a build, as in the recorded samples.
_ORDER = (
    "tags",
    "_links",
    "properties",
    "id",
    "url",
    "definition",
    "buildNumber",
    "project",
    "uri",
    "sourceBranch",
    "sourceVersion",
    "status",
    "queue",
    "controller",
    "queueTime",
    "priority",
    "startTime",
    "finishTime",
    "reason",
    "result",
    "requestedFor",
    "requestedBy",
    "lastChangedDate",
    "lastChangedBy",
    "parameters",
    "orchestrationPlan",
    "logs",
    "repository",
    "keepForever",
    "quality",
)


@dataclass
class BuildRecord:
    """A stored build: keys plus the document of its wire fields."""

    id: int
    project_id: str
    definition_id: int
    queue_id: int | None
    doc: dict[str, Any]


def _record(row: sqlite3.Row) -> BuildRecord:
    return BuildRecord(
        row["id"], row["project_id"], row["definition_id"], row["queue_id"], loads(row["doc"])
    )


def load_build(conn: sqlite3.Connection, project: Project, build_id: int) -> BuildRecord:
    """A build of `project`, or the server's 404."""
    row = conn.execute(
        "SELECT * FROM builds WHERE id = ? AND project_id = ?", (build_id, project.id)
    ).fetchone()
    if row is None:
        raise ApiError(
            errors.BUILD_NOT_FOUND, f"The requested build {build_id} could not be found."
        )
    return _record(row)


def _columns(record: BuildRecord) -> dict[str, Any]:
    doc = record.doc
    requested_for = doc.get("requestedFor") or {}
    finish = doc.get("finishTime")
    return {
        "project_id": record.project_id,
        "definition_id": record.definition_id,
        "queue_id": record.queue_id,
        "build_number": doc.get("buildNumber", ""),
        "status": doc.get("status", "notStarted"),
        "result": doc.get("result"),
        "reason": doc.get("reason", "manual"),
        "requested_for_id": str(requested_for.get("id") or ""),
        "requested_for_name": str(requested_for.get("displayName") or ""),
        "requested_for_unique": str(requested_for.get("uniqueName") or ""),
        "finish_time": sortable(finish) if isinstance(finish, str) else None,
        "doc": dumps(doc),
    }


def insert_build(conn: sqlite3.Connection, record: BuildRecord, *, explicit_id: bool) -> int:
    """Insert a build; `explicit_id` keeps `record.id` (seeding), otherwise a new id is drawn."""
    columns = _columns(record)
    if explicit_id:
        if conn.execute("SELECT 1 FROM builds WHERE id = ?", (record.id,)).fetchone():
            raise ApiError(errors.ADMIN_CONFLICT, f"The build {record.id} already exists.")
        columns["id"] = record.id
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    cursor = conn.execute(
        f"INSERT INTO builds ({names}) VALUES ({marks})",
        tuple(columns.values()),
    )
    return int(cursor.lastrowid or record.id)


def save_build(conn: sqlite3.Connection, record: BuildRecord) -> None:
    """Write back a changed build document (and its filter columns)."""
    columns = _columns(record)
    assignments = ", ".join(f"{name} = ?" for name in columns)
    conn.execute(
        f"UPDATE builds SET {assignments} WHERE id = ?",
        (*columns.values(), record.id),
    )


def delete_build(conn: sqlite3.Connection, build_id: int) -> None:
    """Remove a build and everything hanging off it."""
    conn.execute("DELETE FROM builds WHERE id = ?", (build_id,))
    conn.execute("DELETE FROM build_tags WHERE build_id = ?", (build_id,))
    conn.execute("DELETE FROM build_details WHERE build_id = ?", (build_id,))
    conn.execute("DELETE FROM coverage WHERE kind = 'build' AND owner_id = ?", (build_id,))


def build_tags(conn: sqlite3.Connection, build_id: int) -> list[str]:
    """A build's tags in the server's order (alphabetical, ignoring case)."""
    rows = conn.execute("SELECT tag FROM build_tags WHERE build_id = ? ORDER BY tag", (build_id,))
    return [row["tag"] for row in rows]


def next_build_number(conn: sqlite3.Connection, definition_id: int) -> str:
    """`yyyymmdd.N`, N counting this definition's builds of the day."""
    day = datetime.now(UTC).strftime("%Y%m%d")
    (count,) = conn.execute(
        "SELECT COUNT(*) FROM builds WHERE definition_id = ? AND build_number LIKE ?",
        (definition_id, f"{day}.%"),
    ).fetchone()
    return f"{day}.{count + 1}"


def new_build_doc(
    definition: Definition,
    *,
    build_number: str,
    source_branch: str | None,
    source_version: str | None,
    parameters: str | None,
) -> dict[str, Any]:
    """The document of a freshly queued build (`notStarted`)."""
    queued = now()
    user = identity(MARKER)
    doc: dict[str, Any] = {
        "buildNumber": build_number,
        "sourceBranch": source_branch or definition.doc.get("defaultBranch", "refs/heads/master"),
    }
    if source_version is not None:
        doc["sourceVersion"] = source_version
    doc.update(
        {
            "status": "notStarted",
            "queueTime": queued,
            "priority": "normal",
            "reason": "manual",
            "requestedFor": user,
            "requestedBy": user,
            "lastChangedDate": queued,
            "lastChangedBy": user,
        }
    )
    if parameters is not None:
        doc["parameters"] = parameters
    doc["orchestrationPlan"] = {"planId": str(uuid.uuid4())}
    doc["repository"] = definition.doc.get("repository")
    doc["keepForever"] = False
    return doc


@dataclass
class Renderer:
    """Renders builds for one response, caching projects, definitions, queues and tags."""

    conn: sqlite3.Connection
    base_url: str
    projects: dict[str, Project] = field(default_factory=dict)
    definitions: dict[int, Definition] = field(default_factory=dict)
    queues: dict[int, dict[str, Any]] = field(default_factory=dict)
    tags: dict[int, list[str]] = field(default_factory=dict)
    upgraded: bool = False  # the caller speaks 7.x: add the fields 7.1 servers send

    def prepare(self, records: list[BuildRecord]) -> None:
        """Load everything `records` reference in a few queries."""
        self.definitions.update(load_definitions(self.conn, {r.definition_id for r in records}))
        self.queues.update(load_queues(self.conn, {r.queue_id for r in records if r.queue_id}))
        for project_id in {r.project_id for r in records} - set(self.projects):
            project = find_project(self.conn, project_id)
            if project is not None:
                self.projects[project_id] = project
        ids = [r.id for r in records]
        for build_id in ids:
            self.tags[build_id] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT build_id, tag FROM build_tags WHERE build_id IN ({marks}) ORDER BY tag",
                chunk,
            )
            for row in rows:
                self.tags[row["build_id"]].append(row["tag"])

    def render(
        self,
        record: BuildRecord,
        *,
        single: bool = False,
        properties: list[str] | None = None,
        all_properties: bool = False,
    ) -> dict[str, Any]:
        """The wire `Build`."""
        base = self.base_url
        project = self.projects[record.project_id]
        definition = self.definitions[record.definition_id]
        build_url = f"{base}/{project.id}/_apis/build/Builds/{record.id}"
        links: dict[str, Any] = {
            "self": {"href": build_url},
            "web": {
                "href": f"{base}/_permalink/_build/index?collectionId={COLLECTION_ID}"
                f"&projectId={project.id}&buildId={record.id}"
            },
        }
        if definition.type == "xaml":
            links["details"] = {"href": f"{build_url}/Details?api-version=1.0"}
        else:
            links["timeline"] = {
                "href": f"{base}/{project.id}/_apis/build/builds/{record.id}/Timeline"
            }
            if single:
                links["sourceVersionDisplayUri"] = {"href": ""}
        computed: dict[str, Any] = {
            "_links": links,
            "id": record.id,
            "url": build_url,
            "definition": definition_reference(definition, project, base),
            "project": {
                "id": project.id,
                "name": project.name,
                "description": project.description,
                "url": f"{base}/_apis/projects/{project.id}",
                "state": "wellFormed",
                "revision": project.revision,
            },
            "uri": f"vstfs:///Build/Build/{record.id}",
            "logs": {
                "id": 0,
                "type": "Container",
                "url": f"{base}/{project.id}/_apis/build/builds/{record.id}/logs",
            },
        }
        tags = self.tags.get(record.id)
        if tags is None:
            tags = build_tags(self.conn, record.id)
        if tags and definition.type != "xaml":  # recorded XAML builds never carry `tags`
            computed["tags"] = tags
        if record.queue_id is not None and record.queue_id in self.queues:
            computed["queue"] = queue_reference(record.queue_id, self.queues[record.queue_id])
        stored_properties = record.doc.get("properties") or {}
        if all_properties:
            computed["properties"] = stored_properties
        elif properties is not None:
            computed["properties"] = {k: v for k, v in stored_properties.items() if k in properties}
        build: dict[str, Any] = {}
        for key in _ORDER:
            if key in computed:
                build[key] = computed[key]
            elif key in record.doc and key != "properties":
                value = record.doc[key]
                build[key] = rebase(value, base) if key in _LINKED_FIELDS else value
        if self.upgraded:
            build.update(_upgraded_fields(record))
        return build


def _upgraded_fields(record: BuildRecord) -> dict[str, Any]:
    """Fields 7.1 servers add to a build (spec `x-since: "7.1"`), with the values they send."""
    number = str(record.doc.get("buildNumber", ""))
    revision = number.rsplit(".", 1)[-1]
    fields: dict[str, Any] = {
        "retainedByRelease": False,
        "triggerInfo": {},
        "appendCommitMessageToRunName": True,
    }
    if "." in number and revision.isdigit():
        fields["buildNumberRevision"] = int(revision)
    if record.doc.get("status") == "notStarted":
        fields["queueOptions"] = "none"
    return fields
