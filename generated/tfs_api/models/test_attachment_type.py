from enum import StrEnum
from typing import Any


class TestAttachmentType(StrEnum):
    AFN_STRIP = "AfnStrip"
    BUG_FILING_DATA = "BugFilingData"
    CODE_COVERAGE = "CodeCoverage"
    CONSOLE_LOG = "consoleLog"
    GENERAL_ATTACHMENT = "GeneralAttachment"
    INTERMEDIATE_COLLECTOR_DATA = "IntermediateCollectorData"
    RUN_CONFIG = "RunConfig"
    TEST_IMPACT_DETAILS = "TestImpactDetails"
    TMI_TEST_RESULT_DETAIL = "TmiTestResultDetail"
    TMI_TEST_RUN_DEPLOYMENT_FILES = "TmiTestRunDeploymentFiles"
    TMI_TEST_RUN_REVERSE_DEPLOYMENT_FILES = "TmiTestRunReverseDeploymentFiles"
    TMI_TEST_RUN_SUMMARY = "TmiTestRunSummary"

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
