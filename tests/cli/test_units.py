"""The pure parts of the command line: times, coverage rows, safe names, table cells."""

from __future__ import annotations

import datetime

import pytest
from tfs_client.cli._coverage import module_rows, percent
from tfs_client.cli._durations import parse_time
from tfs_client.cli._failures import masked
from tfs_client.cli._files import safe_name
from tfs_client.cli._output import MAX_COLUMNS, cell, columns_for, model_columns

NOW = datetime.datetime(2026, 11, 30, 12, 0, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7d", NOW - datetime.timedelta(days=7)),
        ("12h", NOW - datetime.timedelta(hours=12)),
        ("1d12h", NOW - datetime.timedelta(hours=36)),
        ("2w", NOW - datetime.timedelta(weeks=2)),
        ("90s", NOW - datetime.timedelta(seconds=90)),
        ("2026-11-01", datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC)),
        ("2026-11-01T08:30:00Z", datetime.datetime(2026, 11, 1, 8, 30, tzinfo=datetime.UTC)),
        (
            "2026-11-01T08:30:00+02:00",
            datetime.datetime(2026, 11, 1, 6, 30, tzinfo=datetime.UTC),
        ),
    ],
)
def test_times_are_iso_dates_or_ages_before_now(text: str, expected: datetime.datetime) -> None:
    assert parse_time(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["", "7 days", "d7", "7y", "yesterday", "2026-13-01"])
def test_a_bad_time_names_the_accepted_forms(text: str) -> None:
    with pytest.raises(ValueError, match=r"neither an age .* nor an ISO 8601 date-time"):
        parse_time(text, now=NOW)


def test_coverage_rows_total_blocks_and_lines_and_leave_unknown_totals_empty() -> None:
    entries = [
        {
            "configuration": {"flavor": "Release", "platform": "x64"},
            "modules": [
                {
                    "name": "a.dll",
                    "blockCount": 9,
                    "statistics": {"blocksCovered": 3, "blocksNotCovered": 1, "linesCovered": 2},
                },
                {"name": "b.dll", "statistics": {}},
            ],
        }
    ]
    first, second = module_rows(entries, "configuration")
    assert first["configuration"] == "Release / x64"
    assert (first["blocks"], first["blocksPercent"]) == (4, 75.0)  # covered + not covered
    assert (first["lines"], first["linesPercent"]) == (None, None)  # not sent: not guessed
    assert second["blocksCovered"] is None and second["blocksPercent"] is None
    assert percent(1, 3) == 33.3 and percent(0, 0) is None


def test_download_names_stay_inside_the_folder() -> None:
    assert safe_name("../../etc/passwd", "x") == "passwd"
    assert safe_name("C:\\\\temp\\\\evil.exe", "x") == "evil.exe"
    assert safe_name("a\x00b\x1b[31m.txt", "x") == "a_b_[31m.txt"
    assert safe_name("..", "attachment-5") == "attachment-5"
    assert safe_name(None, "attachment-5") == "attachment-5"


def test_table_cells_are_text_not_markup_and_lose_control_characters() -> None:
    assert cell("[bold]x[/bold]").plain == "[bold]x[/bold]"
    assert cell("a\x1b[2Jb").plain == "a[2Jb"
    assert cell({"name": "VsoBuildApi", "id": 25}).plain == "VsoBuildApi"
    assert cell(["a", "b"]).plain == "a, b"
    assert cell(None).plain == "" and cell(True).plain == "yes"


def test_list_tables_show_the_preferred_short_columns_first() -> None:
    rows = [
        {"url": "u", "_links": {}, "result": "failed", "id": 1, "buildNumber": "n", "extra": 1},
        {"id": 2, "status": "completed", "definition": {"name": "d"}, "tags": ["x"]},
    ]
    assert columns_for(rows) == ["id", "buildNumber", "status", "result", "definition", "extra"]


PAT = "u7k2q4x9z3m5n8p1r6t0w2y4a7c9e1g3i5k7m9o2q4s6u8w0y3b5"
"""A realistic 52-character personal access token."""


def test_a_short_token_is_masked_only_where_it_stands_alone() -> None:
    line = "get_build: HTTP 401 Unauthorized (token e)"
    assert masked(line, ["e"]) == "get_build: HTTP 401 Unauthorized (token ***)"
    assert masked("e", ["e"]) == "***"


def test_a_long_token_is_masked_wherever_it_occurs() -> None:
    assert len(PAT) == 52
    for text in (f"token {PAT}.", f"http://u:{PAT}@host", f"%3A{PAT}x", f"{PAT}{PAT}"):
        hidden = masked(text, [PAT])
        assert PAT not in hidden and "***" in hidden, hidden


def test_model_columns_are_the_preferred_fields_the_model_has_then_its_required_ones() -> None:
    fields = [
        ("url", True),
        ("zeta", True),
        ("status", False),
        ("extra", False),
        ("id", True),
        ("name", False),
    ]
    assert model_columns(fields) == ["id", "name", "status", "zeta"]
    many = [(f"required{index}", True) for index in range(MAX_COLUMNS)] + [("name", False)]
    assert model_columns(many) == [name for name, _ in many[:MAX_COLUMNS]]


def test_body_enum_choices_come_from_the_models_type_hints() -> None:
    from tfs_api.models import BuildUpdate, BuildUpdateResult, BuildUpdateStatus
    from tfs_api.models import TestSessionUpdate as SessionUpdate  # not collected as a test
    from tfs_client.cli._generated import field_enums

    build = field_enums(BuildUpdate)
    assert sorted(build) == ["result", "status"]
    assert build["status"].values == [member.value for member in BuildUpdateStatus]
    assert build["result"].member("SUCCEEDED") is BuildUpdateResult.SUCCEEDED
    state = field_enums(SessionUpdate)["state"]  # a name or a number, names first
    assert state.values == [
        "Completed",
        "InProgress",
        "NotStarted",
        "Paused",
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
    ]
    assert state.member(4) == 4 and state.member("paused") == "Paused"
    assert state.member(True) is None and state.member("done") is None
