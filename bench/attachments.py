"""Figure 3 (and 6 for attachments): 1 GiB uploads and downloads, each in a fresh process."""

from __future__ import annotations

from collections.abc import Callable

from .context import MIB_FLOOR, Context, official_installed
from .probe import Outcome, run_probe
from .seed import download_source
from .sizes import MIB
from .stats import Summary, interleave, ratio
from .table import Row, Target, failed, measured

MEMORY_TARGET = Target("<=", 64)
THROUGHPUT_TARGET = Target(">=", 0.5)


def run(ctx: Context) -> list[Row]:
    """Uploads then downloads, raw / tfs-client / official interleaved, one child each time."""
    rows = _direction(ctx, "upload")
    try:
        source = download_source(ctx)
    except Exception as error:
        measurement = f"download {_amount(ctx.sizes.attachment_bytes)}: its source attachment"
        return [*rows, failed("3", measurement, error)]
    return rows + _direction(source, "download")


def _direction(ctx: Context, scenario: str) -> list[Row]:
    size = ctx.sizes.attachment_bytes
    clients = ["raw", "tfs"] + (["official"] if official_installed() else [])
    outcomes: dict[str, list[Outcome]] = {client: [] for client in clients}

    def probe(client: str) -> Callable[[], float]:
        def measure() -> float:
            request = {"scenario": scenario, "client": client, "ctx": ctx.as_json(), "size": size}
            outcome = run_probe(request)
            if outcome.bytes != size:
                raise RuntimeError(f"{scenario} via {client} moved {outcome.bytes} of {size} bytes")
            outcomes[client].append(outcome)
            return outcome.seconds

        return measure

    seconds = interleave({client: probe(client) for client in clients}, ctx.sizes.transfer_rounds)

    def throughput(client: str) -> str:
        return f"{size / MIB / Summary.of(seconds[client]).median:.0f} MiB/s"

    def growth(client: str) -> Summary:
        seconds.require(client)
        return Summary.of([o.growth / MIB for o in outcomes[client]])

    def floored(client: str) -> list[float]:
        growth(client)
        return [max(o.growth, MIB_FLOOR) for o in outcomes[client]]

    amount = _amount(size)
    rows = [
        measured(
            "3",
            f"{scenario} {amount}: throughput tfs-client ÷ raw httpx streaming",
            lambda: (
                ratio(seconds["raw"], seconds["tfs"]),
                f"{throughput('tfs')} vs {throughput('raw')}",
            ),
            target=THROUGHPUT_TARGET,
        ),
        measured(
            "3",
            f"{scenario} {amount}: peak RSS growth, tfs-client",
            lambda: (growth("tfs"), f"raw httpx: {growth('raw').median:.1f} MiB"),
            unit="MiB",
            target=MEMORY_TARGET,
        ),
    ]
    if not official_installed():
        return [
            *rows,
            Row("6", f"{scenario} {amount}: official", None, detail="azure-devops not installed"),
        ]
    return [
        *rows,
        measured(
            "6",
            f"{scenario} {amount}: time official ÷ tfs-client",
            lambda: (
                ratio(seconds["official"], seconds["tfs"]),
                f"{throughput('official')} vs {throughput('tfs')}",
            ),
        ),
        measured(
            "6",
            f"{scenario} {amount}: peak RSS growth official ÷ tfs-client",
            lambda: (
                ratio(floored("official"), floored("tfs")),
                f"{growth('official').median:.0f} MiB vs {growth('tfs').median:.1f} MiB",
            ),
        ),
    ]


def _amount(size: int) -> str:
    if size >= 1024 * MIB and size % (1024 * MIB) == 0:
        return f"{size // (1024 * MIB)} GiB"
    if size >= MIB:
        return f"{size / MIB:g} MiB"
    return f"{size / 1024:g} KiB"
