"""The fresh-process figures time tfs-client as installed, with its bytecode written."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import tfs_client

from bench.probe import REPO, compile_bytecode


def test_compile_bytecode_writes_every_tfs_client_module_even_when_the_environment_forbids_it(
    tmp_path: Path,
) -> None:
    package = Path(tfs_client.__file__).parent
    copy = tmp_path / "tfs_client"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "cli"))
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])\n"
        "from bench.probe import compile_bytecode; compile_bytecode()\n"
        "import tfs_client; print(tfs_client.__file__)"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), str(REPO)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(done.stdout.strip()).parent == copy
    sources = sorted(copy.rglob("*.py"))
    assert len(sources) >= 10
    missing = [s for s in sources if not Path(importlib.util.cache_from_source(str(s))).exists()]
    assert missing == []


def test_compile_bytecode_covers_the_generated_package() -> None:
    compile_bytecode()
    spec = importlib.util.find_spec("tfs_api.models.build")
    assert spec is not None and spec.origin is not None
    assert Path(importlib.util.cache_from_source(spec.origin)).exists()
