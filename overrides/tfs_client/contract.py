"""`python -m tfs_client.contract`: the schemathesis contract suite against a live server.

    TFS_TOKEN=... python -m tfs_client.contract --base-url https://host/DefaultCollection \\
        --project Fabrikam --team "Fabrikam Team" [--allow-writes] [--junit-xml report.xml]

Every operation of the shipped spec runs with every schemathesis check in every phase; with
`--allow-writes` the stateful phase follows the spec's write flows too (queue, tag, delete...).
Without it the run is read-only: GET operations only, plus `getBuildWorkItems` (a POST that changes
nothing), and undeclared methods are probed with safe methods only. The token is read from
`TFS_TOKEN`, sent as basic authentication with an empty user name, and masked in the output
and the JUnit report. Needs the `contract` extra: `pip install 'tfs-client[contract]'`.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

#: POST operations that change nothing, tested in read-only mode too.
READ_ONLY_POSTS = frozenset({"getBuildWorkItems"})
#: Undeclared methods the coverage phase may probe without changing anything.
SAFE_PROBE_METHODS = ("get", "options", "trace")
#: List operations whose `continuationToken` only accepts a token the server handed out.
PAGED_OPERATIONS = frozenset({"listBuilds", "listTestConfigurations", "listTestPlanConfigurations"})
TOKEN_VARIABLE = "TFS_TOKEN"
DEFAULT_SEED = 20240601
DEFAULT_MAX_EXAMPLES = 100
MAX_STATEFUL_STEPS = 10
_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_INSTALL_HINT = (
    "the contract suite needs schemathesis: pip install 'tfs-client[contract]' "
    "(in this repository: .venv/bin/pip install -e '.[contract]')"
)


class ContractSetupError(RuntimeError):
    """The suite cannot start: the OpenAPI spec is neither shipped nor in the repository."""


@contextlib.contextmanager
def spec_path() -> Iterator[Path]:
    """The OpenAPI spec as a file: shipped in the wheel, else the repository's `spec/tfs.yaml`."""
    shipped = resources.files("tfs_client").joinpath("tfs.yaml")
    if shipped.is_file():
        with resources.as_file(shipped) as path:
            yield path
        return
    repository = Path(__file__).resolve().parents[2] / "spec" / "tfs.yaml"
    if not repository.is_file():
        raise ContractSetupError(
            f"the OpenAPI spec is missing (looked for {shipped} and {repository})"
        )
    yield repository


def write_operation_ids(spec: Mapping[str, Any]) -> list[str]:
    """Ids of the operations a read-only run leaves out (every non-GET but `READ_ONLY_POSTS`)."""
    ids = []
    for item in spec.get("paths", {}).values():
        for method, operation in item.items():
            if method not in _HTTP_METHODS or method == "get":
                continue
            if operation["operationId"] not in READ_ONLY_POSTS:
                ids.append(operation["operationId"])
    return sorted(ids)


def basic_authorization(token: str) -> str:
    """The `Authorization` value for a personal access token (basic, empty user name)."""
    return "Basic " + base64.b64encode(f":{token}".encode()).decode("ascii")


