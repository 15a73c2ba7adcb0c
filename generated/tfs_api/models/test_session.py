from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.test_session_state import TestSessionState
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime

T = TypeVar("T", bound="TestSession")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "revision",
        "state",
        "title",
        "comment",
        "source",
        "startDate",
        "endDate",
        "lastUpdatedDate",
        "owner",
        "lastUpdatedBy",
        "project",
        "area",
        "url",
        "propertyBag",
    }
)


_TestSessionState_BY_VALUE = {member.value: member for member in TestSessionState}


@_attrs_define
class TestSession:
    """An exploratory test session.

    Attributes:
        id (int):
        revision (int):
        state (TestSessionState): Where a test session is in its life, as servers report it.
        title (str | Unset):
        comment (str | Unset):
        source (str | Unset): Where the session was recorded, e.g. `xtWeb`.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        last_updated_date (datetime.datetime | Unset):
        owner (IdentityRef | Unset): A user or group.
        last_updated_by (IdentityRef | Unset): A user or group.
        project (TeamProjectReference | Unset): A team project, as referenced from another resource.
        area (AreaReference | Unset): An area path.
        url (str | Unset):
        property_bag (PropertyBag | Unset): Free-form session properties; values are JSON-encoded text.
    """

    id: int
    revision: int
    state: TestSessionState
    title: str | Unset = UNSET
    comment: str | Unset = UNSET
    source: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    last_updated_date: datetime.datetime | Unset = UNSET
    owner: IdentityRef | Unset = UNSET
    last_updated_by: IdentityRef | Unset = UNSET
    project: TeamProjectReference | Unset = UNSET
    area: AreaReference | Unset = UNSET
    url: str | Unset = UNSET
    property_bag: PropertyBag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        revision = self.revision

        state = self.state.value

        title = self.title

        comment = self.comment

        source = self.source

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = format_datetime(self.start_date)

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = format_datetime(self.end_date)

        last_updated_date: str | Unset = UNSET
        if not isinstance(self.last_updated_date, Unset):
            last_updated_date = format_datetime(self.last_updated_date)

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        last_updated_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_by, Unset):
            last_updated_by = self.last_updated_by.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        area: dict[str, Any] | Unset = UNSET
        if not isinstance(self.area, Unset):
            area = self.area.to_dict()

        url = self.url

        property_bag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_bag, Unset):
            property_bag = self.property_bag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "revision": revision,
                "state": state,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if comment is not UNSET:
            field_dict["comment"] = comment
        if source is not UNSET:
            field_dict["source"] = source
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if last_updated_date is not UNSET:
            field_dict["lastUpdatedDate"] = last_updated_date
        if owner is not UNSET:
            field_dict["owner"] = owner
        if last_updated_by is not UNSET:
            field_dict["lastUpdatedBy"] = last_updated_by
        if project is not UNSET:
            field_dict["project"] = project
        if area is not UNSET:
            field_dict["area"] = area
        if url is not UNSET:
            field_dict["url"] = url
        if property_bag is not UNSET:
            field_dict["propertyBag"] = property_bag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TestSession", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("TestSession", "id", id, int)

        revision: Any = _get("revision", UNSET)
        if type(revision) is not int:
            revision = expect_type("TestSession", "revision", revision, int)

        state: Any = _get("state", UNSET)
        if state is UNSET:
            raise DecodeError("TestSession", "state", None, "TestSessionState value", missing=True)
        try:
            state = _TestSessionState_BY_VALUE[state]
        except (KeyError, TypeError):
            try:
                state = TestSessionState(state)
            except ValueError:
                raise DecodeError("TestSession", "state", state, "TestSessionState value") from None

        title: Any = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_type("TestSession", "title", title, str)

        comment: Any = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = expect_type("TestSession", "comment", comment, str)

        source: Any = _get("source", UNSET)
        if type(source) is not str and source is not UNSET:
            source = expect_type("TestSession", "source", source, str)

        start_date: Any = _get("startDate", UNSET)
        if start_date is not UNSET:
            try:
                start_date = datetime.datetime.fromisoformat(start_date)
            except (TypeError, ValueError):
                raise DecodeError(
                    "TestSession", "start_date", start_date, "date-time string"
                ) from None

        end_date: Any = _get("endDate", UNSET)
        if end_date is not UNSET:
            try:
                end_date = datetime.datetime.fromisoformat(end_date)
            except (TypeError, ValueError):
                raise DecodeError("TestSession", "end_date", end_date, "date-time string") from None

        last_updated_date: Any = _get("lastUpdatedDate", UNSET)
        if last_updated_date is not UNSET:
            try:
                last_updated_date = datetime.datetime.fromisoformat(last_updated_date)
            except (TypeError, ValueError):
                raise DecodeError(
                    "TestSession", "last_updated_date", last_updated_date, "date-time string"
                ) from None

        owner: Any = _get("owner", UNSET)
        if owner is not UNSET:
            try:
                owner = IdentityRef.from_dict(owner)
            except DecodeError as error:
                raise error.within("TestSession", "owner")

        last_updated_by: Any = _get("lastUpdatedBy", UNSET)
        if last_updated_by is not UNSET:
            try:
                last_updated_by = IdentityRef.from_dict(last_updated_by)
            except DecodeError as error:
                raise error.within("TestSession", "last_updated_by")

        project: Any = _get("project", UNSET)
        if project is not UNSET:
            try:
                project = TeamProjectReference.from_dict(project)
            except DecodeError as error:
                raise error.within("TestSession", "project")

        area: Any = _get("area", UNSET)
        if area is not UNSET:
            try:
                area = AreaReference.from_dict(area)
            except DecodeError as error:
                raise error.within("TestSession", "area")

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_type("TestSession", "url", url, str)

        property_bag: Any = _get("propertyBag", UNSET)
        if property_bag is not UNSET:
            try:
                property_bag = PropertyBag.from_dict(property_bag)
            except DecodeError as error:
                raise error.within("TestSession", "property_bag")

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        test_session = _new_instance(cls)
        test_session.id = id
        test_session.revision = revision
        test_session.state = state
        test_session.title = title
        test_session.comment = comment
        test_session.source = source
        test_session.start_date = start_date
        test_session.end_date = end_date
        test_session.last_updated_date = last_updated_date
        test_session.owner = owner
        test_session.last_updated_by = last_updated_by
        test_session.project = project
        test_session.area = area
        test_session.url = url
        test_session.property_bag = property_bag
        test_session.additional_properties = additional_properties
        return test_session

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("revision", self.revision),
            ("state", self.state),
            ("title", self.title),
            ("comment", self.comment),
            ("source", self.source),
            ("start_date", self.start_date),
            ("end_date", self.end_date),
            ("last_updated_date", self.last_updated_date),
            ("owner", self.owner),
            ("last_updated_by", self.last_updated_by),
            ("project", self.project),
            ("area", self.area),
            ("url", self.url),
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
from ..models.area_reference import AreaReference  # noqa: E402
from ..models.identity_ref import IdentityRef  # noqa: E402
from ..models.property_bag import PropertyBag  # noqa: E402
from ..models.team_project_reference import TeamProjectReference  # noqa: E402
