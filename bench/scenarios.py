"""What the child processes of ``bench.probe`` run: first calls, paging and transfers.

``setup(request)`` does everything that must not be measured (imports, connecting, one
warm-up request) and returns the work to measure, which returns how many bytes or items it
moved so that the parent can check nothing was skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import IO, Any, cast

import httpx

from .context import API_VERSION, ATTACHMENT_API_VERSION, raw_client
from .payload import GeneratedFile, RawAttachmentBody

Work = Callable[[], int]

UPLOAD_NAMES = {"raw": "bench-raw.bin", "tfs": "bench-tfs.bin", "official": "bench-official.bin"}
"""The file name each client's upload probe gives its attachment."""


class CountingSink:
    """A binary file object that counts and discards what is written to it."""

    def __init__(self) -> None:
        self.count = 0

    def write(self, data: bytes) -> int:
        self.count += len(data)
        return len(data)


def setup(request: dict[str, Any]) -> Work:
    """The work of one probe request (``scenario`` x ``client``)."""
    scenario, client = request["scenario"], request["client"]
    factory = _SCENARIOS.get((scenario, client))
    if factory is None:
        raise ValueError(f"unknown probe scenario {scenario!r} for client {client!r}")
    return factory(request)


def _ctx(request: dict[str, Any]) -> dict[str, Any]:
    ctx: dict[str, Any] = request["ctx"]
    return ctx


# -- first call in a fresh process -------------------------------------------------------


def _preload_httpx() -> None:
    """Import what httpx imports lazily on its first client (as ``preload`` does officially)."""
    import httpcore  # noqa: F401


def _first_call_raw(request: dict[str, Any]) -> Work:
    _preload_httpx()
    ctx = _ctx(request)
    url = f"{ctx['base_url']}/{ctx['project']}/_apis/build/builds/{ctx['build_id']}"

    def work() -> int:
        with raw_client(ctx["token"]) as raw:
            json.loads(raw.get(url, params={"api-version": API_VERSION}).content)
        return 1

    return work


def _first_call_tfs(request: dict[str, Any]) -> Work:
    # What TfsClient.builds.get imports on its first use: imports are not timed here.
    from tfs_client import TfsClient

    _preload_httpx()
    ctx = _ctx(request)

    def work() -> int:
        with TfsClient(ctx["base_url"], token=ctx["token"]) as tfs:
            tfs.builds.get(ctx["project"], ctx["build_id"])
        return 1

    return work


def _first_call_official(request: dict[str, Any]) -> Work:
    from .official import Official, preload

    preload()
    ctx = _ctx(request)

    def work() -> int:
        Official(ctx["base_url"], ctx["token"]).get_build(ctx["project"], ctx["build_id"])
        return 1

    return work


# -- paging ----------------------------------------------------------------------------------


def _paging_raw(request: dict[str, Any]) -> Work:
    ctx = _ctx(request)
    raw = raw_client(ctx["token"])
    url = f"{ctx['base_url']}/{ctx['project']}/_apis/build/builds"
    raw.get(url, params={"$top": 1, "api-version": API_VERSION}).raise_for_status()

    def work() -> int:
        return raw_paging(raw, url, request["count"], request["page_size"])

    return work


def raw_paging(raw: Any, url: str, count: int, page_size: int) -> int:
    """Follow ``x-ms-continuationtoken`` with plain httpx until ``count`` builds are seen."""
    seen = 0
    token: str | None = None
    while seen < count:
        params: dict[str, Any] = {"$top": page_size, "api-version": API_VERSION}
        if token is not None:
            params["continuationToken"] = token
        response = raw.get(url, params=params)
        response.raise_for_status()
        seen += len(json.loads(response.content)["value"])
        token = response.headers.get("x-ms-continuationtoken")
        if token is None:
            break
    return min(seen, count)


def raw_prefetch_paging(raw: httpx.Client, url: str, count: int, page_size: int) -> int:
    """``raw_paging`` doing what tfs-client's paginator does, by hand: the fair baseline.

    The next page's request goes out in a worker thread (returning at the reply's headers)
    while this thread reads and decodes the current page into ``BuildList`` models.
    """
    from tfs_api.models.build_list import BuildList

    def request(token: str | None) -> httpx.Response:
        params: dict[str, Any] = {"$top": page_size, "api-version": API_VERSION}
        if token is not None:
            params["continuationToken"] = token
        response = raw.send(raw.build_request("GET", url, params=params), stream=True)
        response.raise_for_status()
        return response

    seen = 0
    with ThreadPoolExecutor(max_workers=1) as worker:
        ahead: Future[httpx.Response] | None = worker.submit(request, None)
        while ahead is not None and seen < count:
            response = ahead.result()
            token = response.headers.get("x-ms-continuationtoken")
            ahead = worker.submit(request, token) if token and seen + page_size < count else None
            try:
                seen += len(BuildList.from_dict(json.loads(response.read())).value)
            finally:
                response.close()
        if ahead is not None:
            ahead.result().close()
    return min(seen, count)


def _paging_tfs(request: dict[str, Any]) -> Work:
    from tfs_api.api.builds import list_builds
    from tfs_client import call, connect

    ctx = _ctx(request)
    client = connect(ctx["base_url"], token=ctx["token"])
    call(list_builds.sync_detailed, ctx["project"], client=client, top=1)

    def work() -> int:
        return tfs_paging(client, ctx["project"], request["count"], request["page_size"])

    return work


def tfs_paging(client: Any, project: str, count: int, page_size: int) -> int:
    """Iterate ``count`` builds with ``tfs_client.paginate``."""
    from tfs_api.api.builds import list_builds
    from tfs_client import paginate

    seen = 0
    for _build in paginate(
        list_builds.sync_detailed, project, client=client, page_size=page_size, max_items=count
    ):
        seen += 1
    return seen


