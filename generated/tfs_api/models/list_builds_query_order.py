from enum import StrEnum
from typing import Any


class ListBuildsQueryOrder(StrEnum):
    FINISH_TIME_ASCENDING = "finishTimeAscending"
    FINISH_TIME_DESCENDING = "finishTimeDescending"
    QUEUE_TIME_ASCENDING = "queueTimeAscending"
    QUEUE_TIME_DESCENDING = "queueTimeDescending"
    START_TIME_ASCENDING = "startTimeAscending"
    START_TIME_DESCENDING = "startTimeDescending"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        """Keep a value this client does not know (a newer server) as a pseudo-member, so it parses and round-trips"""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"<unknown {value!r}>"
        member._value_ = value
        return member
