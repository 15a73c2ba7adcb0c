from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="OrchestrationPlanReference")

_KNOWN_KEYS = frozenset(
    {
        "planId",
        "orchestrationType",
    }
)


@_attrs_define
class OrchestrationPlanReference:
    """The orchestration plan that ran the build.

    Attributes:
        plan_id (UUID | Unset):
        orchestration_type (int | Unset): The type of the plan.
    """

    plan_id: UUID | Unset = UNSET
    orchestration_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id: str | Unset = UNSET
        if not isinstance(self.plan_id, Unset):
            plan_id = str(self.plan_id)

        orchestration_type = self.orchestration_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if orchestration_type is not UNSET:
            field_dict["orchestrationType"] = orchestration_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _plan_id = src_dict.get("planId", UNSET)
        plan_id: UUID | Unset
        if isinstance(_plan_id, Unset):
            plan_id = UNSET
        else:
            plan_id = parse_uuid(_plan_id)

        orchestration_type = src_dict.get("orchestrationType", UNSET)

        orchestration_plan_reference = cls(
            plan_id=plan_id,
            orchestration_type=orchestration_type,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            orchestration_plan_reference.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return orchestration_plan_reference

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
