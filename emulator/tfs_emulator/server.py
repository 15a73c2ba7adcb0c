"""Running the emulator on a real loopback socket: in a background thread or in the foreground."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import uvicorn
from starlette.types import ASGIApp

from .app import create_app
from .limits import Limits
from .protocol import protocol_for
from .state import Settings

#: Seconds `stop()` waits, beyond the shutdown grace, for the server thread to end.
_THREAD_EXIT_SECONDS = 10.0


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket (`port` 0 picks a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on sockets that say so (else +40 ms).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def base_url_of(sock: socket.socket, collection: str) -> str:
    """`http://host:port/Collection` for a bound socket."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/{collection}"


class PromptServer(uvicorn.Server):
    """uvicorn's server, ending as soon as `exit()` is called instead of up to 0.2 s later.

    uvicorn notices `should_exit` on its next 0.1 s tick and then sleeps another 0.1 s before
    draining connections. `exit()` wakes the tick at once, and with no connection or task left
    there is nothing to drain: the listening sockets close without the sleep. With any, the
    shutdown is uvicorn's own (graceful, bounded by `timeout_graceful_shutdown`)."""

    _TICK_SECONDS = 0.1  # uvicorn's: the Date header and the exit flag are checked this often

    def __init__(
        self, config: uvicorn.Config, on_serving: Callable[[], None] | None = None
    ) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake = asyncio.Event()
        self._on_serving = on_serving

    def exit(self) -> None:
        """Ask the server to stop (from any thread)."""
        self.should_exit = True
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(self._wake.set)

    async def main_loop(self) -> None:
        self._wake = asyncio.Event()  # this run's loop (a server may be run again)
        self._loop = asyncio.get_running_loop()
        if self._on_serving is not None:  # started, and uvicorn's signal handlers are in place
            self._on_serving()
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._TICK_SECONDS)
            should_exit = await self.on_tick(counter)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        if self.server_state.connections or self.server_state.tasks:
            await super().shutdown(sockets)
            return
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for server in self.servers:
            await server.wait_closed()
        if not self.force_exit:
            await self.lifespan.shutdown()


def uvicorn_server(
    app: ASGIApp, limits: Limits | None = None, on_serving: Callable[[], None] | None = None
) -> PromptServer:
    """A quiet uvicorn server for any ASGI `app` (the emulator's, or one wrapping it), enforcing
    `limits` (default: `Limits()`; pass the emulator's `Settings.limits`; see `limits.py`);
    `on_serving` is called once it serves (run from the main thread: with uvicorn's SIGINT and
    SIGTERM handlers in place)."""
    limits = limits or Limits()
    config = uvicorn.Config(
        app,
        http=protocol_for(limits),
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=max(1, round(limits.shutdown_grace)),
        h11_max_incomplete_event_size=limits.max_head_bytes,
    )
    return PromptServer(config, on_serving)


class EmulatorServer:
    """The emulator served on loopback from a background thread; a context manager.

    >>> with EmulatorServer(seed="demo") as server:
    ...     print(server.base_url)  # http://127.0.0.1:PORT/DefaultCollection
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        data_dir: Path | None = None,
        seed: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        settings = settings or Settings()
        self.app = create_app(settings, data_dir, seed=seed)
        self.state = self.app.state
        self._socket = bind(host, port)
        self.base_url = base_url_of(self._socket, self.state.collection)
        self.root_url = self.base_url.rsplit("/", 1)[0]
        self._server = uvicorn_server(self.app, settings.limits)
        self._thread: threading.Thread | None = None

    def start(self) -> str:
        """Start serving; returns the base URL once the server accepts connections."""
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the emulator did not start")
            time.sleep(0.005)
        return self.base_url

    def stop(self) -> None:
        """Stop serving: requests in flight get `limits.shutdown_grace` seconds to finish (then
        they are cancelled), the server thread ends, and only then is the state released (a
        temporary data dir is removed)."""
        if self._thread is not None:
            self._server.exit()
            self._thread.join(self.state.limits.shutdown_grace + _THREAD_EXIT_SECONDS)
            if self._thread.is_alive():
                raise RuntimeError("the emulator's server thread did not stop")
            self._thread = None
        self._socket.close()
        self.state.close()

    def __enter__(self) -> EmulatorServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
