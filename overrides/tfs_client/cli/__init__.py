"""``tfs``: the command line over ``tfs_client`` (``pip install 'tfs-client[cli]'``).

Nothing here is imported by ``import tfs_client``; click and rich load only when ``tfs`` runs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> None:
    """Run ``tfs`` with ``argv`` (default: the process arguments) and exit with its status."""
    try:
        from ._app import run
    except ImportError as error:  # the [cli] extra is missing
        if error.name not in ("click", "rich"):
            raise
        print(
            f"tfs: the command line needs {error.name}: pip install 'tfs-client[cli]'",
            file=sys.stderr,
        )
        sys.exit(2)
    sys.exit(run(list(sys.argv[1:] if argv is None else argv)))
