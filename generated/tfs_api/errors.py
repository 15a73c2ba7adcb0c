"""Errors the generated functions and ``Operation`` descriptors raise."""

from collections.abc import Callable, Mapping
from typing import Any

SNIPPET_CHARS = 500
"""How many characters of a reply body an ``UnexpectedStatus`` message shows."""


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


SNIPPET_LIMIT = 100
""" The longest value snippet a ``DecodeError`` keeps, in characters """


def value_snippet(value: object) -> str:
    """A short ``repr`` of a decoded value: long text, deep or large containers are cut, never built in full"""
    import reprlib

    shortener = reprlib.Repr()
    shortener.maxlevel, shortener.maxdict, shortener.maxlist = 2, 4, 4
    shortener.maxstring, shortener.maxother = SNIPPET_LIMIT - 20, SNIPPET_LIMIT - 20
    text = shortener.repr(value)
    return text if len(text) <= SNIPPET_LIMIT else text[: SNIPPET_LIMIT - 3] + "..."


class DecodeError(TypeError, ValueError):
    """A JSON value does not have the type the spec documents for a model field (or a required field is missing).

    ``model`` and ``field`` name the innermost place (``field`` is None when the value itself is not an object);
    ``path`` lists the enclosing ``Model.field`` places, outermost first; ``value`` is a bounded snippet."""

    def __init__(
        self, model: str, field: str | None, value: Any, expected: str, *, missing: bool = False
    ) -> None:
        self.model = model
        self.field = field
        self.expected = expected
        self.missing = missing
        self.value = "" if missing else value_snippet(value)
        self.value_type = "" if missing else type(value).__name__
        self.path: list[str] = []
        super().__init__(model, field, expected)

    def within(self, model: str, field: str) -> "DecodeError":
        """Record that this error happened inside ``model.field``; returns the error, to re-raise it"""
        self.path.insert(0, f"{model}.{field}")
        return self

    @property
    def location(self) -> str:
        """Where the value sits, e.g. ``BuildList.value[3] -> Build.definition -> DefinitionReference.id``"""
        inner = self.model if self.field is None else f"{self.model}.{self.field}"
        return " -> ".join([*self.path, inner])

    def __str__(self) -> str:
        if self.missing:
            return f"{self.location}: required field is missing (expected {self.expected})"
        return f"{self.location}: expected {self.expected}, got {self.value_type} {self.value}"

    def __reduce__(self) -> Any:
        return _rebuild, (type(self), self.__dict__.copy())


def _rebuild(cls: type[DecodeError], state: dict[str, Any]) -> DecodeError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    error.args = (state["model"], state["field"], state["expected"])
    return error


__all__ = ["DecodeError", "MalformedBody", "StatusErrorHook", "UnexpectedStatus", "value_snippet"]
