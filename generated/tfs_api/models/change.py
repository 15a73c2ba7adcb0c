from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="Change")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "message",
        "type",
        "author",
        "timestamp",
        "location",
        "messageTruncated",
        "displayUri",
        "pusher",
    }
)


@_attrs_define
class Change:
    """A source change (commit or changeset) included in a build.

    Attributes:
        id (str | Unset): Commit id or changeset number.
        message (str | Unset):
        type_ (str | Unset): e.g. `TfsGit` or `TfsVersionControl`.
        author (IdentityRef | Unset): A user or group.
        timestamp (datetime.datetime | Unset):
        location (str | Unset):
        message_truncated (bool | Unset):
        display_uri (str | Unset):
        pusher (str | Unset): The person or process that pushed the change.
    """

    id: str | Unset = UNSET
    message: str | Unset = UNSET
    type_: str | Unset = UNSET
    author: IdentityRef | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    location: str | Unset = UNSET
    message_truncated: bool | Unset = UNSET
    display_uri: str | Unset = UNSET
    pusher: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        type_ = self.type_

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = format_datetime(self.timestamp)

        location = self.location

        message_truncated = self.message_truncated

        display_uri = self.display_uri

        pusher = self.pusher

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if author is not UNSET:
            field_dict["author"] = author
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if location is not UNSET:
            field_dict["location"] = location
        if message_truncated is not UNSET:
            field_dict["messageTruncated"] = message_truncated
        if display_uri is not UNSET:
            field_dict["displayUri"] = display_uri
        if pusher is not UNSET:
            field_dict["pusher"] = pusher

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        message = src_dict.get("message", UNSET)

        type_ = src_dict.get("type", UNSET)

        _author = src_dict.get("author", UNSET)
        author: IdentityRef | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = IdentityRef.from_dict(_author)

        _timestamp = src_dict.get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        location = src_dict.get("location", UNSET)

        message_truncated = src_dict.get("messageTruncated", UNSET)

        display_uri = src_dict.get("displayUri", UNSET)

        pusher = src_dict.get("pusher", UNSET)

        change = cls(
            id=id,
            message=message,
            type_=type_,
            author=author,
            timestamp=timestamp,
            location=location,
            message_truncated=message_truncated,
            display_uri=display_uri,
            pusher=pusher,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            change.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return change

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, once: a model referenced here may import this module in turn.
from ..models.identity_ref import IdentityRef  # noqa: E402
