from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestRunCoverage")

_KNOWN_KEYS = frozenset(
    {
        "testRun",
        "state",
        "lastError",
        "modules",
    }
)


@_attrs_define
class TestRunCoverage:
    """Coverage collected by a test run.

    Attributes:
        test_run (ShallowReference | Unset): A reference to another resource; ids are sent as text.
        state (str | Unset): Coverage processing state; servers send a number as text (e.g. "0").
        last_error (str | Unset):
        modules (list[ModuleCoverage] | Unset):
    """

    test_run: ShallowReference | Unset = UNSET
    state: str | Unset = UNSET
    last_error: str | Unset = UNSET
    modules: list[ModuleCoverage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_run, Unset):
            test_run = self.test_run.to_dict()

        state = self.state

        last_error = self.last_error

        modules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modules, Unset):
            modules = []
            for modules_item_data in self.modules:
                modules_item = modules_item_data.to_dict()
                modules.append(modules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_run is not UNSET:
            field_dict["testRun"] = test_run
        if state is not UNSET:
            field_dict["state"] = state
        if last_error is not UNSET:
            field_dict["lastError"] = last_error
        if modules is not UNSET:
            field_dict["modules"] = modules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _test_run = src_dict.get("testRun", UNSET)
        test_run: ShallowReference | Unset
        if isinstance(_test_run, Unset):
            test_run = UNSET
        else:
            test_run = ShallowReference.from_dict(_test_run)

        state = src_dict.get("state", UNSET)

        last_error = src_dict.get("lastError", UNSET)

        _modules = src_dict.get("modules", UNSET)
        modules: list[ModuleCoverage] | Unset = UNSET
        if _modules is not UNSET:
            modules = []
            for modules_item_data in _modules:
                modules_item = ModuleCoverage.from_dict(modules_item_data)

                modules.append(modules_item)

        test_run_coverage = cls(
            test_run=test_run,
            state=state,
            last_error=last_error,
            modules=modules,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            test_run_coverage.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return test_run_coverage

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
from ..models.module_coverage import ModuleCoverage  # noqa: E402
from ..models.shallow_reference import ShallowReference  # noqa: E402
