"""``--write-results`` records full runs only, with the commit they measured."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bench import results, runner
from bench.sizes import QUICK
from bench.table import Row


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--quick"], "--quick"),
        (["--quick", "--only", "decoding"], "--quick, --only decoding"),
        (["--only", "calls,paging"], "--only calls,paging"),
        (["--builds", "5000"], "--builds 5000"),
        (["--attachment-mib", "64"], "--attachment-mib 64"),
        (["--rounds", "2"], "--rounds 2"),
    ],
)
def test_write_results_refuses_a_partial_run_and_leaves_the_file_alone(
    argv: list[str], named: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text("the full table\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        runner.main([*argv, "--write-results", str(path)])
    assert exit_info.value.code == 2
    assert f"not one with {named}:" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "the full table\n"


@pytest.mark.parametrize("argv", [[], ["--builds", "100000", "--only", ",".join(runner.FIGURES)]])
def test_write_results_accepts_a_full_run(argv: list[str]) -> None:
    args = runner.parse_args([*argv, "--write-results"])
    assert args.write_results == results.RESULTS


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "bench").mkdir()
    (tmp_path / "bench" / "RESULTS.md").write_text("old table\n", encoding="utf-8")
    (tmp_path / "code.py").write_text("x = 1\n", encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "-c", "user.name=b", "-c", "user.email=b@b", "commit", "-qm", "first")
    return tmp_path


def test_the_commit_measured_is_heads_short_hash(repo: Path) -> None:
    head = _git(repo, "rev-parse", "--short", "HEAD")
    (repo / "bench" / "RESULTS.md").write_text("new table\n", encoding="utf-8")
    (repo / "notes.txt").write_text("untracked\n", encoding="utf-8")
    assert results.measured_commit(repo) == head


def test_the_commit_measured_says_when_tracked_files_had_uncommitted_changes(repo: Path) -> None:
    head = _git(repo, "rev-parse", "--short", "HEAD")
    (repo / "code.py").write_text("x = 2\n", encoding="utf-8")
    assert results.measured_commit(repo) == f"{head} with uncommitted changes"


def test_the_commit_measured_is_unknown_outside_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert results.measured_commit(tmp_path) == "unknown"  # not a repository
    monkeypatch.setenv("PATH", str(tmp_path))  # no git at all
    assert results.measured_commit(Path.cwd()) == "unknown"


def test_the_results_header_names_the_commit_and_the_machine(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    row = Row("1", "thing", None, detail="n/a here")
    results.write(path, [row], QUICK, "python -m bench --write-results", commit="abc1234")
    text = path.read_text(encoding="utf-8")
    assert (
        "Measured " in text and " on commit abc1234, with `python -m bench --write-results`" in text
    )
    assert "- CPU: " in text
    results.write(path, [row], QUICK, "python -m bench --write-results")
    assert f"on commit {results.measured_commit()}, with" in path.read_text(encoding="utf-8")
