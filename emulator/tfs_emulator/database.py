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


class Database:
    """One SQLite connection in WAL mode, serialised by a lock so no write is ever lost.

    Handlers run on one event loop, but the same app may be driven from several threads
    (threaded server plus in-process transports), so every access goes through the lock.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA busy_timeout=10000")
        self._conn.executescript(SCHEMA)

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed on success, rolled back on any exception."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent read snapshot."""
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                self._conn.execute("COMMIT")

    def clear(self) -> None:
        """Delete every row (the admin reset)."""
        with self.write() as conn:
            for table in TABLES:
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM sqlite_sequence")

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()
