"""Build definitions and agent queues: seeded, then referenced by builds."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from . import errors
from .database import dumps, loads
from .errors import ApiError
from .projects import Project, project_reference

DEFAULT_REPOSITORY: dict[str, Any] = {
    "id": "278d5cd2-584d-4b63-824a-2ba458937249",
    "type": "tfsgit",
    "clean": None,
    "checkoutSubmodules": False,
}


@dataclass(frozen=True)
class Definition:
    """A build definition row."""

    id: int
    project_id: str
    type: str
    doc: dict[str, Any]

    @property
    def queue_id(self) -> int | None:
        """The queue builds of this definition run on by default."""
        value = self.doc.get("queueId")
        return int(value) if value is not None else None


def find_definition(conn: sqlite3.Connection, project: Project, definition_id: int) -> Definition:
    """A definition of `project`, or a 404."""
    row = conn.execute(
        "SELECT * FROM definitions WHERE id = ? AND project_id = ?", (definition_id, project.id)
    ).fetchone()
    if row is None:
        raise ApiError(
            errors.DEFINITION_NOT_FOUND,
            f"The build definition {definition_id} does not exist in project {project.name}.",
        )
    return Definition(row["id"], row["project_id"], row["type"], loads(row["doc"]))


def load_definitions(conn: sqlite3.Connection, ids: set[int]) -> dict[int, Definition]:
    """Definitions by id."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT * FROM definitions WHERE id IN ({marks})", tuple(ids))
    return {r["id"]: Definition(r["id"], r["project_id"], r["type"], loads(r["doc"])) for r in rows}


def load_queues(conn: sqlite3.Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    """Queue documents by id."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT * FROM queues WHERE id IN ({marks})", tuple(ids))
    return {r["id"]: loads(r["doc"]) for r in rows}


def queue_exists(conn: sqlite3.Connection, queue_id: int) -> bool:
    """Whether a queue is registered."""
    return conn.execute("SELECT 1 FROM queues WHERE id = ?", (queue_id,)).fetchone() is not None


def definition_reference(definition: Definition, project: Project, base_url: str) -> dict[str, Any]:
    """A `DefinitionReference` as builds carry it (XAML ones have no revision or project)."""
    reference: dict[str, Any] = {"type": definition.type}
    if "revision" in definition.doc:
        reference["revision"] = definition.doc["revision"]
    reference["id"] = definition.id
    reference["name"] = definition.doc.get("name", f"Definition {definition.id}")
    reference["url"] = f"{base_url}/{project.id}/_apis/build/Definitions/{definition.id}"
    if definition.type == "build":
        reference["project"] = project_reference(project, base_url)
    return reference


def queue_reference(queue_id: int, doc: dict[str, Any]) -> dict[str, Any]:
    """An `AgentPoolQueue`."""
    return {"pool": doc.get("pool"), "id": queue_id, "name": doc.get("name", f"Queue {queue_id}")}


def create_queue(
    conn: sqlite3.Connection, name: str, *, queue_id: int | None = None, pool: Any = None
) -> int:
    """Insert a queue; returns its id."""
    if queue_id is not None and queue_exists(conn, queue_id):
        raise ApiError(errors.ADMIN_CONFLICT, f"The queue {queue_id} already exists.")
    cursor = conn.execute(
        "INSERT INTO queues (id, doc) VALUES (?, ?)",
        (queue_id, dumps({"name": name, "pool": pool})),
    )
    return int(cursor.lastrowid or 0)


def create_definition(
    conn: sqlite3.Connection,
    project: Project,
    name: str,
    *,
    definition_id: int | None = None,
    definition_type: str = "build",
    revision: int | None = 1,
    queue_id: int | None = None,
    default_branch: str = "refs/heads/master",
    repository: dict[str, Any] | None = None,
) -> int:
    """Insert a definition; returns its id."""
    if (
        definition_id is not None
        and conn.execute("SELECT 1 FROM definitions WHERE id = ?", (definition_id,)).fetchone()
    ):
        raise ApiError(errors.ADMIN_CONFLICT, f"The definition {definition_id} already exists.")
    if queue_id is not None and not queue_exists(conn, queue_id):
        raise ApiError(errors.QUEUE_NOT_FOUND, f"The queue {queue_id} does not exist.")
    doc: dict[str, Any] = {"name": name, "defaultBranch": default_branch}
    if revision is not None:
        doc["revision"] = revision
    if queue_id is not None:
        doc["queueId"] = queue_id
    doc["repository"] = repository if repository is not None else DEFAULT_REPOSITORY
    cursor = conn.execute(
        "INSERT INTO definitions (id, project_id, type, doc) VALUES (?, ?, ?, ?)",
        (definition_id, project.id, definition_type, dumps(doc)),
    )
    return int(cursor.lastrowid or 0)
