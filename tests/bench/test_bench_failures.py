"""A probe or a figure group that fails is a FAILED row; the rest still prints; exit status 1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from bench import attachments
from bench import runner as bench_main
from bench.context import Context, official_installed
from bench.probe import Outcome
from bench.table import Row

pytestmark = pytest.mark.usefixtures("in_process")


def _run(argv: list[str], tmp_path: Path) -> tuple[int, list[dict[str, Any]]]:
    output = tmp_path / "rows.json"
    status = bench_main.main([*argv, "--json", str(output)])
    rows: list[dict[str, Any]] = json.loads(output.read_text(encoding="utf-8"))
    return status, rows


@pytest.mark.skipif(not official_installed(), reason="azure-devops (bench extra) not installed")
def test_a_failing_probe_fails_only_its_rows_and_the_run_exits_1(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real_probe = attachments.run_probe

    def probe(request: dict[str, Any], **kwargs: Any) -> Outcome:
        if request["scenario"] == "upload" and request["client"] == "official":
            raise RuntimeError(
                "probe upload/official failed (exit 1):\nTraceback (most recent call last):\n"
                "http.client.RemoteDisconnected: Remote end closed connection without response"
            )
        return real_probe(request, **kwargs)

    monkeypatch.setattr(attachments, "run_probe", probe)
    status, rows = _run(["--quick", "--only", "attachments"], tmp_path)
    assert status == 1
    by_name = {row["measurement"]: row for row in rows}
    failed = [row for row in rows if row["status"] == "FAILED"]
    assert {row["measurement"] for row in failed} == {
        "upload 256 KiB: time official ÷ tfs-client",
        "upload 256 KiB: peak RSS growth official ÷ tfs-client",
    }
    assert all("Remote end closed connection without response" in row["detail"] for row in failed)
    measured = [row for row in rows if row["value"] is not None]
    assert len(measured) == len(rows) - 2 == 6
    assert by_name["download 256 KiB: time official ÷ tfs-client"]["value"]["median"] > 0
    table = capsys.readouterr().out
    assert "FAILED" in table and "upload 256 KiB: throughput" in table


def test_a_figure_group_that_raises_is_one_failed_row_and_the_next_group_runs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(ctx: Context) -> list[Row]:
        raise ConnectionError("the emulator went away")

    paging = bench_main.FIGURES["paging"]
    monkeypatch.setitem(bench_main.FIGURES, "paging", attrs.evolve(paging, run=broken))
    # --builds 5 is below the 50 builds the quick decoding figure decodes: it used to crash.
    status, rows = _run(["--quick", "--only", "paging,decoding", "--builds", "5"], tmp_path)
    assert status == 1
    assert rows[0]["status"] == "FAILED"
    assert rows[0]["measurement"] == "paging: the whole figure group"
    assert rows[0]["detail"] == "ConnectionError: the emulator went away"
    decoding = [row for row in rows if row["figure"] == "4"]
    assert decoding and all(row["value"]["median"] > 0 for row in decoding)
    assert "decode 50 builds" in decoding[0]["measurement"]


def test_a_run_without_failures_exits_0(tmp_path: Path) -> None:
    status, rows = _run(["--quick", "--only", "decoding", "--rounds", "1"], tmp_path)
    assert status == 0
    assert rows and not any(row["failed"] for row in rows)
