from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAgentPoolReference")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "isHosted",
    }
)


@_attrs_define
class TaskAgentPoolReference:
    """An agent pool.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        is_hosted (bool | Unset): A value indicating whether or not this pool is managed by the service.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    is_hosted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_hosted = self.is_hosted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if is_hosted is not UNSET:
            field_dict["isHosted"] = is_hosted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        is_hosted = src_dict.get("isHosted", UNSET)

        task_agent_pool_reference = cls(
            id=id,
            name=name,
            is_hosted=is_hosted,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            task_agent_pool_reference.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return task_agent_pool_reference

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
