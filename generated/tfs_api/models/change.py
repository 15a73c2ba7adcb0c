from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime

T = TypeVar("T", bound="Change")
_new_instance = object.__new__

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
        id (str): Commit id or changeset number.
        message (str | Unset):
        type_ (str | Unset): e.g. `TfsGit` or `TfsVersionControl`.
        author (IdentityRef | Unset): A user or group.
        timestamp (datetime.datetime | Unset):
        location (str | Unset):
        message_truncated (bool | Unset):
        display_uri (str | Unset):
        pusher (str | Unset): The person or process that pushed the change.
    """

    id: str
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
        field_dict.update(
            {
                "id": id,
            }
        )
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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("Change", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not str:
            id = expect_type("Change", "id", id, str)

        message: Any = _get("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = expect_type("Change", "message", message, str)

        type_: Any = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = expect_type("Change", "type_", type_, str)

        author: Any = _get("author", UNSET)
        if author is not UNSET:
            try:
                author = IdentityRef.from_dict(author)
            except DecodeError as error:
                raise error.within("Change", "author")

        timestamp: Any = _get("timestamp", UNSET)
        if timestamp is not UNSET:
            try:
                timestamp = datetime.datetime.fromisoformat(timestamp)
            except (TypeError, ValueError):
                raise DecodeError("Change", "timestamp", timestamp, "date-time string") from None

        location: Any = _get("location", UNSET)
        if type(location) is not str and location is not UNSET:
            location = expect_type("Change", "location", location, str)

        message_truncated: Any = _get("messageTruncated", UNSET)
        if type(message_truncated) is not bool and message_truncated is not UNSET:
            message_truncated = expect_type("Change", "message_truncated", message_truncated, bool)

        display_uri: Any = _get("displayUri", UNSET)
        if type(display_uri) is not str and display_uri is not UNSET:
            display_uri = expect_type("Change", "display_uri", display_uri, str)

        pusher: Any = _get("pusher", UNSET)
        if type(pusher) is not str and pusher is not UNSET:
            pusher = expect_type("Change", "pusher", pusher, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        change = _new_instance(cls)
        change.id = id
        change.message = message
        change.type_ = type_
        change.author = author
        change.timestamp = timestamp
        change.location = location
        change.message_truncated = message_truncated
        change.display_uri = display_uri
        change.pusher = pusher
        change.additional_properties = additional_properties
        return change

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("message", self.message),
            ("type_", self.type_),
            ("author", self.author),
            ("timestamp", self.timestamp),
            ("location", self.location),
            ("message_truncated", self.message_truncated),
            ("display_uri", self.display_uri),
            ("pusher", self.pusher),
        )
        shown = [f"{name}={value!r}" for name, value in fields if value is not UNSET]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

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
