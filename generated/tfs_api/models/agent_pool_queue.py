from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="AgentPoolQueue")
_new_instance = object.__new__

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
        id (int):
        name (str):
        pool (None | TaskAgentPoolReference | Unset):
        url (str | Unset):
        field_links (ReferenceLinks | Unset): Named hyperlinks to related resources (`self`, `web`, `timeline`, ...).
    """

    id: int
    name: str
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
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if pool is not UNSET:
            field_dict["pool"] = pool
        if url is not UNSET:
            field_dict["url"] = url
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("AgentPoolQueue", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("AgentPoolQueue", "id", id, int)

        name: Any = _get("name", UNSET)
        if type(name) is not str:
            name = expect_type("AgentPoolQueue", "name", name, str)

        pool: Any = _get("pool", UNSET)
        if pool is not UNSET:
            if pool is None:
                pass
            elif isinstance(pool, Mapping):
                try:
                    pool = TaskAgentPoolReference.from_dict(pool)
                except DecodeError as error:
                    raise error.within("AgentPoolQueue", "pool")

            else:
                raise DecodeError(
                    "AgentPoolQueue", "pool", pool, "null or TaskAgentPoolReference object"
                )

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_type("AgentPoolQueue", "url", url, str)

        field_links: Any = _get("_links", UNSET)
        if field_links is not UNSET:
            try:
                field_links = ReferenceLinks.from_dict(field_links)
            except DecodeError as error:
                raise error.within("AgentPoolQueue", "field_links")

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        agent_pool_queue = _new_instance(cls)
        agent_pool_queue.id = id
        agent_pool_queue.name = name
        agent_pool_queue.pool = pool
        agent_pool_queue.url = url
        agent_pool_queue.field_links = field_links
        agent_pool_queue.additional_properties = additional_properties
        return agent_pool_queue

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("name", self.name),
            ("pool", self.pool),
            ("url", self.url),
            ("field_links", self.field_links),
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
from ..models.task_agent_pool_reference import TaskAgentPoolReference  # noqa: E402
