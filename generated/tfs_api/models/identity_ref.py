from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="IdentityRef")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "displayName",
        "uniqueName",
        "url",
        "imageUrl",
        "isContainer",
        "_links",
        "descriptor",
        "directoryAlias",
        "inactive",
        "isAadIdentity",
        "isDeletedInOrigin",
        "profileUrl",
    }
)


@_attrs_define
class IdentityRef:
    """A user or group.

    Attributes:
        id (None | Unset | UUID): Identity id; null for authors unknown to the server.
        display_name (str | Unset):
        unique_name (str | Unset): Account or domain name.
        url (str | Unset):
        image_url (str | Unset):
        is_container (bool | Unset): True for a group.
        field_links (ReferenceLinks | Unset): Named hyperlinks to related resources (`self`, `web`, `timeline`, ...).
        descriptor (str | Unset): The descriptor is the primary way to reference the graph subject while the system is
            running. This field will uniquely identify the same graph subject across both Accounts and Organizations.
        directory_alias (str | Unset): Deprecated - Can be retrieved by querying the Graph user referenced in the "self"
            entry of the IdentityRef "_links" dictionary
        inactive (bool | Unset): Deprecated - Can be retrieved by querying the Graph membership state referenced in the
            "membershipState" entry of the GraphUser "_links" dictionary
        is_aad_identity (bool | Unset): Deprecated - Can be inferred from the subject type of the descriptor
            (Descriptor.IsAadUserType/Descriptor.IsAadGroupType)
        is_deleted_in_origin (bool | Unset):
        profile_url (str | Unset): Deprecated - not in use in most preexisting implementations of ToIdentityRef
    """

    id: None | Unset | UUID = UNSET
    display_name: str | Unset = UNSET
    unique_name: str | Unset = UNSET
    url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    is_container: bool | Unset = UNSET
    field_links: ReferenceLinks | Unset = UNSET
    descriptor: str | Unset = UNSET
    directory_alias: str | Unset = UNSET
    inactive: bool | Unset = UNSET
    is_aad_identity: bool | Unset = UNSET
    is_deleted_in_origin: bool | Unset = UNSET
    profile_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        display_name = self.display_name

        unique_name = self.unique_name

        url = self.url

        image_url = self.image_url

        is_container = self.is_container

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        descriptor = self.descriptor

        directory_alias = self.directory_alias

        inactive = self.inactive

        is_aad_identity = self.is_aad_identity

        is_deleted_in_origin = self.is_deleted_in_origin

        profile_url = self.profile_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if unique_name is not UNSET:
            field_dict["uniqueName"] = unique_name
        if url is not UNSET:
            field_dict["url"] = url
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if is_container is not UNSET:
            field_dict["isContainer"] = is_container
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if descriptor is not UNSET:
            field_dict["descriptor"] = descriptor
        if directory_alias is not UNSET:
            field_dict["directoryAlias"] = directory_alias
        if inactive is not UNSET:
            field_dict["inactive"] = inactive
        if is_aad_identity is not UNSET:
            field_dict["isAadIdentity"] = is_aad_identity
        if is_deleted_in_origin is not UNSET:
            field_dict["isDeletedInOrigin"] = is_deleted_in_origin
        if profile_url is not UNSET:
            field_dict["profileUrl"] = profile_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = parse_uuid(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(src_dict.get("id", UNSET))

        display_name = src_dict.get("displayName", UNSET)

        unique_name = src_dict.get("uniqueName", UNSET)

        url = src_dict.get("url", UNSET)

        image_url = src_dict.get("imageUrl", UNSET)

        is_container = src_dict.get("isContainer", UNSET)

        _field_links = src_dict.get("_links", UNSET)
        field_links: ReferenceLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = ReferenceLinks.from_dict(_field_links)

        descriptor = src_dict.get("descriptor", UNSET)

        directory_alias = src_dict.get("directoryAlias", UNSET)

        inactive = src_dict.get("inactive", UNSET)

        is_aad_identity = src_dict.get("isAadIdentity", UNSET)

        is_deleted_in_origin = src_dict.get("isDeletedInOrigin", UNSET)

        profile_url = src_dict.get("profileUrl", UNSET)

        identity_ref = cls(
            id=id,
            display_name=display_name,
            unique_name=unique_name,
            url=url,
            image_url=image_url,
            is_container=is_container,
            field_links=field_links,
            descriptor=descriptor,
            directory_alias=directory_alias,
            inactive=inactive,
            is_aad_identity=is_aad_identity,
            is_deleted_in_origin=is_deleted_in_origin,
            profile_url=profile_url,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            identity_ref.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return identity_ref

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
from ..models.reference_links import ReferenceLinks  # noqa: E402
