from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="TestSessionCreate")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Title",
        "Area",
    }
)


@_attrs_define
class TestSessionCreate:
    """A new test session. Servers bind member names case-insensitively (an exact match first), so without `Area` a lower-
    case `area` is held to the same schema.

        Attributes:
            title (str): Not blank (a character other than whitespace), at most 1024 characters (servers answer 400).
            area (SessionArea | Unset): The area path of a session (PascalCase, as sent).
    """

    title: str
    area: SessionArea | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        area: dict[str, Any] | Unset = UNSET
        if not isinstance(self.area, Unset):
            area = self.area.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Title": title,
            }
        )
        if area is not UNSET:
            field_dict["Area"] = area

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TestSessionCreate", src_dict)
        _get = src_dict.get
        title: Any = _get("Title", UNSET)
        if type(title) is not str:
            title = expect_type("TestSessionCreate", "title", title, str)

        area: Any = _get("Area", UNSET)
        if area is not UNSET:
            try:
                area = SessionArea.from_dict(area)
            except DecodeError as error:
                raise error.within("TestSessionCreate", "area")

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        test_session_create = _new_instance(cls)
        test_session_create.title = title
        test_session_create.area = area
        test_session_create.additional_properties = additional_properties
        return test_session_create

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("title", self.title),
            ("area", self.area),
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
from ..models.session_area import SessionArea  # noqa: E402
