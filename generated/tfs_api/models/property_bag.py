from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping

T = TypeVar("T", bound="PropertyBag")
_new_instance = object.__new__

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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("PropertyBag", src_dict)
        _get = src_dict.get
        bag: Any = _get("bag", UNSET)
        if bag is not UNSET:
            try:
                bag = PropertyBagBag.from_dict(bag)
            except DecodeError as error:
                raise error.within("PropertyBag", "bag")

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        property_bag = _new_instance(cls)
        property_bag.bag = bag
        property_bag.additional_properties = additional_properties
        return property_bag

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (("bag", self.bag),)
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
from ..models.property_bag_bag import PropertyBagBag  # noqa: E402
