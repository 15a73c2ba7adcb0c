"""Helpers for the tfs_client tests: a fake clock and clients over httpx.MockTransport."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from tfs_api.client import Client
from tfs_client import RetryPolicy, connect

BASE_URL = "https://tfs.example.com/DefaultCollection"
TOKEN = "pat-s3cr3t-value-0123456789"


class FakeClock:
    """Records the waits the retry policy asks for instead of sleeping."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def time(self) -> float:
        return self.now

    def policy(self, **kwargs: Any) -> RetryPolicy:
        return RetryPolicy(
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            clock=self.time,
            timer=self.time,
            jitter=lambda: 0.5,
            **kwargs,
        )


Handler = Callable[[httpx.Request], Any]


def mock_client(
    handler: Handler | httpx.BaseTransport, clock: FakeClock | None = None, **kwargs: Any
) -> Client:
    """A client from ``connect`` whose network is ``handler``; retries use ``clock``."""
    transport = (
        handler if isinstance(handler, httpx.BaseTransport) else httpx.MockTransport(handler)
    )
    if clock is not None and "retries" not in kwargs:
        kwargs["retries"] = clock.policy()
    elif clock is not None and isinstance(kwargs["retries"], int):
        kwargs["retries"] = clock.policy(retries=kwargs["retries"])
    kwargs.setdefault("token", TOKEN)
    return connect(BASE_URL, transport=transport, **kwargs)


def build_json(build_id: int, **fields: Any) -> dict[str, Any]:
    """A Build body with the fields the spec requires (id, buildNumber, url, status), then ``fields``."""
    return {
        "id": build_id,
        "buildNumber": f"20240101.{build_id}",
        "url": f"{BASE_URL}/Fabrikam/_apis/build/Builds/{build_id}",
        "status": "completed",
        **fields,
    }


def configuration_json(configuration_id: int, **fields: Any) -> dict[str, Any]:
    """A TestConfiguration body with the fields the spec requires (id, name, url), then ``fields``."""
    return {
        "id": configuration_id,
        "name": f"config {configuration_id}",
        "url": f"{BASE_URL}/Fabrikam/_apis/test/Configurations/{configuration_id}",
        **fields,
    }


def error_json(message: str, type_key: str = "SomeException", **extra: Any) -> dict[str, Any]:
    """A TFS error body as servers send it."""
    return {
        "$id": "1",
        "innerException": None,
        "message": message,
        "typeName": f"Microsoft.TeamFoundation.{type_key}, Microsoft.TeamFoundation",
        "typeKey": type_key,
        "errorCode": 0,
        "eventId": 3000,
        **extra,
    }
