from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimelineIssue")

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
        type_ = src_dict.get("type", UNSET)

        category = src_dict.get("category", UNSET)

        message = src_dict.get("message", UNSET)

        _data = src_dict.get("data", UNSET)
        data: TimelineIssueData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TimelineIssueData.from_dict(_data)

        timeline_issue = cls(
            type_=type_,
            category=category,
            message=message,
            data=data,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            timeline_issue.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return timeline_issue

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
