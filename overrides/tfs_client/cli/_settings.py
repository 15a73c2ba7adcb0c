"""The options every command takes: where the server is, the token, output and debugging."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

import click

from .._api_versions import version_key
from ..auth import check_token
from ..client import TfsClient
from ._output import Mode, Output

URL_ENV = "TFS_URL"
TOKEN_ENV = "TFS_TOKEN"
TOKEN_FILE_ENV = "TFS_TOKEN_FILE"


def common_options() -> list[click.Parameter]:
    """The options added to every command (they may come anywhere after the command name)."""
    return [
        click.Option(
            ["--url"],
            envvar=URL_ENV,
            metavar="URL",
            help=f"The collection URL, e.g. https://tfs.example.com/DefaultCollection [env {URL_ENV}].",
        ),
        click.Option(
            ["--token-file"],
            envvar=TOKEN_FILE_ENV,
            metavar="PATH",
            type=click.Path(dir_okay=False, allow_dash=True, path_type=str),
            help=f"Read the personal access token from this file ('-': stdin) [env {TOKEN_FILE_ENV}]; "
            f"else ${TOKEN_ENV} is used. A token is never taken on the command line. The file's "
            "final line ending is dropped; any other whitespace or control character around or "
            "in the token (in the file or the variable) is refused.",
        ),
        click.Option(
            ["--api-version"],
            metavar="VERSION",
            help="Send this api-version instead of each operation's default from the spec.",
        ),
        click.Option(
            ["--json", "json_output"],
            is_flag=True,
            help="Print one JSON document (not with --jsonl).",
        ),
        click.Option(
            ["--jsonl", "jsonl_output"],
            is_flag=True,
            help="Print one JSON item per line, as the items arrive (not with --json).",
        ),
        click.Option(["--debug"], is_flag=True, help="Show the traceback of an error."),
    ]


COMMON_NAMES = ("url", "token_file", "api_version", "debug")


class Settings:
    """The common options of one invocation, and the client they describe (made on first use)."""

    def __init__(
        self,
        *,
        url: str | None = None,
        token_file: str | None = None,
        api_version: str | None = None,
        output_mode: str | None = None,
        debug: bool = False,
        environ: MutableMapping[str, str] | None = None,
    ) -> None:
        self.url = url
        self.token_file = token_file
        self.api_version = api_version
        self.debug = debug
        self.output = Output(Mode(output_mode or Mode.TABLE.value))
        self._environ = os.environ if environ is None else environ
        self._client: TfsClient | None = None
        self._token: str | None = None

    @classmethod
    def pop_from(cls, params: dict[str, Any]) -> Settings:
        """Take the common options out of a command's parameters (``--json`` and ``--jsonl``
        together are a usage error)."""
        as_json, as_jsonl = params.pop("json_output", False), params.pop("jsonl_output", False)
        if as_json and as_jsonl:
            raise click.UsageError("--json and --jsonl cannot be used together; pick one")
        mode = Mode.JSON if as_json else Mode.JSONL if as_jsonl else Mode.TABLE
        common = {name: params.pop(name, None) for name in COMMON_NAMES}
        return cls(**common, output_mode=mode.value)

    @property
    def token(self) -> str | None:
        """The token from ``--token-file`` / ``$TFS_TOKEN_FILE``, else ``$TFS_TOKEN``, else none."""
        if self._token is None:
            self._token = self._read_token()
        return self._token or None

    def sent_no_token(self) -> bool:
        """Whether a client was made and sends no token."""
        return self._client is not None and not self._token

    def secrets(self) -> list[str]:
        """Texts that must never be printed."""
        return [self._token] if self._token else []

    def _read_token(self) -> str:
        """The token as given, checked like ``TfsClient`` checks it ("" for none): a file's final
        line ending is dropped, any other stray whitespace or control character is refused."""
        if self.token_file:
            source = "'--token-file'"
            try:
                if self.token_file == "-":
                    text = sys.stdin.readline()
                else:
                    text = Path(self.token_file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                reason = getattr(error, "strerror", None) or type(error).__name__
                raise click.BadParameter(
                    f"cannot read {self.token_file!r}: {reason}", param_hint=source
                ) from None
            token = without_final_line_ending(text)
            if not token:
                raise click.BadParameter(f"{self.token_file!r} holds no token", param_hint=source)
        else:
            source = f"${TOKEN_ENV}"
            token = self._environ.get(TOKEN_ENV, "")
            if not token:
                return ""
        try:
            check_token(token)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint=source) from None
        return token

    def client(self) -> TfsClient:
        """The ``TfsClient`` for ``--url``, the token and ``--api-version`` (closed with the
        command's context)."""
        if self._client is None:
            if not self.url:
                raise click.UsageError(f"no server: pass --url or set {URL_ENV}")
            if self.api_version is not None:
                try:
                    version_key(self.api_version)
                except ValueError as error:
                    raise click.BadParameter(str(error), param_hint="'--api-version'") from None
            try:
                self._client = TfsClient(self.url, token=self.token, api_version=self.api_version)
            except ValueError as error:
                raise click.BadParameter(str(error), param_hint="'--url'") from None
            click.get_current_context().call_on_close(self._client.close)
        return self._client


def without_final_line_ending(text: str) -> str:
    """``text`` without one final ``\\n`` or ``\\r\\n`` (a file's last line ends with one)."""
    for ending in ("\r\n", "\n"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


pass_settings: Callable[..., Any] = click.make_pass_decorator(Settings)
"""Hands a command's callback the ``Settings`` of the invocation as its first argument."""
