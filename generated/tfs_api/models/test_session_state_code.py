from enum import IntEnum
from typing import Any


class TestSessionStateCode(IntEnum):
    UNSPECIFIED = 0
    NOT_STARTED = 1
    IN_PROGRESS = 2
    PAUSED = 3
    COMPLETED = 4
    DECLINED = 5

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        """Keep a value this client does not know (a newer server) as a pseudo-member, so it parses and round-trips"""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"<unknown {value!r}>"
        member._value_ = value
        return member
