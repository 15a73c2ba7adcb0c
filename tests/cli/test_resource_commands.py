"""Commands derived from ``RESOURCE_METHODS``, run as subprocesses against the emulator: their
tables and JSON hold what the server holds, filters and bodies reach it, lists stream."""

from __future__ import annotations

import asyncio
import json
import selectors
import subprocess
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from tfs_api.api.builds import list_builds
from tfs_client.cli._generated import list_columns
from tfs_emulator.app import create_app
from tfs_emulator.server import base_url_of, bind, uvicorn_server
from tfs_emulator.state import Settings

from ._support import GIT, TEAM, TFS, TFVC, TOKEN, Emulator, tfs

BUILDS_VERSION = list_builds.OPERATION.api_version


def api_get(emulator: Emulator, path: str, **params: Any) -> Any:
    """What the server itself answers (``api-version`` from the spec)."""
    with httpx.Client(base_url=emulator.url, auth=("", TOKEN)) as api:
        reply = api.get(path, params={"api-version": BUILDS_VERSION, **params})
        reply.raise_for_status()
        return reply.json()


def test_builds_list_json_and_table_hold_the_servers_builds(emulator: Emulator) -> None:
    served = api_get(emulator, f"/{GIT}/_apis/build/builds")["value"]
    listed = tfs("builds", "list", GIT, "--json", env=emulator.environment())
    assert listed.returncode == 0, listed.stderr
    builds = json.loads(listed.stdout)
    assert [b["id"] for b in builds] == [b["id"] for b in served]
    assert [b["buildNumber"] for b in builds] == [b["buildNumber"] for b in served]

    table = tfs("builds", "list", GIT, "--max-items", "2", env=emulator.environment())
    assert table.returncode == 0, table.stderr
    header, _rule, *rows = table.stdout.splitlines()
    assert [c.strip() for c in header.strip("|").split("|")][:3] == ["id", "buildNumber", "status"]
    assert [row.strip("|").split("|")[0].strip() for row in rows] == [
        str(b["id"]) for b in served[:2]
    ]


def test_builds_list_filters_reach_the_server_as_comma_lists(emulator: Emulator) -> None:
    served = api_get(
        emulator,
        f"/{GIT}/_apis/build/builds",
        statusFilter="completed",
        resultFilter="failed,partiallySucceeded,succeeded",
    )["value"]
    result = tfs(
        "builds",
        "list",
        GIT,
        "--status-filter",
        "completed",
        "--result-filter",
        "failed,partiallySucceeded,SUCCEEDED",
        "--jsonl",
        env=emulator.environment(),
    )
    assert result.returncode == 0, result.stderr
    builds = [json.loads(line) for line in result.stdout.splitlines()]
    assert builds and [b["id"] for b in builds] == [b["id"] for b in served]
    assert {b["status"] for b in builds} == {"completed"}


def test_since_is_min_finish_time_and_takes_an_age_or_a_date(emulator: Emulator) -> None:
    served = api_get(emulator, f"/{GIT}/_apis/build/builds", minFinishTime="2015-07-01T00:00:00Z")
    dated = tfs(
        "builds", "list", GIT, "--since", "2015-07-01", "--json", env=emulator.environment()
    )
    assert dated.returncode == 0, dated.stderr
    assert [b["id"] for b in json.loads(dated.stdout)] == [b["id"] for b in served["value"]]
    assert 0 < served["count"] < len(api_get(emulator, f"/{GIT}/_apis/build/builds")["value"])
    recent = tfs("builds", "list", GIT, "--since", "7d", "--json", env=emulator.environment())
    assert recent.returncode == 0 and json.loads(recent.stdout) == []  # the samples are from 2015
    wrong = tfs("builds", "list", GIT, "--since", "last week", env=emulator.environment())
    assert wrong.returncode == 2 and "an age (e.g. 30m, 12h, 7d, 2w)" in wrong.stderr


def test_builds_get_prints_fields_and_json(emulator: Emulator) -> None:
    served = api_get(emulator, f"/{GIT}/_apis/build/builds/391")
    got = tfs("builds", "get", GIT, "391", "--json", env=emulator.environment())
    assert got.returncode == 0, got.stderr
    build = json.loads(got.stdout)
    for key in ("id", "buildNumber", "status", "result", "sourceBranch"):
        assert build[key] == served[key]
    assert build["definition"]["name"] == served["definition"]["name"]
    table = tfs("builds", "get", GIT, "391", env=emulator.environment())
    fields = dict(line.split(None, 1) for line in table.stdout.splitlines() if " " in line.strip())
    assert fields["buildNumber"].strip() == served["buildNumber"]
    assert fields["definition"].strip() == served["definition"]["name"]


