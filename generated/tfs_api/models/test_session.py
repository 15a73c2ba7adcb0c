from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_session_state import TestSessionState
from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="TestSession")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "title",
        "comment",
        "revision",
        "state",
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


@_attrs_define
class TestSession:
    """An exploratory test session.

    Attributes:
        id (int | Unset):
        title (str | Unset):
        comment (str | Unset):
        revision (int | Unset):
        state (TestSessionState | Unset): Where a test session is in its life, as servers report it.
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

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    comment: str | Unset = UNSET
    revision: int | Unset = UNSET
    state: TestSessionState | Unset = UNSET
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

        title = self.title

        comment = self.comment

        revision = self.revision

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if comment is not UNSET:
            field_dict["comment"] = comment
        if revision is not UNSET:
            field_dict["revision"] = revision
        if state is not UNSET:
            field_dict["state"] = state
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
        id = src_dict.get("id", UNSET)

        title = src_dict.get("title", UNSET)

        comment = src_dict.get("comment", UNSET)

        revision = src_dict.get("revision", UNSET)

        _state = src_dict.get("state", UNSET)
        state: TestSessionState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = TestSessionState(_state)

        source = src_dict.get("source", UNSET)

        _start_date = src_dict.get("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = src_dict.get("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        _last_updated_date = src_dict.get("lastUpdatedDate", UNSET)
        last_updated_date: datetime.datetime | Unset
        if isinstance(_last_updated_date, Unset):
            last_updated_date = UNSET
        else:
            last_updated_date = datetime.datetime.fromisoformat(_last_updated_date)

        _owner = src_dict.get("owner", UNSET)
        owner: IdentityRef | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = IdentityRef.from_dict(_owner)

        _last_updated_by = src_dict.get("lastUpdatedBy", UNSET)
        last_updated_by: IdentityRef | Unset
        if isinstance(_last_updated_by, Unset):
            last_updated_by = UNSET
        else:
            last_updated_by = IdentityRef.from_dict(_last_updated_by)

        _project = src_dict.get("project", UNSET)
        project: TeamProjectReference | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = TeamProjectReference.from_dict(_project)

        _area = src_dict.get("area", UNSET)
        area: AreaReference | Unset
        if isinstance(_area, Unset):
            area = UNSET
        else:
            area = AreaReference.from_dict(_area)

        url = src_dict.get("url", UNSET)

        _property_bag = src_dict.get("propertyBag", UNSET)
        property_bag: PropertyBag | Unset
        if isinstance(_property_bag, Unset):
            property_bag = UNSET
        else:
            property_bag = PropertyBag.from_dict(_property_bag)

        test_session = cls(
            id=id,
            title=title,
            comment=comment,
            revision=revision,
            state=state,
            source=source,
            start_date=start_date,
            end_date=end_date,
            last_updated_date=last_updated_date,
            owner=owner,
            last_updated_by=last_updated_by,
            project=project,
            area=area,
            url=url,
            property_bag=property_bag,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            test_session.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return test_session

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
