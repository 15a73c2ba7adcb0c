"""`python -m tfs_emulator --host 127.0.0.1 --port 8080 [--data-dir DIR] [--seed demo] [--token T]`."""

from __future__ import annotations

import argparse
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


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m tfs_emulator",
        description="A stateful TFS / Azure DevOps REST API emulator (builds, test coverage, "
        "attachments, configurations, sessions).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8080, help="port (0 picks a free one)")
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
    args = parser.parse_args(argv)
    if args.token is not None and not args.token.strip():
        parser.error(
            f"the token (--token or ${TOKEN_VARIABLE}) is empty: give one, or leave both unset "
            "to serve without authentication"
        )
    return args


def _terminate(signum: int, frame: FrameType | None) -> None:
    """SIGTERM after the server stopped: unwind so the state is released, then exit 0."""
    raise SystemExit(0)


def main(argv: list[str] | None = None) -> None:
    """Serve until interrupted (SIGINT or SIGTERM), after printing the base URL on its own line.

    Either signal stops the server gracefully and releases the state: a temporary data dir is
    removed.
    """
    args = parse_args(argv)
    # This process only serves: hand the interpreter lock to the event loop thread sooner
    # (1 ms, not 5 ms) while a worker thread renders a large reply, so others keep answering.
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    try:
        settings = Settings(
            collection=args.collection,
            token=args.token,
            allowed_hosts=frozenset(args.allowed_host),
        )
        app = create_app(settings, args.data_dir, seed=args.seed)
    except (DataDirError, ValueError) as exc:
        print(f"python -m tfs_emulator: error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    try:
        # uvicorn handles SIGTERM, then re-raises it with the previous handler: this one
        # (the default would kill the process before the `finally` below runs).
        signal.signal(signal.SIGTERM, _terminate)
        sock = bind(args.host, args.port)
        print(base_url_of(sock, settings.collection), flush=True)
        try:
            uvicorn_server(app, settings.limits).run(sockets=[sock])
        finally:
            sock.close()
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    finally:
        app.state.close()


if __name__ == "__main__":
    main(sys.argv[1:])
