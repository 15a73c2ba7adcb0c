"""Timestamps in the server's wire format (`2015-07-16T20:01:18.513Z`)."""

from __future__ import annotations

from datetime import UTC, datetime


def format_timestamp(moment: datetime) -> str:
    """UTC ISO 8601 with milliseconds and a `Z`, as the server writes dates."""
    moment = moment.astimezone(UTC)
    # strftime's %Y does not zero-pad years before 1000 on every platform.
    return (
        f"{moment.year:04d}-"
        + moment.strftime("%m-%dT%H:%M:%S.")
        + f"{moment.microsecond // 1000:03d}Z"
    )


def now() -> str:
    """The current time in wire format."""
    return format_timestamp(datetime.now(UTC))


def parse_timestamp(text: str) -> datetime | None:
    """Parse an ISO 8601 date-time; naive values are UTC. None when it is not one."""
    candidate = text.strip()
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    # datetime.fromisoformat accepts at most 6 fractional digits; .NET sends 7.
    if "." in candidate:
        head, _, tail = candidate.partition(".")
        digits = len(tail) - len(tail.lstrip("0123456789"))
        candidate = head + "." + tail[: min(digits, 6)].ljust(1, "0") + tail[digits:]
    try:
        moment = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    # 0001-01-01T00:00:00+01:00 (say) is before the first representable UTC moment.
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return None


def sortable(text: str) -> str:
    """A stored wire timestamp normalised so that string order is time order."""
    moment = parse_timestamp(text)
    return format_timestamp(moment) if moment else text
