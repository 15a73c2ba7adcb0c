"""`python -m tfs_emulator --host 127.0.0.1 --port 8080 [--data-dir DIR] [--seed demo] [--token T]`.

The one definition of the emulator's command line: `tfs emulator` forwards its arguments here
(`main(argv, prog="tfs emulator")`), so both offer the same options, help and errors.
"""

from __future__ import annotations

import argparse
import errno
import functools
import os
import signal
import sys
from pathlib import Path
from types import FrameType

from .app import create_app
from .data_dir import DataDirError
from .server import base_url_of, bind, uvicorn_server
from .state import DEFAULT_COLLECTION, Settings

TOKEN_VARIABLE = "TFS_EMULATOR_TOKEN"
SWITCH_INTERVAL_SECONDS = 0.001


PROG = "python -m tfs_emulator"
DESCRIPTION = (
    "A stateful TFS / Azure DevOps REST API emulator (builds, test coverage, attachments, "
    "configurations, sessions). The first line printed is the collection URL to use as the "
    "server's URL."
)


def argument_parser(prog: str = PROG) -> argparse.ArgumentParser:
    """The command line's options (shared by `python -m tfs_emulator` and `tfs emulator`)."""
    parser = argparse.ArgumentParser(prog=prog, description=DESCRIPTION)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=port, default=8080, help="port (0 picks a free one)")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="keep state here across restarts (a new or empty folder, or one it created before)",
    )
    parser.add_argument("--seed", choices=["demo"], help="load the documentation samples")
    parser.add_argument(
        "--token",
        default=os.environ.get(TOKEN_VARIABLE),
        help=f"require this token (basic password or bearer); default ${TOKEN_VARIABLE}",
    )
    parser.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer requests whose Host header names NAME (repeatable; '*' for any)",
    )
    parser.add_argument("--collection", default=DEFAULT_COLLECTION, help="collection name")
    return parser


def port(text: str) -> int:
    """A TCP port number, 0 to 65535 (argparse names this function in its error)."""
    number = int(text)
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{number} is not a port (0 to 65535)")
    return number


def parse_args(argv: list[str] | None = None, prog: str = PROG) -> argparse.Namespace:
    """The command line."""
    parser = argument_parser(prog)
    args = parser.parse_args(argv)
    if args.token is not None and not args.token.strip():
        parser.error(
            f"the token (--token or ${TOKEN_VARIABLE}) is empty: give one, or leave both unset "
            "to serve without authentication"
        )
    return args


def _usage_error(prog: str, message: str) -> SystemExit:
    """`prog: error: message` on one line of stderr; exit status 2, as argparse's errors."""
    print(f"{prog}: error: {message}", file=sys.stderr)
    return SystemExit(2)


def _cannot_listen(host: str, port: int, error: OSError) -> str:
    if error.errno == errno.EADDRINUSE:
        return (
            f"port {port} on {host} is already in use: stop what holds it, or choose another "
            "port (--port 0 picks a free one)"
        )
    if error.errno == errno.EACCES:
        return f"port {port} on {host} needs privileges this user lacks: choose a port above 1023"
    return f"cannot listen on {host} port {port}: {error.strerror or error}"


def _terminate(signum: int, frame: FrameType | None) -> None:
    """SIGTERM after the server stopped: unwind so the state is released, then exit 0."""
    raise SystemExit(0)


def main(argv: list[str] | None = None, prog: str = PROG) -> None:
    """Serve until interrupted (SIGINT or SIGTERM), after printing the base URL on its own line.

    Either signal stops the server gracefully and releases the state: a temporary data dir is
    removed. A bad argument, data dir or address (a port in use) is one line and exit status 2.
    """
    args = parse_args(argv, prog)
    # This process only serves: hand the interpreter lock to the event loop thread sooner
    # (1 ms, not 5 ms) while a worker thread renders a large reply, so others keep answering.
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    try:
        sock = bind(args.host, args.port)
    except OSError as error:
        raise _usage_error(prog, _cannot_listen(args.host, args.port, error)) from None
    try:
        settings = Settings(
            collection=args.collection,
            token=args.token,
            allowed_hosts=frozenset(args.allowed_host),
        )
        app = create_app(settings, args.data_dir, seed=args.seed)
    except (DataDirError, ValueError) as exc:
        sock.close()
        raise _usage_error(prog, str(exc)) from None
    try:
        # uvicorn handles SIGTERM, then re-raises it with the previous handler: this one
        # (the default would kill the process before the `finally` below runs).
        signal.signal(signal.SIGTERM, _terminate)
        url = base_url_of(sock, settings.collection)
        # printed once uvicorn serves with its own signal handlers: a SIGTERM sent on reading
        # the URL used to land in `_terminate` while uvicorn was still importing, where a
        # SystemExit raised inside an import lock's callback is lost and the process ran on
        announce = functools.partial(print, url, flush=True)
        uvicorn_server(app, settings.limits, on_serving=announce).run(sockets=[sock])
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    finally:
        sock.close()
        app.state.close()


if __name__ == "__main__":
    main(sys.argv[1:])
