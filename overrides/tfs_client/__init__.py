"""tfs_client: ``TfsClient`` / ``AsyncTfsClient`` (resources generated from the spec), and
underneath ``connect``, typed errors, retries, auto-paging and attachment streaming over the
generated ``tfs_api`` package."""

from .auth import TokenAuth
from .calls import acall, asend, call, send
from .client import AsyncTfsClient, ConnectOptions, TfsClient
from .connection import DEFAULT_RETRIES, DEFAULT_TIMEOUT, connect
from .downloads import (
    adownload_attachment,
    aiter_attachment_bytes,
    download_attachment,
    iter_attachment_bytes,
    safe_file_name,
)
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
from .paging import AsyncPaginator, Page, Paginator, apaginate, paginate
from .progress import ProgressCallback
from .retries import RetryPolicy, RetryTransport
from .uploads import AttachmentBody, aupload_attachment, upload_attachment

__all__ = ["AsyncTfsClient", "ConnectOptions", "TfsClient"]
__all__ += ["DEFAULT_RETRIES", "DEFAULT_TIMEOUT", "TokenAuth", "connect"]
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
__all__ += ["CodeCoverageFlags", "RetryPolicy", "RetryTransport"]
