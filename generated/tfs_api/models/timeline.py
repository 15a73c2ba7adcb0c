from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime, parse_uuid

T = TypeVar("T", bound="Timeline")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "changeId",
        "lastChangedBy",
        "lastChangedOn",
        "url",
        "records",
    }
)


@_attrs_define
class Timeline:
    """The jobs and tasks of a build.

    Attributes:
        id (UUID | Unset):
        change_id (int | Unset):
        last_changed_by (UUID | Unset): Id of the identity that last changed the timeline.
        last_changed_on (datetime.datetime | Unset):
        url (str | Unset):
        records (list[TimelineRecord] | Unset):
    """

    id: UUID | Unset = UNSET
    change_id: int | Unset = UNSET
    last_changed_by: UUID | Unset = UNSET
    last_changed_on: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    records: list[TimelineRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        change_id = self.change_id

        last_changed_by: str | Unset = UNSET
        if not isinstance(self.last_changed_by, Unset):
            last_changed_by = str(self.last_changed_by)

        last_changed_on: str | Unset = UNSET
        if not isinstance(self.last_changed_on, Unset):
            last_changed_on = format_datetime(self.last_changed_on)

        url = self.url

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if change_id is not UNSET:
            field_dict["changeId"] = change_id
        if last_changed_by is not UNSET:
            field_dict["lastChangedBy"] = last_changed_by
        if last_changed_on is not UNSET:
            field_dict["lastChangedOn"] = last_changed_on
        if url is not UNSET:
            field_dict["url"] = url
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _id = src_dict.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid(_id)

        change_id = src_dict.get("changeId", UNSET)

        _last_changed_by = src_dict.get("lastChangedBy", UNSET)
        last_changed_by: UUID | Unset
        if isinstance(_last_changed_by, Unset):
            last_changed_by = UNSET
        else:
            last_changed_by = parse_uuid(_last_changed_by)

        _last_changed_on = src_dict.get("lastChangedOn", UNSET)
        last_changed_on: datetime.datetime | Unset
        if isinstance(_last_changed_on, Unset):
            last_changed_on = UNSET
        else:
            last_changed_on = datetime.datetime.fromisoformat(_last_changed_on)

        url = src_dict.get("url", UNSET)

        _records = src_dict.get("records", UNSET)
        records: list[TimelineRecord] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = TimelineRecord.from_dict(records_item_data)

                records.append(records_item)

        timeline = cls(
            id=id,
            change_id=change_id,
            last_changed_by=last_changed_by,
            last_changed_on=last_changed_on,
            url=url,
            records=records,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            timeline.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return timeline

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
from ..models.timeline_record import TimelineRecord  # noqa: E402
