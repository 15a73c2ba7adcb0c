from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.test_attachment_type import TestAttachmentType
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="TestAttachmentRequest")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "stream",
        "fileName",
        "comment",
        "attachmentType",
    }
)


_TestAttachmentType_BY_VALUE = {member.value: member for member in TestAttachmentType}


@_attrs_define
class TestAttachmentRequest:
    """A file to attach, carried as base64 text.

    Attributes:
        stream (str): The file's bytes, base64-encoded.
        file_name (str): Name the file is stored under (no NUL character; servers answer 400).
        comment (str | Unset): A comment on the attachment.
        attachment_type (TestAttachmentType | Unset): What kind of file an attachment is. Default:
            TestAttachmentType.GENERAL_ATTACHMENT.
    """

    stream: str
    file_name: str
    comment: str | Unset = UNSET
    attachment_type: TestAttachmentType | Unset = TestAttachmentType.GENERAL_ATTACHMENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream = self.stream

        file_name = self.file_name

        comment = self.comment

        attachment_type: str | Unset = UNSET
        if not isinstance(self.attachment_type, Unset):
            attachment_type = self.attachment_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stream": stream,
                "fileName": file_name,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if attachment_type is not UNSET:
            field_dict["attachmentType"] = attachment_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TestAttachmentRequest", src_dict)
        _get = src_dict.get
        stream: Any = _get("stream", UNSET)
        if type(stream) is not str:
            stream = expect_type("TestAttachmentRequest", "stream", stream, str)

        file_name: Any = _get("fileName", UNSET)
        if type(file_name) is not str:
            file_name = expect_type("TestAttachmentRequest", "file_name", file_name, str)

        comment: Any = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = expect_type("TestAttachmentRequest", "comment", comment, str)

        attachment_type: Any = _get("attachmentType", UNSET)
        if attachment_type is not UNSET:
            try:
                attachment_type = _TestAttachmentType_BY_VALUE[attachment_type]
            except (KeyError, TypeError):
                try:
                    attachment_type = TestAttachmentType(attachment_type)
                except ValueError:
                    raise DecodeError(
                        "TestAttachmentRequest",
                        "attachment_type",
                        attachment_type,
                        "TestAttachmentType value",
                    ) from None

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        test_attachment_request = _new_instance(cls)
        test_attachment_request.stream = stream
        test_attachment_request.file_name = file_name
        test_attachment_request.comment = comment
        test_attachment_request.attachment_type = attachment_type
        test_attachment_request.additional_properties = additional_properties
        return test_attachment_request

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("stream", self.stream),
            ("file_name", self.file_name),
            ("comment", self.comment),
            ("attachment_type", self.attachment_type),
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
