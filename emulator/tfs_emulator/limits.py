"""Every limit the emulator enforces, with its value and the reason for it, in one place.

A real server refuses what would let one client exhaust it; so does the emulator, with the
server's JSON error body. The README's limits table lists the same values (a test checks it).
`Limits` carries them per instance so tests can lower one (e.g. a 0.2 s header timeout) to prove
a mechanism quickly; the defaults are the named constants below.
"""

from __future__ import annotations

from dataclasses import dataclass

KIB = 1024
MIB = 1024 * KIB

#: Request line (`GET /path?query HTTP/1.1`): 414 beyond. Long enough for a 4000-character tag
#: percent-encoded in the path plus filters; IIS/http.sys refuse far shorter URLs by default.
MAX_REQUEST_LINE_BYTES = 32 * KIB
#: Request line plus all headers: 431 beyond. Bounds the memory a half-sent head can hold
#: (800 stalled connections hold at most 50 MB, and only until the header timeout).
MAX_HEAD_BYTES = 64 * KIB
#: JSON body of a documented operation (builds, configurations, sessions): 413 beyond. The
#: largest legitimate field (a build's `parameters`, a session comment) is 1 MiB.
MAX_JSON_BODY_BYTES = 8 * MIB
#: JSON body of an admin request (`/_emulator/...`): 413 beyond. Room for big seeded timelines,
#: logs and coverage, while a runaway body cannot fill memory.
MAX_ADMIN_BODY_BYTES = 32 * MIB
#: Decoded attachment size: 413 beyond (TFS's own default attachment limit is far lower).
MAX_ATTACHMENT_BYTES = 2 * 1024 * MIB
#: Nesting depth of a JSON body: 400 beyond. Newtonsoft.Json's default `MaxDepth` on the server.
MAX_JSON_DEPTH = 64
#: Values in one list filter (`definitions`, `queues`, `buildIds`, `tagFilters`,
#: `propertyFilters`, `properties`, status/result/reason filters): 400 beyond.
MAX_FILTER_VALUES = 1000
#: Builds in one page of `listBuilds`: a larger `$top` is lowered to this and the rest is
#: reached through `x-ms-continuationtoken`, as with any page. Bounds a reply to about 15 MB.
MAX_BUILDS_PER_PAGE = 5000
#: Builds one admin request may insert: one write transaction stays within a few seconds.
MAX_BULK_BUILDS = 100_000
#: Seconds a client may take to send a complete request head once it started: 408 beyond
#: (slow-loris protection; nginx and Node.js use 60 s, a test client needs far less).
HEADER_TIMEOUT_SECONDS = 10.0
#: Seconds a request body may stall between two pieces: 408 beyond (nginx's
#: `client_body_timeout` semantics: a slow but moving upload is never cut).
BODY_TIMEOUT_SECONDS = 30.0
#: Seconds a connection may sit idle, new or between requests, before it is closed. Longer than
#: httpx's 5 s pool expiry, so a client never reuses a connection the server is closing.
IDLE_TIMEOUT_SECONDS = 30.0
#: Seconds `EmulatorServer.stop()` / SIGTERM wait for requests in flight before cancelling them.
SHUTDOWN_GRACE_SECONDS = 5.0


@dataclass(frozen=True)
class Limits:
    """The limits of one emulator instance (defaults: the module constants)."""

    max_request_line_bytes: int = MAX_REQUEST_LINE_BYTES
    max_head_bytes: int = MAX_HEAD_BYTES
    max_json_body_bytes: int = MAX_JSON_BODY_BYTES
    max_admin_body_bytes: int = MAX_ADMIN_BODY_BYTES
    max_attachment_bytes: int = MAX_ATTACHMENT_BYTES
    max_json_depth: int = MAX_JSON_DEPTH
    max_filter_values: int = MAX_FILTER_VALUES
    max_builds_per_page: int = MAX_BUILDS_PER_PAGE
    max_bulk_builds: int = MAX_BULK_BUILDS
    header_timeout: float = HEADER_TIMEOUT_SECONDS
    body_timeout: float = BODY_TIMEOUT_SECONDS
    idle_timeout: float = IDLE_TIMEOUT_SECONDS
    shutdown_grace: float = SHUTDOWN_GRACE_SECONDS

    def attachment_body_bytes(self) -> int:
        """The largest attachment request body: base64 of the largest file plus 1 MiB of fields."""
        return (self.max_attachment_bytes + 2) // 3 * 4 + MIB
