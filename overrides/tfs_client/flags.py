"""Flag enums the spec can only describe as integers."""

from __future__ import annotations

import enum


class CodeCoverageFlags(enum.IntFlag):
    """Which code coverage details to fetch, as ``flags=`` of the coverage operations; additive
    (``MODULES | FUNCTIONS`` is sent as 3); bits unknown to this client are kept, not rejected."""

    MODULES = 1
    FUNCTIONS = 2
    BLOCK_DATA = 4
