"""``Operation``: the public, typed description of one generated API operation.

Every module under ``tfs_api.api`` exposes one as ``OPERATION``: the spec's names, method and
path, its parameters (with their descriptions), the request body and success reply types, the
list item type and paging style, and two functions: ``request`` builds the httpx request
arguments and ``parse`` decodes a success reply. Higher layers (``tfs_client``) work through it.
"""

import gc
from collections.abc import Callable
from enum import Enum
from typing import Any, Generic, Literal, Protocol, TypeVar, cast

import attrs
import httpx

from .errors import MalformedBody, StatusErrorHook, UnexpectedStatus
from .types import Response

ResultT = TypeVar("ResultT")
ItemT = TypeVar("ItemT")
FunctionT = TypeVar("FunctionT", bound=Callable[..., Any])

Location = Literal["path", "query", "header"]
Paging = Literal["token", "skip", "none"]
"""``token``: the ``x-ms-continuationtoken`` header / ``continuationToken`` parameter;
``skip``: ``$skip``/``$top``; ``none``: one reply holds everything."""

_DECODE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


class _ClientLike(Protocol):
    raise_on_unexpected_status: bool
    status_error_hook: StatusErrorHook | None


@attrs.frozen
class Parameter:
    """One parameter of an operation, as the spec describes it.

    ``name`` is the Python keyword (``status_filter``), ``wire_name`` the name sent
    (``statusFilter``); ``python_type`` is the type the generated functions take (an ``Enum``
    subclass for enum parameters, also given as ``enum``); ``comma_list``: the server takes a
    comma-delimited list; ``fills``: the required request-body field this query parameter stands
    for (``"definition.id"``: the server takes ``definitionId=25`` in place of the body's
    ``{"definition": {"id": 25}}``; ``x-tfs-fills``); ``default`` is the spec's default
    (``None``: none).
    """

    name: str
    wire_name: str
    location: Location
    required: bool
    description: str
    python_type: type[Any]
    enum: type[Enum] | None = None
    comma_list: bool = False
    fills: str | None = None
    default: Any = None


