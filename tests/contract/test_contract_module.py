"""`tfs_client.contract` itself: the spec it ships, read-only selection, and a missing extra."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from tfs_client import contract

from ._support import REPO, SPEC


def test_the_spec_comes_from_the_repository_in_an_editable_install() -> None:
    with contract.spec_path() as path:
        assert path == SPEC


def test_the_wheel_ships_the_spec_and_the_contract_module_loads_it_from_there(
    tmp_path: Path,
) -> None:
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
    command += ["--no-index", "--disable-pip-version-check", "-w", str(tmp_path), str(REPO)]
    built = subprocess.run(command, capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr
    [wheel] = tmp_path.glob("tfs_client-*.whl")
    unpacked = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read("tfs_client/tfs.yaml") == SPEC.read_bytes()
        archive.extractall(unpacked)

    probe = "from tfs_client import contract\nwith contract.spec_path() as p: print(p)"
    environment = {**os.environ, "PYTHONPATH": str(unpacked)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=environment, check=True
    )
    assert Path(result.stdout.strip()) == unpacked / "tfs_client" / "tfs.yaml"


def test_read_only_runs_leave_out_every_write_but_the_work_items_post() -> None:
    spec = yaml.safe_load(SPEC.read_text())
    assert contract.write_operation_ids(spec) == sorted(
        [
            "addBuildTag",
            "createTestConfiguration",
            "createTestPlanConfiguration",
            "createTestResultAttachment",
            "createTestRunAttachment",
            "createTestSession",
            "deleteBuild",
            "deleteBuildTag",
            "deleteTestConfiguration",
            "deleteTestPlanConfiguration",
            "queueBuild",
            "updateBuild",
            "updateTestConfiguration",
            "updateTestPlanConfiguration",
            "updateTestSession",
        ]
    )
    config = contract.contract_config(project="P", team="T", token="t")
    assert config["phases"]["coverage"]["unexpected-methods"] == ["get", "options", "trace"]
    assert (
        "coverage"
        not in contract.contract_config(project="P", team="T", token="t", allow_writes=True)[
            "phases"
        ]
    )


def test_the_token_becomes_basic_authentication_with_an_empty_user() -> None:
    assert contract.basic_authorization("pat") == "Basic OnBhdA=="
    assert contract.contract_config(project="P", team="T", token=None)["headers"] == {}


def test_made_up_continuation_tokens_are_not_sent_to_paged_operations() -> None:
    assert not contract.keeps_query("listBuilds", {"continuationToken": "x"})
    assert contract.keeps_query("listBuilds", {"$top": 1})
    assert contract.keeps_query("getBuild", {"continuationToken": "x"})


def test_without_schemathesis_the_cli_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "schemathesis", None)
    arguments = ["--base-url", "http://127.0.0.1:9/DefaultCollection", "--project", "P"]

    assert contract.main([*arguments, "--team", "T"]) == 2

    error = capsys.readouterr().err
    assert "pip install 'tfs-client[contract]'" in error


def test_the_cli_requires_the_server_project_and_team(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        contract.main(["--project", "P"])
    assert exited.value.code == 2
    assert "--base-url" in capsys.readouterr().err


def _queue_case(query: dict[str, object], body: object, location: str = "body") -> object:
    from types import SimpleNamespace

    queue_build = next(
        operation
        for item in yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"].values()
        for operation in item.values()
        if operation.get("operationId") == "queueBuild"
    )
    data = SimpleNamespace(parameter_location=SimpleNamespace(value=location))
    return SimpleNamespace(
        meta=SimpleNamespace(phase=SimpleNamespace(data=data)),
        query=query,
        body=body,
        operation=SimpleNamespace(definition=SimpleNamespace(raw=queue_build)),
    )


class AcceptedNegativeData(Exception):
    """Named as schemathesis's failure class is."""


def test_a_body_left_out_for_the_query_parameter_that_fills_it_is_no_contract_failure() -> None:
    # the spec's definitionId (x-tfs-fills: definition.id) queues "without a body"
    accepted = AcceptedNegativeData()
    assert contract.is_filled_body(accepted, _queue_case({"definitionId": 25}, None))
    assert contract.is_filled_body(accepted, _queue_case({"definitionId": 25}, {"queue": {}}))
    assert not contract.is_filled_body(accepted, _queue_case({}, None))
    named = {"definition": {"id": "x"}}
    assert not contract.is_filled_body(accepted, _queue_case({"definitionId": 25}, named))
    query_case = _queue_case({"definitionId": 25}, None, location="query")
    assert not contract.is_filled_body(accepted, query_case)
    assert not contract.is_filled_body(ValueError(), _queue_case({"definitionId": 25}, None))


class RejectedPositiveData(Exception):
    """Named as schemathesis's failure class is."""


def test_a_rejected_body_key_that_is_a_field_in_other_case_is_no_contract_failure() -> None:
    # servers bind body names ignoring case: {"Comment": 107} is a wrong `comment`, not an extra
    from types import SimpleNamespace

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    create = spec["paths"]["/{project}/_apis/test/runs/{runId}/attachments"]["post"]

    def case(body: object) -> object:
        operation = SimpleNamespace(
            schema=SimpleNamespace(raw_schema=spec), definition=SimpleNamespace(raw=create)
        )
        return SimpleNamespace(body=body, operation=operation)

    rejected = RejectedPositiveData()
    assert contract.is_case_variant_of_a_field(rejected, case({"stream": "", "Comment": 107}))
    assert not contract.is_case_variant_of_a_field(rejected, case({"stream": "", "extra": 1}))
    assert not contract.is_case_variant_of_a_field(rejected, case({"comment": 107}))
    assert not contract.is_case_variant_of_a_field(ValueError(), case({"Comment": 107}))
