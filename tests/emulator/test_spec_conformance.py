"""Every operation's responses validate against spec/tfs.yaml (a quick jsonschema check)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml

from .conftest import GIT, TEAM, TFVC, Api

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "tfs.yaml"


def _json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema objects as JSON Schema (`nullable` becomes a null alternative)."""
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {k: _json_schema(v) for k, v in node.items() if k not in ("nullable", "example")}
    if node.get("nullable"):
        if "type" in converted and len(converted) <= 3:
            converted["type"] = [converted["type"], "null"]
        else:
            return {"anyOf": [converted, {"type": "null"}]}
    return converted


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


def validate(spec: dict[str, Any], operation_id: str, response: httpx.Response) -> None:
    """Assert `response` is documented for `operation_id` and its JSON body fits the schema."""
    documented = _operation(spec, operation_id)["responses"]
    assert str(response.status_code) in documented, (
        operation_id,
        response.status_code,
        response.text,
    )
    declared = documented[str(response.status_code)]
    if "$ref" in declared:
        declared = spec["components"]["responses"][declared["$ref"].rsplit("/", 1)[1]]
    content = declared.get("content")
    if not content:
        assert response.content == b""
        return
    media = response.headers["content-type"].split(";")[0]
    assert media in content, (operation_id, media)
    if media != "application/json":
        return
    schema = {**content[media]["schema"], "components": _json_schema(spec["components"])}
    jsonschema.validate(response.json(), _json_schema(schema), cls=jsonschema.Draft7Validator)


def test_every_operation_validates_against_the_spec(api: Api, spec: dict[str, Any]) -> None:
    c = api.client
    builds = f"/{GIT}/_apis/build/builds"
    run = f"/{TFVC}/_apis/test/runs/23"
    upload = {"stream": base64.b64encode(b"spec").decode(), "fileName": "s.txt", "comment": "c"}
    checks: list[tuple[str, httpx.Response]] = [
        (
            "getBuildCodeCoverage",
            c.get(f"/{TFVC}/_apis/test/codeCoverage", params={"buildId": 363, "flags": 7}),
        ),
        ("getBuildCodeCoverage", c.get(f"/{TFVC}/_apis/test/codeCoverage", params={"buildId": 1})),
        (
            "getTestRunCodeCoverage",
            c.get(f"/{TFVC}/_apis/test/runs/51/codeCoverage", params={"flags": 7}),
        ),
        ("createTestRunAttachment", c.post(f"{run}/attachments", json=upload)),
        ("createTestResultAttachment", c.post(f"{run}/results/100000/attachments", json=upload)),
        (
            "createTestRunAttachment",
            c.post(f"{run}/attachments", json={"stream": "@", "fileName": "x"}),
        ),
        ("listTestRunAttachments", c.get(f"{run}/attachments")),
        ("listTestResultAttachments", c.get(f"{run}/results/100000/attachments")),
        ("getTestRunAttachmentContent", c.get(f"{run}/attachments/18")),
        ("getTestResultAttachmentContent", c.get(f"{run}/results/100000/attachments/19")),
        ("getTestRunAttachmentContent", c.get(f"{run}/attachments/19")),
        ("listBuilds", c.get(builds, params={"$top": 5})),
        ("listBuilds", c.get(builds, params={"continuationToken": "x"})),
        ("queueBuild", c.post(builds, json={"definition": {"id": 25}})),
        ("getBuild", c.get(f"{builds}/391")),
        ("getBuild", c.get(f"{builds}/367")),
        (
            "updateBuild",
            c.patch(f"{builds}/393", json={"status": "completed", "result": "succeeded"}),
        ),
        ("updateBuild", c.patch(f"{builds}/393", json={"status": "inProgress"})),
        ("getBuildTimeline", c.get(f"{builds}/391/timeline")),
        ("getBuildTimeline", c.get(f"{builds}/393/timeline")),
        ("getBuildChanges", c.get(f"{builds}/391/changes")),
        ("getBuildWorkItems", c.post(f"{builds}/391/workitems")),
        ("getBuildLogs", c.get(f"{builds}/391/logs")),
        ("getBuildArtifacts", c.get(f"{builds}/391/artifacts")),
        ("getBuildTags", c.get(f"{builds}/391/tags")),
        ("addBuildTag", c.put(f"{builds}/391/tags/myTag")),
        ("deleteBuildTag", c.delete(f"{builds}/391/tags/myTag")),
        ("deleteBuild", c.delete(f"{builds}/393")),
        ("deleteBuild", c.delete(f"{builds}/393")),
        ("listTestConfigurations", c.get(f"/{TFVC}/_apis/test/configurations")),
        (
            "listTestConfigurations",
            c.get(f"/{TFVC}/_apis/test/configurations", params={"includeAllProperties": True}),
        ),
        (
            "createTestConfiguration",
            c.post(f"/{TFVC}/_apis/test/configurations", json={"name": "n", "area": "a"}),
        ),
        (
            "createTestConfiguration",
            c.post(f"/{TFVC}/_apis/test/configurations", json={"name": "n"}),
        ),
        ("getTestConfiguration", c.get(f"/{TFVC}/_apis/test/configurations/1")),
        (
            "updateTestConfiguration",
            c.patch(f"/{TFVC}/_apis/test/configurations/4", json={"state": "inactive"}),
        ),
        ("deleteTestConfiguration", c.delete(f"/{TFVC}/_apis/test/configurations/4")),
        ("listTestSessions", c.get(f"/{TFVC}/{TEAM}/_apis/test/session")),
        ("createTestSession", c.post(f"/{TFVC}/{TEAM}/_apis/test/session", json={"Title": "t"})),
        (
            "updateTestSession",
            c.patch(f"/{TFVC}/{TEAM}/_apis/test/session", json={"Id": 12, "State": 2}),
        ),
        (
            "updateTestSession",
            c.patch(f"/{TFVC}/{TEAM}/_apis/test/session", json={"Id": 12, "Revision": 1}),
        ),
    ]
    for operation_id, response in checks:
        validate(spec, operation_id, response)
