"""The `demo` seed: the documentation's recorded samples loaded as live state.

`seed_data/demo.json` holds the samples of the five API pages and the recorded exchanges
(projects Fabrikam-Fiber-Git / Fabrikam-Fiber-TFVC / Fabrikam, build 391 with its timeline,
changes, work items, logs and artifacts, the 20 XAML builds of the tag query, coverage of build
363 and run 51, attachments 18 and 19 of run 23, configurations 1-3, sessions 10 and 11).
Builds queued afterwards get id 393 onwards, as in the recording.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from importlib import resources
from typing import Any

from .build_records import BuildRecord, insert_build
from .configurations import insert_configuration
from .coverage import store_coverage
from .database import dumps
from .definitions import create_definition, create_queue
from .projects import create_project, resolve_project
from .runs import create_result, create_run, find_run
from .sessions import insert_session
from .state import EmulatorState


def demo_data() -> dict[str, Any]:
    """The demo seed document shipped with the package."""
    text = resources.files("tfs_emulator").joinpath("seed_data/demo.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def seed_demo(state: EmulatorState) -> None:
    """Load the demo seed (409 when any of its records already exists)."""
    data = demo_data()
    with state.db.write() as conn:
        _seed(conn, state, data)


def _seed(conn: sqlite3.Connection, state: EmulatorState, data: dict[str, Any]) -> None:
    for project in data["projects"]:
        create_project(
            conn,
            project["name"],
            project_id=project["id"],
            description=project["description"],
            revision=project["revision"],
        )
    for queue in data["queues"]:
        create_queue(conn, queue["name"], queue_id=queue["id"], pool=queue["pool"])
    for definition in data["definitions"]:
        create_definition(
            conn,
            resolve_project(conn, definition["project"]),
            definition["name"],
            definition_id=definition["id"],
            definition_type=definition["type"],
            revision=definition["revision"],
            queue_id=definition["queueId"],
            default_branch=definition.get("defaultBranch", "refs/heads/master"),
            repository=definition["repository"],
        )
    for build in data["builds"]:
        project = resolve_project(conn, build["project"])
        record = BuildRecord(
            build["id"], project.id, build["definitionId"], build["queueId"], build["doc"]
        )
        insert_build(conn, record, explicit_id=True)
        conn.executemany(
            "INSERT INTO build_tags (build_id, tag) VALUES (?, ?)",
            [(build["id"], tag) for tag in build["tags"]],
        )
    conn.execute(
        "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'builds'",
        (data["nextBuildId"] - 1,),
    )
    for detail in data["buildDetails"]:
        conn.execute(
            "INSERT INTO build_details (build_id, kind, doc) VALUES (?, ?, ?)",
            (detail["buildId"], detail["kind"], dumps(detail["doc"])),
        )
    for run in data["runs"]:
        project = resolve_project(conn, run["project"])
        create_run(conn, project, run["name"], run_id=run["id"], build_id=run.get("buildId"))
        for result_id in run["results"]:
            create_result(conn, find_run(conn, project, run["id"]), result_id=result_id)
    for attachment in data["attachments"]:
        content = base64.b64decode(attachment["stream"])
        doc = {
            "createdDate": attachment["createdDate"],
            "fileName": attachment["fileName"],
            "comment": attachment["comment"],
            "attachmentType": attachment["attachmentType"],
        }
        conn.execute(
            "INSERT INTO attachments (id, run_id, result_id, size, doc) VALUES (?, ?, ?, ?, ?)",
            (
                attachment["id"],
                attachment["runId"],
                attachment["resultId"],
                len(content),
                dumps(doc),
            ),
        )
        state.attachment_path(attachment["id"]).write_bytes(content)
    for coverage in data["coverage"]:
        store_coverage(conn, coverage["kind"], coverage["ownerId"], coverage["entries"])
    for configuration in data["configurations"]:
        project = resolve_project(conn, configuration["project"])
        insert_configuration(conn, project, configuration["doc"], configuration["id"])
    for session in data["sessions"]:
        project = resolve_project(conn, session["project"])
        insert_session(conn, project, session["team"], session["doc"], session["id"])
