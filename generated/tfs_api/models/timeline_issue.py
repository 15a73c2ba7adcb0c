from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="TimelineIssue")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "type",
        "category",
        "message",
        "data",
    }
)


@_attrs_define
class TimelineIssue:
    """An error or warning raised by a task.

    Attributes:
        type_ (str | Unset): `error` or `warning`.
        category (str | Unset):
        message (str | Unset):
        data (TimelineIssueData | Unset):
    """

    type_: str | Unset = UNSET
    category: str | Unset = UNSET
    message: str | Unset = UNSET
    data: TimelineIssueData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        category = self.category

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if category is not UNSET:
            field_dict["category"] = category
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TimelineIssue", src_dict)
        _get = src_dict.get
        type_: Any = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = expect_type("TimelineIssue", "type_", type_, str)

        category: Any = _get("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = expect_type("TimelineIssue", "category", category, str)

        message: Any = _get("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = expect_type("TimelineIssue", "message", message, str)

        data: Any = _get("data", UNSET)
        if data is not UNSET:
            try:
                data = TimelineIssueData.from_dict(data)
            except DecodeError as error:
                raise error.within("TimelineIssue", "data")

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        timeline_issue = _new_instance(cls)
        timeline_issue.type_ = type_
        timeline_issue.category = category
        timeline_issue.message = message
        timeline_issue.data = data
        timeline_issue.additional_properties = additional_properties
        return timeline_issue

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("type_", self.type_),
            ("category", self.category),
            ("message", self.message),
            ("data", self.data),
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
from ..models.timeline_issue_data import TimelineIssueData  # noqa: E402
