from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.test_attachment_type import TestAttachmentType
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime

T = TypeVar("T", bound="TestAttachment")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "url",
        "fileName",
        "comment",
        "createdDate",
        "attachmentType",
        "size",
    }
)


_TestAttachmentType_BY_VALUE = {member.value: member for member in TestAttachmentType}


@_attrs_define
class TestAttachment:
    """An attachment of a test run or result.

    Attributes:
        id (int):
        url (str):
        file_name (str):
        comment (str | Unset):
        created_date (datetime.datetime | Unset):
        attachment_type (TestAttachmentType | Unset): What kind of file an attachment is.
        size (int | Unset): Size in bytes (newer servers).
    """

    id: int
    url: str
    file_name: str
    comment: str | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    attachment_type: TestAttachmentType | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        file_name = self.file_name

        comment = self.comment

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = format_datetime(self.created_date)

        attachment_type: str | Unset = UNSET
        if not isinstance(self.attachment_type, Unset):
            attachment_type = self.attachment_type.value

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "fileName": file_name,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if attachment_type is not UNSET:
            field_dict["attachmentType"] = attachment_type
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TestAttachment", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("TestAttachment", "id", id, int)

        url: Any = _get("url", UNSET)
        if type(url) is not str:
            url = expect_type("TestAttachment", "url", url, str)

        file_name: Any = _get("fileName", UNSET)
        if type(file_name) is not str:
            file_name = expect_type("TestAttachment", "file_name", file_name, str)

        comment: Any = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = expect_type("TestAttachment", "comment", comment, str)

        created_date: Any = _get("createdDate", UNSET)
        if created_date is not UNSET:
            try:
                created_date = datetime.datetime.fromisoformat(created_date)
            except (TypeError, ValueError):
                raise DecodeError(
                    "TestAttachment", "created_date", created_date, "date-time string"
                ) from None

        attachment_type: Any = _get("attachmentType", UNSET)
        if attachment_type is not UNSET:
            try:
                attachment_type = _TestAttachmentType_BY_VALUE[attachment_type]
            except (KeyError, TypeError):
                try:
                    attachment_type = TestAttachmentType(attachment_type)
                except ValueError:
                    raise DecodeError(
                        "TestAttachment",
                        "attachment_type",
                        attachment_type,
                        "TestAttachmentType value",
                    ) from None

        size: Any = _get("size", UNSET)
        if type(size) is not int and size is not UNSET:
            size = expect_type("TestAttachment", "size", size, int)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        test_attachment = _new_instance(cls)
        test_attachment.id = id
        test_attachment.url = url
        test_attachment.file_name = file_name
        test_attachment.comment = comment
        test_attachment.created_date = created_date
        test_attachment.attachment_type = attachment_type
        test_attachment.size = size
        test_attachment.additional_properties = additional_properties
        return test_attachment

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("url", self.url),
            ("file_name", self.file_name),
            ("comment", self.comment),
            ("created_date", self.created_date),
            ("attachment_type", self.attachment_type),
            ("size", self.size),
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
