"""The measurement plumbing the benchmark figures rely on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bench import results
from bench.payload import GeneratedFile, RawAttachmentBody
from bench.runner import FIGURES, parse_args, seeded_builds, sizes_from
from bench.sizes import FULL, QUICK
from bench.stats import Summary, VariantFailed, interleave, ratio
from bench.table import Row, Target, counted, failed, measured, render_markdown, render_text


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


def test_the_results_say_how_long_each_part_of_the_run_took(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    rows = [Row("5", "import", Summary.of([240.0]), unit="ms")]
    elapsed = {"start and seed": 8.6, "paging": 215.9, "total": 224.4}
    results.write(path, rows, QUICK, "python -m bench --quick --only paging", elapsed)
    section = path.read_text(encoding="utf-8").partition(results.START)[2]
    line = "Time taken (wall clock): start and seed 9 s, paging 216 s, total 224 s."
    assert line in section.partition(results.END)[0]


def test_a_variant_that_raises_is_recorded_dropped_and_the_others_go_on() -> None:
    calls: list[str] = []

    def fails() -> float:
        calls.append("bad")
        raise RuntimeError("probe upload/official failed (exit 1):\nTraceback ...\nboom: closed")

    def works() -> float:
        calls.append("good")
        return 1.0

    samples = interleave({"bad": fails, "good": works}, rounds=3)
    assert calls == ["bad", "good", "good", "good"]
    assert samples == {"good": [1.0, 1.0, 1.0]}
    assert samples.failures == {"bad": "RuntimeError: boom: closed"}
    with pytest.raises(VariantFailed, match="bad failed: RuntimeError: boom: closed"):
        samples["bad"]
    with pytest.raises(VariantFailed):
        samples.require("good", "bad")


def test_a_row_needing_a_failed_variant_is_failed_with_the_reason_and_others_are_not() -> None:
    samples = interleave({"bad": lambda: 1 / 0, "a": lambda: 2.0, "b": lambda: 1.0}, rounds=2)
    broken = measured("6", "bad ÷ a", lambda: (ratio(samples["bad"], samples["a"]), ""))
    fine = measured("1", "a ÷ b", lambda: (ratio(samples["a"], samples["b"]), "d"))
    assert broken.failed and broken.status == "FAILED" and broken.value is None
    assert broken.detail == "VariantFailed: bad failed: ZeroDivisionError: division by zero"
    assert not fine.failed and fine.value is not None and fine.value.median == 2.0
    assert fine.detail == "d"
    text = render_text([broken, fine])
    assert "FAILED" in text and "ZeroDivisionError" in text
    assert broken.as_json()["failed"] is True and broken.as_json()["status"] == "FAILED"


def test_a_row_that_does_not_apply_is_not_a_failure() -> None:
    row = Row("6", "official", None, detail="azure-devops not installed")
    assert row.status == "n/a" and not row.failed
    assert failed("6", "x", ValueError("no")).status == "FAILED"


@pytest.mark.parametrize(
    ("argv", "builds", "seeded"),
    [
        (["--builds", "2000"], 2000, 10_000),
        (["--quick", "--builds", "7"], 7, 50),
        (["--builds", "200000"], 200_000, 200_000),
    ],
)
def test_every_size_option_leaves_enough_seeded_builds_for_every_figure(
    argv: list[str], builds: int, seeded: int
) -> None:
    sizes = sizes_from(parse_args(argv))
    assert sizes.builds == builds
    assert seeded_builds(sizes, list(FIGURES)) == seeded
    assert seeded >= max(sizes.decode_builds, sizes.memory_small_builds)
    assert sizes.memory_small_builds <= builds


@pytest.mark.parametrize(
    ("only", "seeded"),
    [
        ("startup", 0),
        ("emulator", 0),
        ("startup,emulator", 0),
        ("calls", 1),
        ("calls,attachments,firstcall", 1),
        ("decoding", 10_000),
        ("paging", 100_000),
        ("calls,decoding,startup", 10_000),
    ],
)
def test_only_the_builds_the_chosen_groups_read_are_seeded(only: str, seeded: int) -> None:
    args = parse_args(["--only", only])
    assert seeded_builds(sizes_from(args), args.only) == seeded


def test_the_default_sizes_are_the_presets() -> None:
    assert sizes_from(parse_args([])) == FULL
    assert sizes_from(parse_args(["--quick"])) == QUICK


@pytest.mark.parametrize("builds", [1, 2, 3, 5, 30, 39, 40, 41, 1999, 2000, 100_000])
@pytest.mark.parametrize("quick", [[], ["--quick"]])
def test_a_small_list_is_still_listed_in_two_pages_or_more(quick: list[str], builds: int) -> None:
    sizes = sizes_from(parse_args([*quick, "--builds", str(builds)]))
    assert 1 <= sizes.page_size <= builds
    assert builds == 1 or sizes.page_size < builds
    assert sizes.page_size == min((QUICK if quick else FULL).page_size, (builds + 1) // 2)
    assert 1 <= sizes.memory_small_builds <= builds


def test_labels_count_one_build_and_many_builds() -> None:
    assert counted(1, "build") == "1 build"
    assert counted(3, "build") == "3 builds"
    assert counted(100_000, "build") == "100,000 builds"


@pytest.mark.parametrize("option", ["--builds", "--rounds", "--attachment-mib"])
@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_size_options_refuse_what_is_not_a_positive_number(
    option: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args([option, value])
    assert exit_info.value.code == 2
    assert option in capsys.readouterr().err


def test_ratios_of_a_hundred_or_more_show_no_decimals() -> None:
    assert Row("6", "m", Summary(902.58, 893.37, 910.7, 3)).value_text() == "903x [893-911]"
    assert Row("6", "m", Summary(3.531, 3.13, 4.31, 3)).value_text() == "3.53x [3.13-4.31]"
