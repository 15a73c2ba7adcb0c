"""The official `azure-devops` client (bench extra) runs unmodified against the emulator."""

from __future__ import annotations

from pathlib import Path

import pytest
from tfs_emulator.server import EmulatorServer
from tfs_emulator.state import Settings

from .conftest import GIT, TFVC

pytest.importorskip("azure.devops", reason="the official client is the bench extra")


def test_official_client_discovers_and_calls_the_emulator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZURE_DEVOPS_CACHE_DIR", str(tmp_path))
    from azure.devops.connection import Connection
    from azure.devops.v7_1.test.models import TestAttachmentRequestModel
    from msrest.authentication import BasicAuthentication

    with EmulatorServer(seed="demo", settings=Settings(token="pat")) as server:
        connection = Connection(base_url=server.base_url, creds=BasicAuthentication("", "pat"))
        build_client = connection.clients_v7_1.get_build_client()
        build = build_client.get_build(GIT, 391)
        assert build.id == 391 and build.status == "completed"
        builds = build_client.get_builds(GIT, definitions=[2, 3], top=5)
        assert [b.id for b in builds] == [367, 366, 361, 360, 356]
        assert build_client.add_build_tag(GIT, 391, "official") == [
            "official",
            "tag1",
            "tag2",
            "tag3",
        ]
        test_client = connection.clients_v7_1.get_test_client()
        request = TestAttachmentRequestModel(
            stream="b2ZmaWNpYWw=", file_name="o.txt", comment="via official"
        )
        reference = test_client.create_test_run_attachment(request, TFVC, 23)
        content = b"".join(test_client.get_test_run_attachment_content(TFVC, 23, reference.id))
        assert content == b"official"
        assert server.state.internal_errors == 0


