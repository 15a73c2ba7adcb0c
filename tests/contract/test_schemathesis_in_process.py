"""Every operation, every check, and the stateful links: schemathesis against the emulator app.

In-process (schemathesis's ASGI transport, no socket) for speed; `test_cli.py` runs the suite
over real loopback HTTP. Fixed seed, 100 examples per operation and phase, one worker; each
stateful flow gets its `STATEFUL_EXAMPLES` budget.
"""

from __future__ import annotations

import pytest
from schemathesis.engine import Status
from tfs_emulator import SyncASGITransport
from tfs_emulator.app import EmulatorApp

from tests.api_versions import UPGRADED

from ._support import (
    ALL_OPERATION_COUNT,
    NEWER_FORMS,
    REQUIRED_CHECKS,
    UPGRADED_EXAMPLES,
    PinnedApiVersion,
    ScenarioReseeder,
    load_schema,
    operation_labels,
    run_engine,
    seed_emulator,
)

BASE_URL = "http://localhost/DefaultCollection"
#: Scenarios per flow (Hypothesis's valid examples; the phase usually runs 1.5 to 1.7 times as
#: many, fewer when it runs out of new ones: configurations ran 30 alone and 19 after the other
#: tests, with a budget of 20 or 50). With the fixed seed every link is first followed by
#: scenario 41 of 82 at the latest in the builds flow (DeleteQueuedBuild; the others by 9), by
#: scenario 9 of 32 in attachments and 7 of 35 in sessions and in configurations: each budget
#: leaves at least twice, the small flows three to five times, the scenarios its links need, and
#: the link guard below fails the test if that ever stops holding. Session bodies are costly to
#: generate (12 s for a budget of 50).
STATEFUL_EXAMPLES = {"builds": 50, "attachments": 20, "configurations": 20, "sessions": 20}
#: Flows that delete the seeded records the others draw on (build 391 and 363 through
#: deleteBuild): each scenario starts from the seeded records again. Without it one early
#: scenario deleting both turned nearly every later call into a 404 (under 15% 2xx), and
#: DeleteBuildTag, which needs a build with tags, was followed or not depending on which tests
#: had run before in the same process, even with 200 scenarios.
RESEEDED_FLOWS = frozenset({"builds"})
#: Requests per stateful scenario, at least, on average (a flow that stopped early or answered
#: nothing would fall short).
MIN_REQUESTS_PER_SCENARIO = 4
#: The flows issue 6 names, as link names in spec/tfs.yaml, by the tags their operations carry.
FLOWS = {
    "builds": {
        "GetBuild",
        "UpdateBuild",
        "AddBuildTag",
        "TagQueuedBuild",
        "GetBuildTags",
        "DeleteBuildTag",
        "RemoveAddedTag",
        "DeleteBuild",
        "DeleteQueuedBuild",
    },
    "configurations": {
        "GetTestConfiguration",
        "UpdateTestConfiguration",
        "DeleteTestConfiguration",
    },
    "sessions": {"UpdateTestSession"},
    "attachments": {
        "GetTestRunAttachmentContent",
        "ListTestRunAttachments",
        "GetTestResultAttachmentContent",
        "ListTestResultAttachments",
    },
}


def test_every_operation_passes_every_check(seeded_app: EmulatorApp) -> None:
    # Examples, coverage and fuzzing over the 29 documented operations at their documented
    # versions; the stateful phase runs per flow below, where each scenario budget goes to one
    # flow's links. The newer forms run at the newer version in the next test.
    schema = load_schema(base_url=BASE_URL, app=seeded_app).exclude(operation_id=NEWER_FORMS)
    schema.config.phases.stateful.enabled = False
    labels = operation_labels(schema)
    assert len(labels) == ALL_OPERATION_COUNT

    outcome = run_engine(schema)

    assert not outcome.failures and not outcome.errors, outcome.report()
    assert outcome.operations == labels
    unit_checks = REQUIRED_CHECKS - {"use_after_free", "ensure_resource_availability"}
    assert set(outcome.checks) >= unit_checks, sorted(unit_checks - set(outcome.checks))
    for phase in ("examples", "coverage", "fuzzing"):
        assert outcome.phases[phase] == Status.SUCCESS, (phase, outcome.phases)
    assert seeded_app.state.internal_errors == 0


def test_every_operation_and_newer_form_passes_every_check_at_the_newer_version(
    seeded_app: EmulatorApp,
) -> None:
    schema = load_schema(
        base_url=BASE_URL, app=seeded_app, max_examples=UPGRADED_EXAMPLES, api_version=UPGRADED
    )
    pinned = schema.app
    assert isinstance(pinned, PinnedApiVersion) and pinned.version == UPGRADED
    schema.config.phases.stateful.enabled = False
    labels = operation_labels(schema)
    assert len(labels) == ALL_OPERATION_COUNT + len(NEWER_FORMS) == 36

    outcome = run_engine(schema)

    assert not outcome.failures and not outcome.errors, outcome.report()
    assert outcome.operations == labels
    assert pinned.requests >= 2 * len(labels)
    assert seeded_app.state.internal_errors == 0


@pytest.mark.parametrize("tag", sorted(FLOWS))
def test_the_linked_flows_pass_every_check_statefully(seeded_app: EmulatorApp, tag: str) -> None:
    # One flow's operations on their own: schemathesis starts scenarios only at operations that
    # need no existing record when there are any (test runs, which attachments need, cannot be
    # created through the API), and a 7-call build flow needs the whole budget to itself.
    schema = (
        load_schema(base_url=BASE_URL, app=seeded_app, max_examples=STATEFUL_EXAMPLES[tag])
        .include(tag=tag)
        .exclude(operation_id=NEWER_FORMS)
    )
    for phase in ("examples", "coverage", "fuzzing"):
        schema.config.phases.get_by_name(name=phase).enabled = False
    reseeder = ScenarioReseeder(
        lambda: seed_emulator("http://localhost", SyncASGITransport(seeded_app), reset=True)
    )
    if tag in RESEEDED_FLOWS:
        reseeder.install(schema)

    outcome = run_engine(schema)

    assert not outcome.failures and not outcome.errors, outcome.report()
    assert outcome.phases["stateful"] == Status.SUCCESS, outcome.phases
    missing = FLOWS[tag] - outcome.transitions
    assert not missing, f"links the stateful phase never followed: {sorted(missing)}"
    assert outcome.requests >= MIN_REQUESTS_PER_SCENARIO * outcome.stateful_scenarios > 0
    if tag in RESEEDED_FLOWS:
        assert reseeder.count == outcome.stateful_scenarios
    assert {"use_after_free", "ensure_resource_availability"} <= set(outcome.checks)
    assert seeded_app.state.internal_errors == 0