def contract_config(
    *,
    project: str,
    team: str,
    token: str | None,
    seed: int = DEFAULT_SEED,
    max_examples: int = DEFAULT_MAX_EXAMPLES,
    allow_writes: bool = False,
    known_values: Mapping[str, Sequence[int | str]] | None = None,
) -> dict[str, Any]:
    """The schemathesis configuration (`schemathesis.toml` as a dict) of one contract run.

    `known_values` maps a parameter (`path.runId`, `body.definition.id`, ...) to values that
    exist on the server; generation draws from them half of the time, so flows get past 404.
    """
    # The spec's links are the flows (the longest, queue/get/update/tag/list/untag/delete, is 7
    # calls); links schemathesis would infer only dilute the scenario budget.
    stateful = {"max-steps": MAX_STATEFUL_STEPS, "inference": {"algorithms": []}}
    phases: dict[str, Any] = {"stateful": stateful}
    if not allow_writes:
        phases["coverage"] = {"unexpected-methods": list(SAFE_PROBE_METHODS)}
    parameters: dict[str, Any] = {"project": project, "team": team}
    dictionaries: dict[str, Any] = {}
    for key, values in (known_values or {}).items():
        dictionaries[key] = {"values": list(values)}
        parameters[key] = {"dictionary": key, "probability": 0.5}
    return {
        "seed": seed,
        "workers": 1,
        # Same seed, same run: no replay of earlier crashes, nothing written to the working folder.
        "cache": {"enabled": False},
        "headers": {"Authorization": basic_authorization(token)} if token else {},
        "checks": {"enabled": True},
        "generation": {"max-examples": max_examples, "database": "none"},
        "phases": phases,
        # A run where every request was unauthorised (or went to the wrong place) tested nothing.
        "warnings": {"fail-on": ["missing_auth", "base_url_mismatch"]},
        "parameters": parameters,
        "dictionaries": dictionaries,
    }


def keeps_query(operation_id: str | None, query: Mapping[str, Any] | None) -> bool:
    """False for a made-up `continuationToken`: servers reject a token they did not issue (400)."""
    return operation_id not in PAGED_OPERATIONS or not query or "continuationToken" not in query


def is_ignored_query_parameter(failure: Any, case: Any) -> bool:
    """An unknown query parameter that the server ignored instead of rejecting.

    TFS (like ASP.NET generally) ignores query parameters it does not know, and schemathesis
    means to tolerate that too, but its coverage phase still flags the case when path
    parameters are pinned (as `project`/`team` are here). Only that one scenario is dropped.
    """
    data = getattr(getattr(case.meta, "phase", None), "data", None)
    return (
        type(failure).__name__ == "AcceptedNegativeData"
        and getattr(getattr(data, "scenario", None), "value", None)
        == "object_unexpected_properties"
        and getattr(getattr(data, "parameter_location", None), "value", None) == "query"
    )


def is_filled_body(failure: Any, case: Any) -> bool:
    """A request without the body (or its field) that a query parameter stands for, accepted.

    The spec requires ``queueBuild``'s body with its ``definition``, yet marks ``definitionId``
    ``x-tfs-fills: definition.id``: servers queue that definition "without a body". OpenAPI
    cannot say "this body field, or that parameter", so schemathesis calls the request invalid;
    only that case is dropped (a body naming the field, or no filling parameter, still counts).
    """
    data = getattr(getattr(case.meta, "phase", None), "data", None)
    location = getattr(getattr(data, "parameter_location", None), "value", None)
    if type(failure).__name__ != "AcceptedNegativeData" or location != "body":
        return False
    query = case.query or {}
    body = case.body if isinstance(case.body, Mapping) else {}
    for parameter in case.operation.definition.raw.get("parameters", []):
        target = str(parameter.get("x-tfs-fills", "")) if isinstance(parameter, dict) else ""
        if target and query.get(parameter["name"]) is not None:
            return target.partition(".")[0] not in body
    return False


def is_case_variant_of_a_field(failure: Any, case: Any) -> bool:
    """A rejected body carrying a key that differs from one of its fields only in case.

    Servers bind body names ignoring case, so ``"Comment": 107`` is the ``comment`` field with a
    wrong type (400), while the schema, which allows other properties, calls it one of them.
    """
    if type(failure).__name__ != "RejectedPositiveData" or not isinstance(case.body, Mapping):
        return False
    spec = case.operation.schema.raw_schema
    body = case.operation.definition.raw.get("requestBody", {})
    fields: set[str] = set()
    for content in body.get("content", {}).values():
        schema = content.get("schema", {})
        reference = str(schema.get("$ref", ""))
        if reference.startswith("#/components/schemas/"):
            schema = spec["components"]["schemas"].get(reference.rsplit("/", 1)[-1], {})
        fields.update(schema.get("properties", {}))
    folded = {name.casefold(): name for name in fields}
    return any(
        key not in fields and folded.get(str(key).casefold()) is not None for key in case.body
    )


