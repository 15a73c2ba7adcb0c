"""`python -m tfs_client.contract` over real loopback HTTP against `python -m tfs_emulator --token`.

Read-only by default (and provably so: nothing on the server changes), every operation with
`--allow-writes`, a JUnit report either way, and the token in neither the output nor the report.
"""

from __future__ import annotations

import base64
import contextlib
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml
from tfs_client import contract
from tfs_emulator import EmulatorAdmin

from ._support import (
    ALL_OPERATION_COUNT,
    NEWER_FORMS,
    PROJECT,
    SPEC,
    TEAM,
    TOKEN,
    seed_contract_data,
)

EXAMPLES = "5"  # the full 100-example run is test_schemathesis_in_process.py; this proves the CLI
WRONG_TOKEN = "wrong-Token-77aa"


@contextlib.contextmanager
def _emulator() -> Iterator[str]:
    """A token-protected emulator process on a free loopback port, seeded; its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tfs_emulator", "--port", "0", "--token", TOKEN],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        root_url = base_url.rsplit("/", 1)[0]
        with (
            EmulatorAdmin(root_url, token=TOKEN) as admin,
            httpx.Client(base_url=base_url, auth=("", TOKEN)) as api,
        ):
            seed_contract_data(admin, api)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


@dataclass
class Run:
    """One `python -m tfs_client.contract` run: its emulator, report, output, and for the
    read-only run what the server held before it."""

    emulator: str
    report: Path
    result: subprocess.CompletedProcess[str]
    before: dict[str, object]


def _start_cli(
    base_url: str, report: Path, *extra: str, token: str = TOKEN, examples: str = EXAMPLES
) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tfs_client.contract", "--base-url", base_url]
    command += ["--project", PROJECT, "--team", TEAM, "--junit-xml", str(report)]
    command += ["--max-examples", examples, *extra]
    environment = {**os.environ, contract.TOKEN_VARIABLE: token}
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment
    )


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Run]]:
    """The read-only, the --allow-writes and the wrong-token runs, started at once (each on an
    emulator of its own, so the read-only run's server sees no other writer): on two cores the
    three together take about as long as the longest instead of their sum."""
    folder = tmp_path_factory.mktemp("contract-cli")
    with contextlib.ExitStack() as stack:
        urls = {name: stack.enter_context(_emulator()) for name in ("read-only", "writes", "wrong")}
        before = _snapshot(urls["read-only"])
        reports = {name: folder / f"{name}.xml" for name in urls}
        processes = {
            "read-only": _start_cli(urls["read-only"], reports["read-only"], "--seed", "7"),
            "writes": _start_cli(
                urls["writes"], reports["writes"], "--seed", "7", "--allow-writes"
            ),
            "wrong": _start_cli(urls["wrong"], reports["wrong"], token=WRONG_TOKEN, examples="2"),
        }
        done: dict[str, Run] = {}
        try:
            for name, process in processes.items():
                stdout, stderr = process.communicate(timeout=300)
                result = subprocess.CompletedProcess(
                    process.args, process.returncode, stdout, stderr
                )
                done[name] = Run(urls[name], reports[name], result, before)
        finally:
            for process in processes.values():
                if process.poll() is None:
                    process.kill()
                    process.wait()
        yield done


def _snapshot(base_url: str) -> dict[str, object]:
    """Everything a write could change, read through the API."""
    with httpx.Client(base_url=base_url, auth=("", TOKEN)) as api:
        paths = [
            f"{PROJECT}/_apis/build/builds",
            f"{PROJECT}/_apis/build/builds/391/tags",
            f"{PROJECT}/_apis/build/builds/363/tags",
            f"{PROJECT}/_apis/test/configurations?includeAllProperties=true",
            f"{PROJECT}/{TEAM}/_apis/test/session",
            f"{PROJECT}/_apis/test/runs/49/attachments",
            f"{PROJECT}/_apis/test/runs/49/results/100000/attachments",
        ]
        return {path: api.get(path).raise_for_status().json() for path in paths}


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
    assert _snapshot(run.emulator) == run.before
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
