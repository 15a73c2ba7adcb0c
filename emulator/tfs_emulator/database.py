"""SQLite storage (standard library, WAL mode) shared by every request handler."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS projects (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS teams (
    project_id TEXT NOT NULL,
    name TEXT NOT NULL COLLATE NOCASE,
    id TEXT NOT NULL,
    PRIMARY KEY (project_id, name)
);
CREATE TABLE IF NOT EXISTS queues (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS definitions (
    id INTEGER PRIMARY KEY,
    project_id TEXT NOT NULL,
    type TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS builds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id TEXT NOT NULL,
    definition_id INTEGER NOT NULL,
    queue_id INTEGER,
    build_number TEXT NOT NULL,
    status TEXT NOT NULL,
    result TEXT,
    reason TEXT NOT NULL,
    requested_for_id TEXT NOT NULL,
    requested_for_name TEXT NOT NULL COLLATE NOCASE,
    requested_for_unique TEXT NOT NULL COLLATE NOCASE,
    finish_time TEXT,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS builds_by_project ON builds (project_id, id);
CREATE TABLE IF NOT EXISTS build_tags (
    build_id INTEGER NOT NULL,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (build_id, tag)
);
CREATE TABLE IF NOT EXISTS build_details (
    build_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (build_id, kind)
);
CREATE TABLE IF NOT EXISTS coverage (
    kind TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (kind, owner_id)
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
    run_id INTEGER NOT NULL,
    id INTEGER NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (run_id, id)
);
CREATE TABLE IF NOT EXISTS attachments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL,
    result_id INTEGER,
    size INTEGER NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attachments_by_owner ON attachments (run_id, result_id);
CREATE TABLE IF NOT EXISTS configurations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id TEXT NOT NULL,
    name TEXT NOT NULL COLLATE NOCASE,
    doc TEXT NOT NULL,
    UNIQUE (project_id, name)
);
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id TEXT NOT NULL,
    team TEXT NOT NULL COLLATE NOCASE,
    doc TEXT NOT NULL
);
"""

TABLES = (
    "projects",
    "teams",
    "queues",
    "definitions",
    "builds",
    "build_tags",
    "build_details",
    "coverage",
    "runs",
    "results",
    "attachments",
    "configurations",
    "sessions",
)


def dumps(doc: Any) -> str:
    """Compact JSON as stored in the `doc` columns."""
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


def loads(text: str) -> Any:
    """Parse a stored `doc` column."""
    return json.loads(text)


class DatabaseClosed(Exception):
    """The emulator is shutting down: its database no longer accepts work."""


class Database:
    """SQLite in WAL mode: one writer connection behind a lock (no write is ever lost) and a
    pool of reader connections, so reads run in parallel with each other and with the writer.

    Handlers run their database work in worker threads (never on the event loop), and the same
    app may be driven from several threads, so every connection is used by one thread at a
    time. `close()` waits for transactions in progress; later ones raise `DatabaseClosed`.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._write_lock = threading.Lock()
        self._state = threading.Condition()
        self._active = 0
        self._closed = False
        self._connections: list[sqlite3.Connection] = []
        self._idle_readers: list[sqlite3.Connection] = []
        self._writer = self._connect()
        self._writer.execute("PRAGMA journal_mode=WAL")
        self._writer.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=10000")
        self._connections.append(conn)
        return conn

    @contextmanager
    def _in_use(self) -> Iterator[None]:
        with self._state:
            if self._closed:
                raise DatabaseClosed("the emulator is shutting down")
            self._active += 1
        try:
            yield
        finally:
            with self._state:
                self._active -= 1
                self._state.notify_all()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed on success, rolled back on any exception."""
        with self._in_use(), self._write_lock:
            self._writer.execute("BEGIN IMMEDIATE")
            try:
                yield self._writer
            except BaseException:
                self._writer.execute("ROLLBACK")
                raise
            self._writer.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent read snapshot on a pooled reader connection."""
        with self._in_use():
            with self._state:
                conn = self._idle_readers.pop() if self._idle_readers else None
                if conn is None:
                    conn = self._connect()
            try:
                conn.execute("BEGIN")
                try:
                    yield conn
                finally:
                    conn.execute("COMMIT")
            finally:
                with self._state:
                    self._idle_readers.append(conn)

    def clear(self, conn: sqlite3.Connection) -> None:
        """Delete every row (the admin reset), inside the caller's write transaction."""
        for table in TABLES:
            conn.execute(f"DELETE FROM {table}")
        conn.execute("DELETE FROM sqlite_sequence")

    def close(self, timeout: float | None = None) -> None:
        """Refuse new transactions, wait (up to `timeout`) for those in progress, then close."""
        with self._state:
            self._closed = True
            self._state.wait_for(lambda: self._active == 0, timeout)
            for conn in self._connections:
                conn.close()
            self._connections.clear()
            self._idle_readers.clear()
