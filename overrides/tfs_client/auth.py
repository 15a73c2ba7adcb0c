"""Authentication: a personal access token sent as HTTP basic or bearer credentials."""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx


class TokenAuth(httpx.Auth):
    """Send a token in the ``Authorization`` header of every request, never in ``repr``/``str``.

    A personal access token goes as basic credentials with an empty user name; with
    ``bearer=True`` (an OAuth or Entra token) as ``Bearer <token>``.
    """

    def __init__(self, token: str, *, bearer: bool = False) -> None:
        if not isinstance(token, str) or not token:
            raise ValueError("token must be a non-empty string")
        if any(ch in token for ch in "\r\n"):
            raise ValueError("token must not contain line breaks")
        self.bearer = bearer
        if bearer:
            self._header = f"Bearer {token}"
        else:
            encoded = base64.b64encode(f":{token}".encode()).decode("ascii")
            self._header = f"Basic {encoded}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the ``Authorization`` header to ``request`` (httpx calls this for every request)."""
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        scheme = "bearer" if self.bearer else "basic"
        return f"TokenAuth(scheme={scheme!r}, token=<redacted>)"

    __str__ = __repr__
