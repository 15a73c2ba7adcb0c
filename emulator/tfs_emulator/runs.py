"""Test runs and test results: seeded through the admin API, referenced by attachments and coverage."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from . import errors
from .database import dumps, loads
from .errors import ApiError
from .projects import Project


@dataclass(frozen=True)
class Run:
    """A test run row."""

    id: int
    project_id: str
    doc: dict[str, Any]

    @property
    def name(self) -> str:
        """The run's title."""
        return str(self.doc.get("name", f"Test run {self.id}"))


def find_run(conn: sqlite3.Connection, project: Project, run_id: int) -> Run:
    """A run of `project`, or the server's 404."""
    row = conn.execute(
        "SELECT * FROM runs WHERE id = ? AND project_id = ?", (run_id, project.id)
    ).fetchone()
    if row is None:
        raise ApiError(errors.TEST_OBJECT_NOT_FOUND, f"Test run {run_id} not found.")
    return Run(row["id"], row["project_id"], loads(row["doc"]))


def check_result(conn: sqlite3.Connection, run: Run, result_id: int) -> None:
    """404 unless the run has this result."""
    row = conn.execute(
        "SELECT 1 FROM results WHERE run_id = ? AND id = ?", (run.id, result_id)
    ).fetchone()
    if row is None:
        raise ApiError(
            errors.TEST_OBJECT_NOT_FOUND, f"Test result {result_id} not found in test run {run.id}."
        )


def create_run(
    conn: sqlite3.Connection,
    project: Project,
    name: str,
    *,
    run_id: int | None = None,
    build_id: int | None = None,
) -> int:
    """Insert a run; returns its id."""
    if run_id is not None and conn.execute("SELECT 1 FROM runs WHERE id = ?", (run_id,)).fetchone():
        raise ApiError(errors.ADMIN_CONFLICT, f"The test run {run_id} already exists.")
    doc: dict[str, Any] = {"name": name}
    if build_id is not None:
        doc["buildId"] = build_id
    cursor = conn.execute(
        "INSERT INTO runs (id, project_id, doc) VALUES (?, ?, ?)", (run_id, project.id, dumps(doc))
    )
    return int(cursor.lastrowid or 0)


def create_result(
    conn: sqlite3.Connection, run: Run, *, result_id: int | None = None, title: str = ""
) -> int:
    """Insert a result into a run; ids start at 100000 as on the server."""
    if result_id is None:
        (highest,) = conn.execute(
            "SELECT MAX(id) FROM results WHERE run_id = ?", (run.id,)
        ).fetchone()
        result_id = (highest or 99999) + 1
    elif conn.execute(
        "SELECT 1 FROM results WHERE run_id = ? AND id = ?", (run.id, result_id)
    ).fetchone():
        raise ApiError(errors.ADMIN_CONFLICT, f"The test result {result_id} already exists.")
    conn.execute(
        "INSERT INTO results (run_id, id, doc) VALUES (?, ?, ?)",
        (run.id, result_id, dumps({"testCaseTitle": title})),
    )
    return result_id
