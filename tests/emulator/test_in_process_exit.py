"""A sync in-process transport that is never closed must not keep the interpreter alive."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from tfs_api.api.builds import get_build
from tfs_client import call, connect
from tfs_emulator import SyncASGITransport, create_app

client = connect("http://emulator/DefaultCollection", transport=SyncASGITransport(create_app(seed="demo")))
print(call(get_build.sync_detailed, "Fabrikam-Fiber-Git", 391, client=client).build_number)
"""


def test_a_script_that_forgets_to_close_the_in_process_transport_still_exits() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "20150716.2"
