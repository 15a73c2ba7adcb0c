from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_update_result import BuildUpdateResult
from ..models.build_update_status import BuildUpdateStatus
from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="BuildUpdate")

_KNOWN_KEYS = frozenset(
    {
        "keepForever",
        "buildNumber",
        "startTime",
        "finishTime",
        "status",
        "result",
        "sourceVersion",
    }
)


@_attrs_define
class BuildUpdate:
    """The fields of a build that can change; send only those to change.

    Attributes:
        keep_forever (bool | Unset): Keep the build out of retention policies.
        build_number (str | Unset): Not blank (a character other than whitespace), at most 260 characters (servers
            answer 400).
        start_time (datetime.datetime | Unset): Can be set only once.
        finish_time (datetime.datetime | Unset): Can be set only once.
        status (BuildUpdateStatus | Unset): A status an update can give a build (`all` is a filter and `none` no status;
            servers answer 400).
        result (BuildUpdateResult | Unset): A result an update can give a build (`none`, which 7.1 servers report for
            unfinished builds, is not one; servers answer 400).
        source_version (str | Unset):
    """

    keep_forever: bool | Unset = UNSET
    build_number: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    finish_time: datetime.datetime | Unset = UNSET
    status: BuildUpdateStatus | Unset = UNSET
    result: BuildUpdateResult | Unset = UNSET
    source_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keep_forever = self.keep_forever

        build_number = self.build_number

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = format_datetime(self.start_time)

        finish_time: str | Unset = UNSET
        if not isinstance(self.finish_time, Unset):
            finish_time = format_datetime(self.finish_time)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        source_version = self.source_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keep_forever is not UNSET:
            field_dict["keepForever"] = keep_forever
        if build_number is not UNSET:
            field_dict["buildNumber"] = build_number
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if source_version is not UNSET:
            field_dict["sourceVersion"] = source_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        keep_forever = src_dict.get("keepForever", UNSET)

        build_number = src_dict.get("buildNumber", UNSET)

        _start_time = src_dict.get("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _finish_time = src_dict.get("finishTime", UNSET)
        finish_time: datetime.datetime | Unset
        if isinstance(_finish_time, Unset):
            finish_time = UNSET
        else:
            finish_time = datetime.datetime.fromisoformat(_finish_time)

        _status = src_dict.get("status", UNSET)
        status: BuildUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BuildUpdateStatus(_status)

        _result = src_dict.get("result", UNSET)
        result: BuildUpdateResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = BuildUpdateResult(_result)

        source_version = src_dict.get("sourceVersion", UNSET)

        build_update = cls(
            keep_forever=keep_forever,
            build_number=build_number,
            start_time=start_time,
            finish_time=finish_time,
            status=status,
            result=result,
            source_version=source_version,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            build_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return build_update

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
