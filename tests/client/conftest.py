"""Fixtures for the tfs_client tests."""

from __future__ import annotations

import pytest

from ._support import FakeClock


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