@attrs.frozen
class Operation(Generic[ResultT]):
    """One API operation; ``ResultT`` is what ``parse`` returns for a success reply.

    ``operation_id`` and ``tag`` are the spec's, ``name`` the module's; ``method`` is upper
    case and ``path`` the spec's template (``/{project}/_apis/build/builds/{buildId}``).
    ``parameters`` lists path parameters in path order, then query, then header parameters.
    ``body`` is the request body model (``None``: no body). ``success_statuses`` are the
    spec's 2xx statuses. ``result`` is the success model class (``None``: no body, or a
    ``binary`` download, which ``parse`` returns as a ``File``); ``item`` is the item type of a
    ``{count, value}`` envelope (``None`` otherwise). ``paging`` is the spec's paging style;
    ``api_version`` the spec's default ``api-version`` (``None``: the operation takes none).
    """

    operation_id: str
    name: str
    tag: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body: type[Any] | None
    body_required: bool
    success_statuses: frozenset[int]
    result: type[Any] | None
    binary: bool
    item: type[Any] | None
    paging: Paging
    api_version: str | None
    description: str
    summary: str
    _build: Callable[..., dict[str, Any]] = attrs.field(alias="build", repr=False)
    _decode: Callable[[httpx.Response], ResultT] = attrs.field(alias="decode", repr=False)
    _signature: tuple[tuple[str, ...], frozenset[str], tuple[str, ...]] = attrs.field(
        init=False, repr=False, eq=False
    )
    """The path parameters in order, every keyword taken, the required ones: computed once."""

    def __attrs_post_init__(self) -> None:
        body = ("body",) if self.body is not None else ()
        path = tuple(p.name for p in self.parameters if p.location == "path")
        allowed = frozenset([*(p.name for p in self.parameters), *body])
        required = (
            *(p.name for p in self.parameters if p.required),
            *(body if self.body_required else ()),
        )
        object.__setattr__(self, "_signature", (path, allowed, required))  # attrs' frozen way

    def parameter(self, name: str) -> Parameter:
        """The parameter with this Python name; ``KeyError`` if the operation has none."""
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        raise KeyError(f"{self.name} has no parameter {name!r}")

    def request(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The httpx request arguments (method, url, params, json, headers) for these arguments.

        Path parameters may be positional, in path order; everything else (``body=`` too) is
        a keyword. A missing, unknown or repeated argument raises ``TypeError`` naming it.
        """
        path, allowed, required = self._signature
        if len(args) > len(path):
            raise TypeError(
                f"{self.name}: too many positional arguments ({len(args)} given; the path "
                f"parameters are {', '.join(path) or 'none'}, everything else is a keyword)"
            )
        arguments = dict(zip(path, args, strict=False))
        for key, value in kwargs.items():
            if key in arguments:
                raise TypeError(f"{self.name}: multiple values for argument {key!r}")
            if key not in allowed:
                raise TypeError(
                    f"{self.name}: got an unexpected keyword argument {key!r} "
                    f"(it takes {', '.join(sorted(allowed))})"
                )
            arguments[key] = value
        missing = [name for name in required if name not in arguments]
        if missing:
            raise TypeError(
                f"{self.name}: missing a required argument: {', '.join(map(repr, missing))}"
            )
        return self._build(**arguments)

    def parse(self, response: httpx.Response) -> ResultT:
        """Decode a success reply (its body read).

        Raises ``UnexpectedStatus`` for a status the spec does not document as a success and
        ``MalformedBody`` for a body that is not the documented type. The cyclic garbage
        collector is paused while the reply decodes.
        """
        if response.status_code not in self.success_statuses:
            raise self.unexpected_status(response)
        # Decoding builds trees (no reference cycles) of thousands of objects: the cyclic
        # collector, left on, runs over and over on the growing result (over half the time of
        # a 1,000-build page); it is paused while one reply decodes, unless the caller paused it.
        collecting = gc.isenabled()
        if collecting:
            gc.disable()
        try:
            return self._decode(response)
        except _DECODE_ERRORS as exc:
            raise MalformedBody(
                f"{self.name}: the HTTP {response.status_code} reply is not a "
                f"{_type_name(self.result)} ({type(exc).__name__}: {exc})",
                status_code=response.status_code,
                content=response.content,
                headers=response.headers,
                operation=self.name,
            ) from exc
        finally:
            if collecting:
                gc.enable()

    def parse_detailed(self, client: _ClientLike, response: httpx.Response) -> ResultT | None:
        """What the ``*_detailed`` functions put in ``Response.parsed``: the parsed success;
        ``None`` for another status, or an error when ``client.raise_on_unexpected_status``."""
        try:
            if response.status_code in self.success_statuses:
                return self.parse(response)
            if client.raise_on_unexpected_status:
                raise self.unexpected_status(response)
        except (UnexpectedStatus, MalformedBody) as error:
            raise _hooked(client, error) from None
        return None

    def result_of(self, client: _ClientLike, response: Response[ResultT]) -> ResultT:
        """What ``sync()``/``asyncio()`` return: the parsed success, else raise for the status."""
        status = int(response.status_code)
        if status in self.success_statuses:
            return cast(ResultT, response.parsed)
        error = UnexpectedStatus(
            status, response.content, headers=response.headers, operation=self.name
        )
        raise _hooked(client, error) from None

    def unexpected_status(self, response: httpx.Response) -> UnexpectedStatus:
        """The ``UnexpectedStatus`` for a reply this operation does not document as a success."""
        return UnexpectedStatus(
            response.status_code,
            response.content,
            headers=response.headers,
            operation=self.name,
        )

    def bind(self, function: FunctionT) -> FunctionT:
        """Mark a generated function (``sync_detailed``...) as running this operation: its
        ``operation`` attribute is this descriptor."""
        setattr(function, "operation", self)  # noqa: B010 - a plain public attribute
        return function


@attrs.frozen
class ListOperation(Operation[ResultT], Generic[ResultT, ItemT]):
    """An operation whose reply is a ``{count, value: [ItemT, ...]}`` envelope."""

    def items(self, result: ResultT) -> list[ItemT]:
        """The envelope's ``value`` list; ``ValueError`` when the reply has none."""
        value = getattr(result, "value", None)
        if not isinstance(value, list):
            raise ValueError(f"{self.name}: the reply has no 'value' list")
        return value


def _hooked(client: _ClientLike, error: UnexpectedStatus | MalformedBody) -> Exception:
    """The client's ``status_error_hook`` applied to ``error`` (``error`` itself without one)."""
    hook = client.status_error_hook
    return error if hook is None else hook(error)


def _type_name(kind: type[Any] | None) -> str:
    return "body-less reply" if kind is None else kind.__name__


__all__ = ["ListOperation", "Location", "Operation", "Paging", "Parameter", "StatusErrorHook"]
