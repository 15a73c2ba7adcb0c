"""A newer or odder server must not break parsing: enum values the spec does not know, and HTTP
status codes Python's HTTPStatus does not know (generator fixes in generator/templates)."""

from __future__ import annotations

import enum
from http import HTTPStatus

import httpx
import pytest
import tfs_api.models as models
from tfs_api import Client, errors
from tfs_api.api.builds import get_build
from tfs_api.models import Build, BuildStatus

from ._models import build_body

ENUMS = [
    value
    for value in (getattr(models, name) for name in models.__all__)
    if isinstance(value, type) and issubclass(value, enum.Enum)
]


def _unknown_value(enum_class: type[enum.Enum]) -> str | int:
    return 987 if issubclass(enum_class, int) else "zzValueFromANewerServer"


def test_the_spec_has_string_and_integer_enums() -> None:
    assert any(issubclass(cls, enum.StrEnum) for cls in ENUMS)
    assert any(issubclass(cls, enum.IntEnum) for cls in ENUMS)


@pytest.mark.parametrize("enum_class", ENUMS, ids=lambda cls: cls.__name__)
def test_enum_keeps_a_value_the_spec_does_not_know(enum_class: type[enum.Enum]) -> None:
    unknown = _unknown_value(enum_class)

    member = enum_class(unknown)

    assert isinstance(member, enum_class)
    assert member.value == unknown
    assert member == unknown
    assert str(member) == str(unknown)
    assert member not in enum_class  # not mistaken for a documented member
    assert unknown in repr(member) if isinstance(unknown, str) else str(unknown) in repr(member)


@pytest.mark.parametrize("enum_class", ENUMS, ids=lambda cls: cls.__name__)
def test_enum_still_returns_documented_members_and_rejects_wrong_json_types(
    enum_class: type[enum.Enum],
) -> None:
    for member in enum_class:
        assert enum_class(member.value) is member
    # (True is not tested on integer enums: Python treats it as 1, a documented value.)
    wrong = ["7"] if issubclass(enum_class, int) else [7, True]
    for value in [*wrong, None, 1.5]:
        with pytest.raises(ValueError):
            enum_class(value)


def test_model_with_unknown_string_enum_value_round_trips() -> None:
    data = build_body(status="someFutureStatus", result="partiallyGreen", reason="aiTriggered")

    build = Build.from_dict(data)

    assert isinstance(build.status, BuildStatus)
    assert build.status == "someFutureStatus"
    assert build.to_dict() == data


def test_model_with_unknown_integer_enum_value_round_trips() -> None:
    data = {"Id": 4, "State": 42}

    update = models.TestSessionUpdate.from_dict(data)

    assert isinstance(update.state, models.TestSessionStateCode)
    assert update.state == 42
    assert update.to_dict() == data


def test_response_with_unknown_enum_value_parses() -> None:
    body = build_body(id=7, status="someFutureStatus")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = Client(base_url="https://tfs/DefaultCollection", httpx_args={"transport": transport})

    build = get_build.sync(project="p", build_id=7, client=client)

    assert isinstance(build, Build)
    assert build.to_dict() == body


def _client_answering(status: int, *, raise_on_unexpected_status: bool) -> Client:
    reply = httpx.Response(status, text="<html>origin error</html>")
    return Client(
        base_url="https://tfs/DefaultCollection",
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args={"transport": httpx.MockTransport(lambda request: reply)},
    )


@pytest.mark.parametrize("status", [299, 499, 520, 561, 599])
def test_status_code_outside_http_status_is_returned_as_an_integer(status: int) -> None:
    client = _client_answering(status, raise_on_unexpected_status=False)

    response = get_build.sync_detailed(project="p", build_id=1, client=client)

    assert response.status_code == status
    assert response.parsed is None
    assert response.content == b"<html>origin error</html>"


def test_status_code_outside_http_status_raises_unexpected_status_when_asked() -> None:
    client = _client_answering(520, raise_on_unexpected_status=True)

    with pytest.raises(errors.UnexpectedStatus) as raised:
        get_build.sync_detailed(project="p", build_id=1, client=client)

    assert raised.value.status_code == 520


def test_known_status_code_is_an_http_status() -> None:
    client = _client_answering(204, raise_on_unexpected_status=False)

    response = get_build.sync_detailed(project="p", build_id=1, client=client)

    assert response.status_code is HTTPStatus.NO_CONTENT
