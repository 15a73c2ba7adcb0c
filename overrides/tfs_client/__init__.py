"""tfs_client: ``TfsClient`` / ``AsyncTfsClient`` (resources generated from the spec), and
underneath ``connect``, typed errors, retries, auto-paging and attachment streaming over the
generated ``tfs_api`` package.

The resource clients, paging, uploads and downloads load on first use (module ``__getattr__``):
``import tfs_client`` and a first ``call`` need none of them, and importing them costs time;
httpx is imported without its own command-line tool (``_httpx_import``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _httpx_import  # noqa: F401  (first: imports httpx without its command line)

# isort: split
from ._version import __version__
from .auth import TokenAuth
from .calls import acall, asend, call, send
from .connection import DEFAULT_RETRIES, DEFAULT_TIMEOUT, connect
from .errors import (
    ApiConnectionError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorBody,
    MalformedResponseError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ReplyChangedError,
    ReplyTooLargeError,
    ServerError,
    TfsApiError,
    raise_for_status,
)
from .flags import CodeCoverageFlags
from .progress import ProgressCallback
from .retries import RetryPolicy, RetryTransport

if TYPE_CHECKING:
    from .client import AsyncTfsClient, ConnectOptions, TfsClient
    from .downloads import (
        Destination,
        PathDestination,
        adownload_attachment,
        aiter_attachment_bytes,
        download_attachment,
        iter_attachment_bytes,
        safe_file_name,
    )
    from .paging import AsyncPaginator, Page, Paginator, apaginate, paginate
    from .uploads import AttachmentBody, UploadSource, aupload_attachment, upload_attachment

__all__ = ["AsyncTfsClient", "ConnectOptions", "TfsClient"]
__all__ += ["DEFAULT_RETRIES", "DEFAULT_TIMEOUT", "TokenAuth", "__version__", "connect"]
__all__ += ["acall", "asend", "call", "send"]
__all__ += ["ApiConnectionError", "ApiTimeoutError", "AuthenticationError", "BadRequestError"]
__all__ += ["ConflictError", "ErrorBody", "MalformedResponseError", "NotFoundError"]
__all__ += ["PaginationError", "PermissionDeniedError", "RateLimitError", "ServerError"]
__all__ += ["ReplyChangedError", "ReplyTooLargeError"]
__all__ += ["TfsApiError", "raise_for_status"]
__all__ += ["AsyncPaginator", "Page", "Paginator", "apaginate", "paginate"]
__all__ += ["AttachmentBody", "ProgressCallback", "aupload_attachment", "upload_attachment"]
__all__ += ["adownload_attachment", "aiter_attachment_bytes", "download_attachment"]
__all__ += ["iter_attachment_bytes", "safe_file_name"]
__all__ += ["Destination", "PathDestination", "UploadSource"]
__all__ += ["CodeCoverageFlags", "RetryPolicy", "RetryTransport"]

_LAZY_MODULES = {
    "client": ["AsyncTfsClient", "ConnectOptions", "TfsClient"],
    "downloads": ["adownload_attachment", "aiter_attachment_bytes", "download_attachment"],
    "paging": ["AsyncPaginator", "Page", "Paginator", "apaginate", "paginate"],
    "uploads": ["AttachmentBody", "aupload_attachment", "upload_attachment"],
}
_LAZY_MODULES["downloads"] += ["iter_attachment_bytes", "safe_file_name"]
_LAZY_MODULES["downloads"] += ["Destination", "PathDestination"]
_LAZY_MODULES["uploads"] += ["UploadSource"]
_LAZY = {name: module for module, names in _LAZY_MODULES.items() for name in names}
"""Public names whose module is imported when one of them is first used."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
