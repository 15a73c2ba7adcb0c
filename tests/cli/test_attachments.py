"""``tfs attachments upload`` / ``download``: bytes survive the round trip (SHA-256), names stay
inside the target folder, and the summary is a table or JSON."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import httpx

from tests.api_versions import api_version

from ._support import TFVC, TOKEN, Emulator, assert_one_line_error, tfs


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_uploaded_files_download_byte_for_byte_with_their_sha256(
    emulator: Emulator, tmp_path: Path
) -> None:
    big = tmp_path / "report.bin"
    big.write_bytes(bytes(range(256)) * 8192 + b"tail")  # 2 MiB and a bit: several chunks
    small = tmp_path / "notes.txt"
    small.write_text("héllo\n", encoding="utf-8")
    uploaded = tfs(
        "attachments",
        "upload",
        TFVC,
        "23",
        str(big),
        str(small),
        "--comment",
        "cli",
        "--json",
        env=emulator.environment(),
    )
    assert uploaded.returncode == 0, uploaded.stderr
    rows = json.loads(uploaded.stdout)
    assert [row["fileName"] for row in rows] == ["report.bin", "notes.txt"]
    assert [row["sha256"] for row in rows] == [sha256(big), sha256(small)]
    assert [row["size"] for row in rows] == [big.stat().st_size, small.stat().st_size]

    ids = [str(row["id"]) for row in rows]
    out = tmp_path / "out" / "nested"  # created on demand
    downloaded = tfs(
        "attachments",
        "download",
        TFVC,
        "23",
        *ids,
        "--to",
        str(out),
        "--jsonl",
        env=emulator.environment(),
    )
    assert downloaded.returncode == 0, downloaded.stderr
    got = [json.loads(line) for line in downloaded.stdout.splitlines()]
    assert [row["id"] for row in got] == [int(key) for key in ids]
    assert (out / "report.bin").read_bytes() == big.read_bytes()
    assert (out / "notes.txt").read_bytes() == small.read_bytes()
    assert [row["sha256"] for row in got] == [sha256(big), sha256(small)]
    assert sorted(path.name for path in out.iterdir()) == ["notes.txt", "report.bin"]


def test_result_attachments_upload_and_download_with_result_or_result_id_option(
    emulator: Emulator, tmp_path: Path
) -> None:
    source = tmp_path / "result.trx"
    source.write_bytes(b"<TestRun/>" * 1000)
    uploaded = tfs(
        "attachments",
        "upload",
        TFVC,
        "23",
        str(source),
        "--result",
        "100000",
        "--json",
        env=emulator.environment(),
    )
    assert uploaded.returncode == 0, uploaded.stderr
    (row,) = json.loads(uploaded.stdout)
    downloaded = tfs(
        "attachments",
        "download",
        TFVC,
        "23",
        str(row["id"]),
        "--result-id",  # the name `tfs attachments list` uses (and --result, as upload above)
        "100000",
        "--to",
        str(tmp_path / "got"),
        env=emulator.environment(),
    )
    assert downloaded.returncode == 0, downloaded.stderr
    assert (tmp_path / "got" / "result.trx").read_bytes() == source.read_bytes()
    assert sha256(source) in downloaded.stdout  # the table shows the digest
    assert "result.trx" in downloaded.stdout


def test_hostile_and_repeated_server_file_names_stay_inside_the_folder(
    emulator: Emulator, tmp_path: Path
) -> None:
    names = ["../../escape.txt", "escape.txt", "[red]markup.txt"]
    ids = []
    with httpx.Client(base_url=emulator.url, auth=("", TOKEN)) as api:
        for index, name in enumerate(names):
            reply = api.post(
                f"/{TFVC}/_apis/test/runs/51/attachments",
                params={"api-version": api_version("createTestRunAttachment")},
                json={"stream": "aGk=", "fileName": name, "comment": str(index)},
            )
            assert reply.status_code == 200, reply.text
            ids.append(str(reply.json()["id"]))
    folder = tmp_path / "inbox"
    result = tfs(
        "attachments", "download", TFVC, "51", *ids, "--to", str(folder), env=emulator.environment()
    )
    assert result.returncode == 0, result.stderr
    written = sorted(path.name for path in folder.iterdir())
    assert written == sorted(["escape.txt", "escape (1).txt", "[red]markup.txt"])
    assert not (tmp_path / "escape.txt").exists()
    assert "[red]markup.txt" in result.stdout  # printed as text, not read as markup


def test_download_never_overwrites_a_local_file_of_the_same_name(
    emulator: Emulator, tmp_path: Path
) -> None:
    source = tmp_path / "build.log"
    source.write_bytes(b"from the server\n" * 100)
    uploaded = tfs(
        "attachments", "upload", TFVC, "23", str(source), "--json", env=emulator.environment()
    )
    assert uploaded.returncode == 0, uploaded.stderr
    (row,) = json.loads(uploaded.stdout)
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "build.log").write_bytes(b"mine, keep me")
    (folder / "build (1).log").write_bytes(b"mine too")
    result = tfs(
        "attachments",
        "download",
        TFVC,
        "23",
        str(row["id"]),
        "--to",
        str(folder),
        "--json",
        env=emulator.environment(),
    )
    assert result.returncode == 0, result.stderr
    assert (folder / "build.log").read_bytes() == b"mine, keep me"
    assert (folder / "build (1).log").read_bytes() == b"mine too"
    assert (folder / "build (2).log").read_bytes() == source.read_bytes()
    (got,) = json.loads(result.stdout)
    assert got["fileName"] == "build (2).log"
    assert got["path"] == str(folder / "build (2).log")
    assert got["sha256"] == sha256(source)


def test_an_attachment_id_the_run_lacks_is_a_one_line_error(
    emulator: Emulator, tmp_path: Path
) -> None:
    result = tfs(
        "attachments",
        "download",
        TFVC,
        "23",
        "987654",
        "--to",
        str(tmp_path),
        env=emulator.environment(),
    )
    assert_one_line_error(result, "tfs: error: attachments download: run 23", "987654")
    assert "CommandError" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_upload_of_a_missing_file_is_a_usage_error(emulator: Emulator, tmp_path: Path) -> None:
    result = tfs(
        "attachments", "upload", TFVC, "23", str(tmp_path / "nope.bin"), env=emulator.environment()
    )
    assert result.returncode == 2
    assert "does not exist" in result.stderr
