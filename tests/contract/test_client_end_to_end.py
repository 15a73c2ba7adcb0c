"""Client-side contract: all 29 operations, and their 7 newer (7.1) forms, through tfs_client /
tfs_api against the emulator.

Real loopback HTTP (`EmulatorServer`), a token-protected emulator loaded with the demo seed
(the documentation's samples, so expected values come from `tfs_emulator.seeding.demo_data`),
assertions on values: paging, tags, byte-exact attachments, coverage flags, skinny and full
configurations, session revisions.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tfs_api import models
from tfs_api.api.attachments import (
    create_test_result_attachment,
    create_test_run_attachment,
    get_test_result_attachment_content,
    get_test_run_attachment_content,
    list_test_result_attachments,
    list_test_run_attachments,
)
from tfs_api.api.builds import (
    add_build_tag,
    delete_build,
    delete_build_tag,
    get_build,
    get_build_artifacts,
    get_build_changes,
    get_build_logs,
    get_build_tags,
    get_build_timeline,
    get_build_timeline_by_id,
    get_build_work_items,
    list_build_work_item_refs,
    list_builds,
    queue_build,
    update_build,
)
from tfs_api.api.code_coverage import get_build_code_coverage, get_test_run_code_coverage
from tfs_api.api.configurations import (
    create_test_configuration,
    create_test_plan_configuration,
    delete_test_configuration,
    delete_test_plan_configuration,
    get_test_configuration,
    get_test_plan_configuration,
    list_test_configurations,
    list_test_plan_configurations,
    update_test_configuration,
    update_test_plan_configuration,
)
from tfs_api.api.sessions import create_test_session, list_test_sessions, update_test_session
from tfs_api.client import Client
from tfs_api.types import UNSET
from tfs_client import (
    CodeCoverageFlags,
    ConflictError,
    NotFoundError,
    call,
    connect,
    download_attachment,
    paginate,
    upload_attachment,
)
from tfs_emulator import EmulatorAdmin, EmulatorServer, Settings
from tfs_emulator.seeding import demo_data

GIT = "Fabrikam-Fiber-Git"
TFVC = "Fabrikam-Fiber-TFVC"
TEAM = "Fabrikam-Fiber-TFVC Team"
TOKEN = "e2e-Token-93b2"
DEMO = demo_data()
COVERAGE_WITH_FUNCTIONS = [
    {
        "configuration": {"id": 51, "flavor": "Debug", "platform": "Any CPU"},
        "state": "0",
        "modules": [
            {
                "name": "fabrikam.dll",
                "blockCount": 2,
                "blockData": "Aw==",
                "statistics": {"blocksCovered": 2, "linesCovered": 4},
                "functions": [{"name": "Add", "class": "Calculator", "statistics": {}}],
            }
        ],
    }
]


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo", settings=Settings(token=TOKEN)) as running:
        with EmulatorAdmin(running.root_url, token=TOKEN) as admin:
            admin.set_build_detail(TFVC, 363, "coverage", COVERAGE_WITH_FUNCTIONS)
        yield running
        assert running.state.internal_errors == 0


@pytest.fixture
def client(server: EmulatorServer) -> Iterator[Client]:
    with connect(server.base_url, token=TOKEN, retries=0) as connected:
        yield connected


def _detail(kind: str) -> Any:
    [doc] = [d["doc"] for d in DEMO["buildDetails"] if d["buildId"] == 391 and d["kind"] == kind]
    return doc


def test_build_reads_return_the_recorded_values(client: Client) -> None:
    build = call(get_build.OPERATION, GIT, 391, client=client)
    assert (build.id, build.build_number) == (391, "20150716.2")
    assert sorted(build.tags) == ["tag1", "tag2", "tag3"]

    timeline = call(get_build_timeline.OPERATION, GIT, 391, client=client)
    assert [r.name for r in timeline.records] == [r["name"] for r in _detail("timeline")["records"]]
    changes = call(get_build_changes.OPERATION, GIT, 391, client=client, top=1)
    assert [c.id for c in changes.value] == [_detail("changes")[0]["id"]]
    work_items = call(get_build_work_items.OPERATION, GIT, 391, client=client)
    assert [w.id for w in work_items.value] == ["3", "33"]
    logs = call(get_build_logs.OPERATION, GIT, 391, client=client)
    assert [(log.id, log.line_count) for log in logs.value] == [
        (log["id"], log["lineCount"]) for log in _detail("logs")
    ]
    artifacts = call(get_build_artifacts.OPERATION, GIT, 391, client=client)
    assert [(a.name, a.resource.data) for a in artifacts.value] == [("drop", "#/303511/drop")]
    assert call(get_build_tags.OPERATION, GIT, 391, client=client).value == [
        "tag1",
        "tag2",
        "tag3",
    ]


def test_list_builds_pages_through_every_build_with_continuation_tokens(client: Client) -> None:
    expected = sorted(b["id"] for b in DEMO["builds"] if b["project"] == GIT)
    paginator = paginate(list_builds.OPERATION, GIT, client=client, page_size=5)
    pages = list(paginator.pages())

    assert len(pages) == -(-len(expected) // 5)
    assert all(page.continuation_token for page in pages[:-1])
    assert pages[-1].continuation_token is None
    ids = [build.id for page in pages for build in page.items]
    assert sorted(ids) == expected and len(ids) == len(set(ids))
    completed = list(
        paginate(
            list_builds.OPERATION,
            GIT,
            client=client,
            status_filter=models.BuildStatus.COMPLETED,
        )
    )
    assert completed and all(build.status == models.BuildStatus.COMPLETED for build in completed)
    tagged = list(paginate(list_builds.OPERATION, GIT, client=client, tag_filters="tag1"))
    assert [build.id for build in tagged] == [391]


def test_a_queued_build_is_updated_tagged_untagged_and_deleted(client: Client) -> None:
    queued = call(
        queue_build.OPERATION,
        GIT,
        client=client,
        body=models.QueueBuildRequest(definition=models.DefinitionIdReference(id=25)),
    )
    assert queued.status == models.BuildStatus.NOT_STARTED and queued.definition.id == 25
    assert call(get_build.OPERATION, GIT, queued.id, client=client).id == queued.id

    updated = call(
        update_build.OPERATION,
        GIT,
        queued.id,
        client=client,
        body=models.BuildUpdate(status=models.BuildUpdateStatus.IN_PROGRESS, build_number="e2e.1"),
    )
    assert (updated.status, updated.build_number) == (models.BuildStatus.IN_PROGRESS, "e2e.1")

    tag = "release/1.0 candidate"  # a slash and a space travel percent-encoded
    added = call(add_build_tag.OPERATION, GIT, queued.id, tag, client=client)
    assert added.value == [tag] and added.count == 1
    call(add_build_tag.OPERATION, GIT, queued.id, "nightly", client=client)
    assert sorted(call(get_build_tags.OPERATION, GIT, queued.id, client=client).value) == [
        "nightly",
        tag,
    ]
    remaining = call(delete_build_tag.OPERATION, GIT, queued.id, tag, client=client)
    assert remaining.value == ["nightly"]

    assert call(delete_build.OPERATION, GIT, queued.id, client=client) is None
    with pytest.raises(NotFoundError):
        call(get_build.OPERATION, GIT, queued.id, client=client)


def test_coverage_flags_choose_the_detail(client: Client) -> None:
    modules_only = call(
        get_build_code_coverage.OPERATION,
        TFVC,
        client=client,
        build_id=363,
        flags=CodeCoverageFlags.MODULES,
    )
    [module] = modules_only.value[0].modules
    assert module.name == "fabrikam.dll"
    assert module.block_data is UNSET and not module.functions

    everything = call(
        get_build_code_coverage.OPERATION,
        TFVC,
        client=client,
        build_id=363,
        flags=CodeCoverageFlags.MODULES
        | CodeCoverageFlags.FUNCTIONS
        | CodeCoverageFlags.BLOCK_DATA,
    )
    [module] = everything.value[0].modules
    assert module.block_data == "Aw=="
    assert [function.name for function in module.functions] == ["Add"]

    run = call(get_test_run_code_coverage.OPERATION, TFVC, 51, client=client, flags=1)
    assert [m.name for m in run.value[0].modules] == ["fabrikamunittests.dll"]
    assert run.value[0].modules[0].statistics.blocks_covered == 2


def test_attachments_round_trip_byte_exact_at_run_and_result_level(
    client: Client, tmp_path: Path
) -> None:
    payload = os.urandom(300_000) + b"\x00\xff" * 10
    source = tmp_path / "screen shot.png"
    source.write_bytes(payload)

    reference = upload_attachment(client, TFVC, 23, source, comment="login page")
    listed = call(list_test_run_attachments.OPERATION, TFVC, 23, client=client).value
    [mine] = [a for a in listed if a.id == reference.id]
    assert (mine.file_name, mine.comment) == ("screen shot.png", "login page")
    copy = download_attachment(client, TFVC, 23, reference.id, tmp_path / "copy.png")
    assert copy is not None and copy.read_bytes() == payload
    raw = call(get_test_run_attachment_content.OPERATION, TFVC, 23, reference.id, client=client)
    assert raw.payload.read() == payload

    body = models.TestAttachmentRequest(
        stream=base64.b64encode(b"<trx/>").decode(),
        file_name="results.trx",
        attachment_type=models.TestAttachmentType.TMI_TEST_RESULT_DETAIL,
    )
    made = call(create_test_result_attachment.OPERATION, TFVC, 23, 100000, client=client, body=body)
    result_listed = call(
        list_test_result_attachments.OPERATION, TFVC, 23, 100000, client=client
    ).value
    [entry] = [a for a in result_listed if a.id == made.id]
    assert entry.file_name == "results.trx"
    content = call(
        get_test_result_attachment_content.OPERATION, TFVC, 23, 100000, made.id, client=client
    )
    assert content.payload.read() == b"<trx/>"

    run_level = call(
        create_test_run_attachment.OPERATION,
        TFVC,
        23,
        client=client,
        body=models.TestAttachmentRequest(
            stream=base64.b64encode(b"").decode(), file_name="empty.log"
        ),
    )
    empty = call(get_test_run_attachment_content.OPERATION, TFVC, 23, run_level.id, client=client)
    assert empty.payload.read() == b""


def test_configurations_skinny_full_paged_updated_and_deleted(client: Client) -> None:
    created = call(
        create_test_configuration.OPERATION,
        TFVC,
        client=client,
        body=models.TestConfigurationCreate(
            name="E2E Chrome",
            description="contract",
            values=[models.NameValuePair(name="Browser", value="Chrome")],
            state=models.TestConfigurationState.ACTIVE,
        ),
    )
    full = call(get_test_configuration.OPERATION, TFVC, created.id, client=client)
    assert [(v.name, v.value) for v in full.values] == [("Browser", "Chrome")]
    assert full.project.name == TFVC and full.revision == created.revision

    skinny = list(paginate(list_test_configurations.OPERATION, TFVC, client=client))
    [mine] = [c for c in skinny if c.id == created.id]
    assert mine.name == "E2E Chrome" and mine.values is UNSET and mine.project is UNSET
    everything = list(
        paginate(
            list_test_configurations.OPERATION,
            TFVC,
            client=client,
            include_all_properties=True,
        )
    )
    [mine_full] = [c for c in everything if c.id == created.id]
    assert [(v.name, v.value) for v in mine_full.values] == [("Browser", "Chrome")]
    paged = list(
        paginate(
            list_test_configurations.OPERATION, TFVC, client=client, style="skip", page_size=2
        ).pages()
    )
    assert len(paged) >= 2 and [p.skip for p in paged][:2] == [0, 2]
    assert sorted(c.id for p in paged for c in p.items) == sorted(c.id for c in skinny)

    renamed = call(
        update_test_configuration.OPERATION,
        TFVC,
        created.id,
        client=client,
        body=models.TestConfigurationUpdate(
            name="E2E Chrome 2", state=models.TestConfigurationState.INACTIVE
        ),
    )
    assert (
        renamed.name == "E2E Chrome 2" and renamed.state == models.TestConfigurationState.INACTIVE
    )
    assert renamed.revision == created.revision + 1

    assert call(delete_test_configuration.OPERATION, TFVC, created.id, client=client) is None
    with pytest.raises(NotFoundError):
        call(get_test_configuration.OPERATION, TFVC, created.id, client=client)


def test_sessions_are_created_updated_by_revision_and_listed(client: Client) -> None:
    created = call(
        create_test_session.OPERATION,
        TFVC,
        TEAM,
        client=client,
        body=models.TestSessionCreate(title="E2E session", area=models.SessionArea(name=TFVC)),
    )
    assert created.state == models.TestSessionState.IN_PROGRESS and created.title == "E2E session"

    updated = call(
        update_test_session.OPERATION,
        TFVC,
        TEAM,
        client=client,
        body=models.TestSessionUpdate(
            id=created.id,
            revision=created.revision,
            comment="done",
            state=models.TestSessionStateName.COMPLETED,
        ),
    )
    assert updated.revision == created.revision + 1
    assert (updated.comment, updated.state) == ("done", models.TestSessionState.COMPLETED)
    with pytest.raises(ConflictError):  # the revision it was read at is stale now
        call(
            update_test_session.OPERATION,
            TFVC,
            TEAM,
            client=client,
            body=models.TestSessionUpdate(id=created.id, revision=created.revision, comment="late"),
        )

    listed = call(list_test_sessions.OPERATION, TFVC, TEAM, client=client).value
    [mine] = [s for s in listed if s.id == created.id]
    assert (mine.comment, mine.revision) == ("done", updated.revision)
    assert {10, 11} <= {s.id for s in listed}


def test_the_7_1_forms_serve_the_same_records_on_their_own_routes(client: Client) -> None:
    timeline = call(get_build_timeline.OPERATION, GIT, 391, client=client)
    by_id = call(get_build_timeline_by_id.OPERATION, GIT, 391, timeline.id, client=client)
    assert by_id.to_dict() == timeline.to_dict() and by_id.records
    refs = call(list_build_work_item_refs.OPERATION, GIT, 391, client=client, top=1)
    posted = call(get_build_work_items.OPERATION, GIT, 391, client=client, top=1)
    assert [r.id for r in refs.value] == [r.id for r in posted.value] and refs.count == 1

    created = call(
        create_test_plan_configuration.OPERATION,
        TFVC,
        client=client,
        body=models.TestPlanConfigurationCreate(
            name="Plan route", values=[models.NameValuePair(name="OS", value="Linux")]
        ),
    )
    assert (created.name, created.state, created.is_default) == (
        "Plan route", models.TestConfigurationState.ACTIVE, False,
    )  # fmt: skip
    read = call(get_test_plan_configuration.OPERATION, TFVC, created.id, client=client)
    assert read.to_dict() == created.to_dict()
    listed = list(paginate(list_test_plan_configurations.OPERATION, TFVC, client=client))
    assert [c.name for c in listed][:3] == ["Windows 10", "Win10 IE11", "Win10 English"]
    assert created.id in {c.id for c in listed}
    changed = call(
        update_test_plan_configuration.OPERATION,
        TFVC,
        client=client,
        body=models.TestPlanConfigurationUpdate(description="moved"),
        test_configuartion_id=created.id,
    )
    assert (changed.description, changed.name) == ("moved", "Plan route")
    documented = call(get_test_configuration.OPERATION, TFVC, created.id, client=client)
    assert (documented.description, documented.revision) == ("moved", 2)
    assert (
        call(
            delete_test_plan_configuration.OPERATION,
            TFVC,
            client=client,
            test_configuartion_id=created.id,
        )
        is None
    )
    with pytest.raises(NotFoundError):
        call(get_test_plan_configuration.OPERATION, TFVC, created.id, client=client)


def test_this_module_drives_every_generated_operation() -> None:
    import pkgutil

    import tfs_api.api

    source = Path(__file__).read_text()
    operations = {
        module.name
        for package in pkgutil.iter_modules(tfs_api.api.__path__, "tfs_api.api.")
        for module in pkgutil.iter_modules(__import__(package.name, fromlist=["_"]).__path__, "")
    }
    assert len(operations) == 29 + 7
    assert not [name for name in operations if f"{name}.OPERATION" not in source]
