from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PropertyBag")

_KNOWN_KEYS = frozenset(
    {
        "bag",
    }
)


@_attrs_define
class PropertyBag:
    """Free-form session properties; values are JSON-encoded text.

    Attributes:
        bag (PropertyBagBag | Unset):
    """

    bag: PropertyBagBag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bag, Unset):
            bag = self.bag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bag is not UNSET:
            field_dict["bag"] = bag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _bag = src_dict.get("bag", UNSET)
        bag: PropertyBagBag | Unset
        if isinstance(_bag, Unset):
            bag = UNSET
        else:
            bag = PropertyBagBag.from_dict(_bag)

        property_bag = cls(
            bag=bag,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            property_bag.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return property_bag

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
from ..models.property_bag_bag import PropertyBagBag  # noqa: E402
