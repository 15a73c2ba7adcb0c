"""Minimal cases the contract suite (schemathesis, tests/contract) found in the emulator.

Each test is the shrunk failing request, replayed in-process against the demo seed.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import httpx
import pytest
from tfs_emulator.app import EmulatorApp, create_app
from tfs_emulator.transport import SyncASGITransport

from .conftest import GIT, TFVC


@pytest.fixture
def demo() -> Iterator[tuple[httpx.Client, EmulatorApp]]:
    app = create_app(seed="demo")
    with httpx.Client(
        transport=SyncASGITransport(app), base_url="http://emulator/DefaultCollection"
    ) as client:
        yield client, app
    assert app.state.internal_errors == 0
    app.state.close()


def test_a_finish_time_before_year_1000_is_echoed_with_four_year_digits(
    demo: tuple[httpx.Client, EmulatorApp],
) -> None:
    # response_schema_conformance: "275-12-15T05:47:17.910Z" is not a "date-time"
    client, _ = demo
    queued = client.post(f"{GIT}/_apis/build/builds", json={"definition": {"id": 25}}).json()
    response = client.patch(
        f"{GIT}/_apis/build/builds/{queued['id']}", json={"finishTime": "0275-12-15T05:47:17.910Z"}
    )
    assert response.status_code == 200
    assert response.json()["finishTime"] == "0275-12-15T05:47:17.910Z"


def test_a_date_time_whose_utc_moment_is_unrepresentable_is_a_400_not_a_500(
    demo: tuple[httpx.Client, EmulatorApp],
) -> None:
    client, _ = demo
    queued = client.post(f"{GIT}/_apis/build/builds", json={"definition": {"id": 25}}).json()
    response = client.patch(
        f"{GIT}/_apis/build/builds/{queued['id']}",
        json={"finishTime": "0001-01-01T00:00:00+01:00"},
    )
    assert response.status_code == 400
    assert "finishTime" in response.json()["message"]


def test_an_attachment_upload_with_a_long_unknown_member_name_is_accepted(
    demo: tuple[httpx.Client, EmulatorApp],
) -> None:
    # positive_data_acceptance: a 1,100-byte escaped member name was "not valid JSON".
    client, _ = demo
    long_name = "\u1e70\u033a" * 100  # 1,200 bytes once JSON-escaped
    body = json.dumps(
        {long_name: "x", "stream": base64.b64encode(b"ok").decode(), "fileName": "a.txt"}
    )
    assert len(body) > 1100
    response = client.post(
        f"{TFVC}/_apis/test/runs/23/attachments",
        content=body,
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 200, response.text
    attachment_id = response.json()["id"]
    content = client.get(f"{TFVC}/_apis/test/runs/23/attachments/{attachment_id}")
    assert content.content == b"ok"
