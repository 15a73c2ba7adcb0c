from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type, parse_uuid

T = TypeVar("T", bound="IdentityRef")
_new_instance = object.__new__

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
        id (None | UUID): Identity id; null for authors unknown to the server.
        display_name (str):
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

    id: None | UUID
    display_name: str
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
        id: None | str
        if isinstance(self.id, UUID):
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
        field_dict.update(
            {
                "id": id,
                "displayName": display_name,
            }
        )
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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("IdentityRef", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if id is UNSET:
            raise DecodeError("IdentityRef", "id", None, "UUID string or null", missing=True)
        if isinstance(id, str):
            try:
                id = parse_uuid(id)
            except (TypeError, ValueError):
                raise DecodeError("IdentityRef", "id", id, "UUID string") from None

        elif id is None:
            pass
        else:
            raise DecodeError("IdentityRef", "id", id, "UUID string or null")

        display_name: Any = _get("displayName", UNSET)
        if type(display_name) is not str:
            display_name = expect_type("IdentityRef", "display_name", display_name, str)

        unique_name: Any = _get("uniqueName", UNSET)
        if type(unique_name) is not str and unique_name is not UNSET:
            unique_name = expect_type("IdentityRef", "unique_name", unique_name, str)

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_type("IdentityRef", "url", url, str)

        image_url: Any = _get("imageUrl", UNSET)
        if type(image_url) is not str and image_url is not UNSET:
            image_url = expect_type("IdentityRef", "image_url", image_url, str)

        is_container: Any = _get("isContainer", UNSET)
        if type(is_container) is not bool and is_container is not UNSET:
            is_container = expect_type("IdentityRef", "is_container", is_container, bool)

        field_links: Any = _get("_links", UNSET)
        if field_links is not UNSET:
            try:
                field_links = ReferenceLinks.from_dict(field_links)
            except DecodeError as error:
                raise error.within("IdentityRef", "field_links")

        descriptor: Any = _get("descriptor", UNSET)
        if type(descriptor) is not str and descriptor is not UNSET:
            descriptor = expect_type("IdentityRef", "descriptor", descriptor, str)

        directory_alias: Any = _get("directoryAlias", UNSET)
        if type(directory_alias) is not str and directory_alias is not UNSET:
            directory_alias = expect_type("IdentityRef", "directory_alias", directory_alias, str)

        inactive: Any = _get("inactive", UNSET)
        if type(inactive) is not bool and inactive is not UNSET:
            inactive = expect_type("IdentityRef", "inactive", inactive, bool)

        is_aad_identity: Any = _get("isAadIdentity", UNSET)
        if type(is_aad_identity) is not bool and is_aad_identity is not UNSET:
            is_aad_identity = expect_type("IdentityRef", "is_aad_identity", is_aad_identity, bool)

        is_deleted_in_origin: Any = _get("isDeletedInOrigin", UNSET)
        if type(is_deleted_in_origin) is not bool and is_deleted_in_origin is not UNSET:
            is_deleted_in_origin = expect_type(
                "IdentityRef", "is_deleted_in_origin", is_deleted_in_origin, bool
            )

        profile_url: Any = _get("profileUrl", UNSET)
        if type(profile_url) is not str and profile_url is not UNSET:
            profile_url = expect_type("IdentityRef", "profile_url", profile_url, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        identity_ref = _new_instance(cls)
        identity_ref.id = id
        identity_ref.display_name = display_name
        identity_ref.unique_name = unique_name
        identity_ref.url = url
        identity_ref.image_url = image_url
        identity_ref.is_container = is_container
        identity_ref.field_links = field_links
        identity_ref.descriptor = descriptor
        identity_ref.directory_alias = directory_alias
        identity_ref.inactive = inactive
        identity_ref.is_aad_identity = is_aad_identity
        identity_ref.is_deleted_in_origin = is_deleted_in_origin
        identity_ref.profile_url = profile_url
        identity_ref.additional_properties = additional_properties
        return identity_ref

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("display_name", self.display_name),
            ("unique_name", self.unique_name),
            ("url", self.url),
            ("image_url", self.image_url),
            ("is_container", self.is_container),
            ("field_links", self.field_links),
            ("descriptor", self.descriptor),
            ("directory_alias", self.directory_alias),
            ("inactive", self.inactive),
            ("is_aad_identity", self.is_aad_identity),
            ("is_deleted_in_origin", self.is_deleted_in_origin),
            ("profile_url", self.profile_url),
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
from ..models.reference_links import ReferenceLinks  # noqa: E402
