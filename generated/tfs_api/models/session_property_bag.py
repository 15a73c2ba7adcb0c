from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionPropertyBag")

_KNOWN_KEYS = frozenset(
    {
        "Bag",
    }
)


@_attrs_define
class SessionPropertyBag:
    """Session properties (PascalCase, as sent). `Bag` maps names such as `ExploredWorkItem` and `AssociatedWorkItem` to
    JSON-encoded arrays.

        Attributes:
            bag (SessionPropertyBagBag | Unset):
    """

    bag: SessionPropertyBagBag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bag, Unset):
            bag = self.bag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bag is not UNSET:
            field_dict["Bag"] = bag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _bag = src_dict.get("Bag", UNSET)
        bag: SessionPropertyBagBag | Unset
        if isinstance(_bag, Unset):
            bag = UNSET
        else:
            bag = SessionPropertyBagBag.from_dict(_bag)

        session_property_bag = cls(
            bag=bag,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            session_property_bag.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return session_property_bag

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
from ..models.session_property_bag_bag import SessionPropertyBagBag  # noqa: E402
