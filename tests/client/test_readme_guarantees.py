"""The README's "What the client guarantees" list points at tests that exist."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from tfs_client import TfsClient

from ._support import BASE_URL

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


def test_the_readme_says_type_error_for_a_wrong_type_and_value_error_for_an_unknown_enum_value() -> (
    None
):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = text.split("Path parameters are positional", 1)[1].split("\n\n", 1)[0]
    said = " ".join(paragraph.split())
    assert "an argument of the wrong type" in said and "raises `TypeError`" in said, said
    assert "a string the enum does not have raises `ValueError`" in said, said
    with TfsClient(BASE_URL, transport=httpx.MockTransport(_never_called)) as tfs:
        with pytest.raises(TypeError):
            tfs.builds.get("P", "391")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="'done' is not one of"):
            tfs.builds.list("P", status_filter="done")  # type: ignore[arg-type]


def _never_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing is sent for a wrong argument, yet {request.url} was")
