"""``tfs emulator``: the bundled emulator, for trying the command line offline.

Its options are the emulator's own (``python -m tfs_emulator``): the arguments are forwarded
unparsed to the emulator's command line, the one definition of both, so ``tfs emulator --help``
is its help and a bad argument its usage error (exit status 2).
"""

from __future__ import annotations

import click

EMULATOR_PROG = "tfs emulator"


@click.command(
    context_settings={"ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
def emulator(arguments: tuple[str, ...]) -> None:
    """Start the emulator (a stateful TFS server for offline use) and serve until Ctrl+C.

    The first line printed is the collection URL to pass as --url / TFS_URL. The options are
    those of python -m tfs_emulator: see tfs emulator --help.
    Needs the [emulator] extra: pip install 'tfs-client[emulator]'."""
    try:
        from tfs_emulator.__main__ import main as serve
    except ImportError as error:
        raise click.ClickException(
            f"the emulator needs {error.name}: pip install 'tfs-client[emulator]'"
        ) from None
    serve(list(arguments), prog=EMULATOR_PROG)
