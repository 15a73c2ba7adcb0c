"""Every benchmark runs end to end on tiny sizes and yields numbers (no timing is asserted)."""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
OFFICIAL = importlib.util.find_spec("azure.devops") is not None


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("bench")
    output = folder / "rows.json"
    # Fewer builds than the quick decoding figure decodes (50): every figure copes with any size.
    command = [sys.executable, "-m", "bench", "--quick", "--builds", "30", "--json", str(output)]
    done = subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=240, check=False
    )
    assert done.returncode == 0, done.stderr[-4000:]  # 1 if any row FAILED
    assert "Median [min-max]" in done.stdout
    assert "quick run: tiny sizes" in done.stdout
    assert "get build, sync, canned server: tfs-client call() ÷ raw httpx get + json.loads" in (
        done.stdout
    )
    loaded: list[dict[str, Any]] = json.loads(output.read_text(encoding="utf-8"))
    return loaded


def _find(rows: list[dict[str, Any]], figure: str, words: str) -> dict[str, Any]:
    matches = [r for r in rows if r["figure"] == figure and words in r["measurement"]]
    assert len(matches) == 1, f"expected one row of figure {figure} with {words!r}: {matches}"
    return matches[0]


def _number(row: dict[str, Any]) -> float:
    assert row["value"] is not None, row
    median = row["value"]["median"]
    assert math.isfinite(median) and median >= 0, row
    assert row["value"]["low"] <= median <= row["value"]["high"], row
    return float(median)


EXPECTED = [
    ("1", "get build, sync, canned server: tfs-client call() ÷ raw"),
    ("1", "get build, async x16, canned server: tfs-client acall"),
    ("2", "list 30 builds, pages of 15: tfs-client ÷ raw httpx loop"),
    ("2", "list 30 builds, pages of 15: tfs-client ÷ raw httpx, same one-page prefetch"),
    ("2", "paging peak RSS growth, tfs-client, 3 builds"),
    ("2", "paging peak RSS growth, tfs-client, 30 builds"),
    ("2", "paging memory flat"),
    ("3", "upload 256 KiB: throughput"),
    ("3", "upload 256 KiB: peak RSS growth"),
    ("3", "download 256 KiB: throughput"),
    ("3", "download 256 KiB: peak RSS growth"),
    ("4", "decode 50 builds ("),
    ("5", "make generate"),
    ("5", 'python -c "import tfs_client"'),
    ("5", "import tfs_client, runtime-only install"),
    ("7", "emulator health check, median, while a 30-build list is served"),
    ("7", "emulator health check, p99, while a 30-build list is served"),
    ("7", "emulator: list all 30 builds (every page)"),
    ("7", "emulator get build, 64 concurrent clients: time per request"),
]

OFFICIAL_EXPECTED = [
    ("6", "get build, sync, canned server: official ÷ TfsClient.builds.get"),
    ("6", "one page of 15 builds: official ÷ tfs-client"),
    ("6", "upload 256 KiB: time official ÷ tfs-client"),
    ("6", "upload 256 KiB: peak RSS growth official"),
    ("6", "download 256 KiB: time official ÷ tfs-client"),
    ("6", "download 256 KiB: peak RSS growth official"),
    ("4", "decode 50 builds: official (msrest, collector running)"),
    ("5", "official: python -c"),
    ("6", "first get build, fresh script (import, connect, get), runtime-only"),
    ("6", "after imports, fresh process, cold discovery cache"),
    ("6", "after imports, fresh process, warm discovery cache"),
]


@pytest.mark.parametrize(("figure", "words"), EXPECTED)
def test_each_tfs_client_benchmark_produces_a_number(
    rows: list[dict[str, Any]], figure: str, words: str
) -> None:
    _number(_find(rows, figure, words))


@pytest.mark.skipif(not OFFICIAL, reason="azure-devops (bench/dev extra) is not installed")
@pytest.mark.parametrize(("figure", "words"), OFFICIAL_EXPECTED)
def test_each_official_client_benchmark_produces_a_number(
    rows: list[dict[str, Any]], figure: str, words: str
) -> None:
    _number(_find(rows, figure, words))


@pytest.mark.skipif(not OFFICIAL, reason="azure-devops (bench/dev extra) is not installed")
def test_the_official_clients_missing_paging_is_shown_not_measured(
    rows: list[dict[str, Any]],
) -> None:
    row = _find(rows, "6", "official follows continuation tokens")
    assert row["value"] is None
    assert row["status"] == "n/a"
    assert row["detail"].startswith("cannot:")
    assert "15 of 30 builds reachable" in row["detail"]


def test_rows_with_a_target_say_whether_it_was_met(rows: list[dict[str, Any]]) -> None:
    targeted = [row for row in rows if row["target"] is not None and row["value"] is not None]
    assert len(targeted) >= 8
    assert {row["status"] for row in targeted} <= {"ok", "MISSED"}
