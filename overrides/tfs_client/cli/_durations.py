"""Times on the command line: ISO 8601 date-times, or an age such as ``7d`` meaning "7 days ago"."""

from __future__ import annotations

import datetime
import re

_AGE = re.compile(r"(\d+)([smhdw])")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_time(text: str, *, now: datetime.datetime | None = None) -> datetime.datetime:
    """``2026-11-30``, ``2026-11-30T08:00:00Z`` or an age (``90s``, ``30m``, ``12h``, ``7d``,
    ``2w``, combinable as ``1d12h``) before ``now``; naive date-times are taken as UTC.

    Raises ``ValueError`` naming the accepted forms.
    """
    value = text.strip()
    if _AGE.fullmatch(value) or (value and _AGE.sub("", value) == "" and value[0].isdigit()):
        seconds = sum(int(n) * _UNITS[unit] for n, unit in _AGE.findall(value))
        start = now or datetime.datetime.now(datetime.UTC)
        return (start - datetime.timedelta(seconds=seconds)).replace(microsecond=0)
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{text!r} is neither an age (e.g. 30m, 12h, 7d, 2w) nor an ISO 8601 date-time "
            "(e.g. 2026-11-30 or 2026-11-30T08:00:00Z)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)
