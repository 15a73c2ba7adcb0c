"""``tfs attachments upload`` and ``download``: many files, a progress bar each, SHA-256 at the end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from tfs_api.models.test_attachment_type import TestAttachmentType

from .._arguments import choice
from ._commands import TfsCommand
from ._failures import CommandError
from ._files import safe_name, sha256_of
from ._progress import Transfers
from ._settings import Settings, pass_settings

RESULT_HELP = "Attach to (or read from) this test result of the run instead of the run itself."
SUMMARY_COLUMNS = ["id", "fileName", "size", "sha256"]
HEADERS = {"fileName": "file", "size": "bytes"}


@click.command(cls=TfsCommand)
@click.argument("project")
@click.argument("run_id", metavar="RUN", type=int)
@click.argument(
    "files",
    metavar="FILE...",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option("--result", "--result-id", "result_id", type=int, metavar="ID", help=RESULT_HELP)
@click.option("--comment", help="A comment stored with each attachment.")
@click.option(
    "--type",
    "attachment_type",
    type=click.Choice([member.value for member in TestAttachmentType]),
    default=TestAttachmentType.GENERAL_ATTACHMENT.value,
    help="The attachment type.",
)
@pass_settings
def upload(
    settings: Settings,
    project: str,
    run_id: int,
    files: tuple[Path, ...],
    result_id: int | None,
    comment: str | None,
    attachment_type: str,
) -> None:
    """Attach FILEs to test run RUN (or to one of its results): one progress bar per file, then
    each new attachment's id, size and SHA-256."""
    tfs = settings.client()
    rows: list[dict[str, Any]] = []
    with Transfers().running() as transfers:
        for path in files:
            size = path.stat().st_size
            reference = tfs.attachments.upload(
                project,
                run_id,
                path,
                result_id=result_id,
                comment=comment,
                attachment_type=choice("--type", attachment_type, TestAttachmentType),
                progress=transfers.bar(path.name, size),
            )
            rows.append(
                {
                    "id": reference.id,
                    "fileName": path.name,
                    "size": size,
                    "sha256": sha256_of(path),
                    "url": reference.url,
                }
            )
    show(settings, rows)


@click.command(cls=TfsCommand)
@click.argument("project")
@click.argument("run_id", metavar="RUN", type=int)
@click.argument("attachment_ids", metavar="[ID...]", nargs=-1, type=int)
@click.option("--result", "--result-id", "result_id", type=int, metavar="ID", help=RESULT_HELP)
@click.option(
    "--to",
    "folder",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder to write into (created if missing).",
)
@pass_settings
def download(
    settings: Settings,
    project: str,
    run_id: int,
    attachment_ids: tuple[int, ...],
    result_id: int | None,
    folder: Path,
) -> None:
    """Download the attachments of test run RUN (or of one of its results) into a folder: the
    IDs given, or all of them. One progress bar per file, then each file's size and SHA-256.

    Each file is named after the attachment (made safe) and written atomically: a failed
    download leaves nothing behind. Nothing in the folder is ever overwritten: a name already
    taken (by an earlier file or one of this batch) becomes ``name (1).ext``, ``name (2).ext``..."""
    tfs = settings.client()
    listed = tfs.attachments.list(project, run_id, result_id=result_id)
    names = {
        item.id: item.file_name if isinstance(item.file_name, str) else None
        for item in listed
        if isinstance(item.id, int)
    }
    wanted = list(dict.fromkeys(attachment_ids)) or list(names)
    missing = [str(key) for key in wanted if key not in names]
    if missing:
        owner = f"run {run_id}" + (f" result {result_id}" if result_id is not None else "")
        raise CommandError(
            "attachments download", f"{owner} of {project} has no attachment {', '.join(missing)}"
        )
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    with Transfers().running() as transfers:
        for key in wanted:
            name = safe_name(names[key], f"attachment-{key}")
            target = tfs.attachments.download(
                project,
                run_id,
                key,
                folder,
                result_id=result_id,
                fallback_name=name,
                progress=transfers.bar(name),
            )
            assert target is not None  # a folder destination always yields the file written
            rows.append(
                {
                    "id": key,
                    "fileName": target.name,
                    "size": target.stat().st_size,
                    "sha256": sha256_of(target),
                    "path": str(target),
                }
            )
    show(settings, rows)


def show(settings: Settings, rows: list[dict[str, Any]]) -> None:
    """The summary of a transfer: a table, or the rows as JSON."""
    output = settings.output
    if output.mode.value == "table":
        output.table(rows, SUMMARY_COLUMNS, headers=HEADERS, right=["size"])
    else:
        output.items(rows)
