"""The query parameters the spec lists that the emulator accepts but does not act on.

This is the one place they are named, each with the reason; every other parameter the emulator
accepts changes what it answers (`tests/emulator/test_upgraded.py` keeps this list true).
"""

from __future__ import annotations

from .call import Call
from .spec_tables import parameter_schema

#: (operationId, parameter) -> why the emulator answers the same with or without it.
IGNORED_PARAMETERS: dict[tuple[str, str], str] = {
    ("listBuilds", "queryOrder"): "builds always come newest first (keyset paging by id)",
    ("queueBuild", "ignoreWarnings"): "the emulator raises no queue-time validation warnings",
    ("queueBuild", "checkInTicket"): "the emulator has no gated check-ins",
    ("queueBuild", "sourceBuildId"): "no build-completion triggers to record",
    ("updateBuild", "retry"): "the emulator runs no jobs, so there is nothing to retry",
    ("getBuildChanges", "includeSourceChange"): "the seeded changes are the source changes",
    ("listTestSessions", "allSessions"): "one caller: every session of the team is its own",
    ("listTestSessions", "includeAllProperties"): "sessions always come with every property",
}


def check_ignored(call: Call, operation_id: str) -> None:
    """Refuse (400) a bad value of an ignored parameter of `operation_id`, as a server would:
    ignored means no effect, not unchecked."""
    for operation, name in IGNORED_PARAMETERS:
        if operation != operation_id or call.query_str(name) is None:
            continue
        schema = parameter_schema(operation, name)
        if "enum" in schema:
            call.query_enum_list(name, [str(v) for v in schema["enum"]])
        elif schema.get("type") == "boolean":
            call.query_bool(name)
        elif schema.get("type") == "integer":
            call.query_int(name, minimum=int(schema.get("minimum", 0)))