# -- attachment uploads ------------------------------------------------------------------


# Every transfer client is warmed on a throwaway instance (imports, first-use costs, and the
# official client's server discovery, which it caches per process), then the timed work gets
# a fresh instance with no pooled connection: each client opens its own new connection inside
# the timed work, the same way.
#
# Why: the official client builds its whole 1 GiB upload body in memory (base64, then
# json.dumps: ~1.4 GB) before it takes a pooled connection, which can take longer than the
# server's keep-alive (idle) timeout (30 s) on a busy machine. urllib3 checks a pooled
# connection is still open when it takes it, but then converts the str body to bytes (another
# ~1.4 GB copy, seconds) before sending anything; if the server's keep-alive timer fires in
# that window it closes the connection, urllib3 swallows the BrokenPipeError of the send and
# reading the reply fails with "Remote end closed connection without response". The warm-up
# request's pooled connection was that connection (tests/bench/test_keep_alive.py reproduces
# it in seconds). tfs-client and raw httpx stream their bodies, sending the headers at once,
# so they were never exposed; a fresh connection makes the comparison the same for all three.


def _fresh_raw(ctx: dict[str, Any]) -> httpx.Client:
    url = f"{ctx['base_url']}/{ctx['project']}/_apis/test/runs/{ctx['run_id']}/attachments"
    with raw_client(ctx["token"]) as warm:
        warm.get(url, params={"api-version": ATTACHMENT_API_VERSION}).raise_for_status()
    return raw_client(ctx["token"])


def _fresh_tfs(ctx: dict[str, Any]) -> Any:
    from tfs_api.api.attachments import list_test_run_attachments
    from tfs_client import call, connect

    with connect(ctx["base_url"], token=ctx["token"]) as warm:
        call(list_test_run_attachments.sync_detailed, ctx["project"], ctx["run_id"], client=warm)
    return connect(ctx["base_url"], token=ctx["token"])


def _fresh_official(ctx: dict[str, Any]) -> Any:
    from .official import Official

    warm = Official(ctx["base_url"], ctx["token"])
    warm.test.get_test_run_attachments(ctx["project"], ctx["run_id"])
    warm.close()
    return Official(ctx["base_url"], ctx["token"])


def _upload_raw(request: dict[str, Any]) -> Work:
    ctx = _ctx(request)
    raw = _fresh_raw(ctx)
    url = f"{ctx['base_url']}/{ctx['project']}/_apis/test/runs/{ctx['run_id']}/attachments"

    def work() -> int:
        source = GeneratedFile(request["size"])
        body = RawAttachmentBody(source, UPLOAD_NAMES["raw"])
        headers = {"Content-Type": "application/json", "Content-Length": str(body.content_length)}
        response = raw.post(
            url, params={"api-version": ATTACHMENT_API_VERSION}, content=body, headers=headers
        )
        response.raise_for_status()
        json.loads(response.content)
        return source.size

    return work


def _upload_tfs(request: dict[str, Any]) -> Work:
    from tfs_client import upload_attachment

    ctx = _ctx(request)
    client = _fresh_tfs(ctx)

    def work() -> int:
        source = GeneratedFile(request["size"])
        upload_attachment(
            client,
            ctx["project"],
            ctx["run_id"],
            cast(IO[bytes], source),
            file_name=UPLOAD_NAMES["tfs"],
        )
        return source.size

    return work


def _upload_official(request: dict[str, Any]) -> Work:
    ctx = _ctx(request)
    official = _fresh_official(ctx)

    def work() -> int:
        source = GeneratedFile(request["size"])
        official.upload(ctx["project"], ctx["run_id"], source.read(), UPLOAD_NAMES["official"])
        return source.size

    return work


# -- attachment downloads ----------------------------------------------------------------


def _download_raw(request: dict[str, Any]) -> Work:
    ctx = _ctx(request)
    raw = _fresh_raw(ctx)
    url = (
        f"{ctx['base_url']}/{ctx['project']}/_apis/test/runs/{ctx['run_id']}"
        f"/attachments/{ctx['attachment_id']}"
    )

    def work() -> int:
        sink = CountingSink()
        params = {"api-version": ATTACHMENT_API_VERSION}
        with raw.stream("GET", url, params=params) as response:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                sink.write(chunk)
        return sink.count

    return work


def _download_tfs(request: dict[str, Any]) -> Work:
    from tfs_client import download_attachment

    ctx = _ctx(request)
    client = _fresh_tfs(ctx)

    def work() -> int:
        sink = CountingSink()
        download_attachment(
            client,
            ctx["project"],
            ctx["run_id"],
            ctx["attachment_id"],
            cast(IO[bytes], sink),
        )
        return sink.count

    return work


def _download_official(request: dict[str, Any]) -> Work:
    ctx = _ctx(request)
    official = _fresh_official(ctx)

    def work() -> int:
        sink = CountingSink()
        for chunk in official.download(ctx["project"], ctx["run_id"], ctx["attachment_id"]):
            sink.write(chunk)
        return sink.count

    return work


_SCENARIOS: dict[tuple[str, str], Callable[[dict[str, Any]], Work]] = {
    ("first-call", "raw"): _first_call_raw,
    ("first-call", "tfs"): _first_call_tfs,
    ("first-call", "official"): _first_call_official,
    ("paging", "raw"): _paging_raw,
    ("paging", "tfs"): _paging_tfs,
    ("upload", "raw"): _upload_raw,
    ("upload", "tfs"): _upload_tfs,
    ("upload", "official"): _upload_official,
    ("download", "raw"): _download_raw,
    ("download", "tfs"): _download_tfs,
    ("download", "official"): _download_official,
}
