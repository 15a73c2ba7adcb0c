from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="ErrorResponse")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "message",
        "typeKey",
        "$id",
        "innerException",
        "typeName",
        "errorCode",
        "eventId",
    }
)


@_attrs_define
class ErrorResponse:
    """The body a server sends with a 4xx or 5xx status.

    Attributes:
        message (str): What went wrong, for people.
        type_key (str): Short stable name of the error, e.g. `BuildNotFoundException`.
        id (str | Unset): Serialization id of the object.
        inner_exception (ErrorResponseInnerExceptionType0 | None | Unset): The error that caused this one, if any.
        type_name (str | Unset): Full .NET type name of the server exception.
        error_code (int | Unset): Numeric error code (0 when none).
        event_id (int | Unset): Server event log id.
    """

    message: str
    type_key: str
    id: str | Unset = UNSET
    inner_exception: ErrorResponseInnerExceptionType0 | None | Unset = UNSET
    type_name: str | Unset = UNSET
    error_code: int | Unset = UNSET
    event_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_key = self.type_key

        id = self.id

        inner_exception: dict[str, Any] | None | Unset
        if isinstance(self.inner_exception, Unset):
            inner_exception = UNSET
        elif isinstance(self.inner_exception, ErrorResponseInnerExceptionType0):
            inner_exception = self.inner_exception.to_dict()
        else:
            inner_exception = self.inner_exception

        type_name = self.type_name

        error_code = self.error_code

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "typeKey": type_key,
            }
        )
        if id is not UNSET:
            field_dict["$id"] = id
        if inner_exception is not UNSET:
            field_dict["innerException"] = inner_exception
        if type_name is not UNSET:
            field_dict["typeName"] = type_name
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if event_id is not UNSET:
            field_dict["eventId"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("ErrorResponse", src_dict)
        _get = src_dict.get
        message: Any = _get("message", UNSET)
        if type(message) is not str:
            message = expect_type("ErrorResponse", "message", message, str)

        type_key: Any = _get("typeKey", UNSET)
        if type(type_key) is not str:
            type_key = expect_type("ErrorResponse", "type_key", type_key, str)

        id: Any = _get("$id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_type("ErrorResponse", "id", id, str)

        inner_exception: Any = _get("innerException", UNSET)
        if inner_exception is not UNSET:
            if isinstance(inner_exception, Mapping):
                try:
                    inner_exception = ErrorResponseInnerExceptionType0.from_dict(inner_exception)
                except DecodeError as error:
                    raise error.within("ErrorResponse", "inner_exception")

            elif inner_exception is None:
                pass
            else:
                raise DecodeError(
                    "ErrorResponse",
                    "inner_exception",
                    inner_exception,
                    "ErrorResponseInnerExceptionType0 object or null",
                )

        type_name: Any = _get("typeName", UNSET)
        if type(type_name) is not str and type_name is not UNSET:
            type_name = expect_type("ErrorResponse", "type_name", type_name, str)

        error_code: Any = _get("errorCode", UNSET)
        if type(error_code) is not int and error_code is not UNSET:
            error_code = expect_type("ErrorResponse", "error_code", error_code, int)

        event_id: Any = _get("eventId", UNSET)
        if type(event_id) is not int and event_id is not UNSET:
            event_id = expect_type("ErrorResponse", "event_id", event_id, int)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        error_response = _new_instance(cls)
        error_response.message = message
        error_response.type_key = type_key
        error_response.id = id
        error_response.inner_exception = inner_exception
        error_response.type_name = type_name
        error_response.error_code = error_code
        error_response.event_id = event_id
        error_response.additional_properties = additional_properties
        return error_response

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("message", self.message),
            ("type_key", self.type_key),
            ("id", self.id),
            ("inner_exception", self.inner_exception),
            ("type_name", self.type_name),
            ("error_code", self.error_code),
            ("event_id", self.event_id),
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
from ..models.error_response_inner_exception_type_0 import ErrorResponseInnerExceptionType0  # noqa: E402
