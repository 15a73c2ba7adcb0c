"""Smallest valid bodies of the generated response models, for tests that vary one field."""

from __future__ import annotations

from typing import Any

BUILD_REQUIRED: dict[str, Any] = {
    "id": 1,
    "buildNumber": "20150716.1",
    "url": "https://tfs/DefaultCollection/p/_apis/build/Builds/1",
    "status": "completed",
}
"""The fields spec/tfs.yaml requires of a Build."""

IDENTITY_REQUIRED: dict[str, Any] = {
    "id": "d6245f20-2af8-44f4-9451-8107cb2767db",
    "displayName": "Normal Paulk",
}
"""The fields spec/tfs.yaml requires of an IdentityRef."""


def build_body(**fields: Any) -> dict[str, Any]:
    """A Build body with the required fields, then `fields` (which may override them)."""
    return {**BUILD_REQUIRED, **fields}
