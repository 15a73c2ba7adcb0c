from enum import StrEnum
from typing import Any


class ListTestSessionsSource(StrEnum):
    FEEDBACK_DESKTOP = "feedbackDesktop"
    FEEDBACK_WEB = "feedbackWeb"
    SESSION_INSIGHTS_FOR_ALL = "sessionInsightsForAll"
    UNKNOWN = "unknown"
    XT_DESKTOP = "xtDesktop"
    XT_DESKTOP2 = "xtDesktop2"
    XT_WEB = "xtWeb"

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
