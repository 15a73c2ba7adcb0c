"""Shared fixtures of the bench tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import runner


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``runner.main`` called in the test process: the official client may be imported already
    (its discovery cache folder is read once), so every run shares one cache folder."""
    monkeypatch.setenv("AZURE_DEVOPS_CACHE_DIR", str(tmp_path / "azure-devops-cache"))
    monkeypatch.setattr(runner, "use_cache_dir", lambda path: None)
