from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, expect_mapping

T = TypeVar("T", bound="ReferenceLinks")
_new_instance = object.__new__


@_attrs_define
class ReferenceLinks:
    """Named hyperlinks to related resources (`self`, `web`, `timeline`, ...)."""

    additional_properties: dict[str, Link] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("ReferenceLinks", src_dict)
        _get = src_dict.get
        additional_properties: dict[str, Any] = {}
        for prop_name, prop_value in src_dict.items():
            try:
                prop_value = Link.from_dict(prop_value)
            except DecodeError as error:
                raise error.within("ReferenceLinks", prop_name)

            additional_properties[prop_name] = prop_value

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        reference_links = _new_instance(cls)
        reference_links.additional_properties = additional_properties
        return reference_links

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = ()
        shown = [f"{name}={value!r}" for name, value in fields if value is not UNSET]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Link:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Link) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, once: a model referenced here may import this module in turn.
from ..models.link import Link  # noqa: E402
