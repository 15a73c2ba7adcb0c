"""Authentication: a personal access token sent as HTTP basic or bearer credentials."""

from __future__ import annotations

import base64
import unicodedata
from collections.abc import Generator

import httpx


class TokenAuth(httpx.Auth):
    """Send a token in the ``Authorization`` header of every request, never in ``repr``/``str``.

    A personal access token goes as basic credentials with an empty user name; with
    ``bearer=True`` (an OAuth or Entra token) as ``Bearer <token>``.
    """

    def __init__(self, token: str, *, bearer: bool = False) -> None:
        check_token(token, bearer=bearer)
        self.bearer = bearer
        if bearer:
            self._header = f"Bearer {token}"
        else:
            encoded = base64.b64encode(f":{token}".encode()).decode("ascii")
            self._header = f"Basic {encoded}"

    def sign(self, request: httpx.Request) -> None:
        """Put the token in ``request``'s ``Authorization`` header."""
        request.headers["Authorization"] = self._header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the ``Authorization`` header to ``request`` (httpx calls this for every request)."""
        self.sign(request)
        yield request

    def __repr__(self) -> str:
        scheme = "bearer" if self.bearer else "basic"
        return f"TokenAuth(scheme={scheme!r}, token=<redacted>)"

    __str__ = __repr__


def check_token(token: object, *, bearer: bool = False) -> None:
    """Raise ``ValueError`` for a token that cannot be what was meant: empty, with whitespace
    anywhere in it (Unicode whitespace included), with control or invisible formatting characters, or (bearer) not ASCII.

    The message says what is wrong and where, never the token itself.
    """
    if not isinstance(token, str) or not token:
        raise ValueError("token must be a non-empty string")
    for position, char in enumerate(token, 1):
        if char.isspace():
            raise ValueError(
                f"token has whitespace (U+{ord(char):04X}) at position {position} of "
                f"{len(token)}; personal access and bearer tokens never contain any "
                "(a copy-paste or file-read slip?)"
            )
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            raise ValueError(
                f"token has a control or invisible character (U+{ord(char):04X}) at position "
                f"{position} of {len(token)}; remove it"
            )
        if bearer and not char.isascii():
            raise ValueError(f"a bearer token must be ASCII; position {position} is not")
