"""``python -m bench``: check that the bench's dependencies are installed, then run it."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .dependencies import message, missing


def main(argv: Sequence[str] | None = None) -> int:
    """Exit status 2 with one line naming what to install when a dependency is missing."""
    absent = missing()
    if absent:
        print(message(absent), file=sys.stderr)
        return 2
    from .runner import main as run

    return run(argv)


if __name__ == "__main__":
    raise SystemExit(main())