def register_hooks(hook: Callable[[str], Callable[[Callable[..., Any]], Any]]) -> None:
    """Install the suite's hooks with `schemathesis.hook` or a schema's `schema.hook`."""

    def filter_query(ctx: Any, query: dict[str, Any] | None) -> bool:
        operation = ctx.operation
        operation_id = None if operation is None else operation.definition.raw.get("operationId")
        return keeps_query(operation_id, query)

    def filter_failure(ctx: Any, failure: Any, case: Any, response: Any) -> bool:
        return not (
            is_ignored_query_parameter(failure, case)
            or is_filled_body(failure, case)
            or is_case_variant_of_a_field(failure, case)
        )

    hook("filter_query")(filter_query)
    hook("filter_failure")(filter_failure)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m tfs_client.contract",
        description="Run the tfs-client contract suite (schemathesis) against a TFS / Azure "
        f"DevOps server. The token is read from ${TOKEN_VARIABLE}.",
    )
    parser.add_argument("--base-url", required=True, help="e.g. https://host/DefaultCollection")
    parser.add_argument("--project", required=True, help="the team project to test in")
    parser.add_argument("--team", required=True, help="a team of that project (sessions)")
    parser.add_argument(
        "--allow-writes",
        action="store_true",
        help="also run operations that create, change or delete (default: read-only)",
    )
    parser.add_argument(
        "--junit-xml", type=Path, default=Path("contract-report.xml"), help="JUnit XML report"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generation seed")
    parser.add_argument(
        "--max-examples",
        type=int,
        default=DEFAULT_MAX_EXAMPLES,
        help="examples per operation and phase",
    )
    return parser.parse_args(argv)


def schemathesis_arguments(
    args: argparse.Namespace, spec: Path, excluded: Sequence[str]
) -> list[str]:
    """The `schemathesis run` arguments of a contract run (no credentials)."""
    arguments = [
        str(spec),
        "--url",
        args.base_url.rstrip("/"),
        "--checks",
        "all",
        "--workers",
        "1",
        "--seed",
        str(args.seed),
        "--max-examples",
        str(args.max_examples),
        "--report",
        "junit",
        "--report-junit-path",
        str(args.junit_xml),
        "--no-color",
    ]
    for operation_id in excluded:
        arguments += ["--exclude-operation-id", operation_id]
    return arguments


def main(argv: Sequence[str] | None = None) -> int:
    """Run the suite; the exit code is schemathesis's (0 when every check passed)."""
    args = parse_args(argv)
    try:
        import click
        import schemathesis
        import yaml
        from schemathesis.cli import run
        from schemathesis.config import SchemathesisConfig
    except ImportError as error:
        print(f"error: {_INSTALL_HINT} ({error})", file=sys.stderr)
        return 2
    token = os.environ.get(TOKEN_VARIABLE) or None
    if token is None:
        print(f"warning: ${TOKEN_VARIABLE} is not set; sending no credentials", file=sys.stderr)
    register_hooks(schemathesis.hook)
    config = SchemathesisConfig.from_dict(
        contract_config(
            project=args.project,
            team=args.team,
            token=token,
            seed=args.seed,
            max_examples=args.max_examples,
            allow_writes=args.allow_writes,
        )
    )
    try:
        with spec_path() as spec:
            document = yaml.safe_load(spec.read_text("utf-8"))
            excluded = [] if args.allow_writes else write_operation_ids(document)
            run.main(
                args=schemathesis_arguments(args, spec, excluded),
                prog_name="python -m tfs_client.contract",
                obj=config,
                standalone_mode=False,
            )
    except ContractSetupError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except click.ClickException as error:  # e.g. a base URL schemathesis cannot use
        error.show()
        return error.exit_code
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
