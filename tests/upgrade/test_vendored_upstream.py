"""spec/tfs.yaml against the vendored 7.1 Swagger files (../shared/upstream/azure-devops-7.1,
from MicrosoftDocs/vsts-rest-api-specs; see that folder's README): nothing upstream adds may go
unnoticed, and the committed report and decisions file are what the tool writes today."""

from __future__ import annotations

from ._support import REPO, VENDORED_7_1
from ._support import upstream as tool


def test_every_upstream_item_is_in_the_spec_or_decided() -> None:
    found = tool.compare(VENDORED_7_1)
    left = tool.open_items(found.items, found.answers)
    assert not left, (
        "run `make upstream-apply`, or answer in spec/upstream/7.1-decisions.yaml:\n"
        + "\n".join(f"  {item.key}: {item.detail}" for item in left)
    )


def test_the_committed_report_is_what_the_tool_writes() -> None:
    found = tool.compare(VENDORED_7_1)
    report = tool.render_report(
        found.upstream.version, found.spec, found.mapping, found.items, found.answers
    )
    committed = (REPO / "spec" / "upstream" / "7.1-report.md").read_text(encoding="utf-8")
    assert committed == report, "spec/upstream/7.1-report.md is stale: run `make upstream-diff`"


def test_every_decision_answers_an_item_the_tool_still_finds() -> None:
    found = tool.compare(VENDORED_7_1)
    stale = set(found.answers) - {item.key for item in found.items}
    assert not stale, f"decisions about items upstream no longer differs on: {sorted(stale)}"


def test_the_newer_forms_follow_upstream_in_route_method_and_parameters() -> None:
    found = tool.compare(VENDORED_7_1)
    forms = {op for op, (_, _, d) in found.spec.operations.items() if "x-since" in d}
    assert len(forms) == 7
    differences = [
        f"{item.key} ({found.answers.get(item.key)})"
        for item in found.items
        if item.operation in forms
        and item.kind in {"route", "method", "required", "removal", "case"}
    ]
    assert not differences


def test_every_comma_delimited_query_parameter_is_marked_as_a_comma_list() -> None:
    # regression: buildIds ("A comma-delimited list ...") lacked x-tfs-comma-list, so
    # TfsClient refused builds.list(P, build_ids=[391, 367])
    found = tool.compare(VENDORED_7_1)
    unmarked = []
    for operation_id, (_, _, operation) in found.spec.operations.items():
        theirs = {
            p["name"]: p
            for p in found.upstream.operations[found.mapping[operation_id]].parameters
            if p.get("in") == "query"
        }
        for parameter in map(found.spec.resolve, operation.get("parameters", [])):
            if parameter.get("in") != "query":
                continue
            listed = tool.comma_delimited(parameter) or tool.comma_delimited(
                theirs.get(parameter["name"], {})
            )
            if listed and parameter.get(tool.COMMA_LIST) is not True:
                unmarked.append(f"{operation_id} {parameter['name']}")
    assert not unmarked, f"comma-delimited but not marked {tool.COMMA_LIST}: {unmarked}"
    marked = sum(
        1
        for _, _, operation in found.spec.operations.values()
        for p in map(found.spec.resolve, operation.get("parameters", []))
        if p.get(tool.COMMA_LIST)
    )
    assert marked >= 10  # the check saw the marked ones too
