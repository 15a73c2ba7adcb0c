"""Errors the generated functions and ``Operation`` descriptors raise."""

from collections.abc import Callable, Mapping

SNIPPET_CHARS = 500
"""How many characters of a reply body an error message shows."""


class UnexpectedStatus(Exception):
    """A reply whose status the spec does not document as a success for this operation.

    Raised by ``sync()``/``asyncio()`` and ``Operation.parse`` (and by the ``*_detailed``
    functions when ``Client.raise_on_unexpected_status`` is true); a client's
    ``status_error_hook`` may turn it into another exception. Carries ``status_code``,
    ``content`` (the whole body), ``headers`` and ``operation`` (e.g. ``"get_build"``).
    """

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        headers: Mapping[str, str] | None = None,
        operation: str | None = None,
    ):
        self.status_code = status_code
        self.content = content
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.operation = operation
        where = f"{operation}: " if operation else ""
        super().__init__(
            f"{where}unexpected status code: {status_code}\n\nResponse content:\n{_snippet(content)}"
        )


class MalformedBody(ValueError):
    """A success status whose body is not the type the spec documents (HTML, bad JSON...)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        content: bytes,
        headers: Mapping[str, str],
        operation: str,
    ):
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.operation = operation
        super().__init__(message)


StatusErrorHook = Callable[[UnexpectedStatus | MalformedBody], Exception]
"""A client's ``status_error_hook``: turns the generated error into the exception to raise
instead (``tfs_client.connect`` installs one giving ``tfs_client``'s typed errors)."""


def _snippet(content: bytes) -> str:
    return content[: SNIPPET_CHARS * 4].decode(errors="replace")[:SNIPPET_CHARS]


__all__ = ["MalformedBody", "StatusErrorHook", "UnexpectedStatus"]
