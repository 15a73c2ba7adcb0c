"""The click classes of ``tfs``: every command takes the common options and fails in one line."""

from __future__ import annotations

from typing import Any

import click

from ..errors import AuthenticationError, TfsApiError
from ._failures import EXIT_API_ERROR, CommandError, report, silence_stdout
from ._settings import TOKEN_ENV, Settings, common_options

NO_TOKEN_HINT = f"no token was sent: set {TOKEN_ENV} or pass --token-file PATH"

CONTEXT_SETTINGS: dict[str, Any] = {
    "help_option_names": ["-h", "--help"],
    "max_content_width": 100,
}


class TfsCommand(click.Command):
    """A command with the common options (``--url``, ``--json``, ...) that turns API, network and
    file errors into one line on stderr and exit status 1, and a closed pipe into a quiet exit."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("context_settings", CONTEXT_SETTINGS)
        super().__init__(*args, **kwargs)
        self.params.extend(common_options())

    def invoke(self, ctx: click.Context) -> Any:
        settings = Settings.pop_from(ctx.params)
        ctx.obj = settings
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            silence_stdout()
            ctx.exit(0)
        except (TfsApiError, CommandError, OSError) as error:
            unauthenticated = isinstance(error, AuthenticationError) and settings.sent_no_token()
            status = report(
                error,
                debug=settings.debug,
                hidden=settings.secrets(),
                server=settings.url,
                hint=NO_TOKEN_HINT if unauthenticated else None,
            )
            ctx.exit(status)
        except KeyboardInterrupt:
            click.echo("tfs: interrupted", err=True)
            ctx.exit(130)
        except click.ClickException:
            raise
        except Exception as error:  # a defect: still one line, the traceback with --debug
            report(error, debug=settings.debug, hidden=settings.secrets(), internal=True)
            ctx.exit(EXIT_API_ERROR)


class TfsGroup(click.Group):
    """A group whose commands are ``TfsCommand`` unless said otherwise."""

    command_class = TfsCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("context_settings", CONTEXT_SETTINGS)
        super().__init__(*args, **kwargs)


TfsGroup.group_class = TfsGroup
