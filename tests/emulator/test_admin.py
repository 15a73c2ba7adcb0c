"""The admin API and its Python helper seed a fresh emulator from scratch."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tfs_emulator import (
    AdminBadRequestError,
    AdminConflictError,
    AdminConnectionError,
    AdminError,
    AdminNotFoundError,
    AdminStatusError,
    AdminUnauthorizedError,
    EmulatorAdmin,
    EmulatorServer,
    Settings,
)


def test_admin_helper_seeds_everything_the_operations_read(
    tfs_emulator_server: EmulatorServer,
) -> None:
    server = tfs_emulator_server
    with EmulatorAdmin(server.root_url) as admin, httpx.Client(base_url=server.base_url) as client:
        assert admin.health()["internalErrors"] == 0
        admin.create_project("Acme", teams=["Acme Team", "QA"])
        queue = admin.create_queue("Linux")
        definition = admin.create_definition("Acme", "CI", queueId=queue)
        ids = admin.create_builds(
            "Acme",
            definition,
            count=3,
            tags=["nightly"],
            doc={
                "status": "completed",
                "result": "succeeded",
                "finishTime": "2024-01-02T03:04:05Z",
            },
        )
        assert len(ids) == 3
        listed = client.get(
            "/Acme/_apis/build/builds",
            params={"tagFilters": "nightly", "resultFilter": "succeeded"},
        )
        assert [b["id"] for b in listed.json()["value"]] == sorted(ids, reverse=True)
        admin.set_build_detail("Acme", ids[0], "changes", [{"id": "abc", "message": "m"}])
        assert (
            client.get(f"/Acme/_apis/build/builds/{ids[0]}/changes").json()["value"][0]["id"]
            == "abc"
        )
        run = admin.create_run("Acme", "run", buildId=ids[0])
        result = admin.create_result("Acme", run)
        assert result == 100000
        admin.set_run_coverage("Acme", run, [{"modules": [{"name": "m.dll", "blockData": "AQ=="}]}])
        coverage = client.get(
            f"/Acme/_apis/test/runs/{run}/codeCoverage", params={"flags": 1}
        ).json()
        assert coverage["value"][0]["modules"] == [{"name": "m.dll", "functions": []}]
        assert client.get("/Acme/QA/_apis/test/session").json()["count"] == 0
        conflict = client.post(f"{server.root_url}/_emulator/projects", json={"name": "acme"})
        assert conflict.status_code == 409
        admin.reset()
        assert client.get("/Acme/_apis/build/builds").status_code == 404
        admin.seed_demo()
        assert client.get("/Fabrikam-Fiber-Git/_apis/build/builds/391").status_code == 200


# -- issue 13, item 6: what the admin API stores fits the spec; EmulatorAdmin's typed errors --


@pytest.fixture
def admin(tfs_emulator_server: EmulatorServer) -> Iterator[EmulatorAdmin]:
    with EmulatorAdmin(tfs_emulator_server.root_url) as connected:
        connected.create_project("Acme")
        connected.create_definition("Acme", "CI", id=5)
        yield connected
    assert tfs_emulator_server.state.internal_errors == 0


@pytest.mark.parametrize(
    ("doc", "named"),
    [
        ({"reason": ["x"]}, "doc.reason must be a string"),
        ({"reason": "whim"}, "doc.reason must be one of"),
        ({"requestedFor": "bob"}, "doc.requestedFor must be an object"),
        ({"requestedFor": {"displayName": 5}}, "doc.requestedFor.displayName must be a string"),
        ({"queueTime": 5}, "doc.queueTime must be a string"),
        ({"finishTime": "yesterday"}, "doc.finishTime must be an ISO 8601 date-time"),
        ({"properties": "x"}, "doc.properties must be an object"),
        ({"keepForever": "yes"}, "doc.keepForever must be a boolean"),
        ({"status": "all"}, "'all' is only a filter"),
        ({"id": 9}, "doc.id is computed by the emulator"),
        ({"finishtime": "2024-01-01T00:00:00Z"}, "doc.finishtime is not a field of Build"),
    ],
)
def test_build_docs_the_spec_does_not_allow_are_a_400_naming_the_field(
    admin: EmulatorAdmin, tfs_emulator: str, doc: dict[str, Any], named: str
) -> None:
    with pytest.raises(AdminBadRequestError) as refused:
        admin.create_builds("Acme", 5, doc=doc)

    assert named in refused.value.message
    assert refused.value.status_code == 400 and refused.value.type_key == "ArgumentException"
    assert httpx.get(f"{tfs_emulator}/Acme/_apis/build/builds").json()["count"] == 0


RECORD = {"id": "3c6f0a5e-7b1d-4f0a-9d6e-2b8c1e4f5a60", "type": "Task", "name": "Build"}
#: Per build detail, a document the spec allows: each faulty document below changes one thing.
VALID_DETAILS: dict[str, Any] = {
    "timeline": {
        "id": "9e1b8c2a-4d3f-4a5b-8c7d-6e5f4a3b2c1d",
        "changeId": 1,
        "records": [{**RECORD, "state": "completed", "percentComplete": 100}],
    },
    "changes": [{"id": "abc", "message": "m"}],
    "logs": {"value": [{"id": 1, "url": "http://logs/1", "lineCount": 3}]},
    "artifacts": [{"id": 1, "name": "drop", "resource": {"properties": {"a": "1"}}}],
    "coverage": [{"modules": [{"name": "m.dll", "blockCount": 4}]}],
}
TIMELINE = VALID_DETAILS["timeline"]


@pytest.mark.parametrize(("kind", "document"), VALID_DETAILS.items())
def test_the_valid_build_details_the_faults_start_from_are_stored(
    admin: EmulatorAdmin, kind: str, document: Any
) -> None:
    (build,) = admin.create_builds("Acme", 5)
    admin.set_build_detail("Acme", build, kind, document)


@pytest.mark.parametrize(
    ("kind", "document", "named"),
    [
        ("timeline", {**TIMELINE, "records": "x"}, "timeline.records must be an array"),
        (
            "timeline",
            {**TIMELINE, "records": [{**RECORD, "state": "completed", "percentComplete": "half"}]},
            "timeline.records[0].percentComplete must be an integer",
        ),
        ("changes", [{"id": 5, "message": "m"}], "changes[0].id must be a string"),
        (
            "logs",
            {"value": [{"id": 1, "url": "http://logs/1", "lineCount": "many"}]},
            "logs[0].lineCount must be an integer",
        ),
        (
            "artifacts",
            [{"id": 1, "name": "drop", "resource": {"properties": {"a": 1}}}],
            "artifacts[0].resource",
        ),
        ("coverage", [{"modules": "x"}], "coverage[0].modules must be a list"),
        (
            "coverage",
            [{"modules": [{"name": "m.dll", "blockCount": "x"}]}],
            "blockCount must be an integer",
        ),
    ],
)
def test_build_details_the_spec_does_not_allow_are_a_400(
    admin: EmulatorAdmin, kind: str, document: Any, named: str
) -> None:
    (build,) = admin.create_builds("Acme", 5)
    with pytest.raises(AdminBadRequestError, match=re.escape(named)) as refused:
        admin.set_build_detail("Acme", build, kind, document)

    assert "is required" not in refused.value.message  # only the intended fault


def test_a_wrong_value_is_named_even_among_many_missing_fields(admin: EmulatorAdmin) -> None:
    (build,) = admin.create_builds("Acme", 5)
    records = [{"percentComplete": 50}, {"percentComplete": 60}, {"percentComplete": "half"}]
    with pytest.raises(AdminBadRequestError) as refused:
        admin.set_build_detail("Acme", build, "timeline", {"records": records})

    message = refused.value.message
    assert "timeline.records[2].percentComplete must be an integer" in message
    assert "timeline.id is required" in message and message.endswith("(and 10 more).")


def test_a_build_seeded_with_every_documented_field_is_served_against_the_spec(
    admin: EmulatorAdmin, tfs_emulator: str
) -> None:
    requester = {
        "id": "0d5b7f0e-7c11-4a1b-9d4e-4c4ab2a3c7f1",
        "displayName": "Ada",
        "uniqueName": "ada@x",
    }
    (build,) = admin.create_builds(
        "Acme",
        5,
        tags=["nightly", "release"],
        doc={
            "status": "completed",
            "result": "failed",
            "finishTime": "2024-03-01T10:00:00Z",
            "requestedFor": requester,
            "reason": "schedule",
            "properties": {"owner": "qa"},
        },
    )
    served = httpx.get(f"{tfs_emulator}/Acme/_apis/build/builds/{build}").json()
    assert served["status"] == "completed" and served["result"] == "failed"
    assert served["requestedFor"] == requester and served["tags"] == ["nightly", "release"]
    filtered = httpx.get(
        f"{tfs_emulator}/Acme/_apis/build/builds",
        params={"requestedFor": "Ada", "resultFilter": "failed", "maxFinishTime": "2024-03-02"},
    ).json()
    assert [b["id"] for b in filtered["value"]] == [build]


def test_admin_errors_are_typed_and_carry_the_servers_message(admin: EmulatorAdmin) -> None:
    with pytest.raises(AdminConflictError, match="already exists") as conflict:
        admin.create_project("acme")
    assert conflict.value.type_key == "EmulatorSeedConflictException"
    assert isinstance(conflict.value, AdminStatusError) and isinstance(conflict.value, AdminError)
    with pytest.raises(AdminNotFoundError, match="TF200016"):
        admin.create_run("Nope", "run")
    with pytest.raises(AdminBadRequestError, match="At most"):
        admin.create_builds("Acme", 5, count=10**9)
    with (
        EmulatorAdmin("http://127.0.0.1:9") as unreachable,
        pytest.raises(AdminConnectionError, match="could not be reached"),
    ):
        unreachable.health()


def test_an_unauthorised_admin_call_is_an_unauthorized_error() -> None:
    with EmulatorServer(settings=Settings(token="t0k")) as server:
        with EmulatorAdmin(server.root_url) as anonymous, pytest.raises(AdminUnauthorizedError):
            anonymous.reset()
        with EmulatorAdmin(server.root_url, token="t0k") as admin:
            admin.reset()


def test_the_readme_seeding_example_runs_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n### Seeding your own data\n", 1)[1].split("\n### ", 1)[0]
    (block,) = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    for seeded in ("status", "result", "finishTime", "requestedFor", "tags", "create_run(",
                   "create_result(", "set_run_coverage("):  # fmt: skip
        assert seeded in block
    exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
    assert "doc.requestedFor must be an object" in capsys.readouterr().out


def test_the_admin_helper_takes_the_collection_url_the_emulator_prints_or_its_root() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tfs_emulator", "--port", "0", "--collection", "Acme"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        printed = process.stdout.readline().strip()  # http://127.0.0.1:PORT/Acme
        root = printed.rsplit("/", 1)[0]
        for url in (printed, f"{printed}/", root, f"{root}/"):
            with EmulatorAdmin(url) as admin:
                assert admin.health()["collection"] == "Acme", url
    finally:
        process.terminate()
        process.wait(timeout=10)
