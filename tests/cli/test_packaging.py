"""``tfs`` ships as a console script in the [cli] extra, stays out of ``import tfs_client``, and
is derived from ``RESOURCE_METHODS``: every resource method is a command with the spec's help."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import attrs
import click
from click.testing import CliRunner
from tfs_client._resources import RESOURCE_METHODS
from tfs_client.cli._app import cli, invoke
from tfs_client.cli._commands import TfsGroup
from tfs_client.cli._generated import add_resource_commands, command_name

from ._support import tfs

ROOT = Path(__file__).resolve().parents[2]


def test_tfs_is_a_console_script_of_the_wheel_and_the_cli_extra_is_pinned() -> None:
    (script,) = metadata.entry_points(group="console_scripts", name="tfs")
    assert script.value == "tfs_client.cli:main"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extra = project["optional-dependencies"]["cli"]
    assert sorted(requirement.split("==")[0] for requirement in extra) == ["click", "rich"]
    assert all("==" in requirement for requirement in extra)
    assert not any(name.startswith(("click", "rich")) for name in project["dependencies"])


def test_tfs_client_imports_without_click_or_rich_and_without_its_cli() -> None:
    # httpx itself imports click and rich when they are installed (its own `httpx` command), so
    # the proof is that tfs_client works with both made unimportable and never loads its CLI.
    code = (
        "import sys; sys.modules['click'] = None; sys.modules['rich'] = None; "
        "import tfs_client, tfs_client.client; "
        "print(sorted(name for name in sys.modules if name.split('.')[:2] == ['tfs_client', 'cli']))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_without_the_cli_extra_tfs_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['rich'] = None; sys.argv = ['tfs', '--help']; "
        "from tfs_client.cli import main; main()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2
    assert (
        result.stderr.strip() == "tfs: the command line needs rich: pip install 'tfs-client[cli]'"
    )


def test_top_level_help_documents_connection_output_and_exit_codes() -> None:
    result = tfs("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for fragment in ("TFS_URL", "--token-file", "TFS_TOKEN", "--json", "--jsonl"):
        assert fragment in text
    assert "Exit status: 0 success; 1 the server refused the request" in text
    assert "2 a usage error" in text


def test_every_resource_method_is_a_command_whose_help_shows_the_spec_descriptions() -> None:
    runner = CliRunner()
    shown = 0
    for entry in RESOURCE_METHODS:
        if entry.kind in ("upload", "download"):
            continue  # the hand-made transfers (tested in test_attachments.py)
        words = [command_name(entry.resource), command_name(entry.method)]
        result = runner.invoke(cli, [*words, "--help"], prog_name="tfs")
        assert result.exit_code == 0, (words, result.output)
        text = " ".join(result.output.split())
        assert entry.operation.operation_id in text
        for parameter in entry.operation.parameters:
            if parameter.name == "api_version" or not parameter.description:
                continue
            if entry.kind == "pages" and parameter.name in ("top", "skip", "continuation_token"):
                continue
            assert " ".join(parameter.description.split()) in text, (words, parameter.name)
            shown += 1
    assert shown >= 40  # the spec documents every parameter; nothing was skipped by accident


def test_attachments_upload_and_download_are_the_hand_made_transfers() -> None:
    group = cli.commands["attachments"]
    assert isinstance(group, click.Group)
    assert {"upload", "download", "list"} <= set(group.commands)
    help_text = CliRunner().invoke(cli, ["attachments", "download", "--help"]).output
    assert "SHA-256" in help_text and "--to" in help_text


def test_a_new_operation_in_the_table_becomes_a_command_with_no_hand_edit() -> None:
    root = TfsGroup("tfs")
    (get_build,) = [e for e in RESOURCE_METHODS if (e.resource, e.method) == ("builds", "get")]
    invented = attrs.evolve(
        get_build, resource="release_gates", method="look_up"
    )  # not in the spec
    add_resource_commands(root, [invented], invoke)
    group = root.commands["release-gates"]
    assert isinstance(group, click.Group)
    command = group.commands["look-up"]
    assert [param.name for param in command.params][:2] == ["project", "build_id"]
    help_text = CliRunner().invoke(root, ["release-gates", "look-up", "--help"]).output
    assert "getBuild" in help_text


_KNOWN_KEYS = frozenset({"url", "displayName"})  # read by body_fields, as in generated models


@attrs.define
class Hook:
    """A request body whose field names meet the common options.

    Attributes:
        url (str): Where the hook posts.
        display_name (str | Unset): The hook's name,
            shown in lists.
    """

    url: str
    display_name: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Hook:
        return cls(url=data["url"], display_name=data.get("displayName"))


def test_body_fields_become_options_and_a_clash_with_a_common_option_is_renamed() -> None:
    (create,) = [
        e for e in RESOURCE_METHODS if (e.resource, e.method) == ("configurations", "create")
    ]
    entry = attrs.evolve(create, operation=attrs.evolve(create.operation, body=Hook))
    calls: list[tuple[str, str, list[Any], dict[str, Any]]] = []

    def record(
        settings: Any, resource: str, method: str, path: list[Any], keywords: dict[str, Any]
    ) -> None:
        calls.append((resource, method, path, keywords))

    root = TfsGroup("tfs")
    add_resource_commands(root, [entry], record)
    help_text = " ".join(
        CliRunner().invoke(root, ["configurations", "create", "--help"]).output.split()
    )
    assert "--body-url TEXT Where the hook posts. (body)" in help_text
    assert "--display-name TEXT The hook's name, shown in lists. (body)" in help_text
    result = CliRunner().invoke(
        root,
        [
            "configurations",
            "create",
            "P",
            "--url",
            "http://127.0.0.1:9/C",
            "--body-url",
            "http://hook",
            "--body",
            '{"DISPLAYNAME": "from --body"}',
        ],
    )
    assert result.exit_code == 0, result.output
    assert calls == [
        ("configurations", "create", ["P"], {"body": Hook("http://hook", "from --body")})
    ]
