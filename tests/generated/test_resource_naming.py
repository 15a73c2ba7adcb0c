"""Resource naming lives in the spec (`x-tfs-resource` / `x-tfs-method`) and the generator step
turns it into tfs_client's resource classes; bad naming fails generation with a clear message."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..api_versions import UPGRADED

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "spec" / "tfs.yaml"
GENERATE = REPO / "generator" / "generate.py"

ISSUE_TABLE = {
    "listBuilds": ("builds", "list"),
    "queueBuild": ("builds", "queue"),
    "getBuild": ("builds", "get"),
    "updateBuild": ("builds", "update"),
    "deleteBuild": ("builds", "delete"),
    "getBuildTimeline": ("builds", "timeline"),
    "getBuildChanges": ("builds", "changes"),
    "getBuildWorkItems": ("builds", "work_items"),
    "getBuildLogs": ("builds", "logs"),
    "getBuildArtifacts": ("builds", "artifacts"),
    "getBuildTags": ("builds", "tags"),
    "addBuildTag": ("builds", "add_tag"),
    "deleteBuildTag": ("builds", "remove_tag"),
    "getBuildCodeCoverage": ("code_coverage", "for_build"),
    "getTestRunCodeCoverage": ("code_coverage", "for_run"),
    "createTestRunAttachment": ("attachments", "upload"),
    "createTestResultAttachment": ("attachments", "upload"),
    "listTestRunAttachments": ("attachments", "list"),
    "listTestResultAttachments": ("attachments", "list"),
    "getTestRunAttachmentContent": ("attachments", "download"),
    "getTestResultAttachmentContent": ("attachments", "download"),
    "listTestConfigurations": ("configurations", "list"),
    "createTestConfiguration": ("configurations", "create"),
    "getTestConfiguration": ("configurations", "get"),
    "updateTestConfiguration": ("configurations", "update"),
    "deleteTestConfiguration": ("configurations", "delete"),
    "listTestSessions": ("sessions", "list"),
    "createTestSession": ("sessions", "create"),
    "updateTestSession": ("sessions", "update"),
}


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        operation["operationId"]: operation
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def test_every_operation_is_named_as_the_issue_table_says() -> None:
    named = {
        operation_id: (operation.get("x-tfs-resource"), operation.get("x-tfs-method"))
        for operation_id, operation in _operations(_spec()).items()
        if "x-tfs-form-of" not in operation  # a newer form goes by its documented operation's name
    }
    assert named == ISSUE_TABLE


def test_the_generated_resources_carry_every_named_method_sync_and_async() -> None:
    from tfs_client import AsyncTfsClient, TfsClient
    from tfs_client._resources import RESOURCE_METHODS

    assert sorted(m.operation.operation_id for m in RESOURCE_METHODS) == sorted(ISSUE_TABLE)
    for entry in RESOURCE_METHODS:
        assert ISSUE_TABLE[entry.operation.operation_id] == (entry.resource, entry.method)
        for client in (TfsClient, AsyncTfsClient):
            resource = client.__annotations__.get(entry.resource) or _annotation(
                client, entry.resource
            )
            assert callable(getattr(resource, entry.method)), (client, entry)
    streams = {(m.resource, m.stream_method) for m in RESOURCE_METHODS if m.stream_method}
    assert streams == {("attachments", "iter_bytes")}
    selectors = {m.operation.operation_id: m.selector for m in RESOURCE_METHODS if m.selector}
    assert selectors == {
        "createTestResultAttachment": "result_id",
        "listTestResultAttachments": "result_id",
        "getTestResultAttachmentContent": "result_id",
    }


def _annotation(client: type, name: str) -> Any:
    import typing

    return typing.get_type_hints(client)[name]


def _query(operation: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in operation["parameters"] if p.get("name") == name)
    return found


def _generate(tmp_path: Path, spec: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    resources = tmp_path / "_resources.py"
    resources.write_text("# previous generation\n")
    command = [sys.executable, str(GENERATE), "--spec", str(path)]
    command += ["--output", str(tmp_path / "tfs_api"), "--resources", str(resources)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda ops: ops["getBuildLogs"].pop("x-tfs-method"), "getBuildLogs: set x-tfs-resource"),
        (
            lambda ops: ops["getBuildLogs"].update({"x-tfs-method": "tags"}),
            "builds.tags (getBuildLogs) and getBuildTags share a method",
        ),
        (
            lambda ops: _query(ops["queueBuild"], "definitionId").update(
                {"x-tfs-fills": "agent.id"}
            ),
            "x-tfs-fills names no field of a body model: ['agent.id']",
        ),
        (
            lambda ops: _query(ops["queueBuild"], "definitionId").update(
                {"x-tfs-fills": "definition.name"}
            ),
            "builds.queue (queueBuild): x-tfs-fills definition.name: 'name' must be the one",
        ),
    ],
    ids=["missing-method-name", "two-operations-one-name", "fills-no-field", "fills-optional"],
)
def test_bad_naming_fails_generation_by_name_and_leaves_the_outputs_untouched(
    tmp_path: Path, change: Any, message: str
) -> None:
    spec = copy.deepcopy(_spec())
    change(_operations(spec))

    result = _generate(tmp_path, spec)

    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "_resources.py").read_text() == "# previous generation\n"
    assert not (tmp_path / "tfs_api").exists()


def test_a_spec_change_flows_into_the_resources_with_no_hand_edits(tmp_path: Path) -> None:
    """A new parameter and a renamed method appear; another version's form of an operation
    (`x-tfs-form-of`) needs no name of its own: its method reaches it from its `x-since`."""
    sys.path.insert(0, str(REPO / "generator"))
    try:
        import generate
    finally:
        sys.path.remove(str(REPO / "generator"))
    spec = copy.deepcopy(_spec())
    operations = _operations(spec)
    operations["getBuild"]["parameters"].insert(
        2,
        {
            "name": "tagNames",
            "in": "query",
            "description": "Tags the build must have.",
            "x-tfs-comma-list": True,
            "schema": {"type": "string"},
        },
    )
    operations["getBuildLogs"]["x-tfs-method"] = "log_list"
    newer = copy.deepcopy(operations["getBuildTimeline"])
    del newer["x-tfs-resource"], newer["x-tfs-method"]
    newer.update(
        {
            "operationId": "getBuildTimelineById",
            "x-tfs-form-of": "getBuildTimeline",
            "x-since": UPGRADED,
        }
    )
    spec["paths"]["/{project}/_apis/build/builds/{buildId}/timeline/{timelineId}"] = {
        "get": {
            **newer,
            "parameters": [
                *newer["parameters"],
                {"name": "timelineId", "in": "path", "required": True,
                 "description": "The timeline.", "schema": {"type": "string"}},
            ],
        }
    }  # fmt: skip
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    source = generate.render_resources(path, tmp_path)

    get = source.split("    def get(\n", 1)[1].split("    def ", 1)[0]
    assert "tag_names: str | Sequence[str] | None = None," in get
    assert '"tag_names": joined("tag_names", tag_names, str)' in get
    assert "    def log_list(\n" in source and "    def logs(\n" not in source
    assert "    async def log_list(\n" in source
    assert "    def get_build_timeline_by_id(" not in source
    timeline = source.split("    def timeline(\n", 1)[1].split("    def ", 1)[0]
    assert "timeline_id: uuid.UUID | str | None = None," not in timeline  # a plain string here
    assert "timeline_id: str | None = None," in timeline
    assert f'require_version("builds.timeline", "timeline_id", "{UPGRADED}", version)' in timeline
    assert "get_build_timeline_by_id.OPERATION" in timeline


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda op: op.pop("x-since"), "a form (x-tfs-form-of) needs its x-since version"),
        (lambda op: op.update({"x-since": "latest"}), "x-since 'latest' is not an api-version"),
        (lambda op: op.update({"x-tfs-form-of": "noSuchOperation"}), "names no resource operation"),
    ],
)
def test_a_form_without_a_version_or_a_target_is_a_clear_generation_error(
    tmp_path: Path, change: Any, message: str
) -> None:
    sys.path.insert(0, str(REPO / "generator"))
    try:
        import generate
    finally:
        sys.path.remove(str(REPO / "generator"))
    spec = copy.deepcopy(_spec())
    change(_operations(spec)["listTestPlanConfigurations"])
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    with pytest.raises(generate.GenerationError, match=re.escape(message)):
        generate.render_resources(path, tmp_path)
