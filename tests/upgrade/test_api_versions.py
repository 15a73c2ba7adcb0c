"""Tests read api-versions from the spec (tests/api_versions.py), never spell them out."""

from __future__ import annotations

import re

from tests.api_versions import UPGRADED, api_version

from ._support import REPO

LITERAL = re.compile(r"""api-version=[0-9]|api_version=["'][0-9]|"api-version":\s*\[?["'][0-9]""")


def test_no_test_spells_out_an_api_version() -> None:
    offenders = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for path in sorted((REPO / "tests").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LITERAL.search(line) and path.name != "test_api_versions.py"
    ]
    assert not offenders, "read it with tests.api_versions.api_version():\n" + "\n".join(offenders)


def test_versions_come_from_the_spec_defaults_and_its_since_marks() -> None:
    assert api_version("getBuild") == api_version("listBuilds")
    assert api_version("listTestConfigurations") != api_version("getTestConfiguration")
    assert UPGRADED == "7.1"  # the version `make upstream-apply` marked items with
