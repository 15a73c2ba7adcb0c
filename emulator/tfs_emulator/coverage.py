"""The 2 code coverage operations, with `flags` choosing the detail returned.

Flags are additive bits: Modules = 1 lists the modules with their statistics, Functions = 2
adds each module's functions, BlockData = 4 adds each module's block bitmap. Functions and
BlockData imply the module list they live in. Unknown bits are ignored.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from starlette.responses import Response

from .build_records import load_build
from .call import Call, missing
from .database import dumps, loads
from .projects import Project, resolve_project
from .rebase import rebase
from .responses import envelope, json_response, segment
from .runs import Run, find_run

MODULES = 1
FUNCTIONS = 2
BLOCK_DATA = 4


def select_detail(modules: list[dict[str, Any]], flags: int) -> list[dict[str, Any]]:
    """The module list trimmed to what `flags` asks for."""
    if not flags & (MODULES | FUNCTIONS | BLOCK_DATA):
        return []
    selected = []
    for module in modules:
        copy = dict(module)
        if not flags & BLOCK_DATA:
            copy.pop("blockData", None)
        if not flags & FUNCTIONS:
            copy["functions"] = []
        selected.append(copy)
    return selected


def _stored(conn: sqlite3.Connection, kind: str, owner_id: int) -> list[dict[str, Any]]:
    row = conn.execute(
        "SELECT doc FROM coverage WHERE kind = ? AND owner_id = ?", (kind, owner_id)
    ).fetchone()
    entries: list[dict[str, Any]] = loads(row["doc"]) if row else []
    return entries


def store_coverage(
    conn: sqlite3.Connection, kind: str, owner_id: int, entries: list[dict[str, Any]]
) -> None:
    """Replace the coverage of a build (`kind='build'`) or run (`kind='run'`)."""
    conn.execute(
        "INSERT OR REPLACE INTO coverage (kind, owner_id, doc) VALUES (?, ?, ?)",
        (kind, owner_id, dumps(entries)),
    )


def build_entry(entry: dict[str, Any], build_id: int, flags: int, base_url: str) -> dict[str, Any]:
    """One stored coverage entry of a build as the server sends it."""
    configuration = dict(entry.get("configuration") or {})
    configuration.setdefault("uri", f"vstfs:///Build/Build/{build_id}")
    configuration.setdefault("project", {})
    value: dict[str, Any] = {
        "configuration": configuration,
        "state": entry.get("state", "0"),
        "lastError": entry.get("lastError", ""),
        "modules": select_detail(entry.get("modules", []), flags),
    }
    if "codeCoverageFileUrl" in entry:
        value["codeCoverageFileUrl"] = entry["codeCoverageFileUrl"]
    rebased: dict[str, Any] = rebase(value, base_url)
    return rebased


def run_entry(
    entry: dict[str, Any], project: Project, run: Run, flags: int, base_url: str
) -> dict[str, Any]:
    """One stored coverage entry of a test run as the server sends it."""
    value = {
        "testRun": {
            "id": str(run.id),
            "name": run.name,
            "url": f"{base_url}/{segment(project.name)}/_apis/test/Runs/{run.id}",
        },
        "state": entry.get("state", "0"),
        "lastError": entry.get("lastError", ""),
        "modules": select_detail(entry.get("modules", []), flags),
    }
    rebased: dict[str, Any] = rebase(value, base_url)
    return rebased


async def get_build_coverage(call: Call) -> Response:
    """`GET {project}/_apis/test/codeCoverage?buildId=&flags=`."""
    build_id = call.query_int("buildId", minimum=1)
    if build_id is None:
        raise missing("buildId")
    flags = call.query_int("flags", default=0) or 0

    def work(conn: sqlite3.Connection) -> Response:
        build = load_build(conn, resolve_project(conn, call.path["project"]), build_id)
        entries = _stored(conn, "build", build.id)
        values = [build_entry(entry, build.id, flags, call.base_url) for entry in entries]
        return json_response(call, envelope(values))

    return await call.read(work)


async def get_run_coverage(call: Call) -> Response:
    """`GET {project}/_apis/test/runs/{runId}/codeCoverage?flags=`."""
    flags = call.query_int("flags", default=0) or 0

    def work(conn: sqlite3.Connection) -> Response:
        project = resolve_project(conn, call.path["project"])
        run = find_run(conn, project, int(call.path["runId"]))
        entries = _stored(conn, "run", run.id)
        values = [run_entry(entry, project, run, flags, call.base_url) for entry in entries]
        return json_response(call, envelope(values))

    return await call.read(work)
