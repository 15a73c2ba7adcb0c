from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, expect_mapping, expect_type

T = TypeVar("T", bound="TestAttachmentReference")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "url",
    }
)


@_attrs_define
class TestAttachmentReference:
    """Where a newly created attachment lives.

    Attributes:
        id (int):
        url (str):
    """

    id: int
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TestAttachmentReference", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("TestAttachmentReference", "id", id, int)

        url: Any = _get("url", UNSET)
        if type(url) is not str:
            url = expect_type("TestAttachmentReference", "url", url, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        test_attachment_reference = _new_instance(cls)
        test_attachment_reference.id = id
        test_attachment_reference.url = url
        test_attachment_reference.additional_properties = additional_properties
        return test_attachment_reference

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("url", self.url),
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
