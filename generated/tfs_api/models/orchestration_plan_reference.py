from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type, parse_uuid

T = TypeVar("T", bound="OrchestrationPlanReference")
_new_instance = object.__new__

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
        plan_id (UUID):
        orchestration_type (int | Unset): The type of the plan.
    """

    plan_id: UUID
    orchestration_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = str(self.plan_id)

        orchestration_type = self.orchestration_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planId": plan_id,
            }
        )
        if orchestration_type is not UNSET:
            field_dict["orchestrationType"] = orchestration_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("OrchestrationPlanReference", src_dict)
        _get = src_dict.get
        plan_id: Any = _get("planId", UNSET)
        if plan_id is UNSET:
            raise DecodeError(
                "OrchestrationPlanReference", "plan_id", None, "UUID string", missing=True
            )
        try:
            plan_id = parse_uuid(plan_id)
        except (TypeError, ValueError):
            raise DecodeError(
                "OrchestrationPlanReference", "plan_id", plan_id, "UUID string"
            ) from None

        orchestration_type: Any = _get("orchestrationType", UNSET)
        if type(orchestration_type) is not int and orchestration_type is not UNSET:
            orchestration_type = expect_type(
                "OrchestrationPlanReference", "orchestration_type", orchestration_type, int
            )

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        orchestration_plan_reference = _new_instance(cls)
        orchestration_plan_reference.plan_id = plan_id
        orchestration_plan_reference.orchestration_type = orchestration_type
        orchestration_plan_reference.additional_properties = additional_properties
        return orchestration_plan_reference

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("plan_id", self.plan_id),
            ("orchestration_type", self.orchestration_type),
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
