from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.test_session_state_code import TestSessionStateCode
from ..models.test_session_state_name import TestSessionStateName
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="TestSessionUpdate")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Title",
        "Area",
        "Comment",
        "State",
        "Revision",
        "PropertyBag",
    }
)


_TestSessionStateCode_BY_VALUE = {member.value: member for member in TestSessionStateCode}

_TestSessionStateName_BY_VALUE = {member.value: member for member in TestSessionStateName}


@_attrs_define
class TestSessionUpdate:
    """The session to change (by `Id`, required: servers answer 400 without it) and the fields to change. The recorded
    sample spells it `id`, which servers bind too (names are case-insensitive), so either spelling satisfies the schema.

        Attributes:
            id (int): ID of the session to update.
            title (str | Unset): Not blank (a character other than whitespace), at most 1024 characters (servers answer
                400).
            area (SessionArea | Unset): The area path of a session (PascalCase, as sent).
            comment (str | Unset):
            state (TestSessionStateCode | TestSessionStateName | Unset): The new state, by name or by number.
            revision (int | Unset): The revision being updated; must be current.
            property_bag (SessionPropertyBag | Unset): Session properties (PascalCase, as sent). `Bag` maps names such as
                `ExploredWorkItem` and `AssociatedWorkItem` to JSON-encoded arrays.
    """

    id: int
    title: str | Unset = UNSET
    area: SessionArea | Unset = UNSET
    comment: str | Unset = UNSET
    state: TestSessionStateCode | TestSessionStateName | Unset = UNSET
    revision: int | Unset = UNSET
    property_bag: SessionPropertyBag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        area: dict[str, Any] | Unset = UNSET
        if not isinstance(self.area, Unset):
            area = self.area.to_dict()

        comment = self.comment

        state: int | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, TestSessionStateName):
            state = self.state.value
        else:
            state = self.state.value

        revision = self.revision

        property_bag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_bag, Unset):
            property_bag = self.property_bag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
            }
        )
        if title is not UNSET:
            field_dict["Title"] = title
        if area is not UNSET:
            field_dict["Area"] = area
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if state is not UNSET:
            field_dict["State"] = state
        if revision is not UNSET:
            field_dict["Revision"] = revision
        if property_bag is not UNSET:
            field_dict["PropertyBag"] = property_bag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TestSessionUpdate", src_dict)
        _get = src_dict.get
        id: Any = _get("Id", UNSET)
        if type(id) is not int:
            id = expect_type("TestSessionUpdate", "id", id, int)

        title: Any = _get("Title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_type("TestSessionUpdate", "title", title, str)

        area: Any = _get("Area", UNSET)
        if area is not UNSET:
            try:
                area = SessionArea.from_dict(area)
            except DecodeError as error:
                raise error.within("TestSessionUpdate", "area")

        comment: Any = _get("Comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = expect_type("TestSessionUpdate", "comment", comment, str)

        state: Any = _get("State", UNSET)
        if state is not UNSET:
            if isinstance(state, str):
                try:
                    state = _TestSessionStateName_BY_VALUE[state]
                except (KeyError, TypeError):
                    try:
                        state = TestSessionStateName(state)
                    except ValueError:
                        raise DecodeError(
                            "TestSessionUpdate", "state", state, "TestSessionStateName value"
                        ) from None

            elif isinstance(state, int) and type(state) is not bool:
                if type(state) is not int:
                    raise DecodeError(
                        "TestSessionUpdate", "state", state, "TestSessionStateCode value (int)"
                    )
                try:
                    state = _TestSessionStateCode_BY_VALUE[state]
                except (KeyError, TypeError):
                    try:
                        state = TestSessionStateCode(state)
                    except ValueError:
                        raise DecodeError(
                            "TestSessionUpdate", "state", state, "TestSessionStateCode value"
                        ) from None

            else:
                raise DecodeError(
                    "TestSessionUpdate",
                    "state",
                    state,
                    "TestSessionStateName value or TestSessionStateCode value",
                )

        revision: Any = _get("Revision", UNSET)
        if type(revision) is not int and revision is not UNSET:
            revision = expect_type("TestSessionUpdate", "revision", revision, int)

        property_bag: Any = _get("PropertyBag", UNSET)
        if property_bag is not UNSET:
            try:
                property_bag = SessionPropertyBag.from_dict(property_bag)
            except DecodeError as error:
                raise error.within("TestSessionUpdate", "property_bag")

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        test_session_update = _new_instance(cls)
        test_session_update.id = id
        test_session_update.title = title
        test_session_update.area = area
        test_session_update.comment = comment
        test_session_update.state = state
        test_session_update.revision = revision
        test_session_update.property_bag = property_bag
        test_session_update.additional_properties = additional_properties
        return test_session_update

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("title", self.title),
            ("area", self.area),
            ("comment", self.comment),
            ("state", self.state),
            ("revision", self.revision),
            ("property_bag", self.property_bag),
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
from ..models.session_property_bag import SessionPropertyBag  # noqa: E402
