"""Shared pieces of the contract tests: seeding an emulator, running schemathesis, reading results.

The emulator is seeded (through its admin API and the public API) so that the spec's
`example` values name records that exist: build 391 and 363, run 49 with result 100000,
attachment 3, configuration 1. The `project`/`team` path parameters are fixed to the seeded
project, as they are for a live server.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import schemathesis
import yaml
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import Status, events, from_schema
from schemathesis.engine.run import PhaseName
from tfs_client.contract import TOKEN_VARIABLE, contract_config, register_hooks
from tfs_emulator import EmulatorAdmin
from tfs_emulator.seeding import demo_data

from tests import api_versions

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "spec" / "tfs.yaml"
TOKEN = "contract-Secret-4f1d9c"
PROJECT = "Contract Project"
TEAM = "Contract Team"
SEED = 20240601
MAX_EXAMPLES = 100
ALL_OPERATION_COUNT = 29  # the documented operations
#: The newer forms of documented operations (`x-since`), which only a newer server serves.
NEWER_FORMS = sorted(
    operation["operationId"]
    for item in yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"].values()
    for operation in item.values()
    if "x-since" in operation
)
#: Examples per operation and phase of the run at the newer version (CI time stays small).
UPGRADED_EXAMPLES = 5
#: Records `seed_contract_data` creates, drawn half of the time so that flows get past 404.
KNOWN_VALUES: dict[str, list[int | str]] = {
    "body.definition.id": [25],
    "path.buildId": [391, 363],
    "path.runId": [49],
    "path.resultId": [100000],
    "path.attachmentId": [1, 2, 3, 4],
    "path.configurationId": [1, 2],
    "path.testConfigurationId": [1, 2],
    "query.testConfiguartionId": [1, 2],
    "path.tag": ["myTag", "nightly"],
    "query.buildId": [363],
}
#: The checks issue 6 names; every one must have run (the stateful ones on stateful steps).
REQUIRED_CHECKS = frozenset(
    {
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
        "negative_data_rejection",
        "positive_data_acceptance",
        "use_after_free",
        "ensure_resource_availability",
        "ignored_auth",
        "missing_required_header",
        "unsupported_method",
    }
)


def seed_contract_data(admin: EmulatorAdmin, api: httpx.Client) -> None:
    """Records behind the spec's examples; `api` is an authenticated client at the collection."""
    demo = demo_data()
    details = {d["kind"]: d["doc"] for d in demo["buildDetails"] if d["buildId"] == 391}
    coverage = {c["kind"]: c["entries"] for c in demo["coverage"]}
    admin.create_project(PROJECT, teams=[TEAM])
    queue = admin.create_queue("Contract queue")
    admin.create_definition(PROJECT, "Contract CI", id=25, queueId=queue)
    admin.create_builds(PROJECT, 25, id=363, tags=["myTag"])
    admin.create_builds(PROJECT, 25, id=391, tags=["myTag", "nightly"])
    admin.create_builds(PROJECT, 25, count=5)
    for kind, document in details.items():
        admin.set_build_detail(PROJECT, 391, kind, document)
    admin.set_build_detail(PROJECT, 363, "coverage", coverage["build"])
    admin.create_run(PROJECT, "Contract run", id=49, buildId=363)
    admin.create_result(PROJECT, 49, id=100000, testCaseTitle="Contract case")
    admin.set_run_coverage(PROJECT, 49, coverage["run"])
    runs = f"{PROJECT}/_apis/test/runs/49"
    for index in range(3):
        body = {
            "stream": base64.b64encode(b"log %d" % index).decode(),
            "fileName": f"log{index}.txt",
        }
        _ok(api.post(f"{runs}/attachments", json=body))
    _ok(
        api.post(f"{runs}/results/100000/attachments", json={"stream": "AAEC", "fileName": "r.bin"})
    )
    for name in ("Windows 10", "Ubuntu 24.04"):
        _ok(api.post(f"{PROJECT}/_apis/test/configurations", json={"name": name}))
    _ok(api.post(f"{PROJECT}/{TEAM}/_apis/test/session", json={"Title": "Contract session"}))


def _ok(response: httpx.Response) -> None:
    response.raise_for_status()


def seed_emulator(
    root_url: str, transport: httpx.BaseTransport | None, *, reset: bool = False
) -> None:
    """Seed the emulator at `root_url` (through `transport` when given) with the contract
    records; with `reset`, forget every record first (the admin API's reset)."""
    with (
        EmulatorAdmin(root_url, token=TOKEN, transport=transport) as admin,
        httpx.Client(
            base_url=f"{root_url}/DefaultCollection",
            auth=("", TOKEN),
            params={"api-version": api_versions.api_version("createTestConfiguration")},
            transport=transport,
        ) as api,
    ):
        if reset:
            admin.reset()
        seed_contract_data(admin, api)


