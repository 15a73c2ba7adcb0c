from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoverageStatistics")

_KNOWN_KEYS = frozenset(
    {
        "blocksCovered",
        "blocksNotCovered",
        "linesCovered",
        "linesNotCovered",
        "linesPartiallyCovered",
    }
)


@_attrs_define
class CoverageStatistics:
    """Coverage counts.

    Attributes:
        blocks_covered (int | Unset):
        blocks_not_covered (int | Unset):
        lines_covered (int | Unset):
        lines_not_covered (int | Unset):
        lines_partially_covered (int | Unset):
    """

    blocks_covered: int | Unset = UNSET
    blocks_not_covered: int | Unset = UNSET
    lines_covered: int | Unset = UNSET
    lines_not_covered: int | Unset = UNSET
    lines_partially_covered: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blocks_covered = self.blocks_covered

        blocks_not_covered = self.blocks_not_covered

        lines_covered = self.lines_covered

        lines_not_covered = self.lines_not_covered

        lines_partially_covered = self.lines_partially_covered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocks_covered is not UNSET:
            field_dict["blocksCovered"] = blocks_covered
        if blocks_not_covered is not UNSET:
            field_dict["blocksNotCovered"] = blocks_not_covered
        if lines_covered is not UNSET:
            field_dict["linesCovered"] = lines_covered
        if lines_not_covered is not UNSET:
            field_dict["linesNotCovered"] = lines_not_covered
        if lines_partially_covered is not UNSET:
            field_dict["linesPartiallyCovered"] = lines_partially_covered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        blocks_covered = src_dict.get("blocksCovered", UNSET)

        blocks_not_covered = src_dict.get("blocksNotCovered", UNSET)

        lines_covered = src_dict.get("linesCovered", UNSET)

        lines_not_covered = src_dict.get("linesNotCovered", UNSET)

        lines_partially_covered = src_dict.get("linesPartiallyCovered", UNSET)

        coverage_statistics = cls(
            blocks_covered=blocks_covered,
            blocks_not_covered=blocks_not_covered,
            lines_covered=lines_covered,
            lines_not_covered=lines_not_covered,
            lines_partially_covered=lines_partially_covered,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            coverage_statistics.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return coverage_statistics

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
