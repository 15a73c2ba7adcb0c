"""What a script's first call does not pay for: modules it does not use, a CA bundle over http."""

from __future__ import annotations

import importlib.util
import ssl
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import tfs_client
from tfs_client.connection import DeferredTrustContext
from tfs_client.retries import RetryTransport

from tests.api_versions import UPGRADED, api_version


def _run(
    code: str, *, check: bool = True, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=check, cwd=cwd
    )


def _loaded_after(code: str) -> set[str]:
    return set(_run(f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))").stdout.split())


HTTPX_COMMAND_LINE = {"httpx._main", "click", "rich", "pygments"}


def test_importing_tfs_client_leaves_httpx_command_line_tool_unloaded() -> None:
    # httpx imports its own command (click, rich, pygments) whenever click is importable
    assert importlib.util.find_spec("click") is not None, "needs the [cli] extra installed"
    assert _loaded_after("import httpx") >= HTTPX_COMMAND_LINE
    loaded = _loaded_after("import tfs_client")
    assert "httpx" in loaded
    assert not HTTPX_COMMAND_LINE & loaded


def test_httpx_main_still_runs_the_httpx_command_after_importing_tfs_client() -> None:
    done = _run("import tfs_client, httpx\nhttpx.main(['--help'], standalone_mode=False)")
    assert "Usage: httpx <URL> [OPTIONS]" in done.stdout


def test_httpx_main_still_works_as_a_click_command_after_importing_tfs_client() -> None:
    done = _run(
        "import tfs_client, httpx\n"
        "from click.testing import CliRunner\n"
        "print(httpx.main.name)\n"
        "print(CliRunner().invoke(httpx.main, ['--help']).output)"
    )
    assert done.stdout.startswith("main\n")
    assert "Usage: httpx <URL> [OPTIONS]" in done.stdout


def test_httpx_main_without_click_still_prints_httpx_install_hint() -> None:
    done = _run(
        "import sys\nsys.modules['click'] = None\nimport tfs_client, httpx\nhttpx.main()",
        check=False,
    )
    assert done.returncode == 1
    assert "pip install 'httpx[cli]'" in done.stdout


def test_an_httpx_imported_before_tfs_client_is_left_as_it_is() -> None:
    loaded = _loaded_after(
        "import httpx\nmain = httpx.main\nimport tfs_client\nassert httpx.main is main"
    )
    assert "httpx._main" in loaded


def test_an_httpx_that_needs_its_command_line_to_import_still_imports(tmp_path: Path) -> None:
    package = tmp_path / "strict_httpx"
    package.mkdir()
    (package / "__init__.py").write_text("from ._main import main\n")
    (package / "_main.py").write_text("def main() -> str:\n    return 'command'\n")
    done = _run(
        "from tfs_client._httpx_import import import_httpx\n"
        "print(import_httpx('strict_httpx').main())",
        cwd=tmp_path,
    )
    assert done.stdout.strip() == "command"


def test_importing_tfs_client_leaves_paging_uploads_downloads_and_anyio_unloaded() -> None:
    loaded = _loaded_after("import tfs_client")
    lazy = {"tfs_client.paging", "tfs_client.uploads", "tfs_client.downloads", "anyio"}
    assert "tfs_client.calls" in loaded
    assert not lazy & loaded
    assert "importlib.metadata" not in loaded


def test_importing_tfs_client_class_leaves_paging_uploads_downloads_and_anyio_unloaded() -> None:
    loaded = _loaded_after("from tfs_client import AsyncTfsClient, TfsClient")
    lazy = {"tfs_client.paging", "tfs_client.uploads", "tfs_client.downloads", "anyio"}
    assert "tfs_client._resources" in loaded
    assert not lazy & loaded


def test_importing_the_client_classes_loads_no_model_module() -> None:
    # the resource signatures name models through tfs_api.models, which loads them on lookup
    loaded = _loaded_after("from tfs_client import AsyncTfsClient, TfsClient")
    assert "tfs_client._resources" in loaded
    assert not [name for name in loaded if name.startswith("tfs_api.models.")]


def test_a_first_get_through_tfs_client_loads_no_paging_or_attachment_module() -> None:
    loaded = _loaded_after(
        "import httpx\n"
        "from tfs_client import TfsClient\n"
        "reply = {'id': 7, 'buildNumber': '1', 'url': 'http://x/b/7', 'status': 'completed'}\n"
        "transport = httpx.MockTransport(lambda request: httpx.Response(200, json=reply))\n"
        "with TfsClient('http://tfs.example.com/c', transport=transport) as tfs:\n"
        "    assert tfs.builds.get('P', 7).id == 7"
    )
    lazy = {"tfs_client.paging", "tfs_client.uploads", "tfs_client.downloads", "anyio"}
    assert "tfs_api.api.builds.get_build" in loaded
    assert not lazy & loaded


