"""The ``tfs`` command: its groups and commands."""

from __future__ import annotations

from typing import Any

import click

from .._resources import RESOURCE_METHODS
from . import _attachments, _coverage, _demo, _emulator
from ._commands import TfsGroup
from ._failures import EXIT_STATUS_HELP
from ._generated import add_resource_commands
from ._settings import TOKEN_ENV, TOKEN_FILE_ENV, URL_ENV, Settings

HELP = f"""The TFS / Azure DevOps REST API on the command line: builds, code coverage, test
attachments, test configurations and test sessions.

\b
Connect with --url or ${URL_ENV}; the token comes from --token-file or ${TOKEN_FILE_ENV},
else ${TOKEN_ENV} (never from the command line). Every command takes --json (one document)
and --jsonl (one item per line, streamed) instead of a table, and --help.

\b
Try it offline:
  tfs emulator --seed demo --port 8080 &
  export TFS_URL=http://127.0.0.1:8080/DefaultCollection
  tfs builds list Fabrikam-Fiber-Git --max-items 5

{EXIT_STATUS_HELP}"""


@click.group(cls=TfsGroup, help=HELP, epilog=None)
@click.version_option(package_name="tfs-client", prog_name="tfs")
def cli() -> None:
    """The root group."""


cli.add_command(_emulator.emulator)
cli.add_command(_demo.demo)
cli.add_command(_coverage.coverage)


@cli.group(cls=TfsGroup)
def attachments() -> None:
    """Files attached to test runs and test results."""


attachments.add_command(_attachments.upload)
attachments.add_command(_attachments.download)


def invoke(
    settings: Settings, resource: str, method: str, path: list[Any], keywords: dict[str, Any]
) -> Any:
    """``tfs.<resource>.<method>(*path, **keywords)`` on the invocation's ``TfsClient``."""
    return getattr(getattr(settings.client(), resource), method)(*path, **keywords)


add_resource_commands(cli, RESOURCE_METHODS, invoke)


def run(argv: list[str]) -> int:
    """Run ``tfs`` with ``argv``; the exit status."""
    try:
        cli.main(args=argv, prog_name="tfs", standalone_mode=True)
    except SystemExit as done:
        code = done.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0
