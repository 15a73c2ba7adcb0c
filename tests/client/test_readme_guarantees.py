"""The README's "What the client guarantees" list points at tests that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def guarantees() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## What the client guarantees\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^- (.*?)(?=^- |\Z)", section, flags=re.MULTILINE | re.DOTALL)


def test_every_guarantee_names_tests_that_exist() -> None:
    items = guarantees()
    assert len(items) >= 5
    for item in items:
        references = re.findall(r"`(tests/[\w/]+\.py)::(test_\w+)`", item)
        assert references, item
        for path, name in references:
            source = (ROOT / path).read_text(encoding="utf-8")
            assert re.search(rf"^(async )?def {name}\(", source, flags=re.MULTILINE), (path, name)
