from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentPoolQueue")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "pool",
        "url",
        "_links",
    }
)


@_attrs_define
class AgentPoolQueue:
    """The queue a build ran on.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        pool (None | TaskAgentPoolReference | Unset):
        url (str | Unset):
        field_links (ReferenceLinks | Unset): Named hyperlinks to related resources (`self`, `web`, `timeline`, ...).
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    pool: None | TaskAgentPoolReference | Unset = UNSET
    url: str | Unset = UNSET
    field_links: ReferenceLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        pool: dict[str, Any] | None | Unset
        if isinstance(self.pool, Unset):
            pool = UNSET
        elif isinstance(self.pool, TaskAgentPoolReference):
            pool = self.pool.to_dict()
        else:
            pool = self.pool

        url = self.url

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if pool is not UNSET:
            field_dict["pool"] = pool
        if url is not UNSET:
            field_dict["url"] = url
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        def _parse_pool(data: object) -> None | TaskAgentPoolReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pool_type_1 = TaskAgentPoolReference.from_dict(data)

                return pool_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskAgentPoolReference | Unset, data)

        pool = _parse_pool(src_dict.get("pool", UNSET))

        url = src_dict.get("url", UNSET)

        _field_links = src_dict.get("_links", UNSET)
        field_links: ReferenceLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = ReferenceLinks.from_dict(_field_links)

        agent_pool_queue = cls(
            id=id,
            name=name,
            pool=pool,
            url=url,
            field_links=field_links,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_pool_queue.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_pool_queue

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
from ..models.task_agent_pool_reference import TaskAgentPoolReference  # noqa: E402
