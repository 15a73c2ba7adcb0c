"""Why the official client's 1 GiB upload failed in the bench, reproduced in seconds.

The official client (msrest over requests/urllib3) builds the whole upload body as one str
(base64 in JSON, ~1.4 GB for 1 GiB) and only then takes a pooled connection. urllib3 checks
that connection is still open when it takes it, then converts the str body to bytes (another
~1.4 GB copy, seconds on a busy machine) before sending anything. When the server's keep-alive
timer (30 s idle in the emulator) fires inside that window, the server closes the idle
connection, urllib3 swallows the failed send and reading the reply fails with "Remote end
closed connection without response".

Here the emulator's idle timeout is shortened to 1 s and the slow conversion is a body whose
``encode()`` (what urllib3 calls, after its check) lasts until the server has closed its idle
connections (waited for, not slept: a busy machine cannot turn the race the other way).
A fresh session, which is what the bench now gives every client before its timed work, succeeds.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator

import pytest
import requests
from tfs_emulator.app import create_app
from tfs_emulator.limits import Limits
from tfs_emulator.server import base_url_of, bind, uvicorn_server
from tfs_emulator.state import Settings

TOKEN = "keep-alive-token"
KEEP_ALIVE_SECONDS = 1
PROJECT, RUN_ID = "Fabrikam-Fiber-TFVC", 23


class SlowlyEncodedBody(str):
    """A JSON body whose conversion to bytes by urllib3 outlasts the server's keep-alive.

    requests measures the body with ``encode("utf-8")`` before taking a connection (fast);
    urllib3 converts it with a bare ``encode()`` after its liveness check: slow here, as
    copying 1.4 GB is. ``idle_closed`` tells when the server holds no connection any more.
    """

    idle_closed: Callable[[], bool] = staticmethod(lambda: True)

    def encode(self, *args: str, **kwargs: str) -> bytes:
        if not args and not kwargs:
            deadline = time.monotonic() + 60
            while not type(self).idle_closed() and time.monotonic() < deadline:
                time.sleep(0.05)
        return super().encode(*args, **kwargs)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The emulator (demo seed) on loopback with a 1 s keep-alive timeout."""
    limits = Limits(idle_timeout=KEEP_ALIVE_SECONDS)
    app = create_app(Settings(token=TOKEN, limits=limits), None, seed="demo")
    sock = bind("127.0.0.1", 0)
    server = uvicorn_server(app, limits)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "emulator did not start"
        time.sleep(0.01)
    SlowlyEncodedBody.idle_closed = staticmethod(lambda: not server.server_state.connections)
    yield base_url_of(sock, app.state.collection)
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()
    app.state.close()


def _attachments_url(base_url: str) -> str:
    return f"{base_url}/{PROJECT}/_apis/test/runs/{RUN_ID}/attachments"


def _body() -> SlowlyEncodedBody:
    content = base64.b64encode(b"official client upload").decode("ascii")
    return SlowlyEncodedBody(json.dumps({"stream": content, "fileName": "keep-alive.bin"}))


def _post(session: requests.Session, base_url: str) -> requests.Response:
    return session.post(
        _attachments_url(base_url),
        data=_body(),
        headers={"Content-Type": "application/json"},
        auth=("", TOKEN),
        timeout=30,
    )


def test_a_pooled_connection_closed_by_keep_alive_after_urllib3s_check_fails_the_upload(
    base_url: str,
) -> None:
    with requests.Session() as session:
        session.get(_attachments_url(base_url), auth=("", TOKEN), timeout=30).raise_for_status()
        with pytest.raises(requests.exceptions.ConnectionError) as failure:
            _post(session, base_url)
    message = str(failure.value)
    assert "Connection aborted" in message
    assert "Remote end closed connection without response" in message or "reset" in message


def test_the_same_upload_on_a_fresh_connection_succeeds(base_url: str) -> None:
    with requests.Session() as warm:
        warm.get(_attachments_url(base_url), auth=("", TOKEN), timeout=30).raise_for_status()
    with requests.Session() as fresh:
        response = _post(fresh, base_url)
    assert response.status_code == 200, response.text
    assert response.json()["id"] > 0
