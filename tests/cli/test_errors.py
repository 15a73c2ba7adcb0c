"""Failures: one line naming the operation, the status and the server's message; exit 1 for
API and network errors, 2 for usage errors; the token never shows, not even with --debug."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from ._support import GIT, TFVC, TOKEN, Emulator, assert_one_line_error, clean_environment, tfs


def test_a_wrong_token_is_one_line_naming_the_operation_and_401(emulator: Emulator) -> None:
    result = tfs(
        "coverage", "build", TFVC, "363", env=emulator.environment(TFS_TOKEN="not-the-token")
    )
    assert_one_line_error(result, "get_build_code_coverage", "401", "not authorized")
    assert "not-the-token" not in result.stderr


def test_a_missing_project_is_one_line_with_the_server_message(emulator: Emulator) -> None:
    result = tfs("coverage", "build", "No-Such-Project", "363", env=emulator.environment())
    assert_one_line_error(
        result, "get_build_code_coverage", "HTTP 404", "project does not exist: No-Such-Project"
    )


def test_a_server_that_is_down_is_one_line_and_exit_1(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = clean_environment(
        TFS_URL=f"http://127.0.0.1:{port}/DefaultCollection", TFS_TOKEN=TOKEN
    )
    result = tfs("coverage", "build", TFVC, "363", env=environment)
    assert_one_line_error(result, "get_build_code_coverage")
    assert "connect" in result.stderr.lower()


def test_usage_errors_exit_2(emulator: Emulator) -> None:
    bad_number = tfs("coverage", "build", TFVC, "not-a-number", env=emulator.environment())
    assert bad_number.returncode == 2
    assert "not a valid integer" in bad_number.stderr
    unknown = tfs("coverage", "build", TFVC, "363", "--colour", env=emulator.environment())
    assert unknown.returncode == 2
    assert "No such option" in unknown.stderr
    assert tfs("no-such-command").returncode == 2


def test_no_server_url_is_a_usage_error_naming_the_fix() -> None:
    result = tfs("coverage", "build", TFVC, "363", env=clean_environment(TFS_TOKEN=TOKEN))
    assert result.returncode == 2
    assert "pass --url or set TFS_URL" in result.stderr
    assert TOKEN not in result.stderr


def test_there_is_no_token_option(emulator: Emulator) -> None:
    result = tfs("coverage", "build", TFVC, "363", "--token", TOKEN, env=emulator.environment())
    assert result.returncode == 2
    assert TOKEN not in result.stdout


def test_the_token_file_is_read_and_the_token_never_printed_even_in_a_traceback(
    emulator: Emulator, tmp_path: Path
) -> None:
    token_file = tmp_path / "pat.txt"
    token_file.write_text(f"{TOKEN}\n")
    environment = clean_environment(TFS_URL=emulator.url)
    good = tfs("coverage", "build", TFVC, "363", "--token-file", str(token_file), env=environment)
    assert good.returncode == 0, good.stderr
    assert TOKEN not in good.stdout + good.stderr
    from_stdin = tfs(
        "coverage", "build", TFVC, "363", "--token-file", "-", env=environment, input=TOKEN
    )
    assert from_stdin.returncode == 0, from_stdin.stderr

    # A URL carrying the token as its password (a habit from git remotes) is masked too.
    leaky = emulator.url.replace("http://", f"http://user:{TOKEN}@")
    wrong = tfs(
        "coverage",
        "build",
        "No-Such-Project",
        "363",
        "--debug",
        "--url",
        leaky,
        "--token-file",
        str(token_file),
        env=environment,
    )
    assert wrong.returncode == 1
    assert "Traceback" in wrong.stderr  # --debug shows it ...
    assert TOKEN not in wrong.stdout + wrong.stderr  # ... without the token


def test_an_unreadable_token_file_is_a_usage_error(tmp_path: Path, emulator: Emulator) -> None:
    empty = tmp_path / "empty"
    empty.write_text("\n")
    for path in (empty, tmp_path / "missing"):
        result = tfs(
            "coverage",
            "build",
            TFVC,
            "363",
            "--token-file",
            str(path),
            env=clean_environment(TFS_URL=emulator.url),
        )
        assert result.returncode == 2, result.stderr
        assert "--token-file" in result.stderr


def test_api_version_is_sent_and_a_refused_one_is_the_servers_one_line_error(
    emulator: Emulator,
) -> None:
    result = tfs(
        "builds",
        "get",
        "Fabrikam-Fiber-Git",
        "391",
        "--api-version",
        "99.0",
        env=emulator.environment(),
    )
    assert_one_line_error(result, "get_build", "HTTP 400", "99.0 is out of range for this server")


def test_text_that_is_not_an_api_version_is_a_usage_error_naming_the_option(
    emulator: Emulator,
) -> None:
    result = tfs("builds", "get", GIT, "391", "--api-version", "bogus", env=emulator.environment())
    assert result.returncode == 2, result.stderr
    assert "Invalid value for '--api-version'" in result.stderr
    assert "'bogus' is not an api-version" in result.stderr


def test_a_one_character_token_does_not_garble_the_error_line(emulator: Emulator) -> None:
    result = tfs("builds", "get", GIT, "391", env=emulator.environment(TFS_TOKEN="e"))
    assert_one_line_error(result, "tfs: error: get_build: HTTP 401", "not authorized")
    assert "***" not in result.stderr


def test_a_personal_access_token_never_appears_even_inside_other_text(emulator: Emulator) -> None:
    pat = "u7k2q4x9z3m5n8p1r6t0w2y4a7c9e1g3i5k7m9o2q4s6u8w0y3b5"
    leaky = emulator.url.replace("http://", f"http://user%3A{pat}x@")
    result = tfs(
        "builds",
        "get",
        GIT,
        "391",
        "--debug",
        "--url",
        leaky,
        env=emulator.environment(TFS_TOKEN=pat),
    )
    assert result.returncode == 1, result.stderr
    assert pat not in result.stdout + result.stderr


def test_a_401_without_any_token_hints_how_to_give_one(emulator: Emulator) -> None:
    result = tfs("builds", "get", GIT, "391", env=clean_environment(TFS_URL=emulator.url))
    assert_one_line_error(
        result, "get_build: HTTP 401", "no token was sent: set TFS_TOKEN or pass --token-file"
    )
    assert "token=" not in result.stderr  # the Python client's hint is not the command's
    wrong = tfs("builds", "get", GIT, "391", env=emulator.environment(TFS_TOKEN="not-the-token"))
    assert_one_line_error(wrong, "get_build: HTTP 401")
    assert "no token was sent" not in wrong.stderr


@pytest.mark.parametrize(
    "token",
    [
        f"{TOKEN}\n",
        f" {TOKEN}",
        f"{TOKEN}\t",
        f"{TOKEN}\r\n",
        f"{TOKEN}\x1b[0m",
        f"{TOKEN[:5]} {TOKEN[5:]}",
        f"{TOKEN[:5]}\u00a0{TOKEN[5:]}",
    ],
)
def test_a_token_variable_with_stray_whitespace_is_refused_without_echoing_it(
    emulator: Emulator, token: str
) -> None:
    result = tfs("builds", "get", GIT, "391", env=emulator.environment(TFS_TOKEN=token))
    assert result.returncode == 2, result.stderr
    assert "$TFS_TOKEN" in result.stderr
    assert "token has" in result.stderr  # the Python client's own message
    assert TOKEN not in result.stdout + result.stderr


def test_a_token_files_final_line_ending_is_dropped_and_other_whitespace_refused(
    emulator: Emulator, tmp_path: Path
) -> None:
    environment = clean_environment(TFS_URL=emulator.url)
    token_file = tmp_path / "pat.txt"
    for accepted in (TOKEN, f"{TOKEN}\n", f"{TOKEN}\r\n"):
        token_file.write_bytes(accepted.encode())
        good = tfs("builds", "get", GIT, "391", "--token-file", str(token_file), env=environment)
        assert good.returncode == 0, (accepted, good.stderr)
    for refused in (f"{TOKEN}\n\n", f" {TOKEN}\n", f"{TOKEN} \n", f"{TOKEN}\nsecond line\n"):
        token_file.write_bytes(refused.encode())
        bad = tfs("builds", "get", GIT, "391", "--token-file", str(token_file), env=environment)
        assert bad.returncode == 2, (refused, bad.stderr)
        assert "--token-file" in bad.stderr and "token has" in bad.stderr
        assert TOKEN not in bad.stdout + bad.stderr
    help_text = " ".join(tfs("builds", "get", "--help").stdout.split())
    assert "final line ending is dropped" in help_text
    readme = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text().split())
    for text in (help_text, readme):  # both promise what check_token does: whitespace anywhere
        assert "any other whitespace or control character around or in" in text


def test_json_and_jsonl_together_are_a_usage_error(emulator: Emulator) -> None:
    for order in (["--jsonl", "--json"], ["--json", "--jsonl"]):
        result = tfs("builds", "list", GIT, *order, env=emulator.environment())
        assert result.returncode == 2, result.stderr
        assert "--json and --jsonl cannot be used together" in result.stderr
        assert result.stdout == ""


def test_the_token_file_variable_is_read_and_the_readme_documents_both_token_variables(
    emulator: Emulator, tmp_path: Path
) -> None:
    token_file = tmp_path / "pat.txt"
    token_file.write_text(f"{TOKEN}\n")
    environment = clean_environment(TFS_URL=emulator.url, TFS_TOKEN_FILE=str(token_file))
    assert tfs("builds", "get", GIT, "391", env=environment).returncode == 0
    token_file.write_text("not-the-token\n")
    assert_one_line_error(tfs("builds", "get", GIT, "391", env=environment), "HTTP 401")
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert "`$TFS_TOKEN_FILE`" in readme
    # the emulator example keeps its token off the command line (the tests start it so too)
    assert "TFS_EMULATOR_TOKEN=T python -m tfs_emulator" in readme
