"""`python -m tfs_emulator.demo` (`make demo`): a real flow through tfs_client against the emulator.

Starts `python -m tfs_emulator --seed demo` as its own process on a free loopback port,
drives it over HTTP with `tfs_client` and the generated `tfs_api` operations, prints what
happened, and stops the server, whatever happens in between.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from tfs_api.api.builds import add_build_tag, get_build_tags, list_builds, queue_build
from tfs_api.api.code_coverage import get_build_code_coverage
from tfs_api.api.configurations import create_test_configuration, update_test_configuration
from tfs_api.api.sessions import create_test_session, update_test_session
from tfs_api.client import Client
from tfs_api.models import (
    DefinitionIdReference,
    NameValuePair,
    QueueBuildRequest,
    SessionArea,
    TestConfigurationCreate,
    TestConfigurationState,
    TestConfigurationUpdate,
    TestSessionCreate,
    TestSessionStateName,
    TestSessionUpdate,
)
from tfs_api.types import Unset
from tfs_client import (
    CodeCoverageFlags,
    call,
    connect,
    download_attachment,
    paginate,
    upload_attachment,
)

GIT_PROJECT = "Fabrikam-Fiber-Git"
TFVC_PROJECT = "Fabrikam-Fiber-TFVC"
TEAM = "Fabrikam-Fiber-TFVC Team"
DEMO_TOKEN = "demo-token"  # the emulator requires it, as a real server requires a PAT
T = TypeVar("T")


def present(value: T | Unset, field: str) -> T:
    """A field the server always sends, narrowed from the spec's optional type."""
    if isinstance(value, Unset):
        raise RuntimeError(f"the server's reply has no {field}")
    return value


@contextmanager
def running_emulator() -> Iterator[str]:
    """Run the emulator CLI on a free loopback port; yield its base URL; always stop it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tfs_emulator", "--port", "0", "--seed", "demo"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TFS_EMULATOR_TOKEN": DEMO_TOKEN},
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        if not base_url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"the emulator did not start (it printed {base_url!r})")
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


def run_flow(client: Client, workdir: Path) -> None:
    """Every capability once, printing what the server answered."""
    request = QueueBuildRequest(
        definition=DefinitionIdReference(id=25), source_branch="refs/heads/main"
    )
    build = call(queue_build.OPERATION, GIT_PROJECT, client=client, body=request)
    print(f"queued build {build.id} ({build.build_number}), status {build.status}")

    build_id = present(build.id, "build id")
    call(add_build_tag.OPERATION, GIT_PROJECT, build_id, "demo", client=client)
    tags = call(get_build_tags.OPERATION, GIT_PROJECT, build_id, client=client)
    print(f"tagged it: {tags.value}")

    pages = paginate(list_builds.OPERATION, GIT_PROJECT, client=client, page_size=5).pages()
    for page in pages:
        print(f"builds page: {[b.id for b in page.items]} next token {page.continuation_token!r}")

    source = workdir / "screenshot.png"
    source.write_bytes(bytes(range(256)) * 4096)  # 1 MiB
    reference = upload_attachment(client, TFVC_PROJECT, 23, source, comment="Uploaded by make demo")
    copy = workdir / "copy.png"
    download_attachment(client, TFVC_PROJECT, 23, reference.id, copy)
    same = copy.read_bytes() == source.read_bytes()
    print(f"attachment {reference.id}: uploaded and downloaded 1 MiB, identical: {same}")

    flags = CodeCoverageFlags.MODULES | CodeCoverageFlags.FUNCTIONS
    coverage = call(
        get_build_code_coverage.OPERATION,
        TFVC_PROJECT,
        build_id=363,
        flags=flags,
        client=client,
    )
    modules = [
        module.name for entry in coverage.value for module in present(entry.modules, "modules")
    ]
    print(f"coverage of build 363 with flags={int(flags)}: modules {modules}")

    configuration = call(
        create_test_configuration.OPERATION,
        TFVC_PROJECT,
        client=client,
        body=TestConfigurationCreate(
            name="Demo browser", values=[NameValuePair(name="Browser", value="Firefox")]
        ),
    )
    configuration = call(
        update_test_configuration.OPERATION,
        TFVC_PROJECT,
        present(configuration.id, "configuration id"),
        client=client,
        body=TestConfigurationUpdate(state=TestConfigurationState.INACTIVE),
    )
    print(
        f"configuration {configuration.id} {configuration.name!r}: "
        f"{configuration.state}, revision {configuration.revision}"
    )

    session = call(
        create_test_session.OPERATION,
        TFVC_PROJECT,
        TEAM,
        client=client,
        body=TestSessionCreate(title="Demo session", area=SessionArea(name=TFVC_PROJECT)),
    )
    session = call(
        update_test_session.OPERATION,
        TFVC_PROJECT,
        TEAM,
        client=client,
        body=TestSessionUpdate(
            id=session.id, revision=session.revision, state=TestSessionStateName.COMPLETED
        ),
    )
    print(f"session {session.id}: {session.state}, revision {session.revision}")


def main() -> None:
    """Start the emulator, run the flow, stop the emulator."""
    with running_emulator() as base_url, tempfile.TemporaryDirectory() as workdir:
        print(f"emulator listening at {base_url}")
        with connect(base_url, token=DEMO_TOKEN) as client:
            run_flow(client, Path(workdir))
    print("emulator stopped")


if __name__ == "__main__":
    main()