def test_add_tag_then_tags_lists_it(emulator: Emulator) -> None:
    added = tfs("builds", "add-tag", GIT, "391", "release", env=emulator.environment())
    assert added.returncode == 0, added.stderr
    assert "release" in added.stdout.splitlines()
    tags = tfs("builds", "tags", GIT, "391", "--json", env=emulator.environment())
    assert "release" in json.loads(tags.stdout)
    assert "release" in api_get(emulator, f"/{GIT}/_apis/build/builds/391/tags")["value"]


def test_configurations_create_and_update_take_body_fields_as_options(emulator: Emulator) -> None:
    created = tfs(
        "configurations",
        "create",
        TFVC,
        "--name",
        "CLI browser",
        "--values",
        '[{"name": "Browser", "value": "Firefox"}]',
        "--json",
        env=emulator.environment(),
    )
    assert created.returncode == 0, created.stderr
    configuration = json.loads(created.stdout)
    assert configuration["name"] == "CLI browser"
    key = str(configuration["id"])
    updated = tfs(
        "configurations",
        "update",
        TFVC,
        key,
        "--state",
        "inactive",
        "--json",
        env=emulator.environment(),
    )
    assert updated.returncode == 0, updated.stderr
    assert json.loads(updated.stdout)["state"] == "inactive"
    listed = tfs("configurations", "list", TFVC, "--jsonl", env=emulator.environment())
    assert any(json.loads(line)["name"] == "CLI browser" for line in listed.stdout.splitlines())


def test_sessions_update_takes_project_team_and_the_whole_body(emulator: Emulator) -> None:
    body = json.dumps({"title": "CLI session", "area": {"name": TFVC}})
    created = tfs(
        "sessions", "create", TFVC, TEAM, "--body", body, "--json", env=emulator.environment()
    )
    assert created.returncode == 0, created.stderr
    session = json.loads(created.stdout)
    updated = tfs(
        "sessions",
        "update",
        TFVC,
        TEAM,
        "--id",
        str(session["id"]),
        "--revision",
        str(session["revision"]),
        "--state",
        "completed",
        "--json",
        env=emulator.environment(),
    )
    assert updated.returncode == 0, updated.stderr
    assert json.loads(updated.stdout)["state"] == "completed"


def test_bad_enum_values_and_bad_bodies_are_usage_errors(emulator: Emulator) -> None:
    bad_enum = tfs("builds", "list", GIT, "--status-filter", "done", env=emulator.environment())
    assert bad_enum.returncode == 2 and "'done' is not one of" in bad_enum.stderr
    bad_body = tfs("sessions", "create", TFVC, TEAM, "--body", "[1, 2]", env=emulator.environment())
    assert bad_body.returncode == 2 and "must be a JSON object" in bad_body.stderr
    no_id = tfs("sessions", "update", TFVC, TEAM, "--title", "x", env=emulator.environment())
    assert no_id.returncode == 2, no_id.stderr  # refused before sending (the server's 400)
    assert "TestSessionUpdate.id: required field is missing" in no_id.stderr


def test_enum_body_fields_take_the_specs_values_in_any_case_and_refuse_others(
    emulator: Emulator,
) -> None:
    statuses = "cancelling, completed, inProgress, notStarted, postponed"  # BuildUpdateStatus
    shown = tfs("builds", "update", "--help", env=emulator.environment())
    assert f"[{statuses.replace(', ', '|')}]" in shown.stdout
    option = tfs("builds", "update", GIT, "391", "--status", "done", env=emulator.environment())
    assert option.returncode == 2, option.stderr
    assert f"Invalid value for '--status': 'done' is not one of {statuses}" in option.stderr
    body = tfs(
        "builds", "update", GIT, "391", "--body", '{"status": "done"}', env=emulator.environment()
    )
    assert body.returncode == 2, body.stderr
    assert f"'--body': field 'status': 'done' is not one of {statuses}" in body.stderr

    created = tfs(
        "sessions", "create", TFVC, TEAM, "--title", "enum session", "--json",
        env=emulator.environment(),
    )  # fmt: skip
    session = json.loads(created.stdout)
    by_body = tfs(
        "sessions", "update", TFVC, TEAM, "--body",
        json.dumps({"id": session["id"], "state": "PAUSED"}), "--json",
        env=emulator.environment(),
    )  # fmt: skip
    assert by_body.returncode == 0, by_body.stderr
    assert json.loads(by_body.stdout)["state"] == "paused"
    by_number = tfs(
        "sessions", "update", TFVC, TEAM, "--id", str(session["id"]), "--state", "4", "--json",
        env=emulator.environment(),
    )  # fmt: skip
    assert json.loads(by_number.stdout)["state"] == "completed"
    refused = tfs(
        "sessions", "update", TFVC, TEAM, "--id", str(session["id"]), "--state", "finished",
        env=emulator.environment(),
    )  # fmt: skip
    assert refused.returncode == 2
    assert "'finished' is not one of Completed, InProgress, NotStarted, Paused, 0, 1" in (
        refused.stderr
    )


