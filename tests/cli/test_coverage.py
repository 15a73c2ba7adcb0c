"""``tfs coverage build`` / ``run``: a per-module table, or the same rows as JSON."""

from __future__ import annotations

import json
import subprocess

import httpx
from tfs_client import CodeCoverageFlags
from tfs_client.cli._app import cli
from tfs_client.cli._types import FlagNames
from tfs_emulator import EmulatorAdmin

from tests.api_versions import api_version

from ._support import TFVC, TOKEN, Emulator, tfs


def test_build_coverage_table_shows_each_module_with_blocks_lines_and_percentages_or_a_dash(
    emulator: Emulator,
) -> None:
    result = tfs("coverage", "build", TFVC, "363", env=emulator.environment())
    assert result.returncode == 0, result.stderr
    header, _rule, row = result.stdout.splitlines()[:3]
    for title in ("module", "configuration", "blocks covered", "blocks %", "lines covered"):
        assert title in header
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[:5] == ["fabrikamunittests.dll", "Debug / Any CPU", "2", "2", "100.0"]
    # the demo sample sends lines covered but no line total: "-", never a blank cell
    assert cells[5:] == ["4", "-", "-"], row
    assert "\x1b[" not in result.stdout  # no colour in a pipe


def test_build_coverage_json_carries_the_emulator_statistics(emulator: Emulator) -> None:
    result = tfs("coverage", "build", TFVC, "363", "--json", env=emulator.environment())
    assert result.returncode == 0, result.stderr
    with httpx.Client(base_url=emulator.url, auth=("", TOKEN)) as api:
        served = api.get(
            f"/{TFVC}/_apis/test/codeCoverage",
            params={"buildId": 363, "flags": 1, "api-version": api_version("getBuildCodeCoverage")},
        ).json()
    module = served["value"][0]["modules"][0]
    assert json.loads(result.stdout) == [
        {
            "module": module["name"],
            "configuration": "Debug / Any CPU",
            "blocksCovered": module["statistics"]["blocksCovered"],
            "blocks": module["blockCount"],
            "blocksPercent": 100.0,
            "linesCovered": module["statistics"]["linesCovered"],
            "lines": None,
            "linesPercent": None,
        }
    ]


def test_run_coverage_computes_totals_and_percentages_from_the_statistics(
    emulator: Emulator,
) -> None:
    statistics = {
        "blocksCovered": 30,
        "blocksNotCovered": 10,
        "linesCovered": 50,
        "linesNotCovered": 40,
        "linesPartiallyCovered": 10,
    }
    with EmulatorAdmin(emulator.root_url, token=TOKEN) as admin:
        run_id = admin.create_run(TFVC, "coverage via cli")
        admin.set_run_coverage(
            TFVC,
            run_id,
            [{"state": "0", "modules": [{"name": "core.dll", "statistics": statistics}]}],
        )
    result = tfs("coverage", "run", TFVC, str(run_id), "--jsonl", env=emulator.environment())
    assert result.returncode == 0, result.stderr
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["module"] == "core.dll"
    assert (row["blocksCovered"], row["blocks"], row["blocksPercent"]) == (30, 40, 75.0)
    assert (row["linesCovered"], row["lines"], row["linesPercent"]) == (50, 100, 50.0)


def test_coverage_flags_take_the_flag_class_names_as_well_as_an_integer(
    emulator: Emulator,
) -> None:
    def for_build(flags: str) -> subprocess.CompletedProcess[str]:
        return tfs(
            "code-coverage", "for-build", TFVC, "--build-id", "363", "--flags", flags, "--json",
            env=emulator.environment(),
        )  # fmt: skip

    by_number = for_build("3")
    assert by_number.returncode == 0, by_number.stderr
    assert for_build("modules,FUNCTIONS").stdout == by_number.stdout
    assert for_build(" Functions , modules ").stdout == by_number.stdout
    assert for_build("modules").stdout == for_build("1").stdout
    every = ",".join(member.name.lower() for member in CodeCoverageFlags if member.name)
    assert for_build(every).stdout == for_build(str(int(~CodeCoverageFlags(0)))).stdout
    bad = for_build("modules,lines")
    assert bad.returncode == 2
    assert "'lines' is not an integer or one of modules, functions, block_data" in bad.stderr


def test_the_flags_option_is_derived_from_the_client_signatures_flag_class() -> None:
    command = cli.commands["code-coverage"].commands["for-build"]  # type: ignore[attr-defined]
    (option,) = [param for param in command.params if param.name == "flags"]
    assert isinstance(option.type, FlagNames) and option.type.flags is CodeCoverageFlags
    convert = option.type.convert
    for member in CodeCoverageFlags:
        assert member.name
        assert convert(member.name.lower(), None, None) == int(member)
        assert convert(member.name.replace("_", "").upper(), None, None) == int(member)
    modules, functions = CodeCoverageFlags.MODULES, CodeCoverageFlags.FUNCTIONS
    assert convert("modules,FUNCTIONS", None, None) == int(modules | functions)
    assert convert("5", None, None) == 5