def test_official_client_drives_all_29_operations_with_their_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Microsoft's 7.1 client, unmodified, on every operation; configurations through its
    TestPlanClient (the 7.1 `_apis/testplan/configurations` routes)."""
    monkeypatch.setenv("AZURE_DEVOPS_CACHE_DIR", str(tmp_path))
    from azure.devops.connection import Connection
    from azure.devops.v7_1.build.models import Build, DefinitionReference
    from azure.devops.v7_1.test.models import TestAttachmentRequestModel, TestSession
    from azure.devops.v7_1.test_plan.models import TestConfigurationCreateUpdateParameters
    from azure.devops.v7_1.work.models import TeamContext
    from msrest.authentication import BasicAuthentication

    with EmulatorServer(seed="demo", settings=Settings(token="pat")) as server:
        connection = Connection(base_url=server.base_url, creds=BasicAuthentication("", "pat"))
        builds = connection.clients_v7_1.get_build_client()
        tests = connection.clients_v7_1.get_test_client()
        plans = connection.clients_v7_1.get_test_plan_client()
        called: set[str] = set()

        def did(name: str) -> None:
            called.add(name)

        # builds (13)
        listed = builds.get_builds(GIT, definitions=[2, 3], top=5)
        assert [b.id for b in listed] == [367, 366, 361, 360, 356] and did("listBuilds") is None
        build = builds.get_build(GIT, 391)
        assert (build.id, build.status, build.result) == (391, "completed", "succeeded")
        assert build.retained_by_release is False and did("getBuild") is None  # a 7.1 field
        queued = builds.queue_build(Build(definition=DefinitionReference(id=25)), GIT)
        assert (
            queued.status == "notStarted"
            and queued.definition.id == 25
            and did("queueBuild") is None
        )
        kept = builds.update_build(Build(keep_forever=True), GIT, queued.id)
        assert kept.keep_forever is True and did("updateBuild") is None
        timeline = builds.get_build_timeline(GIT, 391)
        assert timeline.records and did("getBuildTimeline") is None
        assert builds.get_build_timeline(GIT, 391, timeline_id=timeline.id).id == timeline.id
        changes = builds.get_build_changes(GIT, 391, top=1)
        assert len(changes) == 1 and changes[0].id and did("getBuildChanges") is None
        refs = builds.get_build_work_items_refs_from_commits([], GIT, 391, top=1)
        assert len(refs) == 1 and refs[0].id and did("getBuildWorkItems") is None
        assert [r.id for r in builds.get_build_work_items_refs(GIT, 391, top=1)] == [refs[0].id]
        logs = builds.get_build_logs(GIT, 391)
        assert logs and all(log.url for log in logs) and did("getBuildLogs") is None
        artifacts = builds.get_artifacts(GIT, 391)
        assert artifacts and artifacts[0].name and did("getBuildArtifacts") is None
        assert builds.add_build_tag(GIT, queued.id, "official") == ["official"]
        did("addBuildTag")
        assert builds.get_build_tags(GIT, queued.id) == ["official"] and did("getBuildTags") is None
        assert builds.delete_build_tag(GIT, queued.id, "official") == []
        did("deleteBuildTag")
        builds.delete_build(GIT, queued.id)
        did("deleteBuild")
        assert queued.id not in [b.id for b in builds.get_builds(GIT, top=100)]

        # code coverage (2)
        coverage = tests.get_build_code_coverage(TFVC, 363, flags=7)
        assert coverage and coverage[0].modules and did("getBuildCodeCoverage") is None
        run_coverage = tests.get_test_run_code_coverage(TFVC, 51, flags=1)
        assert run_coverage and run_coverage[0].modules and did("getTestRunCodeCoverage") is None

        # attachments (6)
        request = TestAttachmentRequestModel(
            stream="b2ZmaWNpYWw=", file_name="o.txt", comment="via official"
        )
        reference = tests.create_test_run_attachment(request, TFVC, 23)
        assert reference.id and did("createTestRunAttachment") is None
        names = [a.file_name for a in tests.get_test_run_attachments(TFVC, 23)]
        assert {"imageAsFileAttachment.png", "o.txt"} <= set(names) and did(
            "listTestRunAttachments"
        ) is None
        content = b"".join(tests.get_test_run_attachment_content(TFVC, 23, reference.id))
        assert content == b"official" and did("getTestRunAttachmentContent") is None
        result_request = TestAttachmentRequestModel(stream="cmVzdWx0", file_name="r.txt")
        result_reference = tests.create_test_result_attachment(result_request, TFVC, 23, 100000)
        assert result_reference.id and did("createTestResultAttachment") is None
        result_names = [a.file_name for a in tests.get_test_result_attachments(TFVC, 23, 100000)]
        assert result_names == ["textAsFileAttachment.txt", "r.txt"]
        did("listTestResultAttachments")
        result_content = tests.get_test_result_attachment_content(
            TFVC, 23, 100000, result_reference.id
        )
        assert (
            b"".join(result_content) == b"result" and did("getTestResultAttachmentContent") is None
        )

        # configurations, through the 7.1 test plan client (5)
        configurations = plans.get_test_configurations(TFVC)
        assert [c.name for c in configurations][:3] == ["Windows 10", "Win10 IE11", "Win10 English"]
        did("listTestConfigurations")
        created = plans.create_test_configuration(
            TestConfigurationCreateUpdateParameters(
                name="Official", description="via TestPlanClient"
            ),
            TFVC,
        )
        assert (created.name, created.state) == ("Official", "active") and did(
            "createTestConfiguration"
        ) is None
        fetched = plans.get_test_configuration_by_id(TFVC, created.id)
        assert fetched.description == "via TestPlanClient" and did("getTestConfiguration") is None
        changed = plans.update_test_configuration(
            TestConfigurationCreateUpdateParameters(name="Official", state="inactive"),
            TFVC,
            created.id,
        )
        assert changed.state == "inactive" and did("updateTestConfiguration") is None
        plans.delete_test_confguration(TFVC, created.id)
        did("deleteTestConfiguration")
        assert created.id not in [c.id for c in plans.get_test_configurations(TFVC)]

        # sessions (3)
        team = TeamContext(project=TFVC, team="Fabrikam-Fiber-TFVC Team")
        sessions = tests.get_test_sessions(team)
        assert {10, 11} <= {s.id for s in sessions} and did("listTestSessions") is None
        session = tests.create_test_session(TestSession(title="Official session"), team)
        assert (session.title, session.state) == ("Official session", "inProgress")
        did("createTestSession")
        updated = tests.update_test_session(
            TestSession(id=session.id, revision=session.revision, comment="done"), team
        )
        assert (updated.comment, updated.revision) == ("done", session.revision + 1)
        did("updateTestSession")

        assert len(called) == 29
        assert server.state.internal_errors == 0