class ScenarioReseeder:
    """Makes every stateful scenario start from the seeded records: after each scenario the
    emulator is reset and seeded again (`reseed`), so one scenario deleting build 391 cannot
    turn every later scenario's known ids into 404s. `count` says how often it ran, so a test
    can prove it did (schemathesis builds the state machine through `build_state_machine`)."""

    def __init__(self, reseed: Callable[[], None]) -> None:
        self.reseed = reseed
        self.count = 0

    def install(self, schema: Any) -> None:
        """Wrap the state machine `schema` hands the engine."""
        build = schema.build_state_machine
        reseeder = self

        def build_state_machine(**kwargs: Any) -> Any:
            class ReseededStateMachine(build(**kwargs)):  # type: ignore[misc]
                def teardown(self) -> None:
                    super().teardown()
                    reseeder.reseed()
                    reseeder.count += 1

            return ReseededStateMachine

        schema.build_state_machine = build_state_machine


def load_schema(
    *,
    base_url: str,
    app: Any = None,
    allow_writes: bool = True,
    max_examples: int = MAX_EXAMPLES,
    api_version: str | None = None,
) -> Any:
    """The spec loaded with the suite's configuration (in-process when `app` is given); every
    request sends `api_version` when given, else each operation's documented version."""
    settings = contract_config(
        project=PROJECT,
        team=TEAM,
        token=TOKEN,
        seed=SEED,
        max_examples=max_examples,
        allow_writes=allow_writes,
        known_values=KNOWN_VALUES,
    )
    settings["base-url"] = base_url
    config = SchemathesisConfig.from_dict(settings)
    if api_version is None:
        schema = schemathesis.openapi.from_path(SPEC, config=config)
    else:
        # The spec without its api-version parameters, so that no case varies them; the app
        # is reached through `PinnedApiVersion`, which adds `api_version` to every request.
        schema = schemathesis.openapi.from_dict(without_api_version(), config=config)
        app = PinnedApiVersion(app, api_version)
    if app is not None:
        schema.app = app
    register_hooks(schema.hook)
    return schema


class PinnedApiVersion:
    """ASGI middleware sending every request on with `api-version=<version>`; counts them."""

    def __init__(self, app: Any, version: str) -> None:
        self.app = app
        self.version = version
        self.requests = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            query = scope.get("query_string", b"")
            pinned = f"api-version={self.version}".encode()
            scope = {**scope, "query_string": query + b"&" + pinned if query else pinned}
            self.requests += 1
        await self.app(scope, receive, send)


def without_api_version() -> dict[str, Any]:
    """spec/tfs.yaml with every operation's `api-version` parameter removed."""
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    shared = spec["components"]["parameters"]
    for item in spec["paths"].values():
        for operation in item.values():
            operation["parameters"] = [
                p
                for p in operation.get("parameters", [])
                if shared.get(p.get("$ref", "").rsplit("/", 1)[-1], p).get("name") != "api-version"
            ]
    return spec


@dataclass
class Failure:
    """One failed check, with what reproduces it."""

    operation: str
    check: str
    title: str
    message: str
    reproduce: str

    def __str__(self) -> str:
        return f"{self.operation} [{self.check}] {self.title}: {self.message}\n    {self.reproduce}"


@dataclass
class Outcome:
    """What one schemathesis run did."""

    failures: list[Failure] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    checks: collections.Counter[str] = field(default_factory=collections.Counter)
    operations: set[str] = field(default_factory=set)
    transitions: set[str] = field(default_factory=set)
    phases: dict[str, Status] = field(default_factory=dict)
    #: Scenarios the stateful phase finished.
    stateful_scenarios: int = 0
    #: Requests sent (every phase).
    requests: int = 0

    def report(self) -> str:
        """The failures and errors, one per line, for an assertion message."""
        return "\n".join([*map(str, self.failures), *self.errors])


def run_engine(schema: Any) -> Outcome:
    """Run every phase (examples, coverage, fuzzing, stateful) and collect the outcome."""
    outcome = Outcome()
    seen: set[tuple[str, str, str]] = set()
    for event in from_schema(schema).execute():
        if isinstance(event, events.NonFatalError | events.FatalError):
            outcome.errors.append(f"{type(event).__name__}: {_describe_error(event)}")
        elif isinstance(event, events.PhaseFinished):
            outcome.phases[event.phase.name.value] = event.status
        elif isinstance(event, events.ScenarioFinished):
            if event.phase == PhaseName.STATEFUL_TESTING:
                outcome.stateful_scenarios += 1
            _collect(outcome, event.recorder, seen)
    return outcome


def _describe_error(event: events.NonFatalError | events.FatalError) -> str:
    if isinstance(event, events.NonFatalError):
        return f"{event.label}: {event.value!r}"
    return repr(event.exception)


def _collect(outcome: Outcome, recorder: Any, seen: set[tuple[str, str, str]]) -> None:
    outcome.requests += sum(1 for i in recorder.interactions.values() if i.response is not None)
    for case_id, node in recorder.cases.items():
        operation = node.value.operation
        outcome.operations.add(operation.label)
        if node.transition is not None:
            # "POST /path -> [200] LinkName -> GET /other": keep the link's name
            outcome.transitions.add(node.transition.id.split(" -> ")[1].partition("] ")[2])
        for check in recorder.checks.get(case_id, ()):
            outcome.checks[check.name] += 1
            if check.status != Status.FAILURE or check.failure_info is None:
                continue
            failure = check.failure_info.failure
            key = (operation.label, check.name, failure.title)
            if key in seen:
                continue
            seen.add(key)
            outcome.failures.append(
                Failure(
                    operation.label,
                    check.name,
                    failure.title,
                    failure.message,
                    check.failure_info.code_sample,
                )
            )


