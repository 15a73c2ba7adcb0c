"""mypy --strict knows what the descriptors return: ``call`` gives the result model,
``paginate`` yields the item model, and misuse (a misspelt attribute, paging a non-list
operation) fails type checking."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

USAGE = """
from tfs_api.api.builds import delete_build, get_build, list_builds
from tfs_client import apaginate, call, connect, paginate

client = connect("https://tfs.example.com/DefaultCollection")
reveal_type(call(get_build.OPERATION, "P", 1, client=client))
reveal_type(call(get_build.sync_detailed, "P", 1, client=client))
reveal_type(call(delete_build.OPERATION, "P", 1, client=client))
reveal_type(get_build.sync("P", 1, client=client))
for build in paginate(list_builds.OPERATION, "P", client=client):
    reveal_type(build)
reveal_type(apaginate(list_builds.OPERATION, "P", client=client))
reveal_type(list_builds.OPERATION.parse)
build.finsh_time
paginate(get_build.OPERATION, "P", 1, client=client)
"""


def test_mypy_infers_results_and_items_from_the_descriptors(tmp_path: Path) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(USAGE)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            # the cache `make lint` fills: only usage.py is checked afresh (about 2.5 s less)
            "--cache-dir",
            str(REPO / ".mypy_cache"),
            str(usage),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "MYPYPATH": ""},
        check=False,
    )
    lines: dict[int, str] = {}
    for found in re.finditer(r"usage\.py:(\d+): \w+: (.*)", result.stdout):
        lines.setdefault(int(found.group(1)), found.group(2))
    assert lines.get(6) == 'Revealed type is "tfs_api.models.build.Build"', result.stdout
    assert lines.get(7) == 'Revealed type is "tfs_api.models.build.Build"', result.stdout
    assert lines.get(8) == 'Revealed type is "None"', result.stdout
    assert lines.get(9) == 'Revealed type is "tfs_api.models.build.Build"', result.stdout
    assert lines.get(11) == 'Revealed type is "tfs_api.models.build.Build"', result.stdout
    assert "AsyncPaginator[tfs_api.models.build.Build]" in lines.get(12, ""), result.stdout
    assert "tfs_api.models.build_list.BuildList" in lines.get(13, ""), result.stdout
    assert '"Build" has no attribute "finsh_time"' in lines.get(14, ""), result.stdout
    assert 'No overload variant of "paginate" matches' in lines.get(15, ""), result.stdout
