"""One token-protected, demo-seeded ``tfs emulator`` process per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._support import Emulator, emulator_process


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with emulator_process("--seed", "demo") as running:
        yield running
