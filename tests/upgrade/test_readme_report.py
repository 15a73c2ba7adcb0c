"""The README's "What the 7.1 report said" quotes the numbers of the report `make upstream-diff`
writes (spec/upstream/7.1-report.md), so neither can drift from the other."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "spec" / "upstream" / "7.1-report.md"


def summary() -> dict[str, int]:
    """The report's ``| kind | items |`` table."""
    rows = re.findall(r"^\| ([a-z ]+) \| (\d+) \|$", REPORT.read_text(encoding="utf-8"), re.M)
    return {kind: int(count) for kind, count in rows}


def readme_paragraph() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = text.split("**What the 7.1 report said**", 1)[1].split("\n\n", 1)[0]
    return " ".join(paragraph.split())


def test_the_readme_quotes_the_7_1_reports_numbers() -> None:
    counts = summary()
    report = REPORT.read_text(encoding="utf-8")
    added = len(
        re.findall(r"\*\*parameter\*\* new optional query parameter \w+: in the spec", report)
    )
    moved = re.search(r"operations whose route or method changed: (\d+)", report)
    assert moved is not None and len(counts) == 9
    paragraph = readme_paragraph()
    for phrase in [
        f"{sum(counts.values())} differences",
        f"7.1-report.md`, {sum(counts.values())} differences",
        f"{moved.group(1)} moved ({counts['routes']} route changes and {counts['methods']} method",
        f"{counts['new required parameters']} new required parameters",
        f"of {counts['new optional parameters']} new optional query parameters {added} were added",
        f"{counts['new response fields']} response fields",
        f"{counts['new enum values']} enum values",
        f"{counts['statuses']} status changes",
        f"{counts['case changes']} case changes",
        f"{counts['only in the spec']} items only in the spec",
    ]:
        assert phrase in paragraph, (phrase, paragraph)