def test_jsonl_into_head_stops_early_without_a_traceback(emulator: Emulator) -> None:
    pipeline = f"{subprocess.list2cmdline(TFS)} builds list {GIT} --jsonl --page-size 1 | head -1"
    result = subprocess.run(
        ["sh", "-c", pipeline],
        capture_output=True,
        text=True,
        env=emulator.environment(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert result.stderr == ""
    (line,) = result.stdout.splitlines()
    assert isinstance(json.loads(line)["id"], int)


class HoldLaterPages:
    """The emulator, except that a request for a later page waits until ``release`` is set."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.state = app.state  # uvicorn_server reads the app's limits from it
        self.release = threading.Event()
        self.held = threading.Event()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and b"continuationToken" in scope.get("query_string", b""):
            self.held.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
        await self.app(scope, receive, send)


@pytest.fixture
def holding_server() -> Iterator[tuple[str, HoldLaterPages]]:
    app = create_app(Settings(token=TOKEN), seed="demo")
    holder = HoldLaterPages(app)
    sock = bind("127.0.0.1", 0)
    server = uvicorn_server(holder)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield base_url_of(sock, app.state.collection), holder
    finally:
        holder.release.set()
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        app.state.close()


def test_jsonl_writes_each_item_before_the_next_page_arrives(
    holding_server: tuple[str, HoldLaterPages],
) -> None:
    url, holder = holding_server
    process = subprocess.Popen(
        [*TFS, "builds", "list", GIT, "--jsonl", "--page-size", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=Emulator(url, TOKEN).environment(),
    )
    assert process.stdout is not None and process.stderr is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        assert selector.select(timeout=30), "no item was written while page 2 was held back"
    first = json.loads(process.stdout.readline())
    assert isinstance(first["id"], int)
    assert holder.held.wait(timeout=30)  # the next page was asked for ...
    assert not holder.release.is_set()  # ... and is still held: the item came first
    process.stdout.close()  # the reader goes away, as `head -1` does
    holder.release.set()
    assert process.wait(timeout=30) == 0
    assert b"Traceback" not in process.stderr.read()
    process.stderr.close()


def test_queue_takes_nested_body_fields_as_json_and_delete_removes_the_build(
    emulator: Emulator,
) -> None:
    queued = tfs(
        "builds",
        "queue",
        GIT,
        "--definition",
        '{"id": 25}',
        "--source-branch",
        "refs/heads/cli",
        "--json",
        env=emulator.environment(),
    )
    assert queued.returncode == 0, queued.stderr
    build = json.loads(queued.stdout)
    assert (build["status"], build["sourceBranch"]) == ("notStarted", "refs/heads/cli")
    assert build["definition"]["id"] == 25
    deleted = tfs("builds", "delete", GIT, str(build["id"]), env=emulator.environment())
    assert deleted.returncode == 0 and deleted.stdout == "", deleted.stderr
    gone = tfs("builds", "get", GIT, str(build["id"]), env=emulator.environment())
    assert gone.returncode == 1 and "HTTP 404" in gone.stderr


def test_queue_takes_a_definition_id_in_place_of_the_body(emulator: Emulator) -> None:
    # regression: --definition-id 25 exited 2 (missing required body field: definition)
    queued = tfs(
        "builds",
        "queue",
        GIT,
        "--definition-id",
        "25",
        "--source-branch",
        "refs/heads/by-id",
        "--json",
        env=emulator.environment(),
    )
    assert queued.returncode == 0, queued.stderr
    build = json.loads(queued.stdout)
    assert (build["definition"]["id"], build["sourceBranch"]) == (25, "refs/heads/by-id")
    served = api_get(emulator, f"/{GIT}/_apis/build/builds/{build['id']}")
    assert served["definition"]["id"] == 25
    neither = tfs("builds", "queue", GIT, env=emulator.environment())
    assert neither.returncode == 2 and "definition" in neither.stderr


def test_list_tables_show_the_same_columns_whatever_the_filters(emulator: Emulator) -> None:
    def header(*filters: str) -> list[str]:
        table = tfs("builds", "list", GIT, "--max-items", "3", *filters, env=emulator.environment())
        assert table.returncode == 0, table.stderr
        return [cell.strip() for cell in table.stdout.splitlines()[0].strip("|").split("|")]

    expected = list_columns(list_builds.OPERATION.item)
    assert expected is not None and expected[:2] == ["id", "buildNumber"]
    assert header() == expected
    assert header("--status-filter", "completed", "--result-filter", "failed") == expected
    assert header("--reason-filter", "manual") == expected
