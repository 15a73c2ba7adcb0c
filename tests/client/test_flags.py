"""CodeCoverageFlags on the wire, and tolerance of values a newer server may send."""

from __future__ import annotations

import httpx
import pytest
from tfs_api.api.builds import get_build
from tfs_api.api.code_coverage import get_build_code_coverage, get_test_run_code_coverage
from tfs_api.models.build_status import BuildStatus
from tfs_client import CodeCoverageFlags, acall, call

from ._support import build_json, mock_client


def recorder() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"count": 0, "value": []})

    return seen, httpx.MockTransport(handler)


def test_flags_combine_additively() -> None:
    assert CodeCoverageFlags.MODULES | CodeCoverageFlags.FUNCTIONS == 3
    every = CodeCoverageFlags.MODULES | CodeCoverageFlags.FUNCTIONS | CodeCoverageFlags.BLOCK_DATA
    assert every == 7
    assert CodeCoverageFlags.FUNCTIONS in CodeCoverageFlags(6)


@pytest.mark.parametrize(
    ("flags", "wire"),
    [
        (CodeCoverageFlags.MODULES, "1"),
        (CodeCoverageFlags.MODULES | CodeCoverageFlags.FUNCTIONS, "3"),
        (CodeCoverageFlags.FUNCTIONS | CodeCoverageFlags.BLOCK_DATA, "6"),
        (
            CodeCoverageFlags.MODULES | CodeCoverageFlags.FUNCTIONS | CodeCoverageFlags.BLOCK_DATA,
            "7",
        ),
    ],
)
def test_flags_are_sent_as_the_integer_sum(flags: CodeCoverageFlags, wire: str) -> None:
    seen, transport = recorder()
    client = mock_client(transport)
    call(get_build_code_coverage.sync_detailed, "F", build_id=363, flags=flags, client=client)
    call(get_test_run_code_coverage.sync_detailed, "F", 51, flags=flags, client=client)
    assert [r.url.params["flags"] for r in seen] == [wire, wire]
    assert seen[0].url.params["buildId"] == "363"


@pytest.mark.anyio
async def test_flags_are_sent_as_the_integer_sum_by_async_calls() -> None:
    seen, transport = recorder()
    flags = CodeCoverageFlags.MODULES | CodeCoverageFlags.BLOCK_DATA
    await acall(
        get_build_code_coverage.asyncio_detailed,
        "F",
        build_id=1,
        flags=flags,
        client=mock_client(transport),
    )
    assert seen[0].url.params["flags"] == "5"


def test_unknown_flag_bits_from_a_newer_server_are_kept() -> None:
    flags = CodeCoverageFlags(8 | 1)
    assert int(flags) == 9
    assert CodeCoverageFlags.MODULES in flags


def test_an_unknown_enum_value_in_a_response_does_not_raise_and_is_kept() -> None:
    reply = build_json(391, status="paused", result="partiallySucceeded", futureField={"x": 1})
    client = mock_client(lambda request: httpx.Response(200, json=reply))
    build = call(get_build.sync_detailed, "F", 391, client=client)
    assert build.status == "paused"
    assert not isinstance(build.status, str) or build.status.value == "paused"  # type: ignore[union-attr]
    assert build.status not in list(BuildStatus)
    assert build.to_dict()["status"] == "paused"
    assert build.to_dict()["futureField"] == {"x": 1}
