"""The measurement plumbing the benchmark figures rely on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bench import results
from bench.payload import GeneratedFile, RawAttachmentBody
from bench.sizes import QUICK
from bench.stats import Summary, interleave, ratio
from bench.table import Row, Target, render_markdown, render_text


def test_interleave_rotates_the_order_of_the_variants_every_round() -> None:
    order: list[str] = []

    def variant(name: str) -> Callable[[], float]:
        def measure() -> float:
            order.append(name)
            return float(len(order))

        return measure

    samples = interleave({name: variant(name) for name in "abc"}, rounds=3)
    assert order == list("abcbcacab")
    assert samples == {"a": [1.0, 6.0, 8.0], "b": [2.0, 4.0, 9.0], "c": [3.0, 5.0, 7.0]}


def test_interleave_needs_at_least_one_round() -> None:
    with pytest.raises(ValueError, match="rounds"):
        interleave({"a": lambda: 1.0}, rounds=0)


def test_ratio_divides_the_medians_and_spreads_by_the_paired_rounds() -> None:
    summary = ratio([2.0, 4.0, 9.0], [1.0, 2.0, 3.0])
    assert summary.median == pytest.approx(4.0 / 2.0)
    assert (summary.low, summary.high, summary.count) == (2.0, 3.0, 3)


def test_summary_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError, match="no measurements"):
        Summary.of([])


def test_a_row_reports_whether_its_target_is_met() -> None:
    value = Summary.of([1.05, 1.2, 1.0])
    assert Row("1", "x", value, target=Target("<=", 1.10)).status == "ok"
    assert Row("1", "x", value, target=Target(">=", 3)).status == "MISSED"
    assert Row("1", "x", value).status == ""
    assert Row("6", "x", None, detail="cannot").status == "n/a"


def test_the_tables_show_median_spread_target_and_detail() -> None:
    rows = [
        Row("1", "get | build", Summary.of([1.0, 1.1]), target=Target("<=", 1.1), detail="d"),
        Row("5", "import", Summary.of([240.0]), unit="ms", target=Target("<=", 250)),
    ]
    text = render_text(rows)
    assert "1.05x [1.00-1.10]" in text and "≤ 1.1" in text and "240 ms" in text
    assert "| 1 | get \\| build | 1.05x [1.00-1.10] | ≤ 1.1 | ok | d |" in render_markdown(rows)


def test_the_generated_file_is_seekable_and_repeats_its_bytes() -> None:
    source = GeneratedFile(3 * 1024 * 1024 + 5)
    first = source.read(1024 * 1024)
    assert len(first) == 1024 * 1024
    assert source.read(1024 * 1024) == first
    assert source.seek(0, 2) == 3 * 1024 * 1024 + 5
    source.seek(3 * 1024 * 1024)
    assert source.read(100) == first[:5]


def test_the_raw_attachment_body_is_the_json_its_length_announces() -> None:
    import base64
    import json

    source = GeneratedFile(1000)
    body = RawAttachmentBody(source, "a.bin")
    text = b"".join(body)
    assert len(text) == body.content_length
    source.seek(0)
    assert json.loads(text) == {
        "stream": base64.b64encode(source.read()).decode(),
        "fileName": "a.bin",
    }


def test_rewriting_the_results_keeps_the_notes_written_around_the_table(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    rows = [Row("5", "import", Summary.of([240.0]), unit="ms", target=Target("<=", 250))]
    results.write(path, rows, QUICK, "python -m bench --quick")
    path.write_text(path.read_text(encoding="utf-8") + "\n## Notes by hand\n", encoding="utf-8")
    rows = [Row("5", "import", Summary.of([260.0]), unit="ms", target=Target("<=", 250))]
    results.write(path, rows, QUICK, "python -m bench --quick")
    text = path.read_text(encoding="utf-8")
    assert "| 5 | import | 260 ms | ≤ 250 | MISSED |  |" in text
    assert "240 ms" not in text
    assert text.count(results.START) == 1 and text.endswith("## Notes by hand\n")
