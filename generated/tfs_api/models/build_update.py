from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.build_update_result import BuildUpdateResult
from ..models.build_update_status import BuildUpdateStatus
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime

T = TypeVar("T", bound="BuildUpdate")
_new_instance = object.__new__

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


_BuildUpdateResult_BY_VALUE = {member.value: member for member in BuildUpdateResult}

_BuildUpdateStatus_BY_VALUE = {member.value: member for member in BuildUpdateStatus}


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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("BuildUpdate", src_dict)
        _get = src_dict.get
        keep_forever: Any = _get("keepForever", UNSET)
        if type(keep_forever) is not bool and keep_forever is not UNSET:
            keep_forever = expect_type("BuildUpdate", "keep_forever", keep_forever, bool)

        build_number: Any = _get("buildNumber", UNSET)
        if type(build_number) is not str and build_number is not UNSET:
            build_number = expect_type("BuildUpdate", "build_number", build_number, str)

        start_time: Any = _get("startTime", UNSET)
        if start_time is not UNSET:
            try:
                start_time = datetime.datetime.fromisoformat(start_time)
            except (TypeError, ValueError):
                raise DecodeError(
                    "BuildUpdate", "start_time", start_time, "date-time string"
                ) from None

        finish_time: Any = _get("finishTime", UNSET)
        if finish_time is not UNSET:
            try:
                finish_time = datetime.datetime.fromisoformat(finish_time)
            except (TypeError, ValueError):
                raise DecodeError(
                    "BuildUpdate", "finish_time", finish_time, "date-time string"
                ) from None

        status: Any = _get("status", UNSET)
        if status is not UNSET:
            try:
                status = _BuildUpdateStatus_BY_VALUE[status]
            except (KeyError, TypeError):
                try:
                    status = BuildUpdateStatus(status)
                except ValueError:
                    raise DecodeError(
                        "BuildUpdate", "status", status, "BuildUpdateStatus value"
                    ) from None

        result: Any = _get("result", UNSET)
        if result is not UNSET:
            try:
                result = _BuildUpdateResult_BY_VALUE[result]
            except (KeyError, TypeError):
                try:
                    result = BuildUpdateResult(result)
                except ValueError:
                    raise DecodeError(
                        "BuildUpdate", "result", result, "BuildUpdateResult value"
                    ) from None

        source_version: Any = _get("sourceVersion", UNSET)
        if type(source_version) is not str and source_version is not UNSET:
            source_version = expect_type("BuildUpdate", "source_version", source_version, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        build_update = _new_instance(cls)
        build_update.keep_forever = keep_forever
        build_update.build_number = build_number
        build_update.start_time = start_time
        build_update.finish_time = finish_time
        build_update.status = status
        build_update.result = result
        build_update.source_version = source_version
        build_update.additional_properties = additional_properties
        return build_update

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("keep_forever", self.keep_forever),
            ("build_number", self.build_number),
            ("start_time", self.start_time),
            ("finish_time", self.finish_time),
            ("status", self.status),
            ("result", self.result),
            ("source_version", self.source_version),
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
