from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="TestRunCoverage")
_new_instance = object.__new__

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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TestRunCoverage", src_dict)
        _get = src_dict.get
        test_run: Any = _get("testRun", UNSET)
        if test_run is not UNSET:
            try:
                test_run = ShallowReference.from_dict(test_run)
            except DecodeError as error:
                raise error.within("TestRunCoverage", "test_run")

        state: Any = _get("state", UNSET)
        if type(state) is not str and state is not UNSET:
            state = expect_type("TestRunCoverage", "state", state, str)

        last_error: Any = _get("lastError", UNSET)
        if type(last_error) is not str and last_error is not UNSET:
            last_error = expect_type("TestRunCoverage", "last_error", last_error, str)

        modules: Any = _get("modules", UNSET)
        if modules is not UNSET:
            if type(modules) is not list:
                modules = expect_type("TestRunCoverage", "modules", modules, list)
            modules_items: list[Any] = []
            for modules_item in modules:
                try:
                    modules_item = ModuleCoverage.from_dict(modules_item)
                except DecodeError as error:
                    raise error.within("TestRunCoverage", ("modules") + f"[{len(modules_items)}]")

                modules_items.append(modules_item)
            modules = modules_items

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        test_run_coverage = _new_instance(cls)
        test_run_coverage.test_run = test_run
        test_run_coverage.state = state
        test_run_coverage.last_error = last_error
        test_run_coverage.modules = modules
        test_run_coverage.additional_properties = additional_properties
        return test_run_coverage

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("test_run", self.test_run),
            ("state", self.state),
            ("last_error", self.last_error),
            ("modules", self.modules),
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
from ..models.module_coverage import ModuleCoverage  # noqa: E402
from ..models.shallow_reference import ShallowReference  # noqa: E402
