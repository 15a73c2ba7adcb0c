from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="CoverageStatistics")
_new_instance = object.__new__

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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("CoverageStatistics", src_dict)
        _get = src_dict.get
        blocks_covered: Any = _get("blocksCovered", UNSET)
        if type(blocks_covered) is not int and blocks_covered is not UNSET:
            blocks_covered = expect_type(
                "CoverageStatistics", "blocks_covered", blocks_covered, int
            )

        blocks_not_covered: Any = _get("blocksNotCovered", UNSET)
        if type(blocks_not_covered) is not int and blocks_not_covered is not UNSET:
            blocks_not_covered = expect_type(
                "CoverageStatistics", "blocks_not_covered", blocks_not_covered, int
            )

        lines_covered: Any = _get("linesCovered", UNSET)
        if type(lines_covered) is not int and lines_covered is not UNSET:
            lines_covered = expect_type("CoverageStatistics", "lines_covered", lines_covered, int)

        lines_not_covered: Any = _get("linesNotCovered", UNSET)
        if type(lines_not_covered) is not int and lines_not_covered is not UNSET:
            lines_not_covered = expect_type(
                "CoverageStatistics", "lines_not_covered", lines_not_covered, int
            )

        lines_partially_covered: Any = _get("linesPartiallyCovered", UNSET)
        if type(lines_partially_covered) is not int and lines_partially_covered is not UNSET:
            lines_partially_covered = expect_type(
                "CoverageStatistics", "lines_partially_covered", lines_partially_covered, int
            )

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        coverage_statistics = _new_instance(cls)
        coverage_statistics.blocks_covered = blocks_covered
        coverage_statistics.blocks_not_covered = blocks_not_covered
        coverage_statistics.lines_covered = lines_covered
        coverage_statistics.lines_not_covered = lines_not_covered
        coverage_statistics.lines_partially_covered = lines_partially_covered
        coverage_statistics.additional_properties = additional_properties
        return coverage_statistics

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("blocks_covered", self.blocks_covered),
            ("blocks_not_covered", self.blocks_not_covered),
            ("lines_covered", self.lines_covered),
            ("lines_not_covered", self.lines_not_covered),
            ("lines_partially_covered", self.lines_partially_covered),
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
