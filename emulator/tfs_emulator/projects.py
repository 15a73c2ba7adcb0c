"""Team projects, teams and the identity the emulator acts as."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

from . import errors
from .database import dumps, loads
from .errors import ApiError

#: The user every write is attributed to (the documented samples' requester).
USER_ID = "d6245f20-2af8-44f4-9451-8107cb2767db"
USER_NAME = "Normal Paulk"
USER_UNIQUE_NAME = "fabrikamfiber16@hotmail.com"


@dataclass(frozen=True)
class Project:
    """A team project row."""

    id: str
    name: str
    description: str
    revision: int


def identity(base_url: str) -> dict[str, Any]:
    """The emulator's user as an `IdentityRef`."""
    return {
        "id": USER_ID,
        "displayName": USER_NAME,
        "uniqueName": USER_UNIQUE_NAME,
        "url": f"{base_url}/_apis/Identities/{USER_ID}",
        "imageUrl": f"{base_url}/_api/_common/identityImage?id={USER_ID}",
    }


def short_identity() -> dict[str, Any]:
    """The emulator's user as sessions show it (`id` and `displayName`)."""
    return {"id": USER_ID, "displayName": USER_NAME}


def _project(row: sqlite3.Row) -> Project:
    doc = loads(row["doc"])
    return Project(row["id"], row["name"], doc.get("description", ""), doc.get("revision", 1))


def find_project(conn: sqlite3.Connection, name_or_id: str) -> Project | None:
    """A project by name (any case) or id."""
    row = conn.execute(
        "SELECT * FROM projects WHERE name = ? OR id = ? COLLATE NOCASE", (name_or_id, name_or_id)
    ).fetchone()
    return _project(row) if row else None


def resolve_project(conn: sqlite3.Connection, name_or_id: str) -> Project:
    """A project by name or id, or the server's 404."""
    project = find_project(conn, name_or_id)
    if project is None:
        raise ApiError(
            errors.PROJECT_NOT_FOUND,
            f"TF200016: The following project does not exist: {name_or_id}. Verify that the name "
            "of the project is correct and that the project exists on the specified Team "
            "Foundation Server.",
        )
    return project


def resolve_team(conn: sqlite3.Connection, project: Project, team: str) -> str:
    """The stored spelling of a team of `project` (by name or id), or a 404."""
    row = conn.execute(
        "SELECT name FROM teams WHERE project_id = ? AND (name = ? OR id = ? COLLATE NOCASE)",
        (project.id, team, team),
    ).fetchone()
    if row is None:
        raise ApiError(
            errors.TEAM_NOT_FOUND,
            f"The team with id or name '{team}' does not exist in project '{project.name}'.",
        )
    return str(row["name"])


def project_reference(project: Project, base_url: str) -> dict[str, Any]:
    """A `TeamProjectReference` as builds carry it."""
    return {
        "id": project.id,
        "name": project.name,
        "description": project.description,
        "url": f"{base_url}/_apis/projects/{project.id}",
        "state": "wellFormed",
        "revision": project.revision,
    }


def create_project(
    conn: sqlite3.Connection,
    name: str,
    *,
    project_id: str | None = None,
    description: str = "",
    revision: int = 1,
    teams: list[str] | None = None,
) -> Project:
    """Insert a project and its teams (default: `<name> Team`)."""
    if find_project(conn, name) is not None or (
        project_id is not None and find_project(conn, project_id) is not None
    ):
        raise ApiError(errors.ADMIN_CONFLICT, f"The project '{name}' already exists.")
    new_id = str(uuid.UUID(project_id)) if project_id else str(uuid.uuid4())
    conn.execute(
        "INSERT INTO projects (id, name, doc) VALUES (?, ?, ?)",
        (new_id, name, dumps({"description": description, "revision": revision})),
    )
    for team in teams if teams is not None else [f"{name} Team"]:
        add_team(conn, Project(new_id, name, description, revision), team)
    return Project(new_id, name, description, revision)


def add_team(conn: sqlite3.Connection, project: Project, team: str) -> None:
    """Insert a team (no-op when it exists)."""
    conn.execute(
        "INSERT OR IGNORE INTO teams (project_id, name, id) VALUES (?, ?, ?)",
        (project.id, team, str(uuid.uuid4())),
    )
