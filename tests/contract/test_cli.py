"""`python -m tfs_client.contract` over real loopback HTTP against `python -m tfs_emulator --token`.

Read-only by default (and provably so: nothing on the server changes), every operation with
`--allow-writes`, a JUnit report either way, and the token in neither the output nor the report.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
import yaml
from tfs_client import contract

from ._support import (
    ALL_OPERATION_COUNT,
    NEWER_FORMS,
    SPEC,
    TOKEN,
    WRONG_TOKEN,
    CliRuns,
    Run,
    snapshot,
)


@pytest.fixture(scope="module")
def runs(contract_cli_runs: CliRuns) -> dict[str, Run]:
    """The three runs, which the contract package's fixture started in the background."""
    return contract_cli_runs.results()


def _operation_testcases(report: Path) -> dict[str, ElementTree.Element]:
    """The report's test cases named `METHOD /path` (the stateful phase has one of its own)."""
    root = ElementTree.parse(report).getroot()
    cases = {case.attrib["name"]: case for case in root.iter("testcase")}
    return {name: case for name, case in cases.items() if name.split(" ", 1)[0].isupper()}


def _assert_secret(*texts: str) -> None:
    encoded = base64.b64encode(f":{TOKEN}".encode()).decode()
    for text in texts:
        assert TOKEN not in text
        assert encoded not in text


def test_read_only_run_tests_safe_operations_changes_nothing_and_hides_the_token(
    runs: dict[str, Run],
) -> None:
    run = runs["read-only"]
    result, report = run.result, run.report

    assert result.returncode == 0, result.stdout + result.stderr
    assert snapshot(run.emulator) == run.before
    cases = _operation_testcases(report)
    spec = yaml.safe_load(SPEC.read_text())
    written = contract.write_operation_ids(spec)
    assert len(cases) == ALL_OPERATION_COUNT + len(NEWER_FORMS) - len(written) == 21
    methods = {name.split(" ", 1)[0] for name in cases}
    assert methods == {"GET", "POST"}  # POST is getBuildWorkItems, which changes nothing
    assert "POST /{project}/_apis/build/builds/{buildId}/workitems" in cases
    assert not any(case.find("failure") is not None for case in cases.values())
    _assert_secret(result.stdout, result.stderr, report.read_text())


def test_allow_writes_runs_every_operation_with_the_stateful_flows(runs: dict[str, Run]) -> None:
    run = runs["writes"]
    result, report = run.result, run.report

    assert result.returncode == 0, result.stdout + result.stderr
    cases = _operation_testcases(report)
    assert len(cases) == ALL_OPERATION_COUNT + len(NEWER_FORMS)
    assert not any(case.find("failure") is not None for case in cases.values())
    assert "Stateful" in result.stdout
    _assert_secret(result.stdout, result.stderr, report.read_text())


def test_a_wrong_token_fails_the_run_without_printing_either_token(runs: dict[str, Run]) -> None:
    run = runs["wrong"]
    result, report = run.result, run.report

    assert result.returncode != 0
    assert WRONG_TOKEN not in result.stdout + result.stderr + report.read_text()
    _assert_secret(result.stdout, result.stderr, report.read_text())
