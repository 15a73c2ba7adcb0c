from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime, parse_uuid

T = TypeVar("T", bound="Timeline")
_new_instance = object.__new__

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
        id (UUID):
        change_id (int):
        last_changed_by (UUID | Unset): Id of the identity that last changed the timeline.
        last_changed_on (datetime.datetime | Unset):
        url (str | Unset):
        records (list[TimelineRecord] | Unset):
    """

    id: UUID
    change_id: int
    last_changed_by: UUID | Unset = UNSET
    last_changed_on: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    records: list[TimelineRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(
            {
                "id": id,
                "changeId": change_id,
            }
        )
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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("Timeline", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if id is UNSET:
            raise DecodeError("Timeline", "id", None, "UUID string", missing=True)
        try:
            id = parse_uuid(id)
        except (TypeError, ValueError):
            raise DecodeError("Timeline", "id", id, "UUID string") from None

        change_id: Any = _get("changeId", UNSET)
        if type(change_id) is not int:
            change_id = expect_type("Timeline", "change_id", change_id, int)

        last_changed_by: Any = _get("lastChangedBy", UNSET)
        if last_changed_by is not UNSET:
            try:
                last_changed_by = parse_uuid(last_changed_by)
            except (TypeError, ValueError):
                raise DecodeError(
                    "Timeline", "last_changed_by", last_changed_by, "UUID string"
                ) from None

        last_changed_on: Any = _get("lastChangedOn", UNSET)
        if last_changed_on is not UNSET:
            try:
                last_changed_on = datetime.datetime.fromisoformat(last_changed_on)
            except (TypeError, ValueError):
                raise DecodeError(
                    "Timeline", "last_changed_on", last_changed_on, "date-time string"
                ) from None

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_type("Timeline", "url", url, str)

        records: Any = _get("records", UNSET)
        if records is not UNSET:
            if type(records) is not list:
                records = expect_type("Timeline", "records", records, list)
            records_items: list[Any] = []
            for records_item in records:
                try:
                    records_item = TimelineRecord.from_dict(records_item)
                except DecodeError as error:
                    raise error.within("Timeline", ("records") + f"[{len(records_items)}]")

                records_items.append(records_item)
            records = records_items

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        timeline = _new_instance(cls)
        timeline.id = id
        timeline.change_id = change_id
        timeline.last_changed_by = last_changed_by
        timeline.last_changed_on = last_changed_on
        timeline.url = url
        timeline.records = records
        timeline.additional_properties = additional_properties
        return timeline

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("change_id", self.change_id),
            ("last_changed_by", self.last_changed_by),
            ("last_changed_on", self.last_changed_on),
            ("url", self.url),
            ("records", self.records),
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
from ..models.timeline_record import TimelineRecord  # noqa: E402