def test_list_and_attachment_methods_load_their_helpers_when_called() -> None:
    loaded = _loaded_after(
        "import httpx\n"
        "from tfs_client import TfsClient\n"
        "transport = httpx.MockTransport(lambda request: httpx.Response(200, json={'count': 0, 'value': []}))\n"
        "with TfsClient('http://tfs.example.com/c', transport=transport) as tfs:\n"
        "    assert list(tfs.builds.list('P')) == []\n"
        "    assert tfs.attachments.list('P', 1) == []"
    )
    assert "tfs_client.paging" in loaded
    assert "tfs_client.uploads" not in loaded


def test_a_lazy_name_loads_its_module_on_first_use() -> None:
    loaded = _loaded_after("from tfs_client import paginate")
    assert "tfs_client.paging" in loaded
    assert "tfs_client.uploads" not in loaded


def test_every_public_name_resolves_and_star_import_gets_them_all() -> None:
    namespace: dict[str, object] = {}
    exec("from tfs_client import *", namespace)
    assert set(tfs_client.__all__) <= set(namespace)
    assert set(tfs_client.__all__) <= set(dir(tfs_client))
    from tfs_client.paging import Paginator

    assert tfs_client.Paginator is Paginator


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'paginat'"):
        tfs_client.paginat  # noqa: B018


def test_the_version_is_the_installed_distributions() -> None:
    from importlib import metadata

    assert tfs_client.__version__ == metadata.version("tfs-client")


def _tls_context(client: object) -> ssl.SSLContext:
    transport = client.get_httpx_client()._transport  # type: ignore[attr-defined]
    assert isinstance(transport, RetryTransport)
    context: ssl.SSLContext = transport.wrapped._pool._ssl_context  # type: ignore[union-attr]
    return context


def test_the_ca_bundle_is_not_loaded_until_tls_is_used() -> None:
    context = _tls_context(tfs_client.connect("http://tfs.example.com/DefaultCollection"))
    assert isinstance(context, DeferredTrustContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert not context._loaded


def test_the_ca_bundle_loads_before_the_first_handshake() -> None:
    context = _tls_context(tfs_client.connect("https://tfs.example.com/DefaultCollection"))
    context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="tfs.example.com")
    assert context._loaded
    assert super(DeferredTrustContext, context).cert_store_stats()["x509_ca"] > 0


def test_the_ca_bundle_honours_ssl_cert_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import certifi

    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    context = DeferredTrustContext()
    assert context.cert_store_stats()["x509_ca"] > 0
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent/ca.pem")
    with pytest.raises(FileNotFoundError):
        DeferredTrustContext().get_ca_certs()


def test_a_request_path_is_joined_to_the_base_url_once_as_httpx_would() -> None:
    from tfs_client.calls import under_base_url

    with httpx.Client(base_url="https://tfs.example.com/tfs/DefaultCollection") as http:
        joined = under_base_url(
            http, {"method": "get", "url": "/Fab%20rikam/_apis/x", "params": {}}
        )
        assert joined["url"] == "https://tfs.example.com/tfs/DefaultCollection/Fab%20rikam/_apis/x"
        merged = http.build_request("GET", "/Fab%20rikam/_apis/x").url
        assert http.build_request("GET", joined["url"]).url == merged
        absolute = {"method": "get", "url": "https://elsewhere.example.com/x"}
        assert under_base_url(http, absolute) is absolute
    for base in ("http://127.0.0.1:8080", "http://127.0.0.1:8080/", "https://h/tfs/Coll/"):
        with httpx.Client(base_url=base) as http:
            relative = {"method": "get", "url": "/Fab%20rikam/_apis/x", "params": {}}
            assert (
                http.build_request(**under_base_url(http, relative)).url
                == http.build_request(**relative).url
            )


@pytest.mark.parametrize("base_url", ["https://h/tfs/Coll?x=1", "https://h/tfs/Coll#top"])
def test_a_base_url_with_a_query_or_fragment_is_refused(base_url: str) -> None:
    with pytest.raises(ValueError, match="no query or fragment"):
        tfs_client.connect(base_url)


QUERIES = {
    "none": {},
    "api-version": {"api-version": api_version("getBuild")},
    "reserved characters": {"$top": 5, "branchName": "refs/heads/a b&c=d+e#f?g", "x": "ü€"},
    "booleans and numbers": {"includeDeleted": True, "minFinishTime": 1.5, "count": 0},
    "repeated": {"tag": ["a b", "c,d"], "api-version": UPGRADED},
}


@pytest.mark.parametrize("params", QUERIES.values(), ids=QUERIES)
@pytest.mark.parametrize("client_params", [None, {"clientWide": "1 2"}])
def test_query_parameters_encoded_into_the_url_are_the_ones_httpx_would_send(
    params: dict[str, object], client_params: dict[str, str] | None
) -> None:
    from tfs_client.calls import under_base_url

    with httpx.Client(
        base_url="https://tfs.example.com/tfs/DefaultCollection", params=client_params
    ) as http:
        relative = {"method": "get", "url": "/Fab%20rikam/_apis/build/builds", "params": params}
        ours = http.build_request(**under_base_url(http, relative))
        theirs = http.build_request(**relative)
        assert ours.url == theirs.url
        assert sorted(ours.url.params.multi_items()) == sorted(theirs.url.params.multi_items())
