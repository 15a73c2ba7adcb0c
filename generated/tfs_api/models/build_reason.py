from enum import StrEnum
from typing import Any


class BuildReason(StrEnum):
    ALL = "all"
    BATCHED_CI = "batchedCI"
    BUILD_COMPLETION = "buildCompletion"
    CHECK_IN_SHELVESET = "checkInShelveset"
    INDIVIDUAL_CI = "individualCI"
    MANUAL = "manual"
    NONE = "none"
    PULL_REQUEST = "pullRequest"
    RESOURCE_TRIGGER = "resourceTrigger"
    SCHEDULE = "schedule"
    SCHEDULE_FORCED = "scheduleForced"
    TRIGGERED = "triggered"
    USER_CREATED = "userCreated"
    VALIDATE_SHELVESET = "validateShelveset"

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
