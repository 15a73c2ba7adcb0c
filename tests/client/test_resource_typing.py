"""`TfsClient` is typed: a usage file passes `mypy --strict`; misspelt methods and keywords, wrong
item attributes and wrong argument types fail it with mypy's own messages (one mypy run)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

GOOD = """
import contextlib
import io
from pathlib import Path
from typing import assert_type

from tfs_api.models import (
    Build,
    BuildCoverage,
    BuildResult,
    BuildStatus,
    TestAttachmentReference,
    TestConfiguration,
    TestPlanConfiguration,
    Timeline,
    WorkItemReference,
)
from tfs_client import AsyncPaginator, AsyncTfsClient, CodeCoverageFlags, Page, Paginator, TfsClient


def sync_usage(tfs: TfsClient, source: Path) -> None:
    assert_type(tfs.builds.get("P", 391), Build)
    builds = tfs.builds.list("P", status_filter=["completed", BuildStatus.IN_PROGRESS], max_items=5)
    assert_type(builds, Paginator[Build])
    for build in builds:
        assert_type(build, Build)
        assert_type(build.id, int)
    for page in tfs.builds.list("P", page_size=10).pages():
        assert_type(page, Page[Build])
    assert_type(tfs.builds.tags("P", 391), list[str])
    assert_type(tfs.builds.delete("P", 391), None)
    coverage = tfs.code_coverage.for_build("P", build_id=1, flags=CodeCoverageFlags.MODULES)
    assert_type(coverage, list[BuildCoverage])
    reference = tfs.attachments.upload("P", 1, source, result_id=2, comment="c")
    assert_type(reference, TestAttachmentReference)
    assert_type(tfs.attachments.download("P", 1, reference.id, source.parent), Path)
    assert_type(tfs.attachments.download("P", 1, reference.id, "copy.png"), Path)
    assert_type(tfs.attachments.download("P", 1, reference.id, io.BytesIO()), None)
    with contextlib.closing(tfs.attachments.iter_bytes("P", 1, reference.id)) as chunks:
        for chunk in chunks:
            assert_type(chunk, bytes)
    tfs.builds.list("P", status_filter=BuildStatus("newValue"), result_filter="partiallySucceeded")
    tfs.builds.list("P", result_filter=[BuildResult.FAILED, "canceled"])
    made = tfs.configurations.create("P", name="Chrome", state="active")
    assert_type(made, TestConfiguration | TestPlanConfiguration)
    assert_type(made.id, int)  # either form: a created configuration can be updated at once
    tfs.configurations.update("P", made.id, name="Chrome 2")
    listed = tfs.configurations.list("P")
    assert_type(listed, Paginator[TestConfiguration] | Paginator[TestPlanConfiguration])
    for configuration in listed:
        assert_type(configuration, TestConfiguration | TestPlanConfiguration)
    assert_type(tfs.configurations.delete("P", 1), None)
    assert_type(tfs.builds.timeline("P", 1, timeline_id="8b69b5a6-4b4c-4fcd-b93e-0d3e39b4a9d4"), Timeline)
    assert_type(tfs.builds.work_items("P", 1), list[WorkItemReference])


async def async_usage(tfs: AsyncTfsClient) -> None:
    assert_type(await tfs.builds.get("P", 391), Build)
    builds = tfs.builds.list("P", result_filter="failed")
    assert_type(builds, AsyncPaginator[Build])
    async for build in builds:
        assert_type(build, Build)
    async with contextlib.aclosing(tfs.attachments.iter_bytes("P", 1, 2)) as chunks:
        async for chunk in chunks:
            assert_type(chunk, bytes)
    assert_type(await tfs.attachments.download("P", 1, 2, Path("out")), Path)
    assert_type(await tfs.attachments.download("P", 1, 2, io.BytesIO()), None)
    got = await tfs.configurations.get("P", 1, api_version=None)
    assert_type(got, TestConfiguration | TestPlanConfiguration)
"""

BAD = {
    'tfs.builds.gett("P", 391)': '"Builds" has no attribute "gett"',
    'tfs.builds.list("P", status_filtr="completed")': 'Unexpected keyword argument "status_filtr"',
    '[build.finsh_time for build in tfs.builds.list("P")]': '"Build" has no attribute "finsh_time"',
    'tfs.builds.get("P", "391")': (
        'Argument 2 to "get" of "Builds" has incompatible type "str"; expected "int"'
    ),
    'tfs.builds.list("P", status_filter="done")': (
        'Argument "status_filter" to "list" of "Builds" has incompatible type "Literal[\'done\']"'
    ),
    'tfs.builds.list("P", result_filter=["failed", "broken"])': (
        "List item 1 has incompatible type \"Literal['broken']\""
    ),
    'tfs.builds.update("P", 1, status="done")': (
        'Argument "status" to "update" of "Builds" has incompatible type "Literal[\'done\']"'
    ),
    'tfs.configurations.create("P", name="x", state="activ")': (
        'Argument "state" to "create" of "Configurations" has incompatible type "Literal[\'activ\']"'
    ),
    'tfs.sessions.update("P", "T", id=1, state="finished")': (
        'Argument "state" to "update" of "Sessions" has incompatible type "Literal[\'finished\']"'
    ),
    # the session to update is named by its Id: a body without it fails before it is sent
    'tfs.sessions.update("P", "T", TestSessionUpdate(title="t"))': (
        'Missing positional argument "id" in call to "TestSessionUpdate"'
    ),
}


def test_usage_passes_and_each_mistake_fails_mypy_strict_with_the_expected_message(
    tmp_path: Path,
) -> None:
    (tmp_path / "good_usage.py").write_text(textwrap.dedent(GOOD))
    bad_lines = ["from tfs_api.models import TestSessionUpdate", "from tfs_client import TfsClient"]
    bad_lines += ["", "", "def misuse(tfs: TfsClient) -> None:"]
    first_bad = len(bad_lines) + 1
    bad_lines += [f"    {line}" for line in BAD]
    (tmp_path / "bad_usage.py").write_text("\n".join(bad_lines) + "\n")

    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-color-output", "--show-error-codes",
         "--cache-dir", str(REPO / ".mypy_cache"), "good_usage.py", "bad_usage.py"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip

    errors = re.findall(r"^(\w+)\.py:(\d+): error: (.*)$", result.stdout, flags=re.MULTILINE)
    assert [e for e in errors if e[0] == "good_usage"] == [], result.stdout
    by_line = {int(line): message for name, line, message in errors if name == "bad_usage"}
    for offset, expected in enumerate(BAD.values()):
        assert expected in by_line.get(first_bad + offset, ""), (expected, result.stdout)
    assert len(by_line) == len(BAD), result.stdout
