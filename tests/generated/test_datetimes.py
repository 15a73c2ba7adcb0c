"""Date-times are parsed with the standard library and written back in the style TFS sends:
UTC as `Z`, the fraction without trailing zeros, naive values without an offset."""

from __future__ import annotations

import datetime

import httpx
import pytest
from tfs_api import Client
from tfs_api.api.builds import list_builds
from tfs_api.models import Build
from tfs_api.types import format_datetime

from ._models import build_body

UTC = datetime.UTC


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (datetime.datetime(2015, 12, 23, 5, 21, 26, 420000, tzinfo=UTC), "2015-12-23T05:21:26.42Z"),
        (
            datetime.datetime(2016, 6, 30, 10, 11, 41, 357000, tzinfo=UTC),
            "2016-06-30T10:11:41.357Z",
        ),
        (datetime.datetime(2016, 6, 30, 10, 11, 41, 3, tzinfo=UTC), "2016-06-30T10:11:41.000003Z"),
        (datetime.datetime(2016, 6, 30, 10, 11, 41, tzinfo=UTC), "2016-06-30T10:11:41Z"),
        (datetime.datetime(1, 1, 1), "0001-01-01T00:00:00"),
        (datetime.datetime(2016, 6, 30, 10, 11, 41, 500000), "2016-06-30T10:11:41.5"),
        (
            datetime.datetime(
                2016,
                6,
                30,
                10,
                11,
                41,
                100000,
                tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30)),
            ),
            "2016-06-30T10:11:41.1+05:30",
        ),
        (
            datetime.datetime(
                2016, 6, 30, 10, 11, 41, tzinfo=datetime.timezone(-datetime.timedelta(hours=8))
            ),
            "2016-06-30T10:11:41-08:00",
        ),
    ],
)
def test_format_datetime_writes_the_tfs_wire_style(value: datetime.datetime, wire: str) -> None:
    assert format_datetime(value) == wire
    assert datetime.datetime.fromisoformat(wire) == value


def test_seven_digit_fraction_parses_and_loses_only_sub_microsecond_digits() -> None:
    build = Build.from_dict(
        build_body(startTime="2015-07-16T19:52:42.7771198Z", finishTime="2015-07-16T19:54:41.78Z")
    )

    assert build.start_time == datetime.datetime(2015, 7, 16, 19, 52, 42, 777119, tzinfo=UTC)
    assert build.to_dict() == build_body(
        startTime="2015-07-16T19:52:42.777119Z", finishTime="2015-07-16T19:54:41.78Z"
    )


def test_naive_date_time_stays_naive() -> None:
    build = Build.from_dict(build_body(queueTime="0001-01-01T00:00:00"))

    assert build.to_dict() == build_body(queueTime="0001-01-01T00:00:00")


def test_malformed_date_time_raises_value_error_naming_the_value() -> None:
    with pytest.raises(ValueError, match="yesterday"):
        Build.from_dict(build_body(startTime="yesterday"))


def test_date_time_query_parameters_use_the_wire_style() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"count": 0, "value": []})

    client = Client(
        base_url="https://tfs/DefaultCollection",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    since = datetime.datetime(2015, 7, 16, 19, 52, 42, 120000, tzinfo=UTC)

    list_builds.sync_detailed("p", client=client, min_finish_time=since)

    assert requests[0].url.params["minFinishTime"] == "2015-07-16T19:52:42.12Z"
