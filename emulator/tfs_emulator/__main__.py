"""`python -m tfs_emulator --host 127.0.0.1 --port 8080 [--data-dir DIR] [--seed demo] [--token T]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .app import create_app
from .server import base_url_of, bind, uvicorn_server
from .state import DEFAULT_COLLECTION, Settings


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m tfs_emulator",
        description="A stateful TFS / Azure DevOps REST API emulator (builds, test coverage, "
        "attachments, configurations, sessions).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8080, help="port (0 picks a free one)")
    parser.add_argument("--data-dir", type=Path, help="keep state here across restarts")
    parser.add_argument("--seed", choices=["demo"], help="load the documentation samples")
    parser.add_argument(
        "--token",
        default=os.environ.get("TFS_EMULATOR_TOKEN"),
        help="require this token (basic password or bearer); default $TFS_EMULATOR_TOKEN",
    )
    parser.add_argument("--collection", default=DEFAULT_COLLECTION, help="collection name")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Serve until interrupted, after printing the base URL on its own line."""
    args = parse_args(argv)
    settings = Settings(collection=args.collection, token=args.token or None)
    app = create_app(settings, args.data_dir, seed=args.seed)
    sock = bind(args.host, args.port)
    print(base_url_of(sock, settings.collection), flush=True)
    try:
        uvicorn_server(app).run(sockets=[sock])
    finally:
        app.state.close()
        sock.close()


if __name__ == "__main__":
    main(sys.argv[1:])
