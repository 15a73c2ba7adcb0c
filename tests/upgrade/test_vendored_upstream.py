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