def operation_labels(schema: Any) -> set[str]:
    """`METHOD /path` of every operation the schema selects."""
    return {result.ok().label for result in schema.get_all_operations()}


#: Examples per operation and phase of the command-line runs (the full 100-example run is
#: test_schemathesis_in_process.py; these prove the command line).
CLI_EXAMPLES = "5"
WRONG_TOKEN = "wrong-Token-77aa"


@dataclass
class Run:
    """One `python -m tfs_client.contract` run: its emulator, report, output, and for the
    read-only run what the server held before it."""

    emulator: str
    report: Path
    result: subprocess.CompletedProcess[str]
    before: dict[str, object]


class CliRuns:
    """The read-only, the --allow-writes and the wrong-token `python -m tfs_client.contract`
    runs over loopback HTTP, each against an emulator process of its own (so the read-only
    run's server sees no other writer), started at once in the background by `start`;
    `results` waits for them. Started when the contract package begins, they run on the
    second core while the in-process tests run on the first."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._stack = contextlib.ExitStack()
        self._started: dict[str, tuple[str, subprocess.Popen[str]]] = {}
        self._before: dict[str, object] = {}
        self._results: dict[str, Run] | None = None

    def start(self) -> None:
        """Start the emulators (seeded) and the three runs; returns without waiting."""
        if self._started:
            return
        names = ("read-only", "writes", "wrong")
        urls = {name: self._stack.enter_context(emulator_process()) for name in names}
        self._before = snapshot(urls["read-only"])
        arguments = {
            "read-only": ("--max-examples", CLI_EXAMPLES, "--seed", "7"),
            "writes": ("--max-examples", CLI_EXAMPLES, "--seed", "7", "--allow-writes"),
            "wrong": ("--max-examples", "2"),
        }
        for name in names:
            token = WRONG_TOKEN if name == "wrong" else TOKEN
            process = self._start_cli(name, urls[name], token, *arguments[name])
            self._started[name] = (urls[name], process)

    def _start_cli(
        self, name: str, base_url: str, token: str, *extra: str
    ) -> subprocess.Popen[str]:
        command = [sys.executable, "-m", "tfs_client.contract", "--base-url", base_url]
        command += ["--project", PROJECT, "--team", TEAM, "--junit-xml", str(self._report(name))]
        command += extra
        # Output goes to files: a pipe nobody reads while other tests run could fill and stall it.
        stdout = self._stack.enter_context((self.folder / f"{name}.out").open("w"))
        stderr = self._stack.enter_context((self.folder / f"{name}.err").open("w"))
        process = subprocess.Popen(
            command,
            stdout=stdout,
            stderr=stderr,
            text=True,
            env={**os.environ, TOKEN_VARIABLE: token},
        )
        self._stack.callback(_stop, process)
        return process

    def _report(self, name: str) -> Path:
        return self.folder / f"{name}.xml"

    def results(self) -> dict[str, Run]:
        """Each run once it has finished (started now if `start` was not called)."""
        if self._results is None:
            self.start()
            done = {}
            for name, (url, process) in self._started.items():
                process.wait(timeout=300)
                output = (self.folder / f"{name}.out").read_text(encoding="utf-8")
                errors = (self.folder / f"{name}.err").read_text(encoding="utf-8")
                result = subprocess.CompletedProcess(
                    process.args, process.returncode, output, errors
                )
                done[name] = Run(url, self._report(name), result, self._before)
            self._results = done
        return self._results

    def close(self) -> None:
        """Stop whatever still runs: the command-line runs, then the emulators."""
        self._stack.close()


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()


@contextlib.contextmanager
def emulator_process() -> Iterator[str]:
    """A token-protected emulator process on a free loopback port, seeded; its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tfs_emulator", "--port", "0", "--token", TOKEN],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        root_url = base_url.rsplit("/", 1)[0]
        with (
            EmulatorAdmin(root_url, token=TOKEN) as admin,
            httpx.Client(base_url=base_url, auth=("", TOKEN)) as api,
        ):
            seed_contract_data(admin, api)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


def snapshot(base_url: str) -> dict[str, object]:
    """Everything a write could change, read through the API."""
    with httpx.Client(base_url=base_url, auth=("", TOKEN)) as api:
        paths = [
            f"{PROJECT}/_apis/build/builds",
            f"{PROJECT}/_apis/build/builds/391/tags",
            f"{PROJECT}/_apis/build/builds/363/tags",
            f"{PROJECT}/_apis/test/configurations?includeAllProperties=true",
            f"{PROJECT}/{TEAM}/_apis/test/session",
            f"{PROJECT}/_apis/test/runs/49/attachments",
            f"{PROJECT}/_apis/test/runs/49/results/100000/attachments",
        ]
        return {path: api.get(path).raise_for_status().json() for path in paths}
