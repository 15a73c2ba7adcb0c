"""A client library for accessing Team Foundation Server REST API (builds, test coverage, attachments, configurations, sessions)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
