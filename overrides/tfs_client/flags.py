"""Flag enums the spec can only describe as integers."""

from __future__ import annotations

import enum


class CodeCoverageFlags(enum.IntFlag):
    """Which code coverage details to fetch; flags are additive (``MODULES | FUNCTIONS`` = 3).

    Pass a combination as ``flags=`` to ``get_build_code_coverage`` or
    ``get_test_run_code_coverage``; it is sent as the integer sum. Bits a newer server knows
    but this client does not are kept, not rejected.
    """

    MODULES = 1
    FUNCTIONS = 2
    BLOCK_DATA = 4
