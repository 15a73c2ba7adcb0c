"""How a command fails: one line on stderr naming what failed, and a documented exit status."""

from __future__ import annotations

import os
import re
import sys
import traceback
from collections.abc import Iterable

import click

from ..errors import ApiConnectionError, TfsApiError

MESSAGE_LIMIT = 400
"""Characters of an error message shown on its line (a defect's message can be a long repr)."""

EXIT_API_ERROR = 1
EXIT_STATUS_HELP = (
    "Exit status: 0 success; 1 the server refused the request or could not be reached "
    "(one line on stderr names the operation, the HTTP status and the server's message; "
    "--debug adds the traceback); 2 a usage error (unknown option, missing or bad argument)."
)


class CommandError(Exception):
    """A failure a command found itself (e.g. an attachment id the run does not have): exit 1.

    Shown like an API error, ``operation: message``, where ``operation`` is the command."""

    def __init__(self, operation: str, message: str) -> None:
        super().__init__(f"{operation}: {message}")
        self.operation = operation


ALWAYS_MASKED_LENGTH = 16
"""A secret this long is masked wherever it occurs: it cannot be part of other text by chance."""

TOKEN_CHARACTER = r"[\w-]"
"""A character that can continue a token (letters, digits, ``_``, ``-``)."""


def masked(text: str, hidden: Iterable[str] = ()) -> str:
    """``text`` with every secret replaced by ``***``: wherever it stands alone (not inside a
    longer run of token characters, so a short secret like ``e`` leaves ``get_build`` alone),
    and anywhere at all once it is ``ALWAYS_MASKED_LENGTH`` characters or longer."""
    for secret in hidden:
        if not secret:
            continue
        if len(secret) >= ALWAYS_MASKED_LENGTH:
            text = text.replace(secret, "***")
        else:
            alone = rf"(?<!{TOKEN_CHARACTER}){re.escape(secret)}(?!{TOKEN_CHARACTER})"
            text = re.sub(alone, "***", text)
    return text


def one_line(text: str, hidden: Iterable[str] = ()) -> str:
    """``text`` on one line, with every secret replaced by ``***``."""
    return " ".join(masked(text, hidden).split())


def report(
    error: BaseException,
    *,
    debug: bool,
    hidden: Iterable[str] = (),
    server: str | None = None,
    internal: bool = False,
    hint: str | None = None,
) -> int:
    """Print ``error`` as one line on stderr (and the traceback with ``--debug``); its status.

    A network failure also names ``server``, the URL that could not be reached; an ``internal``
    error (a defect in tfs) says so and how to see its traceback; a ``hint`` ends the line (in
    place of the error's own ``hint``, which speaks to Python callers)."""
    secrets = list(hidden)
    if debug:
        details = "".join(traceback.format_exception(error))
        sys.stderr.write(masked(details, secrets))
    if isinstance(error, (TfsApiError, CommandError)):
        # the command's hint replaces the error's own
        message = error.summary() if isinstance(error, TfsApiError) and hint else str(error)
        if isinstance(error, ApiConnectionError) and server:
            message += f" (server {server})"
    elif isinstance(error, OSError) and error.strerror:
        where = f": {error.filename}" if error.filename else ""
        message = f"{error.strerror}{where}"
    else:
        message = f"{type(error).__name__}: {error}"
    line = one_line(message, secrets)
    if len(line) > MESSAGE_LIMIT:
        line = line[: MESSAGE_LIMIT - 1] + "…"
    if internal:
        line = f"internal error ({line})" + ("" if debug else "; --debug shows where")
    if hint:
        line = f"{line}; {hint}"
    click.echo(f"tfs: error: {line}", err=True)
    return EXIT_API_ERROR


def silence_stdout() -> None:
    """After the reader of a pipe went away (``tfs ... | head``): drop what is still buffered so
    that closing stdout at exit raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # pragma: no cover - stdout without a file descriptor
        pass
