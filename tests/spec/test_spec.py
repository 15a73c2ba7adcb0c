"""spec/tfs.yaml against the API pages and the recorded samples it transcribes.

Sources (read-only, beside the repository in ../shared):
- ../shared/seeds/*.txt: the five REST API reference pages (code coverage, test attachments,
  builds, test configurations, test sessions). Their ```json blocks and sample request lines.
- ../shared/docs-examples/{builds,attachments}/*.json: the request/response pairs the builds
  and attachments pages include, recorded from Microsoft's documentation.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.spec import spec_checks as checks

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "seeds"
DOCS_EXAMPLES = SHARED / "docs-examples"

# Not a sample: the page's request template (placeholders such as `{ string }`).
TEMPLATE = "template"

# Each ```json block of each page, in order: (operationId, what it is).
# "request" / "response" are bodies; "header" is the page's note on x-ms-continuationtoken.
SEED_JSON_BLOCKS: dict[str, list[tuple[str, str]]] = {
    "000_44774ceb5aea5b98.txt": [
        ("getBuildCodeCoverage", "response"),
        ("getTestRunCodeCoverage", "response"),
    ],
    "001_4a37855a8360497a.txt": [
        ("createTestRunAttachment", TEMPLATE),
        ("createTestResultAttachment", TEMPLATE),
    ],
    "002_825ad686e8fab149.txt": [],
    "003_0c7bee981bc2d0d3.txt": [
        ("listTestConfigurations", "response"),
        ("listTestConfigurations", "header"),
        ("listTestConfigurations", "response"),
        ("listTestConfigurations", "header"),
        ("listTestConfigurations", "response"),
        ("listTestConfigurations", "header"),
        ("listTestConfigurations", "response"),
        ("getTestConfiguration", "response"),
        ("createTestConfiguration", TEMPLATE),
        ("createTestConfiguration", "request"),
        ("createTestConfiguration", "response"),
        ("createTestConfiguration", "request"),
        ("createTestConfiguration", "response"),
        ("updateTestConfiguration", TEMPLATE),
        ("updateTestConfiguration", "request"),
        ("updateTestConfiguration", "response"),
    ],
    "004_8ad2a704a8cae324.txt": [
        ("listTestSessions", "response"),
        ("createTestSession", TEMPLATE),
        ("createTestSession", "request"),
        ("createTestSession", "response"),
        ("updateTestSession", TEMPLATE),
        ("updateTestSession", "request"),
        ("updateTestSession", "response"),
    ],
}

# Each sample request line of each page ("GET https://mytfsserver/..."), in order.
SEED_REQUEST_LINES: dict[str, list[str]] = {
    "000_44774ceb5aea5b98.txt": ["getBuildCodeCoverage", "getTestRunCodeCoverage"],
    "001_4a37855a8360497a.txt": ["getTestRunAttachmentContent", "getTestResultAttachmentContent"],
    "002_825ad686e8fab149.txt": [],
    "003_0c7bee981bc2d0d3.txt": [
        "listTestConfigurations",
        "listTestConfigurations",
        "listTestConfigurations",
        "listTestConfigurations",
        "getTestConfiguration",
        "createTestConfiguration",
        "createTestConfiguration",
        "updateTestConfiguration",
        "deleteTestConfiguration",
    ],
    "004_8ad2a704a8cae324.txt": ["listTestSessions", "createTestSession", "updateTestSession"],
}

# Each recorded exchange in docs-examples and the operation it exercises.
DOCS_EXAMPLE_OPERATIONS: dict[str, str] = {
    "attachments/GET__test_runs__newRunId__attachments.json": "listTestRunAttachments",
    "attachments/GET__test_runs__newRunId__results__result1__attachments.json": "listTestResultAttachments",
    "attachments/POST__test_runs__newRunId__attachments.json": "createTestRunAttachment",
    "attachments/POST__test_runs__newRunId__results__result1__attachments.json": "createTestResultAttachment",
    "builds/DELETE__build_builds__buildId_.json": "deleteBuild",
    "builds/DELETE__build_builds__knownBuildId__tags_myTag.json": "deleteBuildTag",
    "builds/GET__build_builds__knownBuildId_.json": "getBuild",
    "builds/GET__build_builds__knownBuildId__artifacts.json": "getBuildArtifacts",
    "builds/GET__build_builds__knownBuildId__changes.json": "getBuildChanges",
    "builds/GET__build_builds__knownBuildId__logs.json": "getBuildLogs",
    "builds/GET__build_builds__knownBuildId__tags.json": "getBuildTags",
    "builds/GET__build_builds__knownBuildId__timeline.json": "getBuildTimeline",
    "builds/GET__build_builds_definitions-_definitionId__statusFilter-completed__top-1.json": "listBuilds",
    "builds/GET__build_builds_definitions-_definitionId__statusFilter-completed_continuationToken-_continuationToken_.json": "listBuilds",
    "builds/GET__build_builds_tagFilters-myTag.json": "listBuilds",
    "builds/PATCH__build_builds__buildId_.json": "updateBuild",
    "builds/POST__build_builds.json": "queueBuild",
    "builds/POST__build_builds__knownBuildId__workitems.json": "getBuildWorkItems",
    "builds/PUT__build_builds__knownBuildId__tags_myTag.json": "addBuildTag",
}

EXPECTED_OPERATIONS = {
    ("GET", "/{project}/_apis/test/codeCoverage"),
    ("GET", "/{project}/_apis/test/runs/{runId}/codeCoverage"),
    ("POST", "/{project}/_apis/test/runs/{runId}/attachments"),
    ("GET", "/{project}/_apis/test/runs/{runId}/attachments"),
    ("POST", "/{project}/_apis/test/runs/{runId}/results/{resultId}/attachments"),
    ("GET", "/{project}/_apis/test/runs/{runId}/results/{resultId}/attachments"),
    ("GET", "/{project}/_apis/test/runs/{runId}/attachments/{attachmentId}"),
    ("GET", "/{project}/_apis/test/runs/{runId}/results/{resultId}/attachments/{attachmentId}"),
    ("GET", "/{project}/_apis/build/builds"),
    ("POST", "/{project}/_apis/build/builds"),
    ("GET", "/{project}/_apis/build/builds/{buildId}"),
    ("PATCH", "/{project}/_apis/build/builds/{buildId}"),
    ("DELETE", "/{project}/_apis/build/builds/{buildId}"),
    ("GET", "/{project}/_apis/build/builds/{buildId}/timeline"),
    ("GET", "/{project}/_apis/build/builds/{buildId}/changes"),
    ("POST", "/{project}/_apis/build/builds/{buildId}/workitems"),
    ("GET", "/{project}/_apis/build/builds/{buildId}/logs"),
    ("GET", "/{project}/_apis/build/builds/{buildId}/artifacts"),
    ("GET", "/{project}/_apis/build/builds/{buildId}/tags"),
    ("PUT", "/{project}/_apis/build/builds/{buildId}/tags/{tag}"),
    ("DELETE", "/{project}/_apis/build/builds/{buildId}/tags/{tag}"),
    ("GET", "/{project}/_apis/test/configurations"),
    ("POST", "/{project}/_apis/test/configurations"),
    ("GET", "/{project}/_apis/test/configurations/{configurationId}"),
    ("PATCH", "/{project}/_apis/test/configurations/{configurationId}"),
    ("DELETE", "/{project}/_apis/test/configurations/{configurationId}"),
    ("GET", "/{project}/{team}/_apis/test/session"),
    ("POST", "/{project}/{team}/_apis/test/session"),
    ("PATCH", "/{project}/{team}/_apis/test/session"),
}

_REQUEST_LINE = re.compile(r"^(GET|POST|PATCH|PUT|DELETE) (https?://\S+)$", re.MULTILINE)
_HEADER_NOTE = re.compile(r'"x-ms-continuationtoken":\s*(\S+)')


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return checks.load_spec()


def _shared(path: Path) -> Path:
    assert path.exists(), (
        f"{path} is missing: these tests read the API pages and recorded samples from "
        "../shared beside the repository (as CI lays it out)"
    )
    return path


def _seed_json_blocks(name: str) -> list[str]:
    text = _shared(SEEDS / name).read_text(encoding="utf-8")
    return re.findall(r"```json\s*\n(.*?)```", text, re.DOTALL)


def _seed_request_urls(name: str) -> list[tuple[str, str]]:
    text = _shared(SEEDS / name).read_text(encoding="utf-8")
    return [(m, url) for m, url in _REQUEST_LINE.findall(text) if "{instance}" not in url]


def sample_problems(spec: dict[str, Any]) -> tuple[list[str], set[str], int]:
    """Validate every sample; return problems, the operations sampled and the sample count."""
    problems: list[str] = []
    sampled: set[str] = set()
    checked = 0
    for name, table in SEED_JSON_BLOCKS.items():
        blocks = _seed_json_blocks(name)
        if len(blocks) != len(table):
            problems.append(
                f"{name}: page has {len(blocks)} json blocks, the table maps {len(table)}"
            )
            continue
        for index, ((op_id, kind), block) in enumerate(zip(table, blocks, strict=True)):
            where = f"{op_id} {kind} sample ({name} block {index})"
            op = checks.operation_by_id(spec, op_id)
            sampled.add(op_id)
            if kind == TEMPLATE:
                continue
            checked += 1
            if kind == "header":
                token = _HEADER_NOTE.search(block)
                header = checks.resolve(
                    spec, checks.response_schema_headers(spec, op, 200)["x-ms-continuationtoken"]
                )
                if token is None:
                    problems.append(f"{where}: no x-ms-continuationtoken value found")
                else:
                    problems += checks.schema_problems(
                        spec, header["schema"], token.group(1), where
                    )
                continue
            body = json.loads(block)
            schema = (
                checks.request_schema(spec, op)
                if kind == "request"
                else checks.response_schema(spec, op, 200)
            )
            problems += checks.schema_problems(spec, schema, body, where)
    for name, table in SEED_REQUEST_LINES.items():
        urls = _seed_request_urls(name)
        if len(urls) != len(table):
            problems.append(
                f"{name}: page has {len(urls)} sample request lines, the table maps {len(table)}"
            )
            continue
        for op_id, (method, url) in zip(table, urls, strict=True):
            sampled.add(op_id)
            checked += 1
            problems += checks.url_problems(spec, op_id, method, url)
    recorded = sorted(
        p.relative_to(DOCS_EXAMPLES).as_posix() for p in _shared(DOCS_EXAMPLES).glob("*/*.json")
    )
    for unmapped in sorted(set(recorded) - set(DOCS_EXAMPLE_OPERATIONS)):
        problems.append(f"docs-examples/{unmapped}: recorded sample is not mapped to any operation")
    for name, op_id in DOCS_EXAMPLE_OPERATIONS.items():
        exchange = json.loads(_shared(DOCS_EXAMPLES / name).read_text(encoding="utf-8"))
        op = checks.operation_by_id(spec, op_id)
        sampled.add(op_id)
        where = f"{op_id} (docs-examples/{name})"
        problems += checks.url_problems(spec, op_id, exchange["method"], exchange["requestUrl"])
        if "requestBody" in exchange:
            problems += checks.schema_problems(
                spec, checks.request_schema(spec, op), exchange["requestBody"], f"{where} request"
            )
        try:
            schema = checks.response_schema(spec, op, exchange["statusCode"])
        except KeyError as missing:
            problems.append(f"{where}: {missing.args[0]}")
            continue
        if "responseBody" in exchange:
            problems += checks.schema_problems(
                spec, schema, exchange["responseBody"], f"{where} response"
            )
        elif schema is not None:
            problems.append(
                f"{where}: recorded status {exchange['statusCode']} has no body but the spec declares one"
            )
        checked += 1
    return problems, sampled, checked


def test_spec_is_valid_openapi_and_follows_project_rules(spec: dict[str, Any]) -> None:
    problems = checks.structure_problems(spec)
    assert not problems, "\n".join(problems)


def test_spec_has_exactly_the_29_documented_operations(spec: dict[str, Any]) -> None:
    documented = [op for op in checks.operations(spec) if "x-since" not in op.definition]
    actual = {(op.method, op.path) for op in documented}
    assert actual - EXPECTED_OPERATIONS == set(), "operations the pages do not document"
    assert EXPECTED_OPERATIONS - actual == set(), "documented operations missing from the spec"
    assert len(documented) == 29


def test_each_newer_form_of_an_operation_names_the_documented_one_it_stands_for(
    spec: dict[str, Any],
) -> None:
    operations = checks.operations(spec)
    documented = {op.operation_id for op in operations if "x-since" not in op.definition}
    forms = {
        op.operation_id: op.definition.get("x-tfs-form-of")
        for op in operations
        if "x-since" in op.definition
    }
    assert len(forms) == 7  # 5 test plan configuration routes, work item refs GET, timeline by id
    assert all(form_of in documented for form_of in forms.values()), forms


def test_every_sample_validates_against_its_operation(spec: dict[str, Any]) -> None:
    problems, _, checked = sample_problems(spec)
    assert not problems, "\n".join(problems)
    assert checked >= 45, f"only {checked} samples were checked"


def test_every_operation_has_at_least_one_sample(spec: dict[str, Any]) -> None:
    _, sampled, _ = sample_problems(spec)
    # the newer forms (x-since) come from Microsoft's Swagger; tests/upgrade holds them to it
    documented = {
        op.operation_id for op in checks.operations(spec) if "x-since" not in op.definition
    }
    unsampled = sorted(documented - sampled)
    assert not unsampled, f"operations without any sample in the pages or recordings: {unsampled}"


def test_paged_list_operations_declare_the_continuation_header(spec: dict[str, Any]) -> None:
    for op_id in ("listBuilds", "listTestConfigurations"):
        headers = checks.response_schema_headers(spec, checks.operation_by_id(spec, op_id), 200)
        assert "x-ms-continuationtoken" in headers, op_id


def test_attachment_downloads_answer_the_raw_file(spec: dict[str, Any]) -> None:
    for op_id in ("getTestRunAttachmentContent", "getTestResultAttachmentContent"):
        response = checks.resolve(
            spec, checks.operation_by_id(spec, op_id).definition["responses"]["200"]
        )
        assert list(response["content"]) == ["application/octet-stream"], op_id


def test_api_version_defaults_follow_each_page(spec: dict[str, Any]) -> None:
    expected = {
        "listBuilds": "2.0",
        "getBuildCodeCoverage": "2.0-preview",
        "createTestRunAttachment": "2.0-preview",
        "listTestConfigurations": "3.0-preview.2",
        "getTestConfiguration": "3.0-preview.1",
        "listTestSessions": "1.0-preview",
    }
    for op_id, version in expected.items():
        params = checks.parameters(spec, checks.operation_by_id(spec, op_id))
        (api_version,) = [p for p in params if p["name"] == "api-version"]
        assert api_version["schema"]["default"] == version, op_id


def test_links_chain_the_documented_flows_for_stateful_testing(spec: dict[str, Any]) -> None:
    def targets(op_id: str) -> set[str]:
        response = checks.operation_by_id(spec, op_id).definition["responses"]["200"]
        return {link["operationId"] for link in response.get("links", {}).values()}

    flows = [
        [
            "queueBuild",
            "getBuild",
            "updateBuild",
            "addBuildTag",
            "getBuildTags",
            "deleteBuildTag",
            "deleteBuild",
        ],
        [
            "createTestConfiguration",
            "getTestConfiguration",
            "updateTestConfiguration",
            "deleteTestConfiguration",
        ],
        ["createTestSession", "updateTestSession"],
        ["createTestRunAttachment", "getTestRunAttachmentContent"],
        ["createTestResultAttachment", "getTestResultAttachmentContent"],
    ]
    for flow in flows:
        for source, target in itertools.pairwise(flow):
            assert target in targets(source), f"{source} has no link to {target}"


# ------------------------------------------------------------ broken edits report clearly


def test_a_wrong_field_type_is_reported_by_operation_and_field(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    broken["components"]["schemas"]["Build"]["properties"]["keepForever"] = {"type": "string"}
    problems, _, _ = sample_problems(broken)
    assert any(
        p.startswith("getBuild (docs-examples/") and "field $.keepForever" in p for p in problems
    ), problems


def test_a_missing_path_parameter_is_reported_by_operation_and_name(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    get_build = broken["paths"]["/{project}/_apis/build/builds/{buildId}"]["get"]
    get_build["parameters"] = [
        p for p in get_build["parameters"] if "buildId" not in p.get("$ref", "")
    ]
    problems = checks.structure_problems(broken)
    assert any("getBuild" in p and "buildId" in p for p in problems), problems


def test_an_invalid_openapi_edit_is_reported_by_operation_and_field(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    broken["paths"]["/{project}/_apis/build/builds"]["post"]["responses"]["200"] = {"content": {}}
    problems = checks.structure_problems(broken)
    assert problems and all(not p.startswith("Traceback") for p in problems)
    assert any(p.startswith("queueBuild: field responses.200:") for p in problems), problems


def test_a_sample_the_table_does_not_know_fails_by_name(
    spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(
        DOCS_EXAMPLE_OPERATIONS, "builds/GET__build_builds__knownBuildId__logs.json"
    )
    problems, sampled, _ = sample_problems(spec)
    assert (
        "docs-examples/builds/GET__build_builds__knownBuildId__logs.json: recorded sample is not mapped to any operation"
        in problems
    )
    assert "getBuildLogs" not in sampled


def test_a_link_to_an_unknown_parameter_is_reported_by_operation_and_link(
    spec: dict[str, Any],
) -> None:
    broken = copy.deepcopy(spec)
    queue = broken["paths"]["/{project}/_apis/build/builds"]["post"]["responses"]["200"]
    queue["links"]["GetBuild"]["parameters"]["path.build"] = "$response.body#/id"
    problems = checks.structure_problems(broken)
    assert (
        "queueBuild: response 200 link GetBuild: getBuild has no parameter 'path.build'" in problems
    )
