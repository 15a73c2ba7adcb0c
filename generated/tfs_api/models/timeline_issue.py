from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeline_issue_data import TimelineIssueData


T = TypeVar("T", bound="TimelineIssue")


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
        from ..models.timeline_issue_data import TimelineIssueData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        category = d.pop("category", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
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

        timeline_issue.additional_properties = d
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
