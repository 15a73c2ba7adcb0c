"""The generated clients never show credentials in repr() (generator/templates/client.py.jinja)."""

from __future__ import annotations

import httpx
from tfs_api import AuthenticatedClient, Client

SECRET = "s3cret-pat-value"


def test_authenticated_client_repr_hides_the_token_also_after_building_httpx_clients() -> None:
    client = AuthenticatedClient(base_url="https://tfs/DefaultCollection", token=SECRET)
    client.get_httpx_client()
    client.get_async_httpx_client()

    assert SECRET not in repr(client)
    assert SECRET not in str(client)
    assert client.get_httpx_client().headers["Authorization"] == f"Bearer {SECRET}"


def test_client_repr_hides_headers_and_cookies() -> None:
    client = Client(
        base_url="https://tfs/DefaultCollection",
        headers={"Authorization": f"Basic {SECRET}"},
        cookies={"session": SECRET},
        httpx_args={"auth": httpx.BasicAuth("", SECRET)},
    )
    client.get_httpx_client()

    assert SECRET not in repr(client)
    assert "https://tfs/DefaultCollection" in repr(client)
